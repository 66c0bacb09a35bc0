/**
 * The nominations list's words (pages/office-nominations.tsx), built into one chunk per language
 * (web/language-chunks.ts): the console frame's, the list's own (nominations-messages.ts) and its
 * steps' (the `nom.` part of office-messages.ts), the downloads' (reports-messages.ts), the
 * content's column names, the upload's (`attach.`, form-part-messages.ts) and the names of the statuses, directions, mobility types and formats the list and its filters show.
 */
import { DirectionSchema, MobilityFormatSchema, MobilityTypeSchema } from '../../../shared/schemas/nomination';
import { COMMON_MESSAGES } from './common-messages';
import { CONSOLE_WORDS } from './console-words-part';
import { FORM_PART_MESSAGES } from './form-part-messages';
import { NOMINATIONS_MESSAGES } from './nominations-messages';
import { OFFICE_MESSAGES } from './office-messages';
import { REPORTS_MESSAGES } from './reports-messages';
import { labelWords, pick } from './word-sets';

const CODES = [
  'draft',
  'in_review',
  'changes_requested',
  'approved',
  'rejected',
  'withdrawn',
  'accepted_by_partner',
  'arrived',
  'declined_by_partner',
  'completed',
  ...DirectionSchema.options,
  ...MobilityTypeSchema.options,
  ...MobilityFormatSchema.options,
];

export const WORDS = {
  ...CONSOLE_WORDS,
  ...NOMINATIONS_MESSAGES,
  ...pick(REPORTS_MESSAGES, [], ['reports.csv', 'reports.xlsx']),
  ...pick(OFFICE_MESSAGES, ['nom.'], ['office.status', 'office.anyStatus', 'office.reference', 'office.loadFailed']),
  ...pick(COMMON_MESSAGES, [], ['content.academicYear', 'content.direction', 'content.mobilityType', 'content.format', 'content.partner', 'content.nominee', 'common.sending', 'common.offline']),
  ...pick(FORM_PART_MESSAGES, ['attach.']),
  ...pick(labelWords(), [], CODES.map((code) => `label.${code}`)),
};
