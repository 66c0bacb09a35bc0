/**
 * Exports (GET /api/exports/…): the registers and every statistics table as CSV or XLSX. In AWS
 * these paths are routed to the exports function, which is given the XLSX writer; the API
 * function is not (its bundle stays small) and never sees them. Locally one process serves both.
 */
import type { Context } from 'hono';
import { NotFoundError } from '../../../shared/errors';
import {
  AgreementStatisticsExportQuerySchema,
  ExchangeBalanceExportQuerySchema,
  MobilityStatisticsExportQuerySchema,
  NominationsExportQuerySchema,
  PlacesUseExportQuerySchema,
  RegisterExportQuerySchema,
  YearlyFiguresExportQuerySchema,
  WorkbookRequestSchema,
  type ExportFormat,
} from '../../../shared/schemas/reports';
import { csvStream } from '../../lib/exports/csv';
import { CSV_TYPE, XLSX_TYPE, type ExportTable } from '../../lib/exports/table';
import type { XlsxWriter } from '../../lib/exports/xlsx';
import * as exports from '../../lib/services/exports';
import * as incoming from '../../lib/services/incoming';
import type { AppEnv } from '../context';
import { depsOf, signedIn } from '../context';
import type { ApiRouter } from '../router';

const ANSWERS = {
  200: 'The table as a file (an attachment), streamed a page at a time',
  400: 'A query parameter is not valid (named)',
  401: 'Not signed in',
  403: 'Not the international office (the statistics: nor a dean of the faculty)',
};

/**
 * A file as an attachment: its name in ASCII for old clients and, when the name is in another
 * script ("Годовой отчёт 2025"), also as RFC 6266's UTF-8 `filename*`.
 */
function attachment(c: Context<AppEnv>, name: string, format: ExportFormat, body: ReadableStream<Uint8Array>): Response {
  const ascii = name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'export';
  const utf8 = /^[\x20-\x7e]*$/.test(name) ? '' : `; filename*=UTF-8''${encodeURIComponent(`${name}.${format}`)}`;
  return c.body(body, 200, {
    'content-type': format === 'xlsx' ? XLSX_TYPE : `${CSV_TYPE}; charset=utf-8`,
    'content-disposition': `attachment; filename="${ascii}.${format}"${utf8}`,
    'cache-control': 'no-store',
  });
}

const noWriter = () => new NotFoundError('XLSX exports are served by the exports function');

/** The file, as an attachment named after the table. */
export function download(c: Context<AppEnv>, table: ExportTable, format: ExportFormat, xlsx: XlsxWriter | undefined): Response {
  if (format === 'xlsx' && !xlsx) throw noWriter();
  return attachment(c, table.name, format, format === 'xlsx' ? xlsx!(table) : csvStream(table));
}

export function exportRoutes(r: ApiRouter, xlsx?: XlsxWriter) {
  const route = { method: 'get' as const, tag: 'exports', access: 'session' as const, responses: ANSWERS };
  r.add({ ...route, operationId: 'exportAgreements', path: '/exports/agreements', summary: 'The agreements registry', query: RegisterExportQuerySchema }, async (c, { query }) =>
    download(c, await exports.agreementsRegistry(depsOf(c), await signedIn(c)), query.format, xlsx),
  );
  r.add({ ...route, operationId: 'exportNominations', path: '/exports/nominations', summary: 'The nominations, with the list’s filters (GET /api/nominations’s), every one that matches', query: NominationsExportQuerySchema }, async (c, { query }) =>
    download(c, await exports.nominationsList(depsOf(c), await signedIn(c), query), query.format, xlsx),
  );
  // CSV only, asked for on purpose: the one export that carries the person's data.
  r.add({ ...route, operationId: 'exportInvitations', path: '/exports/invitations', summary: 'The invitation list: incoming students’ nationality, birth date and passport, for the letters (the international office only)', responses: { 200: ANSWERS[200], 401: ANSWERS[401], 403: 'Not the international office' } }, async (c) =>
    download(c, await incoming.invitationList(depsOf(c), await signedIn(c)), 'csv', xlsx),
  );
  r.add({ ...route, operationId: 'exportPartners', path: '/exports/partners', summary: 'The partner universities', query: RegisterExportQuerySchema }, async (c, { query }) =>
    download(c, await exports.partnersList(depsOf(c), await signedIn(c)), query.format, xlsx),
  );
  r.add({ ...route, operationId: 'exportMobilityStatistics', path: '/exports/reports/mobilities', summary: 'GET /reports/mobilities as a table', query: MobilityStatisticsExportQuerySchema }, async (c, { query }) =>
    download(c, await exports.mobilityStatisticsTable(depsOf(c), await signedIn(c), query), query.format, xlsx),
  );
  r.add({ ...route, operationId: 'exportAgreementStatistics', path: '/exports/reports/agreements', summary: 'GET /reports/agreements as a table', query: AgreementStatisticsExportQuerySchema }, async (c, { query }) =>
    download(c, await exports.agreementStatisticsTable(depsOf(c), await signedIn(c), query), query.format, xlsx),
  );
  r.add({ ...route, operationId: 'exportPlacesUse', path: '/exports/reports/places', summary: 'GET /reports/places as a table', query: PlacesUseExportQuerySchema }, async (c, { query }) =>
    download(c, await exports.placesUseTable(depsOf(c), await signedIn(c), query), query.format, xlsx),
  );
  r.add({ ...route, operationId: 'exportExchangeBalance', path: '/exports/reports/balance', summary: 'GET /reports/balance as a table', query: ExchangeBalanceExportQuerySchema }, async (c, { query }) =>
    download(c, await exports.exchangeBalanceTable(depsOf(c), await signedIn(c), query), query.format, xlsx),
  );
  r.add({ ...route, operationId: 'exportYearlyFigures', path: '/exports/reports/yearly', summary: 'GET /reports/yearly as a table', query: YearlyFiguresExportQuerySchema }, async (c, { query }) =>
    download(c, await exports.yearlyFiguresTable(depsOf(c), await signedIn(c), query), query.format, xlsx),
  );
  r.add(
    {
      method: 'post',
      tag: 'exports',
      access: 'session',
      operationId: 'exportWorkbook',
      path: '/exports/workbook',
      summary: 'The tables a page shows (the annual report), as one XLSX workbook with a sheet each, in the words the reader saw',
      body: WorkbookRequestSchema,
      responses: { ...ANSWERS, 200: 'The workbook, as an attachment', 400: 'The body is not a workbook: the fields named', 403: 'Not the international office' },
    },
    async (c, { body }) => {
      const sheets = exports.workbook(await signedIn(c), body);
      if (!xlsx) throw noWriter();
      return attachment(c, body.name, 'xlsx', xlsx(sheets));
    },
  );
}
