/**
 * An export as the writers take it: a name, column names, and rows produced one page at a time
 * (an async iterable), so an export of tens of thousands of rows never holds them all at once.
 */
export type Cell = string | number | null | undefined;
export type ExportTable = { name: string; columns: string[]; rows: AsyncIterable<Cell[]> | Iterable<Cell[]> };

/**
 * A text cell a spreadsheet would take for a formula (OWASP's CSV injection list): `=`, `+`, `-`,
 * `@`, tab and carriage return. A partner named `=HYPERLINK(…)` must arrive as its name.
 */
export const FORMULA_START = /^[=+\-@\t\r]/;

export { CSV_TYPE, XLSX_TYPE } from '../../../shared/media-types';
