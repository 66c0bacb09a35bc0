/** Magic-link sign-in, sessions, rate limits and who sees what. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nominationBody, startHarness, to, tokenFrom, type Harness } from '../support/harness';

let h: Harness;
let offsetMs = 0;

beforeAll(async () => {
  h = await startHarness('identity', { LINK_REQUESTS_PER_ADDRESS: '3', LINK_REQUESTS_PER_CLIENT: '12' }, { deps: { clock: () => new Date(Date.now() + offsetMs) } });
});
afterAll(() => h?.stop());

describe('sign-in links', () => {
  it('answer 202 for every address, but only directory addresses on allowed domains get an email', async () => {
    for (const email of ['faculty@uni.example', 'stranger@uni.example', 'faculty@elsewhere.example']) {
      expect((await h.post('/api/auth/link', { email })).status).toBe(202);
    }
    await h.waitForEmail(to('faculty@uni.example'), 'the sign-in email');
    await h.settle();
    expect(await h.emailsTo('stranger@uni.example')).toHaveLength(0);
    expect(await h.emailsTo('faculty@elsewhere.example')).toHaveLength(0);
  });

  it('give a session cookie that is HttpOnly and SameSite=Lax, usable once, and sign-out ends it', async () => {
    await h.post('/api/auth/link', { email: 'iro@uni.example' });
    const mail = await h.waitForEmail(to('iro@uni.example'), 'the sign-in email');
    const token = tokenFrom(mail, 'signin');
    const res = await h.post('/api/auth/session', { token });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ email: 'iro@uni.example', name: 'Nodira Alimova', roles: [{ role: 'international_office' }] });
    const setCookie = res.headers.get('set-cookie') ?? '';
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Lax/i);
    expect(setCookie).not.toMatch(/Secure/i); // plain-http localhost
    const cookie = setCookie.split(';')[0]!;
    expect((await h.get('/api/me', { cookie })).status).toBe(200);
    expect((await h.post('/api/auth/session', { token })).status).toBe(410);
    expect((await h.post('/api/auth/signout', {}, { cookie })).status).toBe(200);
    expect((await h.get('/api/me', { cookie })).status).toBe(401);
  });

  it('expire after 15 minutes', async () => {
    await h.post('/api/auth/link', { email: 'legal@uni.example' });
    const token = tokenFrom(await h.waitForEmail(to('legal@uni.example'), 'the sign-in email'), 'signin');
    offsetMs = 16 * 60 * 1000;
    try {
      const res = await h.post('/api/auth/session', { token });
      expect(res.status).toBe(410);
      expect(((await res.json()) as { error: string }).error).toBe('link_expired');
    } finally {
      offsetMs = 0;
    }
  });

  it('are rate limited per address with 429 and Retry-After', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) statuses.push((await h.post('/api/auth/link', { email: 'rector@uni.example' })).status);
    expect(statuses).toEqual([202, 202, 202, 429]);
    const limited = await h.post('/api/auth/link', { email: 'rector@uni.example' });
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('are rate limited per client across addresses', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 14; i++) statuses.push((await h.post('/api/auth/link', { email: `nobody${i}@uni.example` })).status);
    expect(statuses).toContain(429);
  });
});

describe('who sees what', () => {
  it('a submitter lists only their own nominations; an admin lists all; others get 404 for one they may not see', async () => {
    offsetMs = 3600_000; // a new rate-limit window
    try {
      const faculty = await h.signIn('faculty@uni.example');
      const admin = await h.signIn('admin@uni.example');
      const legal = await h.signIn('legal@uni.example');
      const created = (await (await h.post('/api/nominations', nominationBody(), { cookie: faculty })).json()) as { id: string };
      const own = (await (await h.get('/api/nominations', { cookie: faculty })).json()) as { id: string }[];
      const all = (await (await h.get('/api/nominations', { cookie: admin })).json()) as { id: string }[];
      const theirs = (await (await h.get('/api/nominations', { cookie: legal })).json()) as { id: string }[];
      expect(own.map((n) => n.id)).toContain(created.id);
      expect(all.map((n) => n.id)).toContain(created.id);
      expect(theirs).toHaveLength(0);
      expect((await h.get(`/api/nominations/${created.id}`, { cookie: legal })).status).toBe(404);
      expect((await h.get(`/api/nominations/${created.id}`, { cookie: admin })).status).toBe(200);

      const partners = (await (await h.get('/api/partners', { cookie: legal })).json()) as { id: string; name: string }[];
      expect(partners.map((p) => p.name)).toEqual(expect.arrayContaining(['Osh State University', 'Wuhan University of Science and Technology']));
      const agreements = (await (await h.get('/api/agreements', { cookie: legal })).json()) as { id: string }[];
      expect(agreements.map((a) => a.id)).toEqual(expect.arrayContaining(['agr-osh-2024', 'agr-enu-2023']));
    } finally {
      offsetMs = 0;
    }
  });

  it('the submitter can withdraw; the pending approver is told and their link stops working', async () => {
    offsetMs = 2 * 3600_000;
    try {
      const faculty = await h.signIn('faculty@uni.example');
      const n = (await (await h.post('/api/nominations', nominationBody(), { cookie: faculty })).json()) as { id: string; reference: string };
      const mail = await h.waitForEmail((e) => to('head.physics@uni.example')(e) && e.subject.includes(n.reference), 'the action email');
      const res = await h.post(`/api/nominations/${n.id}/withdraw`, { reason: 'The student chose another programme.' }, { cookie: faculty });
      expect(res.status).toBe(200);
      expect(((await res.json()) as { status: string }).status).toBe('withdrawn');
      await h.waitForEmail((e) => to('head.physics@uni.example')(e) && e.subject.includes(n.reference) && e.messageId !== mail.messageId, 'the withdrawal notice');
      const preview = (await (await h.post('/api/actions/preview', { token: tokenFrom(mail, 'act') })).json()) as { choices: string[]; closed: { decision: string } };
      expect(preview.choices).toEqual([]);
      expect(preview.closed.decision).toBe('withdrawn');
      expect((await h.post(`/api/nominations/${n.id}/withdraw`, {}, { cookie: faculty })).status).toBe(409);
    } finally {
      offsetMs = 0;
    }
  });
});
