/**
 * What the office downloads: the agreements registry, the nominations (with the list's filters),
 * the partners, and every statistics table, each as an ExportTable whose rows are produced a page
 * at a time. The writers (CSV, XLSX) turn it into a file; who may read what is decided here, as
 * for the screens: the registers are the international office's, the statistics follow the reports.
 */
import { ForbiddenError } from '../../../shared/errors';
import type { AgreementStatisticsQuery, ExchangeBalanceQuery, MobilityStatisticsQuery, NominationListQuery, PlacesUseQuery, WorkbookRequest, YearlyFiguresQuery } from '../../../shared/schemas/reports';
import type { Agreement, Nomination, Person, Partner } from '../../../shared/schemas';
import { listPartners } from '../db/directory';
import { submissionPages } from '../db/submissions';
import type { Deps } from '../deps';
import type { Cell, ExportTable } from '../exports/table';
import { isOffice } from './identity';
import { dimensionsOf, matchesFilters } from './nomination-list';
import * as reports from './reports';
import { formatOf } from '../../../shared/workflow/mobility-dates';

function requireOffice(person: Person) {
  if (!isOffice(person)) throw new ForbiddenError('Only the international office exports the registers');
}

async function partnerNames(deps: Deps): Promise<Map<string, Partner>> {
  return new Map((await listPartners(deps.db)).map((p) => [p.id, p]));
}

export async function agreementsRegistry(deps: Deps, person: Person): Promise<ExportTable> {
  requireOffice(person);
  const partners = await partnerNames(deps);
  async function* rows(): AsyncGenerator<Cell[]> {
    for await (const page of submissionPages(deps.db, 'memorandum')) {
      for (const a of page as Agreement[]) {
        const p = partners.get(a.content.partnerId);
        const c = a.content;
        yield [a.reference, a.status, p?.name ?? c.partnerId, p?.country, c.kind, c.scope.join('; '), c.startDate, c.endDate ?? '', a.termination?.effectiveDate, c.initiatingFaculty, c.coordinator.name, c.coordinator.email];
      }
    }
  }
  return {
    name: 'Agreements',
    columns: ['reference', 'status', 'partner', 'country', 'kind', 'scope', 'start date', 'end date', 'terminated from', 'initiating faculty', 'coordinator', 'coordinator email'],
    rows: rows(),
  };
}

/** Every nomination the list's filters (GET /api/nominations's, nomination-list.ts) keep: the same rule, all of them, not only the newest 200. */
export async function nominationsList(deps: Deps, person: Person, filters: NominationListQuery): Promise<ExportTable> {
  requireOffice(person);
  const partners = await partnerNames(deps);
  const keep = (n: Nomination) => matchesFilters(dimensionsOf(n, partners.get(n.content.partnerId)?.country ?? ''), filters);
  async function* rows(): AsyncGenerator<Cell[]> {
    for await (const page of submissionPages(deps.db, 'nomination')) {
      for (const n of (page as Nomination[]).filter(keep)) {
        const c = n.content;
        const p = partners.get(c.partnerId);
        yield [n.reference, n.status, c.nominee.name, c.nominee.role, c.nominee.studyLevel, c.nominee.faculty, c.nominee.department, c.direction, c.programme, c.mobilityType, c.academicYear, c.period, formatOf(c), c.plannedStartDate, c.plannedEndDate, c.physicalStartDate, c.physicalEndDate, c.staffHours, c.subject, p?.name ?? c.partnerId, p?.country, c.agreementId, n.completion?.actualStartDate, n.completion?.actualEndDate, n.createdAt.slice(0, 10)];
      }
    }
  }
  return {
    name: 'Nominations',
    columns: ['reference', 'status', 'nominee', 'role', 'level', 'faculty', 'department', 'direction', 'programme', 'mobility type', 'academic year', 'period', 'format', 'planned start', 'planned end', 'physical start', 'physical end', 'staff hours', 'subject', 'partner', 'country', 'agreement', 'actual start', 'actual end', 'submitted'],
    rows: rows(),
  };
}

export async function partnersList(deps: Deps, person: Person): Promise<ExportTable> {
  requireOffice(person);
  const partners = await listPartners(deps.db);
  return {
    name: 'Partners',
    columns: ['id', 'name', 'name (ru)', 'name (uz)', 'country', 'city', 'website', 'Erasmus code', 'SCHAC id', 'type'],
    rows: partners.map((p) => [p.id, p.name, p.names.ru, p.names.uz, p.country, p.city, p.website, p.erasmusCode, p.schacId, p.type]),
  };
}

