/**
 * Nominations and memoranda in the table. Every transition is one TransactWriteItems: the
 * entity (conditional on the version it was read at) and its immutable event together, so a
 * decision is either wholly recorded with its email-to-be or not at all.
 */
import { BatchGetCommand, GetCommand, QueryCommand, TransactWriteCommand, UpdateCommand, type BatchGetCommandOutput, type QueryCommandOutput } from '@aws-sdk/lib-dynamodb';
import type { Submission, SubmissionKind } from '../../../shared/schemas/entities';
import { nextWatchAt } from '../../../shared/workflow/agreement-life';
import type { EntityEvent, ReviewEvent } from '../../../shared/workflow/types';
import type { Titles } from '../../../shared/i18n/titles';
import { capacityOption, queryAll, report, type Db } from './client';
import { failedConditions, isConditionFailure } from './errors';
import { keys, type Key } from './keys';
import { spendLinkItem, type LinkUse } from './links';
import { activityItem, type ActivityChange } from './activity';
import { ledgerItem, NoPlaceLeftError, type LedgerChange } from './places';
import { versionItem } from './versions';
import { roomPut, type RoomLedger } from './residences';
import { factPut } from './facts';
import { getPartner } from './directory';
import { factOf } from '../../../shared/reports/facts';
import type { AgreementVersion } from '../../../shared/workflow/versions';
import type { PartnerAsked } from '../../../shared/workflow/partner-answer';

/** Who and what an event is about, copied onto the event so the notifier needs no extra read. */
export type EventSubject = {
  kind: SubmissionKind;
  id: string;
  reference: string;
  /** The English title: what events stored before `titles` existed carry, and the fallback. */
  title: string;
  /** The title in each language, so every reader's email names the item in their own. */
  titles?: Titles;
  submitter: { email: string; name: string };
  nominee?: { email: string; name: string };
  /** A memorandum's coordinator: told of its coming into force, expiry and termination. */
  coordinator?: { email: string; name: string };
  /** An approved nomination's partner coordinator, asked for the partner's answer through a link. */
  partnerContact?: PartnerAsked;
  /** An approved memorandum's partner signatory, while the text sent in `round` waits on them. */
  signatory?: PartnerAsked & { round: number };
};

export type StoredEvent = { key: Key; event: ReviewEvent; subject: EventSubject };

export function subjectOf(s: Submission, titles: Titles): EventSubject {
  return {
    kind: s.kind,
    id: s.id,
    reference: s.reference,
    title: titles.en,
    titles,
    submitter: s.submitter,
    ...(s.kind === 'nomination'
      ? { nominee: { email: s.content.nominee.email, name: s.content.nominee.name }, ...(s.partnerRequest ? { partnerContact: s.partnerRequest.contact } : {}) }
      : {
          coordinator: { email: s.content.coordinator.email, name: s.content.coordinator.name },
          ...(s.partnerSigning?.state === 'awaiting' ? { signatory: { ...s.partnerSigning.contact, round: s.partnerSigning.round } } : {}),
        }),
  };
}

function submissionItem(s: Submission): Record<string, unknown> {
  const key = keys.submission(s.kind, s.id);
  const waiting = s.status === 'in_review' && s.review?.nextReminderAt;
  // An approved nomination waits on the partner's coordinator, reminded through the same index.
  const partnerDue = s.kind === 'nomination' && s.status === 'approved' ? s.partnerRequest?.nextReminderAt : undefined;
  // In review an item waits on approvers; after, an agreement waits on its own dates.
  const watchAt = !waiting && s.kind === 'memorandum' ? nextWatchAt(s) : undefined;
  // An approved memorandum sent to the partner's signatory waits on their answer; its own dates (a
  // termination taking effect) come first, and the reminders resume from the tick after.
  const signatoryDue = !watchAt && s.kind === 'memorandum' && s.status === 'approved' && s.partnerSigning?.state === 'awaiting' ? s.partnerSigning.nextReminderAt : undefined;
  return {
    ...key,
    ...keys.submissionLists(s.kind, s.id, s.submitter.email, s.createdAt),
    ...(waiting ? keys.due(s.review!.nextReminderAt!, key.pk) : {}),
    ...(partnerDue ? keys.due(partnerDue, key.pk) : {}),
    ...(signatoryDue ? keys.due(signatoryDue, key.pk) : {}),
    ...(watchAt ? keys.watch(watchAt, key.pk) : {}),
    itemType: 'submission',
    ...s,
  };
}

