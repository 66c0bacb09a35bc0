/**
 * Mobility places, pure. An agreement's cooperation conditions (EWP IIA: one-directional specs)
 * give, per academic year, sender and mobility type, the places a year; a nomination draws from
 * the places of exactly one such cell. The ledger (how many are taken) lives in the table; this
 * module decides which cell a nomination belongs to, how many places the cell has, and how the
 * office sees planned against used.
 */
import type { CooperationCondition, MemorandumInput } from '../schemas/agreement';
import type { NominationInput } from '../schemas/nomination';

export type ConditionType = CooperationCondition['type'];
export type Sender = CooperationCondition['sender'];

/** One cell of an agreement's places: academic year × who sends × kind of mobility. */
export type PlaceCell = { academicYear: string; sender: Sender; type: ConditionType };

/** What a nomination that took a place remembers of it, so that giving it back is exact. */
export type HeldPlace = PlaceCell & { agreementId: string; takenAt: string; overridden?: boolean };

/** An international-office decision to let the final approval exceed the places: audited. */
export type QuotaOverride = { by: { email: string; name: string }; reason: string; at: string };

/**
 * The EWP mobility type a nomination counts against. Students study or train; staff teach or
 * train (staff research and short visits count as training, as in Erasmus+ KA131 staff mobility).
 */
export function conditionTypeFor(n: Pick<NominationInput, 'mobilityType' | 'nominee'>): ConditionType {
  const student = n.nominee.role === 'student';
  if (n.mobilityType === 'teaching') return 'staff_teaching';
  if (n.mobilityType === 'training') return student ? 'student_traineeship' : 'staff_training';
  return student ? 'student_studies' : 'staff_training';
}

export function placeCellFor(n: Pick<NominationInput, 'mobilityType' | 'nominee' | 'direction' | 'academicYear'>): PlaceCell {
  return { academicYear: n.academicYear, sender: n.direction === 'outgoing' ? 'home' : 'partner', type: conditionTypeFor(n) };
}

/** A condition with no academic years listed applies to every year the agreement is in force. */
function appliesTo(c: CooperationCondition, cell: PlaceCell): boolean {
  return c.sender === cell.sender && c.type === cell.type && (c.academicYears.length === 0 || c.academicYears.includes(cell.academicYear));
}

/** Places a year in the cell: the sum of every condition that covers it (0 when none does). */
export function plannedPlaces(conditions: CooperationCondition[], cell: PlaceCell): number {
  return conditions.filter((c) => appliesTo(c, cell)).reduce((sum, c) => sum + c.mobilitiesPerYear, 0);
}

export function cellKey(cell: PlaceCell): string {
  return `${cell.academicYear}#${cell.sender}#${cell.type}`;
}

/** The academic years (September to August) an agreement is in force, `YYYY/YYYY`, capped at `max`. */
export function academicYearsOf(startDate: string, endDate: string | null, fallbackEnd: string, max = 10): string[] {
  const first = academicYearStart(startDate);
  const last = academicYearStart(endDate ?? fallbackEnd);
  const years: string[] = [];
  for (let y = first; y <= last && years.length < max; y++) years.push(`${y}/${y + 1}`);
  return years;
}

/** The academic year a date falls in: it starts on 1 September. */
export function academicYearStart(date: string): number {
  const year = Number(date.slice(0, 4));
  return Number(date.slice(5, 7)) >= 9 ? year : year - 1;
}

export type PlacesRow = PlaceCell & { planned: number; used: number; left: number; overridden: number };

/**
 * Planned against used, per academic year, sender and type: every cell the conditions define for
 * the agreement's years, plus any cell that has places taken without being planned (overrides).
 */
export function placesView(
  content: Pick<MemorandumInput, 'cooperationConditions' | 'startDate' | 'endDate'>,
  ledger: { cell: PlaceCell; used: number; overridden: number }[],
  today: string,
): PlacesRow[] {
  const rows = new Map<string, PlacesRow>();
  const years = academicYearsOf(content.startDate, content.endDate, today);
  for (const c of content.cooperationConditions) {
    for (const academicYear of c.academicYears.length > 0 ? c.academicYears : years) {
      const cell: PlaceCell = { academicYear, sender: c.sender, type: c.type };
      if (!rows.has(cellKey(cell))) {
        const planned = plannedPlaces(content.cooperationConditions, cell);
        rows.set(cellKey(cell), { ...cell, planned, used: 0, left: planned, overridden: 0 });
      }
    }
  }
  for (const entry of ledger) {
    const row = rows.get(cellKey(entry.cell)) ?? { ...entry.cell, planned: 0, used: 0, left: 0, overridden: 0 };
    row.used = entry.used;
    row.overridden = entry.overridden;
    row.left = row.planned - entry.used;
    rows.set(cellKey(entry.cell), row);
  }
  return [...rows.values()].sort((a, b) => cellKey(a).localeCompare(cellKey(b)));
}
