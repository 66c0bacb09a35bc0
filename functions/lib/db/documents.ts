/**
 * Document records in the table, beside their nomination or memorandum (same partition, `DOC#`
 * range). A record is written `pending` when the upload URL is issued and becomes `uploaded` (or
 * `rejected`) once the file in storage has been checked; only the check moves it, and only once.
 */
import { GetCommand, PutCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { AttachedDocument, DocumentStatus } from '../../../shared/schemas/document';
import type { SubmissionKind } from '../../../shared/schemas/entities';
import { capacityOption, queryAll, report, type Db } from './client';
import { isConditionFailure } from './errors';
import { keys } from './keys';

/** A document and where its file lies; the object key never leaves the server. */
export type DocumentRecord = { document: AttachedDocument; objectKey: string };

/** An upload that is never completed leaves no record behind: DynamoDB's TTL removes it after a day. */
const PENDING_TTL_SECONDS = 24 * 3600;

const entityPk = (kind: SubmissionKind, entityId: string) => keys.submission(kind, entityId).pk;

const STORED = ['id', 'entity', 'kind', 'fileName', 'contentType', 'size', 'status', 'uploadedBy', 'createdAt', 'uploadedAt', 'rejectedReason'] as const;

function toRecord(item: Record<string, unknown>): DocumentRecord {
  const document = Object.fromEntries(STORED.filter((k) => item[k] !== undefined).map((k) => [k, item[k]])) as AttachedDocument;
  return { document, objectKey: item.objectKey as string };
}

/** Writes a new `pending` record; returns it with the object key the upload URL is for. */
export async function putPendingDocument(db: Db, document: Omit<AttachedDocument, 'status'>): Promise<DocumentRecord> {
  const pk = entityPk(document.entity.kind, document.entity.id);
  const objectKey = keys.documentObject(pk, document.id);
  const stored: AttachedDocument = { ...document, status: 'pending' };
  const out = await db.doc.send(
    new PutCommand({
      TableName: db.table,
      Item: {
        ...keys.document(pk, document.id),
        itemType: 'document',
        ...stored,
        objectKey,
        ttl: Math.floor(Date.parse(document.createdAt) / 1000) + PENDING_TTL_SECONDS,
      },
      // Ids are random: a collision would be a bug, and must not overwrite another's record.
      ConditionExpression: 'attribute_not_exists(pk)',
      ...capacityOption(db),
    }),
  );
  report(db, 'PutDocument', out.ConsumedCapacity);
  return { document: stored, objectKey };
}

export async function getDocument(db: Db, kind: SubmissionKind, entityId: string, documentId: string): Promise<DocumentRecord | undefined> {
  const out = await db.doc.send(
    new GetCommand({ TableName: db.table, Key: keys.document(entityPk(kind, entityId), documentId), ConsistentRead: true, ...capacityOption(db) }),
  );
  report(db, 'GetDocument', out.ConsumedCapacity);
  return out.Item ? toRecord(out.Item) : undefined;
}

/**
 * Moves a `pending` record to `uploaded` or `rejected`. False if it was no longer pending (another
 * request finished the check first, or the TTL removed it): the caller reads it again.
 */
export async function settleDocument(
  db: Db,
  kind: SubmissionKind,
  entityId: string,
  documentId: string,
  outcome: { status: Exclude<DocumentStatus, 'pending'>; at: string; reason?: string },
): Promise<boolean> {
  try {
    const out = await db.doc.send(
      new UpdateCommand({
        TableName: db.table,
        Key: keys.document(entityPk(kind, entityId), documentId),
        // Settled once: a second check (a retry, a re-upload through the same URL) changes nothing.
        ConditionExpression: '#status = :pending',
        // An uploaded document is kept for good: the TTL that would clean up an abandoned upload goes.
        UpdateExpression:
          outcome.status === 'uploaded' ? 'SET #status = :status, uploadedAt = :at REMOVE #ttl' : 'SET #status = :status, rejectedReason = :reason, rejectedAt = :at',
        ExpressionAttributeNames: { '#status': 'status', ...(outcome.status === 'uploaded' ? { '#ttl': 'ttl' } : {}) },
        ExpressionAttributeValues: {
          ':pending': 'pending',
          ':status': outcome.status,
          ':at': outcome.at,
          ...(outcome.status === 'rejected' ? { ':reason': outcome.reason ?? 'rejected' } : {}),
        },
        ...capacityOption(db),
      }),
    );
    report(db, 'SettleDocument', out.ConsumedCapacity);
    return true;
  } catch (error) {
    if (isConditionFailure(error)) return false;
    throw error;
  }
}

/** Every document record of a nomination or memorandum, oldest first, page by page. */
export async function listDocuments(db: Db, kind: SubmissionKind, entityId: string): Promise<DocumentRecord[]> {
  const items = await queryAll(
    db,
    { KeyConditionExpression: 'pk = :pk AND begins_with(sk, :d)', ExpressionAttributeValues: { ':pk': entityPk(kind, entityId), ':d': keys.documentPrefix } },
    'ListDocuments',
  );
  return items.map(toRecord);
}
