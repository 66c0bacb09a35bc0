/**
 * International activities (shared/schemas/activity.ts) in the table: one item each, `ACT#…`,
 * listed in the `ACTIVITIES` partition of the list index by start date. (Not to be confused with
 * activity.ts, which keeps the day of an agreement's last mobility.) A write is conditional: a new
 * activity on its id being free, an edit on the version it was made against, so two editors of one
 * activity get one edit and one 409, never a silent overwrite.
 */
import { GetCommand, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { Activity } from '../../../shared/schemas/activity';
import { capacityOption, queryAll, report, type Db } from './client';
import { isConditionFailure } from './errors';
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

export async function insertActivity(db: Db, activity: Activity): Promise<void> {
  const out = await db.doc.send(
    new PutCommand({ TableName: db.table, Item: activityItem(activity), ConditionExpression: 'attribute_not_exists(pk)', ...capacityOption(db) }),
  );
  report(db, 'InsertActivity', out.ConsumedCapacity);
}

/** Replaces the activity with `next`, conditional on it still being at `expectedVersion`. */
export async function replaceActivity(db: Db, next: Activity, expectedVersion: number): Promise<void> {
  try {
    const out = await db.doc.send(
      new PutCommand({
        TableName: db.table,
        Item: activityItem(next),
        ConditionExpression: 'attribute_exists(pk) AND #v = :v',
        ExpressionAttributeNames: { '#v': 'version' },
        ExpressionAttributeValues: { ':v': expectedVersion },
        ...capacityOption(db),
      }),
    );
    report(db, 'ReplaceActivity', out.ConsumedCapacity);
  } catch (error) {
    if (isConditionFailure(error)) throw new ActivityChangedError(`Activity ${next.id} changed meanwhile`);
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
