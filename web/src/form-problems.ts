/**
 * A Preact form's body checked with the API's own zod schema before it is sent, and the API's
 * field errors (a 400's `fields`) after it was: one problem per control, the first issue found on
 * it, each worded when it is shown, in the page's language, so a language switch words it again.
 * The people and chains pages use it; the memorandum form and the agreement edit form have
 * memorandum-values.ts, which also words a condition's row.
 *
 * The page says where a path's problem is shown (`Place`): a path with no control of its own
 * (`roles.0.scope`) goes to the nearest that has one (`roles.0.scope.type`); a path with no
 * control at all (`steps`: a chain needs a step) is left for the form's message.
 */
import type { ZodMiniType } from 'zod/mini';
import { fieldMessage, issueMessage, type IssueLike } from '../../shared/i18n/validation';
import { lang } from './i18n/lang';

/** A problem with one field (`path`, the body's path of its control) or with the form (a path with no control). */
export type Problem = { path: string; text: () => string; placed: boolean };

/** Where a path's problem is shown: the control's path, and whether the control is a choice (a select); undefined, no control. */
export type Place = (path: string) => { path: string; choice: boolean } | undefined;

const at = (content: unknown, path: readonly PropertyKey[]) =>
  path.reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[k] : undefined), content);

/** `body` checked with `schema`, each problem worded as the schema's message, or as a generic one ("Choose one" for a choice left empty). */
export function schemaProblems(schema: ZodMiniType, body: unknown, place: Place): Problem[] {
  const problems = new Map<string, Problem>();
  for (const issue of schema.safeParse(body).error?.issues ?? []) {
    const raw = issue.path.map(String).join('.');
    const spot = place(raw);
    const path = spot?.path ?? raw;
    if (problems.has(path)) continue;
    const value = at(body, issue.path);
    const empty = value === '' || value === undefined;
    const choice = spot?.choice ?? false;
    problems.set(path, { path, placed: Boolean(spot), text: () => issueMessage(issue as IssueLike, lang.value, { choice, empty }) });
  }
  return [...problems.values()];
}

/** The server's field errors: the schema's wording (`local`) where it refuses the same field, else the server's message translated. */
export function serverProblems(data: unknown, local: Problem[], place: Place): Problem[] {
  const fields = (data as { fields?: unknown } | undefined)?.fields;
  const listed = Array.isArray(fields) ? fields.filter((f): f is { path: string; message: string } => typeof f?.path === 'string' && typeof f?.message === 'string') : [];
  const byPath = new Map(local.map((p) => [p.path, p]));
  const problems = new Map<string, Problem>();
  for (const f of listed) {
    const spot = place(f.path);
    const path = spot?.path ?? f.path;
    if (!problems.has(path)) problems.set(path, byPath.get(path) ?? { path, placed: Boolean(spot), text: () => fieldMessage(f.message, lang.value) });
  }
  return [...problems.values()];
}

/** The problem shown on the control at `path`, in words; none, none. */
export const problemAt = (problems: readonly Problem[], path: string): string | undefined => problems.find((p) => p.placed && p.path === path)?.text();