export async function mobilityStatisticsTable(deps: Deps, person: Person, q: MobilityStatisticsQuery): Promise<ExportTable> {
  const table = await reports.mobilityStatistics(deps, person, q);
  return { name: 'Mobilities', columns: ['year', ...table.by, 'count', 'months'], rows: table.rows.map((r) => [r.year, ...table.by.map((d) => r.groups[d]), r.count, r.months]) };
}

export async function agreementStatisticsTable(deps: Deps, person: Person, q: AgreementStatisticsQuery): Promise<ExportTable> {
  const table = await reports.agreementStatistics(deps, person, q);
  if (table.view === 'expiring' || table.view === 'ended') {
    const partners = await partnerNames(deps);
    const expiring = table.view === 'expiring';
    return {
      name: expiring ? 'Expiring agreements' : 'Ended agreements',
      columns: ['reference', 'partner', 'country', 'kind', 'faculty', expiring ? 'ends on' : 'ended on', ...(expiring ? ['days left'] : [])],
      rows: (table.agreements ?? []).map((a) => [a.reference, partners.get(a.partner)?.name ?? a.partner, a.country, a.kind, a.faculty, a.endsOn, ...(expiring ? [a.daysLeft] : [])]),
    };
  }
  const withYear = table.view === 'signed';
  return {
    name: table.view === 'signed' ? 'Agreements signed' : 'Agreements in force',
    columns: [...(withYear ? ['year'] : []), ...table.by, 'count'],
    rows: table.rows.map((r) => [...(withYear ? [r.year] : []), ...table.by.map((d) => r.groups[d]), r.count]),
  };
}

export async function placesUseTable(deps: Deps, person: Person, q: PlacesUseQuery): Promise<ExportTable> {
  const [table, partners] = await Promise.all([reports.placesUseReport(deps, person, q), partnerNames(deps)]);
  return {
    name: 'Places',
    columns: ['agreement', 'partner', 'academic year', 'sender', 'type', 'planned', 'used'],
    rows: table.rows.map((r) => [r.reference || r.agreement, partners.get(r.partner)?.name ?? r.partner, r.academicYear, r.sender, r.type, r.planned, r.used]),
  };
}

export async function exchangeBalanceTable(deps: Deps, person: Person, q: ExchangeBalanceQuery): Promise<ExportTable> {
  const [table, partners] = await Promise.all([reports.exchangeBalanceReport(deps, person, q), partnerNames(deps)]);
  return {
    name: 'Exchange balance',
    columns: ['partner', 'country', 'year', 'outgoing', 'incoming', 'balance', 'outgoing months', 'incoming months'],
    rows: table.rows.map((r) => [partners.get(r.partner)?.name ?? r.partner, r.country, r.year, r.outgoing, r.incoming, r.balance, r.outgoingMonths, r.incomingMonths]),
  };
}

export async function yearlyFiguresTable(deps: Deps, person: Person, q: YearlyFiguresQuery): Promise<ExportTable> {
  const f = await reports.yearlyReport(deps, person, q);
  const rows: Cell[][] = [
    ['memoranda signed', '', f.memoranda.signed, ''],
    ['memoranda in force at the end of the year', '', f.memoranda.inForceAtEnd, ''],
    ['partner countries', '', f.countries.length, ''],
    ['students', '', f.students.outgoing, f.students.incoming],
    ['staff, teaching', '', f.staff.teaching.outgoing, f.staff.teaching.incoming],
    ['staff, training', '', f.staff.training.outgoing, f.staff.training.incoming],
    ...f.byProgramme.flatMap((p): Cell[][] => [
      ['students', p.programme, p.students.outgoing, p.students.incoming],
      ['staff', p.programme, p.staff.outgoing, p.staff.incoming],
    ]),
  ];
  return { name: `Year ${f.year.replace('/', '-')}`, columns: ['figure', 'programme', 'outgoing (or the figure)', 'incoming'], rows };
}

/**
 * The tables a page showed, each a sheet of one workbook (the annual report's): the office's, like
 * the pages that send them. The rows are the page's, checked by the request's schema; the writer
 * writes text as text, so nothing in them becomes a formula.
 */
export function workbook(person: Person, request: WorkbookRequest): ExportTable[] {
  requireOffice(person);
  return request.sheets.map((sheet) => ({ name: sheet.name, columns: sheet.columns, rows: sheet.rows }));
}
