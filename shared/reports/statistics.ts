/**
 * The office's statistics as pure functions of report facts (facts.ts): mobilities counted by
 * year and any dimensions, agreements in force, signed and expiring, places planned against
 * used, the exchange balance per partner and the yearly figures. No I/O, no clock: the caller
 * reads the facts of the years asked for and passes the day. Every result is ordered, so the
 * same facts always give the same table.
 */
import { COUNTED_STATUSES, inForceOn, type AgreementFact, type MobilityFact } from './facts';

export const MOBILITY_DIMENSIONS = ['direction', 'type', 'format', 'role', 'level', 'faculty', 'partner', 'country', 'programme', 'status'] as const;
export type MobilityDimension = (typeof MOBILITY_DIMENSIONS)[number];
export const AGREEMENT_DIMENSIONS = ['country', 'kind', 'scope', 'faculty', 'partner', 'status'] as const;
export type AgreementDimension = (typeof AGREEMENT_DIMENSIONS)[number];

export type Period = 'academic' | 'calendar';
export type Groups = Record<string, string>;

/** The year a fact counts in: `2026/2027` by academic year, `2026` by calendar year. */
export function yearOf(f: MobilityFact, period: Period): string {
  return period === 'academic' ? f.academicYear : String(f.calendarYear);
}

export function yearLabel(year: number, period: Period): string {
  return period === 'academic' ? `${year}/${year + 1}` : String(year);
}

/** The academic years (first calendar year) whose facts a report of these years must read. */
export function academicYearsToRead(years: number[], period: Period): number[] {
  const all = period === 'academic' ? years : years.flatMap((y) => [y - 1, y]);
  return [...new Set(all)].sort((a, b) => a - b);
}

const round1 = (n: number) => Math.round(n * 10) / 10;
const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const compareGroups = (by: readonly string[]) => (a: Groups, b: Groups) => {
  for (const d of by) {
    const c = compare(a[d] ?? '', b[d] ?? '');
    if (c !== 0) return c;
  }
  return 0;
};

export type MobilityQuery = {
  period: Period;
  years: number[];
  by: MobilityDimension[];
  /** Only these statuses; all when undefined. */
  statuses?: readonly MobilityFact['status'][];
  /** Only these faculties (a dean's own); all when undefined. */
  faculties?: readonly string[];
};

export type MobilityRow = { year: string; groups: Groups; count: number; months: number };
export type MobilityTable = { rows: MobilityRow[]; total: { count: number; months: number } };

export function selectMobilities(facts: readonly MobilityFact[], q: Omit<MobilityQuery, 'by'>): MobilityFact[] {
  const years = new Set(q.years.map((y) => yearLabel(y, q.period)));
  const statuses = q.statuses && new Set<string>(q.statuses);
  const faculties = q.faculties && new Set(q.faculties);
  // Each fact once, even if the caller read a partition twice.
  const seen = new Set<string>();
  return facts.filter((f) => {
    if (seen.has(f.id) || !years.has(yearOf(f, q.period)) || (statuses && !statuses.has(f.status)) || (faculties && !faculties.has(f.faculty))) return false;
    seen.add(f.id);
    return true;
  });
}

/** Mobilities counted per year and per combination of the dimensions, with their person-months. */
export function countMobilities(facts: readonly MobilityFact[], q: MobilityQuery): MobilityTable {
  const cells = new Map<string, MobilityRow>();
  let count = 0;
  let months = 0;
  for (const f of selectMobilities(facts, q)) {
    const year = yearOf(f, q.period);
    const groups: Groups = Object.fromEntries(q.by.map((d) => [d, String(f[d])]));
    const key = JSON.stringify([year, ...q.by.map((d) => groups[d])]);
    const row = cells.get(key) ?? { year, groups, count: 0, months: 0 };
    row.count += 1;
    row.months += f.months;
    cells.set(key, row);
    count += 1;
    months += f.months;
  }
  const byGroups = compareGroups(q.by);
  const rows = [...cells.values()].map((r) => ({ ...r, months: round1(r.months) })).sort((a, b) => compare(a.year, b.year) || byGroups(a.groups, b.groups));
  return { rows, total: { count, months: round1(months) } };
}

