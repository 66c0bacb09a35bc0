/**
 * Agreements after their approval chain: signatures, termination, renewal, and the watch the
 * scheduler runs (coming into force, expiry reminders, expiry). Each step is one transition of
 * the agreement, written with what it does to the agreement's activity (the dormant list).
 */
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../../../shared/errors';
import type { Agreement, Person } from '../../../shared/schemas';
import type { MemorandumInput } from '../../../shared/schemas/agreement';
import * as workflow from '../../../shared/workflow';
import type { EntityEvent } from '../../../shared/workflow';
import type { Deps } from '../deps';
import { listInactiveSince, type ActivityChange } from '../db/activity';
import { getSubmission, getSubmissions, listWatchDue, saveTransition, subjectOf, VersionConflictError } from '../db/submissions';
import { getVersion, listVersions } from '../db/versions';
import type { AgreementVersion } from '../../../shared/workflow/versions';
import { isOffice } from './identity';
import { actorOf, getVisible, submitNew, titleFor, titlesFor, withFreshState } from './submissions';

/** What a transition does to the dormant list: in force from now, or no longer. */
export function activityFor(agreementId: string, event: EntityEvent): ActivityChange[] {
  switch (event.type) {
    case 'signed':
      return event.activated ? [{ kind: 'start', agreementId, at: event.at }] : [];
    case 'activated':
      return [{ kind: 'start', agreementId, at: event.at }];
    case 'expired':
    case 'terminated':
      return [{ kind: 'stop', agreementId }];
    case 'termination_recorded':
      return event.terminated ? [{ kind: 'stop', agreementId }] : [];
    default:
      return [];
  }
}

async function saveAgreement(deps: Deps, current: Agreement, moved: workflow.Moved<Agreement>): Promise<Agreement> {
  const saved = { ...moved.entity, updatedAt: moved.event.at };
  await saveTransition(deps.db, {
    entity: saved,
    expectedVersion: current.version,
    event: moved.event,
    subject: subjectOf(saved, await titlesFor(deps, saved)),
    activity: activityFor(saved.id, moved.event),
  });
  return saved;
}

/**
 * An approved amendment is a record of a change, not an agreement of its own: its content became
 * the next version of the agreement it amends, which is the one signed, terminated or renewed.
 */
function requireAgreement(a: Agreement): void {
  if (a.amends) {
    throw new ConflictError('is_amendment', `${a.reference} is an amendment; sign, terminate or renew the agreement it amends`, { amends: a.amends, status: a.status });
  }
}

async function move(deps: Deps, id: string, person: Person, step: (a: Agreement, now: string) => workflow.Moved<Agreement>): Promise<Agreement> {
  return withFreshState(async () => {
    const current = (await getVisible(deps, 'memorandum', id, person)) as Agreement;
    requireAgreement(current);
    return saveAgreement(deps, current, step(current, deps.clock().toISOString()));
  });
}

export function recordSignature(
  deps: Deps,
  id: string,
  person: Person,
  body: { party: 'home' | 'partner'; date: string; signatoryName: string; signatoryPosition: string },
): Promise<Agreement> {
  return move(deps, id, person, (a, now) => workflow.recordSignature(a, { actor: actorOf(person), asOffice: isOffice(person), ...body, now }));
}

export function terminate(deps: Deps, id: string, person: Person, body: { reason: string; noticeDate: string; effectiveDate: string }): Promise<Agreement> {
  return move(deps, id, person, (a, now) => workflow.terminate(a, { actor: actorOf(person), asOffice: isOffice(person), ...body, now }));
}

/**
 * A renewal: a new memorandum, pre-filled from the old one and sent through the chain, and the
 * old one pointing at it — both in one transaction, so neither link exists without the other.
 */
