/**
 * The agreements page's words (pages/office-agreements.tsx), built into one chunk per language:
 * the console's frame; the registry's, the agreement's page's and its documents' (office.*); what
 * changed (diff.*); the signatures, termination and renewal (act.*, with the forms' Save and Cancel); the content and the history as the other pages word them (content.*,
 * history.*, with the form's names of the dates and conditions); the upload's refusals
 * (attach.*); and the names of codes. Runs at build time only (web/language-chunks.ts).
 *
 * The edit form is still drawn by an older module (pages/office-agreements-older.ts), which
 * brings its own three-language tables.
 */
import { COMMON_MESSAGES } from './common-messages';
import { CONSOLE_WORDS } from './console-words-part';
import { FORM_PART_MESSAGES } from './form-part-messages';
import { OFFICE_MESSAGES } from './office-messages';
import { labelWords, pick } from './word-sets';

export const WORDS = {
  ...CONSOLE_WORDS,
  ...pick(COMMON_MESSAGES, ['common.', 'content.', 'history.', 'outcome.', 'past.'], ['item.notFound', 'item.notFoundLong', 'form.conditionN', 'form.startDate', 'form.endDate', 'form.openEnded']),
  ...pick(OFFICE_MESSAGES, ['office.', 'diff.', 'act.'], ['nom.checkFields', 'nom.uploading', 'nom.save', 'nom.cancel', 'partners.notSaved']),
  ...pick(FORM_PART_MESSAGES, ['attach.']),
  ...labelWords(),
};
