/**
 * The approval workflow, example by example: submission, the `any` and `all` policies,
 * decisions and their refusals, resubmission, withdrawal, reminders and escalation, and the
 * open steps following the directory when roles change.
 */
import { describe, expect, it } from 'vitest';
import { ConflictError, ForbiddenError, ValidationError } from '../../shared/errors';
import { addDays, decide, decisionState, isTerminal, pendingApprovers, reassign, remind, resubmit, submit, withdraw, type DecideCommand } from '../../shared/workflow/engine';
import { snapshotText } from '../../shared/workflow/snapshot';
import type { Actor, Chain, ChainStep, Reviewable } from '../../shared/workflow/types';

// ---------------------------------------------------------------- fixtures

const T0 = '2026-03-02T09:00:00.000Z';
const HASH = 'a'.repeat(64);

const submitter: Actor = { email: 'faculty@uni.example', name: 'Aziz Rakhimov' };
const stranger: Actor = { email: 'stranger@uni.example', name: 'Someone Else' };
const head: Actor = { email: 'head@uni.example', name: 'Head of Department' };
const dean: Actor = { email: 'dean@uni.example', name: 'Dean' };
const office1: Actor = { email: 'io1@uni.example', name: 'International Office One' };
const office2: Actor = { email: 'io2@uni.example', name: 'International Office Two' };
const rector: Actor = { email: 'rector@uni.example', name: 'Rector' };

const step = (id: string, role: ChainStep['role'], policy: ChainStep['policy'], dueDays = 3): ChainStep => ({
  id,
  role,
  scope: 'university',
  policy,
  dueDays,
});

/** head (any) → international office (all, two people) → rector (any). */
const chain: Chain = {
  kind: 'nomination',
  steps: [step('head', 'head_of_department', 'any', 3), step('office', 'international_office', 'all', 5), step('rector', 'rector', 'any', 7)],
};
const approvers: Actor[][] = [[head], [office1, office2], [rector]];

const draft = (): Reviewable => ({ status: 'draft', version: 1, submitter });

const at = (hours: number) => new Date(Date.parse(T0) + hours * 3_600_000).toISOString();

function submitted(c: Chain = chain, a: Actor[][] = approvers) {
  return submit(draft(), { chain: c, approvers: a, actor: submitter, now: T0 }).entity;
}

function cmd(actor: Actor, entity: Reviewable, overrides: Partial<DecideCommand> = {}): DecideCommand {
  return {
    actor,
    round: entity.review!.round,
    stepIndex: entity.review!.stepIndex,
    decision: 'approve',
    shownSnapshotHash: HASH,
    currentSnapshotHash: HASH,
    now: at(1),
    ...overrides,
  };
}

/** Runs `fn` and returns what it threw, failing the test when it throws nothing. */
function thrownBy(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to throw');
}

/** The entity after the head approved: the `all` step of the international office is active. */
function atOfficeStep() {
  return decide(submitted(), cmd(head, submitted())).entity;
}

// ---------------------------------------------------------------- submit

describe('submit', () => {
  it('activates the first step of round 1 with its due date, bumps the version and yields one submitted event', () => {
    // Prepare
    const entity = draft();

    // Act
    const { entity: next, event } = submit(entity, { chain, approvers, actor: submitter, now: T0 });

    // Assess
    expect(next.status).toBe('in_review');
    expect(next.version).toBe(entity.version + 1);
    expect(next.review).toMatchObject({ round: 1, stepIndex: 0, reminders: 0 });
    expect(next.review!.steps[0]).toMatchObject({ id: 'head', activatedAt: T0, dueAt: addDays(T0, 3) });
    expect(next.review!.steps[0]!.dueAt).toBe('2026-03-05T09:00:00.000Z');
    expect(next.review!.steps[1]!.activatedAt).toBeUndefined();
    expect(next.review!.nextReminderAt).toBe(addDays(T0, 3));
    expect(event).toMatchObject({ type: 'submitted', at: T0, actor: submitter, round: 1, step: { index: 0, id: 'head' }, approvers: [head] });
  });

  it('refuses a chain step that no one can decide with a ValidationError naming the step', () => {
    // Prepare
    const incomplete = [[head], [], [rector]];

    // Act
    const error = thrownBy(() => submit(draft(), { chain, approvers: incomplete, actor: submitter, now: T0 }));

    // Assess
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).message).toContain('"office"');
    expect((error as ValidationError).fields).toEqual([expect.objectContaining({ path: 'chain.steps.1' })]);
  });

  it('refuses an item that is not a draft with a ConflictError', () => {
    // Prepare
    const entity = submitted();

    // Act
    const error = thrownBy(() => submit(entity, { chain, approvers, actor: submitter, now: at(1) }));

    // Assess
    expect(error).toBeInstanceOf(ConflictError);
    expect((error as ConflictError).code).toBe('wrong_status');
  });
});

