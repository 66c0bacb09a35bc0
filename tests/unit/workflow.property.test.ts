/**
 * Property tests of the approval workflow: random chains and random sequences of decisions,
 * resubmissions, withdrawals and reminders. Whatever arrives in whatever order, the engine
 * keeps its promises: terminal is final, a step completes once per round, stale rounds change
 * nothing, `all` means all, one transition is one version and one event.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ConflictError, ForbiddenError, ValidationError } from '../../shared/errors';
import { addDays, decide, isTerminal, remind, resubmit, submit, withdraw } from '../../shared/workflow/engine';
import type { Actor, Chain, Decision, Reviewable, Transitioned } from '../../shared/workflow/types';

// ---------------------------------------------------------------- generators

const T0 = '2026-03-02T09:00:00.000Z';
const HASH = 'a'.repeat(64);
const submitter: Actor = { email: 'faculty@uni.example', name: 'Submitter' };
const stranger: Actor = { email: 'stranger@uni.example', name: 'Stranger' };

type Setup = { chain: Chain; approvers: Actor[][] };

const setupArb: fc.Arbitrary<Setup> = fc
  .array(fc.record({ policy: fc.constantFrom('any' as const, 'all' as const), people: fc.integer({ min: 1, max: 3 }), dueDays: fc.integer({ min: 1, max: 10 }) }), {
    minLength: 1,
    maxLength: 5,
  })
  .map((steps) => ({
    chain: {
      kind: 'nomination' as const,
      steps: steps.map((s, i) => ({ id: `step-${i}`, role: 'dean' as const, scope: 'faculty' as const, policy: s.policy, dueDays: s.dueDays })),
    },
    approvers: steps.map((s, i) => Array.from({ length: s.people }, (_, j) => ({ email: `s${i}a${j}@uni.example`, name: `Approver ${i}.${j}` }))),
  }));

type Command =
  | {
      kind: 'decide';
      /** Aimed at the active round and step (most of the time) or at any round and step. */
      aimed: boolean;
      roundShift: number;
      round: number;
      stepIndex: number;
      pick: number;
      decision: Decision;
      comment: string | undefined;
      stale: boolean;
      hours: number;
    }
  | { kind: 'resubmit'; byStranger: boolean; hours: number }
  | { kind: 'withdraw'; byStranger: boolean; hours: number }
  | { kind: 'remind'; hours: number; everyDays: number; escalateAfter: number };

const hoursArb = fc.integer({ min: 0, max: 24 * 10 });

const decideArb: fc.Arbitrary<Command> = fc.record({
  kind: fc.constant('decide' as const),
  aimed: fc.boolean(),
  roundShift: fc.constantFrom(0, 0, 0, 0, -1, 1),
  round: fc.integer({ min: 0, max: 4 }),
  stepIndex: fc.integer({ min: 0, max: 5 }),
  pick: fc.nat({ max: 20 }),
  decision: fc.constantFrom<Decision>('approve', 'approve', 'approve', 'reject', 'request_changes'),
  comment: fc.option(fc.constantFrom('Looks good', 'Add the transcript', '   '), { nil: undefined }),
  // One decision in ten is made on a preview that no longer matches, so most can go through.
  stale: fc.integer({ min: 0, max: 9 }).map((n) => n === 0),
  hours: hoursArb,
});

const commandArb: fc.Arbitrary<Command> = fc.oneof(
  { arbitrary: decideArb, weight: 8 },
  { arbitrary: fc.record({ kind: fc.constant('resubmit' as const), byStranger: fc.boolean(), hours: hoursArb }), weight: 2 },
  { arbitrary: fc.record({ kind: fc.constant('withdraw' as const), byStranger: fc.boolean(), hours: hoursArb }), weight: 1 },
  {
    arbitrary: fc.record({
      kind: fc.constant('remind' as const),
      hours: hoursArb,
      everyDays: fc.integer({ min: 1, max: 5 }),
      escalateAfter: fc.integer({ min: 1, max: 3 }),
    }),
    weight: 3,
  },
);

