/**
 * The import page's words (pages/office-import.tsx), built into one chunk per language
 * (web/language-chunks.ts): its own (import-messages.ts), the frame's and the common sentences it
 * shows, the console's word for a page that is the office's, the names of the statuses a past
 * mobility may have (an error names one), and the schemas' validation messages (a cell's value
 * refused by its field's schema is reported in the schema's words).
 */
import { COMMON_MESSAGES } from './common-messages';
import { IMPORT_MESSAGES } from './import-messages';
import { OFFICE_MESSAGES } from './office-messages';
import { fieldWords, labelWords, pick } from './word-sets';

export const WORDS = {
  ...pick(COMMON_MESSAGES, ['chrome.'], ['common.loading', 'common.signIn', 'common.notSignedIn', 'common.sessionEnded', 'common.offlineReload', 'common.tooMany', 'common.somethingWrongStatus', 'common.requestId']),
  ...pick(OFFICE_MESSAGES, [], ['office.onlyOffice', 'office.forOffice']),
  ...IMPORT_MESSAGES,
  ...pick(labelWords(), [], ['label.completed', 'label.declined_by_partner', 'label.withdrawn', 'label.rejected']),
  ...fieldWords(),
};
