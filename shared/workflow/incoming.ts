/**
 * An incoming student, pure: where their home institution's contacts may be given, what is
 * wrong (refused) or worth a look (a warning) in the invitation letter's data, the arrival, and
 * when the person's data is deleted. The clock is always an input.
 */
import { ConflictError, ForbiddenError, ValidationError, type FieldError } from '../errors';
import type { Nomination } from '../schemas/entities';
import type { InvitationData, Warning } from '../schemas/incoming';
import type { NominationInput } from '../schemas/nomination';
import { plannedDates } from './mobility-dates';
import type { Actor, Moved } from './types';

/** An outgoing nomination has no home institution abroad to name: its contacts are the partner's, in the registry. */
export function incomingProblems(c: Partial<Pick<NominationInput, 'direction' | 'incoming'>>): { path: string; message: string }[] {
  if (c.incoming !== undefined && c.direction !== 'incoming') return [{ path: 'incoming', message: 'Only an incoming nomination names its home institution’s contacts' }];
  return [];
}

/**
 * What an incoming nomination does not ask: the motivation. The sending university chose its
 * student and says why in its own nomination; ours records whom we receive. An outgoing one needs it.
 */
export function motivationProblems(c: { direction?: string; motivation?: string }): { path: string; message: string }[] {
  if (c.direction !== 'incoming' && !c.motivation?.trim()) return [{ path: 'motivation', message: 'An outgoing nomination needs its motivation' }];
  return [];
}

/** Whether the nomination form asks this question for a nomination in this direction (the schema agrees: motivationProblems). */
export const askedFor = (field: 'motivation', direction: string): boolean => (field === 'motivation' ? direction !== 'incoming' : true);

const yearsBefore = (day: string, years: number) => `${String(Number(day.slice(0, 4)) - years).padStart(4, '0')}${day.slice(4)}`;

/** Refused: a birth date no student has (before 1900, or under 14 years before today). */
export function invitationProblems(d: InvitationData, today: string): FieldError[] {
  if (d.dateOfBirth < '1900-01-01' || d.dateOfBirth > yearsBefore(today, 14)) return [{ path: 'dateOfBirth', message: 'Not a plausible date of birth' }];
  return [];
}

/**
 * Worth the office's look, not a refusal: a passport that runs out before the planned end of the
 * stay (the visa is issued no longer than the passport) or has run out already. The student may
 * renew it before they travel, so the data is kept and the answer says so.
 */
export function passportWarnings(d: InvitationData, n: Pick<NominationInput, 'academicYear' | 'period' | 'plannedStartDate' | 'plannedEndDate'>, today: string): Warning[] {
  if (d.passportExpiry < today) return [{ path: 'passportExpiry', message: 'The passport has expired; a new one is needed for the visa' }];
  const end = plannedDates(n).end;
  if (d.passportExpiry < end) return [{ path: 'passportExpiry', message: `The passport expires before the planned end of the stay (${end}); the visa cannot outlast it` }];
  return [];
}

/** While the nomination can still change, its submitter may give the data; the office always may, until the mobility is over. */
const OPEN_FOR_SUBMITTER: Nomination['status'][] = ['draft', 'in_review', 'changes_requested'];
const CLOSED: Nomination['status'][] = ['rejected', 'withdrawn', 'declined_by_partner', 'completed'];

/** May this person give or correct the invitation data now? */
export function checkInvitationDataWritable(n: Nomination, who: { email: string; asOffice: boolean }): void {
  if (n.content.direction !== 'incoming') {
    throw new ConflictError('not_incoming', 'Only an incoming nomination has invitation data', { status: n.status, direction: n.content.direction, version: n.version });
  }
  if (!who.asOffice && who.email !== n.submitter.email) throw new ForbiddenError('Only the submitter or the international office gives the invitation data');
  if (CLOSED.includes(n.status) || (!who.asOffice && !OPEN_FOR_SUBMITTER.includes(n.status))) {
    throw new ConflictError('wrong_status', `This nomination is ${n.status}; its invitation data can no longer be changed here`, { status: n.status, version: n.version });
  }
}

/**
 * The person's data is read by whom the letter concerns: the international office (which writes
 * the letter) and the approvers of the nomination's chain (who decide on the person). Not the
 * submitter after sending it, not anyone else at the university.
 */
export function mayReadInvitationData(n: Nomination, who: { email: string; asOffice: boolean }): boolean {
  if (who.asOffice) return true;
  return (n.review?.steps ?? []).some((step) => step.approvers.some((a) => a.email === who.email));
}

/**
 * The student has arrived: the office records the day, on an approved (or partner-accepted)
 * incoming nomination, once. The nomination moves to `arrived` (issue 12): it keeps its place
 * and still ends in a completion; a partner's answer can no longer come (the student is here).
 */
export function recordArrival(n: Nomination, cmd: { actor: Actor; asOffice: boolean; arrivalDate: string; now: string }): Moved<Nomination> {
  if (!cmd.asOffice) throw new ForbiddenError('Only the international office records an arrival');
  const state = { status: n.status, version: n.version, ...(n.arrival ? { arrival: n.arrival } : {}) };
  if (n.content.direction !== 'incoming') throw new ConflictError('not_incoming', 'Only an incoming student arrives; this nomination is outgoing', { ...state, direction: n.content.direction });
  if (n.arrival) throw new ConflictError('already_arrived', `The arrival was recorded already (${n.arrival.date})`, state);
  if (n.status !== 'approved' && n.status !== 'accepted_by_partner') throw new ConflictError('wrong_status', `This nomination is ${n.status}; only an approved nomination’s student arrives`, state);
  const today = cmd.now.slice(0, 10);
  if (cmd.arrivalDate > today) throw new ValidationError('An arrival is recorded when it has happened', [{ path: 'arrivalDate', message: 'Must not be in the future' }]);
  const arrival = { date: cmd.arrivalDate, by: { email: cmd.actor.email, name: cmd.actor.name }, at: cmd.now };
  return {
    entity: { ...n, status: 'arrived', version: n.version + 1, arrival },
    event: { type: 'arrived', at: cmd.now, actor: arrival.by, arrivalDate: cmd.arrivalDate },
  };
}

/** How long the person's data is kept once the nomination is over. */
export const RETENTION = { afterCompletionYears: 2, afterRefusalDays: 90 } as const;

const addDays = (iso: string, days: number) => new Date(Date.parse(iso) + days * 86_400_000).toISOString().slice(0, 10);

/**
 * The day from which the invitation data is deleted, or undefined while it may still be needed:
 * two years after a completed mobility (the letter and the visa may be asked about in an audit),
 * 90 days after a rejection, withdrawal or the partner's decline (long enough for an appeal or a
 * resubmission to be sorted out, and no longer).
 */
export function invitationDataDeleteOn(n: Pick<Nomination, 'status' | 'updatedAt' | 'completion'>): string | undefined {
  if (n.status === 'completed') {
    const from = n.completion?.at ?? n.updatedAt;
    return `${Number(from.slice(0, 4)) + RETENTION.afterCompletionYears}${from.slice(4, 10)}`;
  }
  if (n.status === 'rejected' || n.status === 'withdrawn' || n.status === 'declined_by_partner') return addDays(n.updatedAt, RETENTION.afterRefusalDays);
  return undefined;
}
