/**
 * The nominations list (GET /api/nominations) with the filters a statistics figure is counted by
 * (shared/schemas/reports.ts: NominationListQuerySchema), so that a figure opens the list of
 * exactly what it counts.
 *
 * Where it reads: with an academic year, that year's report facts (the `byFactYear` index, one
 * partition per year), which carry every dimension filtered on, the partner's country included;
 * the matching nominations are then read by id, consistently, and checked again (the index lags
 * the items a little). Without a year, the newest nominations from the list index, as the list
 * always read them, filtered here. Someone outside the office sees only their own, filtered here.
 *
 * The office's registry (GET /api/nominations/registry) is the same list saying what it left out:
 * whether it was cut at the newest LIST_LIMIT, and how many match where the server knows it (with
 * a year, the year's facts count them; without one, only the newest LIST_LIMIT were looked at).
 */
import type { Nomination, Person } from '../../../shared/schemas';
import type { NominationListQuery } from '../../../shared/schemas/reports';
import type { MobilityFact } from '../../../shared/reports/facts';
import type { Deps } from '../deps';
import { ForbiddenError } from '../../../shared/errors';
import { getPartner } from '../db/directory';
import { mobilityFactsOf } from '../db/facts';
import { getSubmissions, listAll, listByOwner } from '../db/submissions';
import { isOffice } from './identity';
import { formatOf } from '../../../shared/workflow/mobility-dates';

/** The office's list (shared/schemas/responses.ts: NominationRegistrySchema): the nominations shown, and what was left out. */
export type NominationRegistry = { nominations: Nomination[]; truncated: boolean; total: number | null };

/** What one screen lists: the newest this many of those that match. */
export const LIST_LIMIT = 200;

/** The filters given, as the fields of a nomination they look at (and its partner's country). */
type Dimensions = Pick<MobilityFact, 'academicYear' | 'direction' | 'type' | 'format' | 'faculty' | 'partner' | 'country' | 'status'>;

/** Whether a nomination (as its dimensions) is one the filters ask for; a filter not given asks for nothing. */
export function matchesFilters(d: Dimensions, f: NominationListQuery): boolean {
  return (
    (!f.academicYear || d.academicYear === f.academicYear) &&
    (!f.direction || d.direction === f.direction) &&
    (!f.type || d.type === f.type) &&
    (!f.mobilityFormat || d.format === f.mobilityFormat) &&
    (!f.faculty || d.faculty === f.faculty) &&
    (!f.partner || d.partner === f.partner) &&
    (!f.country || d.country === f.country) &&
    (!f.status?.length || f.status.includes(d.status))
  );
}

/** What the filters look at of a nomination, its partner's country given. */
export const dimensionsOf = (n: Nomination, country: string): Dimensions => ({
  academicYear: n.content.academicYear,
  direction: n.content.direction,
  type: n.content.mobilityType,
  format: formatOf(n.content),
  faculty: n.content.nominee.faculty,
  partner: n.content.partnerId,
  country,
  status: n.status,
});

/** `NOM-2026-0012` → [2026, 12]: references sort by year, then number (which may pass four digits). */
const referenceOrder = (reference: string) => reference.split('-').slice(-2).map(Number) as [number, number];
const newerFirst = (a: { reference: string }, b: { reference: string }) => {
  const [ya, na] = referenceOrder(a.reference);
  const [yb, nb] = referenceOrder(b.reference);
  return yb - ya || nb - na;
};

/** The partners' countries, read only when the country is filtered on (a cached reference read each). */
async function countriesOf(deps: Deps, nominations: Nomination[], f: NominationListQuery): Promise<Map<string, string>> {
  if (!f.country) return new Map();
  const ids = [...new Set(nominations.map((n) => n.content.partnerId))];
  const partners = await Promise.all(ids.map((id) => getPartner(deps.db, id)));
  return new Map(ids.map((id, i) => [id, partners[i]?.country ?? '']));
}

async function filtered(deps: Deps, nominations: Nomination[], f: NominationListQuery, known = new Map<string, string>()): Promise<Nomination[]> {
  const countries = known.size ? known : await countriesOf(deps, nominations, f);
  return nominations.filter((n) => matchesFilters(dimensionsOf(n, countries.get(n.content.partnerId) ?? ''), f));
}

/** The nominations a person may list that match the filters, newest first. */
export async function listNominations(deps: Deps, person: Person, f: NominationListQuery): Promise<Nomination[]> {
  if (!isOffice(person)) return filtered(deps, (await listByOwner(deps.db, 'nomination', person.email)) as Nomination[], f);
  return (await readRegistry(deps, f)).nominations;
}

/** The office's list with what it left out; the office's and admins' only. */
export async function nominationRegistry(deps: Deps, person: Person, f: NominationListQuery): Promise<NominationRegistry> {
  if (!isOffice(person)) throw new ForbiddenError('Only the international office lists every nomination');
  return readRegistry(deps, f);
}

async function readRegistry(deps: Deps, f: NominationListQuery): Promise<NominationRegistry> {
  if (!f.academicYear) {
    // One more than a screen's worth, only to know whether there were more to look at.
    const read = (await listAll(deps.db, 'nomination', LIST_LIMIT + 1)) as Nomination[];
    const nominations = await filtered(deps, read.slice(0, LIST_LIMIT), f);
    const truncated = read.length > LIST_LIMIT;
    return { nominations, truncated, total: truncated ? null : nominations.length };
  }
  const matching = (await mobilityFactsOf(deps.db, [Number(f.academicYear.slice(0, 4))])).filter((fact) => matchesFilters(fact, f)).sort(newerFirst);
  const facts = matching.slice(0, LIST_LIMIT);
  const items = (await getSubmissions(deps.db, 'nomination', facts.map((fact) => fact.id))) as Nomination[];
  const countries = new Map(facts.map((fact) => [fact.partner, fact.country]));
  const shown = await filtered(deps, items, f, countries);
  const nominations = shown.sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0));
  return { nominations, truncated: matching.length > LIST_LIMIT, total: matching.length };
}
