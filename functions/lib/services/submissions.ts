/**
 * Submitting, resubmitting, withdrawing and reading nominations and memoranda: the glue between
 * the edges and the pure workflow. Reads what the core needs, calls it, writes the result in one
 * transaction.
 */
import { randomUUID } from 'node:crypto';
import { freesRoom, roomGivenBack } from '../../../shared/workflow/housing';
import type { EntityEvent } from '../../../shared/workflow/types';
import { readResidence, readRoom, type RoomLedger } from '../db/residences';
import { NotFoundError, ValidationError, type FieldError } from '../../../shared/errors';
import { mobilityRefusal } from '../../../shared/partner-type';
import type { Agreement, MemorandumInput, Nomination, NominationInput, Partner, Person, Submission, SubmissionKind } from '../../../shared/schemas';
import { ledgerOf } from '../db/places';
import { takesPlace } from '../../../shared/workflow/mobility-dates';
import { placesLeftIn, type PlacesLeft } from './places';
import { formatReference } from '../../../shared/schemas/entities';
import { scopeKey } from '../../../shared/scopes';
import { titlesOf, type Titles } from '../../../shared/i18n/titles';
import * as workflow from '../../../shared/workflow';
import type { Actor, Chain, ChainStep } from '../../../shared/workflow';
import type { Deps } from '../deps';
import { getChain, getFaculty, getPartner, readRoleHoldersNow } from '../db/directory';
import {
  getSubmission,
  listAll,
  listByOwner,
  listEvents,
  nextSequence,
  saveTransition,
  subjectOf,
  VersionConflictError,
} from '../db/submissions';
import { isOffice } from './identity';

export type ContentOf<K extends SubmissionKind> = K extends 'nomination' ? NominationInput : MemorandumInput;

/** What was filled in, before it becomes a stored item. */
type Draft = { kind: 'nomination'; content: NominationInput } | { kind: 'memorandum'; content: MemorandumInput };

export const actorOf = (p: Person): Actor => ({ email: p.email, name: p.name });

/**
 * The department/faculty a step's role is looked up in, from what was submitted: at submission,
 * when a link decides (services/approvers.ts) and when a role change re-resolves the step.
 */
export function scopeFor(step: Pick<ChainStep, 'scope'>, s: Draft): string | undefined {
  if (step.scope === 'university') return 'university';
  if (s.kind === 'nomination') {
    const { faculty, department } = s.content.nominee;
    return step.scope === 'faculty' ? scopeKey({ type: 'faculty', faculty }) : scopeKey({ type: 'department', faculty, department });
  }
  return step.scope === 'faculty' ? scopeKey({ type: 'faculty', faculty: s.content.initiatingFaculty }) : undefined;
}

/**
 * Who holds each step's role now. Read fresh, not from the 30-second reference cache: a role
 * taken away a moment ago on another warm function must not be given the new item, where its old
 * holder could not decide (the link checks the directory) and the new one would never be asked
 * (the role change's re-resolution may already have looked at the items in review). One round of
 * parallel queries, one per step.
 */
async function resolveApprovers(deps: Deps, chain: Chain, s: Draft): Promise<Actor[][]> {
  return Promise.all(
    chain.steps.map(async (step) => {
      const scope = scopeFor(step, s);
      return scope ? readRoleHoldersNow(deps.db, step.role, scope) : [];
    }),
  );
}

async function chainFor(deps: Deps, kind: SubmissionKind): Promise<Chain> {
  const chain = await getChain(deps.db, kind);
  if (!chain) throw new ValidationError(`No approval chain is configured for ${kind}s; ask the international office`);
  return chain;
}

