/**
 * What administrators write in the directory: a person with their roles, and the approval chains.
 *
 * A person is one profile item plus one role-holder item per role (how a chain step finds its
 * approvers, db/directory.ts). An edit moves both in one TransactWriteItems, conditional on the
 * version that was read, so the profile and the role lookup never disagree and two admins
 * cannot overwrite each other unseen. A change of roles also writes a `roles_changed` event in
 * that transaction: the stream consumer re-resolves the approval steps it affects.
 */
import { GetCommand, TransactWriteCommand, PutCommand, type QueryCommandInput } from '@aws-sdk/lib-dynamodb';
import type { Person } from '../../../shared/schemas';
import { scopeKey } from '../../../shared/scopes';
import type { Chain, ReviewKind } from '../../../shared/workflow/types';
import { capacityOption, queryAll, report, type Db } from './client';
import { chainItem, personItems, referenceCache, rememberChain } from './directory';
import { failedConditions, isConditionFailure } from './errors';
import { keys } from './keys';
import { rolesChangedItem, type RolesChanged } from './notices';

/** A person as the console lists and edits them; `version` counts edits (people loaded by a directory file are at 1). */
export type PersonRecord = Person & { version: number; updatedAt?: string };
export type ChainRecord = Chain & { version: number; updatedAt?: string; updatedBy?: string };

const PROFILE_FIELDS = ['email', 'name', 'language', 'faculty', 'department', 'roles', 'version', 'updatedAt'] as const;

function toPersonRecord(item: Record<string, unknown>): PersonRecord {
  const record: Record<string, unknown> = {};
  for (const f of PROFILE_FIELDS) if (item[f] !== undefined) record[f] = item[f];
  return { ...(record as PersonRecord), version: typeof item.version === 'number' ? item.version : 1 };
}

/** The person was changed by someone else since the version the edit was made against. */
export class PersonChangedError extends Error {
  override readonly name = 'PersonChangedError';
}

/** A person with this address is already in the directory. */
export class PersonExistsError extends Error {
  override readonly name = 'PersonExistsError';
}

/** The other administrator the edit counted on to keep the university administered lost the role meanwhile. */
export class AdminGoneError extends Error {
  override readonly name = 'AdminGoneError';
}

/** Read fresh (strongly consistent, not cached): what an edit or a 409 is decided on. */
export async function readPersonRecord(db: Db, email: string): Promise<PersonRecord | undefined> {
  const out = await db.doc.send(new GetCommand({ TableName: db.table, Key: keys.person(email), ConsistentRead: true, ...capacityOption(db) }));
  report(db, 'GetPerson', out.ConsumedCapacity);
  return out.Item ? toPersonRecord(out.Item) : undefined;
}

export async function listPeople(db: Db): Promise<PersonRecord[]> {
  const query: Omit<QueryCommandInput, 'TableName'> = { IndexName: 'byList', KeyConditionExpression: 'gsi2pk = :l', ExpressionAttributeValues: { ':l': 'PEOPLE' } };
  return (await queryAll(db, query, 'List PEOPLE')).map(toPersonRecord);
}

/** Everyone holding `admin` for the university, read from the table itself (consistent), not the index. */
export async function readAdminEmails(db: Db): Promise<string[]> {
  const items = await queryAll(
    db,
    { KeyConditionExpression: 'pk = :pk', ExpressionAttributeValues: { ':pk': keys.roleHolders('admin', 'university').pk }, ConsistentRead: true },
    'Query admins',
  );
  return items.map((i) => String(i.email));
}

const stored = (person: PersonRecord) => {
  const [profile, ...roles] = personItems(person);
  return { profile: { ...profile, version: person.version, updatedAt: person.updatedAt }, roles: roles! };
};

const roleKey = (item: Record<string, unknown>) => `${String(item.pk)}|${String(item.sk)}`;

export async function insertPerson(db: Db, person: PersonRecord, rolesChanged?: RolesChanged): Promise<void> {
  const { profile, roles } = stored(person);
  try {
    const out = await db.doc.send(
      new TransactWriteCommand({
        TransactItems: [
          { Put: { TableName: db.table, Item: profile, ConditionExpression: 'attribute_not_exists(pk)' } },
          ...roles.map((Item) => ({ Put: { TableName: db.table, Item } })),
          // A newcomer's roles may fill a step waiting on nobody: re-resolved from this event, as after an edit.
          ...(rolesChanged ? [{ Put: { TableName: db.table, Item: rolesChangedItem(rolesChanged, person.version), ConditionExpression: 'attribute_not_exists(pk)' } }] : []),
        ],
        ...capacityOption(db),
      }),
    );
    report(db, 'InsertPerson', out.ConsumedCapacity);
  } catch (error) {
    if (failedConditions(error)?.[0]) throw new PersonExistsError(`${person.email} is already in the directory`);
    throw error;
  }
  forgetRoles();
}

