/**
 * The rules of an international activity, pure: what its fields must say together (a partner or a
 * description; an end not before its start), which calendar year it belongs to, and whether a
 * person's faculty may record and edit it, and the confirmation of what faculty members record
 * (who confirms, who may, and what a confirmation, a return or an edit makes of it). The schemas
 * (shared/schemas/activity.ts) check with `activityProblems`, so the page and the API refuse the
 * same things; the service asks `mayManage`, `confirmerFor`, `decideActivity` and `statusAfterEdit`,
 * and `confirmationEvent` for the event its write carries to the notifier (who is emailed).
 */

import type { ActivityKind } from './schemas/activity';

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
export const mayManage = (person: { faculty?: string; deanOf?: readonly string[] }, activity: { faculty: string }): boolean =>
  (person.faculty !== undefined && person.faculty === activity.faculty) || (person.deanOf ?? []).includes(activity.faculty);

// ---- confirmation of what faculty members record -------------------------------------------

/** The office's setting: who confirms what faculty members record. */
export type ActivityConfirmerSetting = 'nobody' | 'dean' | 'office';
/** Who someone is to an activity's confirmation: the international office, and the faculties they are dean of. */
export type ActivityReviewer = { office: boolean; deanOf: readonly string[] };
type Actor = { email: string; name: string };
type Confirmable = { faculty: string; status: string; version: number; confirmer?: 'dean' | 'office'; decisions?: { decision: 'confirmed' | 'returned'; at: string; by: Actor; comment?: string }[] };

/**
 * Who must confirm a new activity of `faculty` that `recorder` records: nobody (it counts at once)
 * when the office asks for no confirmation, when the office itself records it, or when the recorder
 * is the one who would confirm it (a dean recording their own faculty's: asking oneself adds nothing).
 */
export function confirmerFor(setting: ActivityConfirmerSetting, recorder: ActivityReviewer, faculty: string): 'dean' | 'office' | undefined {
  if (setting === 'nobody' || recorder.office) return undefined;
  if (setting === 'dean' && recorder.deanOf.includes(faculty)) return undefined;
  return setting;
}

/** Whether this person confirms or returns this activity: its faculty's dean, or the office, as it was asked when proposed. */
export function mayConfirm(person: ActivityReviewer, activity: { faculty: string; confirmer?: 'dean' | 'office' }): boolean {
  if (activity.confirmer === 'office') return person.office;
  if (activity.confirmer === 'dean') return person.deanOf.includes(activity.faculty);
  return false;
}

export type ActivityVerdict = { decision: 'confirm'; comment?: string } | { decision: 'return'; comment: string };
export type ActivityRefusal = 'changed' | 'not_proposed' | 'not_confirmer';

/**
 * A confirmer's answer to a proposed activity read at `version`: confirmed, it is `recorded` and
 * counts; returned, it goes back to its faculty with the comment. A stale version, an activity no
 * longer proposed, or someone not its confirmer is refused, in that order (the first says most:
 * what they read is not what is there).
 */
export function decideActivity<A extends Confirmable>(
  activity: A,
  verdict: ActivityVerdict,
  reviewer: ActivityReviewer,
  version: number,
  by: Actor,
  at: string,
): { activity: A } | { refusal: ActivityRefusal } {
  if (activity.version !== version) return { refusal: 'changed' };
  if (activity.status !== 'proposed') return { refusal: 'not_proposed' };
  if (!mayConfirm(reviewer, activity)) return { refusal: 'not_confirmer' };
  const decision = { decision: verdict.decision === 'confirm' ? ('confirmed' as const) : ('returned' as const), at, by, ...(verdict.comment ? { comment: verdict.comment } : {}) };
  return {
    activity: {
      ...activity,
      status: verdict.decision === 'confirm' ? 'recorded' : 'returned',
      version: activity.version + 1,
      decisions: [...(activity.decisions ?? []), decision],
    },
  };
}

/**
 * The status an edit leaves: a returned activity edited by its faculty is proposed again, to the
 * same confirmer (that is how it is sent back); a proposed one stays proposed (its confirmer reads
 * the edit); a recorded one stays recorded (it was confirmed, or never needed to be).
 */