export function toSubmission(item: Record<string, unknown>): Submission {
  const copy: Record<string, unknown> = { ...item };
  for (const k of ['pk', 'sk', 'gsi1pk', 'gsi1sk', 'gsi2pk', 'gsi2sk', 'duePk', 'dueAt', 'itemType']) delete copy[k];
  return copy as Submission;
}

export function eventItem(entity: Submission, event: EntityEvent, subject: EventSubject) {
  const key = keys.event(keys.submission(entity.kind, entity.id).pk, entity.version, event.type);
  return { ...key, itemType: 'event', type: event.type, event, subject, createdAt: event.at };
}

/** Atomic per-kind, per-year counter: `NOM-2026-0001`, `NOM-2026-0002`, … (a failed submission leaves a gap). */
export async function nextSequence(db: Db, kind: SubmissionKind, year: number): Promise<number> {
  const out = await db.doc.send(
    new UpdateCommand({
      TableName: db.table,
      Key: keys.counter(kind, year),
      UpdateExpression: 'ADD #seq :one',
      ExpressionAttributeNames: { '#seq': 'seq' },
      ExpressionAttributeValues: { ':one': 1 },
      ReturnValues: 'UPDATED_NEW',
      ...capacityOption(db),
    }),
  );
  report(db, 'NextSequence', out.ConsumedCapacity);
  return Number(out.Attributes?.seq);
}

export async function getSubmission(db: Db, kind: SubmissionKind, id: string): Promise<Submission | undefined> {
  const out = await db.doc.send(
    new GetCommand({ TableName: db.table, Key: keys.submission(kind, id), ConsistentRead: true, ...capacityOption(db) }),
  );
  report(db, 'GetSubmission', out.ConsumedCapacity);
  return out.Item ? toSubmission(out.Item) : undefined;
}

/**
 * Several submissions of one kind by id, in BatchGetItem calls of up to 100 keys (what one
 * call takes), retrying what DynamoDB leaves unprocessed. Missing ids are simply absent.
 */
export async function getSubmissions(db: Db, kind: SubmissionKind, ids: string[]): Promise<Submission[]> {
  const found: Submission[] = [];
  for (let i = 0; i < ids.length; i += 100) {
    let pending: Record<string, unknown>[] | undefined = [...new Set(ids.slice(i, i + 100))].map((id) => keys.submission(kind, id));
    for (let attempt = 0; pending && pending.length > 0; attempt++) {
      if (attempt > 0) await new Promise((r) => setTimeout(r, 50 * 2 ** Math.min(attempt, 5)));
      const out: BatchGetCommandOutput = await db.doc.send(new BatchGetCommand({ RequestItems: { [db.table]: { Keys: pending, ConsistentRead: true } }, ...capacityOption(db) }));
      report(db, 'BatchGetSubmissions', out.ConsumedCapacity);
      found.push(...(out.Responses?.[db.table] ?? []).map(toSubmission));
      pending = out.UnprocessedKeys?.[db.table]?.Keys;
    }
  }
  return found;
}

export class VersionConflictError extends Error {
  override readonly name = 'VersionConflictError';
}

/** The approver's role was taken away between the check and the decision's transaction. */
export class ApproverChangedError extends Error {
  override readonly name = 'ApproverChangedError';
}

/** A link condition failed inside a decision: the link was used, voided or expired meanwhile. */
export class LinkSpentError extends Error {
  override readonly name = 'LinkSpentError';
}

/**
 * An incoming nomination carries its study plan's summary (db/study-plans.ts writes it beside the
 * plan, without the nomination's version). A transition puts the whole item back, so it must carry
 * the summary as it is now: the put is conditional on the summary's revision it read (or on there
 * being none), and one read before a plan change fails as any stale write does, to be read again.
 */
function studyPlanCondition(s: Submission): { expression: string; names: Record<string, string>; values?: Record<string, unknown> } | undefined {
  if (s.kind !== 'nomination' || s.content.direction !== 'incoming') return undefined;
  return s.studyPlan
    ? { expression: '#sp.#spr = :spr', names: { '#sp': 'studyPlan', '#spr': 'revision' }, values: { ':spr': s.studyPlan.revision } }
    : { expression: 'attribute_not_exists(#sp)', names: { '#sp': 'studyPlan' } };
}

/**
 * Writes a transition. `expectedVersion` null means a new item (condition: it does not exist).
 * With `link`, the approver's one-time link is spent in the same transaction.
 */