/** Checks that what the form points at exists; answers the partner (for titles) and, for a nomination, its agreement. */
async function checkReferences(deps: Deps, s: Draft): Promise<{ partner: Partner; agreement?: Submission }> {
  const fields: FieldError[] = [];
  const facultyId = s.kind === 'nomination' ? s.content.nominee.faculty : s.content.initiatingFaculty;
  // Independent reads, in parallel: each is a round trip.
  const [partner, faculty, agreement] = await Promise.all([
    getPartner(deps.db, s.content.partnerId),
    getFaculty(deps.db, facultyId),
    s.kind === 'nomination' ? getSubmission(deps.db, 'memorandum', s.content.agreementId) : Promise.resolve(undefined),
  ]);
  if (!partner) fields.push({ path: 'partnerId', message: 'No partner university with this id' });
  const facultyPath = s.kind === 'nomination' ? 'nominee.faculty' : 'initiatingFaculty';
  if (!faculty) fields.push({ path: facultyPath, message: 'No faculty with this id' });
  if (s.kind === 'nomination') {
    if (faculty && !faculty.departments.some((d) => d.id === s.content.nominee.department)) {
      fields.push({ path: 'nominee.department', message: `No such department in ${faculty.name}` });
    }
    const refusal = partner ? mobilityRefusal(partner.type, s.content.mobilityType) : undefined;
    if (refusal) fields.push({ path: 'mobilityType', message: refusal });
    if (!agreement) fields.push({ path: 'agreementId', message: 'No agreement with this id' });
    else if (agreement.content.partnerId !== s.content.partnerId) fields.push({ path: 'agreementId', message: 'This agreement is with another partner' });
    else if (agreement.status !== 'active' && agreement.status !== 'approved') {
      fields.push({ path: 'agreementId', message: `This agreement is ${agreement.status}, not in force` });
    }
  }
  if (fields.length > 0 || !partner) throw new ValidationError('Some references do not exist', fields);
  return { partner, agreement };
}

/** An item's title in every language (emails and the approver's page pick the reader's). */
export async function titlesFor(deps: Deps, s: Submission): Promise<Titles> {
  return titlesOf(s, await getPartner(deps.db, s.content.partnerId));
}

/** The English title, for lists that are not yet worded per language. */
export async function titleFor(deps: Deps, s: Submission): Promise<string> {
  return (await titlesFor(deps, s)).en;
}

/**
 * A memorandum submitted together with another agreement it changes, both in one transaction: a
 * renewal (the old agreement points at it) or an amendment (the agreement waits for it).
 */
export type LinkedSubmission = {
  fields: { renews: string } | { amends: string };
  companion: (created: Submission) => Promise<NonNullable<Parameters<typeof saveTransition>[1]['companion']>>;
};

/**
 * `checked`, when given, hears the references as soon as they pass (before the writes), so a
 * caller can start reads of its own in parallel with them instead of reading them again after.
 */
export async function submitNew<K extends SubmissionKind>(
  deps: Deps,
  kind: K,
  content: ContentOf<K>,
  submitter: Person,
  linked?: LinkedSubmission,
  checked?: (refs: { agreement?: Submission }) => void,
): Promise<Submission> {
  const draftShape = { kind, content } as Draft;
  const [{ partner, agreement }, chain] = await Promise.all([checkReferences(deps, draftShape), chainFor(deps, kind)]);
  checked?.({ agreement });
  // Resolve before taking a reference number, so a 400 does not burn one.
  const approvers = await resolveApprovers(deps, chain, draftShape);
  workflow.buildSteps(chain, approvers); // an unresolvable step is a 400 before any write
  const now = deps.clock().toISOString();
  const year = Number(now.slice(0, 4));
  const sequence = await nextSequence(deps.db, kind, year);
  const draft = {
    kind,
    id: randomUUID(),
    reference: formatReference(kind, year, sequence),
    status: 'draft',
    version: 0,
    submitter: actorOf(submitter),
    content,
    createdAt: now,
    updatedAt: now,
    ...(linked ? linked.fields : {}),
  } as Submission;
  const { entity, event } = workflow.submit(draft, { chain, approvers, actor: actorOf(submitter), now });
  const saved = { ...entity, updatedAt: now };
  await saveTransition(deps.db, {
    entity: saved,
    expectedVersion: null,
    event,
    subject: subjectOf(saved, titlesOf(saved, partner)),
    operation: 'Submit',
    ...(linked ? { companion: await linked.companion(saved) } : {}),
  });
  deps.log.info('submitted', { kind, reference: saved.reference });
  return saved;
}

