/**
 * `markLinkIf`, the one conditional write to a link outside a transaction (spending a sign-in
 * link, voiding a study plan's or an approver's link), against DynamoDB Local: its condition is
 * DynamoDB's to judge, so only the real service shows what it answers.
 */
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { createDb, type Db } from '../../functions/lib/db/client';
import { getLink, issueSigninLink, markLinkIf } from '../../functions/lib/db/links';
import { dropTable, ensureTable } from '../../functions/lib/db/table-admin';
import { tokenHash } from '../../functions/lib/links';

const NOW = '2026-03-02T10:00:00.000Z';
const LATER = '2026-03-02T10:15:00.000Z';
const UNUSED = 'attribute_exists(pk) AND attribute_not_exists(usedAt)';

let db: Db;

beforeAll(async () => {
  db = createDb({ tableName: `hamkor-link-marks-${randomBytes(4).toString('hex')}`, region: 'eu-central-1', endpoint: inject('dynamoEndpoint') });
  await ensureTable(db);
});
afterAll(() => dropTable(db));

async function freshLink(): Promise<string> {
  return tokenHash(await issueSigninLink(db, { email: 'faculty@uni.example', now: NOW, expiresAt: LATER }));
}

describe('markLinkIf', () => {
  it('writes the update and answers true when the condition holds', async () => {
    // Prepare
    const hash = await freshLink();

    // Act
    const marked = await markLinkIf(db, hash, { update: 'SET usedAt = :now', condition: UNUSED, values: { ':now': NOW } });

    // Assess
    expect(marked).toBe(true);
    expect((await getLink(db, hash))?.usedAt).toBe(NOW);
  });

  it('answers false and leaves the link as it was when the condition fails', async () => {
    // Prepare
    const hash = await freshLink();
    await markLinkIf(db, hash, { update: 'SET usedAt = :now', condition: UNUSED, values: { ':now': NOW } });

    // Act
    const second = await markLinkIf(db, hash, { update: 'SET usedAt = :now', condition: UNUSED, values: { ':now': LATER } });

    // Assess
    expect(second).toBe(false);
    expect((await getLink(db, hash))?.usedAt).toBe(NOW);
  });

  it('answers false for a link that does not exist, and creates nothing', async () => {
    // Prepare
    const hash = tokenHash('no-such-token');

    // Act
    const marked = await markLinkIf(db, hash, { update: 'SET voidedAt = :now', condition: UNUSED, values: { ':now': NOW } });

    // Assess
    expect(marked).toBe(false);
    expect(await getLink(db, hash)).toBeUndefined();
  });

  it('throws what is not a failed condition, such as an expression naming a value it was not given', async () => {
    // Prepare
    const hash = await freshLink();

    // Act
    const marking = markLinkIf(db, hash, { update: 'SET usedAt = :now', condition: 'expiresAt > :then', values: { ':now': NOW } });

    // Assess
    await expect(marking).rejects.toMatchObject({ name: 'ValidationException' });
    expect((await getLink(db, hash))?.usedAt).toBeUndefined();
  });
});
