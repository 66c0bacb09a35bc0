/**
 * The agreements registry's pure core (pages/office-agreements-page.tsx): which rows a view and
 * its filters show, what a search for a partner matches, the filters in the address and back,
 * and the registry's days. No state and no DOM: the page passes what it read and the day it is.
 */
import { displayName, otherCountryNames } from '../../../shared/i18n/labels';
import { inForceOn, termInForce } from '../../../shared/reports/facts';
import { academicYearStart } from '../../../shared/workflow/quota';
import type { Agreement, DormantAgreement, Partner, PlacesRow } from '../api-types';
import { LANGUAGES } from '../i18n/choice';
import { fold, partnerSearchText } from '../search-text';

/**
 * A row of the registry: an agreement as listed, or a dormant one the list did not have (from
 * the dormant list's own fields), with its last mobility in the dormant view.
 */
export type RegistryRow = Pick<Agreement, 'id' | 'reference' | 'status' | 'amends'> & { content: Partial<Agreement['content']>; lastMobilityAt?: string };

// The in-force view last: it asks for a day, the others are lists of today.
export const VIEWS = ['all', 'expiring', 'dormant', 'in_force'] as const;
export type View = (typeof VIEWS)[number];

/** The registry's filters, as the address keeps them (`view`, `q`, `status`, and the in-force view's day `at`, '' for today). */
export type Filters = { view: View; search: string; status: string; at: string };

/** How far ahead "expiring soon" looks, in days. */
export const EXPIRING_WITHIN_DAYS = 180;
/** The statuses an agreement can have, in the order the office thinks of them. */
export const STATUSES = ['active', 'in_review', 'changes_requested', 'approved', 'draft', 'expired', 'terminated', 'rejected', 'withdrawn'];
export const PAGE = '/office/agreements';

export const agreementHref = (id: string) => `${PAGE}?id=${encodeURIComponent(id)}`;

/** An agreement's id as the address may carry it (the API's ids); anything else is not one. */
export const isAgreementId = (id: string) => /^[A-Za-z0-9_-]{1,64}$/.test(id);

// ---- days -----------------------------------------------------------------------------------

const pad = (n: number) => String(n).padStart(2, '0');
/** A moment's day on the reader's calendar, `YYYY-MM-DD`. */
export const localDay = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
const dayNumber = (isoDate: string) => Date.UTC(Number(isoDate.slice(0, 4)), Number(isoDate.slice(5, 7)) - 1, Number(isoDate.slice(8, 10))) / 86_400_000;
export const daysBetween = (from: string, to: string) => dayNumber(to) - dayNumber(from);

/** The academic year `today` falls in, "2026/2027". */
export function academicYearOf(today: string): string {
  const y = academicYearStart(today);
  return `${y}/${y + 1}`;
}

/**
 * The day of a last mobility, which the registry shows without a time: a mobility's day is stored
 * as its midnight UTC (that day itself, wherever the reader is); coming into force, as the moment
 * it happened (the reader's day of it).
 */
export function dayOfMoment(iso: string): string {
  if (/T00:00:00(\.0+)?Z$/.test(iso)) return iso.slice(0, 10);
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso.slice(0, 10) : localDay(d);
}

// ---- search -----------------------------------------------------------------------------------

// ---- the views ----------------------------------------------------------------------------------

/** In force and ending within 180 days of `today` (not already past), soonest first. */
export function expiringSoon(agreements: readonly Agreement[], today: string): Agreement[] {
  return agreements
    .filter((a) => {
      const end = a.content?.endDate;
      if (a.status !== 'active' || typeof end !== 'string') return false;
      const left = daysBetween(today, end);
      return left >= 0 && left <= EXPIRING_WITHIN_DAYS;
    })
    .sort((a, b) => String(a.content.endDate).localeCompare(String(b.content.endDate)));
}

/** The dormant list in the API's order, each joined with the agreement the registry already has. */
export function dormantRows(dormant: readonly DormantAgreement[], agreements: readonly Agreement[]): RegistryRow[] {
  return dormant.map((d) => {
    const known = agreements.find((a) => a.id === d.id);
    const base: RegistryRow = known ?? { id: d.id, reference: d.reference, status: 'active', content: { partnerId: d.partnerId, endDate: d.endDate } };
    return { ...base, lastMobilityAt: d.lastMobilityAt };
  });
}

/**
 * Those in force on a day, by the statistics' own rule (shared/reports/facts.ts), so that the
 * statistics' "in force on" figure opens exactly the agreements it counts: expired and terminated
 * ones included when the day is past.
 */
export const inForceOnDay = (agreements: readonly Agreement[], day: string): Agreement[] => agreements.filter((a) => inForceOn(termInForce(a), day));

/** The rows of a view before its filters; `at` is the in-force view's day ('' for today). */
export function rowsInView(view: View, agreements: readonly Agreement[], dormant: readonly DormantAgreement[], today: string, at = ''): RegistryRow[] {
  if (view === 'in_force') return inForceOnDay(agreements, at || today);
  return view === 'expiring' ? expiringSoon(agreements, today) : view === 'dormant' ? dormantRows(dormant, agreements) : [...agreements];
}

/** The rows the filters keep: of the status chosen, with a partner the search matches (its id, when the partner is not known). */
export function filtered(rows: readonly RegistryRow[], filters: Pick<Filters, 'search' | 'status'>, partners: ReadonlyMap<string, Partner>): RegistryRow[] {
  const search = fold(filters.search.trim());
  const matches = (partnerId: string | undefined) => {
    const p = partnerId ? partners.get(partnerId) : undefined;
    return (p ? partnerSearchText(p) : fold(partnerId ?? '')).includes(search);
  };
  return rows.filter((a) => (!filters.status || a.status === filters.status) && (!search || matches(a.content?.partnerId)));
}

// ---- the address ----------------------------------------------------------------------------------

/** The filters an address names; an unknown view or status is the default one, a day not written YYYY-MM-DD is today. */
export function filtersFrom(params: URLSearchParams): Filters {
  const view = params.get('view');
  const status = params.get('status') ?? '';
  const at = params.get('at') ?? '';
  return {
    view: (VIEWS as readonly string[]).includes(view ?? '') ? (view as View) : 'all',
    search: params.get('q') ?? '',
    status: STATUSES.includes(status) ? status : '',
    at: view === 'in_force' && /^\d{4}-\d{2}-\d{2}$/.test(at) ? at : '',
  };
}

/** The filters as the registry's address, so that going back from an agreement finds them again. */
export function addressOf(filters: Filters): string {
  const params = new URLSearchParams();
  if (filters.view !== 'all') params.set('view', filters.view);
  if (filters.view === 'in_force' && filters.at) params.set('at', filters.at);
  if (filters.search.trim()) params.set('q', filters.search.trim());
  if (filters.status) params.set('status', filters.status);
  const query = params.toString();
  return query ? `${PAGE}?${query}` : PAGE;
}

// ---- places --------------------------------------------------------------------------------------

/** Places used against planned in one academic year; `over` when an override gave more than planned. */
export function placesInYear(rows: readonly PlacesRow[], year: string): { used: number; planned: number; over: boolean } {
  const inYear = rows.filter((r) => r.academicYear === year);
  const planned = inYear.reduce((sum, r) => sum + r.planned, 0);
  const used = inYear.reduce((sum, r) => sum + r.used, 0);
  return { used, planned, over: used > planned };
}
