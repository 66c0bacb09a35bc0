/**
 * The agreements page's words (pages/office-agreements.tsx), built into one chunk per language:
 * the console's frame; the registry's, the agreement's page's and its documents' (office.*); what
 * changed (diff.*); the content and the history as the other pages word them (content.*,
 * history.*, with the form's names of the dates and conditions); the upload's refusals
 * (attach.*); and the names of codes. Runs at build time only (web/language-chunks.ts).
 *
 * The edit form and the signatures, termination and renewal are still drawn by the older
 * modules (pages/office-agreements-older.ts), which bring their own three-language tables.
 */
import { COMMON_MESSAGES } from './common-messages';
import { CONSOLE_WORDS } from './console-words-part';
import { FORM_PART_MESSAGES } from './form-part-messages';
import { OFFICE_MESSAGES } from './office-messages';
import { labelWords, pick } from './word-sets';

export const WORDS = {
  ...CONSOLE_WORDS,
  ...pick(COMMON_MESSAGES, ['common.', 'content.', 'history.', 'outcome.', 'past.'], ['item.notFound', 'item.notFoundLong', 'form.conditionN', 'form.startDate', 'form.endDate']),
  ...pick(OFFICE_MESSAGES, ['office.', 'diff.'], ['nom.checkFields', 'nom.uploading']),
  ...pick(FORM_PART_MESSAGES, ['attach.']),
  ...labelWords(),
};
