/**
 * The media types an export comes in: CSV (UTF-8 with a BOM) or an Excel workbook. A module of
 * their own: the API function writes them (functions/lib/exports/table.ts), and importing them from
 * the response schemas would put those schemas, and classic zod with them, into its bundle.
 */
export const CSV_TYPE = 'text/csv';
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
