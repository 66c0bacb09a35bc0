/**
 * The dashboard's words (pages/office-dashboard.tsx), built into one chunk per language: the
 * console's frame, the page's own (dashboard-messages.ts) and the names of the roles a step waits
 * on. Runs at build time only (web/language-chunks.ts).
 */
import { RoleNameSchema } from '../../../shared/schemas/directory';
import { CONSOLE_WORDS } from './console-words-part';
import { DASHBOARD_MESSAGES } from './dashboard-messages';
import { labelWords, pick } from './word-sets';

export const WORDS = {
  ...CONSOLE_WORDS,
  ...DASHBOARD_MESSAGES,
  ...pick(labelWords(), [], RoleNameSchema.options.map((role) => `label.${role}`)),
};