export function statusAfterEdit<S extends string>(status: S): S | 'proposed' {
  return status === 'returned' ? 'proposed' : status;
}

/** The comment of the last return, while the activity waits for its faculty's edit: what the page shows them. */
export function returnComment(activity: Pick<Confirmable, 'status' | 'decisions'>): string | undefined {
  if (activity.status !== 'returned') return undefined;
  return activity.decisions?.at(-1)?.comment;
}

// ---- the confirmation's news: whom it is emailed to is the notifier's (functions/notifier/plan.ts) ----

/** What an email about an activity names, kept on its event so the notifier reads nothing else: the faculty with its names in the pages' languages. */
export type ActivityNotice = {
  id: string;
  kind: ActivityKind;
  title: string;
  faculty: { id: string; name: string; names?: Partial<Record<'en' | 'ru' | 'uz', string>> };
  startDate: string;
  endDate: string;
};

/**
 * The events of an activity's confirmation: proposed to its confirmer (`again` after its faculty
 * edited it once returned), the confirmer's answer, to who recorded it and who last proposed it,
 * and its cancellation while it waited for that answer, to the confirmer who was asked (`reason`:
 * the canceller's, when they gave one).
 */
export type ActivityEvent =
  | { type: 'activity_proposed'; at: string; actor: Actor; confirmer: 'dean' | 'office'; again: boolean; activity: ActivityNotice }
  | { type: 'activity_decided'; at: string; actor: Actor; decision: 'confirmed' | 'returned'; comment?: string; recordedBy: Actor; proposedBy: Actor; activity: ActivityNotice }
  | { type: 'activity_cancelled'; at: string; actor: Actor; confirmer: 'dean' | 'office'; reason?: string; activity: ActivityNotice };

type Noticed = Confirmable & { id: string; kind: ActivityKind; title: string; startDate: string; endDate: string; createdBy: Actor; updatedBy: Actor; cancellation?: { reason?: string } };

/**
 * The event a write of an activity (`before`: as it was, none when new; `after`: as written) means,
 * or none. A new activity proposed, or a returned one edited (so proposed again), is proposed to its
 * confirmer; an edit of one still proposed is not (its confirmer has not answered yet, and reads the
 * edit on the page); a confirmation or a return is the confirmer's answer; a cancellation of one still
 * proposed tells its confirmer, who was asked and would otherwise look for it. `actor` and `at`: who
 * wrote it and when; `faculty`: its faculty as the directory names it.
 */
export function confirmationEvent(before: Noticed | undefined, after: Noticed, actor: Actor, at: string, faculty: ActivityNotice['faculty']): ActivityEvent | undefined {
  const activity: ActivityNotice = { id: after.id, kind: after.kind, title: after.title, faculty, startDate: after.startDate, endDate: after.endDate };
  if (after.status === 'proposed' && before?.status !== 'proposed' && after.confirmer) {
    return { type: 'activity_proposed', at, actor, confirmer: after.confirmer, again: before !== undefined, activity };
  }
  const answer = after.decisions?.at(-1);
  if (before?.status === 'proposed' && (after.status === 'recorded' || after.status === 'returned') && answer) {
    // Who proposed it last: the one who recorded it, or who edited it after a return.
    return { type: 'activity_decided', at, actor, decision: answer.decision, ...(answer.comment ? { comment: answer.comment } : {}), recordedBy: after.createdBy, proposedBy: before.updatedBy, activity };
  }
  // Only a cancellation while the confirmer's answer is awaited is news to anyone. Once confirmed (or
  // never needing it) the confirmer's part is done and nobody waits on it: the office sees it cancelled
  // in the registry and the reports stop counting it, as for the office's own. Once returned, it waits
  // on its faculty, who is the one cancelling it; the confirmer asked for a change and expects nothing.
  if (before?.status === 'proposed' && after.status === 'cancelled' && before.confirmer) {
    const reason = after.cancellation?.reason?.trim();
    return { type: 'activity_cancelled', at, actor, confirmer: before.confirmer, ...(reason ? { reason } : {}), activity };
  }
  return undefined;
}
