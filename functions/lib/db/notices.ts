/**
 * Events that are requests for mail rather than transitions (a sign-in link, a fresh approval
 * link, word to the office that mail bounced), the delivery records that stop a retried batch
 * from sending an email twice, and the mark on an address SES could not deliver to.
 */
import { DeleteCommand, GetCommand, PutCommand, TransactWriteCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { Language } from '../../../shared/schemas/common';
import type { RoleName } from '../../../shared/schemas/directory';
import type { Db } from './client';
import { failedConditions, isConditionFailure, retryConflicts } from './errors';
import { keys, type Key } from './keys';
import type { ActivityNotice } from '../../../shared/activity-rules';
import type { EventSubject } from './submissions';

/** `next`: the page the person was going to (a return path, shared/return-path.ts); the link is minted with it. */
export type SigninRequested = { type: 'signin_requested'; at: string; email: string; language?: Language; next?: string };
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
  /** The address is the partner coordinator's whose answer an approved nomination waits for. */
  partnerWaiting?: true;
  /** The email was about an international activity (it has no subject): what the office's notice names. */
  activity?: ActivityNotice;
  /** The address is a confirmer's, and the activity is still proposed: it waits on them (or on another confirmer). */
  confirmationWaiting?: true;
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

/**
 * Asks the notifier for a sign-in email to `email`, unless one was asked for since `cutoff`:
 * then nothing is written and the answer is false. The address's one resend item (`lastSentAt`)
 * and the event are written in one transaction, conditional on the last send being older than
 * the cutoff, so two requests at the same moment cannot both pass (no read-then-write race),
 * and a failed event write never leaves the owner waiting out a window for nothing.
 */
export async function putSigninRequestUnlessRecent(
  db: Db,
  opts: { email: string; at: string; cutoff: string; nonce: string; language?: Language; next?: string },
): Promise<boolean> {
  const event: SigninRequested = { type: 'signin_requested', at: opts.at, email: opts.email, ...(opts.language ? { language: opts.language } : {}), ...(opts.next ? { next: opts.next } : {}) };
  const epoch = Math.floor(Date.parse(opts.at) / 1000);
  // Requests for one address at the same instant collide on its resend item; DynamoDB cancels
  // the losers with a conflict rather than a failed condition. Tried again, they meet the
  // winner's `lastSentAt` and are dropped as they should be.
  return retryConflicts(() => sendSigninRequest(db, opts, event, epoch));
}

async function sendSigninRequest(db: Db, opts: { email: string; at: string; cutoff: string; nonce: string }, event: SigninRequested, epoch: number): Promise<boolean> {
  try {
    await db.doc.send(
      new TransactWriteCommand({
        TransactItems: [
          {
            Update: {
              TableName: db.table,
              Key: keys.signinResend(opts.email),
              UpdateExpression: 'SET lastSentAt = :at, itemType = :type, #ttl = :ttl',
              ConditionExpression: 'attribute_not_exists(lastSentAt) OR lastSentAt < :cutoff',
              ExpressionAttributeNames: { '#ttl': 'ttl' },
              // Kept a day, long after any resend window: TTL only tidies up, the condition decides.
              ExpressionAttributeValues: { ':at': opts.at, ':cutoff': opts.cutoff, ':type': 'signin_resend', ':ttl': epoch + 86400 },
            },
          },
          {
            Put: {
              TableName: db.table,
              Item: { ...keys.personEvent(opts.email, opts.at, opts.nonce), itemType: 'event', type: event.type, event, createdAt: opts.at, ttl: epoch + 7 * 86400 },
            },
          },
        ],
      }),
    );
    return true;
  } catch (error) {
    if (failedConditions(error)?.[0]) return false;
    throw error;
  }
}

/**
 * Forgets when the address was last sent a link: called when one of its links is used, so the
 * owner, having just signed in, may ask for another at once (for another device). Only the owner
 * can spend their link, so a stranger gains nothing but, at most, one email per sign-in of theirs.
 */
export async function forgetSigninResend(db: Db, email: string): Promise<void> {
  await db.doc.send(new DeleteCommand({ TableName: db.table, Key: keys.signinResend(email) }));
}

/** At most this many fresh links per approver, step and round: each is asked for from an expired link. */
export const FRESH_LINKS_PER_STEP = 3;

export type LinkRequestOutcome = 'requested' | 'already_requested' | 'link_changed' | 'limit_reached';

/**
 * Asks the notifier for a fresh link, once per link: one transaction marks the link as having
 * asked (a second press, or twenty, finds the mark and sends nothing), counts the request against
 * the approver's cap for the step, and puts the event the notifier mails from. The link must
 * still be unused and not replaced when the mark is made, so a replaced link never mints one.
 */
export async function putLinkRequest(db: Db, opts: { linkHash: string; subject: EventSubject; entityVersion: number; event: LinkRequested }): Promise<LinkRequestOutcome> {
  // Presses of the same link at the same instant collide on its item; tried again, they meet the
  // first one's mark (or the first is the one that lands: all of them may be cancelled at once).
  return retryConflicts(() => writeLinkRequest(db, opts), 8);
}

async function writeLinkRequest(db: Db, opts: { linkHash: string; subject: EventSubject; entityVersion: number; event: LinkRequested }): Promise<LinkRequestOutcome> {
  const entityPk = keys.submission(opts.subject.kind, opts.subject.id).pk;
  const { round, stepIndex, email, at } = opts.event;
  try {
    await db.doc.send(
      new TransactWriteCommand({
        TransactItems: [
          {
            Update: {
              TableName: db.table,
              Key: keys.link(opts.linkHash),
              UpdateExpression: 'SET freshRequestedAt = :at',
              ConditionExpression: 'attribute_exists(pk) AND attribute_not_exists(freshRequestedAt) AND attribute_not_exists(usedAt) AND attribute_not_exists(voidedAt)',
              ExpressionAttributeValues: { ':at': at },
            },
          },
          {
            Update: {
              TableName: db.table,
              Key: keys.freshLinkRequests(entityPk, round, stepIndex, email),
              UpdateExpression: 'SET itemType = :t, #ttl = if_not_exists(#ttl, :ttl) ADD #n :one',
              ConditionExpression: 'attribute_not_exists(#n) OR #n < :max',
              ExpressionAttributeNames: { '#n': 'count', '#ttl': 'ttl' },
              ExpressionAttributeValues: { ':t': 'fresh_links', ':one': 1, ':max': FRESH_LINKS_PER_STEP, ':ttl': Math.floor(Date.parse(at) / 1000) + 90 * 86400 },
            },
          },
          {
            Put: {
              TableName: db.table,
              Item: {
                ...keys.event(entityPk, opts.entityVersion, `link_requested#${email}#${at}`),
                itemType: 'event',
                type: opts.event.type,
                event: opts.event,
                subject: opts.subject,
                createdAt: at,
              },
              ConditionExpression: 'attribute_not_exists(pk)',
            },
          },
        ],
      }),
    );
    return 'requested';
  } catch (error) {
    const failed = failedConditions(error);
    if (!failed) throw error;
    if (failed[0]) {
      const link = await db.doc.send(new GetCommand({ TableName: db.table, Key: keys.link(opts.linkHash), ConsistentRead: true }));
      return link.Item?.freshRequestedAt ? 'already_requested' : 'link_changed';
    }
    if (failed[1]) return 'limit_reached';
    // Two presses in the same millisecond: the other one's event stands.
    if (failed[2]) return 'already_requested';
    throw error;
  }
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
 * history), or the activity (beside its confirmation's events), else on the person. Keyed by the SES message id, so the same SES event delivered
 * twice (EventBridge is at-least-once) writes one notice.
 */
export async function putUndeliverableNotice(db: Db, opts: { event: MailUndeliverable; messageId: string; subject?: EventSubject; entityVersion?: number }): Promise<boolean> {
  const suffix = `mail_undeliverable#${opts.event.email}#${opts.messageId}`;
  // An activity's, in its own partition beside the events of its confirmation (international-activities.ts).
  const key = opts.subject
    ? keys.event(keys.submission(opts.subject.kind, opts.subject.id).pk, opts.entityVersion ?? 0, suffix)
    : opts.event.activity
      ? keys.event(keys.internationalActivity(opts.event.activity.id).pk, opts.entityVersion ?? 0, suffix)
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
