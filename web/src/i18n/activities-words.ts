/**
 * The activities page's words (pages/office-activities.tsx), built into one chunk per language:
 * the console's frame and the page's own. Runs at build time only (web/language-chunks.ts).
 */
import { ACTIVITIES_MESSAGES } from './activities-messages';
import { COMMON_MESSAGES } from './common-messages';
import { FORM_PART_MESSAGES } from './form-part-messages';
import { OFFICE_MESSAGES } from './office-messages';
import { CONSOLE_WORDS } from './console-words-part';
import { pick } from './word-sets';

export const WORDS = {
  ...CONSOLE_WORDS,
  ...ACTIVITIES_MESSAGES,
  ...pick(COMMON_MESSAGES, [], ['common.sending', 'common.offline']),
  // An activity's documents: the upload's own sayings (document-upload.ts) and the kind "Other" the nominations' list names.
  ...pick(FORM_PART_MESSAGES, ['attach.']),
  ...pick(OFFICE_MESSAGES, [], ['nom.doc.other']),
};
