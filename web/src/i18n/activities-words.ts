/**
 * The activities page's words (pages/office-activities.tsx), built into one chunk per language:
 * the console's frame and the page's own. Runs at build time only (web/language-chunks.ts).
 */
import { ACTIVITIES_MESSAGES } from './activities-messages';
import { COMMON_MESSAGES } from './common-messages';
import { CONSOLE_WORDS } from './console-words-part';
import { pick } from './word-sets';

export const WORDS = {
  ...CONSOLE_WORDS,
  ...ACTIVITIES_MESSAGES,
  ...pick(COMMON_MESSAGES, [], ['common.sending', 'common.offline']),
};
