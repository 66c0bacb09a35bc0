/**
 * The API's field errors (`{fields: [{path, message}]}` of a 400) as sentences in the reader's
 * language, for the forms still built by hand (the nominations list's, the agreement's edit form):
 * they send straight to the server rather than checking with the schemas first, and a page words
 * the messages its own rules send; zod's built-in ones and the shared schemas' are worded here.
 * The Preact pages check with the API's schema first and word the server's errors as that check
 * does (form-problems.ts).
 */
import { fieldMessage, genericMessage } from '../../shared/i18n/validation';
import { lang } from './i18n';

export type Worded = { path: string; message: () => string };
/** A page's own words for a message (and the path it came on), or undefined to word it generically. */
export type OwnWords = (message: string, path: string) => (() => string) | undefined;

/** zod's own messages (an empty or too long text, a missing value, an unknown option), else the shared translations. */
function generic(message: string): string {
  if (/^Too small: expected string to have >=1 characters?$/.test(message) || /^Invalid input: expected \w+, received undefined$/.test(message)) {
    return genericMessage('fillIn', lang());
  }
  const long = /^Too big: expected string to have <=(\d+) characters$/.exec(message);
  if (long) return genericMessage('tooLong', lang(), Number(long[1]));
  if (/^Invalid option/.test(message)) return genericMessage('chooseOne', lang());
  return fieldMessage(message, lang());
}

/**
 * The 400's field errors, one per field (zod reports an empty name both as too short and as
 * having no letter: the first says it best), each worded again when the language changes.
 */
export function wordFieldErrors(data: unknown, own: OwnWords = () => undefined): Worded[] {
  const fields = (data as { fields?: unknown })?.fields;
  const list = Array.isArray(fields) ? fields.filter((f): f is { path: string; message: string } => typeof f?.path === 'string' && typeof f?.message === 'string') : [];
  const seen = new Set<string>();
  return list
    .filter((f) => !seen.has(f.path) && Boolean(seen.add(f.path)))
    .map((f) => ({ path: f.path, message: own(f.message, f.path) ?? (() => generic(f.message)) }));
}
