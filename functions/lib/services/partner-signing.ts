/**
 * What the partner's signatory's link can do, and the office's sending of it. The link is a partner
 * link (purpose `partner`, kind `memorandum`; functions/lib/links.ts, db/links.ts): opaque, hashed
 * at rest, expiring, previews change nothing, one answer. A link of an earlier sending (round) is
 * dead (410 `link_replaced`), whether or not it was used. After the text is approved, the same link
 * (of the current round, not expired) uploads the signed copy once: the partner's signature is
 * recorded from it, in the agreement's transition conditional on its version.
 */
import { ConflictError, ForbiddenError, GoneError, NotFoundError, ValidationError } from '../../../shared/errors';
import type { Agreement, Person } from '../../../shared/schemas';
import type { AttachedDocument } from '../../../shared/schemas/document';
import type { MemorandumInput } from '../../../shared/schemas/agreement';
import { textLanguageOf } from '../../../shared/schemas/memorandum-text';
import * as workflow from '../../../shared/workflow';
import type { ApiDeps, Deps } from '../deps';
import { getPartner, getUniversity } from '../db/directory';
import { getDocument, putPendingDocument } from '../db/documents';
import { getLink, type LinkRecord } from '../db/links';
import { getSubmission, saveTransition, subjectOf, VersionConflictError } from '../db/submissions';
import { tokenHash } from '../links';
import { presignUpload, type PresignedUpload } from '../storage/s3';
import { snapshotHashOf } from './approvals';
import { activityFor } from './agreements';
import { newDocumentId, settleUpload } from './documents';
import { isOffice } from './identity';
import { answerThroughLink } from './link-answers';
import { factsOf, type MemorandumToWrite } from './memorandum-text';
import { actorOf, getVisible, titlesFor, withFreshState } from './submissions';

export type SignatoryLink = LinkRecord & { purpose: 'partner'; kind: 'memorandum'; entityId: string; round: number; name: string };

/** Word for word the approver's answer to an unknown link. */
const INVALID = () => new NotFoundError('This link is not valid. Open the newest email about this item, or ask for a fresh link.', 'link_invalid');

export function isSignatoryLink(link: LinkRecord): link is SignatoryLink {
  return link.purpose === 'partner' && link.kind === 'memorandum' && Boolean(link.entityId) && typeof link.round === 'number';
}

async function findLink(deps: Deps, token: string): Promise<SignatoryLink> {
  const link = await getLink(deps.db, tokenHash(token));
  if (!link || !isSignatoryLink(link)) throw INVALID();
  return link;
}

async function agreementOf(deps: Deps, link: SignatoryLink): Promise<Agreement> {
  const a = await getSubmission(deps.db, 'memorandum', link.entityId);
  if (!a || a.kind !== 'memorandum') throw INVALID();
  return a;
}

/**
 * A link of an earlier sending is dead, used or not (its text was answered or replaced); a link
 * replaced by a reminder's fresh one, or past its time, is too: the same 410s as an approver's.
 */
function assertLive(link: SignatoryLink, a: Agreement, now: string): void {
  if (link.voidedAt || (a.partnerSigning && a.partnerSigning.round !== link.round)) {
    throw new GoneError('link_replaced', 'A newer text of this memorandum was sent; use the newest email.');
  }
  if (link.expiresAt <= now) throw new GoneError('link_expired', 'This link has expired. A reminder brings a fresh one, or write to the international office.');
}

function usedAnswer(link: SignatoryLink): ConflictError {
  return new ConflictError('already_decided', 'This link has already been used', { decidedBy: link.email, decidedByName: link.name, decision: link.decision, at: link.usedAt });
}

/** The text the signatory is shown: the memorandum's content as sent, with the names it needs. */
export type SignatoryView = { reference: string; university: string; partner: { name: string; country?: string }; content: MemorandumInput; contentVersion?: number };

export type SignatoryPreview = {
  kind: 'memorandum';
  reference: string;
  status: string;
  memorandum: SignatoryView;
  contact: { email: string; name: string };
  snapshotHash: string;
  choices: workflow.SignatoryAnswer[];
  /** The text approved through this link (or before): the signed copy can be uploaded. */
  signing: { state: workflow.SigningState; approval?: workflow.PartnerApproval; changesRequested?: { comment: string; at: string }; signedCopy?: { fileName: string; at: string }; canUpload: boolean };
  closed?: Record<string, unknown>;
  expiresAt: string;
};

