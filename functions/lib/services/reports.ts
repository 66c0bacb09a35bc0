/**
 * The office's statistics: who may read them (the international office and admins the whole
 * university, a dean their own faculty, nobody else), which years' facts to read, and the pure
 * counting of shared/reports/statistics.ts. Facts are read through the year index only: a report
 * reads the years it asks for, whatever the table's history.
 */
import { ForbiddenError } from '../../../shared/errors';
import { COUNTED_STATUSES } from '../../../shared/reports/facts';
import {
  academicYearsToRead,
  agreementsInForce,
  agreementsSigned,
  countMobilities,
  exchangeBalance,
  endedAgreements,
  expiringAgreements,
  placesUse,
  yearBounds,
  yearLabel,
  yearlyFigures,
  type Period,
} from '../../../shared/reports/statistics';
import type { Person } from '../../../shared/schemas';
import {
  yearsOf,
  type AgreementStatisticsQuery,
  type ExchangeBalanceQuery,
  type MobilityStatisticsQuery,
  type PlacesUseQuery,
  type YearlyFiguresQuery,
} from '../../../shared/schemas/reports';
import { countInReview } from '../../../shared/reports/in-review';
import type { InReviewQuery } from '../../../shared/schemas/reports';
import type { Submission } from '../../../shared/schemas/entities';
import { agreementFactsFrom, mobilityFactsOf } from '../db/facts';
import { listInReview } from '../db/submissions';
import type { Deps } from '../deps';
import { isOffice } from './identity';

const ALL_STATUSES = ['draft', 'in_review', 'changes_requested', 'approved', 'rejected', 'withdrawn', 'accepted_by_partner', 'arrived', 'declined_by_partner', 'completed'];

/**
 * The faculties a person's reports cover: undefined for the whole university. Enforced here, on
 * the server, whatever the page asks: a dean asking for another faculty is refused, not served
 * their own in silence.
 */
export function reportFaculties(person: Person, faculty?: string): string[] | undefined {
  if (isOffice(person)) return faculty ? [faculty] : undefined;
  const own = person.roles.flatMap((r) => (r.role === 'dean' && r.scope.type === 'faculty' ? [r.scope.faculty] : []));
  if (own.length === 0) throw new ForbiddenError('Only the international office, administrators and deans read the reports');
  if (faculty && !own.includes(faculty)) throw new ForbiddenError('A dean reads the reports of their own faculty only');
  return faculty ? [faculty] : own.sort();
}

/** This year, as the period counts it: an academic year begins on 1 September. */
function currentYear(deps: Deps, period: Period): number {
  const now = deps.clock();
  return period === 'calendar' || now.getUTCMonth() >= 8 ? now.getUTCFullYear() : now.getUTCFullYear() - 1;
}

const today = (deps: Deps) => deps.clock().toISOString().slice(0, 10);
const scoped = (faculties: string[] | undefined) => (faculties ? { faculties } : {});

export async function mobilityStatistics(deps: Deps, person: Person, q: MobilityStatisticsQuery) {
  const faculties = reportFaculties(person, q.faculty);
  const years = yearsOf(q) ?? [currentYear(deps, q.period)];
  const statuses = q.status === 'all' ? undefined : (q.status ?? [...COUNTED_STATUSES]);
  const facts = await mobilityFactsOf(deps.db, academicYearsToRead(years, q.period));
  const table = countMobilities(facts, { period: q.period, years, by: q.by, statuses, faculties });
  return { period: q.period, years: years.map((y) => yearLabel(y, q.period)), by: q.by, statuses: statuses ?? ALL_STATUSES, ...scoped(faculties), ...table };
}

