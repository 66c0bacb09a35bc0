/**
 * The routes that make or read files: exports (CSV, XLSX), imports, EWP IIA files, and the
 * memorandum's text (DOCX, PDF), and the invitation letter (PDF). In AWS the
 * HTTP API sends their paths to the files function (functions/exports/handler.ts;
 * infra/constructs/api.ts lists the paths, and tests/infra/stack.test.ts checks that they cover
 * these routes and no other), which carries the spreadsheet library, the XML reader and the
 * memorandum's writers that the API function's bundle does without.
 */
import type { XlsxWriter } from '../lib/exports/xlsx';
import type { XlsxReader } from '../lib/imports/xlsx-read';
import type { InvitationWriter, MemorandumWriter } from '../lib/memorandum/writer';
import type { ApiRouter } from './router';
import { ewpRoutes } from './routes/ewp';
import { exportRoutes } from './routes/exports';
import { importRoutes } from './routes/imports';
import { invitationLetterRoutes } from './routes/invitation-letter';
import { memorandumTextRoutes } from './routes/memorandum-text';
import { signatoryTextRoutes } from './routes/signatory-text';

/** What only the files function (and the local server) is given: exceljs comes in with them. */
export type FileTools = {
  /** The XLSX writer; without it an XLSX export is refused (CSV still served). */
  xlsx?: XlsxWriter;
  /** The XLSX reader for imports. */
  xlsxRead?: XlsxReader;
  /** The memorandum's writer (docx, pdf-lib and the font); without it its text is a 404. */
  memorandum?: MemorandumWriter;
  /** The invitation letter's PDF writer (pdf-lib and the font); without it the letter is a 404. */
  invitation?: InvitationWriter;
};

export function fileRoutes(api: ApiRouter, tools: FileTools = {}): ApiRouter {
  ewpRoutes(api);
  exportRoutes(api, tools.xlsx);
  importRoutes(api, tools.xlsx, tools.xlsxRead);
  memorandumTextRoutes(api, tools.memorandum);
  signatoryTextRoutes(api, tools.memorandum);
  invitationLetterRoutes(api, tools.invitation);
  return api;
}