// ---------------------------------------------------------------- policies

describe('an `any` step', () => {
  it('completes with one approval and activates the next step', () => {
    // Prepare
    const entity = submitted();

    // Act
    const { entity: next, event } = decide(entity, cmd(head, entity, { now: at(2) }));

    // Assess
    expect(next.status).toBe('in_review');
    expect(next.review!.stepIndex).toBe(1);
    expect(next.review!.steps[0]).toMatchObject({ completedAt: at(2), outcome: 'approved' });
    expect(next.review!.steps[1]).toMatchObject({ activatedAt: at(2), dueAt: addDays(at(2), 5) });
    expect(next.review!.nextReminderAt).toBe(addDays(at(2), 5));
    expect(event).toMatchObject({ type: 'decided', outcome: 'advanced', next: { step: { index: 1, id: 'office' }, approvers: [office1, office2] } });
  });
});

describe('an `all` step', () => {
  it('records the first of two approvals and keeps the step active', () => {
    // Prepare
    const entity = atOfficeStep();

    // Act
    const { entity: next, event } = decide(entity, cmd(office1, entity, { now: at(3) }));

    // Assess
    expect(event).toMatchObject({ type: 'decided', outcome: 'recorded' });
    expect(next.status).toBe('in_review');
    expect(next.review!.stepIndex).toBe(1);
    expect(next.review!.steps[1]!.completedAt).toBeUndefined();
    expect(pendingApprovers(next.review!.steps[1]!)).toEqual([office2]);
  });

  it('advances once the second approver approves as well', () => {
    // Prepare
    const first = decide(atOfficeStep(), cmd(office1, atOfficeStep(), { now: at(3) })).entity;

    // Act
    const { entity: next, event } = decide(first, cmd(office2, first, { now: at(4) }));

    // Assess
    expect(event).toMatchObject({ outcome: 'advanced', next: { step: { index: 2, id: 'rector' } } });
    expect(next.review!.stepIndex).toBe(2);
    expect(next.review!.steps[1]).toMatchObject({ completedAt: at(4), outcome: 'approved' });
  });

  it('ends the review as rejected on one rejection even after another approver approved', () => {
    // Prepare
    const first = decide(atOfficeStep(), cmd(office1, atOfficeStep(), { now: at(3) })).entity;

    // Act
    const { entity: next, event } = decide(first, cmd(office2, first, { decision: 'reject', comment: 'No places left', now: at(4) }));

    // Assess
    expect(next.status).toBe('rejected');
    expect(isTerminal(next.status)).toBe(true);
    expect(next.review!.steps[1]).toMatchObject({ completedAt: at(4), outcome: 'rejected' });
    expect(next.review!.nextReminderAt).toBeUndefined();
    expect(event).toMatchObject({ outcome: 'rejected', comment: 'No places left' });
  });

  it('refuses a second decision by the same approver with already_decided', () => {
    // Prepare
    const first = decide(atOfficeStep(), cmd(office1, atOfficeStep(), { now: at(3) })).entity;

    // Act
    const error = thrownBy(() => decide(first, cmd(office1, first, { now: at(4) })));

    // Assess
    expect(error).toBeInstanceOf(ConflictError);
    expect((error as ConflictError).code).toBe('already_decided');
    expect((error as ConflictError).details).toMatchObject({ decidedBy: office1.email, decision: 'approve', at: at(3) });
  });
});

