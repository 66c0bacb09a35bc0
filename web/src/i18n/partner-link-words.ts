/**
 * The partner coordinator's page's words (pages/partner.tsx), built into one chunk per language:
 * its own (partner-link-messages.ts), the common sentences and content labels it shows, the
 * names of codes (mobility types, periods, roles). Runs at build time only (web/language-chunks.ts).
 */
import { COMMON_MESSAGES } from './common-messages';
import { ACT_MESSAGES } from './act-messages';
import { PARTNER_LINK_MESSAGES } from './partner-link-messages';
import { FORM_PART_MESSAGES } from './form-part-messages';
import { fieldWords, labelWords, pick } from './word-sets';

export const WORDS = {
  ...pick(COMMON_MESSAGES, ['chrome.', 'common.', 'content.']),
  ...pick(ACT_MESSAGES, [], ['act.titleInvalid', 'act.titleExpired', 'act.titleReplaced', 'act.titleCouldNotLoad', 'act.offline', 'act.missingCode', 'act.checkInput']),
  // The signed copy's file checks say what is wrong in the attachments' words.
  ...pick(FORM_PART_MESSAGES, ['attach.']),
  ...PARTNER_LINK_MESSAGES,
  ...labelWords(),
  ...fieldWords(),
};
