/**
 * A mobility's dates and format, pure: when it is planned to take place (its planned start and
 * end, or the period's usual dates when the nomination does not say), whether it is physical,
 * virtual or blended, and the rules a nomination's dates must follow. The nomination schema checks
 * with `mobilityProblems` (so the browser and the API refuse the same things), the report facts
 * take their dates and months from `plannedDates`, and the places ledger asks `takesPlace`.
 *
 * The office's calendar: an academic year `A/A+1` runs from September to August. A semester
 * abroad often begins in the last weeks of August, so dates are accepted from 1 August of `A`.
 */
import type { NominationInput } from '../schemas/nomination';

type Period = NominationInput['period'];

/** The usual dates and months of each period of an academic year `A/A+1`. */
const PERIODS: Record<Period, { start: (a: number) => string; end: (a: number) => string; months: number }> = {
  first_semester: { start: (a) => `${a}-09-01`, end: (a) => `${a + 1}-01-31`, months: 5 },
  second_semester: { start: (a) => `${a + 1}-02-01`, end: (a) => `${a + 1}-06-30`, months: 5 },
  full_year: { start: (a) => `${a}-09-01`, end: (a) => `${a + 1}-06-30`, months: 10 },
  summer: { start: (a) => `${a + 1}-07-01`, end: (a) => `${a + 1}-08-31`, months: 2 },
  // A short-term mobility has no usual dates: a month from the year's start, until it says.
  short_term: { start: (a) => `${a}-09-01`, end: (a) => `${a}-09-30`, months: 1 },
};

/**
 * Where each period's dates may fall in `A/A+1`: the first semester begins by the end of December
 * and ends before March; the second begins from January; a summer school from May. A full year
 * and a short-term mobility may be anywhere in the year.
 */
const WINDOWS: Record<Period, (a: number) => { startFrom: string; startBy: string; endBy: string }> = {
  first_semester: (a) => ({ startFrom: `${a}-08-01`, startBy: `${a}-12-31`, endBy: `${a + 1}-02-28` }),
  second_semester: (a) => ({ startFrom: `${a + 1}-01-01`, startBy: `${a + 1}-08-31`, endBy: `${a + 1}-08-31` }),
  full_year: (a) => ({ startFrom: `${a}-08-01`, startBy: `${a + 1}-08-31`, endBy: `${a + 1}-08-31` }),
  summer: (a) => ({ startFrom: `${a + 1}-05-01`, startBy: `${a + 1}-08-31`, endBy: `${a + 1}-08-31` }),
  short_term: (a) => ({ startFrom: `${a}-08-01`, startBy: `${a + 1}-08-31`, endBy: `${a + 1}-08-31` }),
};

/** Person-months between two dates, both counted: days / 30 (as Erasmus+ counts), one decimal. */
export function monthsBetween(start: string, end: string): number {
  const days = Math.round((Date.parse(`${end}T00:00:00Z`) - Date.parse(`${start}T00:00:00Z`)) / 86_400_000) + 1;
  return Math.max(0, Math.round((days / 30) * 10) / 10);
}

type Dated = Pick<NominationInput, 'academicYear' | 'period'> & Partial<Pick<NominationInput, 'plannedStartDate' | 'plannedEndDate'>>;

/** The planned dates and months: the nomination's own, or its period's usual ones. */
export function plannedDates(c: Dated): { start: string; end: string; months: number } {
  const a = Number(c.academicYear.slice(0, 4));
  if (c.plannedStartDate && c.plannedEndDate) return { start: c.plannedStartDate, end: c.plannedEndDate, months: monthsBetween(c.plannedStartDate, c.plannedEndDate) };
  const p = PERIODS[c.period];
  return { start: p.start(a), end: p.end(a), months: p.months };
}

/** How it takes place; a nomination that does not say is physical, as every one was before. */
export const formatOf = (c: Partial<Pick<NominationInput, 'format'>>): NonNullable<NominationInput['format']> => c.format ?? 'physical';

/** A virtual mobility takes no place: the agreement's places are for people who travel. */
export const takesPlace = (c: Partial<Pick<NominationInput, 'format'>>): boolean => formatOf(c) !== 'virtual';

