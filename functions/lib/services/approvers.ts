/**
 * Who decides a step is the directory's to say, not the email's: an approver's link decides only
 * while its person still holds the step's role in the step's scope, and a change of roles
 * re-resolves the steps still open of every item in review that it touches (new holders are
 * asked, the old ones' links stop working, and a step left with nobody is the office's to fill).
 */
import { GoneError } from '../../../shared/errors';
import type { Submission, SubmissionKind } from '../../../shared/schemas';
import * as workflow from '../../../shared/workflow';
import type { Actor, ReviewStep } from '../../../shared/workflow';
import type { Deps } from '../deps';
import { holdsRole, readRoleHoldersNow } from '../db/directory';
import { keys, type Key } from '../db/keys';
import type { RolesChanged } from '../db/notices';
import { getSubmission, listInReview, saveTransition, subjectOf } from '../db/submissions';
import { scopeFor, titlesFor, withFreshState } from './submissions';

/** What a link is for: whose it is, and the round and step it was sent for. */
type StepLink = { email: string; round: number; stepIndex: number; usedAt?: string };

/** The step this link was sent for, while it is still the one the item waits on and the link has not decided it. */
function openStepOf(link: StepLink, s: Submission): ReviewStep | undefined {
  const review = s.review;
  if (link.usedAt || s.status !== 'in_review' || review?.round !== link.round || review.stepIndex !== link.stepIndex) return undefined;
  const step = review.steps[link.stepIndex];
  return step?.approvers.find((a) => a.email === link.email)?.receipt ? undefined : step;
}

/** The 410 of a link whose person no longer decides its step; `role` and `waitingOn` when known. */
export function approverChanged(role?: string, waitingOn?: Actor[]): GoneError {
  const on = waitingOn === undefined ? '' : waitingOn.length ? `; the item now waits on ${waitingOn.map((a) => a.name).join(', ')}` : '; the item waits until the international office gives the role to someone';
  return new GoneError('approver_changed', `You no longer hold the role this step needs${on}.`, { ...(role ? { role } : {}), ...(waitingOn ? { waitingOn: waitingOn.map((a) => ({ name: a.name })) } : {}) });
}

/**
 * Refuses a link whose person no longer decides the step it was sent for: they lost the step's
 * role in its scope (one consistent GetItem on their role-holder item), or the step no longer
 * lists them. Answers the role-holder item's key, for the decision's transaction to check again
 * (a role taken away between this read and the write must not be decided with). A link whose
 * step is closed (decided, moved on) is left to the usual answers.
 */
export async function checkStillDecides(deps: Deps, link: StepLink, s: Submission): Promise<Key | undefined> {
  const step = openStepOf(link, s);
  if (!step) return undefined;
  const scope = scopeFor(step, s);
  const listed = step.approvers.some((a) => a.email === link.email);
  if (scope && listed && (await holdsRole(deps.db, step.role, scope, link.email))) return keys.roleHolder(step.role, scope, link.email);
  // Who holds the role now is who the step will wait on, once it is re-resolved (if it is not yet).
  const holders = scope ? await readRoleHoldersNow(deps.db, step.role, scope) : [];
  throw approverChanged(step.role, holders.filter((h) => h.email !== link.email));
}

/**
 * Re-resolves the open steps of one item against the directory as it is now, and writes the
 * change with its `approvers_changed` event (conditional on the version read; a version conflict
 * reads afresh). True when something changed; false when nothing needed to, so it is idempotent.
 */
export async function reresolveItem(deps: Deps, kind: SubmissionKind, id: string, actor: Actor): Promise<boolean> {
  return withFreshState(async () => {
    const current = await getSubmission(deps.db, kind, id);
    const review = current?.review;
    if (!current || current.status !== 'in_review' || !review) return false;
    const holders = await Promise.all(
      review.steps.map(async (step, i) => {
        if (i < review.stepIndex) return [];
        const scope = scopeFor(step, current);
        return scope ? readRoleHoldersNow(deps.db, step.role, scope) : [];
      }),
    );
    const now = deps.clock().toISOString();
    const moved = workflow.reassign(current, { round: review.round, stepIndex: review.stepIndex, holders, actor, now });
    if (!moved) return false;
    const saved = { ...moved.entity, updatedAt: now } as Submission;
    await saveTransition(deps.db, { entity: saved, expectedVersion: current.version, event: moved.event, subject: subjectOf(saved, await titlesFor(deps, saved)), operation: 'Reassign' });
    deps.log.info('approvers changed', { reference: saved.reference, ...(moved.event.type === 'approvers_changed' ? { added: moved.event.added.length, removed: moved.event.removed.length, pending: moved.event.pending.length } : {}) });
    return true;
  });
}

/**
 * The stream consumer's half of a role change (`roles_changed`, written with it): every item in
 * review whose open steps ask one of the changed roles in its place is re-resolved. Found in the
 * sparse `byDue` index's `DUE` partition, which holds exactly the items in review (no Scan);
 * each is read again before it is moved. A retried record finds nothing more to do.
 */
export async function reresolveAfterRoleChange(deps: Deps, event: RolesChanged): Promise<number> {
  const changed = new Set([...event.lost, ...event.gained].map((r) => `${r.role}|${r.scope}`));
  const affected = (await listInReview(deps.db)).filter((s) =>
    (s.review?.steps ?? []).some((step, i) => i >= (s.review?.stepIndex ?? 0) && changed.has(`${step.role}|${scopeFor(step, s) ?? ''}`)),
  );
  let moved = 0;
  for (const s of affected) if (await reresolveItem(deps, s.kind, s.id, event.actor)) moved++;
  return moved;
}