// ---------------------------------------------------------------- decisions

describe('decide', () => {
  it('refuses a rejection without a reason', () => {
    // Prepare
    const entity = submitted();

    // Act
    const error = thrownBy(() => decide(entity, cmd(head, entity, { decision: 'reject', comment: '   ' })));

    // Assess
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).fields).toEqual([expect.objectContaining({ path: 'comment' })]);
  });

  it('refuses a request for changes without a comment', () => {
    // Prepare
    const entity = submitted();

    // Act
    const error = thrownBy(() => decide(entity, cmd(head, entity, { decision: 'request_changes' })));

    // Assess
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).fields).toEqual([expect.objectContaining({ path: 'comment' })]);
  });

  it('sends the item back to its submitter on a request for changes', () => {
    // Prepare
    const entity = submitted();

    // Act
    const { entity: next, event } = decide(entity, cmd(head, entity, { decision: 'request_changes', comment: 'Add the transcript', now: at(2) }));

    // Assess
    expect(next.status).toBe('changes_requested');
    expect(next.version).toBe(entity.version + 1);
    expect(next.review!.steps[0]).toMatchObject({ completedAt: at(2), outcome: 'changes_requested' });
    expect(next.review!.nextReminderAt).toBeUndefined();
    expect(event).toMatchObject({ outcome: 'changes_requested', comment: 'Add the transcript' });
  });

  it('refuses a decision for step 0 once step 1 is active, naming who decided step 0', () => {
    // Prepare
    const entity = atOfficeStep();

    // Act
    const error = thrownBy(() => decide(entity, cmd(head, entity, { stepIndex: 0, now: at(5) })));

    // Assess
    expect(error).toBeInstanceOf(ConflictError);
    expect((error as ConflictError).code).toBe('step_closed');
    expect((error as ConflictError).details).toMatchObject({ decidedBy: head.email, decidedByName: head.name, decision: 'approve', at: at(1) });
  });

  it('refuses a decision made on a snapshot that no longer matches the item', () => {
    // Prepare
    const entity = submitted();

    // Act
    const error = thrownBy(() => decide(entity, cmd(head, entity, { currentSnapshotHash: 'b'.repeat(64) })));

    // Assess
    expect(error).toBeInstanceOf(ConflictError);
    expect((error as ConflictError).code).toBe('snapshot_changed');
    expect((error as ConflictError).details).toMatchObject({ snapshotHash: 'b'.repeat(64) });
  });

  it('refuses someone who is not an approver of the active step', () => {
    // Prepare
    const entity = submitted();

    // Act
    const error = thrownBy(() => decide(entity, cmd(dean, entity)));

    // Assess
    expect(error).toBeInstanceOf(ForbiddenError);
  });

  it('approves the item when the last step approves and stops the reminders', () => {
    // Prepare
    const single: Chain = { kind: 'memorandum', steps: [step('rector', 'rector', 'any')] };
    const entity = submitted(single, [[rector]]);

    // Act
    const { entity: next, event } = decide(entity, cmd(rector, entity, { now: at(2) }));

    // Assess
    expect(next.status).toBe('approved');
    expect(next.review!.nextReminderAt).toBeUndefined();
    expect(next.review!.steps[0]).toMatchObject({ completedAt: at(2), outcome: 'approved' });
    expect(event).toMatchObject({ outcome: 'approved' });
    expect(event).not.toHaveProperty('next');
  });

  it('records a receipt with who, role, decision, when and the hash of what was shown', () => {
    // Prepare
    const entity = submitted();

    // Act
    const { entity: next, event } = decide(entity, cmd(head, entity, { now: at(2) }));

    // Assess
    const expected = { email: head.email, name: head.name, role: 'head_of_department', decision: 'approve', at: at(2), snapshotHash: HASH };
    expect(next.review!.steps[0]!.approvers[0]!.receipt).toEqual(expected);
    expect(event).toMatchObject({ type: 'decided', receipt: expected });
  });

  it('reports the last decision of the step in decisionState', () => {
    // Prepare
    const entity = atOfficeStep();

    // Act
    const state = decisionState(entity, 1, 0);

    // Assess
    expect(state).toMatchObject({ status: 'in_review', version: entity.version, decidedBy: head.email, decision: 'approve' });
  });
});

