/**
 * The approval workflow, pure: `(entity, command, now) → { entity', event } | throws`.
 * No I/O, no clock, no randomness: the edge resolves approvers, computes the snapshot hash and
 * passes the time in. Every transition bumps `version` by one and yields exactly one event.
 */
import { ConflictError, ForbiddenError, ValidationError } from '../errors';
import type {
  Actor,
  Approver,
  Chain,
  Decision,
  Review,
  ReviewEvent,
  ReviewStatus,
  ReviewStep,
  Reviewable,
  StepRef,
  Transitioned,
} from './types';
import { TERMINAL_STATUSES } from './types';

const DAY_MS = 24 * 60 * 60 * 1000;

export function addDays(iso: string, days: number): string {
  return new Date(Date.parse(iso) + days * DAY_MS).toISOString();
}

export function isTerminal(status: string): boolean {
  return (TERMINAL_STATUSES as readonly string[]).includes(status);
}

function stepRef(step: ReviewStep, index: number): StepRef {
  return { index, id: step.id, role: step.role, policy: step.policy, dueAt: step.dueAt };
}

function actorOf(a: Actor): Actor {
  return { email: a.email, name: a.name };
}

export function pendingApprovers(step: ReviewStep): Actor[] {
  return step.approvers.filter((a) => !a.receipt).map(actorOf);
}

function activate(step: ReviewStep, now: string): ReviewStep {
  return { ...step, activatedAt: now, dueAt: addDays(now, step.dueDays) };
}

/** Builds the steps of a new round; a step no one can decide is an error naming the step. */
export function buildSteps(chain: Chain, approvers: Actor[][]): ReviewStep[] {
  if (chain.steps.length === 0) throw new ValidationError(`The ${chain.kind} approval chain has no steps`);
  const missing = chain.steps.flatMap((step, i) => ((approvers[i] ?? []).length === 0 ? [{ step, i }] : []));
  if (missing.length > 0) {
    throw new ValidationError(
      `No approver for step "${missing[0]!.step.id}" (${missing[0]!.step.role})`,
      missing.map(({ step, i }) => ({ path: `chain.steps.${i}`, message: `No one holds the role "${step.role}" for step "${step.id}"` })),
    );
  }
  return chain.steps.map((step, i) => {
    const unique = new Map((approvers[i] ?? []).map((a) => [a.email, actorOf(a)]));
    return { ...step, approvers: [...unique.values()] };
  });
}

function startRound<T extends Reviewable>(
  entity: T,
  type: 'submitted' | 'resubmitted',
  cmd: { chain: Chain; approvers: Actor[][]; actor: Actor; now: string },
): Transitioned<T> {
  const steps = buildSteps(cmd.chain, cmd.approvers);
  steps[0] = activate(steps[0]!, cmd.now);
  const review: Review = {
    round: (entity.review?.round ?? 0) + 1,
    stepIndex: 0,
    steps,
    reminders: 0,
    nextReminderAt: steps[0].dueAt,
    lastTransition: { action: type, by: actorOf(cmd.actor), at: cmd.now },
  };
  const next = { ...entity, status: 'in_review', version: entity.version + 1, review };
  return {
    entity: next,
    event: { type, at: cmd.now, actor: actorOf(cmd.actor), round: review.round, step: stepRef(steps[0], 0), approvers: steps[0].approvers.map(actorOf) },
  };
}

/** First submission of a draft. */
export function submit<T extends Reviewable>(
  entity: T,
  cmd: { chain: Chain; approvers: Actor[][]; actor: Actor; now: string },
): Transitioned<T> {
  if (entity.status !== 'draft') {
    throw new ConflictError('wrong_status', `Only a draft can be submitted; this one is ${entity.status}`, { status: entity.status });
  }
  return startRound(entity, 'submitted', cmd);
}

