/**
 * The API's field errors (`{fields: [{path, message}]}` of a 400) as sentences in the reader's
 * language, for the forms still built by hand (the nominations list's, the agreement's edit form):
 * they send straight to the server rather than checking with the schemas first, and a page words
 * the messages its own rules send; zod's built-in ones and the shared schemas' are worded here.
 * The Preact console pages check with the API's schema first (form-problems.ts and the partners'
 * form) and word the server's errors as that check does.
 */
import type { ZodMiniType } from 'zod/mini';
import { fieldMessage, genericMessage, issueMessage, type IssueLike } from '../../shared/i18n/validation';
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

// ---- forms checked with the API's schema before they are sent ------------------------------

/** A path with no control of its own (`roles.0.scope`) is shown on the nearest one that has (`roles.0.scope.type`). */
function placeable(form: HTMLFormElement, path: string): string {
  if (form.elements.namedItem(path)) return path;
  if (form.elements.namedItem(`${path}.type`)) return `${path}.type`;
  return path;
}

const at = (content: unknown, path: PropertyKey[]) =>
  path.reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[k] : undefined), content);

/** `body`, read from `form`, checked with the API's own schema: one problem per field, worded in the current language. */
export function schemaProblems(form: HTMLFormElement, schema: ZodMiniType, body: unknown): Worded[] {
  const problems = new Map<string, Worded>();
  for (const issue of schema.safeParse(body).error?.issues ?? []) {
    const path = placeable(form, issue.path.map(String).join('.'));
    if (problems.has(path)) continue;
    const value = at(body, issue.path);
    const empty = value === '' || value === undefined;
    const choice = form.elements.namedItem(path) instanceof HTMLSelectElement;
    problems.set(path, { path, message: () => issueMessage(issue as IssueLike, lang(), { choice, empty }) });
  }
  return [...problems.values()];
}

/** The server's field errors: the schema's wording (`local`, its schemaProblems) where it refuses the same field, else the server's message translated. */
export function serverProblems(form: HTMLFormElement, data: unknown, local: Worded[]): Worded[] {
  const fields = (data as { fields?: unknown })?.fields;
  const byPath = new Map(local.map((p) => [p.path, p]));
  return (Array.isArray(fields) ? (fields as { path: string; message: string }[]) : []).map((f) => {
    const path = placeable(form, f.path);
    return byPath.get(path) ?? { path, message: () => fieldMessage(f.message, lang()) };
  });
}