// ---------------------------------------------------------------- running

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

const isDomainError = (e: unknown) => e instanceof ValidationError || e instanceof ConflictError || e instanceof ForbiddenError;

type Outcome = { result: Transitioned<Reviewable> | null; threw: boolean };

/** Applies one command; a domain error is a refusal, anything else fails the property. */
function apply(entity: Reviewable, c: Command, setup: Setup, now: string): Outcome {
  const everyone = [...setup.approvers.flat(), stranger, submitter];
  try {
    switch (c.kind) {
      case 'decide': {
        const review = entity.review!;
        const round = c.aimed ? review.round + c.roundShift : c.round;
        const stepIndex = c.aimed ? review.stepIndex : c.stepIndex;
        const pool = c.aimed ? setup.approvers[review.stepIndex]! : everyone;
        const actor = pool[c.pick % pool.length]!;
        return {
          threw: false,
          result: decide(entity, {
            actor,
            round,
            stepIndex,
            decision: c.decision,
            comment: c.comment,
            shownSnapshotHash: HASH,
            currentSnapshotHash: c.stale ? 'b'.repeat(64) : HASH,
            now,
          }),
        };
      }
      case 'resubmit':
        return { threw: false, result: resubmit(entity, { ...setup, actor: c.byStranger ? stranger : submitter, now }) };
      case 'withdraw':
        return { threw: false, result: withdraw(entity, { actor: c.byStranger ? stranger : submitter, now }) };
      case 'remind':
        return { threw: false, result: remind(entity, { now, everyDays: c.everyDays, escalateAfter: c.escalateAfter }) };
    }
  } catch (error) {
    if (!isDomainError(error)) throw error;
    return { threw: true, result: null };
  }
}

type Observer = (before: Reviewable, c: Command, outcome: Outcome, now: string) => void;

/** Submits a draft on the random chain, then plays every command through `observe`. */
function play(setup: Setup, commands: Command[], observe: Observer): void {
  let entity = deepFreeze(submit({ status: 'draft', version: 1, submitter }, { ...setup, actor: submitter, now: T0 }).entity);
  let nowMs = Date.parse(T0);
  for (const c of commands) {
    nowMs += c.hours * 3_600_000;
    const now = new Date(nowMs).toISOString();
    const outcome = apply(entity, c, setup, now);
    observe(entity, c, outcome, now);
    if (outcome.result) entity = deepFreeze(outcome.result.entity);
  }
}

const RUNS = { numRuns: 300 };
const commandsArb = fc.array(commandArb, { minLength: 1, maxLength: 40 });

// ---------------------------------------------------------------- properties

