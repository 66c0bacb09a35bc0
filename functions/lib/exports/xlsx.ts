/**
 * XLSX through exceljs's streaming writer: each row is committed (written into the zip stream and
 * dropped) as it is produced, so the workbook is never held whole. Heavy (exceljs and its zip
 * writer), so only the exports function bundles it (functions/exports/handler.ts): the API
 * function is given no writer and never sees an export in AWS.
 *
 * Text is written as text: exceljs writes a formula only for a `{ formula }` value, never for a
 * string, so `=HYPERLINK(…)` stays a name. The column's number format is set to text (`@`) as well,
 * so Excel does not re-read an edited cell as a formula.
 */
import { PassThrough, Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { ExportTable } from './table';

export type XlsxWriter = (table: ExportTable) => ReadableStream<Uint8Array>;

export const xlsxStream: XlsxWriter = (table) => {
  const out = new PassThrough();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  const sheet = workbook.addWorksheet(table.name.slice(0, 31));
  const write = async () => {
    sheet.addRow(table.columns).commit();
    for await (const cells of table.rows) {
      const row = sheet.addRow(cells.map((c) => (c === undefined ? null : c)));
      row.eachCell((cell) => {
        if (typeof cell.value === 'string') cell.numFmt = '@';
      });
      row.commit();
    }
    sheet.commit();
    await workbook.commit();
  };
  write().catch((error: unknown) => out.destroy(error instanceof Error ? error : new Error(String(error))));
  return Readable.toWeb(out) as ReadableStream<Uint8Array>;
};
