/**
 * The annual report's words (pages/office-annual.tsx), built into one chunk per language
 * (web/language-chunks.ts): its own (annual-messages.ts), the activities' kinds and formats, the console frame's (console-words-part.ts), the item words it reuses for column headings, and
 * the names of codes (programmes, agreement kinds).
 */
import { ACTIVITIES_MESSAGES } from './activities-messages';
import { ANNUAL_MESSAGES } from './annual-messages';
import { COMMON_MESSAGES } from './common-messages';
import { CONSOLE_WORDS } from './console-words-part';
import { labelWords, pick } from './word-sets';

export const WORDS = {
  ...CONSOLE_WORDS,
  ...pick(COMMON_MESSAGES, [], ['common.tryAgain', 'content.partner', 'content.kind', 'content.programme']),
  ...ANNUAL_MESSAGES,
  // The activities' kinds and formats, as the activities page names them.
  ...pick(ACTIVITIES_MESSAGES, ['activities.kind.', 'activities.format.']),
  ...labelWords(),
};
