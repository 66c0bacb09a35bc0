/**
 * The whole story against DynamoDB Local and the local SES server: sign in, submit, every
 * approver decides from the link in their email, and the final emails arrive.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { memorandumBody, nominationBody, startHarness, to, tokenFrom, type Harness } from '../support/harness';

let h: Harness;
let faculty: string;

beforeAll(async () => {
  h = await startHarness('story', { LOG_LEVEL: process.env.DEBUG_LOG ? 'debug' : 'silent' });
  faculty = await h.signIn('faculty@uni.example');
});
afterAll(() => h?.stop());


/** Opens the approver's newest link for `reference`, previews, and decides. */
async function decideFromEmail(address: string, reference: string, decision: 'approve' | 'reject' | 'request_changes', comment?: string) {
  const email = await h.waitForEmail((e) => to(address)(e) && e.subject.includes(reference) && /\/act#t=/.test(e.body.text ?? ''), `action email to ${address}`);
  const token = tokenFrom(email, 'act');
  const preview = await h.post('/api/actions/preview', { token });
  expect(preview.status).toBe(200);
  const shown = (await preview.json()) as { kind: string; reference: string; snapshotHash: string; choices: string[]; step: { role: string }; summary: { labels: { faculty?: string; agreement?: string; names?: { faculty?: Record<string, string> } } } };
  expect(shown.reference).toBe(reference);
  expect(shown.summary.labels.faculty).toBe('Faculty of Physics');
  // And in the pages' other languages, as the directory gives them, for the page to choose from.
  expect(shown.summary.labels.names?.faculty).toEqual({ ru: 'Физический факультет', uz: 'Fizika fakulteti' });
  if (shown.kind === 'nomination') expect(shown.summary.labels.agreement).toBe('AGR-2024-0003');
  expect(shown.choices).toEqual(['approve', 'reject', 'request_changes']);
  const res = await h.post('/api/actions/decide', { token, decision, comment, snapshotHash: shown.snapshotHash });
  expect(res.status).toBe(200);
  return { body: (await res.json()) as { status: string; decision: string; decidedBy: string }, email, shown };
}

describe('an exchange nomination', () => {
  it('is approved by the head of department, the dean, the international office and the vice-rector, then the submitter and the nominee are told', async () => {
    const me = await (await h.get('/api/me', { cookie: faculty })).json();
    expect(me).toMatchObject({ email: 'faculty@uni.example', name: 'Aziz Rakhimov' });

    const created = await h.post('/api/nominations', nominationBody(), { cookie: faculty });
    expect(created.status).toBe(201);
    const nomination = (await created.json()) as { id: string; reference: string; status: string };
    expect(nomination.status).toBe('in_review');
    expect(nomination.reference).toMatch(/^NOM-\d{4}-0001$/);

    await h.waitForEmail((e) => to('faculty@uni.example')(e) && e.subject.includes(nomination.reference), 'the receipt');

    const chain = ['head.physics@uni.example', 'dean.physics@uni.example', 'iro@uni.example', 'vicerector@uni.example'];
    const statuses: string[] = [];
    for (const approver of chain) {
      const { body } = await decideFromEmail(approver, nomination.reference, 'approve');
      expect(body.decidedBy).toBe(approver);
      statuses.push(body.status);
    }
    expect(statuses).toEqual(['in_review', 'in_review', 'in_review', 'approved']);

    const finalToSubmitter = await h.waitForEmail(
      (e) => to('faculty@uni.example')(e) && e.subject.includes(nomination.reference) && e !== undefined && /approved|одобр|tasdiq/i.test(e.subject),
      'the final email to the submitter',
    );
    expect(finalToSubmitter.body.html).toBeTruthy();
    await h.waitForEmail((e) => to('dilnoza.karimova@student.uni.example')(e), 'the email to the nominee');

    const read = await h.get(`/api/nominations/${nomination.id}`, { cookie: faculty });
    const stored = (await read.json()) as { status: string; review: { steps: { approvers: { receipt?: { snapshotHash: string } }[] }[] }; history: { type: string }[] };
    expect(stored.status).toBe('approved');
    expect(stored.review.steps.every((s) => s.approvers.some((a) => a.receipt?.snapshotHash.length === 64))).toBe(true);
    expect(stored.history.map((e) => e.type)).toEqual(['submitted', 'decided', 'decided', 'decided', 'decided']);
  });
});

describe('a memorandum', () => {
  it('rejected at legal ends there, and the submitter gets the reason', async () => {
    const created = await h.post('/api/agreements', memorandumBody(), { cookie: faculty });
    expect(created.status).toBe(201);
    const m = (await created.json()) as { id: string; reference: string; status: string };
    expect(m.reference).toMatch(/^AGR-\d{4}-\d{4}$/);
    await decideFromEmail('iro@uni.example', m.reference, 'approve');
    const { body } = await decideFromEmail('legal@uni.example', m.reference, 'reject', 'The liability clause conflicts with national law.');
    expect(body.status).toBe('rejected');
    const final = await h.waitForEmail((e) => to('faculty@uni.example')(e) && e.subject.includes(m.reference) && (e.body.text ?? '').includes('liability clause'), 'the rejection');
    expect(final.body.text).toContain('liability clause');
    await h.settle();
    const toVicerector = (await h.emailsTo('vicerector@uni.example')).filter((e) => e.subject.includes(m.reference));
    expect(toVicerector).toHaveLength(0);
  });

  it('sent back for changes, resubmitted and then approved by all four', async () => {
    const created = await h.post('/api/agreements', memorandumBody({ summary: 'First draft.' }), { cookie: faculty });
    const m = (await created.json()) as { id: string; reference: string };
    const first = await decideFromEmail('iro@uni.example', m.reference, 'request_changes', 'Add the number of places per year.');
    expect(first.body.status).toBe('changes_requested');
    const asked = await h.waitForEmail((e) => to('faculty@uni.example')(e) && e.subject.includes(m.reference) && (e.body.text ?? '').includes('number of places'), 'the changes request');
    expect(asked.body.text).toContain(`/agreements/${m.id}/edit`);

    // The old link is void once the new round starts.
    const oldToken = tokenFrom(first.email, 'act');
    const resubmitted = await h.fetchPut(`/api/agreements/${m.id}`, memorandumBody({ summary: 'Second draft, with places.' }), faculty);
    expect(resubmitted.status).toBe(200);
    expect(((await resubmitted.json()) as { status: string }).status).toBe('in_review');
    const stale = await h.post('/api/actions/decide', { token: oldToken, decision: 'approve', snapshotHash: first.shown.snapshotHash });
    expect(stale.status).toBe(409);

    // Round 2 starts again at the international office, with a new link; then the others in turn.
    const linksIn = async (address: string) => (await h.emailsTo(address)).filter((e) => e.subject.includes(m.reference) && /\/act#t=/.test(e.body.text ?? ''));
    const expected: Record<string, number> = { 'iro@uni.example': 2, 'legal@uni.example': 1, 'vicerector@uni.example': 1, 'rector@uni.example': 1 };
    for (const [approver, count] of Object.entries(expected)) {
      await expect.poll(async () => (await linksIn(approver)).length, { timeout: 15_000 }).toBe(count);
      const token = tokenFrom((await linksIn(approver)).at(-1)!, 'act');
      const preview = (await (await h.post('/api/actions/preview', { token })).json()) as { snapshotHash: string };
      const res = await h.post('/api/actions/decide', { token, decision: 'approve', snapshotHash: preview.snapshotHash });
      expect(res.status, await res.clone().text()).toBe(200);
    }
    const read = (await (await h.get(`/api/agreements/${m.id}`, { cookie: faculty })).json()) as { status: string; review: { round: number } };
    expect(read.status).toBe('approved');
    expect(read.review.round).toBe(2);
  });
});