export async function agreementStatistics(deps: Deps, person: Person, q: AgreementStatisticsQuery) {
  const faculties = reportFaculties(person, q.faculty);
  if (q.view === 'signed') {
    const years = yearsOf(q) ?? [currentYear(deps, q.period)];
    // An agreement signed in a year is still in force, or ended, after its signature: none that ended before the first year can count.
    const facts = await agreementFactsFrom(deps.db, yearBounds(years[0]!, q.period).from);
    return { view: q.view, years: years.map((y) => yearLabel(y, q.period)), by: q.by, ...scoped(faculties), ...agreementsSigned(facts, years, q.period, q.by, faculties) };
  }
  if (q.view === 'ended') {
    const years = yearsOf(q) ?? [currentYear(deps, q.period)];
    const from = yearBounds(years[0]!, q.period).from;
    // Facts are read from the first day asked: one that ended before it is never read.
    const facts = await agreementFactsFrom(deps.db, from);
    const agreements = endedAgreements(facts, from, yearBounds(years.at(-1)!, q.period).to, today(deps), faculties);
    return { view: q.view, years: years.map((y) => yearLabel(y, q.period)), by: [], ...scoped(faculties), rows: [], total: agreements.length, agreements };
  }
  const at = q.at ?? today(deps);
  const facts = await agreementFactsFrom(deps.db, at);
  if (q.view === 'expiring') {
    const agreements = expiringAgreements(facts, at, q.days ?? 180, faculties);
    return { view: q.view, at, by: [], ...scoped(faculties), rows: [], total: agreements.length, agreements };
  }
  return { view: q.view, at, by: q.by, ...scoped(faculties), ...agreementsInForce(facts, at, q.by, faculties) };
}

export async function placesUseReport(deps: Deps, person: Person, q: PlacesUseQuery) {
  const faculties = reportFaculties(person, q.faculty);
  const years = yearsOf(q) ?? [currentYear(deps, 'academic')];
  const [agreements, mobilities] = await Promise.all([agreementFactsFrom(deps.db, yearBounds(years[0]!, 'academic').from), mobilityFactsOf(deps.db, years)]);
  return { years: years.map((y) => yearLabel(y, 'academic')), ...scoped(faculties), rows: placesUse(agreements, mobilities, years, faculties) };
}

export async function exchangeBalanceReport(deps: Deps, person: Person, q: ExchangeBalanceQuery) {
  const faculties = reportFaculties(person, q.faculty);
  const years = yearsOf(q) ?? [currentYear(deps, q.period)];
  const facts = await mobilityFactsOf(deps.db, academicYearsToRead(years, q.period));
  return { period: q.period, years: years.map((y) => yearLabel(y, q.period)), ...scoped(faculties), rows: exchangeBalance(facts, { period: q.period, years, faculties }) };
}

export async function yearlyReport(deps: Deps, person: Person, q: YearlyFiguresQuery) {
  const faculties = reportFaculties(person, q.faculty);
  const year = q.year ?? currentYear(deps, q.period);
  const [mobilities, agreements] = await Promise.all([mobilityFactsOf(deps.db, academicYearsToRead([year], q.period)), agreementFactsFrom(deps.db, yearBounds(year, q.period).from)]);
  return { ...scoped(faculties), ...yearlyFigures(mobilities, agreements, year, q.period, faculties) };
}

/** The faculty an item belongs to, as a dean's scope sees it: the nominee's, or the one initiating the memorandum. */
const facultyOf = (s: Submission) => (s.kind === 'nomination' ? s.content.nominee.faculty : s.content.initiatingFaculty);

/**
 * What waits on whom: the items in review by the step they wait at, and those past its due date.
 * Read from the due-date index, which holds exactly the items in review (never a Scan); an item
 * that left review a moment ago may still be counted once (the index is eventually consistent).
 */
export async function inReviewReport(deps: Deps, person: Person, q: InReviewQuery) {
  const faculties = reportFaculties(person, q.faculty);
  const at = deps.clock().toISOString();
  const items = (await listInReview(deps.db)).flatMap((s) => (s.status === 'in_review' && s.review ? [{ kind: s.kind, faculty: facultyOf(s), review: s.review }] : []));
  return { at, ...scoped(faculties), ...countInReview(items, at, faculties) };
}
