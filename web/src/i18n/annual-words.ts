/**
 * The annual report's words (pages/office-annual.tsx), built into one chunk per language
 * (web/language-chunks.ts): its own (annual-messages.ts), the frame's and the access check's
 * common sentences, the office-only refusal, the item words it reuses for column headings, and
 * the names of codes (programmes, agreement kinds).
 */
import { ANNUAL_MESSAGES } from './annual-messages';
import { COMMON_MESSAGES } from './common-messages';
import { OFFICE_MESSAGES } from './office-messages';
import { labelWords, pick } from './word-sets';

export const WORDS = {
  ...pick(COMMON_MESSAGES, ['chrome.'], ['common.loading', 'common.notSignedIn', 'common.signIn', 'common.offlineReload', 'common.tryAgain', 'common.requestId', 'content.partner', 'content.kind', 'content.programme']),
  ...pick(OFFICE_MESSAGES, [], ['office.onlyOffice', 'office.forOffice']),
  ...ANNUAL_MESSAGES,
  ...labelWords(),
};
