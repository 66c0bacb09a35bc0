/** Magic-link sign-in, sessions, rate limits and who sees what. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../functions/api/app';
import { findRoleHolders } from '../../functions/lib/db/directory';
import { ORIGIN_VERIFY_HEADER, VIEWER_ADDRESS_HEADER } from '../../shared/edge';
import { nominationBody, signinEmailsTo, startHarness, to, tokenFrom, type Harness } from '../support/harness';

let h: Harness;
let offsetMs = 0;

/** Past the resend window (SIGNIN_RESEND_SECONDS, 60 by default). */
const AFTER_RESEND_WINDOW_MS = 61_000;

beforeAll(async () => {
  h = await startHarness('identity', {}, { deps: { clock: () => new Date(Date.now() + offsetMs) } });
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

  it('come in the language the sign-in page was read in, when it says; else in the profile’s', async () => {
    expect((await h.post('/api/auth/link', { email: 'vicerector@uni.example', language: 'uz' })).status).toBe(202);
    const uz = await h.waitForEmail(to('vicerector@uni.example'), 'the sign-in email in Uzbek');
    expect(uz.subject).toBe('Hamkor tizimiga kirish havolasi');
    expect((await h.post('/api/auth/link', { email: 'vicerector@uni.example', language: 'xx' })).status).toBe(400);
    // Nothing about the person changed: the next link without a language follows the profile.
    offsetMs = AFTER_RESEND_WINDOW_MS;
    try {
      expect((await h.post('/api/auth/link', { email: 'vicerector@uni.example' })).status).toBe(202);
      await h.settle();
    } finally {
      offsetMs = 0;
    }
    const mails = await h.emailsTo('vicerector@uni.example');
    expect(mails.at(-1)!.subject).toBe('Your sign-in link for Hamkor');
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

  it('never lock the owner out: twenty requests for the rector in a row are all accepted, one email is sent, and the next after the resend window', async () => {
    // Prepare: a minute of its own, away from the other tests' requests.
    offsetMs = 10 * 60_000;
    try {
      // Act
      const statuses: number[] = [];
      for (let i = 0; i < 20; i++) statuses.push((await h.post('/api/auth/link', { email: 'rector@uni.example' })).status);
      await h.settle();
      const first = await signinEmailsTo(h, 'rector@uni.example');
      offsetMs += AFTER_RESEND_WINDOW_MS;
      // At the same instant, as a script would: the conditional write lets exactly one through.
      const later = await Promise.all(Array.from({ length: 5 }, () => h.post('/api/auth/link', { email: 'rector@uni.example' })));
      await h.settle();
      const second = await signinEmailsTo(h, 'rector@uni.example');

      // Assess
      expect(statuses).toEqual(Array(20).fill(202));
      expect(first).toHaveLength(1);
      expect(later.map((r) => r.status)).toEqual(Array(5).fill(202));
      expect(second).toHaveLength(2);
    } finally {
      offsetMs = 0;
    }
  });

  it('let the owner ask again at once once their link is used, for another device', async () => {
    offsetMs = 20 * 60_000;
    try {
      await h.signIn('dean.physics@uni.example');
      const before = (await signinEmailsTo(h, 'dean.physics@uni.example')).length;

      expect((await h.post('/api/auth/link', { email: 'dean.physics@uni.example' })).status).toBe(202);
      await h.settle();

      expect(await signinEmailsTo(h, 'dean.physics@uni.example')).toHaveLength(before + 1);
    } finally {
      offsetMs = 0;
    }
  });
});

describe('the per-client limit behind CloudFront', () => {
  const SECRET = 'an-origin-secret-that-only-cloudfront-knows-0123456789';
  /** API Gateway's source address behind CloudFront: the edge's, the same for every viewer. */
  const edge = { requestContext: { http: { sourceIp: '130.176.98.7' } } };

  /** The app as the Lambda runs it: the origin secret configured, and a small client limit. */
  const appBehindCloudFront = (limit: number) =>
    createApp({ ...h.deps, config: { ...h.config, originVerifySecret: SECRET, linkRequestsPerClient: limit } });
  const ask = (app: ReturnType<typeof createApp>, email: string, headers: Record<string, string>, env: unknown = edge) =>
    app.request('/api/auth/link', { method: 'POST', headers: { 'content-type': 'application/json', origin: h.config.appUrl, ...headers }, body: JSON.stringify({ email }) }, env);

  it('refuses every request without CloudFront’s origin secret, or with a wrong one', async () => {
    const app = appBehindCloudFront(300);

    const missing = await ask(app, 'nobody@uni.example', { [VIEWER_ADDRESS_HEADER]: '203.0.113.1:443' });
    const wrong = await ask(app, 'nobody@uni.example', { [ORIGIN_VERIFY_HEADER]: `${SECRET}x` });
    const health = await app.request('/api/health', {}, edge);

    expect(missing.status).toBe(403);
    expect(await missing.json()).toMatchObject({ error: 'forbidden' });
    expect(wrong.status).toBe(403);
    expect(health.status).toBe(403);
  });

  it('counts each viewer by CloudFront-Viewer-Address, so one viewer past the limit gets 429 with retryAfter while the next still gets in', async () => {
    const app = appBehindCloudFront(3);
    const from = (viewer: string) => ({ [ORIGIN_VERIFY_HEADER]: SECRET, [VIEWER_ADDRESS_HEADER]: viewer });

    const first = [];
    for (let i = 0; i < 4; i++) first.push(await ask(app, `nobody${i}@uni.example`, from(`203.0.113.10:${40000 + i}`)));
    const neighbour = await ask(app, 'nobody@uni.example', from('203.0.113.11:40000'));

    expect(first.map((r) => r.status)).toEqual([202, 202, 202, 429]);
    const body = (await first[3]!.json()) as { error: string; retryAfter: number };
    expect(body.error).toBe('rate_limited');
    expect(body.retryAfter).toBeGreaterThan(0);
    expect(Number(first[3]!.headers.get('retry-after'))).toBe(body.retryAfter);
    expect(neighbour.status).toBe(202);
  });

  it('counts an IPv6 viewer by its /64, whichever address in it each request comes from', async () => {
    const app = appBehindCloudFront(2);
    const from = (viewer: string) => ({ [ORIGIN_VERIFY_HEADER]: SECRET, [VIEWER_ADDRESS_HEADER]: viewer });

    const statuses = [];
    for (const viewer of ['2001:db8:aa:1::1:51000', '2001:db8:aa:1:ffff::2:51001', '[2001:db8:aa:1::3]:51002']) {
      statuses.push((await ask(app, 'nobody@uni.example', from(viewer))).status);
    }
    const otherNetwork = await ask(app, 'nobody@uni.example', from('2001:db8:aa:2::1:51000'));

    expect(statuses).toEqual([202, 202, 429]);
    expect(otherNetwork.status).toBe(202);
  });

  it('counts by the edge’s address, rather than not at all, should CloudFront ever send no viewer address', async () => {
    const app = appBehindCloudFront(2);
    const otherEdge = { requestContext: { http: { sourceIp: '130.176.98.8' } } };

    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await ask(app, 'nobody@uni.example', { [ORIGIN_VERIFY_HEADER]: SECRET }, otherEdge)).status);

    expect(statuses).toEqual([202, 202, 429]);
  });

  it('ignores a CloudFront-Viewer-Address a client sends without CloudFront: locally the socket’s address counts', async () => {
    const app = createApp({ ...h.deps, config: { ...h.config, linkRequestsPerClient: 2 } });
    const direct = { requestContext: { http: { sourceIp: '198.51.100.20' } } };

    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await ask(app, 'nobody@uni.example', { [VIEWER_ADDRESS_HEADER]: `192.0.2.${i}:443` }, direct)).status);

    expect(statuses).toEqual([202, 202, 429]);
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

describe('the language a person chooses', () => {
  it('is kept in their profile, with their roles, and words the emails sent to them from then on', async () => {
    // Prepare: a window of its own for the link requests (the tests above spent this client's).
    offsetMs = 3 * 3600_000;
    try {
      const cookie = await h.signIn('vicerector@uni.example');
      const before = (await (await h.get('/api/me', { cookie })).json()) as { language: string; roles: unknown[] };
      const englishLink = (await h.emailsTo('vicerector@uni.example')).at(-1)!;

      // Act
      const chosen = await h.fetchPut('/api/me/language', { language: 'uz' }, cookie);
      const again = await h.fetchPut('/api/me/language', { language: 'uz' }, cookie);
      const me = (await (await h.get('/api/me', { cookie })).json()) as { language: string; roles: unknown[] };
      const earlier = new Set((await h.emailsTo('vicerector@uni.example')).map((e) => e.messageId));
      expect((await h.post('/api/auth/link', { email: 'vicerector@uni.example' })).status).toBe(202);
      const uzbekLink = await h.waitForEmail((e) => to('vicerector@uni.example')(e) && !earlier.has(e.messageId), 'the next sign-in email');
      const holders = await findRoleHolders(h.deps.db, 'vice_rector', 'university');

      // Assess
      expect(before.language).toBe('en');
      expect(englishLink.subject).toBe('Your sign-in link for Hamkor');
      expect(chosen.status).toBe(200);
      expect(((await chosen.json()) as { language: string }).language).toBe('uz');
      expect(again.status).toBe(200);
      expect(me).toEqual({ ...before, language: 'uz' });
      expect(uzbekLink.subject).toBe('Hamkor tizimiga kirish havolasi');
      // Still the vice-rector a chain finds: the role lookup was kept with the profile.
      expect(holders).toEqual([{ email: 'vicerector@uni.example', name: 'Dilshod Ergashev' }]);
    } finally {
      offsetMs = 0;
    }
  });

  it('must be one of the three, from a signed-in person', async () => {
    offsetMs = 4 * 3600_000;
    try {
      const cookie = await h.signIn('legal@uni.example');
      const unknown = await h.fetchPut('/api/me/language', { language: 'de' }, cookie);
      const stranger = await h.fetchPut('/api/me/language', { language: 'ru' });
      const me = (await (await h.get('/api/me', { cookie })).json()) as { language: string };

      expect(unknown.status).toBe(400);
      expect(((await unknown.json()) as { fields: { path: string }[] }).fields.map((f) => f.path)).toEqual(['language']);
      expect(stranger.status).toBe(401);
      expect(me.language).toBe('en');
    } finally {
      offsetMs = 0;
    }
  });
});
