/**
 * The rules of an international activity, pure: what its fields must say together (a partner or a
 * description; an end not before its start), which calendar year it belongs to, and whether a
 * person's faculty may record and edit it. The schemas (shared/schemas/activity.ts) check with
 * `activityProblems`, so the page and the API refuse the same things; the service asks `mayManage`.
 */

export type ActivityProblem = { path: string; message: string };

const isDay = (s: unknown): s is string => typeof s === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(s);

/**
 * What is wrong across an activity's fields, each on its field. An activity with no partner is
 * one of our own (a university conference), which a title alone does not explain: it needs a
 * description, or the registry holds a line nobody can read a year later.
 */
export function activityProblems(a: { partnerIds?: readonly string[]; description?: string; startDate?: string; endDate?: string }): ActivityProblem[] {
  const found: ActivityProblem[] = [];
  if ((a.partnerIds ?? []).length === 0 && !a.description?.trim()) {
    found.push({ path: 'description', message: 'Name a partner, or describe an activity that has none' });
  }
  if (new Set(a.partnerIds ?? []).size !== (a.partnerIds ?? []).length) found.push({ path: 'partnerIds', message: 'A partner is named twice' });
  if (isDay(a.startDate) && isDay(a.endDate) && a.endDate < a.startDate) found.push({ path: 'endDate', message: 'The end date must not be before the start date' });
  return found;
}

/** ISO 4217 as the runtime knows it (Node and every current browser list the codes in use). */
export function isCurrencyCode(code: string): boolean {
  const known = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('currency') : undefined;
  return known ? known.includes(code) : /^[A-Z]{3}$/.test(code);
}

/** An activity belongs to the calendar year it starts in: how the office's annual report counts conferences and projects. */
export const activityYear = (a: { startDate: string }): number => Number(a.startDate.slice(0, 4));

/**
 * Whether someone outside the international office may record or edit this activity: a faculty
 * member, for their own faculty's. The office (decided by the caller) may manage every one.
 */
export const mayManage = (person: { faculty?: string }, activity: { faculty: string }): boolean => person.faculty !== undefined && person.faculty === activity.faculty;
