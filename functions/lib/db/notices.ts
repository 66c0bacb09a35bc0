/**
 * Events that are requests for mail rather than transitions (a sign-in link, a fresh approval
 * link, word to the office that mail bounced), the delivery records that stop a retried batch
 * from sending an email twice, and the mark on an address SES could not deliver to.
 */
import { GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { Language } from '../../../shared/schemas/common';
import type { RoleName } from '../../../shared/schemas/directory';
import type { Db } from './client';
import { isConditionFailure } from './errors';
import { keys, type Key } from './keys';
import type { EventSubject } from './submissions';

export type SigninRequested = { type: 'signin_requested'; at: string; email: string; language?: Language };
export type LinkRequested = { type: 'link_requested'; at: string; email: string; name: string; round: number; stepIndex: number; role: RoleName };
/** SES could not deliver mail to `email`; the office is told, naming the step that waits on them. */
export type MailUndeliverable = {
  type: 'mail_undeliverable';
  at: string;
  email: string;
  cause: 'bounce' | 'complaint';
  detail: string;
  /** Which email it was (`action_request`, `signin_link`, …), when known. */
  template?: string;
  /** The approval step the item waits on this person for, if it does. */
  waitingAt?: { role: RoleName; round: number; stepIndex: number };
};

/** A role in one place, as the role lookup keys it (`department:physics/general-physics`). */
export type HeldRole = { role: RoleName; scope: string };

/**
 * Someone's roles changed: written in the transaction that changes them, so the stream consumer
 * that re-resolves the steps waiting on those roles (services/approvers.ts) cannot miss it.
 */
export type RolesChanged = { type: 'roles_changed'; at: string; email: string; name: string; actor: { email: string; name: string }; lost: HeldRole[]; gained: HeldRole[] };

/** The item of a `roles_changed` event, in the person's partition; one per version of the person. */
export function rolesChangedItem(event: RolesChanged, version: number): Record<string, unknown> {
  return { ...keys.personEvent(event.email, event.at, `roles_changed#${version}`), itemType: 'event', type: event.type, event, createdAt: event.at, ttl: Math.floor(Date.parse(event.at) / 1000) + 30 * 86400 };
}

export async function putSigninRequest(db: Db, email: string, at: string, nonce: string, language?: Language): Promise<void> {
  const event: SigninRequested = { type: 'signin_requested', at, email, ...(language ? { language } : {}) };
  await db.doc.send(
    new PutCommand({
      TableName: db.table,
      Item: { ...keys.personEvent(email, at, nonce), itemType: 'event', type: event.type, event, createdAt: at, ttl: Math.floor(Date.parse(at) / 1000) + 7 * 86400 },
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

/**
 * Word to the office that mail to someone bounced: on the item it was about (so it shows in its
 * history), else on the person. Keyed by the SES message id, so the same SES event delivered
 * twice (EventBridge is at-least-once) writes one notice.
 */
export async function putUndeliverableNotice(db: Db, opts: { event: MailUndeliverable; messageId: string; subject?: EventSubject; entityVersion?: number }): Promise<boolean> {
  const suffix = `mail_undeliverable#${opts.event.email}#${opts.messageId}`;
  const key = opts.subject
    ? keys.event(keys.submission(opts.subject.kind, opts.subject.id).pk, opts.entityVersion ?? 0, suffix)
    : keys.personEvent(opts.event.email, opts.event.at, suffix);
  try {
    await db.doc.send(
      new PutCommand({
        TableName: db.table,
        Item: { ...key, itemType: 'event', type: opts.event.type, event: opts.event, ...(opts.subject ? { subject: opts.subject } : {}), createdAt: opts.event.at },
        ConditionExpression: 'attribute_not_exists(pk)',
      }),
    );
    return true;
  } catch (error) {
    if (!isConditionFailure(error)) throw error;
    return false;
  }
}

export type UndeliverableMark = { email: string; cause: 'bounce' | 'complaint'; detail: string; since: string; lastAt: string; count: number };

/** Marks the address undeliverable, keeping when it first failed and counting the failures. */
export async function markUndeliverable(db: Db, opts: { email: string; cause: 'bounce' | 'complaint'; detail: string; at: string }): Promise<void> {
  await db.doc.send(
    new UpdateCommand({
      TableName: db.table,
      Key: keys.undeliverable(opts.email),
      UpdateExpression: 'SET itemType = :t, email = :e, cause = :c, detail = :d, lastAt = :at, since = if_not_exists(since, :at) ADD #n :one',
      ExpressionAttributeNames: { '#n': 'count' },
      ExpressionAttributeValues: { ':t': 'undeliverable', ':e': opts.email, ':c': opts.cause, ':d': opts.detail, ':at': opts.at, ':one': 1 },
    }),
  );
}

export async function getUndeliverable(db: Db, email: string): Promise<UndeliverableMark | undefined> {
  const out = await db.doc.send(new GetCommand({ TableName: db.table, Key: keys.undeliverable(email), ConsistentRead: true }));
  if (!out.Item) return undefined;
  const { email: e, cause, detail, since, lastAt, count } = out.Item as UndeliverableMark;
  return { email: e, cause, detail, since, lastAt, count };
}