const agreementValues = (f: AgreementFact, d: AgreementDimension): string[] => (d === 'scope' ? f.scope : [String(f[d])]);

/** Every combination of an agreement's values (one per scope it has, for `scope`). */
function agreementGroups(f: AgreementFact, by: readonly AgreementDimension[]): Groups[] {
  let out: Groups[] = [{}];
  for (const d of by) out = out.flatMap((g) => agreementValues(f, d).map((v) => ({ ...g, [d]: v })));
  return out;
}

export type AgreementRow = { year?: string; groups: Groups; count: number };

function tally(entries: { year?: string; groups: Groups }[], by: readonly string[]): AgreementRow[] {
  const cells = new Map<string, AgreementRow>();
  for (const e of entries) {
    const key = JSON.stringify([e.year ?? '', ...by.map((d) => e.groups[d])]);
    const row = cells.get(key) ?? { ...(e.year !== undefined ? { year: e.year } : {}), groups: e.groups, count: 0 };
    row.count += 1;
    cells.set(key, row);
  }
  const byGroups = compareGroups(by);
  return [...cells.values()].sort((a, b) => compare(a.year ?? '', b.year ?? '') || byGroups(a.groups, b.groups));
}

const inFaculties = (faculties?: readonly string[]) => (f: { faculty: string }) => !faculties || faculties.includes(f.faculty);

/**
 * Agreements in force on a day, counted by the dimensions. Grouped by scope, an agreement counts
 * once under each scope it covers, so those rows may add up to more than `total`.
 */
export function agreementsInForce(facts: readonly AgreementFact[], day: string, by: AgreementDimension[], faculties?: readonly string[]): { rows: AgreementRow[]; total: number } {
  const inForce = facts.filter((f) => inForceOn(f, day)).filter(inFaculties(faculties));
  return { rows: tally(inForce.flatMap((f) => agreementGroups(f, by).map((groups) => ({ groups }))), by), total: inForce.length };
}

/** The first and last day of a report year. */
export function yearBounds(year: number, period: Period): { from: string; to: string } {
  return period === 'academic' ? { from: `${year}-09-01`, to: `${year + 1}-08-31` } : { from: `${year}-01-01`, to: `${year}-12-31` };
}

/** Agreements signed in each of the years, counted by the dimensions. */
export function agreementsSigned(facts: readonly AgreementFact[], years: number[], period: Period, by: AgreementDimension[], faculties?: readonly string[]): { rows: AgreementRow[]; total: number } {
  const entries: { year: string; groups: Groups }[] = [];
  let total = 0;
  for (const f of facts.filter(inFaculties(faculties))) {
    const year = years.find((y) => {
      const { from, to } = yearBounds(y, period);
      return f.signedOn !== undefined && from <= f.signedOn && f.signedOn <= to;
    });
    if (year === undefined) continue;
    total += 1;
    for (const groups of agreementGroups(f, by)) entries.push({ year: yearLabel(year, period), groups });
  }
  return { rows: tally(entries, by), total };
}

export type ExpiringAgreement = { id: string; reference: string; partner: string; country: string; kind: string; faculty: string; endsOn: string; daysLeft: number };

