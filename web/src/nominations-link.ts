/**
 * The office's nominations list's address (/office/nominations?…) and its filters, in one place:
 * the statistics and the dashboard make a figure's link with it. The filters are the API's
 * (GET /api/nominations, shared/schemas/reports.ts), so a link asks the server for exactly what
 * the figure counts; nomination-filters.ts reads them back from an address. No DOM, no words:
 * tested in tests/unit/nominations-link.test.ts.
 */
// Types only: the figures' pages make links without carrying the schemas (nomination-filters.ts reads them).
import type { NominationListQuery } from '../../shared/schemas/reports';

export const NOMINATIONS_LIST = '/office/nominations';

/** The list's filters, in the order the address names them. */
export const NOMINATION_FILTERS = ['academicYear', 'direction', 'type', 'mobilityFormat', 'faculty', 'partner', 'country', 'status'] as const;
export type NominationFilter = (typeof NOMINATION_FILTERS)[number];
export type NominationFilters = NominationListQuery;

/** The filters set, as the query of an address (statuses joined by commas). */
function filterQuery(filters: NominationFilters): URLSearchParams {
  const q = new URLSearchParams();
  for (const name of NOMINATION_FILTERS) {
    const value = filters[name];
    const text = Array.isArray(value) ? value.join(',') : value;
    if (text) q.set(name, text);
  }
  return q;
}

/** The list's address showing the nominations the filters name (none: every nomination). */
export function nominationsListHref(filters: NominationFilters): string {
  const query = filterQuery(filters).toString();
  return query ? `${NOMINATIONS_LIST}?${query}` : NOMINATIONS_LIST;
}

/** The export of every nomination the filters name (GET /api/exports/nominations takes the list's filters), as CSV or XLSX. */
export function nominationsExportHref(filters: NominationFilters, format: 'csv' | 'xlsx'): string {
  const q = filterQuery(filters);
  q.set('format', format);
  return `/api/exports/nominations?${q}`;
}

/** The filters set, as `[name, value]` (statuses joined by commas): what the list says it shows. */
export const activeFilters = (filters: NominationFilters): [NominationFilter, string][] =>
  NOMINATION_FILTERS.flatMap((name) => {
    const value = filters[name];
    const text = Array.isArray(value) ? value.join(',') : value;
    return text ? [[name, text] as [NominationFilter, string]] : [];
  });
