/**
 * Rooms for incoming students, pure: who may be given a room, when, and whether a room has a bed
 * free. A stay runs from the day the student moves in to the day they leave; it occupies the
 * nights in between (`from` inclusive, `to` exclusive), so one guest may leave and the next move
 * in on the same day. A room is full on a night when as many stays cover that night as it has
 * beds; a new stay fits when no night of it is full. Two stays that never share a night use one
 * bed between them, so the count is the peak per night, not the number of overlapping stays.
 */
import type { NominationStatus, RoomAssignment } from '../schemas/entities';
import type { Actor, OfficeEvent, RoomReleaseReason } from './types';
import type { NominationInput } from '../schemas/nomination';
import { addDaysToDate as addDays } from './agreement-life';
import { plannedDates } from './mobility-dates';

export type Stay = { nominationId: string; from: string; to: string };

/** The office gives a room once the chain has approved the student (and after the partner's answer). */
export const ASSIGNABLE_STATUSES: readonly NominationStatus[] = ['approved', 'accepted_by_partner', 'arrived'];

/** How far a stay may reach beyond the mobility's planned dates: arriving early, leaving late. */
export const STAY_MARGIN_DAYS = 7;

/** Do the two stays share a night? */
export const overlaps = (a: Pick<Stay, 'from' | 'to'>, b: Pick<Stay, 'from' | 'to'>): boolean => a.from < b.to && b.from < a.to;

/** The most stays present on a single night of `[from, to)`: the beds already taken then. */
export function peakOccupancy(stays: readonly Pick<Stay, 'from' | 'to'>[], from: string, to: string): number {
  // A sweep over the days stays begin and end within the window; a leaving guest frees the bed
  // before an arriving one takes it (ends sort before starts on the same day).
  const marks: { day: string; delta: number }[] = [];
  for (const s of stays) {
    if (!overlaps(s, { from, to })) continue;
    marks.push({ day: s.from > from ? s.from : from, delta: 1 });
    if (s.to < to) marks.push({ day: s.to, delta: -1 });
  }
  marks.sort((a, b) => (a.day === b.day ? a.delta - b.delta : a.day < b.day ? -1 : 1));
  let present = 0;
  let peak = 0;
  for (const m of marks) {
    present += m.delta;
    peak = Math.max(peak, present);
  }
  return peak;
}

/** Whether `stay` fits in a room of `beds` beside `stays` (a stay of the same nomination is being replaced, so not counted). */
export function roomHasBed(stays: readonly Stay[], beds: number, stay: Stay): boolean {
  const others = stays.filter((s) => s.nominationId !== stay.nominationId);
  return peakOccupancy(others, stay.from, stay.to) < beds;
}

export type HousingProblem = { path: string; message: string };

type Housed = { status: NominationStatus; content: Pick<NominationInput, 'direction' | 'academicYear' | 'period' | 'plannedStartDate' | 'plannedEndDate'> & { accommodation?: { request: 'dormitory' | 'own' } } };

/** Why this nomination cannot be given a room now (a wrong state: the caller answers 409), or undefined. */
export function assignmentRefusal(n: Housed): string | undefined {
  if (n.content.direction !== 'incoming') return 'Only an incoming nomination is given a room';
  if (n.content.accommodation?.request !== 'dormitory') return 'This nomination did not ask for a place in a residence';
  if (!ASSIGNABLE_STATUSES.includes(n.status)) return `A room is given once the nomination is approved; it is ${n.status}`;
  return undefined;
}

/** The stay's dates against the mobility's planned ones: from a week before its start to a week after its end. */
export function stayDateProblems(n: Housed, stay: Pick<Stay, 'from' | 'to'>): HousingProblem[] {
  const planned = plannedDates(n.content);
  const earliest = addDays(planned.start, -STAY_MARGIN_DAYS);
  const latest = addDays(planned.end, STAY_MARGIN_DAYS);
  const problems: HousingProblem[] = [];
  if (stay.to <= stay.from) problems.push({ path: 'to', message: 'The last day must be after the first' });
  if (stay.from < earliest || stay.from > planned.end) problems.push({ path: 'from', message: `Move in between ${earliest} and ${planned.end} (the mobility runs ${planned.start} to ${planned.end})` });
  if (stay.to > latest || stay.to <= planned.start) problems.push({ path: 'to', message: `Leave between ${addDays(planned.start, 1)} and ${latest} (the mobility runs ${planned.start} to ${planned.end})` });
  return problems;
}

/** A nomination that ends here gives its room back in the same transition: the bed is another student's. */
export const ROOM_FREEING_STATUSES: readonly RoomReleaseReason[] = ['withdrawn', 'declined_by_partner', 'rejected'];

export const freesRoom = (n: { status: NominationStatus; roomAssignment?: unknown }): boolean => Boolean(n.roomAssignment) && (ROOM_FREEING_STATUSES as readonly string[]).includes(n.status);

/**
 * The `room_cancelled` event of a room given back because the nomination ended (`n` as it ends: its
 * new status, its assignment still on it), or none when it frees no room. The same event the office's
 * own cancellation writes, with the end as its `reason`, so the history says why the room went, and
 * with who had given it, whom the notifier may tell (functions/notifier/plan.ts).
 */
export function roomGivenBack(n: { status: NominationStatus; roomAssignment?: RoomAssignment }, residence: string, actor: Actor, at: string): Extract<OfficeEvent, { type: 'room_cancelled' }> | undefined {
  const a = n.roomAssignment;
  if (!a || !freesRoom(n)) return undefined;
  return { type: 'room_cancelled', at, actor, residence, room: a.room, from: a.from, to: a.to, reason: n.status as RoomReleaseReason, assignedBy: a.by };
}
