/**
 * The media types an export comes in: CSV (UTF-8 with a BOM) or an Excel workbook. A module of
 * their own: the API function writes them (functions/lib/exports/table.ts), and importing them from
 * the response schemas would put those schemas, and classic zod with them, into its bundle.
 */
export const CSV_TYPE = 'text/csv';
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** An EWP IIA get response (GET /api/agreements/{id}/ewp-iia.xml), as the EWP network serves them. */
export const EWP_XML_TYPE = 'application/xml';
/** What a partner's IIA file may be sent as (POST /api/ewp/iias/compare): browsers label .xml either way. */
export const EWP_UPLOAD_TYPES = ['application/xml', 'text/xml', 'application/octet-stream'] as const;

/** The memorandum's text (GET /api/agreements/{id}/memorandum.docx and .pdf). */
export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
export const PDF_TYPE = 'application/pdf';
