/**
 * What a partner coordinator's link can do: preview the approved nomination (read-only) and
 * accept or decline it (once). The same token model as an approver's link (functions/lib/links.ts,
 * db/links.ts): opaque, hashed at rest, single-use, expiring; a forged, used, replaced or expired
 * link gets the same answers as an approver's. The answer is one transaction: spend the link, move
 * the nomination (conditional on its version), put the event. The office's manual recording moves
 * the same nomination out of `approved`, so whichever comes first wins and the other gets 409.
 */
import { ConflictError, GoneError, NotFoundError } from '../../../shared/errors';
import type { Nomination } from '../../../shared/schemas';
import * as workflow from '../../../shared/workflow';
import type { PartnerAnswer, PartnerView } from '../../../shared/workflow';
import type { Deps } from '../deps';
import { getFaculty, getPartner, getUniversity } from '../db/directory';
import { getLink, type LinkRecord } from '../db/links';
import { getSubmission, saveTransition, subjectOf, VersionConflictError } from '../db/submissions';
import { sha256Hex, tokenHash } from '../links';
import { answerThroughLink } from './link-answers';
import * as signing from './partner-signing';
import { releaseRoom, titlesFor } from './submissions';

type PartnerLink = LinkRecord & { purpose: 'partner'; entityId: string; name: string };

/** Word for word the approver's answer to an unknown link: a partner's link reveals no more. */
const INVALID = () => new NotFoundError('This link is not valid. Open the newest email about this item, or ask for a fresh link.', 'link_invalid');

async function findPartnerLink(deps: Deps, token: string): Promise<PartnerLink> {
  const link = await getLink(deps.db, tokenHash(token));
  if (!link || link.purpose !== 'partner' || !link.entityId || link.kind === 'memorandum') throw INVALID();
  return link as PartnerLink;
}

function assertLive(link: PartnerLink, now: string): void {
  if (link.voidedAt) throw new GoneError('link_replaced', 'A newer link was sent for this nomination; use the newest email.');
  if (link.expiresAt <= now) throw new GoneError('link_expired', 'This link has expired. A reminder brings a fresh one, or write to the international office.');
}

function usedAnswer(link: PartnerLink): ConflictError {
  return new ConflictError('already_decided', 'This link has already been used', { decidedBy: link.email, decidedByName: link.name, decision: link.decision, at: link.usedAt });
}

async function nominationOf(deps: Deps, link: PartnerLink): Promise<Nomination> {
  const n = await getSubmission(deps.db, 'nomination', link.entityId);
  if (!n || n.kind !== 'nomination') throw INVALID();
  return n;
}

async function viewOf(deps: Deps, n: Nomination): Promise<PartnerView> {
  const [university, partner, agreement, faculty] = await Promise.all([
    getUniversity(deps.db),
    getPartner(deps.db, n.content.partnerId),
    getSubmission(deps.db, 'memorandum', n.content.agreementId),
    getFaculty(deps.db, n.content.nominee.faculty),
  ]);
  return workflow.partnerViewOf(n, { university: university?.name ?? '', partner: partner?.name ?? '', agreement: agreement?.reference, faculty: faculty?.name });
}

const hashOf = (view: PartnerView): string => sha256Hex(workflow.partnerViewText(view));

export type PartnerPreview = {
  kind: 'nomination';
  reference: string;
  status: string;
  nomination: PartnerView;
  contact: { email: string; name: string };
  snapshotHash: string;
  choices: PartnerAnswer[];
  /** Present when this link can no longer answer: what became of the nomination, and when. */
  closed?: Record<string, unknown>;
  expiresAt: string;
};

/** Read-only: shows what the coordinator is asked to answer, and changes nothing (mail scanners open links too). */
export async function preview(deps: Deps, token: string): Promise<PartnerPreview> {
  const link = await findPartnerLink(deps, token);
  const n = await nominationOf(deps, link);
  assertLive(link, deps.clock().toISOString());
  const view = await viewOf(deps, n);
  const open = !link.usedAt && n.status === 'approved';
  return {
    kind: 'nomination',
    reference: n.reference,
    status: n.status,
    nomination: view,
    contact: { email: link.email, name: link.name },
    snapshotHash: hashOf(view),
    choices: open ? ['accept', 'decline'] : [],
    ...(open ? {} : { closed: link.usedAt ? { decidedBy: link.email, decidedByName: link.name, decision: link.decision, at: link.usedAt, status: n.status } : workflow.partnerAnswerState(n) }),
    expiresAt: link.expiresAt,
  };
}

