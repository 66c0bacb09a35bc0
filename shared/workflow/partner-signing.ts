/**
 * The partner's signatory and an approved memorandum, pure: who is asked, the sending (and each
 * re-sending, a new round whose link replaces the last), their approval of the exact text (a
 * receipt with its hash, name, position and time) or their request for changes (which hands the
 * memorandum back to the office with the comment), the signed copy they upload, and the reminders
 * while they are silent. The agreement's status stays `approved` throughout: signing is a part of
 * `approved`, and `partnerSigning.state` says where it stands. Only the signed copy moves the
 * agreement on, through the same signature rule as the office's (agreement-life.ts `sign`).
 */
import { ConflictError, ValidationError } from '../errors';
import type { Agreement } from '../schemas/entities';
import type { PartnerContact } from '../schemas/partner';
import { sign } from './agreement-life';
import { addDays } from './engine';
import type { PartnerAsked } from './partner-answer';
import type { Actor, Moved } from './types';

/** Where the signing stands: waiting for an answer, handed back with a comment, the text approved, the copy signed. */
export type SigningState = 'awaiting' | 'changes_requested' | 'approved' | 'signed';

/** The signatory's receipt: who approved which text (its SHA-256), as what, and when. */
export type PartnerApproval = { email: string; name: string; position: string; at: string; snapshotHash: string; contentVersion?: number };

export type PartnerSigning = {
  /** Each sending is a round; a link of an earlier round is dead (`link_replaced`). */
  round: number;
  state: SigningState;
  contact: PartnerAsked;
  sentAt: string;
  /** The hash of the text sent: what the preview shows and what an approval must match. */
  snapshotHash: string;
  contentVersion?: number;
  reminders: number;
  nextReminderAt?: string;
  escalatedAt?: string;
  changesRequested?: { comment: string; by: Actor; at: string; snapshotHash: string };
  approval?: PartnerApproval;
  signedCopy?: { documentId: string; fileName: string; at: string };
};

export type SignatoryAnswer = 'approve' | 'request_changes';

/** "Signatory" in the words the office writes a contact's role in (English, Russian, Uzbek). */
const SIGNATORY = /signator|подписант|подписыва|imzolovchi|imzo chek/i;

/** The partner's signatory: the first contact with an email whose role names one. None: the office sends nothing by itself. */
export function signatoryOf(contacts: readonly PartnerContact[] | undefined): PartnerAsked | undefined {
  const found = contacts?.find((c) => c.email && c.role && SIGNATORY.test(c.role));
  return found ? { email: found.email, name: found.name, ...(found.language ? { language: found.language } : {}) } : undefined;
}

/** The signing as a link's 409 and the office's page state it. */
export function signingState(a: Agreement): Record<string, unknown> {
  const s = a.partnerSigning;
  return {
    status: a.status,
    ...(s ? { signing: s.state, round: s.round } : {}),
    ...(s?.approval ? { approvedBy: s.approval.name, at: s.approval.at } : {}),
    ...(s?.changesRequested ? { comment: s.changesRequested.comment, at: s.changesRequested.at } : {}),
    ...(a.signatures?.partner ? { partnerSignedOn: a.signatures.partner.date } : {}),
  };
}

/**
 * Sends (or sends again) the approved memorandum to the partner's signatory: a new round, whose
 * link the notifier mints with this event. After a request for changes the text must have changed
 * first: the signatory asked for something, and the same text again answers nothing.
 */
export function sendToSignatory(
  a: Agreement,
  cmd: { actor: Actor; contact: PartnerAsked; snapshotHash: string; now: string; everyDays: number },
): Moved<Agreement> {
  if (a.status !== 'approved') throw new ConflictError('wrong_status', `This agreement is ${a.status}; the text goes to the partner’s signatory once approved, before it is in force`, signingState(a));
  if (a.amends) throw new ConflictError('is_amendment', 'An amendment is sent as the agreement it amends', signingState(a));
  if (a.signatures?.partner) throw new ConflictError('already_signed', 'The partner’s signature is already recorded', signingState(a));
  // Ending it and asking the partner to sign it contradict each other.
  if (a.termination) throw new ConflictError('terminating', `A termination taking effect on ${a.termination.effectiveDate} is recorded; an agreement being ended is not sent for signing`, signingState(a));
  const last = a.partnerSigning;
  if (last?.state === 'approved' && last.snapshotHash === cmd.snapshotHash) {
    throw new ConflictError('already_approved', 'The partner’s signatory has already approved this very text', signingState(a));
  }
  if (last?.state === 'changes_requested' && last.changesRequested?.snapshotHash === cmd.snapshotHash) {
    throw new ConflictError('not_edited', 'The partner asked for changes: change the memorandum before sending it again', signingState(a));
  }
  const round = (last?.round ?? 0) + 1;
  const contact: Actor = { email: cmd.contact.email, name: cmd.contact.name };
  const signing: PartnerSigning = {
    round,
    state: 'awaiting',
    contact: cmd.contact,
    sentAt: cmd.now,
    snapshotHash: cmd.snapshotHash,
    ...(a.contentVersion ? { contentVersion: a.contentVersion } : {}),
    reminders: 0,
    nextReminderAt: addDays(cmd.now, cmd.everyDays),
    // The last request for changes stays on record next to the new round, until it is answered.
    ...(last?.changesRequested ? { changesRequested: last.changesRequested } : {}),
  };
  return {
    entity: { ...a, version: a.version + 1, partnerSigning: signing },
    event: { type: 'signatory_asked', at: cmd.now, actor: { email: cmd.actor.email, name: cmd.actor.name }, round, contact, snapshotHash: cmd.snapshotHash, ...(a.contentVersion ? { contentVersion: a.contentVersion } : {}) },
  };
}

