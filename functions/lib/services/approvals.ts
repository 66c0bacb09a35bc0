/**
 * What an approver's link can do: preview (read-only) and decide (once), plus asking for a
 * fresh link when the old one expired. The decision is one transaction: spend the link, move
 * the item, put the event. Whatever loses a race is answered 409 with who decided what and when.
 * A link whose person no longer holds the step's role is answered 410 `approver_changed`.
 */
import { ConflictError, GoneError, NotFoundError } from '../../../shared/errors';
import type { Partner, Submission } from '../../../shared/schemas';
import * as workflow from '../../../shared/workflow';
import type { Decision, ReviewEvent } from '../../../shared/workflow';
import type { ApiDeps, Deps } from '../deps';
import type { AttachedDocument } from '../../../shared/schemas/document';
import { downloadUrlOf, uploadedDocumentsOf } from './documents';
import { getFaculty, getPartner } from '../db/directory';
import { getLink, type LinkRecord } from '../db/links';
import { FRESH_LINKS_PER_STEP, putLinkRequest } from '../db/notices';
import { ApproverChangedError, getSubmission, LinkSpentError, listEvents, saveTransition, subjectOf, VersionConflictError } from '../db/submissions';
import { approverChanged, checkStillDecides } from './approvers';
import { sha256Hex, tokenHash } from '../links';
import { NoPlaceLeftError } from '../db/places';
import { takesPlace } from '../../../shared/workflow/mobility-dates';
import { noPlaceLeft, placesLeftFor, placeToTake } from './places';
import { approvedMemorandumWrites } from './agreements';
import { titlesFor } from './submissions';
import { partnerRequestFor } from './partner-answers';
import { signingOnApproval } from './partner-signing';
import { titlesOf, type Titles } from '../../../shared/i18n/titles';
import { invitationDataForApprover, type InvitationDataAnswer } from './incoming';
import { answerThroughLink } from './link-answers';

type ActionLink = LinkRecord & { kind: NonNullable<LinkRecord['kind']>; entityId: string; round: number; stepIndex: number; name: string };

const INVALID = () => new NotFoundError('This link is not valid. Open the newest email about this item, or ask for a fresh link.', 'link_invalid');

/** Unknown, tampered, or for another purpose: one and the same answer. */
async function findActionLink(deps: Deps, token: string): Promise<ActionLink> {
  const link = await getLink(deps.db, tokenHash(token));
  if (!link || link.purpose !== 'action' || !link.kind || !link.entityId) throw INVALID();
  return link as ActionLink;
}

function assertLive(link: ActionLink, now: string, s: Submission): void {
  // Voided because its person lost the step's role: say so, not "a newer link was sent" (none was, to them).
  if (link.voidedAt && link.voidedBecause === 'approver_changed') throw approverChanged(s.review?.steps[link.stepIndex]?.role);
  if (link.voidedAt) throw new GoneError('link_replaced', 'A newer link was sent for this step; use the newest email.');
  if (link.expiresAt <= now) throw new GoneError('link_expired', 'This link has expired. You can ask for a fresh one.');
}

export function snapshotHashOf(s: Submission): string {
  return sha256Hex(workflow.snapshotText(s));
}

function usedAnswer(link: ActionLink): ConflictError {
  return new ConflictError('already_decided', 'This link has already been used', {
    decidedBy: link.email,
    decidedByName: link.name,
    decision: link.decision,
    at: link.usedAt,
  });
}

/** Names for the ids in the content, so the approver reads "Faculty of Physics", not "physics". */
export type Labels = { faculty?: string; department?: string; agreement?: string; names?: { faculty?: Record<string, string>; department?: Record<string, string> } };

async function labelsOf(deps: Deps, s: Submission): Promise<Labels> {
  const facultyId = s.kind === 'nomination' ? s.content.nominee.faculty : s.content.initiatingFaculty;
  const [faculty, agreement] = await Promise.all([
    getFaculty(deps.db, facultyId),
    s.kind === 'nomination' ? getSubmission(deps.db, 'memorandum', s.content.agreementId) : Promise.resolve(undefined),
  ]);
  const department = s.kind === 'nomination' ? faculty?.departments.find((d) => d.id === s.content.nominee.department) : undefined;
  // The names in the pages' other languages, where the directory has them: the page words them in the approver's.
  const names = { ...(faculty?.names ? { faculty: faculty.names } : {}), ...(department?.names ? { department: department.names } : {}) };
  return { faculty: faculty?.name, department: department?.name, agreement: agreement?.reference, ...(Object.keys(names).length ? { names } : {}) };
}

