/**
 * The agreements page's words (pages/office-agreements.tsx), built into one chunk per language:
 * the console's frame; the registry's, the agreement's page's and its documents' (office.*); what
 * changed (diff.*); the signatures, termination and renewal (act.*, with the forms' Save and Cancel); the content and the history as the other pages word them (content.*,
 * history.*); the edit form's (edit.*, with the memorandum form's fields and messages, form.*);
 * the upload's refusals (attach.*); and the names of codes. Runs at build time only
 * (web/language-chunks.ts).
 */
import { COMMON_MESSAGES } from './common-messages';
import { CONSOLE_WORDS } from './console-words-part';
import { FORM_PART_MESSAGES } from './form-part-messages';
import { OFFICE_MESSAGES } from './office-messages';
import { labelWords, pick } from './word-sets';

/** The memorandum form's words the edit form speaks (components/memorandum-fields.tsx, conditions-table.tsx), besides the conditions' `form.cond*`. */
const EDIT_FORM_KEYS = [
  'form.kind',
  'form.scope',
  'form.scopeHint',
  'form.addCondition',
  'form.removeCondition',
  'form.researchAreas',
  'form.researchAreasHint',
  'form.jointLaboratories',
  'form.jointLaboratoriesHint',
  'form.textLanguage',
  'form.textLanguageHint',
  'form.programmes',
  'form.programmesHint',
  'form.programmeN',
  'form.progName',
  'form.progField',
  'form.progEqf',
  'form.progDegreeHome',
  'form.progDegreePartner',
  'form.progPlaces',
  'form.addProgramme',
  'form.removeProgramme',
  'form.noConditions',
  'form.outgoing',
  'form.incoming',
  'form.startDate',
  'form.endDate',
  'form.openEnded',
  'form.coordinator',
  'form.name',
  'form.email',
  'form.initiatingFaculty',
  'form.summary',
  'form.summaryHint',
  'form.choose',
  'form.needAttention',
  'form.checkForm',
  'form.seeAbove',
  'form.sessionEnded',
] as const;

export const WORDS = {
  ...CONSOLE_WORDS,
  ...pick(COMMON_MESSAGES, ['common.', 'content.', 'history.', 'outcome.', 'past.', 'form.cond'], ['item.notFound', 'item.notFoundLong', ...EDIT_FORM_KEYS]),
  ...pick(OFFICE_MESSAGES, ['office.', 'diff.', 'act.', 'edit.'], ['nom.checkFields', 'nom.uploading', 'nom.save', 'nom.cancel', 'partners.notSaved']),
  ...pick(FORM_PART_MESSAGES, ['attach.']),
  ...labelWords(),
};
