/**
 * Residences and their rooms' ledgers. A residence is directory data (one item, listed on the
 * directory's list index). Each room that has ever been given has a ledger item holding its stays
 * and a `version`; an assignment writes the nomination and the ledger of each room it touches in
 * one TransactWriteItems, each conditional on the version it was read at. Two assignments racing
 * for the last bed both read version n; DynamoDB lets one of them write n+1 and cancels the other,
 * which reads again and finds the room full. The assignment also checks the residence's version (the
 * beds it counted), and an edit taking beds away checks the ledgers of the rooms it shrinks, so
 * neither can slip past the other. One item per room keeps the transaction at two or
 * three items whatever the stay's length (per-night counters would need one item a night).
 */
import { GetCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import type { Nomination, RoomAssignment } from '../../../shared/schemas/entities';
import type { Residence } from '../../../shared/schemas/residence';
import type { Stay } from '../../../shared/workflow/housing';
import { capacityOption, queryAll, report, type Db } from './client';
import { failedConditions } from './errors';
import { keys } from './keys';
import { eventItem, VersionConflictError, type EventSubject } from './submissions';
import type { OfficeEvent } from '../../../shared/workflow/types';

/** The residence is no longer at the version the edit was made against. */
export class ResidenceChangedError extends Error {
  override readonly name = 'ResidenceChangedError';
}

/** A room's ledger changed since it was read: another assignment got there first. */
export class RoomChangedError extends Error {
  override readonly name = 'RoomChangedError';
}

/** A room's stays and the version they were read at (0: the room was never given). */
export type RoomLedger = { residenceId: string; room: string; stays: Stay[]; version: number };

function toResidence(item: Record<string, unknown>): Residence {
  const { pk: _pk, sk: _sk, gsi2pk: _l, gsi2sk: _ls, itemType: _t, ...residence } = item;
  return residence as Residence;
}

export async function listResidences(db: Db): Promise<Residence[]> {
  const items = await queryAll(db, { IndexName: 'byList', KeyConditionExpression: 'gsi2pk = :l', ExpressionAttributeValues: { ':l': keys.residenceListPartition } }, 'ListResidences');
  return items.map(toResidence);
}

/** Read fresh (strongly consistent): what an edit or an assignment is decided on. */
export async function readResidence(db: Db, id: string): Promise<Residence | undefined> {
  const out = await db.doc.send(new GetCommand({ TableName: db.table, Key: keys.residence(id), ConsistentRead: true, ...capacityOption(db) }));
  report(db, 'GetResidence', out.ConsumedCapacity);
  return out.Item ? toResidence(out.Item) : undefined;
}

export function residenceItem(residence: Residence) {
  return { ...keys.residence(residence.id), ...keys.residenceList(residence.name, residence.id), itemType: 'residence', ...residence };
}

/**
 * Writes `next` if the stored residence is still at `previousVersion` (0: there is none yet). With
 * `keptRooms` (rooms losing beds, or removed, that hold stays), also on each of those rooms' ledgers
 * being as they were read, so a room is not shrunk under a stay given a moment before.
 */
export async function putResidence(db: Db, next: Residence, previousVersion: number, keptRooms: RoomLedger[] = []): Promise<void> {
  const put = {
    TableName: db.table,
    Item: residenceItem(next),
    ...(previousVersion === 0
      ? { ConditionExpression: 'attribute_not_exists(pk)' }
      : { ConditionExpression: '#v = :v', ExpressionAttributeNames: { '#v': 'version' }, ExpressionAttributeValues: { ':v': previousVersion } }),
  };
  try {
    const out = await db.doc.send(new TransactWriteCommand({ TransactItems: [{ Put: put }, ...keptRooms.map((r) => roomCheck(db, r))], ...capacityOption(db) }));
    report(db, 'PutResidence', out.ConsumedCapacity);
  } catch (error) {
    const failed = failedConditions(error);
    if (!failed || !failed.some(Boolean)) throw error;
    if (failed[0]) throw new ResidenceChangedError(`Residence ${next.id} changed meanwhile`);
    throw new RoomChangedError('A room was given meanwhile');
  }
}

/** The ledger is still at the version read (absent, if never given). */
function versionCondition(version: number) {
  return version === 0
    ? { ConditionExpression: 'attribute_not_exists(pk)' }
    : { ConditionExpression: '#v = :v', ExpressionAttributeNames: { '#v': 'version' }, ExpressionAttributeValues: { ':v': version } };
}

function roomCheck(db: Db, ledger: RoomLedger) {
  return { ConditionCheck: { TableName: db.table, Key: keys.roomStays(ledger.residenceId, ledger.room), ...versionCondition(ledger.version) } };
}

export async function readRoom(db: Db, residenceId: string, room: string): Promise<RoomLedger> {
  const out = await db.doc.send(new GetCommand({ TableName: db.table, Key: keys.roomStays(residenceId, room), ConsistentRead: true, ...capacityOption(db) }));
  report(db, 'GetRoomStays', out.ConsumedCapacity);
  return { residenceId, room, stays: (out.Item?.stays as Stay[] | undefined) ?? [], version: Number(out.Item?.version ?? 0) };
}

/** The transaction item writing a room's new stays, conditional on the version they were read at. */
export function roomPut(db: Db, ledger: RoomLedger) {
  return {
    Put: {
      TableName: db.table,
      Item: { ...keys.roomStays(ledger.residenceId, ledger.room), itemType: 'room-stays', residenceId: ledger.residenceId, room: ledger.room, stays: ledger.stays, version: ledger.version + 1 },
      // The race guard: the ledger is still as it was read, so the capacity check made on it holds.
      ...versionCondition(ledger.version),
    },
  };
}

/**
 * Gives the nomination its new assignment (or takes it away: `assignment` undefined) and writes
 * each touched room's new stays (`rooms`, each with the version it was read at), all or nothing.
 */
export async function saveRoomAssignment(
  db: Db,
  opts: { nomination: Nomination; assignment: RoomAssignment | undefined; now: string; rooms: RoomLedger[]; residence?: { id: string; version: number }; event?: { event: OfficeEvent; subject: EventSubject } },
): Promise<void> {
  const { nomination, assignment } = opts;
  const nominationUpdate = {
    Update: {
      TableName: db.table,
      Key: keys.submission('nomination', nomination.id),
      UpdateExpression: `SET #v = :next, updatedAt = :now${assignment ? ', roomAssignment = :a' : ' REMOVE roomAssignment'}`,
      // Two offices assigning the same student at once: one of them, never a stay in both rooms.
      ConditionExpression: '#v = :v',
      ExpressionAttributeNames: { '#v': 'version' },
      ExpressionAttributeValues: { ':v': nomination.version, ':next': nomination.version + 1, ':now': opts.now, ...(assignment ? { ':a': assignment } : {}) },
    },
  };
  // The beds counted are the residence's as read: an edit taking beds away meanwhile cancels this.
  const residenceCheck = opts.residence
    ? [{ ConditionCheck: { TableName: db.table, Key: keys.residence(opts.residence.id), ConditionExpression: '#v = :v', ExpressionAttributeNames: { '#v': 'version' }, ExpressionAttributeValues: { ':v': opts.residence.version } } }]
    : [];
  try {
    // The history's event in the same transaction: its stream record is what emails the submitter.
    const moved = { ...nomination, version: nomination.version + 1 };
    const event = opts.event ? [{ Put: { TableName: db.table, Item: eventItem(moved, opts.event.event, opts.event.subject), ConditionExpression: 'attribute_not_exists(pk)' } }] : [];
    const out = await db.doc.send(new TransactWriteCommand({ TransactItems: [nominationUpdate, ...residenceCheck, ...opts.rooms.map((r) => roomPut(db, r)), ...event], ...capacityOption(db) }));
    report(db, 'SaveRoomAssignment', out.ConsumedCapacity);
  } catch (error) {
    const failed = failedConditions(error);
    if (!failed || !failed.some(Boolean)) throw error; // a TransactionConflict: the caller retries
    if (failed[0]) throw new VersionConflictError('The nomination changed meanwhile');
    throw new RoomChangedError('The room was given meanwhile');
  }
}
