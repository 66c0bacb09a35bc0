/**
 * What the statistics page (pages/office-reports-page.tsx) shows, as plain data: the choices a
 * person made (what to count, years, grouping, filters), read from and written to the address so
 * that a view can be bookmarked and Back works; the API query they make; the table's rows from
 * the API's answer; the links from a figure to the list it counts; and the export addresses.
 * No DOM, no words, no clock (the day is passed in): tested in tests/unit/office-reports.test.tsx.
 *
 * The mobility report takes one filter on the server (`faculty`). Direction, type and country
 * are filters the person wants too, and each mobility has exactly one value of each, so the page
 * asks for them as extra dimensions and adds up the rows that match: the same figures a filter on
 * the server would give.
 */
import { AGREEMENT_DIMENSIONS, MOBILITY_DIMENSIONS, type AgreementDimension, type MobilityDimension } from '../../shared/reports/statistics';
import type { ApiOk } from '../../shared/api-contract';
import { COUNTED_STATUSES } from '../../shared/reports/facts';
import { nominationsListHref, type NominationFilter, type NominationFilters } from './nominations-link';

export type ReportKind = 'mobilities' | 'agreements';
export type Period = 'academic' | 'calendar';
export const AGREEMENT_VIEWS = ['in_force', 'signed', 'expiring', 'ended'] as const;
export type AgreementView = (typeof AGREEMENT_VIEWS)[number];
/** The filters the page applies to the mobility report's rows itself. */
export const ROW_FILTERS = ['direction', 'type', 'country'] as const;
export type RowFilter = (typeof ROW_FILTERS)[number];

export const DIRECTIONS = ['outgoing', 'incoming'] as const;
export const MOBILITY_TYPES = ['semester_study', 'full_year_study', 'short_term', 'teaching', 'training', 'research'] as const;
/** How far ahead the expiring view looks: the registry's "expiring" view looks as far. */
export const EXPIRING_DAYS = 180;

export type ReportChoices = {
  count: ReportKind;
  /** Mobilities, and agreements signed: academic or calendar years. */
  period: Period;
  /** The first and last year, as typed (four digits); the API says what is wrong with a range. */
  from: string;
  to: string;
  /** One dimension of the count's, or '' for years alone. */
  by: string;
  faculty: string;
  /** Mobilities: those that count (approved, accepted by the partner, completed), or every status. */
  status: 'counted' | 'all';
  direction: string;
  type: string;
  country: string;
  /** Agreements: in force on a day, signed per year, expiring, or ended in the years. */
  view: AgreementView;
  /** The day of `in_force` and `expiring` (YYYY-MM-DD); '' for today. */
  at: string;
};

export type MobilityAnswer = Extract<ApiOk<'GET /reports/mobilities'>, { status: 200 }>['data'];
export type AgreementAnswer = Extract<ApiOk<'GET /reports/agreements'>, { status: 200 }>['data'];