/**
 * A partner link's preview, whichever it is: a memorandum's text for its signatory
 * (services/partner-signing.ts), else a nomination for the partner's coordinator.
 */
export async function previewAny(deps: Deps, token: string): Promise<PartnerPreview | signing.SignatoryPreview> {
  const link = await getLink(deps.db, tokenHash(token));
  return link && signing.isSignatoryLink(link) ? signing.preview(deps, token) : preview(deps, token);
}

export type PartnerAnswerRequest = { token: string; answer: PartnerAnswer; reason?: string; snapshotHash: string; idempotencyKey?: string };

export type PartnerAnswerResult = { status: string; reference: string; answer: PartnerAnswer; decidedBy: string; at: string; snapshotHash: string };

export async function answer(deps: Deps, req: PartnerAnswerRequest): Promise<PartnerAnswerResult> {
  // The office recorded the answer first: look again, and the next try answers what happened (409 with the recorded answer).
  return answerThroughLink<PartnerAnswerResult>({ attempts: 12, alsoRetry: (error) => error instanceof VersionConflictError }, async () => {
    const now = deps.clock().toISOString();
    const link = await findPartnerLink(deps, req.token);
    if (link.usedAt) {
      // A retry of the very same request (same Idempotency-Key) gets the very same answer.
      if (req.idempotencyKey && link.idempotencyKey === req.idempotencyKey && link.decision === req.answer && link.answer) return { answered: link.answer as PartnerAnswerResult };
      throw usedAnswer(link);
    }
    const current = await nominationOf(deps, link);
    assertLive(link, now);
    const moved = workflow.answerByLink(current, {
      contact: { email: link.email, name: link.name },
      answer: req.answer,
      reason: req.reason,
      shownSnapshotHash: req.snapshotHash,
      currentSnapshotHash: hashOf(await viewOf(deps, current)),
      now,
    });
    // A decline gives the student's room back too, as the office's recording of it does (submissions.ts saveMove).
    const released = await releaseRoom(deps, { ...moved.entity, updatedAt: now } as Nomination, { email: link.email, name: link.name }, now);
    const saved = released.entity;
    const result: PartnerAnswerResult = { status: saved.status, reference: saved.reference, answer: req.answer, decidedBy: link.email, at: now, snapshotHash: req.snapshotHash };
    const returned = 'placeReturned' in moved.event ? moved.event.placeReturned : undefined;
    return {
      busy: () => new ConflictError('busy', 'Many answers are being recorded at this moment; press the button again', workflow.partnerAnswerState(current)),
      write: async () => {
        await saveTransition(deps.db, {
          entity: saved,
          expectedVersion: current.version,
          event: moved.event,
          subject: subjectOf(saved, await titlesFor(deps, saved)),
          link: { hash: link.hash, now, decision: req.answer, idempotencyKey: req.idempotencyKey, answer: result },
          // A decline gives the nomination's place back to its agreement, in the same transaction.
          ledger: returned ? [{ kind: 'return', place: returned }] : [],
          rooms: released.rooms,
          more: released.events,
          operation: 'PartnerAnswer',
        });
        deps.log.info('partner answered', { reference: saved.reference, answer: req.answer });
        return result;
      },
    };
  });
}

/**
 * The partner's coordinator to ask, with a nomination's final approval: the partner's first
 * contact whose role names a coordinator and who has an email. None: the office records the
 * answer by hand, as before.
 */
export async function partnerRequestFor(deps: Deps, n: Nomination, now: string): Promise<workflow.PartnerRequest | undefined> {
  const partner = await getPartner(deps.db, n.content.partnerId);
  const contact = workflow.partnerCoordinatorOf(partner?.contacts);
  return contact ? workflow.askPartner(contact, now, deps.config.reminderEveryDays) : undefined;
}
