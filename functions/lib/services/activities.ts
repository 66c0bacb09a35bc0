/**
 * The registry of international activities: the international office records and edits every one; a
 * faculty member records and edits their own faculty's (and sees only those); anyone else is
 * refused. The partners, the agreement and the faculty named must exist, and the agreement must be
 * one of the partners'. An edit names the version it was read at: a stale one is a 409 with the
 * current activity. An activity is cancelled rather than deleted: the registry keeps what was
 * planned, and the reports count only what was not called off.
 *
 * What a faculty member records counts at once, unless the office's setting asks its faculty's
 * dean or the office to confirm it first (issue 12's "short chain"): then it is `proposed` (counted
 * by no report) until its confirmer confirms it on the activities page, or returns it with a comment
 * for its faculty to edit, which proposes it again. The rules are shared/activity-rules.ts's. A
 * proposal is emailed to its confirmer, and the answer to who recorded it: the write puts the event
 * the notifier mails from (shared/activity-rules.ts `confirmationEvent`); so does a cancellation of
 * one still proposed, to its confirmer.
 */
import { randomUUID } from 'node:crypto';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError, type FieldError } from '../../../shared/errors';
import { activityYear, confirmationEvent, confirmerFor, decideActivity, mayManage, statusAfterEdit, type ActivityEvent, type ActivityNotice, type ActivityReviewer, type ActivityVerdict } from '../../../shared/activity-rules';
import { scopeKey } from '../../../shared/scopes';
import { activityStatistics, type ActivityStatistics } from '../../../shared/reports/activities';
import type { Person } from '../../../shared/schemas';
import type { Activity, ActivityCancellation, ActivityConfirmation, ActivityConfirmationSetting, ActivityConfirmationSettingUpdate, ActivityInput, ActivityListQuery, ActivityReportQuery, ActivityReturn, ActivityUpdate } from '../../../shared/schemas/activity';
import type { Agreement } from '../../../shared/schemas/entities';
import type { Deps } from '../deps';
import { findRoleHolders, getFaculty, getPartner, listPartners } from '../db/directory';
import {
  ActivityChangedError,
  activitiesOfYears,
  insertActivity,
  latestActivities,
  readActivity,
  readActivityConfirmationSetting,
  replaceActivity,
  saveActivityConfirmationSetting,
  SettingChangedError,
} from '../db/international-activities';
import { getSubmission } from '../db/submissions';
import { isAdmin, isOffice } from './identity';
import { reportFaculties } from './reports';

/** What one screen lists: the latest-starting this many of those that match. */
export const ACTIVITY_LIST_LIMIT = 200;

export type ActivityRegistry = { activities: Activity[]; truncated: boolean };

const actor = (p: Person) => ({ email: p.email, name: p.name });

/** The faculties this person is dean of: where they confirm, and whose activities they read. */
const deanOf = (person: Person): string[] => person.roles.flatMap((r) => (r.role === 'dean' && r.scope.type === 'faculty' ? [r.scope.faculty] : []));
const reviewerOf = (person: Person): ActivityReviewer => ({ office: isOffice(person), deanOf: deanOf(person) });

function requireManager(person: Person, activity: { faculty: string }): void {
  if (isOffice(person)) return;
  if (!person.faculty && deanOf(person).length === 0) throw new ForbiddenError('Only the international office and faculty members record activities');
  if (!mayManage({ ...person, deanOf: deanOf(person) }, activity)) throw new ForbiddenError('A faculty member records and edits their own faculty’s activities only');
}

/** The faculty as an email about the activity names it (read through the directory's cache: `checkReferences` has just read it). */
async function facultyNotice(deps: Deps, id: string): Promise<ActivityNotice['faculty']> {
  const faculty = await getFaculty(deps.db, id);
  return { id, name: faculty?.name ?? id, ...(faculty?.names ? { names: faculty.names } : {}) };
}

/** The event this write of an activity carries to the notifier (its confirmation asked for or answered), or none. */
async function eventOf(deps: Deps, before: Activity | undefined, after: Activity, person: Person): Promise<ActivityEvent | undefined> {
  return confirmationEvent(before, after, actor(person), after.updatedAt, await facultyNotice(deps, after.faculty));
}

