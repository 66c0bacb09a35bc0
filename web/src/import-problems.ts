/**
 * The words of each problem the API reports about an import file, by its code: the API sends every
 * problem with its `code` and `values` (shared/imports/problems.ts, one table for the planner, the
 * header check and the readers), and the page words it in the reader's language from those, never
 * from the English sentence. A problem without a code (an older server) or with one this page does
 * not know yet is shown as the API wrote it.
 */
import type { ImportProblemCode } from '../../shared/imports/problems';
import type { MessageKey } from './i18n/live';

/** A problem as the API sends it: in a report's errors, or at the `file` field of a 400. */
export type ProblemAsSent = { code?: string; values?: Record<string, string>; message: string };

export type ImportProblem = { key: MessageKey; values: Record<string, string> };

/** Every code's words: a code added to the API's table and not worded here fails the typecheck. */
const WORDS: Record<ImportProblemCode, MessageKey> = {
  empty: 'import.problem.empty',
  dateRequired: 'import.problem.dateRequired',
  requiredOneOf: 'import.problem.requiredOneOf',
  notADate: 'import.problem.notADate',
  notOneOf: 'import.problem.notOneOf',
  invalidValue: 'import.problem.invalidValue',
  languageCode: 'import.problem.languageCode',
  cellCount: 'import.problem.cellCount',
  partnerCountry: 'import.problem.partnerCountry',
  partnerName: 'import.problem.partnerName',
  partnerAmbiguous: 'import.problem.partnerAmbiguous',
  noFaculty: 'import.problem.noFaculty',
  noDepartment: 'import.problem.noDepartment',
  sameMobility: 'import.problem.sameMobility',
  sameAgreement: 'import.problem.sameAgreement',
  bothDates: 'import.problem.bothDates',
  endBeforeStart: 'import.problem.endBeforeStart',
  endAfterToday: 'import.problem.endAfterToday',
  datesNotCompleted: 'import.problem.datesNotCompleted',
  noAgreement: 'import.problem.noAgreement',
  agreementOtherPartner: 'import.problem.agreementOtherPartner',
  agreementRegisteredPartner: 'import.problem.agreementRegisteredPartner',
  endBeforeStartDate: 'import.problem.endBeforeStartDate',
  startAfterToday: 'import.problem.startAfterToday',
  activeEnded: 'import.problem.activeEnded',
  expiredRuns: 'import.problem.expiredRuns',
  expiredOpen: 'import.problem.expiredOpen',
  field: 'import.problem.field',
  tooManyRows: 'import.problem.tooManyRows',
  unknownColumn: 'import.problem.unknownColumn',
  columnTwice: 'import.problem.columnTwice',
  missingColumn: 'import.problem.missingColumn',
  fileEmpty: 'import.problem.fileEmpty',
  fileTooLarge: 'import.problem.fileTooLarge',
  xls: 'import.problem.xls',
  pdf: 'import.problem.pdf',
  binary: 'import.problem.binary',
  encoding: 'import.problem.encoding',
  quoteOpen: 'import.problem.quoteOpen',
  afterQuote: 'import.problem.afterQuote',
  midQuote: 'import.problem.midQuote',
  fileTooManyRows: 'import.problem.fileTooManyRows',
  badXlsx: 'import.problem.badXlsx',
  noSheet: 'import.problem.noSheet',
};

/** The words of a problem and its values; undefined for one without a code this page knows. */
export function importProblem(problem: ProblemAsSent): ImportProblem | undefined {
  const { code } = problem;
  if (code === undefined || !Object.hasOwn(WORDS, code)) return undefined;
  return { key: WORDS[code as ImportProblemCode], values: problem.values ?? {} };
}