export type Preview = {
  kind: Submission['kind'];
  reference: string;
  status: string;
  summary: { title: string; titles: Titles; submitter: { name: string; email: string }; partner?: Pick<Partner, 'id' | 'name' | 'names' | 'country' | 'city'> & { proposed?: true }; labels: Labels; content: unknown };
  step: { index: number; id: string; role: string; policy: string; dueAt?: string; of: number };
  approver: { email: string; name: string };
  snapshotHash: string;
  choices: Decision[];
  history: ReviewEvent[];
  documents: LinkedDocument[];
  invitationData?: InvitationDataAnswer;
  /** Present when this link can no longer decide: who decided what and when. */
  closed?: Record<string, unknown>;
  expiresAt: string;
};

/**
 * The item a link may look at, for as long as the link may: live (not expired, not replaced),
 * decided or not. Preview and the documents' downloads answer to exactly the same links.
 */
async function linkedItem(deps: Deps, token: string): Promise<{ link: ActionLink; s: Submission }> {
  const link = await findActionLink(deps, token);
  const s = await getSubmission(deps.db, link.kind, link.entityId);
  if (!s) throw INVALID();
  // Before the expiry: a fresh link would not help someone who no longer holds the step's role.
  await checkStillDecides(deps, link, s);
  assertLive(link, deps.clock().toISOString(), s);
  return { link, s };
}

/** A document as the approver's page lists it: what it is, never where it lies or who uploaded it. */
export type LinkedDocument = Pick<AttachedDocument, 'id' | 'kind' | 'fileName' | 'contentType' | 'size' | 'uploadedAt'>;

export async function preview(deps: Deps, token: string): Promise<Preview> {
  const { link, s } = await linkedItem(deps, token);
  const [partner, history, labels, documents, invitationData] = await Promise.all([
    getPartner(deps.db, s.content.partnerId),
    listEvents(deps.db, s.kind, s.id),
    labelsOf(deps, s),
    uploadedDocumentsOf(deps, s),
    s.kind === 'nomination' ? invitationDataForApprover(deps, s) : undefined,
  ]);
  const review = s.review;
  const step = review?.steps[link.stepIndex];
  const mine = step?.approvers.find((a) => a.email === link.email);
  const titles = titlesOf(s, partner);
  const open = !link.usedAt && s.status === 'in_review' && review?.round === link.round && review.stepIndex === link.stepIndex && !mine?.receipt;
  return {
    kind: s.kind,
    reference: s.reference,
    status: s.status,
    summary: {
      // Every language's title: the page shows the one it is read in, and changes it with the switcher.
      title: titles.en,
      titles,
      submitter: s.submitter,
      // A partner proposed with the memorandum and not yet checked by the office is marked so: the
      // approver should know the registry has not vouched for it (who proposed it is the office's business).
      ...(partner ? { partner: { id: partner.id, name: partner.name, names: partner.names, country: partner.country, city: partner.city, ...(partner.proposed ? { proposed: true as const } : {}) } } : {}),
      labels,
      content: s.content,
    },
    step: { index: link.stepIndex, id: step?.id ?? '', role: step?.role ?? '', policy: step?.policy ?? '', dueAt: step?.dueAt, of: review?.steps.length ?? 0 },
    approver: { email: link.email, name: link.name },
    snapshotHash: snapshotHashOf(s),
    choices: open ? ['approve', 'reject', 'request_changes'] : [],
    history,
    // The transcript, the CV, the draft: what the approver is asked to approve along with the form.
    documents: documents.map(({ id, kind, fileName, contentType, size, uploadedAt }) => ({ id, kind, fileName, contentType, size, ...(uploadedAt ? { uploadedAt } : {}) })),
    // Outside the snapshot: the receipt's hash covers the nomination as submitted, and the person's
    // data is corrected apart from it (and deleted later) without voiding the approver's link.
    ...(invitationData ? { invitationData } : {}),
    ...(open ? {} : { closed: link.usedAt ? { decidedBy: link.email, decidedByName: link.name, decision: link.decision, at: link.usedAt, status: s.status } : workflow.decisionState(s, link.round, link.stepIndex) }),
    expiresAt: link.expiresAt,
  };
}

