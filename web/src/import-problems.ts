/**
 * The API's messages about an import file, recognised so that the page can word them in the
 * reader's language. The API reports each problem by row and column with an English sentence
 * (shared/imports: plan.ts, columns.ts, text.ts; the XLSX reader) and no code, so the sentence's
 * shape is its code here: each pattern names the words (`import.problem.*`) and the values it
 * carries. tests/unit/import-page.test.tsx runs the planner on bad rows and checks that every
 * message it writes is recognised, so a reworded message shows up there, not as English on a
 * Russian page. A message this does not know is shown as the API wrote it.
 */
import type { MessageKey } from './i18n/messages';

export type ImportProblem = { key: MessageKey; values: Record<string, string> };

/** Each pattern, the words it is said in, and the names of its captured values, in order. */
const PROBLEMS: readonly [RegExp, MessageKey, ...string[]][] = [
  // The rows' cells (shared/imports/plan.ts).
  [/^Required; this cell is empty$/, 'import.problem.empty'],
  [/^Required; write dd\.mm\.yyyy/, 'import.problem.dateRequired'],
  [/^Required; one of (.+)$/, 'import.problem.requiredOneOf', 'options'],
  [/^“(.*)” is not a date; /, 'import.problem.notADate', 'value'],
  [/^“(.*)” is not one of (.+)$/, 'import.problem.notOneOf', 'value', 'options'],
  [/^“(.*)” is not an ISO 639-1 language code/, 'import.problem.languageCode', 'value'],
  [/^This row has (\d+) cells, the header (\d+);/, 'import.problem.cellCount', 'cells', 'headerCells'],
  [/^(.+) is registered in ([A-Z]{2}), not ([A-Z]{2})$/, 'import.problem.partnerCountry', 'partner', 'registered', 'given'],
  [/^A partner’s name needs at least one letter or digit$/, 'import.problem.partnerName'],
  [/^No faculty “(.*)” in Hamkor; use one of (.*)$/, 'import.problem.noFaculty', 'value', 'options'],
  [/^No department “(.*)” in ([^;]+); use one of (.*)$/, 'import.problem.noDepartment', 'value', 'faculty', 'options'],
  [/^The same mobility \(.*\) as row (\d+)$/, 'import.problem.sameMobility', 'row'],
  [/^The same agreement as row (\d+)$/, 'import.problem.sameAgreement', 'row'],
  [/^Give both actual dates, or neither$/, 'import.problem.bothDates'],
  [/^The actual end is before the actual start$/, 'import.problem.endBeforeStart'],
  [/^A past mobility: the actual end cannot be after today$/, 'import.problem.endAfterToday'],
  [/^Actual dates are for a completed mobility, not a (\w+) one$/, 'import.problem.datesNotCompleted', 'status'],
  [/^No agreement “(.*)” in Hamkor; /, 'import.problem.noAgreement', 'value'],
  [/^(\S+) is an agreement with another partner \((.+)\)$/, 'import.problem.agreementOtherPartner', 'reference', 'partner'],
  [/^(\S+) is an agreement with a registered partner \((.+)\), not with this one$/, 'import.problem.agreementRegisteredPartner', 'reference', 'partner'],
  [/^The end date must be after the start date$/, 'import.problem.endBeforeStartDate'],
  [/^A past agreement: it cannot start after today/, 'import.problem.startAfterToday'],
  [/^Active, but it ended on (\S+); /, 'import.problem.activeEnded', 'date'],
  [/^Expired, but it runs until (\S+)$/, 'import.problem.expiredRuns', 'date'],
  [/^Expired, but it is open-ended/, 'import.problem.expiredOpen'],
  [/^At most (\d+) rows in one file/, 'import.problem.tooManyRows', 'max'],
  // The header line (shared/imports/columns.ts).
  [/^Unknown column “(.*)”; /, 'import.problem.unknownColumn', 'header'],
  [/^The column “(.*)” is given twice \(also column (\d+)\)$/, 'import.problem.columnTwice', 'header', 'other'],
  [/^The required column “([^”]*)” \(.*\) is missing$/, 'import.problem.missingColumn', 'header'],
  // A file that cannot be read at all (shared/imports/text.ts, the services, the XLSX reader): a 400 at `file`.
  [/^The file is empty$/, 'import.problem.fileEmpty'],
  [/^The file is ([\d.]+) MB; at most 4 MB/, 'import.problem.fileTooLarge', 'size'],
  [/^This is an Excel 97–2003 workbook/, 'import.problem.xls'],
  [/^This is a PDF;/, 'import.problem.pdf'],
  [/^This is not a text file;/, 'import.problem.binary'],
  [/^The file is not UTF-8 text \(line (\d+), byte (\d+)\)/, 'import.problem.encoding', 'line', 'byte'],
  [/^A quote opened on line (\d+) \(column (\d+)\) is never closed/, 'import.problem.quoteOpen', 'line', 'column'],
  [/^Line (\d+), column (\d+): text after a closing quote/, 'import.problem.afterQuote', 'line', 'column'],
  [/^Line (\d+), column (\d+): a quote in the middle of a field/, 'import.problem.midQuote', 'line', 'column'],
  [/^The (?:file|sheet) has more than (\d+) rows below its header/, 'import.problem.fileTooManyRows', 'max'],
  [/^The file starts like an XLSX workbook but cannot be read as one/, 'import.problem.badXlsx'],
  [/^The workbook has no sheet$/, 'import.problem.noSheet'],
  // Last: a value the field's own schema refused, and the whole form's rules by path; their
  // messages are the schemas' own, which the pages already word (fieldText).
  [/^“(.*)”: (.+)$/, 'import.problem.invalidValue', 'value', 'message'],
  [/^([\w.]+): (.+)$/, 'import.problem.field', 'path', 'message'],
];

/** What the API's `message` says, as words and values; undefined for a message this page does not know. */
export function importProblem(message: string): ImportProblem | undefined {
  for (const [pattern, key, ...names] of PROBLEMS) {
    const m = pattern.exec(message);
    if (m) return { key, values: Object.fromEntries(names.map((name, i) => [name, m[i + 1] ?? ''])) };
  }
  return undefined;
}
