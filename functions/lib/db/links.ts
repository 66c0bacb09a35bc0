/**
 * One-time links in the table: only the SHA-256 of a token is ever stored, with what it is for,
 * who it was sent to and when it expires. An approver has one live link per step (its slot);
 * issuing a new one voids the old in the same transaction.
 */
import { GetCommand, PutCommand, TransactWriteCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { SubmissionKind } from '../../../shared/schemas/entities';
import { newToken, tokenHash, type LinkPurpose } from '../links';
import { capacityOption, report, type Db } from './client';
import { isConditionFailure } from './errors';
import { keys, type Key } from './keys';

export type LinkRecord = {
  hash: string;
  purpose: LinkPurpose;
  email: string;
  name?: string;
  kind?: SubmissionKind;
  entityId?: string;
  round?: number;
  stepIndex?: number;
  createdAt: string;
  expiresAt: string;
  usedAt?: string;
  voidedAt?: string;
  /** Why it was voided when not by a newer link: its person no longer holds the step's role. */
  voidedBecause?: 'approver_changed';
  decision?: string;
  idempotencyKey?: string;
  /** A sign-in link's: the page its person was going to when they asked for it (shared/return-path.ts). */
  next?: string;
  answer?: Record<string, unknown>;
};

const epochSeconds = (iso: string) => Math.floor(Date.parse(iso) / 1000);

export async function getLink(db: Db, hash: string): Promise<LinkRecord | undefined> {
  const out = await db.doc.send(new GetCommand({ TableName: db.table, Key: keys.link(hash), ConsistentRead: true, ...capacityOption(db) }));
  report(db, 'GetLink', out.ConsumedCapacity);
  if (!out.Item) return undefined;
  const { pk: _pk, sk: _sk, ttl: _ttl, itemType: _t, ...rest } = out.Item;
  return rest as LinkRecord;
}

/** A sign-in link, with the page it lands on (`next`) stored beside its hash: the email's URL stays the token alone. */
export async function issueSigninLink(db: Db, opts: { email: string; now: string; expiresAt: string; next?: string | undefined }): Promise<string> {
  const token = newToken();
  const hash = tokenHash(token);
  const record: LinkRecord = { hash, purpose: 'signin', email: opts.email, createdAt: opts.now, expiresAt: opts.expiresAt, ...(opts.next ? { next: opts.next } : {}) };
  await db.doc.send(
    new PutCommand({
      TableName: db.table,
      Item: { ...keys.link(hash), itemType: 'link', ttl: epochSeconds(opts.expiresAt) + 86400, ...record },
      ConditionExpression: 'attribute_not_exists(pk)',
    }),
  );
  return token;
}

/** Marks a sign-in link used; false when it was already used (the condition makes it once only). */
export async function spendSigninLink(db: Db, hash: string, now: string): Promise<boolean> {
  return markLinkIf(db, hash, {
    update: 'SET usedAt = :now',
    condition: 'attribute_exists(pk) AND attribute_not_exists(usedAt) AND expiresAt > :now',
    values: { ':now': now },
  });
}

/**
 * One conditional write to a link, outside a transaction: true when its condition held and the
 * update was written, false when it did not (a used, voided, expired or unknown link, whatever the
 * condition guards). A link's state is what the condition sees, not what was read before it.
 */
export async function markLinkIf(db: Db, hash: string, mark: { update: string; condition: string; values: Record<string, unknown> }): Promise<boolean> {
  try {
    await db.doc.send(
      new UpdateCommand({ TableName: db.table, Key: keys.link(hash), UpdateExpression: mark.update, ConditionExpression: mark.condition, ExpressionAttributeValues: mark.values }),
    );
    return true;
  } catch (error) {
    if (isConditionFailure(error)) return false;
    throw error;
  }
}

/** What an answer through a link records on it as it spends it: when, what, and the answer a repeat of the request gets. */
export type LinkUse = { hash: string; now: string; decision: string; idempotencyKey?: string; answer: Record<string, unknown> };

/**
 * The transaction item that spends a link with its answer (an approver's decision, a partner's
 * answer, a study plan's coordinator's): the link's state is checked by the transaction itself,
 * so of two answers racing on one link, one spends it and the other's whole transaction fails.
 */
export function spendLinkItem(db: Db, use: LinkUse) {
  return {
    Update: {
      TableName: db.table,
      Key: keys.link(use.hash),
      // Unused, not replaced, not expired: checked here, inside the transaction, not only in code before it.
      ConditionExpression: 'attribute_exists(pk) AND attribute_not_exists(usedAt) AND attribute_not_exists(voidedAt) AND expiresAt > :now',
      UpdateExpression: 'SET usedAt = :now, decision = :d, answer = :a' + (use.idempotencyKey ? ', idempotencyKey = :k' : ''),
      ExpressionAttributeValues: { ':now': use.now, ':d': use.decision, ':a': use.answer, ...(use.idempotencyKey ? { ':k': use.idempotencyKey } : {}) },
    },
  };
}

/** The hash of a slot's live link (the last one issued in it), if any was. */
async function linkInSlot(db: Db, slotKey: Key): Promise<string | undefined> {
  const slot = await db.doc.send(new GetCommand({ TableName: db.table, Key: slotKey, ConsistentRead: true }));
  return slot.Item?.hash as string | undefined;
}

export type ActionLinkTarget = {
  kind: SubmissionKind;
  entityId: string;
  round: number;
  stepIndex: number;
  email: string;
  name: string;
};

/**
 * Issues the approver's link for one step, voiding the previous one. The slot's condition
 * makes two concurrent issuers for the same approver fail rather than leave two live links.
 */
export async function issueActionLink(db: Db, target: ActionLinkTarget, opts: { now: string; expiresAt: string }): Promise<string> {
  const entityPk = keys.submission(target.kind, target.entityId).pk;
  return issueInSlot(db, keys.linkSlot(entityPk, target.round, target.stepIndex, target.email), { purpose: 'action', ...target }, opts);
}

export type PartnerLinkTarget = { entityId: string; email: string; name: string };

/**
 * Issues the partner's coordinator's link for a nomination, voiding the previous one (a reminder
 * sends a fresh link): the same token model and the same slot rule as an approver's, one live
 * partner link per nomination.
 */
export async function issuePartnerLink(db: Db, target: PartnerLinkTarget, opts: { now: string; expiresAt: string }): Promise<string> {
  const entityPk = keys.submission('nomination', target.entityId).pk;
  return issueInSlot(db, keys.partnerLinkSlot(entityPk), { purpose: 'partner', kind: 'nomination', ...target }, opts);
}

export type StudyPlanLinkTarget = { entityId: string; planVersion: number; email: string; name: string };

/**
 * Issues the host faculty coordinator's link for a study plan's version, voiding the previous one:
 * the approver's token model, one live study-plan link per nomination. `round` holds the plan's
 * version the link is for.
 */
export async function issueStudyPlanLink(db: Db, target: StudyPlanLinkTarget, opts: { now: string; expiresAt: string }): Promise<string> {
  const entityPk = keys.submission('nomination', target.entityId).pk;
  const { planVersion, ...who } = target;
  // The last link of the slot may have answered (an approved version 1, and now version 2 goes out): it stays as it was.
  return issueInSlot(db, keys.studyPlanLinkSlot(entityPk), { purpose: 'study-plan', kind: 'nomination', round: planVersion, ...who }, { ...opts, previousMayBeUsed: true });
}

/** Voids the study plan's live link, if it is unused: the plan changed, and the coordinator must see the new one. */
export async function voidStudyPlanLink(db: Db, nominationId: string, now: string): Promise<boolean> {
  const hash = await linkInSlot(db, keys.studyPlanLinkSlot(keys.submission('nomination', nominationId).pk));
  if (!hash) return false;
  return markLinkIf(db, hash, {
    update: 'SET voidedAt = :now',
    // A used link stays as it was: its decision is the plan's history.
    condition: 'attribute_exists(pk) AND attribute_not_exists(usedAt) AND attribute_not_exists(voidedAt)',
    values: { ':now': now },
  });
}

export type SignatoryLinkTarget = { entityId: string; round: number; email: string; name: string };

/**
 * Issues the partner's signatory's link for one sending (round) of a memorandum: the partner link
 * (purpose `partner`, kind `memorandum`), one live per round, a reminder's voiding the last. A link
 * of an earlier round is answered `link_replaced` by its round, as an approver's of an earlier round.
 */
export async function issueSignatoryLink(db: Db, target: SignatoryLinkTarget, opts: { now: string; expiresAt: string }): Promise<string> {
  const entityPk = keys.submission('memorandum', target.entityId).pk;
  return issueInSlot(db, keys.signatoryLinkSlot(entityPk, target.round), { purpose: 'partner', kind: 'memorandum', ...target }, opts);
}

/**
 * `previousMayBeUsed`: the slot outlives a decision (a study plan's next version goes to the same
 * slot), so its last link may be used; then it is left as it was rather than voided.
 */
async function issueInSlot(
  db: Db,
  slotKey: Key,
  target: Omit<LinkRecord, 'hash' | 'createdAt' | 'expiresAt'>,
  opts: { now: string; expiresAt: string; previousMayBeUsed?: boolean },
): Promise<string> {
  const previous = await linkInSlot(db, slotKey);
  const voidPrevious = previous !== undefined && !(opts.previousMayBeUsed && (await getLink(db, previous))?.usedAt);
  const token = newToken();
  const hash = tokenHash(token);
  const record: LinkRecord = { hash, ...target, createdAt: opts.now, expiresAt: opts.expiresAt };
  const ttl = epochSeconds(opts.expiresAt) + 30 * 86400;
  await db.doc.send(
    new TransactWriteCommand({
      TransactItems: [
        { Put: { TableName: db.table, Item: { ...keys.link(hash), itemType: 'link', ttl, ...record }, ConditionExpression: 'attribute_not_exists(pk)' } },
        {
          Put: {
            TableName: db.table,
            Item: { ...slotKey, itemType: 'slot', hash, ttl },
            ...(previous
              ? { ConditionExpression: '#h = :prev', ExpressionAttributeNames: { '#h': 'hash' }, ExpressionAttributeValues: { ':prev': previous } }
              : { ConditionExpression: 'attribute_not_exists(pk)' }),
          },
        },
        ...(voidPrevious
          ? [
              {
                Update: {
                  TableName: db.table,
                  Key: keys.link(previous),
                  // Replaced by the newer link, whatever voided it before (its person losing the role, since given back).
                  UpdateExpression: 'SET voidedAt = :now REMOVE voidedBecause',
                  // A used link stays as it was: its decision is history, not something to void.
                  ConditionExpression: 'attribute_not_exists(usedAt)',
                  ExpressionAttributeValues: { ':now': opts.now },
                },
              },
            ]
          : []),
      ],
    }),
  );
  return token;
}

/**
 * Voids an approver's live link for a step, if they have one and have not used it: the step no
 * longer waits on them (their role was taken away). Running it again changes nothing more.
 */
export async function voidStepLink(db: Db, target: Omit<ActionLinkTarget, 'name'>, opts: { now: string; because: 'approver_changed' }): Promise<boolean> {
  const slotKey = keys.linkSlot(keys.submission(target.kind, target.entityId).pk, target.round, target.stepIndex, target.email);
  const hash = await linkInSlot(db, slotKey);
  if (!hash) return false;
  return markLinkIf(db, hash, {
    update: 'SET voidedAt = :now, voidedBecause = :why',
    // A used link stays as it was (its decision is history), and an already void one keeps its first reason.
    condition: 'attribute_exists(pk) AND attribute_not_exists(usedAt) AND attribute_not_exists(voidedAt)',
    values: { ':now': opts.now, ':why': opts.because },
  });
}