/** Agreements in force on `day` whose term ends within `days` days of it, soonest first. */
export function expiringAgreements(facts: readonly AgreementFact[], day: string, days: number, faculties?: readonly string[]): ExpiringAgreement[] {
  const dayMs = Date.parse(`${day}T00:00:00Z`);
  return facts
    .filter((f) => inForceOn(f, day) && f.endsOn !== null)
    .filter(inFaculties(faculties))
    .map((f) => ({ id: f.id, reference: f.reference, partner: f.partner, country: f.country, kind: f.kind, faculty: f.faculty, endsOn: f.endsOn!, daysLeft: Math.round((Date.parse(`${f.endsOn}T00:00:00Z`) - dayMs) / 86_400_000) }))
    .filter((a) => a.daysLeft <= days)
    .sort((a, b) => compare(a.endsOn, b.endsOn) || compare(a.reference, b.reference));
}

/**
 * Agreements that ended between `from` and `to` (their last day in force), after coming into
 * force, and before `today`: one that began and ended inside the period included, which the
 * `expiring` view from the period's first day misses. Earliest first; `daysLeft` counts from
 * `today`, so below 0.
 */
export function endedAgreements(facts: readonly AgreementFact[], from: string, to: string, today: string, faculties?: readonly string[]): ExpiringAgreement[] {
  const todayMs = Date.parse(`${today}T00:00:00Z`);
  return facts
    .filter((f): f is AgreementFact & { endsOn: string; inForceFrom: string } => f.endsOn !== null && f.inForceFrom !== undefined && f.inForceFrom <= f.endsOn)
    .filter((f) => from <= f.endsOn && f.endsOn <= to && f.endsOn < today)
    .filter(inFaculties(faculties))
    .map((f) => ({ id: f.id, reference: f.reference, partner: f.partner, country: f.country, kind: f.kind, faculty: f.faculty, endsOn: f.endsOn, daysLeft: Math.round((Date.parse(`${f.endsOn}T00:00:00Z`) - todayMs) / 86_400_000) }))
    .sort((a, b) => compare(a.endsOn, b.endsOn) || compare(a.reference, b.reference));
}

export type PlacesUseRow = { agreement: string; reference: string; partner: string; academicYear: string; sender: 'home' | 'partner'; type: string; planned: number; used: number };

/**
 * Places planned (the agreement's conditions) against used (mobilities holding a place) per
 * agreement, academic year, sender and type. A cell used without a plan (an override) is shown
 * with 0 planned; a cell neither planned nor used is left out.
 */
export function placesUse(agreements: readonly AgreementFact[], mobilities: readonly MobilityFact[], academicStartYears: number[], faculties?: readonly string[]): PlacesUseRow[] {
  const years = academicStartYears.map((y) => yearLabel(y, 'academic'));
  const cells = new Map<string, PlacesUseRow>();
  const byId = new Map(agreements.map((a) => [a.id, a]));
  const cell = (a: { id: string; reference: string; partner: string }, academicYear: string, sender: 'home' | 'partner', type: string) => {
    const key = JSON.stringify([a.id, academicYear, sender, type]);
    const row = cells.get(key) ?? { agreement: a.id, reference: a.reference, partner: a.partner, academicYear, sender, type, planned: 0, used: 0 };
    cells.set(key, row);
    return row;
  };
  for (const a of agreements.filter(inFaculties(faculties))) {
    for (const year of years) {
      const { from, to } = yearBounds(Number(year.slice(0, 4)), 'academic');
      // Planned only for a year the agreement is in force at some point of.
      if (a.inForceFrom === undefined || a.inForceFrom > to || (a.endsOn !== null && a.endsOn < from)) continue;
      for (const p of a.places) if (p.academicYears.length === 0 || p.academicYears.includes(year)) cell(a, year, p.sender, p.type).planned += p.perYear;
    }
  }
  for (const m of mobilities) {
    if (!m.holdsPlace || !years.includes(m.academicYear)) continue;
    const a = byId.get(m.agreement);
    if (faculties && !(a ? faculties.includes(a.faculty) : faculties.includes(m.faculty))) continue;
    cell(a ?? { id: m.agreement, reference: '', partner: m.partner }, m.academicYear, m.direction === 'outgoing' ? 'home' : 'partner', m.placeType).used += 1;
  }
  return [...cells.values()].sort((a, b) => compare(a.reference, b.reference) || compare(a.agreement, b.agreement) || compare(a.academicYear, b.academicYear) || compare(a.sender, b.sender) || compare(a.type, b.type));
}

