/**
 * The people and roles page's words (pages/office-people.tsx), built into one chunk per language
 * (web/language-chunks.ts): the console frame's, the page's own (the `people.` part of
 * admin-messages.ts), the form's and the console's sentences it shares, and the roles' names.
 */
import { RoleNameSchema } from '../../../shared/schemas/directory';
import { ADMIN_MESSAGES } from './admin-messages';
import { COMMON_MESSAGES } from './common-messages';
import { CONSOLE_WORDS } from './console-words-part';
import { OFFICE_MESSAGES } from './office-messages';
import { labelWords, pick } from './word-sets';

export const WORDS = {
  ...CONSOLE_WORDS,
  ...pick(ADMIN_MESSAGES, ['people.']),
  ...pick(COMMON_MESSAGES, [], [
    'form.choose',
    'form.chooseFacultyFirst',
    'form.faculty',
    'form.department',
    'form.sessionEnded',
    'common.sending',
    'common.offline',
    'content.facultyDepartment',
  ]),
  ...pick(OFFICE_MESSAGES, [], ['nom.checkFields', 'nom.actions', 'partners.optional']),
  ...pick(labelWords(), [], RoleNameSchema.options.map((role) => `label.${role}`)),
};