/** Read-only: shows the exact text and its hash, and changes nothing (mail scanners open links too). */
export async function preview(deps: Deps, token: string): Promise<SignatoryPreview> {
  const link = await findLink(deps, token);
  const a = await agreementOf(deps, link);
  assertLive(link, a, deps.clock().toISOString());
  const [university, partner] = await Promise.all([getUniversity(deps.db), getPartner(deps.db, a.content.partnerId)]);
  const s = a.partnerSigning;
  const current = snapshotHashOf(a);
  // The office changed the text after sending it: this link shows nothing to approve until it sends the new one.
  const textChanged = s !== undefined && current !== s.snapshotHash;
  const open = !link.usedAt && s?.state === 'awaiting' && a.status === 'approved' && !a.signatures?.partner && !textChanged;
  return {
    kind: 'memorandum',
    reference: a.reference,
    status: a.status,
    memorandum: {
      reference: a.reference,
      university: university?.name ?? '',
      partner: { name: partner?.name ?? '', ...(partner?.country ? { country: partner.country } : {}) },
      content: a.content,
      ...(a.contentVersion ? { contentVersion: a.contentVersion } : {}),
    },
    contact: { email: link.email, name: link.name },
    snapshotHash: s?.snapshotHash ?? current,
    choices: open ? ['approve', 'request_changes'] : [],
    signing: {
      state: s?.state ?? 'awaiting',
      ...(s?.approval ? { approval: s.approval } : {}),
      ...(s?.changesRequested ? { changesRequested: { comment: s.changesRequested.comment, at: s.changesRequested.at } } : {}),
      ...(s?.signedCopy ? { signedCopy: { fileName: s.signedCopy.fileName, at: s.signedCopy.at } } : {}),
      canUpload: mayUpload(link, a),
    },
    ...(open ? {} : { closed: textChanged && !link.usedAt ? { ...workflow.signingState(a), textChanged: true } : link.usedAt ? { decidedBy: link.email, decidedByName: link.name, decision: link.decision, at: link.usedAt, status: a.status } : workflow.signingState(a) }),
    expiresAt: link.expiresAt,
  };
}

/** The same link uploads the signed copy once its text is approved, while the partner's signature is not on record. */
function mayUpload(link: SignatoryLink, a: Agreement): boolean {
  return a.status === 'approved' && a.partnerSigning?.state === 'approved' && a.partnerSigning.round === link.round && !a.signatures?.partner;
}

export type SignatoryAnswerRequest = { token: string; answer: workflow.SignatoryAnswer; name?: string; position?: string; comment?: string; snapshotHash: string; idempotencyKey?: string };
export type SignatoryAnswerResult = { status: string; reference: string; answer: workflow.SignatoryAnswer; decidedBy: string; at: string; snapshotHash: string; receipt?: workflow.PartnerApproval };