/** Resubmission after changes were requested: a new round, every link of the old one void. */
export function resubmit<T extends Reviewable>(
  entity: T,
  cmd: { chain: Chain; approvers: Actor[][]; actor: Actor; now: string },
): Transitioned<T> {
  if (cmd.actor.email !== entity.submitter.email) throw new ForbiddenError('Only the submitter can resubmit');
  if (entity.status !== 'changes_requested') {
    throw new ConflictError('wrong_status', `Only an item sent back for changes can be resubmitted; this one is ${entity.status}`, {
      status: entity.status,
    });
  }
  return startRound(entity, 'resubmitted', cmd);
}

/** Withdrawal by the submitter, while the item is still open. */
export function withdraw<T extends Reviewable>(
  entity: T,
  cmd: { actor: Actor; now: string; reason?: string },
): Transitioned<T> {
  if (cmd.actor.email !== entity.submitter.email) throw new ForbiddenError('Only the submitter can withdraw');
  if (entity.status !== 'in_review' && entity.status !== 'changes_requested') {
    throw new ConflictError('wrong_status', `This item is ${entity.status} and can no longer be withdrawn`, { status: entity.status });
  }
  const review = entity.review!;
  const active = review.steps[review.stepIndex];
  const pending = entity.status === 'in_review' && active ? pendingApprovers(active) : [];
  const next = {
    ...entity,
    status: 'withdrawn',
    version: entity.version + 1,
    review: {
      ...review,
      nextReminderAt: undefined,
      lastTransition: { action: 'withdrawn' as const, by: actorOf(cmd.actor), at: cmd.now, comment: cmd.reason },
    },
  };
  return {
    entity: next,
    event: { type: 'withdrawn', at: cmd.now, actor: actorOf(cmd.actor), round: review.round, reason: cmd.reason, pending },
  };
}

export type DecideCommand = {
  actor: Actor;
  /** The round and step the approver's link was issued for. */
  round: number;
  stepIndex: number;
  decision: Decision;
  comment?: string;
  /** The hash of what the approver was shown, and the hash of the entity as it is now. */
  shownSnapshotHash: string;
  currentSnapshotHash: string;
  now: string;
};

/** Who decided what and when at a given round and step: the body of a 409. */
export function decisionState(entity: Reviewable, round: number, stepIndex: number): Record<string, unknown> {
  const review = entity.review;
  const base = { status: entity.status, version: entity.version };
  if (!review) return base;
  if (round === review.round) {
    const receipts = (review.steps[stepIndex]?.approvers ?? []).flatMap((a) => (a.receipt ? [a.receipt] : []));
    const last = receipts.sort((a, b) => (a.at < b.at ? -1 : 1)).at(-1);
    if (last) return { ...base, decidedBy: last.email, decidedByName: last.name, decision: last.decision, at: last.at, comment: last.comment };
  }
  const t = review.lastTransition;
  return { ...base, decidedBy: t.by.email, decidedByName: t.by.name, decision: t.action, at: t.at, comment: t.comment };
}

