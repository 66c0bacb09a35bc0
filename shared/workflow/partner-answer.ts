/**
 * The partner university's answer to an approved nomination, given through a link by the
 * partner's coordinator, pure: who is asked, what they are shown (and hash), their accept or
 * decline, and the reminders while they are silent. The office's manual recording
 * (mobility.ts `recordPartnerResponse`) stays; whichever comes first wins, because both move the
 * nomination out of `approved` and the other finds it no longer there.
 */
import { canonicalJson } from '../canonical';
import { ConflictError, ValidationError } from '../errors';
import type { Language } from '../schemas/common';
import type { Nomination } from '../schemas/entities';
import type { PartnerContact } from '../schemas/partner';
import { addDays } from './engine';
import type { Moved } from './types';

/** The partner's contact asked for the answer: their language when the office knows it (else the email is in English). */
export type PartnerAsked = { email: string; name: string; language?: Language };

/** Who was asked, when, and when the next reminder is due (absent once the office has been told of the silence). */
export type PartnerRequest = { contact: PartnerAsked; sentAt: string; reminders: number; nextReminderAt?: string; escalatedAt?: string };

/** "Coordinator" in the words the office writes a contact's role in (English, Russian, Uzbek, and the partners' own). */
const COORDINATOR = /coordinat|koordinat|координатор|координатар/i;

/**
 * The partner's coordinator: the first contact with an email whose role names a coordinator
 * (e.g. "Erasmus+ institutional coordinator"). None: the office records the answer by hand.
 */
export function partnerCoordinatorOf(contacts: readonly PartnerContact[] | undefined): PartnerAsked | undefined {
  const found = contacts?.find((c) => c.email && c.role && COORDINATOR.test(c.role));
  return found ? { email: found.email, name: found.name, ...(found.language ? { language: found.language } : {}) } : undefined;
}

/** Put on the nomination with its final approval: the first email goes with that event, the reminders after `everyDays`. */
export function askPartner(contact: PartnerAsked, now: string, everyDays: number): PartnerRequest {
  return { contact, sentAt: now, reminders: 0, nextReminderAt: addDays(now, everyDays) };
}

/**
 * What the partner's coordinator is shown, and all they are shown: the nominee's name, role and
 * level (never their email, motivation or documents), the mobility, its dates and the agreement.
 */
export type PartnerView = {
  reference: string;
  university: string;
  partner: { name: string };
  agreement?: { reference: string };
  nominee: { name: string; role: string; studyLevel: string; faculty?: string };
  mobility: {
    direction: string;
    programme: string;
    mobilityType: string;
    format?: string;
    academicYear: string;
    period: string;
    plannedStartDate?: string;
    plannedEndDate?: string;
    language: { code: string; level: string };
    subject?: string;
  };
};

export function partnerViewOf(n: Nomination, names: { university: string; partner: string; agreement?: string; faculty?: string }): PartnerView {
  const c = n.content;
  return {
    reference: n.reference,
    university: names.university,
    partner: { name: names.partner },
    ...(names.agreement ? { agreement: { reference: names.agreement } } : {}),
    nominee: { name: c.nominee.name, role: c.nominee.role, studyLevel: c.nominee.studyLevel, ...(names.faculty ? { faculty: names.faculty } : {}) },
    mobility: {
      direction: c.direction,
      programme: c.programme,
      mobilityType: c.mobilityType,
      ...(c.format ? { format: c.format } : {}),
      academicYear: c.academicYear,
      period: c.period,
      ...(c.plannedStartDate ? { plannedStartDate: c.plannedStartDate } : {}),
      ...(c.plannedEndDate ? { plannedEndDate: c.plannedEndDate } : {}),
      language: { code: c.language.code, level: c.language.level },
      ...(c.subject ? { subject: c.subject } : {}),
    },
  };
}

/** The text whose SHA-256 is the partner's receipt: exactly the view they were shown. */
export const partnerViewText = (view: PartnerView): string => canonicalJson(view);

/** The answer as a link's 409 states it: what became of the nomination, and when. */
export function partnerAnswerState(n: Nomination): Record<string, unknown> {
  const r = n.partnerResponse;
  return { status: n.status, ...(r ? { accepted: r.accepted, answeredBy: r.viaLink ? 'partner' : 'office', at: r.at } : {}) };
}

export type PartnerAnswer = 'accept' | 'decline';

/** The partner's coordinator answers through their link. A decline needs a reason and frees the place. */
export function answerByLink(
  n: Nomination,
  cmd: { contact: { email: string; name: string }; answer: PartnerAnswer; reason?: string; shownSnapshotHash: string; currentSnapshotHash: string; now: string },
): Moved<Nomination> {
  // Answered already (by the office from the partner's email, or through this link a moment ago), or no longer approved.
  if (n.status !== 'approved') throw new ConflictError('already_answered', 'This nomination is no longer waiting for your answer', partnerAnswerState(n));
  const accepted = cmd.answer === 'accept';
  const reason = cmd.reason?.trim() || undefined;
  if (!accepted && !reason) throw new ValidationError('A decline needs a reason', [{ path: 'reason', message: 'Give the reason for declining' }]);
  if (cmd.shownSnapshotHash !== cmd.currentSnapshotHash) {
    throw new ConflictError('snapshot_changed', 'The nomination changed since you opened it; reload and look again', { status: n.status, snapshotHash: cmd.currentSnapshotHash });
  }
  const by = { email: cmd.contact.email, name: cmd.contact.name };
  const { place, partnerRequest: _asked, ...rest } = n;
  const response = { accepted, ...(reason ? { reason } : {}), by, at: cmd.now, viaLink: true as const, snapshotHash: cmd.shownSnapshotHash };
  return {
    entity: { ...(accepted ? { ...rest, ...(place ? { place } : {}) } : rest), status: accepted ? 'accepted_by_partner' : 'declined_by_partner', version: n.version + 1, partnerResponse: response },
    event: {
      type: 'partner_responded',
      at: cmd.now,
      actor: by,
      accepted,
      ...(reason ? { reason } : {}),
      viaLink: true,
      snapshotHash: cmd.shownSnapshotHash,
      ...(!accepted && place ? { placeReturned: place } : {}),
    },
  };
}

/**
 * The scheduler's command for a nomination waiting on the partner: a reminder (with a fresh link)
 * every `everyDays`; after `escalateAfter` of them the office is told once, and the reminders stop
 * (the office then writes to the partner itself). Null when nothing is due.
 */
export function remindPartner(n: Nomination, cmd: { now: string; everyDays: number; escalateAfter: number }): Moved<Nomination> | null {
  const asked = n.partnerRequest;
  if (n.status !== 'approved' || !asked?.nextReminderAt || asked.nextReminderAt > cmd.now) return null;
  const escalate = asked.reminders >= cmd.escalateAfter;
  const { nextReminderAt: _next, ...kept } = asked;
  const next: PartnerRequest = escalate ? { ...kept, escalatedAt: cmd.now } : { ...kept, reminders: asked.reminders + 1, nextReminderAt: addDays(cmd.now, cmd.everyDays) };
  return {
    entity: { ...n, version: n.version + 1, partnerRequest: next },
    event: escalate
      ? { type: 'partner_unanswered', at: cmd.now, contact: { email: asked.contact.email, name: asked.contact.name }, reminders: asked.reminders }
      : { type: 'partner_reminded', at: cmd.now, contact: { email: asked.contact.email, name: asked.contact.name }, count: next.reminders },
  };
}
