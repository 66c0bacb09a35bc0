/**
 * The nominations list's filters read from its address, checked with the API's own schema
 * (shared/schemas/reports.ts), so the list asks for nothing the server would refuse. Apart from
 * nominations-link.ts, which the statistics and the dashboard import, so that they do not carry
 * the schemas. Tested in tests/unit/nominations-link.test.ts.
 */
import * as z from 'zod/mini';
import { NominationListQuerySchema } from '../../shared/schemas/reports';
import { NOMINATION_FILTERS, type NominationFilters } from './nominations-link';

/**
 * The filters an address (`location.search`) names. A value the API would refuse (a hand-edited
 * or an old address) is left out rather than breaking the page; `year`, the name an older list
 * wrote for the academic year, still counts as one.
 */
export function readNominationFilters(search: string): NominationFilters {
  const q = new URLSearchParams(search);
  const filters: Record<string, unknown> = {};
  const shape = NominationListQuerySchema.shape;
  for (const name of NOMINATION_FILTERS) {
    const given = q.get(name) ?? (name === 'academicYear' ? q.get('year') : null);
    if (!given) continue;
    const parsed = z.safeParse(shape[name], given);
    if (parsed.success && parsed.data !== undefined && !(Array.isArray(parsed.data) && !parsed.data.length)) filters[name] = parsed.data;
  }
  return filters as NominationFilters;
}