/**
 * The signatory answers through the link of `round`: approves the exact text they were shown (name
 * and position; their receipt) or asks for changes (a comment), which hands the memorandum back.
 */
export function answerAsSignatory(
  a: Agreement,
  cmd: { round: number; contact: Actor; answer: SignatoryAnswer; name?: string; position?: string; comment?: string; shownSnapshotHash: string; now: string },
): Moved<Agreement> {
  const s = a.partnerSigning;
  if (!s || s.round !== cmd.round) throw new ConflictError('link_replaced', 'A newer text was sent; use the newest email', signingState(a));
  if (a.signatures?.partner || s.state !== 'awaiting' || a.status !== 'approved') {
    throw new ConflictError('already_answered', 'This memorandum is no longer waiting for your answer', signingState(a));
  }
  const by: Actor = { email: cmd.contact.email, name: cmd.contact.name };
  const { nextReminderAt: _stop, ...rest } = s;
  if (cmd.answer === 'request_changes') {
    const comment = cmd.comment?.trim();
    if (!comment) throw new ValidationError('Say what should change', [{ path: 'comment', message: 'Write what should change in the text' }]);
    if (cmd.shownSnapshotHash !== s.snapshotHash) throw textChanged(a);
    const changesRequested = { comment, by, at: cmd.now, snapshotHash: s.snapshotHash };
    return {
      entity: { ...a, version: a.version + 1, partnerSigning: { ...rest, state: 'changes_requested', changesRequested } },
      event: { type: 'signatory_answered', at: cmd.now, actor: by, round: s.round, answer: 'request_changes', comment, snapshotHash: s.snapshotHash },
    };
  }
  const name = cmd.name?.trim();
  const position = cmd.position?.trim();
  const missing = [...(name ? [] : [{ path: 'name', message: 'Write your name' }]), ...(position ? [] : [{ path: 'position', message: 'Write your position' }])];
  if (missing.length > 0) throw new ValidationError('An approval needs your name and position', missing);
  if (cmd.shownSnapshotHash !== s.snapshotHash) throw textChanged(a);
  const approval: PartnerApproval = { email: by.email, name: name!, position: position!, at: cmd.now, snapshotHash: s.snapshotHash, ...(s.contentVersion ? { contentVersion: s.contentVersion } : {}) };
  const { changesRequested: _answered, ...kept } = rest;
  return {
    entity: { ...a, version: a.version + 1, partnerSigning: { ...kept, state: 'approved', approval } },
    event: { type: 'signatory_answered', at: cmd.now, actor: by, round: s.round, answer: 'approve', approval, snapshotHash: s.snapshotHash },
  };
}

function textChanged(a: Agreement): ConflictError {
  return new ConflictError('snapshot_changed', 'The text changed since you opened it; reload and read it again', { ...signingState(a), snapshotHash: a.partnerSigning?.snapshotHash });
}

/**
 * The signed copy, uploaded through the link of the round whose text was approved: the partner's
 * signature is recorded from it (date, signatory), as if the office had typed it, and with the
 * home signature already there (and the start date come) the agreement is in force.
 */
export function recordSignedCopy(
  a: Agreement,
  cmd: { round: number; contact: Actor; document: { id: string; fileName: string }; date: string; signatoryName: string; signatoryPosition: string; now: string },
): Moved<Agreement> {
  const s = a.partnerSigning;
  if (!s || s.round !== cmd.round) throw new ConflictError('link_replaced', 'A newer text was sent; use the newest email', signingState(a));
  if (a.signatures?.partner) throw new ConflictError('already_signed', 'The partner’s signature is already recorded', signingState(a));
  if (s.state !== 'approved') throw new ConflictError('not_approved', 'Approve the text first; then upload the copy you signed', signingState(a));
  const by: Actor = { email: cmd.contact.email, name: cmd.contact.name };
  const signed = sign(a, { actor: by, recordedBy: by, party: 'partner', date: cmd.date, signatoryName: cmd.signatoryName.trim(), signatoryPosition: cmd.signatoryPosition.trim(), now: cmd.now });
  const signedCopy = { documentId: cmd.document.id, fileName: cmd.document.fileName, at: cmd.now };
  const event = signed.event.type === 'signed' ? { ...signed.event, viaLink: true as const, documentId: cmd.document.id } : signed.event;
  return { entity: { ...signed.entity, partnerSigning: { ...s, state: 'signed', signedCopy } }, event };
}

/**
 * The scheduler's command for a memorandum waiting on the partner's signatory: a reminder with a
 * fresh link every `everyDays`; after `escalateAfter` of them the office is told once, and the
 * reminders stop. Null when nothing is due.
 */
export function remindSignatory(a: Agreement, cmd: { now: string; everyDays: number; escalateAfter: number }): Moved<Agreement> | null {
  const s = a.partnerSigning;
  if (a.status !== 'approved' || s?.state !== 'awaiting' || !s.nextReminderAt || s.nextReminderAt > cmd.now) return null;
  const escalate = s.reminders >= cmd.escalateAfter;
  const { nextReminderAt: _next, ...kept } = s;
  const next: PartnerSigning = escalate ? { ...kept, escalatedAt: cmd.now } : { ...kept, reminders: s.reminders + 1, nextReminderAt: addDays(cmd.now, cmd.everyDays) };
  const contact = { email: s.contact.email, name: s.contact.name };
  return {
    entity: { ...a, version: a.version + 1, partnerSigning: next },
    event: escalate ? { type: 'signatory_unanswered', at: cmd.now, contact, reminders: s.reminders } : { type: 'signatory_reminded', at: cmd.now, contact, round: s.round, count: next.reminders },
  };
}