// ---------------------------------------------------------------- resubmit

describe('resubmit', () => {
  const sentBack = () => {
    const entity = submitted();
    return decide(entity, cmd(head, entity, { decision: 'request_changes', comment: 'Add the transcript', now: at(2) })).entity;
  };

  it('starts round 2 at step 0 when the submitter resubmits', () => {
    // Prepare
    const entity = sentBack();

    // Act
    const { entity: next, event } = resubmit(entity, { chain, approvers, actor: submitter, now: at(3) });

    // Assess
    expect(next.status).toBe('in_review');
    expect(next.version).toBe(entity.version + 1);
    expect(next.review).toMatchObject({ round: 2, stepIndex: 0, reminders: 0 });
    expect(next.review!.steps[0]).toMatchObject({ activatedAt: at(3), dueAt: addDays(at(3), 3) });
    expect(next.review!.steps[0]!.approvers[0]!.receipt).toBeUndefined();
    expect(event).toMatchObject({ type: 'resubmitted', round: 2, step: { index: 0 } });
  });

  it('refuses a resubmission by anyone but the submitter', () => {
    // Prepare
    const entity = sentBack();

    // Act
    const error = thrownBy(() => resubmit(entity, { chain, approvers, actor: stranger, now: at(3) }));

    // Assess
    expect(error).toBeInstanceOf(ForbiddenError);
  });

  it('voids the decisions of round 1: a round-1 link is refused with round_closed', () => {
    // Prepare
    const entity = resubmit(sentBack(), { chain, approvers, actor: submitter, now: at(3) }).entity;

    // Act
    const error = thrownBy(() => decide(entity, cmd(head, entity, { round: 1, stepIndex: 0, now: at(4) })));

    // Assess
    expect(error).toBeInstanceOf(ConflictError);
    expect((error as ConflictError).code).toBe('round_closed');
  });
});

// ---------------------------------------------------------------- withdraw

describe('withdraw', () => {
  it('withdraws an item in review on the submitter’s word and lists who was still to decide', () => {
    // Prepare
    const entity = atOfficeStep();

    // Act
    const { entity: next, event } = withdraw(entity, { actor: submitter, now: at(5), reason: 'Chose another programme' });

    // Assess
    expect(next.status).toBe('withdrawn');
    expect(next.version).toBe(entity.version + 1);
    expect(next.review!.nextReminderAt).toBeUndefined();
    expect(event).toEqual({
      type: 'withdrawn',
      at: at(5),
      actor: submitter,
      round: 1,
      reason: 'Chose another programme',
      pending: [office1, office2],
    });
  });

  it('refuses a withdrawal by anyone but the submitter', () => {
    // Prepare
    const entity = submitted();

    // Act
    const error = thrownBy(() => withdraw(entity, { actor: stranger, now: at(5) }));

    // Assess
    expect(error).toBeInstanceOf(ForbiddenError);
  });

  it('refuses a withdrawal after approval', () => {
    // Prepare
    const single: Chain = { kind: 'memorandum', steps: [step('rector', 'rector', 'any')] };
    const entity = submitted(single, [[rector]]);
    const approved = decide(entity, cmd(rector, entity)).entity;

    // Act
    const error = thrownBy(() => withdraw(approved, { actor: submitter, now: at(5) }));

    // Assess
    expect(error).toBeInstanceOf(ConflictError);
    expect((error as ConflictError).code).toBe('wrong_status');
  });
});

// ---------------------------------------------------------------- remind

