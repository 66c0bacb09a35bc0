/**
 * Events that are requests for mail rather than transitions (a sign-in link, a fresh approval
 * link), and the delivery records that stop a retried batch from sending an email twice.
 */
import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { RoleName } from '../../../shared/schemas/directory';
import type { Db } from './client';
import { isConditionFailure } from './errors';
import { keys, type Key } from './keys';
import type { EventSubject } from './submissions';

export type SigninRequested = { type: 'signin_requested'; at: string; email: string };
export type LinkRequested = { type: 'link_requested'; at: string; email: string; name: string; round: number; stepIndex: number; role: RoleName };

export async function putSigninRequest(db: Db, email: string, at: string, nonce: string): Promise<void> {
  const event: SigninRequested = { type: 'signin_requested', at, email };
  await db.doc.send(
    new PutCommand({
      TableName: db.table,
      Item: { ...keys.signinEvent(email, at, nonce), itemType: 'event', type: event.type, event, createdAt: at, ttl: Math.floor(Date.parse(at) / 1000) + 7 * 86400 },
    }),
  );
}

export async function putLinkRequest(db: Db, opts: { subject: EventSubject; entityVersion: number; event: LinkRequested }): Promise<void> {
  const entityPk = keys.submission(opts.subject.kind, opts.subject.id).pk;
  await db.doc.send(
    new PutCommand({
      TableName: db.table,
      Item: {
        ...keys.event(entityPk, opts.entityVersion, `link_requested#${opts.event.email}#${opts.event.at}`),
        itemType: 'event',
        type: opts.event.type,
        event: opts.event,
        subject: opts.subject,
        createdAt: opts.event.at,
      },
    }),
  );
}

export async function wasDelivered(db: Db, event: Key, template: string, email: string): Promise<boolean> {
  const out = await db.doc.send(new GetCommand({ TableName: db.table, Key: keys.delivery(event, template, email), ConsistentRead: true }));
  return Boolean(out.Item);
}

/**
 * Recorded only after SES accepted the message: a crash between the two sends the email again
 * on retry (at least once) rather than never (at most once). The condition keeps the first record.
 */
export async function markDelivered(db: Db, event: Key, opts: { template: string; email: string; messageId: string; sentAt: string }): Promise<void> {
  try {
    await db.doc.send(
      new PutCommand({
        TableName: db.table,
        Item: { ...keys.delivery(event, opts.template, opts.email), itemType: 'delivery', ...opts },
        ConditionExpression: 'attribute_not_exists(pk)',
      }),
    );
  } catch (error) {
    if (!isConditionFailure(error)) throw error;
  }
}
