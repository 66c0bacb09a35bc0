/**
 * The email-link guarantees, one test each, against the real local services.
 * (G1's "page loaded in a browser" half lives in tests/e2e.)
 */
import type { DynamoDBStreamEvent } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getLink } from '../../functions/lib/db/links';
import { getSubmission, listEvents } from '../../functions/lib/db/submissions';
import { tokenHash } from '../../functions/lib/links';
import { processStream } from '../../functions/notifier/notify';
import { nominationBody, startHarness, to, tokenFrom, type Harness } from '../support/harness';

let h: Harness;
let faculty: string;
let offsetMs = 0;

beforeAll(async () => {
  h = await startHarness('guarantees', {}, { deps: { clock: () => new Date(Date.now() + offsetMs) } });
  faculty = await h.signIn('faculty@uni.example');
});
afterAll(() => h?.stop());


async function submitNomination(): Promise<{ id: string; reference: string }> {
  const res = await h.post('/api/nominations', nominationBody(), { cookie: faculty });
  expect(res.status).toBe(201);
  return (await res.json()) as { id: string; reference: string };
}

async function linkFor(address: string, reference: string, nth = 0): Promise<string> {
  await expect
    .poll(async () => (await h.emails()).filter((e) => to(address)(e) && e.subject.includes(reference) && /\/act#t=/.test(e.body.text ?? '')).length, { timeout: 15_000 })
    .toBeGreaterThan(nth);
  const mails = (await h.emails()).filter((e) => to(address)(e) && e.subject.includes(reference) && /\/act#t=/.test(e.body.text ?? ''));
  return tokenFrom(mails[nth]!, 'act');
}

async function previewOf(token: string) {
  const res = await h.post('/api/actions/preview', { token });
  return { status: res.status, body: (await res.json()) as { snapshotHash: string; choices: string[]; error?: string } };
}

describe('G1: opening a link changes nothing', () => {
  it('20 GETs and 20 HEADs of the approval page, and 20 previews, leave the item, the link and the mailbox as they were', async () => {
    const n = await submitNomination();
    const token = await linkFor('head.physics@uni.example', n.reference);
    await h.settle();
    const before = await getSubmission(h.deps.db, 'nomination', n.id);
    const mailsBefore = (await h.emails()).length;
    const pageUrl = `${h.url}/act#t=${token}`;
    const gets = await Promise.all(Array.from({ length: 20 }, () => fetch(pageUrl)));
    const heads = await Promise.all(Array.from({ length: 20 }, () => fetch(pageUrl, { method: 'HEAD' })));
    const previews = await Promise.all(Array.from({ length: 20 }, () => previewOf(token)));
    expect(gets.every((r) => r.status === 200)).toBe(true);
    expect(heads.every((r) => r.status === 200)).toBe(true);
    expect(previews.every((p) => p.status === 200 && p.body.choices.length === 3)).toBe(true);
    await h.settle();
    const after = await getSubmission(h.deps.db, 'nomination', n.id);
    expect(after).toEqual(before);
    expect((await getLink(h.deps.db, tokenHash(token)))?.usedAt).toBeUndefined();
    expect((await h.emails()).length).toBe(mailsBefore);
  });
});

describe('G2: a hundred decisions race on one link', () => {
  it('50 approve and 50 reject at once: exactly one 200, 99 × 409, version +1, one event, one email per recipient', async () => {
    const n = await submitNomination();
    const token = await linkFor('head.physics@uni.example', n.reference);
    const { body: shown } = await previewOf(token);
    await h.settle();
    const before = (await getSubmission(h.deps.db, 'nomination', n.id))!;
    const eventsBefore = (await listEvents(h.deps.db, 'nomination', n.id)).length;
    const responses = await Promise.all(
      Array.from({ length: 100 }, (_, i) =>
        h.post('/api/actions/decide', { token, decision: i % 2 ? 'approve' : 'reject', comment: 'Decided in the race.', snapshotHash: shown.snapshotHash }),
      ),
    );
    const statuses = responses.map((r) => r.status);
    // Anything but a 200 or a 409 is named with its body, so a failure says what the server answered.
    const others = await Promise.all(responses.filter((r) => r.status !== 200 && r.status !== 409).map(async (r) => `${r.status} ${await r.clone().text()}`));
    expect(others).toEqual([]);
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(99);
    // Each loser is told who decided what and when (the link spent, or the step already closed when
    // it read the item); on a machine busy enough that its transaction kept colliding, it may
    // instead be told nothing was recorded and to press again (`busy`).
    const conflicts = (await Promise.all(responses.filter((r) => r.status === 409).map((r) => r.json()))) as Record<string, unknown>[];
    expect(conflicts.filter((c) => !['already_decided', 'step_closed', 'busy'].includes(String(c.error)))).toEqual([]);
    const conflict = conflicts.find((c) => c.error !== 'busy')!;
    expect(conflict).toMatchObject({ decidedBy: 'head.physics@uni.example' });
    expect(['approve', 'reject']).toContain(conflict.decision);
    expect(typeof conflict.at).toBe('string');
    const after = (await getSubmission(h.deps.db, 'nomination', n.id))!;
    expect(after.version).toBe(before.version + 1);
    expect((await listEvents(h.deps.db, 'nomination', n.id)).length).toBe(eventsBefore + 1);
    // The winner's consequence is emailed once: to the dean if approved, to the submitter if rejected.
    const recipient = after.status === 'rejected' ? 'faculty@uni.example' : 'dean.physics@uni.example';
    await h.waitForEmail((e) => to(recipient)(e) && e.subject.includes(n.reference) && (recipient !== 'faculty@uni.example' || /reject|отклон|rad/i.test(e.subject)), 'the consequence');
    await h.settle();
    const consequence = (await h.emailsTo(recipient)).filter((e) => e.subject.includes(n.reference));
    expect(consequence).toHaveLength(recipient === 'faculty@uni.example' ? 2 : 1); // the submitter also had the receipt
  });
});

describe('G3: the same decision repeated', () => {
  it('with the same Idempotency-Key gets the same answer and changes nothing more', async () => {
    const n = await submitNomination();
    const token = await linkFor('head.physics@uni.example', n.reference);
    const { body: shown } = await previewOf(token);
    const headers = { 'idempotency-key': 'press-3f2a9c71' };
    const first = await h.post('/api/actions/decide', { token, decision: 'approve', snapshotHash: shown.snapshotHash }, { headers });
    const firstBody = await first.json();
    const version = (await getSubmission(h.deps.db, 'nomination', n.id))!.version;
    const again = await h.post('/api/actions/decide', { token, decision: 'approve', snapshotHash: shown.snapshotHash }, { headers });
    expect(first.status).toBe(200);
    expect(again.status).toBe(200);
    expect(await again.json()).toEqual(firstBody);
    expect((await getSubmission(h.deps.db, 'nomination', n.id))!.version).toBe(version);
  });

  it('without a key is answered 409 with the recorded decision, the same each time', async () => {
    const n = await submitNomination();
    const token = await linkFor('head.physics@uni.example', n.reference);
    const { body: shown } = await previewOf(token);
    expect((await h.post('/api/actions/decide', { token, decision: 'approve', snapshotHash: shown.snapshotHash })).status).toBe(200);
    const version = (await getSubmission(h.deps.db, 'nomination', n.id))!.version;
    const strip = ({ requestId: _r, ...rest }: Record<string, unknown>) => rest;
    const a = await h.post('/api/actions/decide', { token, decision: 'approve', snapshotHash: shown.snapshotHash });
    const b = await h.post('/api/actions/decide', { token, decision: 'approve', snapshotHash: shown.snapshotHash });
    expect([a.status, b.status]).toEqual([409, 409]);
    const [bodyA, bodyB] = [strip(await a.json()), strip(await b.json())];
    expect(bodyA).toEqual(bodyB);
    expect(bodyA).toMatchObject({ error: 'already_decided', decidedBy: 'head.physics@uni.example', decision: 'approve' });
    expect((await getSubmission(h.deps.db, 'nomination', n.id))!.version).toBe(version);
  });
});

describe('G4: a link decides only what it was sent for', () => {
  it("a link for one nomination cannot decide another (the other's snapshot is refused)", async () => {
    const a = await submitNomination();
    const b = await submitNomination();
    const tokenA = await linkFor('head.physics@uni.example', a.reference);
    const tokenB = await linkFor('head.physics@uni.example', b.reference);
    const { body: shownB } = await previewOf(tokenB);
    const res = await h.post('/api/actions/decide', { token: tokenA, decision: 'approve', snapshotHash: shownB.snapshotHash });
    expect(res.status).toBe(409);
    expect(((await res.json()) as { error: string }).error).toBe('snapshot_changed');
    expect((await getSubmission(h.deps.db, 'nomination', b.id))!.version).toBe(1);
    expect((await getSubmission(h.deps.db, 'nomination', a.id))!.version).toBe(1);
  });

  it('a step-1 link fails once the item is at step 2', async () => {
    const n = await submitNomination();
    const step1 = await linkFor('head.physics@uni.example', n.reference);
    const { body: shown } = await previewOf(step1);
    expect((await h.post('/api/actions/decide', { token: step1, decision: 'approve', snapshotHash: shown.snapshotHash })).status).toBe(200);
    await linkFor('dean.physics@uni.example', n.reference);
    const reuse = await h.post('/api/actions/decide', { token: step1, decision: 'reject', comment: 'Second thoughts', snapshotHash: shown.snapshotHash });
    expect(reuse.status).toBe(409);
    expect((await getSubmission(h.deps.db, 'nomination', n.id))!.review!.stepIndex).toBe(1);
  });

  it('an expired link fails, and a fresh one can be asked for and works', async () => {
    const n = await submitNomination();
    const token = await linkFor('head.physics@uni.example', n.reference);
    const { body: shown } = await previewOf(token);
    offsetMs = 15 * 24 * 3600 * 1000;
    try {
      const expired = await h.post('/api/actions/decide', { token, decision: 'approve', snapshotHash: shown.snapshotHash });
      expect(expired.status).toBe(410);
      expect(await expired.json()).toMatchObject({ error: 'link_expired', freshLink: true });
      expect((await previewOf(token)).status).toBe(410);
      expect((await h.post('/api/actions/refresh', { token })).status).toBe(202);
      const fresh = await linkFor('head.physics@uni.example', n.reference, 1);
      expect(fresh).not.toBe(token);
      const { body: again } = await previewOf(fresh);
      expect((await h.post('/api/actions/decide', { token: fresh, decision: 'approve', snapshotHash: again.snapshotHash })).status).toBe(200);
    } finally {
      offsetMs = 0;
    }
  });

  it('a tampered link gets exactly the answer an unknown one gets', async () => {
    const n = await submitNomination();
    const token = await linkFor('head.physics@uni.example', n.reference);
    const tampered = `${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`;
    const unknown = 'x'.repeat(43);
    const strip = ({ requestId: _r, ...rest }: Record<string, unknown>) => rest;
    for (const path of ['/api/actions/preview', '/api/actions/decide']) {
      const body = (t: string) => ({ token: t, decision: 'approve', snapshotHash: 'a'.repeat(64) });
      const r1 = await h.post(path, path.endsWith('preview') ? { token: tampered } : body(tampered));
      const r2 = await h.post(path, path.endsWith('preview') ? { token: unknown } : body(unknown));
      expect(r1.status).toBe(404);
      expect(r2.status).toBe(404);
      expect(strip(await r1.json())).toEqual(strip(await r2.json()));
    }
  });
});

describe('G6: a poison record does not block the batch', () => {
  it('is reported as a batch item failure and the records after it still send', async () => {
    const good = {
      eventName: 'INSERT' as const,
      dynamodb: {
        SequenceNumber: '200',
        NewImage: {
          pk: { S: 'PERSON#faculty@uni.example' },
          sk: { S: 'EVENT#2026-11-22T00:00:00.000Z#g6' },
          itemType: { S: 'event' },
          event: { M: { type: { S: 'signin_requested' }, at: { S: '2026-11-22T00:00:00.000Z' }, email: { S: 'faculty@uni.example' } } },
        },
      },
    };
    const poison = { eventName: 'INSERT' as const, dynamodb: { SequenceNumber: '100', NewImage: { pk: { S: 'NOM#x' }, sk: { S: 'EVENT#1#decided' }, itemType: { S: 'event' } } } };
    const before = (await h.emailsTo('faculty@uni.example')).length;
    const result = await processStream(h.deps, { Records: [poison, good] } as unknown as DynamoDBStreamEvent);
    expect(result.batchItemFailures).toEqual([{ itemIdentifier: '100' }]);
    expect((await h.emailsTo('faculty@uni.example')).length).toBe(before + 1);
    const again = await processStream(h.deps, { Records: [poison, good] } as unknown as DynamoDBStreamEvent);
    expect(again.batchItemFailures).toEqual([{ itemIdentifier: '100' }]);
    expect((await h.emailsTo('faculty@uni.example')).length).toBe(before + 1); // delivered once, even when the batch is retried
  });
});
