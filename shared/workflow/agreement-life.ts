/**
 * An agreement after its approval chain, pure: signatures, coming into force, expiry reminders,
 * expiry, termination and renewal. Dates of agreements are calendar dates (`YYYY-MM-DD`); the
 * day an event happens is the UTC day of `now`. The watch (`watch`, `nextWatchAt`) is what the
 * scheduler runs for each agreement the `byDue` index says is due.
 */
import { ConflictError, ForbiddenError, ValidationError } from '../errors';
import type { Agreement } from '../schemas/entities';
import type { MemorandumInput } from '../schemas/agreement';
import type { Actor, Moved, Signature } from './types';

/** Days before the end at which the coordinator and the international office are reminded. */
export const EXPIRY_REMINDER_DAYS = [180, 90, 30, 7] as const;

const DAY_MS = 86_400_000;
const who = (a: Actor): Actor => ({ email: a.email, name: a.name });
const dayOf = (iso: string): string => iso.slice(0, 10);

export function daysBetween(fromDate: string, toDate: string): number {
  return Math.round((Date.parse(`${toDate}T00:00:00Z`) - Date.parse(`${fromDate}T00:00:00Z`)) / DAY_MS);
}

export function addDaysToDate(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** The same calendar day `years` later (29 February becomes 28 February). */
export function addYearsToDate(date: string, years: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(y + years, m - 1, d));
  if (target.getUTCMonth() !== m - 1) target.setUTCDate(0);
  return target.toISOString().slice(0, 10);
}

function wrongStatus(a: Agreement, expected: string): ConflictError {
  return new ConflictError('wrong_status', `This agreement is ${a.status}; ${expected}`, { status: a.status, version: a.version });
}

function requireOffice(asOffice: boolean, what: string): void {
  if (!asOffice) throw new ForbiddenError(`Only the international office can ${what}`);
}

/** Both sides have signed and the start date has come. */
function readyToActivate(a: Agreement, today: string): boolean {
  return a.status === 'approved' && Boolean(a.signatures?.home && a.signatures?.partner) && a.content.startDate <= today;
}

/**
 * Records one side's signature; with both recorded and the start date reached, the agreement is in
 * force. An agreement already in force without a side's signature on record (imported in force,
 * from before Hamkor) may have that side's recorded afterwards, once: the paper exists, and the
 * office can only fill the record in; it changes nothing about the agreement's state.
 */
export function recordSignature(
  a: Agreement,
  cmd: { actor: Actor; asOffice: boolean; party: 'home' | 'partner'; date: string; signatoryName: string; signatoryPosition: string; now: string },
): Moved<Agreement> {
  requireOffice(cmd.asOffice, 'record signatures');
  return sign(a, { ...cmd, recordedBy: cmd.actor });
}

/**
 * One side's signature, whoever brings it: the office typing it from the paper, or the partner's
 * signatory uploading the signed copy through their link (partner-signing.ts).
 */
export function sign(
  a: Agreement,
  cmd: { actor: Actor; recordedBy: Actor; party: 'home' | 'partner'; date: string; signatoryName: string; signatoryPosition: string; now: string },
): Moved<Agreement> {
  if (a.status === 'active' && a.signatures?.[cmd.party]) {
    throw new ConflictError('already_signed', `The ${cmd.party} signature of this agreement in force is already recorded`, { status: a.status, version: a.version });
  }
  if (a.status !== 'approved' && a.status !== 'active') throw wrongStatus(a, 'signatures are recorded after internal approval (or, not yet on record, while it is in force)');
  if (cmd.date > dayOf(cmd.now)) throw new ValidationError('A signature cannot be dated in the future', [{ path: 'date', message: 'Must not be in the future' }]);
  const signature: Signature = { date: cmd.date, signatoryName: cmd.signatoryName, signatoryPosition: cmd.signatoryPosition, recordedBy: who(cmd.recordedBy), recordedAt: cmd.now };
  const signed: Agreement = { ...a, signatures: { ...a.signatures, [cmd.party]: signature } };
  const activated = readyToActivate(signed, dayOf(cmd.now));
  return {
    entity: { ...signed, version: a.version + 1, ...(activated ? { status: 'active', activatedAt: cmd.now } : {}) },
    event: { type: 'signed', at: cmd.now, actor: who(cmd.actor), party: cmd.party, signature, activated },
  };
}

