/**
 * The words every Preact page of the office console shows around its content (components/
 * console-frame.tsx): the header, the console's navigation, and what the access check may say.
 * A console page's word set spreads `CONSOLE_WORDS` in, so that its chunk in each language carries
 * them. Runs at build time only (web/language-chunks.ts).
 */
import { COMMON_MESSAGES } from './common-messages';
import { CONSOLE_NAV_MESSAGES } from './console-nav-messages';
import { OFFICE_MESSAGES } from './office-messages';
import { pick } from './word-sets';

export const CONSOLE_WORDS = {
  ...pick(COMMON_MESSAGES, ['chrome.'], ['common.loading', 'common.signIn', 'common.notSignedIn', 'common.offlineReload', 'common.somethingWrongStatus', 'common.requestId']),
  ...pick(OFFICE_MESSAGES, ['office.nav'], ['office.onlyOffice', 'office.forOffice']),
  ...CONSOLE_NAV_MESSAGES,
};
