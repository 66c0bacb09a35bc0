/**
 * The form page's words (the home page's lists, their timelines; the forms as they move to
 * Preact), built into one chunk per language: the common sentences the page shows, without the
 * sign-in page's, the country picker's, the attachments' and a proposed partner's, and the names of codes and the validation messages. Runs at build time only
 * (web/language-chunks.ts).
 */
import { COMMON_MESSAGES } from './common-messages';
import { FORM_PART_MESSAGES } from './form-part-messages';
import { OFFICE_MESSAGES } from './office-messages';
import { STUDY_PLAN_MESSAGES } from './study-plan-messages';
import { fieldWords, labelWords, pick } from './word-sets';

/** A partner proposed with a memorandum is worded as the office's partner form words a partner (office-messages.ts). */
const PROPOSED_PARTNER_KEYS = [
  'partners.name',
  'partners.nameHint',
  'partners.nameRu',
  'partners.nameUz',
  'partners.optional',
  'partners.country',
  'partners.countryHint',
  'partners.city',
  'partners.website',
  'partners.websiteHint',
  'partners.erasmusCode',
  'partners.erasmusHint',
] as const;

export const WORDS = {
  ...pick(COMMON_MESSAGES, ['chrome.', 'common.', 'content.', 'edit.', 'form.', 'history.', 'home.', 'item.', 'outcome.', 'past.', 'timeline.']),
  // The country picker's (components/country-picker.tsx), which the console's partner form words the same;
  // the kinds of a nomination's files and their names in the uploads' report, as the office's pages say them;
  // an item's documents listed on its page, as the office's agreement page lists them.
  ...pick(OFFICE_MESSAGES, ['country.', 'nom.doc', 'office.doc.', 'partners.err.'], [...PROPOSED_PARTNER_KEYS, 'office.documents', 'office.noDocuments', 'office.documentsFailed', 'office.download', 'office.docMeta', 'office.downloadFailed']),
  // The attachments' rows and the partner proposed with a memorandum (form-part-messages.ts).
  ...FORM_PART_MESSAGES,
  // An incoming nomination's study plan, on its page.
  ...STUDY_PLAN_MESSAGES,
  ...labelWords(),
  ...fieldWords(),
};