/**
 * Records a termination. An Erasmus+ inter-institutional agreement needs one academic year's
 * notice (checked: the effective date is at least a year after the notice). A termination whose
 * effective date has come ends the agreement now; a later one is carried out by the watch.
 */
export function terminate(
  a: Agreement,
  cmd: { actor: Actor; asOffice: boolean; reason: string; noticeDate: string; effectiveDate: string; now: string },
): Moved<Agreement> {
  requireOffice(cmd.asOffice, 'terminate an agreement');
  if (a.status !== 'active' && a.status !== 'approved') throw wrongStatus(a, 'only an agreement approved or in force can be terminated');
  if (a.termination) throw new ConflictError('already_terminating', `A termination taking effect on ${a.termination.effectiveDate} is already recorded`, { status: a.status, termination: a.termination });
  if (cmd.effectiveDate < cmd.noticeDate) {
    throw new ValidationError('The termination cannot take effect before the notice', [{ path: 'effectiveDate', message: 'Must be on or after the notice date' }]);
  }
  if (a.content.kind === 'erasmus_plus_iia') {
    const earliest = addYearsToDate(cmd.noticeDate, 1);
    if (cmd.effectiveDate < earliest) {
      throw new ValidationError('Erasmus+ inter-institutional agreements need one academic year’s notice', [
        { path: 'effectiveDate', message: `With notice given on ${cmd.noticeDate}, no earlier than ${earliest}` },
      ]);
    }
  }
  const reason = cmd.reason.trim();
  const termination = { reason, noticeDate: cmd.noticeDate, effectiveDate: cmd.effectiveDate, by: who(cmd.actor), at: cmd.now };
  const now = cmd.effectiveDate <= dayOf(cmd.now);
  return {
    entity: { ...a, version: a.version + 1, termination, ...(now ? { status: 'terminated' } : {}) },
    event: { type: 'termination_recorded', at: cmd.now, actor: who(cmd.actor), reason, noticeDate: cmd.noticeDate, effectiveDate: cmd.effectiveDate, terminated: now },
  };
}

/** Which reminders are due today: every threshold reached and not yet sent. */
function dueReminders(a: Agreement, today: string): number[] {
  if (a.status !== 'active' || !a.content.endDate) return [];
  const left = daysBetween(today, a.content.endDate);
  const sent = new Set(a.expiryRemindersSent ?? []);
  return EXPIRY_REMINDER_DAYS.filter((days) => left <= days && left > 0 && !sent.has(days));
}

/**
 * The one thing the watch does to an agreement today, or null: come into force, end (by
 * termination or expiry), or remind. One step at a time; the scheduler calls again until null.
 * Reminders that were missed (an agreement approved with 20 days left) are not all sent: only the
 * nearest, and the earlier ones are marked as passed, so each goes at most once.
 */
export function watch(a: Agreement, now: string): Moved<Agreement> | null {
  const today = dayOf(now);
  // A termination that has taken effect ends the agreement first: one approved and not yet in
  // force included, which then never comes into force (its notice ran out before its start).
  if ((a.status === 'active' || a.status === 'approved') && a.termination && a.termination.effectiveDate <= today) {
    return {
      entity: { ...a, status: 'terminated', version: a.version + 1 },
      event: { type: 'terminated', at: now, reason: a.termination.reason, effectiveDate: a.termination.effectiveDate },
    };
  }
  if (readyToActivate(a, today)) {
    return { entity: { ...a, status: 'active', version: a.version + 1, activatedAt: now }, event: { type: 'activated', at: now } };
  }
  if (a.status !== 'active') return null;
  if (a.content.endDate && a.content.endDate <= today) {
    return { entity: { ...a, status: 'expired', version: a.version + 1 }, event: { type: 'expired', at: now, endDate: a.content.endDate } };
  }
  const due = dueReminders(a, today);
  if (due.length === 0) return null;
  const threshold = Math.min(...due);
  return {
    entity: { ...a, version: a.version + 1, expiryRemindersSent: [...(a.expiryRemindersSent ?? []), ...due].sort((x, y) => y - x) },
    event: { type: 'expiry_reminder', at: now, daysLeft: daysBetween(today, a.content.endDate!), threshold, endDate: a.content.endDate!, coordinator: who(a.content.coordinator) },
  };
}