export async function saveTransition(
  db: Db,
  opts: {
    entity: Submission;
    expectedVersion: number | null;
    event: EntityEvent;
    subject: EventSubject;
    /** Other events of this same change, each its own item beside `event` (a room given back with a withdrawal). */
    more?: EntityEvent[];
    link?: LinkUse;
    /**
     * The role-holder item (keys.roleHolder) of the approver deciding: it must still exist when the
     * decision commits, so a role taken away a moment before is not decided with.
     */
    approverRole?: Key;
    /** Places taken or given back with this transition (nominations). */
    ledger?: LedgerChange[];
    /** The agreement's activity (in force, last mobility), moved with this transition. */
    activity?: ActivityChange[];
    /** Agreement versions this transition writes (immutable; a number is never written twice). */
    versions?: { agreementId: string; version: AgreementVersion }[];
    /** Rooms whose stays this transition changes (a withdrawn student's room given back), each conditional on its version read. */
    rooms?: RoomLedger[];
    /** A second item moved in the same transaction (a renewal and the agreement it renews). */
    companion?: { entity: Submission; expectedVersion: number; event: EntityEvent; subject: EventSubject };
    operation?: string;
  },
): Promise<void> {
  const planCheck = studyPlanCondition(opts.entity);
  const entityPut = {
    Put: {
      TableName: db.table,
      Item: submissionItem(opts.entity),
      // The version check is what makes a decision happen at most once per state.
      ...(opts.expectedVersion === null
        ? { ConditionExpression: 'attribute_not_exists(pk)' }
        : {
            ConditionExpression: `#v = :v${planCheck ? ` AND ${planCheck.expression}` : ''}`,
            ExpressionAttributeNames: { '#v': 'version', ...planCheck?.names },
            ExpressionAttributeValues: { ':v': opts.expectedVersion, ...planCheck?.values },
          }),
    },
  };
  const eventPut = {
    Put: { TableName: db.table, Item: eventItem(opts.entity, opts.event, opts.subject), ConditionExpression: 'attribute_not_exists(pk)' },
  };
  const linkUpdate = opts.link && spendLinkItem(db, opts.link);
  const companion = opts.companion
    ? [
        {
          Put: {
            TableName: db.table,
            Item: submissionItem(opts.companion.entity),
            ConditionExpression: '#v = :v',
            ExpressionAttributeNames: { '#v': 'version' },
            ExpressionAttributeValues: { ':v': opts.companion.expectedVersion },
          },
        },
        { Put: { TableName: db.table, Item: eventItem(opts.companion.entity, opts.companion.event, opts.companion.subject), ConditionExpression: 'attribute_not_exists(pk)' } },
      ]
    : [];
  // Keyed by their type under the same version, so they never collide with `event`'s item.
  const morePuts = (opts.more ?? []).map((e) => ({ Put: { TableName: db.table, Item: eventItem(opts.entity, e, opts.subject), ConditionExpression: 'attribute_not_exists(pk)' } }));
  const head = [...(linkUpdate ? [linkUpdate, entityPut, eventPut] : [entityPut, eventPut]), ...morePuts, ...companion];
  const roleCheck = opts.approverRole ? [{ ConditionCheck: { TableName: db.table, Key: opts.approverRole, ConditionExpression: 'attribute_exists(pk)' } }] : [];
  const ledger = (opts.ledger ?? []).map((change) => ledgerItem(db, change));
  const items = [
    ...head,
    ...roleCheck,
    ...ledger,
    ...(opts.activity ?? []).map((change) => activityItem(db, change)),
    ...(opts.versions ?? []).map((v) => versionItem(db, v.agreementId, v.version)),
    // A room's ledger changed meanwhile fails below as a version conflict: the caller reads again.
    ...(opts.rooms ?? []).map((r) => roomPut(db, r)),
    // The report facts move with their items, in this same transaction: a report never counts a
    // change that did not happen, nor misses one that did. Last, and without conditions.
    ...(await Promise.all([opts.entity, ...(opts.companion ? [opts.companion.entity] : [])].map((s) => factPutFor(db, s)))),
  ];
  try {
    const out = await db.doc.send(new TransactWriteCommand({ TransactItems: items, ...capacityOption(db) }));
    report(db, opts.operation ?? 'SaveTransition', out.ConsumedCapacity);
  } catch (error) {
    const failed = failedConditions(error);
    if (!failed) throw error;
    if (linkUpdate && failed[0]) throw new LinkSpentError('The link was used, replaced or expired meanwhile');
    if (failed.slice(0, head.length).some(Boolean)) throw new VersionConflictError('The item changed meanwhile');
    if (roleCheck.length && failed[head.length]) throw new ApproverChangedError('The approver no longer holds the role');
    const ledgerAt = head.length + roleCheck.length;
    if (failed.slice(ledgerAt, ledgerAt + ledger.length).some(Boolean)) throw new NoPlaceLeftError('No place is left in this agreement for this mobility');
    // A version number already written: someone else's change got there first.
    if (failed.some(Boolean)) throw new VersionConflictError('The agreement changed meanwhile');
    throw error; // a TransactionConflict with another writer: the caller retries on fresh state
  }
}