/** The partners, agreement and faculty the activity names, each checked against the registry: 400 on the field that names a missing one. */
async function checkReferences(deps: Deps, input: ActivityInput): Promise<void> {
  const fields: FieldError[] = [];
  const [faculty, partners, agreement] = await Promise.all([
    getFaculty(deps.db, input.faculty),
    Promise.all(input.partnerIds.map((id) => getPartner(deps.db, id))),
    input.agreementId ? getSubmission(deps.db, 'memorandum', input.agreementId) : undefined,
  ]);
  if (!faculty) fields.push({ path: 'faculty', message: 'No faculty with this id' });
  partners.forEach((p, i) => {
    if (!p) fields.push({ path: `partnerIds.${i}`, message: 'No partner with this id' });
  });
  if (input.agreementId) {
    if (!agreement) fields.push({ path: 'agreementId', message: 'No agreement with this id' });
    else if (!input.partnerIds.includes((agreement as Agreement).content.partnerId)) fields.push({ path: 'agreementId', message: 'The agreement is not with one of the activity’s partners' });
  }
  if (fields.length) throw new ValidationError('Some fields name what the registry does not have', fields);
}

/**
 * Who must confirm what this person records for `faculty` now. A dean asked for when the faculty has
 * none is refused here, as an approval chain's step that finds nobody is at submission: a proposal
 * nobody can confirm would wait for ever.
 */
async function confirmerNow(deps: Deps, person: Person, faculty: string): Promise<'dean' | 'office' | undefined> {
  const setting = await readActivityConfirmationSetting(deps.db);
  const confirmer = confirmerFor(setting.confirmer, reviewerOf(person), faculty);
  if (confirmer === 'dean' && (await findRoleHolders(deps.db, 'dean', scopeKey({ type: 'faculty', faculty }))).length === 0) {
    throw new ConflictError('no_confirmer', 'The office asks the faculty’s dean to confirm its activities, and this faculty has no dean in the directory: ask the office');
  }
  return confirmer;
}

export async function recordActivity(deps: Deps, input: ActivityInput, person: Person): Promise<Activity> {
  requireManager(person, input);
  await checkReferences(deps, input);
  const confirmer = await confirmerNow(deps, person, input.faculty);
  const now = deps.clock().toISOString();
  const activity: Activity = {
    ...input,
    id: randomUUID(),
    status: confirmer ? 'proposed' : 'recorded',
    ...(confirmer ? { confirmer } : {}),
    version: 1,
    createdAt: now,
    createdBy: actor(person),
    updatedAt: now,
    updatedBy: actor(person),
  };
  // Proposed, its confirmer is emailed: the event is written with the activity.
  await insertActivity(deps.db, activity, await eventOf(deps, undefined, activity, person));
  deps.log.info(confirmer ? 'activity proposed' : 'activity recorded', { activityId: activity.id, kind: activity.kind, faculty: activity.faculty, ...(confirmer ? { confirmer } : {}) });
  return activity;
}

/** One activity, for the office or its faculty's members; 404 when there is none. */
export async function activityById(deps: Deps, id: string, person: Person): Promise<Activity> {
  const activity = await readActivity(deps.db, id);
  if (!activity) throw new NotFoundError('No activity with this id');
  requireManager(person, activity);
  return activity;
}

const changed = (current: Activity) => new ConflictError('activity_changed', 'Someone changed this activity since you opened it; here is the current version', { activity: current });

/** The whole form against the version it was read at; moving it to another faculty needs the right to both. */
export async function editActivity(deps: Deps, id: string, update: ActivityUpdate, person: Person): Promise<Activity> {
  const { version, ...input } = update;
  const current = await activityById(deps, id, person);
  requireManager(person, input);
  if (current.version !== version) throw changed(current);
  if (current.status === 'cancelled') throw new ConflictError('activity_cancelled', 'This activity was cancelled; it is kept as it was', { activity: current });
  await checkReferences(deps, input);
  // A returned activity edited is proposed again: the edit is the answer to the comment.
  const next: Activity = { ...current, ...input, status: statusAfterEdit(current.status), version: current.version + 1, updatedAt: deps.clock().toISOString(), updatedBy: actor(person) };
  // Optional fields left out of the form are cleared, not kept from before: the form is the whole activity.
  for (const k of ['description', 'agreementId', 'outcome'] as const) if (input[k] === undefined) delete next[k];
  await save(deps, next, current, await eventOf(deps, current, next, person));
  deps.log.info('activity edited', { activityId: id, version: next.version });
  return next;
}

