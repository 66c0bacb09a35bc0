/**
 * Agreements in force and the day of their last mobility, for the dormant-agreements list (no
 * mobility in 12 months): one small item per agreement, indexed only while it is in force, so
 * the list is one Query that reads the dormant ones and nothing else.
 */
import type { Db } from './client';
import { queryAll } from './client';
import { keys } from './keys';

/** Transaction items; no conditions, so they never decide whether a transition happens. */
export type ActivityChange = { kind: 'start' | 'mobility'; agreementId: string; at: string } | { kind: 'stop'; agreementId: string };

export function activityItem(db: Db, change: ActivityChange) {
  const key = keys.activity(change.agreementId);
  if (change.kind === 'stop') return { Delete: { TableName: db.table, Key: key } };
  // Coming into force counts as activity: a new agreement is not dormant on its first day.
  if (change.kind === 'start') return { Put: { TableName: db.table, Item: activityRecord(change.agreementId, change.at) } };
  const { gsi2sk } = keys.activityList(change.at, change.agreementId);
  return {
    Update: {
      TableName: db.table,
      Key: key,
      // Only moves the day forward; on an agreement not in force it writes an unindexed item, never a listed one.
      UpdateExpression: 'SET lastMobilityAt = :at, gsi2sk = :sk',
      ExpressionAttributeValues: { ':at': change.at, ':sk': gsi2sk },
    },
  };
}

/** The item of an agreement in force (also written by the seed for agreements already in force). */
export function activityRecord(agreementId: string, lastMobilityAt: string): Record<string, unknown> {
  return { ...keys.activity(agreementId), ...keys.activityList(lastMobilityAt, agreementId), itemType: 'activity', agreementId, lastMobilityAt };
}

export type Activity = { agreementId: string; lastMobilityAt: string };

/** Agreements in force whose last mobility (or coming into force) was before `cutoff`, oldest first. */
export async function listInactiveSince(db: Db, cutoff: string): Promise<Activity[]> {
  const items = await queryAll(
    db,
    { IndexName: 'byList', KeyConditionExpression: 'gsi2pk = :p AND gsi2sk < :cutoff', ExpressionAttributeValues: { ':p': keys.activityList('', '').gsi2pk, ':cutoff': cutoff } },
    'ListDormant',
  );
  return items.map((i) => ({ agreementId: i.agreementId as string, lastMobilityAt: i.lastMobilityAt as string }));
}