export function decide<T extends Reviewable>(entity: T, cmd: DecideCommand): Transitioned<T> {
  const review = entity.review;
  if (!review || entity.status !== 'in_review' || cmd.round !== review.round || cmd.stepIndex !== review.stepIndex) {
    const code = !review || cmd.round !== review.round ? 'round_closed' : 'step_closed';
    throw new ConflictError(code, 'This decision has already been made', decisionState(entity, cmd.round, cmd.stepIndex));
  }
  const step = review.steps[review.stepIndex]!;
  const approverIndex = step.approvers.findIndex((a) => a.email === cmd.actor.email);
  if (approverIndex < 0) throw new ForbiddenError('You are not an approver of this step');
  const approver = step.approvers[approverIndex]!;
  if (approver.receipt) {
    throw new ConflictError('already_decided', 'You have already decided this step', decisionState(entity, cmd.round, cmd.stepIndex));
  }
  const comment = cmd.comment?.trim() || undefined;
  if (cmd.decision === 'reject' && !comment) throw new ValidationError('A rejection needs a reason', [{ path: 'comment', message: 'Give the reason for the rejection' }]);
  if (cmd.decision === 'request_changes' && !comment) {
    throw new ValidationError('Say what should change', [{ path: 'comment', message: 'Say what the submitter should change' }]);
  }
  if (cmd.shownSnapshotHash !== cmd.currentSnapshotHash) {
    throw new ConflictError('snapshot_changed', 'The item changed since you opened it; reload and look again', {
      ...decisionState(entity, cmd.round, cmd.stepIndex),
      snapshotHash: cmd.currentSnapshotHash,
    });
  }

  const receipt = {
    email: approver.email,
    name: approver.name,
    role: step.role,
    decision: cmd.decision,
    ...(comment ? { comment } : {}),
    at: cmd.now,
    snapshotHash: cmd.shownSnapshotHash,
  };
  const approvers: Approver[] = step.approvers.map((a, i) => (i === approverIndex ? { ...a, receipt } : a));
  const steps = [...review.steps];
  let status: ReviewStatus = 'in_review';
  let stepIndex = review.stepIndex;
  let outcome: 'recorded' | 'advanced' | 'approved' | 'rejected' | 'changes_requested';
  let next: { step: StepRef; approvers: Actor[] } | undefined;

  if (cmd.decision === 'reject' || cmd.decision === 'request_changes') {
    // One rejection ends the step whatever the policy; so does a request for changes.
    outcome = cmd.decision === 'reject' ? 'rejected' : 'changes_requested';
    status = outcome;
    steps[stepIndex] = { ...step, approvers, completedAt: cmd.now, outcome };
  } else {
    const complete = step.policy === 'any' || approvers.every((a) => a.receipt?.decision === 'approve');
    if (!complete) {
      outcome = 'recorded';
      steps[stepIndex] = { ...step, approvers };
    } else {
      steps[stepIndex] = { ...step, approvers, completedAt: cmd.now, outcome: 'approved' };
      if (stepIndex === steps.length - 1) {
        outcome = 'approved';
        status = 'approved';
      } else {
        outcome = 'advanced';
        stepIndex += 1;
        steps[stepIndex] = activate(steps[stepIndex]!, cmd.now);
        next = { step: stepRef(steps[stepIndex]!, stepIndex), approvers: steps[stepIndex]!.approvers.map(actorOf) };
      }
    }
  }

  const advancedOrClosed = outcome !== 'recorded';
  const nextReview: Review = {
    ...review,
    stepIndex,
    steps,
    reminders: advancedOrClosed ? 0 : review.reminders,
    escalatedAt: advancedOrClosed ? undefined : review.escalatedAt,
    nextReminderAt: status === 'in_review' ? (advancedOrClosed ? steps[stepIndex]!.dueAt : review.nextReminderAt) : undefined,
    lastTransition: advancedOrClosed || status !== 'in_review' ? { action: cmd.decision, by: actorOf(cmd.actor), at: cmd.now, ...(comment ? { comment } : {}) } : review.lastTransition,
  };
  const event: ReviewEvent = {
    type: 'decided',
    at: cmd.now,
    actor: actorOf(cmd.actor),
    round: review.round,
    step: stepRef(step, review.stepIndex),
    decision: cmd.decision,
    ...(comment ? { comment } : {}),
    receipt,
    outcome,
    ...(next ? { next } : {}),
  };
  return { entity: { ...entity, status, version: entity.version + 1, review: nextReview }, event };
}

/**
 * The scheduler's command: a step past due gets a reminder to its pending approvers, then one
 * every `everyDays`; after `escalateAfter` reminders the admins are told once.
 * Returns null when nothing is due.
 */
