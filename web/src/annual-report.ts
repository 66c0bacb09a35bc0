/**
 * The annual report's figures (pages/annual-page.tsx), as pure functions of the reports API's
 * answers: which year a report is for, what each of its tables asks the API (and the same for its
 * XLSX download), and the tables' rows. No I/O, no words: the page names things in the reader's
 * language; these count and order, so a component test can feed them an answer and check numbers.
 *
 * Every table counts by calendar year, as a rector's report does (the API's yearly figures default
 * to it too): memoranda signed from 1 January to 31 December, in force on 31 December, and
 * mobilities whose calendar year it is.
 */
import type { Query } from './api';
import type { ApiOk } from '../../shared/api-contract';

export type YearlyFigures = ApiOk<'GET /reports/yearly'>['data'];
export type AgreementStatistics = ApiOk<'GET /reports/agreements'>['data'];
export type MobilityStatistics = ApiOk<'GET /reports/mobilities'>['data'];
export type EndedAgreement = NonNullable<AgreementStatistics['agreements']>[number];

/** The years the reports API accepts (shared/schemas/reports.ts). */
export const FIRST_YEAR = 1990;
export const LAST_YEAR = 2100;

/** The last year that is over on `now`: the report a rector asks for in January is last year's. */
export const lastCompleteYear = (now: Date): number => now.getUTCFullYear() - 1;

/** A year typed or put in the address: `{ year }`, or why not (`empty`, `invalid`: not four digits in range). */
export function parseYear(text: string | null | undefined): { year: number } | { error: 'empty' | 'invalid' } {
  const value = (text ?? '').trim();
  if (!value) return { error: 'empty' };
  if (!/^\d{4}$/.test(value)) return { error: 'invalid' };
  const year = Number(value);
  return year < FIRST_YEAR || year > LAST_YEAR ? { error: 'invalid' } : { year };
}