/** One answer per link: spend it, move the agreement (conditional on its version), put the event — one transaction. */
export async function answer(deps: Deps, req: SignatoryAnswerRequest): Promise<SignatoryAnswerResult> {
  // The office moved the agreement first: look again, and the next try answers what happened (409 with the current state).
  return answerThroughLink<SignatoryAnswerResult>({ attempts: 12, alsoRetry: (error) => error instanceof VersionConflictError }, async () => {
    const now = deps.clock().toISOString();
    const link = await findLink(deps, req.token);
    const current = await agreementOf(deps, link);
    if (link.usedAt) {
      if (current.partnerSigning && current.partnerSigning.round !== link.round) assertLive(link, current, now);
      // A retry of the very same request (same Idempotency-Key) gets the very same answer.
      if (req.idempotencyKey && link.idempotencyKey === req.idempotencyKey && link.decision === req.answer && link.answer) return { answered: link.answer as SignatoryAnswerResult };
      throw usedAnswer(link);
    }
    assertLive(link, current, now);
    // The office changed the text since sending it: what was shown is no longer the memorandum.
    if (snapshotHashOf(current) !== current.partnerSigning?.snapshotHash) {
      throw new ConflictError('snapshot_changed', 'The text changed since it was sent; wait for the newest email', workflow.signingState(current));
    }
    const moved = workflow.answerAsSignatory(current, {
      round: link.round,
      contact: { email: link.email, name: link.name },
      answer: req.answer,
      name: req.name,
      position: req.position,
      comment: req.comment,
      shownSnapshotHash: req.snapshotHash,
      now,
    });
    const saved = { ...moved.entity, updatedAt: now } as Agreement;
    const receipt = saved.partnerSigning?.approval;
    const result: SignatoryAnswerResult = {
      status: saved.status,
      reference: saved.reference,
      answer: req.answer,
      decidedBy: link.email,
      at: now,
      snapshotHash: req.snapshotHash,
      ...(req.answer === 'approve' && receipt ? { receipt } : {}),
    };
    return {
      busy: () => new ConflictError('busy', 'Many answers are being recorded at this moment; press the button again', workflow.signingState(current)),
      write: async () => {
        await saveTransition(deps.db, {
          entity: saved,
          expectedVersion: current.version,
          event: moved.event,
          subject: subjectOf(saved, await titlesFor(deps, saved)),
          link: { hash: link.hash, now, decision: req.answer, idempotencyKey: req.idempotencyKey, answer: result },
          operation: 'SignatoryAnswer',
        });
        deps.log.info('partner signatory answered', { reference: saved.reference, answer: req.answer });
        return result;
      },
    };
  });
}

/** The memorandum's facts for its text, through the link: only while it is live, and only the text it was sent with. */
export async function textFacts(deps: Deps, token: string): Promise<MemorandumToWrite> {
  const link = await findLink(deps, token);
  const a = await agreementOf(deps, link);
  assertLive(link, a, deps.clock().toISOString());
  const facts = await factsOf(deps, a);
  if (a.partnerSigning && facts.hash !== a.partnerSigning.snapshotHash) {
    throw new ConflictError('snapshot_changed', 'The text changed since it was sent; wait for the newest email', workflow.signingState(a));
  }
  // The pair the office chose for the agreement, whatever language the partner reads the page in: the partner signs that text.
  return { facts, pair: textLanguageOf(a.content) };
}

function requireUpload(link: SignatoryLink, a: Agreement): void {
  if (a.signatures?.partner) throw new ConflictError('already_signed', 'The partner’s signature is already recorded', workflow.signingState(a));
  if (!mayUpload(link, a)) throw new ConflictError('not_approved', 'Approve the text first; then upload the copy you signed', workflow.signingState(a));
}

/** Declares the signed copy (a document `signed` of the agreement, as the office's) and gives the URL to upload it to. */
export async function requestSignedCopy(
  deps: ApiDeps,
  req: { token: string; fileName: string; contentType: AttachedDocument['contentType']; size: number },
): Promise<{ document: AttachedDocument; upload: PresignedUpload }> {
  const link = await findLink(deps, req.token);
  const a = await agreementOf(deps, link);
  const now = deps.clock();
  assertLive(link, a, now.toISOString());
  requireUpload(link, a);
  const record = await putPendingDocument(deps.db, {
    id: newDocumentId(now),
    entity: { kind: 'memorandum', id: a.id },
    kind: 'signed',
    fileName: req.fileName,
    contentType: req.contentType,
    size: req.size,
    uploadedBy: { email: link.email, name: link.name },
    createdAt: now.toISOString(),
  });
  const upload = await presignUpload(deps.storage, { key: record.objectKey, contentType: req.contentType, size: req.size, now });
  deps.log.info('signed copy upload issued', { reference: a.reference, documentId: record.document.id, size: req.size });
  return { document: record.document, upload };
}

export type SignedCopyResult = { status: string; reference: string; signature: { date: string; signatoryName: string; signatoryPosition: string }; activated: boolean; document: AttachedDocument };

/**
 * The upload done: the file is checked as any document's, then the partner's signature recorded
 * from it. Repeating it after success answers the same (the signature names this document).
 */
