/**
 * Document records in the table, beside their nomination or memorandum (same partition, `DOC#`
 * range). A record is written `pending` when the upload URL is issued and becomes `uploaded` (or
 * `rejected`) once the file in storage has been checked; only the check moves it, and only once.
 */
import { GetCommand, PutCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { AttachedDocument, DocumentHolderKind } from '../../../shared/schemas/document';
import { capacityOption, queryAll, report, type Db } from './client';
import { isConditionFailure } from './errors';
import { keys } from './keys';

/**
 * A document and where its file lies; the object key never leaves the server. `checked` is the
 * write of the file that the completion checked (its ETag, and its version id where storage keeps
 * versions): downloads serve that and nothing written after it. Documents uploaded before it was
 * recorded have none.
 */
export type DocumentRecord = { document: AttachedDocument; objectKey: string; checked?: CheckedWrite };

export type CheckedWrite = { etag: string; versionId?: string };

/** An upload that is never completed leaves no record behind: DynamoDB's TTL removes it after a day. */
const PENDING_TTL_SECONDS = 24 * 3600;

// An activity's documents lie in its partition as a nomination's lie in its own.
const entityPk = (kind: DocumentHolderKind, entityId: string) => (kind === 'activity' ? keys.internationalActivity(entityId).pk : keys.submission(kind, entityId).pk);

const STORED = ['id', 'entity', 'kind', 'fileName', 'contentType', 'size', 'status', 'uploadedBy', 'createdAt', 'uploadedAt', 'rejectedReason'] as const;

function toRecord(item: Record<string, unknown>): DocumentRecord {
  const document = Object.fromEntries(STORED.filter((k) => item[k] !== undefined).map((k) => [k, item[k]])) as AttachedDocument;
  const checked = typeof item.checkedEtag === 'string' ? { etag: item.checkedEtag, ...(typeof item.checkedVersionId === 'string' ? { versionId: item.checkedVersionId } : {}) } : undefined;
  return { document, objectKey: item.objectKey as string, ...(checked ? { checked } : {}) };
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

export async function getDocument(db: Db, kind: DocumentHolderKind, entityId: string, documentId: string): Promise<DocumentRecord | undefined> {
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
  kind: DocumentHolderKind,
  entityId: string,
  documentId: string,
  outcome: { status: 'uploaded'; at: string; checked?: CheckedWrite } | { status: 'rejected'; at: string; reason: string },
): Promise<boolean> {
  const values: Record<string, unknown> = { ':pending': 'pending', ':status': outcome.status, ':at': outcome.at };
  let update: string;
  if (outcome.status === 'uploaded') {
    // An uploaded document is kept for good: the TTL that would clean up an abandoned upload goes.
    // The write that was checked is pinned beside the status, in the same update.
    const pins = outcome.checked ? [['checkedEtag', outcome.checked.etag] as const, ...(outcome.checked.versionId ? [['checkedVersionId', outcome.checked.versionId] as const] : [])] : [];
    for (const [name, value] of pins) values[`:${name}`] = value;
    update = `SET #status = :status, uploadedAt = :at${pins.map(([name]) => `, ${name} = :${name}`).join('')} REMOVE #ttl`;
  } else {
    values[':reason'] = outcome.reason;
    update = 'SET #status = :status, rejectedReason = :reason, rejectedAt = :at';
  }
  try {
    const out = await db.doc.send(
      new UpdateCommand({
        TableName: db.table,
        Key: keys.document(entityPk(kind, entityId), documentId),
        // Settled once: a second check (a retry, a re-upload through the same URL) changes nothing.
        ConditionExpression: '#status = :pending',
        UpdateExpression: update,
        ExpressionAttributeNames: { '#status': 'status', ...(outcome.status === 'uploaded' ? { '#ttl': 'ttl' } : {}) },
        ExpressionAttributeValues: values,
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

/** Every document record of a nomination, memorandum or activity, oldest first, page by page. */
export async function listDocuments(db: Db, kind: DocumentHolderKind, entityId: string): Promise<DocumentRecord[]> {
  const items = await queryAll(
    db,
    { KeyConditionExpression: 'pk = :pk AND begins_with(sk, :d)', ExpressionAttributeValues: { ':pk': entityPk(kind, entityId), ':d': keys.documentPrefix } },
    'ListDocuments',
  );
  return items.map(toRecord);
}