/**
 * A nomination submitted, with the places left in its cell of its agreement (a warning while in
 * review). The agreement read to check the references is the one counted from, and the ledger is
 * read while the submission is written: no second read of the agreement, no read after the write.
 */
export async function submitNomination(deps: Deps, content: NominationInput, submitter: Person): Promise<{ saved: Submission; places: PlacesLeft | undefined }> {
  let agreement: Submission | undefined;
  let ledger: ReturnType<typeof ledgerOf> | undefined;
  const saved = await submitNew(deps, 'nomination', content, submitter, undefined, (refs) => {
    agreement = refs.agreement;
    ledger = ledgerOf(deps.db, content.agreementId);
    ledger.catch(() => undefined); // a failed submit must not leave this rejection unhandled
  });
  // A virtual mobility takes no place: there is nothing to warn about.
  const places = agreement && ledger && takesPlace(content) ? placesLeftIn(agreement as Agreement, await ledger, saved as Nomination) : undefined;
  return { saved, places };
}

/**
 * Checks, before anything is written, that a memorandum from this faculty could go into review:
 * the faculty exists and every step of the chain finds an approver (a 400 otherwise).
 */
export async function checkMemorandumSubmittable(deps: Deps, content: MemorandumInput): Promise<void> {
  const draftShape: Draft = { kind: 'memorandum', content };
  const [faculty, chain] = await Promise.all([getFaculty(deps.db, content.initiatingFaculty), chainFor(deps, 'memorandum')]);
  if (!faculty) throw new ValidationError('Some fields refer to things that do not exist', [{ path: 'initiatingFaculty', message: 'No faculty with this id' }]);
  workflow.buildSteps(chain, await resolveApprovers(deps, chain, draftShape));
}

/** May this person see this item? The submitter, the international office, and the approvers of its current round. */
function canSee(person: Person, s: Submission): boolean {
  if (s.submitter.email === person.email || isOffice(person)) return true;
  return (s.review?.steps ?? []).some((step) => step.approvers.some((a) => a.email === person.email));
}

export async function getVisible(deps: Deps, kind: SubmissionKind, id: string, person: Person): Promise<Submission> {
  const s = await getSubmission(deps.db, kind, id);
  // Seeded and approved agreements are the office's shared knowledge; proposals are not.
  const public_ = kind === 'memorandum' && s && ['active', 'approved', 'expired', 'terminated'].includes(s.status);
  if (!s || !(public_ || canSee(person, s))) throw new NotFoundError(`No ${kind} with this id`);
  return s;
}

export async function historyOf(deps: Deps, s: Submission) {
  return listEvents(deps.db, s.kind, s.id);
}

export async function listFor(deps: Deps, kind: SubmissionKind, person: Person, scope: 'own' | 'all'): Promise<Submission[]> {
  // The international office handles every nomination after approval, so it lists them all.
  if (scope === 'all' && (isOffice(person) || kind === 'memorandum')) {
    const all = await listAll(deps.db, kind);
    return isOffice(person) ? all : all.filter((s) => canSee(person, s) || ['active', 'approved', 'expired', 'terminated'].includes(s.status));
  }
  return listByOwner(deps.db, kind, person.email);
}

/** Retries a read-compute-write on a fresh read when someone else wrote first. */
export async function withFreshState<T>(fn: () => Promise<T>, attempts = 4): Promise<T> {
  for (let i = 1; ; i++) {
    try {
      return await fn();
    } catch (error) {
      if (!(error instanceof VersionConflictError) || i >= attempts) throw error;
    }
  }
}