/** Staff teach or train: only their nominations have hours and a subject. */
export const isStaffTeachingOrTraining = (c: Pick<NominationInput, 'mobilityType' | 'nominee'>) =>
  c.nominee.role !== 'student' && (c.mobilityType === 'teaching' || c.mobilityType === 'training');

export type MobilityProblem = { path: string; message: string };

type Checked = Dated &
  Pick<NominationInput, 'mobilityType' | 'nominee'> &
  Partial<Pick<NominationInput, 'format' | 'physicalStartDate' | 'physicalEndDate' | 'staffHours' | 'subject'>>;

const isDay = (s: string | undefined): s is string => typeof s === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(s);
/** `YYYY-MM-DD` as written; a 28 February bound also admits the 29th of a leap year. */
const after = (day: string, bound: string) => (bound.endsWith('-02-28') ? day > bound.replace(/28$/, '29') : day > bound);

/** A pair of dates given together, in order: the problems with it, on its fields. */
function pairProblems(start: string | undefined, end: string | undefined, names: { start: string; end: string }, what: string): MobilityProblem[] {
  if (start === undefined && end === undefined) return [];
  if (start === undefined) return [{ path: names.start, message: `Give the ${what} start date with its end date` }];
  if (end === undefined) return [{ path: names.end, message: `Give the ${what} end date with its start date` }];
  if (isDay(start) && isDay(end) && end < start) return [{ path: names.end, message: 'The end date must not be before the start date' }];
  return [];
}

/**
 * What is wrong with a nomination's dates, format and staff details, each on its field: the
 * planned dates given together, in order and within the period of the academic year; a blended
 * mobility's physical part within them (and only a blended one has it); hours and a subject only
 * for staff teaching or training.
 */
export function mobilityProblems(c: Checked): MobilityProblem[] {
  const found = pairProblems(c.plannedStartDate, c.plannedEndDate, { start: 'plannedStartDate', end: 'plannedEndDate' }, 'planned');
  // Against a year written as one (`2027/2028`); a year the schema refuses is its own problem.
  const year = /^(\d{4})\/(\d{4})$/.exec(c.academicYear ?? '');
  const a = year && Number(year[2]) === Number(year[1]) + 1 ? Number(year[1]) : undefined;
  if (!found.length && isDay(c.plannedStartDate) && isDay(c.plannedEndDate) && a !== undefined && WINDOWS[c.period]) {
    const w = WINDOWS[c.period](a);
    if (c.plannedStartDate < w.startFrom || after(c.plannedStartDate, w.startBy)) found.push({ path: 'plannedStartDate', message: `Must be between ${w.startFrom} and ${w.startBy} for this period` });
    else if (after(c.plannedEndDate, w.endBy)) found.push({ path: 'plannedEndDate', message: `Must be on or before ${w.endBy} for this period` });
  }
  const physical = pairProblems(c.physicalStartDate, c.physicalEndDate, { start: 'physicalStartDate', end: 'physicalEndDate' }, 'physical part’s');
  const hasPhysical = c.physicalStartDate !== undefined || c.physicalEndDate !== undefined;
  if (hasPhysical && formatOf(c) !== 'blended') found.push({ path: 'physicalStartDate', message: 'Only a blended mobility has a physical part’s dates' });
  else if (physical.length) found.push(...physical);
  else if (hasPhysical && isDay(c.physicalStartDate) && isDay(c.physicalEndDate) && a !== undefined) {
    const planned = plannedDates(c);
    if (c.physicalStartDate < planned.start || c.physicalEndDate > planned.end) found.push({ path: 'physicalStartDate', message: `The physical part must lie between ${planned.start} and ${planned.end}` });
  }
  if (c.nominee && !isStaffTeachingOrTraining(c)) {
    if (c.staffHours !== undefined) found.push({ path: 'staffHours', message: 'Hours are for staff teaching or training' });
    if (c.subject !== undefined) found.push({ path: 'subject', message: 'A subject is for staff teaching or training' });
  }
  return found;
}
