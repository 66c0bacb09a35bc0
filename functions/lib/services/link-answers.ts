/**
 * The read-decide-write loop of an answer given through a one-time link: an approver's decision,
 * the partner's coordinator's and signatory's answers, the study plan's coordinator's. Each try
 * reads afresh, decides, and writes one transaction that spends the link; a try that lost a race
 * (the link spent meanwhile, the item moved, two transactions collided) is tried again on the
 * fresh state, where the next read answers what happened (usually 409 with who decided what).
 */
import type { ConflictError } from '../../../shared/errors';
import { isTransactionConflict, pauseAfterConflict } from '../db/errors';
import { LinkSpentError } from '../db/submissions';

/** What one try read and decided. */
export type LinkAnswerTry<T> =
  /** Nothing to write: the very same request again (its Idempotency-Key) gets its first answer. */
  | { answered: T }
  /** The write that spends the link, and the 409 to answer when the last try loses its race too. */
  | { write: () => Promise<T>; busy: () => ConflictError };

export type LinkAnswerRetries = {
  /** Tries before answering `busy`. */
  attempts: number;
  /** The item's own "changed meanwhile" errors, retried as a spent link and a collision are. */
  alsoRetry: (error: unknown) => boolean;
};

/**
 * Runs `tryOnce` (given the try's number, from 1) until an answer: what reading or deciding throws
 * is the caller's answer at once; a write's lost race is tried again, after a pause when it was a
 * collision (no one won, so trying at once would collide again), up to `attempts` tries.
 */
export async function answerThroughLink<T>(retries: LinkAnswerRetries, tryOnce: (attempt: number) => Promise<LinkAnswerTry<T>>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    const next = await tryOnce(attempt);
    if ('answered' in next) return next.answered;
    try {
      return await next.write();
    } catch (error) {
      const lostRace = error instanceof LinkSpentError || retries.alsoRetry(error) || isTransactionConflict(error);
      if (!lostRace) throw error;
      if (attempt >= retries.attempts) throw next.busy();
      if (isTransactionConflict(error)) await pauseAfterConflict(attempt);
    }
  }
}
