/**
 * Imports (POST /api/imports/dry-run, /apply; GET /api/imports/template): the office's past
 * brought in from a CSV or XLSX file sent as the raw request body (up to 4 MB, app.ts). In AWS
 * these paths go to the function that bundles exceljs (functions/exports/handler.ts), as the
 * exports do; the API function is given no reader and never sees them.
 */
import type { Context } from 'hono';
import { templateRows } from '../../../shared/imports/columns';
import { IMPORT_MEDIA_TYPES, ImportDryRunQuerySchema, ImportQuerySchema, ImportTemplateQuerySchema } from '../../../shared/schemas/imports';
import type { XlsxWriter } from '../../lib/exports/xlsx';
import type { XlsxReader } from '../../lib/imports/xlsx-read';
import * as imports from '../../lib/services/imports';
import type { AppEnv } from '../context';
import { depsOf, signedIn } from '../context';
import type { ApiRouter } from '../router';
import { download } from './exports';

const ANSWERS = {
  400: 'The file cannot be read (not CSV or XLSX, an encoding other than UTF-8 or Windows-1251, a quote never closed, too many rows): its field error at `file` carries the problem’s `code` and `values` beside the `message`; or a query parameter is not valid',
  401: 'Not signed in',
  403: 'Not the international office',
  413: 'The file is over 4 MB',
};

const fileOf = async (c: Context<AppEnv>, name: string): Promise<imports.ImportFile> => ({ bytes: new Uint8Array(await c.req.arrayBuffer()), name });

export function importRoutes(r: ApiRouter, xlsx?: XlsxWriter, reader?: XlsxReader) {
  const route = { method: 'post' as const, tag: 'imports', access: 'session' as const, file: IMPORT_MEDIA_TYPES };
  r.add({ ...route, operationId: 'checkImport', path: '/imports/dry-run', summary: 'Check an import file: every row, the partners, the duplicates; writes nothing', query: ImportDryRunQuerySchema, responses: { 200: 'What the apply would do', ...ANSWERS } }, async (c, { query }) =>
    c.json(await imports.dryRun(depsOf(c), await signedIn(c), await fileOf(c, query.fileName), query, reader), 200),
  );
  r.add({ ...route, operationId: 'applyImport', path: '/imports/apply', summary: 'Import the file (idempotent: the same file again adds nothing); with errors, only with validOnly=true', query: ImportQuerySchema, responses: { 200: 'What was written', ...ANSWERS, 409: 'The file has errors and validOnly is not true: nothing was written' } }, async (c, { query }) =>
    c.json(await imports.applyImport(depsOf(c), await signedIn(c), await fileOf(c, query.fileName), query, reader), 200),
  );
  r.add({ method: 'get', operationId: 'getImportTemplate', access: 'session', tag: 'imports', path: '/imports/template', summary: 'The import template (header in English, Russian or Uzbek, and an example row)', query: ImportTemplateQuerySchema, responses: { 200: 'The template as a file', 400: ANSWERS[400], 401: ANSWERS[401], 403: ANSWERS[403] } }, async (c, { query }) =>
    download(c, imports.template(await signedIn(c), query), query.format, xlsx),
  );
}