export async function cancelActivity(deps: Deps, id: string, cancellation: ActivityCancellation, person: Person): Promise<Activity> {
  const current = await activityById(deps, id, person);
  if (current.version !== cancellation.version) throw changed(current);
  if (current.status === 'cancelled') throw new ConflictError('activity_cancelled', 'This activity is already cancelled', { activity: current });
  const now = deps.clock().toISOString();
  const next: Activity = {
    ...current,
    status: 'cancelled',
    version: current.version + 1,
    updatedAt: now,
    updatedBy: actor(person),
    cancellation: { at: now, by: actor(person), ...(cancellation.reason ? { reason: cancellation.reason } : {}) },
  };
  // Cancelled while it waited for its confirmer, the confirmer is told: the event is written with it.
  await save(deps, next, current, await eventOf(deps, current, next, person));
  deps.log.info('activity cancelled', { activityId: id });
  return next;
}

const REFUSALS = {
  changed: (current: Activity) => changed(current),
  not_proposed: (current: Activity) => new ConflictError('activity_not_proposed', 'This activity is not waiting for a confirmation (it was confirmed or returned already); here is where it is', { activity: current }),
  not_confirmer: () => new ForbiddenError('Only whom the office asks confirms this activity: its faculty’s dean, or the international office'),
};

/** A confirmer's answer (confirm, or return with a comment) to a proposed activity, against the version read. */
async function decide(deps: Deps, id: string, verdict: ActivityVerdict, version: number, person: Person): Promise<Activity> {
  const current = await readActivity(deps.db, id);
  if (!current) throw new NotFoundError('No activity with this id');
  const reviewer = reviewerOf(person);
  // Someone who may neither read nor confirm it learns nothing of its state.
  if (!reviewer.office && !mayManage({ ...person, deanOf: reviewer.deanOf }, current)) throw REFUSALS.not_confirmer();
  const now = deps.clock().toISOString();
  const outcome = decideActivity(current, verdict, reviewer, version, actor(person), now);
  if ('refusal' in outcome) throw REFUSALS[outcome.refusal](current);
  const next: Activity = { ...outcome.activity, updatedAt: now, updatedBy: actor(person) };
  // Who recorded it hears the answer: the event is written with it.
  await save(deps, next, current, await eventOf(deps, current, next, person));
  deps.log.info(verdict.decision === 'confirm' ? 'activity confirmed' : 'activity returned', { activityId: id, version: next.version });
  return next;
}

export const confirmActivity = (deps: Deps, id: string, body: ActivityConfirmation, person: Person) => decide(deps, id, { decision: 'confirm', ...(body.comment ? { comment: body.comment } : {}) }, body.version, person);
export const returnActivity = (deps: Deps, id: string, body: ActivityReturn, person: Person) => decide(deps, id, { decision: 'return', comment: body.comment }, body.version, person);

/** The setting, for the international office (the page shows it and what it asks). */
export async function activityConfirmationSetting(deps: Deps, person: Person): Promise<ActivityConfirmationSetting> {
  if (!isOffice(person)) throw new ForbiddenError('Only the international office reads this setting');
  return readActivityConfirmationSetting(deps.db);
}

/** Administrators change it, against the version read, as they change the approval chains; it applies to what is recorded from now on. */
export async function changeActivityConfirmationSetting(deps: Deps, update: ActivityConfirmationSettingUpdate, person: Person): Promise<ActivityConfirmationSetting> {
  if (!isAdmin(person)) throw new ForbiddenError('Only administrators change who confirms activities');
  const current = await readActivityConfirmationSetting(deps.db);
  const stale = (now: ActivityConfirmationSetting) => new ConflictError('setting_changed', 'Someone changed this setting since you opened it; here is the current one', { setting: now });
  if (current.version !== update.version) throw stale(current);
  const next: ActivityConfirmationSetting = { confirmer: update.confirmer, version: current.version + 1, updatedAt: deps.clock().toISOString(), updatedBy: person.email };
  try {
    await saveActivityConfirmationSetting(deps.db, next, current.version);
  } catch (error) {
    if (!(error instanceof SettingChangedError)) throw error;
    throw stale(await readActivityConfirmationSetting(deps.db));
  }
  deps.log.info('activity confirmation setting changed', { confirmer: next.confirmer, version: next.version });
  return next;
}