/**
 * A short-lived download URL for one of the item's documents, for whoever holds a link that can
 * preview it: an approver has no account, the link is their right to see the item. A document of
 * another item, or none, is the 404 of an unknown document; a bad link, the link's own 404/410.
 */
export async function documentDownload(deps: ApiDeps, token: string, documentId: string): Promise<{ url: string; expiresAt: string }> {
  const { s } = await linkedItem(deps, token);
  return downloadUrlOf(deps, s, documentId);
}

export type DecideRequest = { token: string; decision: Decision; comment?: string; snapshotHash: string; idempotencyKey?: string };

export type DecisionAnswer = { status: string; reference: string; decision: Decision; decidedBy: string; at: string } & Record<string, unknown>;

export async function decide(deps: Deps, req: DecideRequest): Promise<DecisionAnswer> {
  // Another approver of an `all` step wrote first, or the role was taken away since the check: look again.
  const alsoRetry = (error: unknown) => error instanceof VersionConflictError || error instanceof ApproverChangedError;
  return answerThroughLink<DecisionAnswer>({ attempts: 12, alsoRetry }, async (attempt) => {
    const now = deps.clock().toISOString();
    const link = await findActionLink(deps, req.token);
    if (link.usedAt) {
      // A retry of the very same request (same Idempotency-Key) gets the very same answer.
      if (req.idempotencyKey && link.idempotencyKey === req.idempotencyKey && link.decision === req.decision && link.answer) return { answered: link.answer as DecisionAnswer };
      throw usedAnswer(link);
    }
    const current = await getSubmission(deps.db, link.kind, link.entityId);
    if (!current) throw INVALID();
    // The directory, not the email, says who decides: checked here and again inside the transaction.
    const approverRole = await checkStillDecides(deps, link, current);
    assertLive(link, now, current);
    const { entity, event } = workflow.decide(current, {
      actor: { email: link.email, name: link.name },
      round: link.round,
      stepIndex: link.stepIndex,
      decision: req.decision,
      comment: req.comment,
      shownSnapshotHash: req.snapshotHash,
      currentSnapshotHash: snapshotHashOf(current),
      now,
    });
    const saved = { ...entity, updatedAt: now } as Submission;
    // The final approval of a nomination takes a place from its agreement, in the same transaction (a virtual one takes none).
    const take = saved.kind === 'nomination' && event.type === 'decided' && event.outcome === 'approved' && takesPlace(saved.content) ? await placeToTake(deps, saved, now) : undefined;
    if (take && saved.kind === 'nomination' && event.type === 'decided') {
      saved.place = take.place;
      event.place = take.place;
    }
    // The final approval of a memorandum writes its first version, or applies the amendment it is.
    const memo =
      saved.kind === 'memorandum' && event.type === 'decided' && event.outcome === 'approved'
        ? await approvedMemorandumWrites(deps, saved, { email: link.email, name: link.name }, now)
        : undefined;
    if (memo?.contentVersion && saved.kind === 'memorandum') saved.contentVersion = memo.contentVersion;
    // The final approval of a nomination asks the partner's coordinator, where the partner has one
    // with an email: the notifier sends them their link with this very event.
    if (saved.kind === 'nomination' && event.type === 'decided' && event.outcome === 'approved') {
      const asked = await partnerRequestFor(deps, saved, now);
      if (asked) saved.partnerRequest = asked;
    }
    // The final approval of a memorandum sends its text to the partner's signatory, where the
    // partner has one with an email: the notifier sends their link with this very event.
    if (saved.kind === 'memorandum' && event.type === 'decided' && event.outcome === 'approved') {
      const signing = await signingOnApproval(deps, saved, now);
      if (signing) saved.partnerSigning = signing;
    }
    const answer: DecisionAnswer = {
      status: saved.status,
      kind: saved.kind,
      reference: saved.reference,
      version: saved.version,
      decision: req.decision,
      decidedBy: link.email,
      at: now,
      outcome: event.type === 'decided' ? event.outcome : undefined,
      receipt: event.type === 'decided' ? event.receipt : undefined,
    };
    return {
      // Many decisions touching the same items at once (the last places of an agreement): the
      // approver's press did nothing and can simply be repeated.
      busy: () => new ConflictError('busy', 'Many decisions are being recorded at this moment; press the button again', workflow.decisionState(current, link.round, link.stepIndex)),
      write: async () => {
        try {
          await saveTransition(deps.db, {
            entity: saved,
            expectedVersion: current.version,
            event,
            subject: subjectOf(saved, await titlesFor(deps, saved)),
            link: { hash: link.hash, now, decision: req.decision, idempotencyKey: req.idempotencyKey, answer },
            ...(approverRole ? { approverRole } : {}),
            ledger: take ? [take.change] : [],
            versions: memo?.versions ?? [],
            ...(memo?.companion ? { companion: memo.companion } : {}),
            // A mobility keeps its agreement off the dormant list.
            activity: take?.agreementActive ? [{ kind: 'mobility', agreementId: take.place.agreementId, at: now }] : [],
            operation: 'Decide',
          });
        } catch (error) {
          if (error instanceof NoPlaceLeftError && saved.kind === 'nomination') throw noPlaceLeft(await placesLeftFor(deps, saved), saved.reference);
          deps.log.debug('decide retry', { attempt, error: String(error), name: (error as Error).name });
          // Six tries that each found the link spent: answered as a used link, not as `busy`.
          if (error instanceof LinkSpentError && attempt >= 6) throw usedAnswer({ ...link, usedAt: now });
          throw error;
        }
        deps.log.info('decided', { reference: saved.reference, decision: req.decision, outcome: answer.outcome });
        return answer;
      },
    };
  });
}