/**
 * Replaces `previous` with `next` (same address): the profile, conditional on the version read,
 * and the role-holder items (removed roles deleted, the others put). `keepingAdmin`, when the
 * edit takes `admin` away, is another administrator whose role item must still exist at that
 * moment: two admins demoting each other at once cannot both succeed and leave nobody.
 */
export async function replacePerson(db: Db, next: PersonRecord, previous: PersonRecord, keepingAdmin?: string, rolesChanged?: RolesChanged): Promise<void> {
  const { profile, roles } = stored(next);
  const kept = new Set(roles.map(roleKey));
  const removed = stored(previous).roles.filter((r) => !kept.has(roleKey(r)));
  // Loaded from a directory file, a person has no `version`: they are at version 1.
  const versionCheck = previous.version === 1 ? 'attribute_exists(pk) AND (attribute_not_exists(#v) OR #v = :v)' : 'attribute_exists(pk) AND #v = :v';
  const adminCheck = keepingAdmin
    ? [{ ConditionCheck: { TableName: db.table, Key: keys.roleHolder('admin', scopeKey({ type: 'university' }), keepingAdmin), ConditionExpression: 'attribute_exists(pk)' } }]
    : [];
  try {
    const out = await db.doc.send(
      new TransactWriteCommand({
        TransactItems: [
          { Put: { TableName: db.table, Item: profile, ConditionExpression: versionCheck, ExpressionAttributeNames: { '#v': 'version' }, ExpressionAttributeValues: { ':v': previous.version } } },
          ...adminCheck,
          ...roles.map((Item) => ({ Put: { TableName: db.table, Item } })),
          ...removed.map((r) => ({ Delete: { TableName: db.table, Key: { pk: r.pk, sk: r.sk } } })),
          // In the same transaction: the steps waiting on these roles are re-resolved from it, never forgotten.
          ...(rolesChanged ? [{ Put: { TableName: db.table, Item: rolesChangedItem(rolesChanged, next.version), ConditionExpression: 'attribute_not_exists(pk)' } }] : []),
        ],
        ...capacityOption(db),
      }),
    );
    report(db, 'ReplacePerson', out.ConsumedCapacity);
  } catch (error) {
    const failed = failedConditions(error);
    if (failed?.[0]) throw new PersonChangedError(`${next.email} changed meanwhile`);
    if (keepingAdmin && failed?.[1]) throw new AdminGoneError(`${keepingAdmin} is no longer an administrator`);
    throw error;
  } finally {
    forgetRoles();
  }
}

/**
 * Role holders are cached per role and place (db/directory.ts); after a change here this process
 * must not serve the old holders. Other processes see it within the cache's 30 seconds.
 */
function forgetRoles(): void {
  referenceCache.clear();
}

// ---- approval chains ----------------------------------------------------------------------

/** The chain as stored now (consistent); a kind never configured is at version 0 with no steps. */
export async function readChainRecord(db: Db, kind: ReviewKind): Promise<ChainRecord> {
  const out = await db.doc.send(new GetCommand({ TableName: db.table, Key: keys.chain(kind), ConsistentRead: true, ...capacityOption(db) }));
  report(db, 'GetChain', out.ConsumedCapacity);
  const item = out.Item;
  if (!item) return { kind, steps: [], version: 0 };
  return {
    kind,
    steps: (item.steps as Chain['steps']) ?? [],
    // Loaded from a seed or directory file, a chain has no `version`: it is at version 1.
    version: typeof item.version === 'number' ? item.version : 1,
    ...(item.updatedAt ? { updatedAt: String(item.updatedAt) } : {}),
    ...(item.updatedBy ? { updatedBy: String(item.updatedBy) } : {}),
  };
}

/** The chain changed since the version the edit was made against. */
export class ChainChangedError extends Error {
  override readonly name = 'ChainChangedError';
}

export async function saveChain(db: Db, next: ChainRecord, previousVersion: number): Promise<void> {
  const condition =
    previousVersion === 0
      ? { ConditionExpression: 'attribute_not_exists(pk)' }
      : {
          ConditionExpression: previousVersion === 1 ? 'attribute_not_exists(#v) OR #v = :v' : '#v = :v',
          ExpressionAttributeNames: { '#v': 'version' },
          ExpressionAttributeValues: { ':v': previousVersion },
        };
  try {
    const out = await db.doc.send(new PutCommand({ TableName: db.table, Item: { ...chainItem(next), version: next.version, updatedAt: next.updatedAt, updatedBy: next.updatedBy }, ...condition, ...capacityOption(db) }));
    report(db, 'PutChain', out.ConsumedCapacity);
  } catch (error) {
    if (isConditionFailure(error)) throw new ChainChangedError(`The ${next.kind} chain changed meanwhile`);
    throw error;
  }
  rememberChain(db, { kind: next.kind, steps: next.steps });
}
