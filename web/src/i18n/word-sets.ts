/**
 * Helpers for the word sets of the Preact pages (`*-words.ts`). A word set runs at build time
 * only (web/language-chunks.ts), so it may read every table in full: what a page downloads is the
 * one column of it in its reader's language.
 */
import { decisionLabel } from '../../../shared/i18n/index';
import { codeLabel, labelledCodes } from '../../../shared/i18n/labels';
import { fieldMessage, KNOWN_MESSAGES } from '../../../shared/i18n/validation';
import { LANGUAGES, type Language } from './choice';
import type { Words } from './words';

/** The entries of `table` whose keys start with one of `prefixes` (`'history.'`), or are named in `keys`. */
export function pick<T extends Record<string, Words>>(table: T, prefixes: readonly string[], keys: readonly (keyof T)[] = []): Partial<T> {
  return Object.fromEntries(Object.entries(table).filter(([key]) => prefixes.some((p) => key.startsWith(p)) || keys.includes(key))) as Partial<T>;
}

const each = (word: (language: Language) => string): Words => Object.fromEntries(LANGUAGES.map((l) => [l, word(l)])) as Words;

/** Every stored code's name (`label.in_review`), as `codeLabel` words it. */
export const labelWords = (): Record<string, Words> => Object.fromEntries(labelledCodes().map((code) => [`label.${code}`, each((l) => codeLabel(code, l))]));

/** The decision buttons' names (`decision.approve`), the same words as the emails'. */
export const decisionWords = (): Record<string, Words> =>
  Object.fromEntries((['approve', 'reject', 'request_changes'] as const).map((d) => [`decision.${d}`, each((l) => decisionLabel(d, l))]));

/** The API's and the schemas' own validation messages (`field.Enter a valid email address`), by their English text. */
export const fieldWords = (): Record<string, Words> => Object.fromEntries(KNOWN_MESSAGES.map((m) => [`field.${m}`, each((l) => fieldMessage(m, l))]));