const isoDay = (year: number, month: number, day: number) => `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;

/**
 * What each table of the report asks of GET /api/reports/… (and its export, with `format`).
 * Ended agreements: those whose term (or termination) ended in the year, one that began inside it
 * included.
 */
export function reportQueries(year: number) {
  return {
    yearly: { year, period: 'calendar' },
    partners: { view: 'in_force', at: isoDay(year, 12, 31), by: 'country,partner' },
    signed: { view: 'signed', years: String(year), period: 'calendar', by: 'country,partner,kind' },
    ended: { view: 'ended', years: String(year), period: 'calendar' },
    faculties: { period: 'calendar', years: String(year), by: 'faculty,direction' },
  } as const satisfies Record<string, Query>;
}

export type ReportTable = keyof ReturnType<typeof reportQueries>;

const EXPORT_PATHS: Record<ReportTable, string> = {
  yearly: '/api/exports/reports/yearly',
  partners: '/api/exports/reports/agreements',
  signed: '/api/exports/reports/agreements',
  ended: '/api/exports/reports/agreements',
  faculties: '/api/exports/reports/mobilities',
};

/** The address of a table's XLSX workbook: the same query as the table on the page, as a file. */
export function exportAddress(table: ReportTable, year: number): string {
  const query: Query = { ...reportQueries(year)[table], format: 'xlsx' };
  return `${EXPORT_PATHS[table]}?${new URLSearchParams(Object.entries(query).map(([k, v]) => [k, String(v)])).toString()}`;
}

// ---- the tables' rows ------------------------------------------------------------------------

export type Flow = { outgoing: number; incoming: number };
/** Who moved: students, staff who taught, staff who trained; the last row is their sum. */
export type MobilityLine = { who: 'students' | 'staffTeaching' | 'staffTraining' | 'total'; outgoing: number; incoming: number };

export function mobilityLines(f: YearlyFigures): MobilityLine[] {
  const lines: MobilityLine[] = [
    { who: 'students', ...f.students },
    { who: 'staffTeaching', ...f.staff.teaching },
    { who: 'staffTraining', ...f.staff.training },
  ];
  const total = lines.reduce((sum, l) => ({ outgoing: sum.outgoing + l.outgoing, incoming: sum.incoming + l.incoming }), { outgoing: 0, incoming: 0 });
  return [...lines, { who: 'total', ...total }];
}

export type CountryLine = { country: string; partners: string[]; agreements: number };

/** Agreements in force at the year's end (grouped by country and partner), per country: its partners and their agreements. */
export function partnersByCountry(inForce: AgreementStatistics): CountryLine[] {
  const countries = new Map<string, CountryLine>();
  for (const row of inForce.rows) {
    const country = row.groups.country ?? '';
    const line = countries.get(country) ?? { country, partners: [], agreements: 0 };
    const partner = row.groups.partner;
    if (partner && !line.partners.includes(partner)) line.partners.push(partner);
    line.agreements += row.count;
    countries.set(country, line);
  }
  return [...countries.values()];
}

export type SignedLine = { country: string; partner: string; kind: string; count: number };

/** Agreements signed in the year, one line per partner and kind. */
export const signedLines = (signed: AgreementStatistics): SignedLine[] =>
  signed.rows.map((r) => ({ country: r.groups.country ?? '', partner: r.groups.partner ?? '', kind: r.groups.kind ?? '', count: r.count }));

export type FacultyLine = { faculty: string; outgoing: number; incoming: number; months: number };

/** Mobilities counted by faculty and direction, one line per faculty with its person-months. */
export function facultyLines(m: MobilityStatistics): FacultyLine[] {
  const faculties = new Map<string, FacultyLine>();
  for (const row of m.rows) {
    const faculty = row.groups.faculty ?? '';
    const line = faculties.get(faculty) ?? { faculty, outgoing: 0, incoming: 0, months: 0 };
    if (row.groups.direction === 'incoming') line.incoming += row.count;
    else line.outgoing += row.count;
    line.months = Math.round((line.months + row.months) * 10) / 10;
    faculties.set(faculty, line);
  }
  return [...faculties.values()];
}

/** Everything the report shows for one year, as the API answered it. */
export type AnnualAnswers = { yearly: YearlyFigures; partners: AgreementStatistics; signed: AgreementStatistics; ended: AgreementStatistics; faculties: MobilityStatistics };

/** Nothing recorded in the year: no agreement signed, in force or ended, nobody sent or received. */
export function nothingRecorded(a: AnnualAnswers): boolean {
  const moved = mobilityLines(a.yearly).at(-1)!;
  return a.yearly.memoranda.signed === 0 && a.yearly.memoranda.inForceAtEnd === 0 && moved.outgoing + moved.incoming === 0 && a.partners.total === 0 && a.signed.total === 0 && a.ended.total === 0 && a.faculties.total.count === 0;
}

// ---- what stands out -------------------------------------------------------------------------

/** What the notable items compare the year with, asked beside the tables (a failure leaves them out, not the report). */
export function notableQueries(year: number) {
  return {
    previous: { year: year - 1, period: 'calendar' },
    atStart: { view: 'in_force', at: isoDay(year, 1, 1), by: 'country' },
    byPartner: { period: 'calendar', years: String(year), by: 'partner' },
  } as const satisfies Record<string, Query>;
}

export type NotableAnswers = { previous: YearlyFigures; atStart: AgreementStatistics; byPartner: MobilityStatistics };

/** A figure of the year compared with the year before. */
export type Compared = 'signed' | 'studentsOut' | 'studentsIn' | 'staffOut' | 'staffIn';

/** One item of the report's short list of what stands out; words are the page's. */
export type Notable =
  | { kind: 'change'; figure: Compared; now: number; before: number }
  | { kind: 'newCountries'; countries: string[] }
  | { kind: 'topFaculty'; faculty: string; count: number }
  | { kind: 'topPartner'; partner: string; count: number };

const compared = (f: YearlyFigures): Record<Compared, number> => ({
  signed: f.memoranda.signed,
  studentsOut: f.students.outgoing,
  studentsIn: f.students.incoming,
  staffOut: f.staff.teaching.outgoing + f.staff.training.outgoing,
  staffIn: f.staff.teaching.incoming + f.staff.training.incoming,
});

/** The largest of `lines` by `count` (the first of equals, in the order given), if any counted anything. */
function largest<T extends { count: number }>(lines: T[]): T | undefined {
  return lines.reduce<T | undefined>((best, line) => (line.count > (best?.count ?? 0) ? line : best), undefined);
}

/**
 * The short list a rector reads first: each headline figure that changed against the year before,
 * the countries whose first agreements were signed in the year (none of theirs was in force on
 * 1 January), the faculty that moved most people, and the partner with most exchanges. Ordered as
 * listed; ties go to the first in the API's (ordered) rows, so the same answers give the same list.
 */
export function notableItems(a: AnnualAnswers, n: NotableAnswers): Notable[] {
  const items: Notable[] = [];
  const now = compared(a.yearly);
  const before = compared(n.previous);
  for (const figure of Object.keys(now) as Compared[]) {
    if (now[figure] !== before[figure]) items.push({ kind: 'change', figure, now: now[figure], before: before[figure] });
  }
  const old = new Set(n.atStart.rows.filter((r) => r.count > 0).map((r) => r.groups.country));
  const countries = [...new Set(signedLines(a.signed).map((l) => l.country))].filter((c) => c && !old.has(c));
  if (countries.length) items.push({ kind: 'newCountries', countries });
  const faculty = largest(facultyLines(a.faculties).map((l) => ({ faculty: l.faculty, count: l.outgoing + l.incoming })));
  if (faculty?.faculty) items.push({ kind: 'topFaculty', ...faculty });
  const partners = new Map<string, number>();
  for (const row of n.byPartner.rows) if (row.groups.partner) partners.set(row.groups.partner, (partners.get(row.groups.partner) ?? 0) + row.count);
  const partner = largest([...partners].map(([id, count]) => ({ partner: id, count })));
  if (partner) items.push({ kind: 'topPartner', ...partner });
  return items;
}
