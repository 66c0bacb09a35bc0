/**
 * The sign-in page's words (pages/signin.tsx), built into one chunk per language (web/language-chunks.ts).
 */
import { COMMON_MESSAGES } from './common-messages';
import { fieldWords, pick } from './word-sets';

export const WORDS = {
  ...pick(COMMON_MESSAGES, ['chrome.', 'signin.'], ['common.signIn', 'common.sending', 'common.tooMany', 'common.offline', 'common.somethingWrongStatus']),
  ...fieldWords(),
};