export function remind<T extends Reviewable>(
  entity: T,
  cmd: { now: string; everyDays: number; escalateAfter: number },
): Transitioned<T> | null {
  const review = entity.review;
  if (!review || entity.status !== 'in_review' || !review.nextReminderAt || review.nextReminderAt > cmd.now) return null;
  const step = review.steps[review.stepIndex]!;
  const escalate = review.reminders >= cmd.escalateAfter && !review.escalatedAt;
  const count = escalate ? review.reminders : review.reminders + 1;
  const nextReview: Review = {
    ...review,
    reminders: count,
    escalatedAt: escalate ? cmd.now : review.escalatedAt,
    nextReminderAt: addDays(cmd.now, cmd.everyDays),
  };
  return {
    entity: { ...entity, version: entity.version + 1, review: nextReview },
    event: {
      type: escalate ? 'escalated' : 'reminded',
      at: cmd.now,
      round: review.round,
      step: stepRef(step, review.stepIndex),
      pending: pendingApprovers(step),
      count,
    },
  };
}

export type ReassignCommand = {
  /** The round and step the holders were looked up for: an item that moved on meanwhile is left alone. */
  round: number;
  stepIndex: number;
  /** Per step index, from the active step on: everyone who holds that step's role in its scope now. */
  holders: Actor[][];
  /** Whose change of the directory this follows (the administrator). */
  actor: Actor;
  now: string;
};

const sameApprovers = (a: Actor[], b: Actor[]) => a.length === b.length && a.every((x) => b.some((y) => y.email === x.email));

/**
 * The steps still open follow the directory: a pending approver of the active step who no longer
 * holds its role stops deciding it, a new holder is asked to; a step still to come takes the
 * holders as its approvers (nobody has been asked there yet). Returns null when there is nothing
 * to change (the item moved on, or the approvers already are the holders), so running it twice
 * changes nothing more.
 *
 * An approver who has already decided keeps their receipt: the decision was theirs to make when
 * they made it. The step never completes or advances here, even when no one is left to decide
 * (or an `all` step has only approvals left): a change of roles is not a decision, so the step
 * waits and the event's empty `pending` tells the office to give the role to someone.
 */
export function reassign<T extends Reviewable>(entity: T, cmd: ReassignCommand): Transitioned<T> | null {
  const review = entity.review;
  if (!review || entity.status !== 'in_review' || review.round !== cmd.round || review.stepIndex !== cmd.stepIndex) return null;
  const steps = [...review.steps];
  const active = steps[review.stepIndex]!;
  const unique = (people: Actor[]) => [...new Map(people.map((p) => [p.email, actorOf(p)])).values()];
  const holders = unique(cmd.holders[review.stepIndex] ?? []);
  const holding = new Set(holders.map((h) => h.email));
  const listed = new Set(active.approvers.map((a) => a.email));
  const removed = active.approvers.filter((a) => !a.receipt && !holding.has(a.email)).map(actorOf);
  const added = holders.filter((h) => !listed.has(h.email));
  const gone = new Set(removed.map((a) => a.email));
  steps[review.stepIndex] = { ...active, approvers: [...active.approvers.filter((a) => !gone.has(a.email)), ...added] };
  const later: { step: StepRef; approvers: Actor[] }[] = [];
  for (let i = review.stepIndex + 1; i < steps.length; i++) {
    const now = unique(cmd.holders[i] ?? []);
    if (sameApprovers(steps[i]!.approvers, now)) continue;
    steps[i] = { ...steps[i]!, approvers: now };
    later.push({ step: stepRef(steps[i]!, i), approvers: now });
  }
  if (removed.length === 0 && added.length === 0 && later.length === 0) return null;
  const changed = steps[review.stepIndex]!;
  return {
    entity: { ...entity, version: entity.version + 1, review: { ...review, steps } },
    event: {
      type: 'approvers_changed',
      at: cmd.now,
      actor: actorOf(cmd.actor),
      round: review.round,
      step: stepRef(changed, review.stepIndex),
      added,
      removed,
      pending: pendingApprovers(changed),
      later,
    },
  };
}
