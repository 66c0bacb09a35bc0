/**
 * The files the API takes and gives: their media types and sizes. A module of its own: the API
 * function's shell (functions/api/app.ts) limits bodies by them, and importing them from the
 * services or the response schemas would put those, and classic zod with them, into its bundle.
 */
export const CSV_TYPE = 'text/csv';
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** An EWP IIA get response (GET /api/agreements/{id}/ewp-iia.xml), as the EWP network serves them. */
export const EWP_XML_TYPE = 'application/xml';
/** What a partner's IIA file may be sent as (POST /api/ewp/iias/compare): browsers label .xml either way. */
export const EWP_UPLOAD_TYPES = ['application/xml', 'text/xml', 'application/octet-stream'] as const;

/** A partner's IIA file: a few KB in practice; 1 MB leaves room for long contact lists and keeps a Lambda safe. */
export const MAX_IIA_BYTES = 1024 * 1024;

/**
 * An import file, at most 4 MiB. API Gateway hands a binary body to Lambda base64-encoded (a third
 * larger), and a synchronous invocation takes at most 6 MB: 4 MiB is what fits with room for the
 * headers. The 20,000 rows of the mobilities template take about 3.8 MB.
 */
export const MAX_IMPORT_BYTES = 4 * 1024 * 1024;

/** The memorandum's text (GET /api/agreements/{id}/memorandum.docx and .pdf). */
export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
export const PDF_TYPE = 'application/pdf';
