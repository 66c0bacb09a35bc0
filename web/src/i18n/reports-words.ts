/**
 * The statistics page's words (pages/office-reports.tsx), built into one chunk per language: the
 * console's frame, the page's own (reports-messages.ts), and the names of the codes it groups by.
 * Runs at build time only (web/language-chunks.ts).
 */
import { CONSOLE_WORDS } from './console-words-part';
import { fieldWords, labelWords } from './word-sets';

export const WORDS = {
  ...CONSOLE_WORDS,
  ...labelWords(),
  ...fieldWords(),
};