/**
 * "Send me a fresh link": only from the approver's current link once it has expired, only while
 * the step still waits for them, once per link and a few times per step. The fresh link goes to
 * the address the step was sent to, never elsewhere; and since a live link cannot ask, nobody
 * holding a forwarded or old link can void the approver's working one.
 */
export async function requestFreshLink(deps: Deps, token: string): Promise<{ message: string }> {
  const now = deps.clock().toISOString();
  const link = await findActionLink(deps, token);
  const s = await getSubmission(deps.db, link.kind, link.entityId);
  if (!s) throw INVALID();
  // A replaced link (or one voided when its person lost the role) never mints another.
  if (link.voidedAt) assertLive(link, now, s);
  // A fresh link is no use to someone who no longer holds the step's role.
  await checkStillDecides(deps, link, s);
  const review = s.review;
  const mine = review?.steps[link.stepIndex]?.approvers.find((a) => a.email === link.email);
  if (link.usedAt || s.status !== 'in_review' || review?.round !== link.round || review.stepIndex !== link.stepIndex || !mine || mine.receipt) {
    throw new ConflictError('link_closed', 'This step no longer waits for you', workflow.decisionState(s, link.round, link.stepIndex));
  }
  if (link.expiresAt > now) throw new ConflictError('link_live', 'This link still works until it expires; use it to decide.', { expiresAt: link.expiresAt });
  const outcome = await putLinkRequest(deps.db, {
    linkHash: link.hash,
    subject: subjectOf(s, await titlesFor(deps, s)),
    entityVersion: s.version,
    event: { type: 'link_requested', at: now, email: link.email, name: link.name, round: link.round, stepIndex: link.stepIndex, role: review.steps[link.stepIndex]!.role },
  });
  switch (outcome) {
    case 'requested':
      return { message: 'A fresh link is on its way to your inbox.' };
    case 'already_requested':
      // Asked before from this link: the first request's email is the one to wait for; no second one is sent.
      return { message: 'A fresh link was already sent for this link; look for the newest email.' };
    case 'link_changed':
      throw new GoneError('link_replaced', 'A newer link was sent for this step; use the newest email.');
    case 'limit_reached':
      throw new ConflictError('fresh_link_limit', `${FRESH_LINKS_PER_STEP} fresh links were already sent for this step; ask the international office.`, {});
  }
}
