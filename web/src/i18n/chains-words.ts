/**
 * The approval chains page's words (pages/office-chains.tsx), built into one chunk per language
 * (web/language-chunks.ts): the console frame's, the page's own (the `chains.` part of
 * admin-messages.ts), the common sentences it shows, and the names of the roles a step asks.
 */
import { RoleNameSchema } from '../../../shared/schemas/directory';
import { ADMIN_MESSAGES } from './admin-messages';
import { COMMON_MESSAGES } from './common-messages';
import { CONSOLE_WORDS } from './console-words-part';
import { labelWords, pick } from './word-sets';

export const WORDS = {
  ...CONSOLE_WORDS,
  ...pick(ADMIN_MESSAGES, ['chains.']),
  ...pick(COMMON_MESSAGES, [], ['form.choose', 'form.sessionEnded', 'common.sending', 'common.offline', 'item.stepN']),
  ...pick(labelWords(), [], RoleNameSchema.options.map((role) => `label.${role}`)),
};