export type BalanceRow = { partner: string; country: string; year: string; outgoing: number; incoming: number; balance: number; outgoingMonths: number; incomingMonths: number };

/** Incoming against outgoing mobilities (counted ones) per partner and year: balance = incoming − outgoing. */
export function exchangeBalance(facts: readonly MobilityFact[], q: Omit<MobilityQuery, 'by' | 'statuses'>): BalanceRow[] {
  const rows = new Map<string, BalanceRow>();
  for (const f of selectMobilities(facts, { ...q, statuses: COUNTED_STATUSES })) {
    const year = yearOf(f, q.period);
    const key = JSON.stringify([f.partner, year]);
    const row = rows.get(key) ?? { partner: f.partner, country: f.country, year, outgoing: 0, incoming: 0, balance: 0, outgoingMonths: 0, incomingMonths: 0 };
    if (f.direction === 'outgoing') {
      row.outgoing += 1;
      row.outgoingMonths += f.months;
    } else {
      row.incoming += 1;
      row.incomingMonths += f.months;
    }
    row.balance = row.incoming - row.outgoing;
    rows.set(key, row);
  }
  return [...rows.values()].map((r) => ({ ...r, outgoingMonths: round1(r.outgoingMonths), incomingMonths: round1(r.incomingMonths) })).sort((a, b) => compare(a.partner, b.partner) || compare(a.year, b.year));
}

type Flow = { outgoing: number; incoming: number };
export type YearlyFigures = {
  year: string;
  period: Period;
  memoranda: { signed: number; inForceAtEnd: number };
  /** Partner countries of the agreements in force at the year's end (ISO codes, sorted). */
  countries: string[];
  students: Flow;
  staff: { teaching: Flow; training: Flow };
  byProgramme: { programme: string; students: Flow; staff: Flow }[];
};

/**
 * The figures an office puts in its yearly report, from one year's facts: memoranda signed in the
 * year and in force at its end, their countries, and mobilities (approved, accepted or completed)
 * of students and staff out and in, staff by teaching and training, and all of it by programme.
 */
export function yearlyFigures(mobilities: readonly MobilityFact[], agreements: readonly AgreementFact[], year: number, period: Period, faculties?: readonly string[]): YearlyFigures {
  const end = yearBounds(year, period).to;
  const inForce = agreements.filter((a) => inForceOn(a, end)).filter(inFaculties(faculties));
  const flow = (): Flow => ({ outgoing: 0, incoming: 0 });
  const figures: YearlyFigures = {
    year: yearLabel(year, period),
    period,
    memoranda: { signed: agreementsSigned(agreements, [year], period, [], faculties).total, inForceAtEnd: inForce.length },
    countries: [...new Set(inForce.map((a) => a.country).filter(Boolean))].sort(),
    students: flow(),
    staff: { teaching: flow(), training: flow() },
    byProgramme: [],
  };
  const programmes = new Map<string, { programme: string; students: Flow; staff: Flow }>();
  for (const f of selectMobilities(mobilities, { period, years: [year], statuses: COUNTED_STATUSES, faculties })) {
    const student = f.role === 'student';
    const p = programmes.get(f.programme) ?? { programme: f.programme, students: flow(), staff: flow() };
    programmes.set(f.programme, p);
    if (student) figures.students[f.direction] += 1;
    else figures.staff[f.placeType === 'staff_teaching' ? 'teaching' : 'training'][f.direction] += 1;
    (student ? p.students : p.staff)[f.direction] += 1;
  }
  figures.byProgramme = [...programmes.values()].sort((a, b) => compare(a.programme, b.programme));
  return figures;
}