async function save(deps: Deps, next: Activity, current: Activity, event?: ActivityEvent): Promise<void> {
  try {
    await replaceActivity(deps.db, next, current.version, event);
  } catch (error) {
    if (!(error instanceof ActivityChangedError)) throw error;
    const now = await readActivity(deps.db, current.id);
    if (!now) throw new NotFoundError('No activity with this id');
    throw changed(now);
  }
}

export function matchesActivityFilters(a: Activity, f: ActivityListQuery): boolean {
  return (
    (f.year === undefined || activityYear(a) === f.year) &&
    (!f.kind || a.kind === f.kind) &&
    (!f.faculty || a.faculty === f.faculty) &&
    (!f.partner || a.partnerIds.includes(f.partner)) &&
    (!f.format || a.format === f.format) &&
    (!f.status || a.status === f.status)
  );
}

/**
 * The activities a person may list that match the filters, latest start first. With a year, that
 * year's key range of the list index (all of it); without one, the latest-starting
 * ACTIVITY_LIST_LIMIT; the other filters are applied to what was read. A faculty member lists
 * their own faculty's, whatever `faculty` they ask for (another is a 403, not an empty list).
 */
export async function listActivities(deps: Deps, person: Person, f: ActivityListQuery): Promise<ActivityRegistry> {
  const filters = { ...f };
  let own: string[] | undefined;
  if (!isOffice(person)) {
    // A faculty member lists their faculty's; a dean, also the faculties they confirm for.
    own = [...new Set([...(person.faculty ? [person.faculty] : []), ...deanOf(person)])];
    if (own.length === 0) throw new ForbiddenError('Only the international office and faculty members list activities');
    if (f.faculty && !own.includes(f.faculty)) throw new ForbiddenError('A faculty member lists their own faculty’s activities only');
  }
  const mine = (a: Activity) => !own || own.includes(a.faculty);
  if (f.year !== undefined) {
    // The whole year was read: cut only when more than a screen's worth match.
    const matching = (await activitiesOfYears(deps.db, f.year, f.year)).reverse().filter((a) => mine(a) && matchesActivityFilters(a, filters));
    return { activities: matching.slice(0, ACTIVITY_LIST_LIMIT), truncated: matching.length > ACTIVITY_LIST_LIMIT };
  }
  // One more than a screen's worth, only to know whether there were more to look at.
  const read = await latestActivities(deps.db, ACTIVITY_LIST_LIMIT + 1);
  return { activities: read.slice(0, ACTIVITY_LIST_LIMIT).filter((a) => mine(a) && matchesActivityFilters(a, filters)), truncated: read.length > ACTIVITY_LIST_LIMIT };
}

/**
 * The activities report (by kind, year, faculty, format and partner country): who may read it is the other reports' rule (the office the university, a
 * dean their faculty). Counted from the activity items of the years asked (one Query on the list
 * index's key range), not from report facts: an activity has no workflow whose state a fact would
 * freeze, and the item itself carries every dimension counted.
 */
export async function activityReport(deps: Deps, person: Person, q: ActivityReportQuery): Promise<ActivityStatistics> {
  const faculties = reportFaculties(person, q.faculty);
  const years = q.years ?? [deps.clock().getUTCFullYear()];
  const [read, partners] = await Promise.all([activitiesOfYears(deps.db, years[0]!, years.at(-1)!), listPartners(deps.db)]);
  const countries = new Map(partners.map((p) => [p.id, p.country]));
  return activityStatistics(faculties ? read.filter((a) => faculties.includes(a.faculty)) : read, years, (id) => countries.get(id));
}
