/**
 * The statistics page's words (pages/office-reports.tsx), built into one chunk per language: the
 * console's frame, the page's own (reports-messages.ts), the names of the codes it groups by, and
 * the API's validation messages, with those of the statistics' query. Runs at build time only
 * (web/language-chunks.ts).
 */
import { MAX_REPORT_YEARS } from '../../../shared/schemas/reports';
import { CONSOLE_WORDS } from './console-words-part';
import { REPORTS_MESSAGES } from './reports-messages';
import { fieldWords, labelWords } from './word-sets';
import type { Words } from './words';

/** What the statistics' query schema (shared/schemas/reports.ts) says of a range of years, by its English text. */
const QUERY_MESSAGES: Record<string, Words> = {
  'field.Must not be before from': { en: 'The last year must not be before the first', ru: 'Последний год не может быть раньше первого', uz: "Oxirgi yil birinchisidan oldin bo'lmasligi kerak" },
  [`field.At most ${MAX_REPORT_YEARS} years from "from"`]: {
    en: `At most ${MAX_REPORT_YEARS} years at once`,
    ru: `Не больше ${MAX_REPORT_YEARS} лет за раз`,
    uz: `Bir vaqtda ko'pi bilan ${MAX_REPORT_YEARS} yil`,
  },
};

export const WORDS = {
  ...CONSOLE_WORDS,
  ...REPORTS_MESSAGES,
  ...labelWords(),
  ...fieldWords(),
  ...QUERY_MESSAGES,
};