export async function renew(
  deps: Deps,
  id: string,
  person: Person,
  changes: Partial<Pick<MemorandumInput, 'startDate' | 'endDate' | 'cooperationConditions' | 'summary'>>,
): Promise<Agreement> {
  if (!isOffice(person)) throw new ForbiddenError('Only the international office can renew an agreement');
  return withFreshState(async () => {
    const old = (await getVisible(deps, 'memorandum', id, person)) as Agreement;
    requireAgreement(old);
    const now = deps.clock().toISOString();
    const content = workflow.renewalContent(old, changes, now.slice(0, 10));
    const renewal = (await submitNew(deps, 'memorandum', content, person, {
      fields: { renews: old.id },
      companion: async (created) => {
        const event: EntityEvent = { type: 'renewed', at: now, actor: actorOf(person), renewalId: created.id, renewalReference: created.reference };
        const entity: Agreement = { ...old, version: old.version + 1, renewedBy: created.id, updatedAt: now };
        return { entity, expectedVersion: old.version, event, subject: subjectOf(entity, await titlesFor(deps, entity)) };
      },
    })) as Agreement;
    return renewal;
  });
}

export type WatchReport = { due: number; moved: number; failed: number };

/**
 * The scheduler's part for agreements: every agreement whose watch day has come (index `byDue`,
 * partition WATCH) is stepped until nothing more happens to it today.
 */
export async function watchAgreements(deps: Deps): Promise<WatchReport> {
  const now = deps.clock().toISOString();
  const report: WatchReport = { due: 0, moved: 0, failed: 0 };
  for (const found of await listWatchDue(deps.db, now)) {
    report.due++;
    try {
      let current = found as Agreement;
      for (let steps = 0; steps < 5; steps++) {
        const moved = workflow.watch(current, now);
        if (!moved) break;
        current = await saveAgreement(deps, current, moved);
        report.moved++;
      }
    } catch (error) {
      if (error instanceof VersionConflictError) continue; // changed meanwhile: the next tick looks again
      report.failed++;
      deps.log.error('agreement watch failed', { reference: found.reference, error: error instanceof Error ? error.message : String(error) });
    }
  }
  return report;
}

export type DormantAgreement = { id: string; reference: string; partnerId: string; title: string; lastMobilityAt: string; endDate: string | null };

/** Agreements in force with no mobility (approved nomination) in the last 12 months. */
export async function dormantAgreements(deps: Deps): Promise<DormantAgreement[]> {
  const cutoff = workflow.addDaysToDate(deps.clock().toISOString().slice(0, 10), -365);
  const inactive = await listInactiveSince(deps.db, cutoff);
  // One batch read for all of them, not a GetItem each.
  const byId = new Map((await getSubmissions(deps.db, 'memorandum', inactive.map((i) => i.agreementId))).map((a) => [a.id, a as Agreement]));
  const found = await Promise.all(
    inactive.map(async ({ agreementId, lastMobilityAt }) => {
      const a = byId.get(agreementId);
      // The activity item may outlive the agreement being in force by a moment; the agreement decides.
      if (!a || a.status !== 'active') return undefined;
      return { id: a.id, reference: a.reference, partnerId: a.content.partnerId, title: await titleFor(deps, a), lastMobilityAt, endDate: a.content.endDate };
    }),
  );
  return found.filter((a): a is DormantAgreement => a !== undefined);
}

export type ChangeResult = { applied: true; agreement: Agreement } | { applied: false; amendment: Agreement };

/**
 * A change to an agreement after approval. A change to its cooperation conditions or dates is an
 * amendment: a memorandum of its own through the chain, while this version stays in force. Any
 * other change (summary, coordinator, scope…) is a new version at once. Each version is kept.
 */