export async function completeSignedCopy(
  deps: ApiDeps,
  req: { token: string; documentId: string; date: string; signatoryName: string; signatoryPosition: string },
): Promise<SignedCopyResult> {
  const link = await findLink(deps, req.token);
  const first = await agreementOf(deps, link);
  assertLive(link, first, deps.clock().toISOString());
  const record = await getDocument(deps.db, 'memorandum', first.id, req.documentId);
  // Only a document this link declared: anyone else's is the 404 of an unknown one.
  if (!record || record.document.uploadedBy.email !== link.email || record.document.kind !== 'signed') throw new NotFoundError('No such document of this link');
  const document = await settleUpload(deps, { kind: 'memorandum', id: first.id }, record);
  return withFreshState(async () => {
    const current = await agreementOf(deps, link);
    const done = current.partnerSigning?.signedCopy;
    if (done?.documentId === document.id && current.signatures?.partner) {
      const s = current.signatures.partner;
      return { status: current.status, reference: current.reference, signature: { date: s.date, signatoryName: s.signatoryName, signatoryPosition: s.signatoryPosition }, activated: current.status === 'active', document };
    }
    requireUpload(link, current);
    const now = deps.clock().toISOString();
    const moved = workflow.recordSignedCopy(current, {
      round: link.round,
      contact: { email: link.email, name: link.name },
      document: { id: document.id, fileName: document.fileName },
      date: req.date,
      signatoryName: req.signatoryName,
      signatoryPosition: req.signatoryPosition,
      now,
    });
    const saved = { ...moved.entity, updatedAt: now } as Agreement;
    await saveTransition(deps.db, { entity: saved, expectedVersion: current.version, event: moved.event, subject: subjectOf(saved, await titlesFor(deps, saved)), activity: activityFor(saved.id, moved.event) });
    const s = saved.signatures!.partner!;
    deps.log.info('partner signed copy recorded', { reference: saved.reference, activated: saved.status === 'active' });
    return { status: saved.status, reference: saved.reference, signature: { date: s.date, signatoryName: s.signatoryName, signatoryPosition: s.signatoryPosition }, activated: saved.status === 'active', document };
  });
}

/** The partner's signatory, to send an approved memorandum to by itself: the partner's contact whose role names one. */
export async function signatoryFor(deps: Deps, a: Agreement): Promise<workflow.PartnerAsked | undefined> {
  const partner = await getPartner(deps.db, a.content.partnerId);
  return workflow.signatoryOf(partner?.contacts);
}

/**
 * With a memorandum's final approval: where the partner has a signatory with an email, the text
 * goes to them with the very approval event (the notifier mints the link of round 1).
 */
export async function signingOnApproval(deps: Deps, approved: Agreement, now: string): Promise<workflow.PartnerSigning | undefined> {
  if (approved.amends) return undefined;
  const contact = await signatoryFor(deps, approved);
  if (!contact) return undefined;
  const moved = workflow.sendToSignatory(approved, { actor: approved.submitter, contact, snapshotHash: snapshotHashOf(approved), now, everyDays: deps.config.reminderEveryDays });
  return moved.entity.partnerSigning;
}

/**
 * The office's "send to the partner's signatory" (first time, or again after changing the text):
 * a new round whose email carries a new link; the link of the last round is dead from now.
 */
export async function sendToSignatory(deps: Deps, id: string, person: Person, body: { contact?: workflow.PartnerAsked }): Promise<Agreement> {
  if (!isOffice(person)) throw new ForbiddenError('Only the international office sends the memorandum to the partner');
  return withFreshState(async () => {
    const current = (await getVisible(deps, 'memorandum', id, person)) as Agreement;
    const contact = body.contact ?? current.partnerSigning?.contact ?? (await signatoryFor(deps, current));
    if (!contact) {
      throw new ValidationError('The partner has no signatory with an email', [{ path: 'contact', message: 'Add a contact whose role is “Signatory” to the partner, or name one here' }]);
    }
    const now = deps.clock().toISOString();
    const moved = workflow.sendToSignatory(current, { actor: actorOf(person), contact, snapshotHash: snapshotHashOf(current), now, everyDays: deps.config.reminderEveryDays });
    const saved = { ...moved.entity, updatedAt: now };
    await saveTransition(deps.db, { entity: saved, expectedVersion: current.version, event: moved.event, subject: subjectOf(saved, await titlesFor(deps, saved)) });
    deps.log.info('sent to the partner signatory', { reference: saved.reference, round: saved.partnerSigning?.round });
    return saved;
  });
}