describe('remind', () => {
  const policy = { everyDays: 2, escalateAfter: 2 };
  const due = addDays(T0, 3);

  it('does nothing before the step is due', () => {
    // Prepare
    const entity = submitted();

    // Act
    const result = remind(entity, { now: at(71), ...policy });

    // Assess
    expect(result).toBeNull();
  });

  it('reminds the pending approvers when the step is due and schedules the next look', () => {
    // Prepare
    const entity = submitted();

    // Act
    const result = remind(entity, { now: due, ...policy });

    // Assess
    expect(result).not.toBeNull();
    expect(result!.entity.version).toBe(entity.version + 1);
    expect(result!.entity.review).toMatchObject({ reminders: 1, nextReminderAt: addDays(due, 2) });
    expect(result!.event).toMatchObject({ type: 'reminded', count: 1, round: 1, step: { index: 0 }, pending: [head] });
  });

  it('escalates once after the configured number of reminders, then keeps reminding', () => {
    // Prepare
    let entity = submitted();
    let now = due;
    const types: string[] = [];
    const counts: number[] = [];

    // Act
    for (let i = 0; i < 5; i++) {
      const result = remind(entity, { now, ...policy });
      expect(result).not.toBeNull();
      types.push(result!.event.type);
      counts.push((result!.event as { count: number }).count);
      entity = result!.entity;
      now = entity.review!.nextReminderAt!;
    }

    // Assess
    expect(types).toEqual(['reminded', 'reminded', 'escalated', 'reminded', 'reminded']);
    expect(counts).toEqual([1, 2, 2, 3, 4]);
    expect(entity.review!.escalatedAt).toBe(addDays(due, 4));
  });

  it('does nothing once the item has left review', () => {
    // Prepare
    const entity = withdraw(submitted(), { actor: submitter, now: at(1) }).entity;

    // Act
    const result = remind(entity, { now: addDays(T0, 30), ...policy });

    // Assess
    expect(result).toBeNull();
  });
});

// ---------------------------------------------------------------- reassign

