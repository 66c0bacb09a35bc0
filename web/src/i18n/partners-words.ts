/**
 * The partners page's words (pages/office-partners.tsx), built into one chunk per language: the
 * console's frame, the page's own (the `partners.` keys of office-messages.ts), the country
 * picker's, and the few shared ones its form says while sending. Runs at build time only
 * (web/language-chunks.ts).
 */
import { COMMON_MESSAGES } from './common-messages';
import { CONSOLE_WORDS } from './console-words-part';
import { OFFICE_MESSAGES } from './office-messages';
import { PARTNERS_MESSAGES } from './partners-messages';
import { pick } from './word-sets';

export const WORDS = {
  ...CONSOLE_WORDS,
  ...pick(OFFICE_MESSAGES, ['partners.', 'country.'], ['nom.actions', 'nom.checkFields', 'office.loadFailed']),
  ...PARTNERS_MESSAGES,
  ...pick(COMMON_MESSAGES, [], ['common.sending', 'common.offline']),
};
