/**
 * Every problem an import can report, by code: a row's cell, the header line, the row limit, and
 * a file that cannot be read at all. Each has its English sentence as a template with named
 * values (`{value}`), so a client tells problems apart by `code` and words them itself from
 * `values` (the import page does, in Russian and Uzbek), never by parsing the English. The codes
 * are the suffixes of the page's `import.problem.*` words; the English `message` is the sentence
 * the API has always written, for a client that shows it as it is.
 */

const DATE_HINT = 'write dd.mm.yyyy (31.01.2020) or yyyy-mm-dd (2020-01-31)';

export const SAVE_AS_UTF8 = 'In Excel: File → Save As → "CSV UTF-8 (comma delimited) (*.csv)"; in LibreOffice: Save As → Text CSV, character set "Unicode (UTF-8)"';

export const IMPORT_PROBLEMS = {
  // A row's cells (plan.ts).
  empty: 'Required; this cell is empty',
  dateRequired: `Required; ${DATE_HINT}`,
  requiredOneOf: 'Required; one of {options}',
  notADate: `“{value}” is not a date; ${DATE_HINT}`,
  notOneOf: '“{value}” is not one of {options}',
  /** A value the column's own schema refused; `message` is the schema's (an email address, a name, a country…). */
  invalidValue: '“{value}”: {message}',
  languageCode: '“{value}” is not an ISO 639-1 language code such as en, ru, uz',
  cellCount: 'This row has {cells} cells, the header {headerCells}; a field with the delimiter in it must be in quotes',
  partnerCountry: '{partner} is registered in {registered}, not {given}',
  partnerName: 'A partner’s name needs at least one letter or digit',
  partnerAmbiguous: '“{given}” is like more than one registered partner ({candidates}); write the one meant as it is registered',
  noFaculty: 'No faculty “{value}” in Hamkor; use one of {options}',
  noDepartment: 'No department “{value}” in {faculty}; use one of {options}',
  sameMobility: 'The same mobility (nominee email, partner, academic year and period) as row {row}',
  sameAgreement: 'The same agreement as row {row}',
  bothDates: 'Give both actual dates, or neither',
  endBeforeStart: 'The actual end is before the actual start',
  endAfterToday: 'A past mobility: the actual end cannot be after today',
  datesNotCompleted: 'Actual dates are for a completed mobility, not a {status} one',
  noAgreement: 'No agreement “{value}” in Hamkor; import the agreements first, or name one by its reference',
  agreementOtherPartner: '{reference} is an agreement with another partner ({partner})',
  agreementRegisteredPartner: '{reference} is an agreement with a registered partner ({partner}), not with this one',
  endBeforeStartDate: 'The end date must be after the start date',
  startAfterToday: 'A past agreement: it cannot start after today (a new one goes through the approval chain)',
  activeEnded: 'Active, but it ended on {date}; write expired, or leave the status empty',
  expiredRuns: 'Expired, but it runs until {date}',
  expiredOpen: 'Expired, but it is open-ended: give its end date',
  /** The whole form's own rules, by the field's path; `message` is the schema's. */
  field: '{path}: {message}',
  tooManyRows: 'At most {max} rows in one file; split it',
  // The header line (columns.ts).
  unknownColumn: 'Unknown column “{header}”; the {kind} template’s columns are: {columns}',
  columnTwice: 'The column “{header}” is given twice (also column {other})',
  missingColumn: 'The required column “{header}” ({headerRu} / {headerUz}) is missing',
  // A file that cannot be read at all (text.ts, the service, the XLSX reader): a 400 at `file`.
  fileEmpty: 'The file is empty',
  fileTooLarge: 'The file is {size} MB; at most 4 MB (about 20,000 rows): split it',
  xls: 'This is an Excel 97–2003 workbook (.xls); save it as .xlsx (Excel Workbook) or as CSV UTF-8',
  pdf: 'This is a PDF; the import takes CSV or XLSX (download the template)',
  binary: 'This is not a text file; the import takes CSV or XLSX (download the template)',
  encoding: `The file is not UTF-8 text (line {line}, byte {byte}) and does not look like Windows-1251 either. ${SAVE_AS_UTF8}.`,
  quoteOpen: 'A quote opened on line {line} (column {column}) is never closed; check that every " in a field is doubled ("")',
  afterQuote: 'Line {line}, column {column}: text after a closing quote; a " inside a quoted field must be doubled ("")',
  midQuote: 'Line {line}, column {column}: a quote in the middle of a field; put the whole field in quotes and double the quote ("")',
  /** `where` is `file` (a CSV) or `sheet` (an XLSX). */
  fileTooManyRows: 'The {where} has more than {max} rows below its header; split it into files of at most {max}',
  badXlsx: 'The file starts like an XLSX workbook but cannot be read as one ({reason}); save it again from Excel as .xlsx, or as CSV UTF-8',
  noSheet: 'The workbook has no sheet',
} as const;

export type ImportProblemCode = keyof typeof IMPORT_PROBLEMS;

/** The codes, as a tuple for the response schema's enum. */
export const IMPORT_PROBLEM_CODES = Object.keys(IMPORT_PROBLEMS) as [ImportProblemCode, ...ImportProblemCode[]];

/** The names a template's `{…}` placeholders give, so that a problem is made with exactly its values. */
type Names<T extends string> = T extends `${string}{${infer Name}}${infer Rest}` ? Name | Names<Rest> : never;
export type ImportProblemValues<C extends ImportProblemCode> = Record<Names<(typeof IMPORT_PROBLEMS)[C]>, string | number>;

/** A problem as the API reports it: its code, its values as text, and its English sentence. */
export type ImportProblem = { code: ImportProblemCode; values: Record<string, string>; message: string };

/** The problem of a code with its values, its English sentence made from the template. */
export function importProblem<C extends ImportProblemCode>(code: C, ...[values]: Names<(typeof IMPORT_PROBLEMS)[C]> extends never ? [] : [ImportProblemValues<C>]): ImportProblem {
  const text: Record<string, string> = Object.fromEntries(Object.entries(values ?? {}).map(([name, value]) => [name, String(value)]));
  // One pass over the template: a value holding `{…}` (a header as the file wrote it) stays as it is.
  const message = IMPORT_PROBLEMS[code].replace(/\{(\w+)\}/g, (whole, name: string) => text[name] ?? whole);
  return { code, values: text, message };
}