describe('reassign', () => {
  const admin: Actor = { email: 'admin@uni.example', name: 'Administrator' };
  const newHead: Actor = { email: 'new.head@uni.example', name: 'New Head' };
  /** The holders of each step's role now, as the directory would answer them. */
  const holders = (active: Actor[], entity: Reviewable = submitted()): Actor[][] =>
    entity.review!.steps.map((s, i) => (i === entity.review!.stepIndex ? active : s.approvers.map(({ email, name }) => ({ email, name }))));
  const reassignCmd = (entity: Reviewable, active: Actor[]) => ({ round: entity.review!.round, stepIndex: entity.review!.stepIndex, holders: holders(active, entity), actor: admin, now: at(2) });

  it('takes a pending approver who lost the role off the active step and asks the new holder', () => {
    // Prepare
    const entity = submitted();

    // Act
    const result = reassign(entity, reassignCmd(entity, [newHead]));

    // Assess
    expect(result).not.toBeNull();
    expect(result!.entity.version).toBe(entity.version + 1);
    expect(result!.entity.status).toBe('in_review');
    expect(result!.entity.review!.steps[0]!.approvers).toEqual([newHead]);
    expect(result!.event).toEqual({ type: 'approvers_changed', at: at(2), actor: admin, round: 1, step: expect.objectContaining({ index: 0, role: 'head_of_department' }), added: [newHead], removed: [head], pending: [newHead], later: [] });
    // The old approver's decision is refused by the core too, the new one's recorded.
    expect(thrownBy(() => decide(result!.entity, cmd(head, result!.entity)))).toBeInstanceOf(ForbiddenError);
    expect(decide(result!.entity, cmd(newHead, result!.entity)).event).toMatchObject({ type: 'decided', outcome: 'advanced' });
  });

  it('leaves the step waiting, with nobody pending, when no one holds the role any more: never a skip', () => {
    // Prepare
    const entity = submitted();

    // Act
    const result = reassign(entity, reassignCmd(entity, []));

    // Assess
    expect(result!.entity.review).toMatchObject({ stepIndex: 0, nextReminderAt: entity.review!.nextReminderAt });
    expect(result!.entity.review!.steps[0]!.approvers).toEqual([]);
    expect(result!.entity.review!.steps[0]!.completedAt).toBeUndefined();
    expect(result!.event).toMatchObject({ type: 'approvers_changed', removed: [head], added: [], pending: [] });
  });

  it('keeps the receipt of an approver who decided before losing the role, and does not complete an `all` step', () => {
    // Prepare: office1 approved; office2 is still to decide and then loses the role.
    const entity = decide(atOfficeStep(), cmd(office1, atOfficeStep())).entity;

    // Act
    const result = reassign(entity, reassignCmd(entity, [office1]));

    // Assess
    const step = result!.entity.review!.steps[1]!;
    expect(step.approvers.map((a) => a.email)).toEqual([office1.email]);
    expect(step.approvers[0]!.receipt).toMatchObject({ email: office1.email, decision: 'approve' });
    expect(step.completedAt).toBeUndefined();
    expect(result!.entity.review!.stepIndex).toBe(1);
    expect(result!.event).toMatchObject({ removed: [office2], added: [], pending: [] });
  });

  it('gives a step still to come the holders of its role now, without asking them yet', () => {
    // Prepare
    const entity = submitted();
    const newRector: Actor = { email: 'new.rector@uni.example', name: 'New Rector' };
    const now = holders([head], entity);
    now[2] = [newRector];

    // Act
    const result = reassign(entity, { round: 1, stepIndex: 0, holders: now, actor: admin, now: at(2) });

    // Assess
    expect(result!.entity.review!.steps[2]!.approvers).toEqual([newRector]);
    expect(result!.event).toMatchObject({ added: [], removed: [], pending: [head], later: [{ step: { index: 2, role: 'rector' }, approvers: [newRector] }] });
  });

  it('changes nothing more when run again, or when the holders already are the approvers', () => {
    // Prepare
    const entity = submitted();
    const once = reassign(entity, reassignCmd(entity, [newHead]))!.entity;

    // Act
    const twice = reassign(once, reassignCmd(once, [newHead]));
    const unchanged = reassign(entity, reassignCmd(entity, [head]));

    // Assess
    expect(twice).toBeNull();
    expect(unchanged).toBeNull();
  });

  it('leaves alone an item that moved on since the holders were read, or left review', () => {
    // Prepare
    const entity = submitted();
    const stale = reassignCmd(entity, [newHead]);
    const moved = decide(entity, cmd(head, entity)).entity;
    const withdrawn = withdraw(entity, { actor: submitter, now: at(1) }).entity;

    // Act / Assess
    expect(reassign(moved, stale)).toBeNull();
    expect(reassign(withdrawn, stale)).toBeNull();
  });
});

// ---------------------------------------------------------------- snapshot

describe('snapshotText', () => {
  const base = {
    kind: 'nomination',
    reference: 'NOM-2026-0042',
    submitter,
    content: { nominee: { name: 'Dilnoza Karimova', faculty: 'physics' }, academicYear: '2027/2028' },
    review: { round: 1 },
  };

  it('is the same for the same content written with keys in a different order', () => {
    // Prepare
    const reordered = {
      review: { round: 1 },
      content: { academicYear: '2027/2028', nominee: { faculty: 'physics', name: 'Dilnoza Karimova' } },
      submitter: { name: submitter.name, email: submitter.email },
      reference: 'NOM-2026-0042',
      kind: 'nomination',
    };

    // Act
    const a = snapshotText(base);
    const b = snapshotText(reordered);

    // Assess
    expect(a).toBe(b);
  });

  it('changes when the content changes', () => {
    // Prepare
    const changed = { ...base, content: { ...base.content, academicYear: '2028/2029' } };

    // Act
    const a = snapshotText(base);
    const b = snapshotText(changed);

    // Assess
    expect(a).not.toBe(b);
  });
});
