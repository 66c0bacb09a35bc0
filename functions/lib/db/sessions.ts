/** Browser sessions (cookie → hashed id) and the fixed-window counters of link requests per client. */
import { DeleteCommand, GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { RateLimitedError } from '../../../shared/errors';
import { newToken, sha256Hex } from '../links';
import type { Db } from './client';
import { isConditionFailure } from './errors';
import { keys } from './keys';

const sessionHash = (id: string) => sha256Hex(`hamkor-session:${id}`);

export async function createSession(db: Db, opts: { email: string; now: string; expiresAt: string }): Promise<string> {
  const id = newToken();
  await db.doc.send(
    new PutCommand({
      TableName: db.table,
      Item: {
        ...keys.session(sessionHash(id)),
        itemType: 'session',
        email: opts.email,
        createdAt: opts.now,
        expiresAt: opts.expiresAt,
        ttl: Math.floor(Date.parse(opts.expiresAt) / 1000),
      },
    }),
  );
  return id;
}

export async function getSessionEmail(db: Db, id: string, now: string): Promise<string | undefined> {
  const out = await db.doc.send(new GetCommand({ TableName: db.table, Key: keys.session(sessionHash(id)) }));
  if (!out.Item || String(out.Item.expiresAt) <= now) return undefined;
  return String(out.Item.email);
}

export async function deleteSession(db: Db, id: string): Promise<void> {
  await db.doc.send(new DeleteCommand({ TableName: db.table, Key: keys.session(sessionHash(id)) }));
}

/** Counts one request in the current window; throws RateLimitedError past the limit. */
export async function countRequest(
  db: Db,
  opts: { scope: 'client'; id: string; limit: number; windowMinutes: number; nowMs: number },
): Promise<void> {
  const windowMs = opts.windowMinutes * 60_000;
  const window = Math.floor(opts.nowMs / windowMs);
  try {
    await db.doc.send(
      new UpdateCommand({
        TableName: db.table,
        Key: keys.rate(opts.scope, opts.id, window),
        UpdateExpression: 'ADD #c :one SET #ttl = :ttl',
        ConditionExpression: 'attribute_not_exists(#c) OR #c < :limit',
        ExpressionAttributeNames: { '#c': 'count', '#ttl': 'ttl' },
        ExpressionAttributeValues: { ':one': 1, ':limit': opts.limit, ':ttl': Math.floor(((window + 2) * windowMs) / 1000) },
      }),
    );
  } catch (error) {
    if (isConditionFailure(error)) throw new RateLimitedError(Math.ceil(((window + 1) * windowMs - opts.nowMs) / 1000));
    throw error;
  }
}