describe('the workflow under random commands', () => {
  it('changes nothing once the item is approved, rejected or withdrawn', () => {
    fc.assert(
      fc.property(setupArb, commandsArb, (setup, commands) => {
        play(setup, commands, (before, _c, outcome) => {
          if (isTerminal(before.status)) expect(outcome.result).toBeNull();
        });
      }),
      RUNS,
    );
  });

  it('never completes a step twice within a round', () => {
    fc.assert(
      fc.property(setupArb, commandsArb, (setup, commands) => {
        const completed = new Map<string, string>();
        play(setup, commands, (_before, _c, outcome) => {
          const review = outcome.result?.entity.review;
          if (!review) return;
          review.steps.forEach((s, i) => {
            const key = `${review.round}:${i}`;
            const seen = completed.get(key);
            if (seen !== undefined) expect(s.completedAt).toBe(seen);
            else if (s.completedAt) completed.set(key, s.completedAt);
          });
        });
      }),
      RUNS,
    );
  });

  it('refuses every decision carrying a round other than the current one', () => {
    fc.assert(
      fc.property(setupArb, commandsArb, (setup, commands) => {
        play(setup, commands, (before, c, outcome) => {
          if (c.kind !== 'decide') return;
          const round = c.aimed ? before.review!.round + c.roundShift : c.round;
          if (round === before.review!.round) return;
          expect(outcome.threw).toBe(true);
          expect(outcome.result).toBeNull();
        });
      }),
      RUNS,
    );
  });

  it('refuses every decision carrying a step other than the active one', () => {
    fc.assert(
      fc.property(setupArb, commandsArb, (setup, commands) => {
        play(setup, commands, (before, c, outcome) => {
          if (c.kind !== 'decide' || c.aimed || c.stepIndex === before.review!.stepIndex) return;
          expect(outcome.threw).toBe(true);
          expect(outcome.result).toBeNull();
        });
      }),
      RUNS,
    );
  });

  it('completes an `all` step as approved only when every approver approved, and ends the review on one rejection', () => {
    fc.assert(
      fc.property(setupArb, commandsArb, (setup, commands) => {
        play(setup, commands, (before, c, outcome) => {
          if (c.kind !== 'decide' || !outcome.result) return;
          const after = outcome.result.entity;
          for (const s of after.review!.steps) {
            if (s.outcome === 'approved' && s.policy === 'all') {
              expect(s.approvers.every((a) => a.receipt?.decision === 'approve')).toBe(true);
            }
            if (s.outcome === 'approved' && s.policy === 'any') {
              expect(s.approvers.some((a) => a.receipt?.decision === 'approve')).toBe(true);
            }
          }
          if (c.decision === 'reject') {
            expect(after.status).toBe('rejected');
            expect(after.review!.steps[before.review!.stepIndex]!.outcome).toBe('rejected');
          }
          const receipts = after.review!.steps.flatMap((s) => s.approvers.flatMap((a) => (a.receipt ? [a.receipt.decision] : [])));
          if (receipts.includes('reject')) expect(after.status).toBe('rejected');
        });
      }),
      RUNS,
    );
  });

  it('bumps the version by exactly one and yields exactly one event per transition', () => {
    fc.assert(
      fc.property(setupArb, commandsArb, (setup, commands) => {
        play(setup, commands, (before, _c, outcome) => {
          if (!outcome.result) return;
          expect(outcome.result.entity.version).toBe(before.version + 1);
          const { event } = outcome.result;
          expect(Array.isArray(event)).toBe(false);
          expect(event).toEqual(expect.objectContaining({ type: expect.any(String), at: expect.any(String) }));
        });
      }),
      RUNS,
    );
  });

  it('keeps the active step inside the chain and schedules reminders only while in review', () => {
    fc.assert(
      fc.property(setupArb, commandsArb, (setup, commands) => {
        play(setup, commands, (_before, c, outcome, now) => {
          const after = outcome.result?.entity;
          if (!after) return;
          const review = after.review!;
          expect(review.stepIndex).toBeGreaterThanOrEqual(0);
          expect(review.stepIndex).toBeLessThanOrEqual(review.steps.length - 1);
          if (after.status === 'in_review') expect(review.nextReminderAt).toEqual(expect.any(String));
          else expect(review.nextReminderAt).toBeUndefined();
          if (c.kind === 'remind') expect(review.nextReminderAt).toBe(addDays(now, c.everyDays));
        });
      }),
      RUNS,
    );
  });

  it('reaches every status, later rounds and escalations, so the properties above are not vacuous', () => {
    // Prepare
    const seen = new Set<string>();

    // Act
    fc.assert(
      fc.property(setupArb, commandsArb, (setup, commands) => {
        play(setup, commands, (_before, _c, outcome) => {
          const after = outcome.result?.entity;
          if (!after) return;
          seen.add(after.status);
          if (after.review!.round > 1) seen.add('round 2');
          if (outcome.result!.event.type === 'escalated') seen.add('escalated');
          if (after.review!.stepIndex > 0) seen.add('advanced');
        });
      }),
      RUNS,
    );

    // Assess
    expect([...seen].sort()).toEqual(['advanced', 'approved', 'changes_requested', 'escalated', 'in_review', 'rejected', 'round 2', 'withdrawn']);
  });
});
