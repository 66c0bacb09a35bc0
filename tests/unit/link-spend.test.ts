/**
 * The transaction item that spends a link with its answer (db/links.ts `spendLinkItem`), shared by
 * the decisions' and the study plans' transactions: what it guards and what it records.
 */
import { describe, expect, it } from 'vitest';
import type { Db } from '../../functions/lib/db/client';
import { keys } from '../../functions/lib/db/keys';
import { spendLinkItem } from '../../functions/lib/db/links';

// Only the table's name is read: building an item sends nothing.
const db = { table: 'hamkor' } as Db;
const use = { hash: 'a'.repeat(64), now: '2026-03-02T10:00:00.000Z', decision: 'approve', answer: { status: 'approved' } };

describe('spendLinkItem', () => {
  it('spends only a link that exists and is unused, not replaced and not expired at the moment of the answer', () => {
    // Act
    const { Update } = spendLinkItem(db, use);

    // Assess
    expect(Update.TableName).toBe('hamkor');
    expect(Update.Key).toEqual(keys.link(use.hash));
    expect(Update.ConditionExpression.split(' AND ')).toEqual(['attribute_exists(pk)', 'attribute_not_exists(usedAt)', 'attribute_not_exists(voidedAt)', 'expiresAt > :now']);
    expect(Update.ExpressionAttributeValues[':now']).toBe(use.now);
  });

  it('records when, what and the answer, and the idempotency key only when the request carried one', () => {
    // Act
    const without = spendLinkItem(db, use).Update;
    const withKey = spendLinkItem(db, { ...use, idempotencyKey: 'key-1' }).Update;

    // Assess
    expect(without.UpdateExpression).toBe('SET usedAt = :now, decision = :d, answer = :a');
    expect(without.ExpressionAttributeValues).toEqual({ ':now': use.now, ':d': 'approve', ':a': { status: 'approved' } });
    expect(withKey.UpdateExpression).toBe('SET usedAt = :now, decision = :d, answer = :a, idempotencyKey = :k');
    expect(withKey.ExpressionAttributeValues[':k']).toBe('key-1');
  });
});
