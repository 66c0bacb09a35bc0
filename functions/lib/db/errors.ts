/** Storage errors translated where they occur: DynamoDB's words → the domain's. */
import { ConditionalCheckFailedException, TransactionCanceledException } from '@aws-sdk/client-dynamodb';

export function isConditionFailure(error: unknown): boolean {
  return error instanceof ConditionalCheckFailedException || (error as { name?: string })?.name === 'ConditionalCheckFailedException';
}

/** For a cancelled transaction: which of its items failed their condition (by position). */
export function failedConditions(error: unknown): boolean[] | undefined {
  if (!(error instanceof TransactionCanceledException) && (error as { name?: string })?.name !== 'TransactionCanceledException') return undefined;
  const reasons = (error as TransactionCanceledException).CancellationReasons ?? [];
  return reasons.map((r) => r.Code === 'ConditionalCheckFailed');
}

/** Another transaction touched the same items at the same moment: safe to retry. */
export function isTransactionConflict(error: unknown): boolean {
  if ((error as { name?: string })?.name !== 'TransactionCanceledException') return false;
  const reasons = (error as TransactionCanceledException).CancellationReasons ?? [];
  return reasons.some((r) => r.Code === 'TransactionConflict');
}

/**
 * The pause before the next try (from 1) of a write that collided: random, so that requests that
 * collided on an item do not collide again in step, and longer with each try up to the sixth.
 * Every read-decide-write loop waits with this one, and so does `retryConflicts`.
 */
export function pauseAfterConflict(attempt: number): Promise<void> {
  return new Promise((r) => setTimeout(r, Math.random() * 20 * Math.min(attempt, 6)));
}

/**
 * Runs a transaction again when DynamoDB cancelled it for colliding with another on the same
 * items (TransactionConflict): colliding requests can all be cancelled at once, so "someone else
 * won" cannot be assumed. A short random pause keeps them from colliding again in step. Anything
 * else, and the last attempt's conflict, is the caller's.
 */
export async function retryConflicts<T>(write: () => Promise<T>, attempts = 4): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await write();
    } catch (error) {
      if (!isTransactionConflict(error) || attempt >= attempts) throw error;
      await pauseAfterConflict(attempt);
    }
  }
}