export async function proposeChange(deps: Deps, id: string, person: Person, request: { content: MemorandumInput; note?: string }): Promise<ChangeResult> {
  return withFreshState(async () => {
    const current = (await getVisible(deps, 'memorandum', id, person)) as Agreement;
    if (!isOffice(person) && person.email !== current.submitter.email) throw new ForbiddenError('Only the international office or the proposer can change an agreement');
    if (current.status !== 'approved' && current.status !== 'active') {
      throw new ConflictError('wrong_status', `This agreement is ${current.status}; only an agreement approved or in force is changed this way`, { status: current.status });
    }
    if (request.content.partnerId !== current.content.partnerId) {
      throw new ValidationError('An agreement stays with its partner', [{ path: 'content.partnerId', message: 'A different partner needs a new agreement' }]);
    }
    const changes = workflow.diffContent(current.content, request.content);
    if (changes.length === 0) throw new ValidationError('Nothing changed', [{ path: 'content', message: 'The content is the same as the version in force' }]);
    const now = deps.clock().toISOString();
    const actor = actorOf(person);
    const note = request.note?.trim() || undefined;

    if (workflow.isMaterial(changes)) {
      if (current.pendingAmendment) {
        const pending = await getSubmission(deps.db, 'memorandum', current.pendingAmendment);
        if (pending && (pending.status === 'in_review' || pending.status === 'changes_requested')) {
          throw new ConflictError('amendment_pending', `Amendment ${pending.reference} is still going through the chain`, { amendmentId: pending.id, reference: pending.reference, status: pending.status });
        }
      }
      const amendment = (await submitNew(deps, 'memorandum', request.content, person, {
        fields: { amends: current.id },
        companion: async (created) => {
          const entity: Agreement = { ...current, version: current.version + 1, pendingAmendment: created.id, updatedAt: now };
          const event: EntityEvent = { type: 'amendment_proposed', at: now, actor, amendmentId: created.id, amendmentReference: created.reference, paths: changes.map((c) => c.path) };
          return { entity, expectedVersion: current.version, event, subject: subjectOf(entity, await titlesFor(deps, entity)) };
        },
      })) as Agreement;
      return { applied: false, amendment };
    }

    const number = (current.contentVersion ?? 1) + 1;
    const saved: Agreement = { ...current, content: request.content, contentVersion: number, version: current.version + 1, updatedAt: now };
    const event: EntityEvent = { type: 'amended', at: now, actor, version: number, paths: changes.map((c) => c.path), ...(note ? { note } : {}) };
    await saveTransition(deps.db, {
      entity: saved,
      expectedVersion: current.version,
      event,
      subject: subjectOf(saved, await titlesFor(deps, saved)),
      versions: [
        // An agreement from before versions were kept gets its first version now, as it was.
        ...(current.contentVersion === undefined ? [{ agreementId: id, version: { number: 1, content: current.content, at: current.updatedAt, by: current.submitter, how: 'imported' as const, changes: [] } }] : []),
        { agreementId: id, version: { number, content: request.content, at: now, by: actor, how: 'edited', changes, ...(note ? { note } : {}) } },
      ],
    });
    return { applied: true, agreement: saved };
  });
}

/**
 * What the final approval of a memorandum writes besides itself: its first version; or, for an
 * amendment, the agreement it amends with the amended content as its next version.
 */
export async function approvedMemorandumWrites(deps: Deps, approved: Agreement, actor: { email: string; name: string }, now: string) {
  if (!approved.amends) {
    return { contentVersion: 1, versions: [{ agreementId: approved.id, version: { number: 1, content: approved.content, at: now, by: actor, how: 'approved' as const, changes: [] } }] };
  }
  const original = (await getSubmission(deps.db, 'memorandum', approved.amends)) as Agreement | undefined;
  if (!original) return { versions: [] };
  const number = (original.contentVersion ?? 1) + 1;
  const changes = workflow.diffContent(original.content, approved.content);
  const amendment = { id: approved.id, reference: approved.reference };
  const { pendingAmendment: _done, ...rest } = original;
  const entity: Agreement = { ...rest, content: approved.content, contentVersion: number, version: original.version + 1, updatedAt: now };
  const event: EntityEvent = { type: 'amended', at: now, actor, version: number, paths: changes.map((c) => c.path), amendment };
  return {
    companion: { entity, expectedVersion: original.version, event, subject: subjectOf(entity, await titlesFor(deps, entity)) },
    versions: [
      ...(original.contentVersion === undefined ? [{ agreementId: original.id, version: { number: 1, content: original.content, at: original.updatedAt, by: original.submitter, how: 'imported' as const, changes: [] } }] : []),
      { agreementId: original.id, version: { number, content: approved.content, at: now, by: actor, how: 'amendment' as const, changes, amendment } },
    ],
  };
}

export async function versionsOf(deps: Deps, id: string, person: Person): Promise<AgreementVersion[]> {
  await getVisible(deps, 'memorandum', id, person);
  return listVersions(deps.db, id);
}

export async function diffVersions(deps: Deps, id: string, person: Person, from: number, to: number) {
  await getVisible(deps, 'memorandum', id, person);
  const [a, b] = await Promise.all([getVersion(deps.db, id, from), getVersion(deps.db, id, to)]);
  if (!a || !b) throw new NotFoundError(`No version ${!a ? from : to} of this agreement`);
  return { from, to, changes: workflow.diffContent(a.content, b.content) };
}
