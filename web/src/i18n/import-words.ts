/**
 * The import page's words (pages/office-import.tsx), built into one chunk per language
 * (web/language-chunks.ts): its own (import-messages.ts), the console frame's (console-words-part.ts)
 * and the common sentences it shows, the names of the statuses a past
 * mobility may have (an error names one), and the schemas' validation messages (a cell's value
 * refused by its field's schema is reported in the schema's words).
 */
import { COMMON_MESSAGES } from './common-messages';
import { CONSOLE_WORDS } from './console-words-part';
import { IMPORT_MESSAGES } from './import-messages';
import { fieldWords, labelWords, pick } from './word-sets';

export const WORDS = {
  ...CONSOLE_WORDS,
  ...pick(COMMON_MESSAGES, [], ['common.sessionEnded', 'common.tooMany']),
  ...IMPORT_MESSAGES,
  ...pick(labelWords(), [], ['label.completed', 'label.declined_by_partner', 'label.withdrawn', 'label.rejected']),
  ...fieldWords(),
};