const pad = (n: number) => String(n).padStart(2, '0');
/** `now`'s day, YYYY-MM-DD, where the reader is. */
export const today = (now: Date) => `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;

/** The year (its first calendar year, for an academic year from September) that `now` is in. */
export function currentYear(now: Date, period: Period): number {
  return period === 'academic' && now.getMonth() < 8 ? now.getFullYear() - 1 : now.getFullYear();
}

export const dimensionsOf = (count: ReportKind): readonly string[] => (count === 'mobilities' ? MOBILITY_DIMENSIONS : AGREEMENT_DIMENSIONS);

/** What the page shows when the address says nothing: mobilities of the last five academic years, per year. */
export function defaultChoices(now: Date): ReportChoices {
  const year = currentYear(now, 'academic');
  return { count: 'mobilities', period: 'academic', from: String(year - 4), to: String(year), by: '', faculty: '', status: 'counted', direction: '', type: '', country: '', view: 'in_force', at: '' };
}

const oneOf = <T extends string>(value: string | null, allowed: readonly T[]): T | undefined => ((allowed as readonly string[]).includes(value ?? '') ? (value as T) : undefined);

/**
 * The choices an address (`location.search`) names. What is not there, or not a value the page
 * offers (a hand-edited or an old address), is the default: an address never breaks the page.
 */
export function readChoices(search: string, now: Date): ReportChoices {
  const q = new URLSearchParams(search);
  const d = defaultChoices(now);
  const count = oneOf(q.get('count'), ['mobilities', 'agreements'] as const) ?? d.count;
  const period = oneOf(q.get('period'), ['academic', 'calendar'] as const) ?? (count === 'agreements' ? 'calendar' : d.period);
  const year = (name: string, fallback: number) => (/^\d{4}$/.test(q.get(name) ?? '') ? q.get(name)! : String(fallback));
  const current = currentYear(now, period);
  return {
    count,
    period,
    from: year('from', current - 4),
    to: year('to', current),
    by: oneOf(q.get('by'), dimensionsOf(count)) ?? '',
    faculty: /^[A-Za-z0-9_-]{1,64}$/.test(q.get('faculty') ?? '') ? q.get('faculty')! : '',
    status: q.get('status') === 'all' ? 'all' : 'counted',
    direction: oneOf(q.get('direction'), DIRECTIONS) ?? '',
    type: oneOf(q.get('type'), MOBILITY_TYPES) ?? '',
    country: /^[A-Z]{2}$/.test(q.get('country') ?? '') ? q.get('country')! : '',
    view: oneOf(q.get('view'), AGREEMENT_VIEWS) ?? d.view,
    at: /^\d{4}-\d{2}-\d{2}$/.test(q.get('at') ?? '') ? q.get('at')! : '',
  };
}

/** Whether the choices count over a range of years (rather than on a day). */
export const countsYears = (c: ReportChoices) => c.count === 'mobilities' || c.view === 'signed' || c.view === 'ended';

/** The agreement views that list agreements rather than count them by a dimension. */
export const listsAgreements = (c: ReportChoices) => c.count === 'agreements' && (c.view === 'expiring' || c.view === 'ended');

/** The address's query for the choices: only what applies to what is counted, in a stable order. */
export function writeChoices(c: ReportChoices): string {
  const q = new URLSearchParams({ count: c.count });
  if (c.count === 'agreements') q.set('view', c.view);
  if (countsYears(c)) {
    q.set('period', c.period);
    q.set('from', c.from);
    q.set('to', c.to);
  } else if (c.at) q.set('at', c.at);
  if (c.by && !listsAgreements(c)) q.set('by', c.by);
  if (c.faculty) q.set('faculty', c.faculty);
  if (c.count === 'mobilities') {
    if (c.status === 'all') q.set('status', 'all');
    for (const f of ROW_FILTERS) if (c[f]) q.set(f, c[f]);
  }
  return q.toString();
}

/** The filters set, as `[dimension, value]`. */
export const rowFilters = (c: ReportChoices): [RowFilter, string][] => (c.count === 'mobilities' ? ROW_FILTERS.filter((f) => c[f]).map((f) => [f, c[f]]) : []);

/** The query of GET /api/reports/<count> (and of its export) for the choices. */
export function apiQuery(c: ReportChoices): Record<string, string> {
  const q: Record<string, string> = {};
  if (c.count === 'mobilities') {
    Object.assign(q, { period: c.period, from: c.from, to: c.to });
    const by = [...new Set([c.by, ...rowFilters(c).map(([f]) => f)].filter(Boolean))];
    if (by.length) q.by = by.join(',');
    if (c.status === 'all') q.status = 'all';
  } else {
    q.view = c.view;
    if (countsYears(c)) Object.assign(q, { period: c.period, from: c.from, to: c.to });
    else if (c.at) q.at = c.at;
    if (c.view === 'expiring') q.days = String(EXPIRING_DAYS);
    else if (c.by && !listsAgreements(c)) q.by = c.by;
  }
  if (c.faculty) q.faculty = c.faculty;
  return q;
}

/** A year typed that the API would not take as one; the range's order and span the API checks. */
export const yearProblems = (c: ReportChoices): ('from' | 'to')[] => (countsYears(c) ? (['from', 'to'] as const).filter((k) => !/^\d{4}$/.test(c[k])) : []);

/** One row of the page's table: a year (none for a day's count), a group's code (none without grouping). */
export type ReportRow = { year?: string; group?: string; count: number; months?: number };
export type ReportTable = { rows: ReportRow[]; total: { count: number; months?: number } };

const round1 = (n: number) => Math.round(n * 10) / 10;
const compare = (a = '', b = '') => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The mobility report's rows as the page shows them: those matching the row filters, added up per
 * year and the chosen grouping (the extra dimensions asked for the filters summed away), ordered
 * by year then group; the total of what is shown.
 */
export function mobilityTable(answer: MobilityAnswer, c: ReportChoices): ReportTable {
  const filters = rowFilters(c);
  const cells = new Map<string, ReportRow & { months: number }>();
  for (const r of answer.rows) {
    if (!filters.every(([f, v]) => r.groups[f] === v)) continue;
    const group = c.by ? r.groups[c.by] : undefined;
    const key = JSON.stringify([r.year, group ?? '']);
    const row = cells.get(key) ?? { year: r.year, ...(group !== undefined ? { group } : {}), count: 0, months: 0 };
    row.count += r.count;
    row.months += r.months;
    cells.set(key, row);
  }
  const rows = [...cells.values()].map((r) => ({ ...r, months: round1(r.months) })).sort((a, b) => compare(a.year, b.year) || compare(a.group, b.group));
  const total = rows.reduce((t, r) => ({ count: t.count + r.count, months: t.months + r.months }), { count: 0, months: 0 });
  return { rows, total: { count: total.count, months: round1(total.months) } };
}

/** The agreement report's rows (the expiring and ended views' are their agreements, shown in a list of their own). */
export function agreementTable(answer: AgreementAnswer, c: ReportChoices): ReportTable {
  const rows = answer.rows.map((r) => ({ ...(r.year !== undefined ? { year: r.year } : {}), ...(c.by && r.groups[c.by] !== undefined ? { group: r.groups[c.by] } : {}), count: r.count }));
  return { rows, total: { count: answer.total } };
}

/** The mobility dimensions the nominations list filters by, each under the list's own name for it. */
const LIST_FILTER_OF: Partial<Record<MobilityDimension, Exclude<NominationFilter, 'academicYear'>>> = { direction: 'direction', type: 'type', format: 'mobilityFormat', faculty: 'faculty', partner: 'partner', country: 'country', status: 'status' };

/**
 * The nominations list's filters that show exactly what a row counts, or undefined where the list
 * cannot: it filters by academic year, direction, mobility type, format, faculty, partner, country and
 * status, so a row of mobilities in an academic year links there with the page's filters and its
 * group; calendar years and a grouping by role, level or programme would list more than they
 * count, and link nowhere. So does a group whose value is not known (a partner's country unread).
 */
export function figureFilters(c: ReportChoices, row: ReportRow): NominationFilters | undefined {
  if (c.count !== 'mobilities' || c.period !== 'academic' || !row.year) return undefined;
  const grouped = c.by ? LIST_FILTER_OF[c.by as MobilityDimension] : undefined;
  if (c.by && (!grouped || !row.group)) return undefined;
  const named: Record<string, string> = { academicYear: row.year, ...(c.faculty ? { faculty: c.faculty } : {}), ...Object.fromEntries(rowFilters(c)) };
  if (grouped && grouped !== 'status') named[grouped] = row.group!;
  const status = grouped === 'status' ? [row.group!] : c.status === 'counted' ? [...COUNTED_STATUSES] : undefined;
  // The values are the report's own groups and the page's checked filters: the list's vocabulary.
  return { ...named, ...(status ? { status } : {}) } as NominationFilters;
}

/** The office's list of the nominations a row counts, where the list can show exactly those. */
export function listLink(c: ReportChoices, row: ReportRow): string | undefined {
  const filters = figureFilters(c, row);
  return filters ? nominationsListHref(filters) : undefined;
}

/** The agreements registry's own view of those expiring within 180 days of today (the view looks from today only). */
export const expiringListLink = (c: ReportChoices, now: Date) =>
  c.count === 'agreements' && c.view === 'expiring' && (!c.at || c.at === today(now)) && !c.faculty ? '/office/agreements?view=expiring' : undefined;

/**
 * The agreements registry's in-force view on the same day: it lists by the statistics' own rule,
 * so it shows exactly the agreements counted, unless the count is one faculty's (the registry
 * does not filter by faculty).
 */
export const inForceListLink = (c: ReportChoices) =>
  c.count === 'agreements' && c.view === 'in_force' && !c.faculty ? `/office/agreements?${new URLSearchParams({ view: 'in_force', ...(c.at ? { at: c.at } : {}) })}` : undefined;

/** One agreement in the registry. */
export const agreementLink = (id: string) => `/office/agreements?${new URLSearchParams({ id })}`;

/** The table as a file: the statistics' export with the same query. */
export const exportHref = (c: ReportChoices, format: 'csv' | 'xlsx') => `/api/exports/reports/${c.count}?${new URLSearchParams({ ...apiQuery(c), format })}`;

/** The dimensions that can group what the choices count (the expiring and ended views list, they do not group). */
export const groupings = (c: ReportChoices): readonly (MobilityDimension | AgreementDimension)[] =>
  c.count === 'mobilities' ? MOBILITY_DIMENSIONS : listsAgreements(c) ? [] : AGREEMENT_DIMENSIONS;
