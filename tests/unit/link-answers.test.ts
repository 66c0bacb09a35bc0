/**
 * The read-decide-write loop behind every answer through a one-time link (services/link-answers.ts):
 * which failures it tries again, how often, and what it answers when every try loses its race.
 */
import { describe, expect, it } from 'vitest';
import { ConflictError } from '../../shared/errors';
import { LinkSpentError, VersionConflictError } from '../../functions/lib/db/submissions';
import { answerThroughLink, type LinkAnswerTry } from '../../functions/lib/services/link-answers';

/** A transaction DynamoDB cancelled for colliding with another on the same items, as the SDK throws it. */
const collision = () => Object.assign(new Error('Transaction cancelled'), { name: 'TransactionCanceledException', CancellationReasons: [{ Code: 'None' }, { Code: 'TransactionConflict' }] });
/** A transaction cancelled because one of its conditions failed: not a collision. */
const failedCondition = () => Object.assign(new Error('Transaction cancelled'), { name: 'TransactionCanceledException', CancellationReasons: [{ Code: 'ConditionalCheckFailed' }] });
const busy = () => new ConflictError('busy', 'Busy', {});
const noOtherRaces = () => false;

/** A step whose writes throw the given errors in turn, then answer `done`; it counts its reads and writes. */
function stepFailing(errors: unknown[]) {
  const seen = { reads: [] as number[], writes: 0 };
  const step = async (attempt: number): Promise<LinkAnswerTry<string>> => {
    seen.reads.push(attempt);
    return {
      busy,
      write: async () => {
        const error = errors[seen.writes++];
        if (error) throw error;
        return 'done';
      },
    };
  };
  return { step, seen };
}

describe('answerThroughLink', () => {
  it('answers what the first write returns, reading once', async () => {
    // Prepare
    const { step, seen } = stepFailing([]);

    // Act
    const answer = await answerThroughLink({ attempts: 12, alsoRetry: noOtherRaces }, step);

    // Assess
    expect(answer).toBe('done');
    expect(seen).toEqual({ reads: [1], writes: 1 });
  });

  it('answers a repeated request from its one read, with nothing to write', async () => {
    // Prepare
    let reads = 0;
    const step = async (): Promise<LinkAnswerTry<string>> => {
      reads++;
      return { answered: 'first answer' };
    };

    // Act
    const answer = await answerThroughLink({ attempts: 12, alsoRetry: noOtherRaces }, step);

    // Assess
    expect(answer).toBe('first answer');
    expect(reads).toBe(1);
  });

  it('reads again after a spent link, a collision and the caller’s own race, numbering each try', async () => {
    // Prepare
    const { step, seen } = stepFailing([new LinkSpentError('spent'), collision(), new VersionConflictError('moved')]);

    // Act
    const answer = await answerThroughLink({ attempts: 12, alsoRetry: (e) => e instanceof VersionConflictError }, step);

    // Assess
    expect(answer).toBe('done');
    expect(seen).toEqual({ reads: [1, 2, 3, 4], writes: 4 });
  });

  it('throws at once what is not a lost race: a failed condition, or a race the caller did not name', async () => {
    // Prepare
    const condition = stepFailing([failedCondition()]);
    const unnamed = stepFailing([new VersionConflictError('moved')]);

    // Act
    const first = answerThroughLink({ attempts: 12, alsoRetry: noOtherRaces }, condition.step);
    const second = answerThroughLink({ attempts: 12, alsoRetry: noOtherRaces }, unnamed.step);

    // Assess
    await expect(first).rejects.toMatchObject({ name: 'TransactionCanceledException' });
    await expect(second).rejects.toBeInstanceOf(VersionConflictError);
    expect(condition.seen.reads).toEqual([1]);
    expect(unnamed.seen.reads).toEqual([1]);
  });

  it('answers the last try’s busy after as many tries as it was given, each lost', async () => {
    // Prepare
    const { step, seen } = stepFailing(Array.from({ length: 10 }, () => collision()));

    // Act
    const answering = answerThroughLink({ attempts: 3, alsoRetry: noOtherRaces }, step);

    // Assess
    await expect(answering).rejects.toMatchObject({ code: 'busy' });
    expect(seen).toEqual({ reads: [1, 2, 3], writes: 3 });
  });

  it('gives the caller what reading or deciding throws, without trying again', async () => {
    // Prepare
    let reads = 0;
    const step = async (): Promise<LinkAnswerTry<string>> => {
      reads++;
      throw new LinkSpentError('found spent while reading');
    };

    // Act
    const answering = answerThroughLink({ attempts: 12, alsoRetry: noOtherRaces }, step);

    // Assess
    await expect(answering).rejects.toBeInstanceOf(LinkSpentError);
    expect(reads).toBe(1);
  });
});
