/**
 * "Send me a fresh link" cannot be turned against the approver (issue 14, hole 1): before, a
 * replaced link answered 202 to every request, each request mailed a new link, and each new link
 * voided the approver's live one, so a step could be kept from ever being decided. Now only the
 * approver's current link may ask, once it has expired, once per link, a few times per step; the
 * fresh link goes to the step's approver only. Against DynamoDB Local and the local SES server.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getLink } from '../../functions/lib/db/links';
import { FRESH_LINKS_PER_STEP } from '../../functions/lib/db/notices';
import { tokenHash } from '../../functions/lib/links';
import { nominationBody, startHarness, to, tokenFrom, type Harness } from '../support/harness';

let h: Harness;
let faculty: string;
let offsetMs = 0;
const DAY = 24 * 3600 * 1000;
const HEAD = 'head.physics@uni.example';

beforeAll(async () => {
  h = await startHarness('fresh-links', {}, { deps: { clock: () => new Date(Date.now() + offsetMs) } });
  faculty = await h.signIn('faculty@uni.example');
});
afterAll(() => h?.stop());

async function submitNomination(): Promise<{ id: string; reference: string }> {
  const res = await h.post('/api/nominations', nominationBody(), { cookie: faculty });
  expect(res.status).toBe(201);
  return (await res.json()) as { id: string; reference: string };
}

const actionMails = async (reference: string) => (await h.emails()).filter((e) => to(HEAD)(e) && e.subject.includes(reference) && /\/act#t=/.test(e.body.text ?? ''));

/** The `nth` link mailed to the head of department about this item (0 is the first). */
async function linkFor(reference: string, nth = 0): Promise<string> {
  await expect.poll(async () => (await actionMails(reference)).length, { timeout: 15_000 }).toBeGreaterThan(nth);
  return tokenFrom((await actionMails(reference))[nth]!, 'act');
}

const refresh = async (token: string) => {
  const res = await h.post('/api/actions/refresh', { token });
  return { status: res.status, body: (await res.json()) as { error?: string; message?: string; freshLink?: boolean } };
};

/** Runs `fn` with the clock moved past the links' life (14 days by default), and puts it back. */
async function later<T>(days: number, fn: () => Promise<T>): Promise<T> {
  offsetMs = days * DAY;
  try {
    return await fn();
  } finally {
    offsetMs = 0;
  }
}

describe('asking for a fresh approval link', () => {
  it('a replaced link mints nothing: 20 requests are 20 × 410 and not one email', async () => {
    // Prepare: the first link expires, a fresh one is asked for and arrives; the first is now replaced.
    const n = await submitNomination();
    const first = await linkFor(n.reference);
    await later(15, async () => expect((await refresh(first)).status).toBe(202));
    const second = await linkFor(n.reference, 1);
    await h.settle();
    const mailsBefore = (await actionMails(n.reference)).length;
    // Act: someone holding the replaced link presses twenty times.
    const answers = await Promise.all(Array.from({ length: 20 }, () => later(15, () => refresh(first))));
    await h.settle();
    // Assess: every answer says the link was replaced, no email went out, the live link still decides.
    expect(answers.map((a) => a.status)).toEqual(Array(20).fill(410));
    expect(answers.every((a) => a.body.error === 'link_replaced' && a.body.freshLink === false)).toBe(true);
    expect((await actionMails(n.reference)).length).toBe(mailsBefore);
    const live = await getLink(h.deps.db, tokenHash(second));
    expect(live?.voidedAt).toBeUndefined();
    const shown = (await (await h.post('/api/actions/preview', { token: second })).json()) as { snapshotHash: string };
    expect((await h.post('/api/actions/decide', { token: second, decision: 'approve', snapshotHash: shown.snapshotHash })).status).toBe(200);
  });

  it('a live link cannot ask, so nobody holding it (a forwarded email) can void the approver’s working link', async () => {
    const n = await submitNomination();
    const token = await linkFor(n.reference);
    await h.settle();
    const mailsBefore = (await actionMails(n.reference)).length;
    const answer = await refresh(token);
    await h.settle();
    expect(answer.status).toBe(409);
    expect(answer.body.error).toBe('link_live');
    expect((await getLink(h.deps.db, tokenHash(token)))?.voidedAt).toBeUndefined();
    expect((await actionMails(n.reference)).length).toBe(mailsBefore);
  });

  it('an expired link asked twenty times at once sends exactly one fresh link, to the step’s approver, and answers each press truly', async () => {
    const n = await submitNomination();
    const token = await linkFor(n.reference);
    await h.settle();
    const allBefore = (await h.emails()).length;
    const answers = await later(15, () => Promise.all(Array.from({ length: 20 }, () => refresh(token))));
    await h.settle();
    // Each press is told a link is on its way, or, once the fresh link has gone out and replaced
    // this one (the notifier may be that quick), to use the newest email. Never anything else.
    const said = answers.map((a) => `${a.status} ${a.body.error ?? ''}`.trim());
    expect(said).toContain('202');
    expect(said.filter((x) => x !== '202' && x !== '410 link_replaced')).toEqual([]);
    const mails = await actionMails(n.reference);
    expect(mails).toHaveLength(2);
    // Nothing else was sent to anybody.
    expect((await h.emails()).length).toBe(allBefore + 1);
  });

  it(`stops after ${FRESH_LINKS_PER_STEP} fresh links for one step with a 409 that says to ask the office`, async () => {
    const n = await submitNomination();
    let token = await linkFor(n.reference);
    // Each fresh link lives 14 days; asking from each one once it has expired.
    for (let i = 1; i <= FRESH_LINKS_PER_STEP; i++) {
      const answer = await later(15 * i, () => refresh(token));
      expect(answer.status).toBe(202);
      token = await linkFor(n.reference, i);
    }
    await h.settle();
    const mailsBefore = (await actionMails(n.reference)).length;
    const refused = await later(15 * (FRESH_LINKS_PER_STEP + 1), () => refresh(token));
    await h.settle();
    expect(refused.status).toBe(409);
    expect(refused.body.error).toBe('fresh_link_limit');
    expect((await actionMails(n.reference)).length).toBe(mailsBefore);
  });

  it('garbage and unknown tokens get a 400 and the unknown link’s 404', async () => {
    expect((await h.post('/api/actions/refresh', { token: 42 })).status).toBe(400);
    expect((await h.post('/api/actions/refresh', {})).status).toBe(400);
    expect((await refresh('x'.repeat(43))).status).toBe(404);
  });
});
