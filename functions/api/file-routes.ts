/**
 * The routes that make or read files: exports (CSV, XLSX), imports, and EWP IIA files. In AWS the
 * HTTP API sends their paths to the files function (functions/exports/handler.ts;
 * infra/constructs/api.ts lists the paths, and tests/infra/stack.test.ts checks that they cover
 * these routes and no other), which carries the spreadsheet library and the XML reader that the
 * API function's bundle does without.
 */
import type { XlsxWriter } from '../lib/exports/xlsx';
import type { XlsxReader } from '../lib/imports/xlsx-read';
import type { ApiRouter } from './router';
import { ewpRoutes } from './routes/ewp';
import { exportRoutes } from './routes/exports';
import { importRoutes } from './routes/imports';

/** What only the files function (and the local server) is given: exceljs comes in with them. */
export type FileTools = {
  /** The XLSX writer; without it an XLSX export is refused (CSV still served). */
  xlsx?: XlsxWriter;
  /** The XLSX reader for imports. */
  xlsxRead?: XlsxReader;
};

export function fileRoutes(api: ApiRouter, tools: FileTools = {}): ApiRouter {
  ewpRoutes(api);
  exportRoutes(api, tools.xlsx);
  importRoutes(api, tools.xlsx, tools.xlsxRead);
  return api;
}