/**
 * The partner's country comes from the reference cache: the services have just read the same
 * partner for the item's titles, so on a warm function this costs no round trip.
 */
async function factPutFor(db: Db, s: Submission) {
  const partner = await getPartner(db, s.content.partnerId);
  return factPut(db, factOf(s, { partnerCountry: partner?.country }));
}

export async function listByOwner(db: Db, kind: SubmissionKind, email: string, limit = 100): Promise<Submission[]> {
  const { gsi1pk, prefix } = keys.ownerPrefix(kind, email);
  const out = await db.doc.send(
    new QueryCommand({
      TableName: db.table,
      IndexName: 'byOwner',
      KeyConditionExpression: 'gsi1pk = :o AND begins_with(gsi1sk, :p)',
      ExpressionAttributeValues: { ':o': gsi1pk, ':p': prefix },
      ScanIndexForward: false,
      Limit: limit,
    }),
  );
  return (out.Items ?? []).map(toSubmission);
}

export async function listAll(db: Db, kind: SubmissionKind, limit = 200): Promise<Submission[]> {
  const out = await db.doc.send(
    new QueryCommand({
      TableName: db.table,
      IndexName: 'byList',
      KeyConditionExpression: 'gsi2pk = :l',
      ExpressionAttributeValues: { ':l': keys.listOf(kind) },
      ScanIndexForward: false,
      Limit: limit,
    }),
  );
  return (out.Items ?? []).map(toSubmission);
}

/**
 * Every submission of a kind, a page (up to 1 MB) at a time, newest first, for what reads them
 * all: the report facts' backfill and the exports, never a screen. Each page is handed over and
 * dropped before the next is read, so tens of thousands of items are never held at once.
 */
export async function* submissionPages(db: Db, kind: SubmissionKind): AsyncGenerator<Submission[]> {
  let start: Record<string, unknown> | undefined;
  do {
    const out: QueryCommandOutput = await db.doc.send(
      new QueryCommand({ TableName: db.table, IndexName: 'byList', KeyConditionExpression: 'gsi2pk = :l', ExpressionAttributeValues: { ':l': keys.listOf(kind) }, ScanIndexForward: false, ExclusiveStartKey: start, ...capacityOption(db) }),
    );
    report(db, 'ListAllPages', out.ConsumedCapacity);
    yield (out.Items ?? []).map(toSubmission);
    start = out.LastEvaluatedKey;
  } while (start);
}

/**
 * Items whose next reminder is due by `now`, from the sparse due-date index, page by page: the
 * index holds only what waits on someone, so this reads what is due, whatever the table's size.
 */
export async function listDue(db: Db, now: string, pageSize = 100): Promise<Submission[]> {
  return queryDue(db, keys.duePartition, now, pageSize);
}

/**
 * Every item in review, from the same sparse index (all of the `DUE` partition, whatever the
 * date): what a role change looks through for the steps it affects. It holds only what waits on
 * someone (an approver, or a partner's coordinator), so it reads those items, never the table. Index reads are eventually
 * consistent: callers read each item they act on again.
 */
export async function listInReview(db: Db, pageSize = 100): Promise<Submission[]> {
  const items = await queryAll(
    db,
    { IndexName: 'byDue', KeyConditionExpression: 'duePk = :d', ExpressionAttributeValues: { ':d': keys.duePartition }, Limit: pageSize },
    'ListInReview',
  );
  // The partition also holds approved nominations waiting on the partner's answer: not in review.
  return items.map(toSubmission).filter((s) => s.status === 'in_review');
}

/** Agreements whose next watch day has come (see shared/workflow/agreement-life.ts). */
export async function listWatchDue(db: Db, now: string, pageSize = 100): Promise<Submission[]> {
  return queryDue(db, keys.watchPartition, now, pageSize);
}

async function queryDue(db: Db, partition: string, now: string, pageSize: number): Promise<Submission[]> {
  const items = await queryAll(
    db,
    { IndexName: 'byDue', KeyConditionExpression: 'duePk = :d AND dueAt <= :now', ExpressionAttributeValues: { ':d': partition, ':now': `${now}#~` }, Limit: pageSize },
    partition === keys.duePartition ? 'ListDue' : 'ListWatchDue',
  );
  return items.map(toSubmission);
}

