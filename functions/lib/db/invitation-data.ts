/**
 * An incoming student's invitation data: one item per nomination (keys.invitationData), listed
 * in its own partition of the sparse `byDue` index. Written and deleted alone: the nomination's
 * item never holds it, so no ordinary read, export or email can carry it.
 */
import { DeleteCommand, GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { InvitationData } from '../../../shared/schemas/incoming';
import type { Db } from './client';
import { queryAll } from './client';
import { keys } from './keys';

export type StoredInvitationData = InvitationData & { nominationId: string; updatedAt: string; updatedBy: string };

const toData = (item: Record<string, unknown>): StoredInvitationData => ({
  nominationId: item.nominationId as string,
  nationality: item.nationality as string,
  dateOfBirth: item.dateOfBirth as string,
  passportNumber: item.passportNumber as string,
  passportExpiry: item.passportExpiry as string,
  updatedAt: item.updatedAt as string,
  updatedBy: item.updatedBy as string,
});

/** Replaces what was there: the data is the person's as last given, not a history of it. */
export async function putInvitationData(db: Db, data: StoredInvitationData): Promise<void> {
  await db.doc.send(
    new PutCommand({ TableName: db.table, Item: { ...keys.invitationData(data.nominationId), ...keys.invitationDataList(data.nominationId), itemType: 'invitation_data', ...data } }),
  );
}

export async function getInvitationData(db: Db, nominationId: string): Promise<StoredInvitationData | undefined> {
  const out = await db.doc.send(new GetCommand({ TableName: db.table, Key: keys.invitationData(nominationId), ConsistentRead: true }));
  return out.Item ? toData(out.Item) : undefined;
}

/** Deleting what is already gone is no error: the retention sweep may run twice. */
export async function deleteInvitationData(db: Db, nominationId: string): Promise<void> {
  await db.doc.send(new DeleteCommand({ TableName: db.table, Key: keys.invitationData(nominationId) }));
}

/** The ids of the nominations holding invitation data (from the index: eventually consistent). */
export async function listInvitationDataHolders(db: Db): Promise<string[]> {
  const items = await queryAll(
    db,
    { IndexName: 'byDue', KeyConditionExpression: 'duePk = :p', ExpressionAttributeValues: { ':p': keys.invitationDataPartition }, ProjectionExpression: 'nominationId' },
    'ListInvitationData',
  );
  return items.map((i) => i.nominationId as string);
}