/**
 * When the watch must next look at this agreement (start of that UTC day), or undefined when
 * nothing will ever happen to it by itself. This is its key in the `byDue` index.
 */
export function nextWatchAt(a: Agreement): string | undefined {
  const dates: string[] = [];
  if (a.status === 'approved' && a.signatures?.home && a.signatures?.partner) dates.push(a.content.startDate);
  if (a.status === 'approved' && a.termination) dates.push(a.termination.effectiveDate);
  if (a.status === 'active') {
    if (a.termination) dates.push(a.termination.effectiveDate);
    if (a.content.endDate) {
      dates.push(a.content.endDate);
      const sent = new Set(a.expiryRemindersSent ?? []);
      for (const days of EXPIRY_REMINDER_DAYS) if (!sent.has(days)) dates.push(addDaysToDate(a.content.endDate, -days));
    }
  }
  if (dates.length === 0) return undefined;
  return `${dates.sort()[0]}T00:00:00.000Z`;
}

/**
 * The end of a term as long as `from`–`to`, starting on `start`: whole years stay whole years
 * (1 September 2022 – 31 August 2027 renews as 1 September 2027 – 31 August 2032, leap days or
 * not); any other length is kept in days.
 */
function sameLengthEnd(from: string, to: string, start: string): string {
  const after = addDaysToDate(to, 1);
  for (let years = 1; years <= 50; years++) {
    const anniversary = addYearsToDate(from, years);
    if (anniversary === after) return addDaysToDate(addYearsToDate(start, years), -1);
    if (anniversary > after) break;
  }
  return addDaysToDate(start, daysBetween(from, to));
}

/**
 * What a renewal starts from: the old agreement's content, the day after it ends, for as long
 * as it ran (open-ended stays open-ended), with the office's changes on top.
 */
export function renewalContent(old: Agreement, changes: Partial<Pick<MemorandumInput, 'startDate' | 'endDate' | 'cooperationConditions' | 'summary'>>, today: string): MemorandumInput {
  if (!['approved', 'active', 'expired'].includes(old.status)) {
    throw new ConflictError('wrong_status', `This agreement is ${old.status}; only an agreement approved, in force or expired can be renewed`, { status: old.status });
  }
  if (old.renewedBy) throw new ConflictError('already_renewed', 'This agreement has already been renewed', { status: old.status, renewedBy: old.renewedBy });
  // Ending it and carrying it on contradict each other: the office withdraws neither by renewing.
  if (old.termination) throw new ConflictError('terminating', `A termination taking effect on ${old.termination.effectiveDate} is recorded; an agreement being ended is not renewed`, { status: old.status, termination: old.termination });
  const { content } = old;
  const defaultStart = content.endDate ? addDaysToDate(content.endDate, 1) : today;
  const startDate = changes.startDate ?? (defaultStart > today ? defaultStart : today);
  const endDate = changes.endDate !== undefined ? changes.endDate : content.endDate === null ? null : sameLengthEnd(content.startDate, content.endDate, startDate);
  const renewed: MemorandumInput = {
    ...content,
    startDate,
    endDate,
    cooperationConditions: changes.cooperationConditions ?? content.cooperationConditions.map((c) => ({ ...c, academicYears: [] })),
    summary: changes.summary ?? content.summary,
  };
  if (renewed.endDate !== null && renewed.endDate <= renewed.startDate) {
    throw new ValidationError('The end date must be after the start date', [{ path: 'endDate', message: 'The end date must be after the start date' }]);
  }
  return renewed;
}