export async function resubmit<K extends SubmissionKind>(deps: Deps, kind: K, id: string, content: ContentOf<K>, person: Person): Promise<Submission> {
  return withFreshState(async () => {
    const current = await getVisible(deps, kind, id, person);
    const changed = { ...current, content } as Submission;
    const [{ partner }, chain] = await Promise.all([checkReferences(deps, changed), chainFor(deps, kind)]);
    const approvers = await resolveApprovers(deps, chain, changed);
    const now = deps.clock().toISOString();
    const { entity, event } = workflow.resubmit(changed, { chain, approvers, actor: actorOf(person), now });
    const saved = { ...entity, updatedAt: now };
    await saveTransition(deps.db, { entity: saved, expectedVersion: current.version, event, subject: subjectOf(saved, titlesOf(saved, partner)) });
    return saved;
  });
}

export async function withdraw(deps: Deps, kind: SubmissionKind, id: string, person: Person, reason?: string): Promise<Submission> {
  return withFreshState(async () => {
    const current = await getVisible(deps, kind, id, person);
    if (current.kind === 'nomination' && ['approved', 'accepted_by_partner', 'arrived'].includes(current.status)) {
      return saveMove(deps, current, workflow.withdrawApproved(current, { actor: actorOf(person), asOffice: isOffice(person), reason, now: deps.clock().toISOString() }));
    }
    const now = deps.clock().toISOString();
    const { entity, event } = workflow.withdraw(current, { actor: actorOf(person), now, reason });
    const saved = { ...entity, updatedAt: now };
    await saveTransition(deps.db, { entity: saved, expectedVersion: current.version, event, subject: subjectOf(saved, await titlesFor(deps, saved)) });
    return saved;
  });
}

/**
 * Writes a transition made outside the approval chain, with the places it takes or gives back
 * (`placeReturned` on its event) in the same transaction.
 */
export async function saveMove<T extends Submission>(deps: Deps, current: T, moved: workflow.Moved<T>): Promise<T> {
  const now = deps.clock().toISOString();
  let saved = { ...moved.entity, updatedAt: now } as T;
  const returned = 'placeReturned' in moved.event ? moved.event.placeReturned : undefined;
  // Every move that ends a nomination names who ended it; the room's giver stands in only for the types.
  const released = await releaseRoom(deps, saved, 'actor' in moved.event && moved.event.actor ? moved.event.actor : undefined, now);
  saved = released.entity;
  await saveTransition(deps.db, {
    entity: saved,
    expectedVersion: current.version,
    event: moved.event,
    subject: subjectOf(saved, await titlesFor(deps, saved)),
    ledger: returned ? [{ kind: 'return', place: returned }] : [],
    rooms: released.rooms,
    more: released.events,
  });
  return saved;
}

/**
 * The room a nomination ending in this move gives back (shared/workflow/housing.ts `roomGivenBack`):
 * the nomination without its assignment, the room's ledger without its stay, and the `room_cancelled`
 * event saying why, all for the move's own transaction, so the room is never left held for nobody
 * and the history never misses why it went. Nothing when the move frees no room.
 */
export async function releaseRoom<T extends Submission>(deps: Deps, saved: T, actor: Actor | undefined, at: string): Promise<{ entity: T; rooms: RoomLedger[]; events: EntityEvent[] }> {
  if (saved.kind !== 'nomination' || !saved.roomAssignment || !freesRoom(saved)) return { entity: saved, rooms: [], events: [] };
  const given = saved.roomAssignment;
  const [ledger, residence] = await Promise.all([readRoom(deps.db, given.residenceId, given.room), readResidence(deps.db, given.residenceId)]);
  // Named as the assignment's event named it; a residence since removed from the directory by its id.
  const event = roomGivenBack(saved, residence?.name ?? given.residenceId, actor ?? given.by, at);
  const { roomAssignment: _freed, ...rest } = saved;
  return { entity: rest as T, rooms: [{ ...ledger, stays: ledger.stays.filter((s) => s.nominationId !== saved.id) }], events: event ? [event] : [] };
}
