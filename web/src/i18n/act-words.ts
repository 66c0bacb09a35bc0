/**
 * The approver's page's words (pages/act.tsx), built into one chunk per language: its own
 * (act-messages.ts), the common sentences it shows (loading, errors, the item's content and
 * history), the document words it shares with the office, and the names of codes and decisions.
 * Runs at build time only (web/language-chunks.ts).
 */
import { ACT_MESSAGES } from './act-messages';
import { COMMON_MESSAGES } from './common-messages';
import { OFFICE_MESSAGES } from './office-messages';
import { STUDY_PLAN_MESSAGES } from './study-plan-messages';
import { decisionWords, fieldWords, labelWords, pick } from './word-sets';

export const WORDS = {
  ...pick(COMMON_MESSAGES, ['chrome.', 'common.', 'content.', 'history.', 'outcome.', 'past.'], ['item.partnerProposed']),
  ...ACT_MESSAGES,
  // The host faculty coordinator's study plan, which their link opens on this page.
  ...STUDY_PLAN_MESSAGES,
  ...pick(OFFICE_MESSAGES, ['office.doc.', 'nom.doc.'], ['office.download', 'office.downloadFailed']),
  ...labelWords(),
  ...decisionWords(),
  ...fieldWords(),
};