export async function listEvents(db: Db, kind: SubmissionKind, id: string): Promise<ReviewEvent[]> {
  const out = await db.doc.send(
    new QueryCommand({
      TableName: db.table,
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :e)',
      ExpressionAttributeValues: { ':pk': keys.submission(kind, id).pk, ':e': keys.eventPrefix },
      // Read right after a decision (the approver's page shows its own decision in the history): never a stale copy.
      ConsistentRead: true,
    }),
  );
  return (out.Items ?? []).map((i) => i.event as ReviewEvent);
}

export function seededSubmissionItem(s: Submission): Record<string, unknown> {
  return submissionItem(s);
}

/** Seeding only: a counter already at `sequence`, so new references follow seeded ones. */
export function counterItem(kind: SubmissionKind, year: number, sequence: number): Record<string, unknown> {
  return { ...keys.counter(kind, year), itemType: 'counter', seq: sequence };
}

/** One row of an import: the item in its final status, its `imported` event, and what its fact needs. */
export type ImportedRecord = { entity: Submission; event: EntityEvent; subject: EventSubject; partnerCountry?: string };

/** A chunk of an import as written: the ids it created, and those already in the table (skipped). */
export type ImportedChunk = { created: string[]; alreadyThere: string[] };

/**
 * Writes a chunk of imported items, each with its event, its report fact and (an agreement) its
 * first version and, in force, its activity, in one TransactWriteItems: a chunk is wholly written
 * or not at all, so a crash between chunks leaves whole rows. Each item and event is conditional
 * on not existing yet (their ids come from the rows, shared/imports/plan.ts): a row already there
 * (a rerun, a second upload, two uploads at once) cancels the transaction, is set aside as
 * already there, and the rest is written again. Up to 100 items per call (DynamoDB's limit), so
 * the caller sends at most 25 rows.
 */
export async function saveImported(db: Db, records: ImportedRecord[]): Promise<ImportedChunk> {
  const result: ImportedChunk = { created: [], alreadyThere: [] };
  let pending = records;
  for (let attempt = 0; pending.length > 0; attempt++) {
    const spans: { record: ImportedRecord; from: number; to: number }[] = [];
    const items: Record<string, unknown>[] = [];
    for (const record of pending) {
      const from = items.length;
      const s = record.entity;
      items.push(
        { Put: { TableName: db.table, Item: submissionItem(s), ConditionExpression: 'attribute_not_exists(pk)' } },
        { Put: { TableName: db.table, Item: eventItem(s, record.event, record.subject), ConditionExpression: 'attribute_not_exists(pk)' } },
        factPut(db, factOf(s, { partnerCountry: record.partnerCountry })),
      );
      if (s.kind === 'memorandum') {
        items.push(versionItem(db, s.id, { number: 1, content: s.content, at: s.updatedAt, by: s.submitter, how: 'imported', changes: [] }));
        // In force: on the dormant list from the day of the import, as a new agreement is from its first day.
        if (s.status === 'active') items.push(activityItem(db, { kind: 'start', agreementId: s.id, at: s.updatedAt }));
      }
      spans.push({ record, from, to: items.length });
    }
    try {
      const out = await db.doc.send(new TransactWriteCommand({ TransactItems: items as never, ...capacityOption(db) }));
      report(db, 'SaveImported', out.ConsumedCapacity);
      result.created.push(...pending.map((r) => r.entity.id));
      return result;
    } catch (error) {
      const failed = failedConditions(error);
      if (!failed || attempt >= 8) throw error;
      const there = spans.filter((s) => failed.slice(s.from, s.to).some(Boolean));
      result.alreadyThere.push(...there.map((s) => s.record.entity.id));
      pending = pending.filter((r) => !there.some((s) => s.record === r));
      // Nothing set aside: cancelled for colliding with another writer (TransactionConflict); wait a little.
      if (there.length === 0) await new Promise((r) => setTimeout(r, Math.random() * 50 * (attempt + 1)));
    }
  }
  return result;
}

/**
 * Imported references (`AGR-2019-0007`) of a year: that year's counter is moved up to them, so a
 * reference the app hands out later never repeats one. Only ever up (the condition), never down.
 */
export async function raiseCounter(db: Db, kind: SubmissionKind, year: number, sequence: number): Promise<void> {
  try {
    await db.doc.send(
      new UpdateCommand({
        TableName: db.table,
        Key: keys.counter(kind, year),
        UpdateExpression: 'SET #seq = :n, itemType = :t',
        ConditionExpression: 'attribute_not_exists(#seq) OR #seq < :n',
        ExpressionAttributeNames: { '#seq': 'seq' },
        ExpressionAttributeValues: { ':n': sequence, ':t': 'counter' },
      }),
    );
  } catch (error) {
    if (!isConditionFailure(error)) throw error;
  }
}
