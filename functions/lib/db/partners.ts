/**
 * Partner registry writes. A partner and the claims on each of its names (one item per
 * normalised name and country) are written in one TransactWriteItems, so two admins registering
 * the same university at the same moment get one partner and one "already registered", never two
 * partners: a check-then-write in code could not promise that.
 */
import { GetCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { nameClaims, releasedClaims, type NameClaim } from '../../../shared/partner-names';
import type { Partner } from '../../../shared/schemas';
import { capacityOption, report, type Db } from './client';
import { partnerItem, partnerNameItem, toPartner } from './directory';
import { failedConditions } from './errors';
import { keys } from './keys';

/** Another partner already has this id (the same slug from a same-named partner in another country). */
export class PartnerIdTakenError extends Error {
  override readonly name = 'PartnerIdTakenError';
}

/** Another partner holds one of the names in the same country. */
export class PartnerNameTakenError extends Error {
  override readonly name = 'PartnerNameTakenError';
  constructor(readonly claim: NameClaim) {
    super(`"${claim.spelling}" is already claimed in ${claim.country}`);
  }
}

/** The partner is no longer at the version the edit was made against. */
export class PartnerChangedError extends Error {
  override readonly name = 'PartnerChangedError';
}

/** Read fresh (strongly consistent, not cached): what a write or a 409 is decided on. */
export async function readPartner(db: Db, id: string): Promise<Partner | undefined> {
  const out = await db.doc.send(new GetCommand({ TableName: db.table, Key: keys.partner(id), ConsistentRead: true, ...capacityOption(db) }));
  report(db, 'GetPartner', out.ConsumedCapacity);
  return out.Item ? toPartner(out.Item) : undefined;
}

/** Who holds a name in a country now; undefined when nobody does (it was released meanwhile). */
export async function readNameHolder(db: Db, claim: NameClaim): Promise<{ partnerId: string; name: string } | undefined> {
  const out = await db.doc.send(new GetCommand({ TableName: db.table, Key: keys.partnerName(claim.country, claim.normalised), ConsistentRead: true, ...capacityOption(db) }));
  report(db, 'GetPartnerName', out.ConsumedCapacity);
  return out.Item ? { partnerId: String(out.Item.partnerId), name: String(out.Item.name) } : undefined;
}

/** Registers a new partner with the claims on all its names, or nothing. */
export async function insertPartner(db: Db, partner: Partner): Promise<void> {
  const claims = nameClaims(partner);
  // New id, new names: each must not exist yet, checked inside the transaction.
  const put = (Item: Record<string, unknown>) => ({ Put: { TableName: db.table, Item, ConditionExpression: 'attribute_not_exists(pk)' } });
  try {
    const out = await db.doc.send(
      new TransactWriteCommand({ TransactItems: [put(partnerItem(partner)), ...claims.map((c) => put(partnerNameItem(c, partner.id)))], ...capacityOption(db) }),
    );
    report(db, 'InsertPartner', out.ConsumedCapacity);
  } catch (error) {
    const failed = failedConditions(error);
    if (!failed) throw error;
    // A taken name outranks a taken id: trying the next id would only fail on the name again.
    const taken = claims.find((_, i) => failed[i + 1]);
    if (taken) throw new PartnerNameTakenError(taken);
    if (failed[0]) throw new PartnerIdTakenError(`Partner id ${partner.id} is taken`);
    throw error; // a TransactionConflict with another writer: the caller retries
  }
}

/**
 * Replaces `previous` with `next` (same id), conditional on `previous.version`, and moves the
 * name claims in the same transaction: claims every name of `next`, releases the names it no
 * longer has (or the whole set, when the country changed).
 */
export async function replacePartner(db: Db, next: Partner, previous: Partner): Promise<void> {
  const claims = nameClaims(next);
  const released = releasedClaims(nameClaims(previous), claims);
  // Ours or nobody's. Re-putting kept names also gives partners from before the registry
  // (which had no claims) their claims on the first edit.
  const oursOrFree = { ConditionExpression: 'attribute_not_exists(pk) OR partnerId = :id', ExpressionAttributeValues: { ':id': next.id } };
  // A partner stored before edits were counted has no `version`; it is at version 1.
  const versionCheck =
    previous.version === 1
      ? 'attribute_exists(pk) AND (attribute_not_exists(#v) OR #v = :v)'
      : 'attribute_exists(pk) AND #v = :v';
  const partnerPut = {
    Put: { TableName: db.table, Item: partnerItem(next), ConditionExpression: versionCheck, ExpressionAttributeNames: { '#v': 'version' }, ExpressionAttributeValues: { ':v': previous.version } },
  };
  const claimPuts = claims.map((c) => ({ Put: { TableName: db.table, Item: partnerNameItem(c, next.id), ...oursOrFree } }));
  // A released name held by another partner (possible only for data from before the registry)
  // is not ours to remove: it is left out and the edit tried again without it.
  let releasing = released;
  for (let attempt = 0; attempt <= released.length; attempt++) {
    const deletes = releasing.map((c) => ({ Delete: { TableName: db.table, Key: keys.partnerName(c.country, c.normalised), ...oursOrFree } }));
    try {
      const out = await db.doc.send(new TransactWriteCommand({ TransactItems: [partnerPut, ...claimPuts, ...deletes], ...capacityOption(db) }));
      report(db, 'ReplacePartner', out.ConsumedCapacity);
      return;
    } catch (error) {
      const failed = failedConditions(error);
      if (!failed) throw error;
      if (failed[0]) throw new PartnerChangedError(`Partner ${next.id} changed meanwhile`);
      const taken = claims.find((_, i) => failed[i + 1]);
      if (taken) throw new PartnerNameTakenError(taken);
      const notOurs = releasing.filter((_, i) => failed[i + 1 + claims.length]);
      if (notOurs.length === 0) throw error; // a TransactionConflict with another writer: the caller retries
      releasing = releasing.filter((c) => !notOurs.includes(c));
    }
  }
  throw new PartnerChangedError(`Partner ${next.id} could not be saved`);
}
