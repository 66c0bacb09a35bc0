/**
 * A memorandum's cooperation conditions (EWP IIA specs) as a form holds them: one row of texts
 * per condition, as typed, read into the API's `cooperationConditions` only when the form is
 * checked or sent (so "2,5" stays as typed until then, and the schema words what is wrong with
 * "two"). Pure: the conditions table (components/conditions-table.tsx) keeps the rows in a signal.
 */
export const CONDITION_TYPES = ['student_studies', 'student_traineeship', 'staff_teaching', 'staff_training'] as const;
export const SENDERS = ['home', 'partner'] as const;
export const CEFR_LEVELS = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2'] as const;
export const EQF_LEVELS = [5, 6, 7, 8] as const;

/**
 * A recommended language of a condition and its CEFR level. EWP allows several; a row offers two
 * (English or Russian, say, and the partner's own), or as many as it already has.
 */
export const LANGUAGE_SLOTS = 2;

/** A condition as the API takes it; as read from a row, its values may still be refused by the schema. */
export type Condition = {
  type?: string;
  sender?: string;
  mobilitiesPerYear?: unknown;
  totalMonthsPerYear?: unknown;
  subjectAreas?: unknown[];
  eqfLevels?: unknown[];
  languages?: { code?: string; level?: string }[];
  academicYears?: unknown[];
  blended?: boolean;
};

/** One row of the table, as typed. `key` tells rows apart while they are added and removed. */
export type ConditionRow = {
  key: number;
  sender: string;
  type: string;
  mobilitiesPerYear: string;
  totalMonthsPerYear: string;
  subjectAreas: string;
  eqfLevels: number[];
  languages: { code: string; level: string }[];
  academicYears: string;
  /** Blended mobility offered (students' conditions only: a staff row's box is not shown, and not sent). */
  blended: boolean;
};

let nextKey = 1;

/** A new row, filled from a stored condition when given. */
export function conditionRow(c: Condition = {}): ConditionRow {
  const languages = (c.languages ?? []).map((l) => ({ code: l.code ?? '', level: l.level ?? 'B2' }));
  while (languages.length < LANGUAGE_SLOTS) languages.push({ code: '', level: 'B2' });
  return {
    key: nextKey++,
    sender: c.sender ?? 'home',
    type: c.type ?? 'student_studies',
    mobilitiesPerYear: c.mobilitiesPerYear === undefined ? '' : String(c.mobilitiesPerYear),
    totalMonthsPerYear: c.totalMonthsPerYear === undefined ? '' : String(c.totalMonthsPerYear),
    subjectAreas: (c.subjectAreas ?? []).join(', '),
    eqfLevels: (c.eqfLevels ?? []).map(Number).filter((n) => Number.isFinite(n)),
    languages,
    academicYears: (c.academicYears ?? []).join(', '),
    blended: c.blended === true,
  };
}

/** Whether a condition of this type may offer blended mobility (EWP has it for students only). */
export const offersBlended = (type: string) => type === 'student_studies' || type === 'student_traineeship';

const commaList = (v: string) =>
  v
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

/**
 * A number when the text is one, a decimal comma included ("2,5" as Russian and Uzbek write it);
 * otherwise the text, so the schema words what is wrong with it ("Enter a number").
 */
export const num = (v: string): number | string => {
  const text = v.replace(/^([+-]?\d*),(\d+)$/, '$1.$2');
  return text !== '' && Number.isFinite(Number(text)) ? Number(text) : v;
};

/** A row as the API's condition: the filled language slots in order (ISO 639-1 codes are lower case: "RU" typed means "ru"). */
export function conditionOf(row: ConditionRow): Condition {
  const months = row.totalMonthsPerYear.trim();
  const c: Condition = {
    type: row.type,
    sender: row.sender,
    mobilitiesPerYear: num(row.mobilitiesPerYear.trim()),
    subjectAreas: commaList(row.subjectAreas),
    eqfLevels: EQF_LEVELS.filter((l) => row.eqfLevels.includes(l)),
    languages: row.languages.flatMap((l) => (l.code.trim() ? [{ code: l.code.trim().toLowerCase(), level: l.level }] : [])),
    academicYears: commaList(row.academicYears),
  };
  if (months) c.totalMonthsPerYear = num(months);
  if (row.blended && offersBlended(row.type)) c.blended = true;
  return c;
}

/** A row's control's id: `m-c2-mobilitiesPerYear`, `m-c1-languages-0-code` (row numbers count from 1). */
export const conditionControlId = (n: number, part: string) => `m-c${n}-${part.replace(/\W/g, '-')}`;
