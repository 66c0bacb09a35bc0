/**
 * International activities (shared/schemas/activity.ts) in the table: one item each, `ACT#…`,
 * listed in the `ACTIVITIES` partition of the list index by start date, with the events of their
 * confirmation (shared/activity-rules.ts) in the same partition, for the notifier. (Not to be confused with
 * activity.ts, which keeps the day of an agreement's last mobility.) A write is conditional: a new
 * activity on its id being free, an edit on the version it was made against, so two editors of one
 * activity get one edit and one 409, never a silent overwrite.
 */
import { GetCommand, PutCommand, QueryCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import type { ActivityEvent } from '../../../shared/activity-rules';
import type { Activity, ActivityConfirmationSetting } from '../../../shared/schemas/activity';
import { capacityOption, queryAll, report, type Db } from './client';
import { failedConditions, isConditionFailure } from './errors';
import { keys } from './keys';

/** The activity is no longer at the version the edit was made against (or is gone). */
export class ActivityChangedError extends Error {
  override readonly name = 'ActivityChangedError';
}

const KEY_ATTRIBUTES = ['pk', 'sk', 'gsi2pk', 'gsi2sk', 'itemType'];

function toActivity(item: Record<string, unknown>): Activity {
  const copy = { ...item };
  for (const k of KEY_ATTRIBUTES) delete copy[k];
  return copy as Activity;
}

/** The item of an activity with its keys (also what the demo seed writes). */
export function activityItem(activity: Activity): Record<string, unknown> {
  return { ...keys.internationalActivity(activity.id), ...keys.internationalActivityList(activity.startDate, activity.id), itemType: 'activity', ...activity };
}

/** Read fresh (strongly consistent): what an edit and its 409 are decided on. */
export async function readActivity(db: Db, id: string): Promise<Activity | undefined> {
  const out = await db.doc.send(new GetCommand({ TableName: db.table, Key: keys.internationalActivity(id), ConsistentRead: true, ...capacityOption(db) }));
  report(db, 'GetActivity', out.ConsumedCapacity);
  return out.Item ? toActivity(out.Item) : undefined;
}

/**
 * The item of an activity's event, in the activity's partition under the version it produced: an
 * inserted `event` item, which the stream's filter passes to the notifier (infra/constructs/notifier.ts).
 */
export function activityEventItem(activity: Activity, event: ActivityEvent): Record<string, unknown> {
  return { ...keys.event(keys.internationalActivity(activity.id).pk, activity.version, event.type), itemType: 'event', type: event.type, event, createdAt: event.at };
}

/**
 * Writes the activity and, when the write means one, its event, all or nothing: the email is the
 * consequence of the state written, never of a write that did not happen (and never lost after one that did).
 */
async function writeActivity(db: Db, put: { Item: Record<string, unknown>; ConditionExpression: string; ExpressionAttributeNames?: Record<string, string>; ExpressionAttributeValues?: Record<string, unknown> }, operation: string, event?: Record<string, unknown>): Promise<void> {
  if (!event) {
    const out = await db.doc.send(new PutCommand({ TableName: db.table, ...put, ...capacityOption(db) }));
    report(db, operation, out.ConsumedCapacity);
    return;
  }
  const out = await db.doc.send(
    new TransactWriteCommand({
      TransactItems: [{ Put: { TableName: db.table, ...put } }, { Put: { TableName: db.table, Item: event, ConditionExpression: 'attribute_not_exists(pk)' } }],
      ...capacityOption(db),
    }),
  );
  report(db, operation, out.ConsumedCapacity);
}

export async function insertActivity(db: Db, activity: Activity, event?: ActivityEvent): Promise<void> {
  await writeActivity(db, { Item: activityItem(activity), ConditionExpression: 'attribute_not_exists(pk)' }, 'InsertActivity', event && activityEventItem(activity, event));
}

/** Replaces the activity with `next` (and puts its event, if any), conditional on it still being at `expectedVersion`. */
export async function replaceActivity(db: Db, next: Activity, expectedVersion: number, event?: ActivityEvent): Promise<void> {
  try {
    await writeActivity(
      db,
      { Item: activityItem(next), ConditionExpression: 'attribute_exists(pk) AND #v = :v', ExpressionAttributeNames: { '#v': 'version' }, ExpressionAttributeValues: { ':v': expectedVersion } },
      'ReplaceActivity',
      event && activityEventItem(next, event),
    );
  } catch (error) {
    // The event's own condition cannot fail first: its key is the new version's, which only this write makes.
    if (isConditionFailure(error) || failedConditions(error)?.some(Boolean)) throw new ActivityChangedError(`Activity ${next.id} changed meanwhile`);
    throw error;
  }
}

/** The activities starting in the calendar years `from`–`to`, by start date: one Query on one key range. */
export async function activitiesOfYears(db: Db, from: number, to: number): Promise<Activity[]> {
  const range = keys.activityYearRange(from, to);
  const items = await queryAll(
    db,
    {
      IndexName: 'byList',
      KeyConditionExpression: 'gsi2pk = :pk AND gsi2sk BETWEEN :first AND :last',
      ExpressionAttributeValues: { ':pk': keys.internationalActivityPartition, ':first': range.first, ':last': range.last },
    },
    'QueryActivities',
  );
  return items.map(toActivity);
}

/** The `limit` latest-starting activities, latest first: one Query, one page. */
export async function latestActivities(db: Db, limit: number): Promise<Activity[]> {
  const out = await db.doc.send(
    new QueryCommand({
      TableName: db.table,
      IndexName: 'byList',
      KeyConditionExpression: 'gsi2pk = :pk',
      ExpressionAttributeValues: { ':pk': keys.internationalActivityPartition },
      ScanIndexForward: false,
      Limit: limit,
      ...capacityOption(db),
    }),
  );
  report(db, 'QueryActivities', out.ConsumedCapacity);
  return (out.Items ?? []).map(toActivity);
}

/** The setting changed since the version its edit was made against. */
export class SettingChangedError extends Error {
  override readonly name = 'SettingChangedError';
}

/** Who confirms faculty members' activities, read fresh (a new activity is decided on it); never set: nobody, at version 0. */
export async function readActivityConfirmationSetting(db: Db): Promise<ActivityConfirmationSetting> {
  const out = await db.doc.send(new GetCommand({ TableName: db.table, Key: keys.activityConfirmationSetting(), ConsistentRead: true, ...capacityOption(db) }));
  report(db, 'GetActivityConfirmationSetting', out.ConsumedCapacity);
  if (!out.Item) return { confirmer: 'nobody', version: 0 };
  const { confirmer, version, updatedAt, updatedBy } = out.Item as ActivityConfirmationSetting;
  return { confirmer, version, ...(updatedAt ? { updatedAt } : {}), ...(updatedBy ? { updatedBy } : {}) };
}

/** Saves the setting, conditional on it being at `previousVersion` (0: never saved), so two administrators get one change and one 409. */
export async function saveActivityConfirmationSetting(db: Db, next: ActivityConfirmationSetting, previousVersion: number): Promise<void> {
  const condition =
    previousVersion === 0
      ? { ConditionExpression: 'attribute_not_exists(pk)' }
      : { ConditionExpression: '#v = :v', ExpressionAttributeNames: { '#v': 'version' }, ExpressionAttributeValues: { ':v': previousVersion } };
  try {
    const out = await db.doc.send(new PutCommand({ TableName: db.table, Item: { ...keys.activityConfirmationSetting(), itemType: 'setting', ...next }, ...condition, ...capacityOption(db) }));
    report(db, 'PutActivityConfirmationSetting', out.ConsumedCapacity);
  } catch (error) {
    if (isConditionFailure(error)) throw new SettingChangedError('The activity confirmation setting changed meanwhile');
    throw error;
  }
}
