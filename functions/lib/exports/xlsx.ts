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

/** One table, or several as the sheets of one workbook (the annual report's), in their order. */
export type XlsxWriter = (sheets: ExportTable | readonly ExportTable[]) => ReadableStream<Uint8Array>;

/**
 * Excel's rules for a sheet's name: at most 31 characters, none of `[ ] : * ? / \`, not blank,
 * and no two alike ignoring case. Names are made to fit (the tables' captions are long), and a
 * second sheet of the same name gets its number.
 */
export function sheetNames(names: readonly string[]): string[] {
  const taken = new Set<string>();
  return names.map((name) => {
    const clean = name.replace(/[[\]:*?/\\]/g, ' ').replace(/\s+/g, ' ').trim().replace(/^'|'$/g, '') || 'Sheet';
    for (let n = 1; ; n++) {
      const suffix = n === 1 ? '' : ` (${n})`;
      const candidate = `${clean.slice(0, 31 - suffix.length).trimEnd()}${suffix}`;
      if (!taken.has(candidate.toLowerCase())) {
        taken.add(candidate.toLowerCase());
        return candidate;
      }
    }
  });
}

export const xlsxStream: XlsxWriter = (sheets) => {
  const tables = Array.isArray(sheets) ? (sheets as readonly ExportTable[]) : [sheets as ExportTable];
  const out = new PassThrough();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  const names = sheetNames(tables.map((t) => t.name));
  const write = async () => {
    for (const [i, table] of tables.entries()) {
      const sheet = workbook.addWorksheet(names[i]);
      sheet.addRow(table.columns).commit();
      for await (const cells of table.rows) {
        const row = sheet.addRow(cells.map((c) => (c === undefined ? null : c)));
        row.eachCell((cell) => {
          if (typeof cell.value === 'string') cell.numFmt = '@';
        });
        row.commit();
      }
      sheet.commit();
    }
    await workbook.commit();
  };
  write().catch((error: unknown) => out.destroy(error instanceof Error ? error : new Error(String(error))));
  return Readable.toWeb(out) as ReadableStream<Uint8Array>;
};
