/**
 * Reading the first sheet of an XLSX as rows of text, through exceljs: heavy, so only the function
 * that serves /api/imports/* and /api/exports/* bundles it (functions/exports/handler.ts), given to
 * the app as an option as the XLSX writer is. Dates become `yyyy-mm-dd` (Excel keeps them as day
 * numbers that exceljs turns into dates at UTC midnight); formulas give their last computed result.
 */
import ExcelJS from 'exceljs';
import { importProblem } from '../../../shared/imports/problems';
import { FileFormatError } from '../../../shared/imports/text';

export type XlsxReader = (bytes: Uint8Array, maxRows: number) => Promise<string[][]>;

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('text' in value) return String(value.text);
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    if ('error' in value) return '';
    return '';
  }
  return String(value);
}

export const readXlsx: XlsxReader = async (bytes, maxRows) => {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as never);
  } catch (error) {
    throw new FileFormatError(importProblem('badXlsx', { reason: error instanceof Error ? error.message.slice(0, 120) : 'unreadable' }));
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new FileFormatError(importProblem('noSheet'));
  if (sheet.actualRowCount > maxRows) throw new FileFormatError(importProblem('fileTooManyRows', { where: 'sheet', max: maxRows - 1 }), { row: maxRows + 1 });
  const rows: string[][] = [];
  sheet.eachRow({ includeEmpty: false }, (row) => {
    const cells: string[] = [];
    // values is 1-based (index 0 is empty); missing cells are holes.
    const values = row.values as ExcelJS.CellValue[];
    for (let i = 1; i < values.length; i++) cells.push(cellText(values[i]));
    // Blank rows are dropped, as blank lines of a CSV are: rows are counted from the header as 1.
    if (cells.some((c) => c.trim() !== '')) rows.push(cells);
  });
  return rows;
};
