/** The people directory, faculties, approval chains and partners: read-mostly reference data. */
import { BatchWriteCommand, GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { Faculty, Partner, Person, RoleName } from '../../../shared/schemas';
import type { University } from '../../../shared/schemas/directory';
import { scopeKey } from '../../../shared/scopes';
import type { Chain } from '../../../shared/workflow/types';
import type { SubmissionKind } from '../../../shared/schemas/entities';
import { capacityOption, queryAll, report, type Db } from './client';
import { createTtlCache } from '../cache';
import { nameClaims, type NameClaim } from '../../../shared/partner-names';
import { keys } from './keys';

/** Reference data changes rarely; 30 s of staleness buys a round trip per lookup. */
export const referenceCache = createTtlCache(30_000);
const cached = <V>(db: Db, key: string, load: () => Promise<V>) => referenceCache.get(`${db.table}|${key}`, load);

type Stored<T> = T & Record<string, unknown>;

function strip<T>(item: Record<string, unknown> | undefined, ...extra: string[]): T | undefined {
  if (!item) return undefined;
  const copy: Record<string, unknown> = { ...item };
  for (const k of ['pk', 'sk', 'gsi1pk', 'gsi1sk', 'gsi2pk', 'gsi2sk', 'itemType', ...extra]) delete copy[k];
  return copy as T;
}

export function getPerson(db: Db, email: string): Promise<Person | undefined> {
  return cached(db, `person|${email}`, () => readPerson(db, email));
}

async function readPerson(db: Db, email: string): Promise<Person | undefined> {
  const out = await db.doc.send(new GetCommand({ TableName: db.table, Key: keys.person(email), ...capacityOption(db) }));
  report(db, 'GetPerson', out.ConsumedCapacity);
  return strip<Person>(out.Item);
}

export type RoleHolder = { email: string; name: string };

export function findRoleHolders(db: Db, role: RoleName, scope: string): Promise<RoleHolder[]> {
  return cached(db, `role|${role}|${scope}`, () => readRoleHolders(db, role, scope));
}

async function readRoleHolders(db: Db, role: RoleName, scope: string, consistent = false): Promise<RoleHolder[]> {
  const out = await db.doc.send(
    new QueryCommand({
      TableName: db.table,
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': keys.roleHolders(role, scope).pk },
      ...(consistent ? { ConsistentRead: true } : {}),
      ...capacityOption(db),
    }),
  );
  report(db, 'QueryRoleHolders', out.ConsumedCapacity);
  return (out.Items ?? []).map((i) => ({ email: String(i.email), name: String(i.name) }));
}

/**
 * The role's holders as the table has them this moment (consistent, never cached): what a step
 * is re-resolved against after a role change, which a 30-second-old copy would undo.
 */
export function readRoleHoldersNow(db: Db, role: RoleName, scope: string): Promise<RoleHolder[]> {
  return readRoleHolders(db, role, scope, true);
}

/**
 * Does this person hold the role in this place right now? One consistent GetItem on their
 * role-holder item, never cached: a link's decision is refused the moment the role is taken away.
 */
export async function holdsRole(db: Db, role: RoleName, scope: string, email: string): Promise<boolean> {
  const out = await db.doc.send(new GetCommand({ TableName: db.table, Key: keys.roleHolder(role, scope, email), ConsistentRead: true, ProjectionExpression: 'pk', ...capacityOption(db) }));
  report(db, 'GetRoleHolder', out.ConsumedCapacity);
  return Boolean(out.Item);
}

export function getChain(db: Db, kind: SubmissionKind): Promise<Chain | undefined> {
  return cached(db, `chain|${kind}`, () => readChain(db, kind));
}

/** After a save in this process: submissions here follow the new steps at once, not in 30 seconds. */
export function rememberChain(db: Db, chain: Chain): void {
  referenceCache.set(`${db.table}|chain|${chain.kind}`, chain);
}

async function readChain(db: Db, kind: SubmissionKind): Promise<Chain | undefined> {
  const out = await db.doc.send(new GetCommand({ TableName: db.table, Key: keys.chain(kind), ...capacityOption(db) }));
  report(db, 'GetChain', out.ConsumedCapacity);
  return strip<Chain>(out.Item);
}

/** Partners written before the registry counted edits have no `version`: they are at their first; before types were kept, no `type`: universities. */
export function toPartner(item: Record<string, unknown>): Partner {
  const partner = strip<Omit<Partner, 'version' | 'type'> & { version?: number; type?: Partner['type'] }>(item)!;
  return { ...partner, type: partner.type ?? 'university', version: partner.version ?? 1 };
}

export function getPartner(db: Db, id: string): Promise<Partner | undefined> {
  return cached(db, `partner|${id}`, async () => {
    const item = (await db.doc.send(new GetCommand({ TableName: db.table, Key: keys.partner(id) }))).Item;
    return item ? toPartner(item) : undefined;
  });
}

/** After a write in this process: later reads here see what was written, not a 30-second-old copy. */
export function rememberPartner(db: Db, partner: Partner): void {
  referenceCache.set(`${db.table}|partner|${partner.id}`, partner);
}

/** The university's name, as the directory file gave it (absent in a table loaded before it was kept). */
export function getUniversity(db: Db): Promise<University | undefined> {
  return cached(db, 'university', async () => strip<University>((await db.doc.send(new GetCommand({ TableName: db.table, Key: keys.university() }))).Item));
}

export function universityItem(university: University) {
  return { ...keys.university(), itemType: 'university', ...university };
}

export function getFaculty(db: Db, id: string): Promise<Faculty | undefined> {
  return cached(db, `faculty|${id}`, async () => strip<Faculty>((await db.doc.send(new GetCommand({ TableName: db.table, Key: keys.faculty(id) }))).Item));
}

async function queryList<T>(db: Db, list: string): Promise<T[]> {
  const items = await queryAll(db, { IndexName: 'byList', KeyConditionExpression: 'gsi2pk = :l', ExpressionAttributeValues: { ':l': list } }, `List ${list}`);
  return items.map((i) => strip<T>(i)!);
}

export const listPartners = async (db: Db) => (await queryList<Record<string, unknown>>(db, 'PARTNERS')).map(toPartner);
export const listFaculties = (db: Db) => queryList<Faculty>(db, 'FACULTIES');

export async function listAdmins(db: Db): Promise<RoleHolder[]> {
  return findRoleHolders(db, 'admin', 'university');
}

/** Items for one person: the profile and one role-holder item per role, for lookup by role. */
export function personItems(person: Person): Stored<Record<string, unknown>>[] {
  return [
    { ...keys.person(person.email), ...keys.peopleList(person.email), itemType: 'person', ...person },
    ...person.roles.map((r) => ({
      ...keys.roleHolder(r.role, scopeKey(r.scope), person.email),
      itemType: 'role',
      email: person.email,
      name: person.name,
    })),
  ];
}

export function facultyItem(faculty: Faculty) {
  return { ...keys.faculty(faculty.id), ...keys.facultyList(faculty.id), itemType: 'faculty', ...faculty };
}

export function partnerItem(partner: Partner) {
  return { ...keys.partner(partner.id), ...keys.partnerList(partner.name, partner.id), itemType: 'partner', ...partner };
}

/** The claim on one name of a partner in its country: what makes a second partner by that name impossible. */
export function partnerNameItem(claim: NameClaim, partnerId: string) {
  return { ...keys.partnerName(claim.country, claim.normalised), itemType: 'partner-name', partnerId, country: claim.country, name: claim.spelling };
}

/** A partner and the claims on each of its names, for seeding: seeded partners are protected from duplicates too. */
export function partnerItems(partner: Partner): Record<string, unknown>[] {
  return [partnerItem(partner), ...nameClaims(partner).map((c) => partnerNameItem(c, partner.id))];
}

export function chainItem(chain: Chain) {
  return { ...keys.chain(chain.kind === 'nomination' ? 'nomination' : 'memorandum'), itemType: 'chain', ...chain };
}

/** Writes many items in batches of 25 (seeding), retrying what DynamoDB leaves unprocessed. */
export async function putAll(db: Db, items: Record<string, unknown>[]): Promise<void> {
  for (let i = 0; i < items.length; i += 25) {
    let requests: { PutRequest: { Item: Record<string, unknown> } }[] | undefined = items
      .slice(i, i + 25)
      .map((Item) => ({ PutRequest: { Item } }));
    for (let attempt = 0; requests && requests.length > 0; attempt++) {
      const out = await db.doc.send(new BatchWriteCommand({ RequestItems: { [db.table]: requests } }));
      requests = out.UnprocessedItems?.[db.table] as typeof requests;
      if (requests?.length) await new Promise((r) => setTimeout(r, 50 * 2 ** attempt));
    }
  }
}
