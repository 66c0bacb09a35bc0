/**
 * Every route given garbage: malformed JSON, wrong types, missing fields, over-long strings and
 * an oversize body. Each answer is a 4xx with field errors where there are fields; never a 5xx.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_BODY_BYTES } from '../../functions/api/app';
import { memorandumBody, nominationBody, startHarness, type Harness } from '../support/harness';

let h: Harness;
let cookie: string;
let nominationId: string;
let memorandumId: string;

beforeAll(async () => {
  h = await startHarness('bad-input');
  cookie = await h.signIn('faculty@uni.example');
  nominationId = ((await (await h.post('/api/nominations', nominationBody(), { cookie })).json()) as { id: string }).id;
  memorandumId = ((await (await h.post('/api/agreements', memorandumBody(), { cookie })).json()) as { id: string }).id;
});
afterAll(() => h?.stop());

type Route = { name: string; method: 'POST' | 'PUT'; path: () => string; valid: () => unknown };

const routes: Route[] = [
  { name: '/api/auth/link', method: 'POST', path: () => '/api/auth/link', valid: () => ({ email: 'someone@uni.example' }) },
  { name: '/api/auth/session', method: 'POST', path: () => '/api/auth/session', valid: () => ({ token: 'x'.repeat(43) }) },
  { name: '/api/nominations', method: 'POST', path: () => '/api/nominations', valid: () => nominationBody() },
  { name: '/api/nominations/:id', method: 'PUT', path: () => `/api/nominations/${nominationId}`, valid: () => nominationBody() },
  { name: '/api/nominations/:id/withdraw', method: 'POST', path: () => `/api/nominations/${nominationId}/withdraw`, valid: () => ({ reason: 'x' }) },
  { name: '/api/agreements', method: 'POST', path: () => '/api/agreements', valid: () => memorandumBody() },
  { name: '/api/agreements/:id', method: 'PUT', path: () => `/api/agreements/${memorandumId}`, valid: () => memorandumBody() },
  { name: '/api/agreements/:id/withdraw', method: 'POST', path: () => `/api/agreements/${memorandumId}/withdraw`, valid: () => ({ reason: 'x' }) },
  { name: '/api/actions/preview', method: 'POST', path: () => '/api/actions/preview', valid: () => ({ token: 'x'.repeat(43) }) },
  { name: '/api/actions/decide', method: 'POST', path: () => '/api/actions/decide', valid: () => ({ token: 'x'.repeat(43), decision: 'approve', snapshotHash: 'a'.repeat(64) }) },
  { name: '/api/actions/refresh', method: 'POST', path: () => '/api/actions/refresh', valid: () => ({ token: 'x'.repeat(43) }) },
];

function send(route: Route, body: string, contentType = 'application/json') {
  return fetch(`${h.url}${route.path()}`, { method: route.method, headers: { 'content-type': contentType, origin: h.url, cookie }, body });
}

/** Replaces every string leaf with a number, every number with a string, every array with an object. */
function wrongTypes(value: unknown): unknown {
  if (typeof value === 'string') return 12345;
  if (typeof value === 'number') return 'twelve';
  if (Array.isArray(value)) return { notAnArray: true };
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, wrongTypes(v)]));
  return 'wrong';
}

/** Makes every string leaf too long for its field (yet the body stays under the size cap). */
function overLong(value: unknown): unknown {
  if (typeof value === 'string') return 'x'.repeat(2100);
  if (Array.isArray(value)) return value.map(overLong);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, overLong(v)]));
  return value;
}

describe.each(routes.map((r) => [`${r.method} ${r.name}`, r] as const))('%s', (_name, route) => {
  it('answers malformed JSON with 400 and a field error', async () => {
    const res = await send(route, '{"email": "unterminated');
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: string; fields: unknown[] };
    expect(body.error).toBe('validation_failed');
    expect(body.fields.length).toBeGreaterThan(0);
  });

  it('answers wrong types with 400 listing the fields', async () => {
    const res = await send(route, JSON.stringify(wrongTypes(route.valid())));
    expect(res.status).toBe(400);
    const body = (await res.json()) as { fields: { path: string; message: string }[] };
    expect(body.fields.length).toBeGreaterThan(0);
    expect(body.fields.every((f) => typeof f.message === 'string')).toBe(true);
  });

  it('answers missing fields with 400, or accepts an empty body where every field is optional', async () => {
    const res = await send(route, '{}');
    if (route.path().endsWith('/withdraw')) {
      expect(res.status).toBeLessThan(500);
    } else {
      expect(res.status).toBe(400);
      expect(((await res.json()) as { fields: unknown[] }).fields.length).toBeGreaterThan(0);
    }
  });

  it('answers over-long strings with 400', async () => {
    const res = await send(route, JSON.stringify(overLong(route.valid())));
    expect(res.status).toBe(400);
  });

  it('answers an oversize body with 413', async () => {
    const res = await send(route, JSON.stringify({ padding: 'x'.repeat(MAX_BODY_BYTES + 10) }));
    expect(res.status).toBe(413);
  });

  it('answers a non-JSON array or scalar body with 400', async () => {
    for (const body of ['[]', '42', 'null', '"text"']) {
      const res = await send(route, body);
      expect(res.status).toBeGreaterThanOrEqual(400);
      expect(res.status).toBeLessThan(500);
    }
  });
});

describe('routes with ids and no bodies', () => {
  it('answer an unknown or malformed id with 404 or 400, never 500', async () => {
    for (const path of ['/api/nominations/does-not-exist', '/api/agreements/does-not-exist', '/api/nominations/%E2%9C%93bad', `/api/nominations/${'x'.repeat(200)}`]) {
      const res = await h.get(path, { cookie });
      expect([400, 404]).toContain(res.status);
    }
  });

  it('answer a missing session with 401', async () => {
    for (const path of ['/api/me', '/api/partners', '/api/agreements', '/api/nominations', '/api/faculties']) {
      expect((await h.get(path)).status).toBe(401);
    }
    expect((await h.get('/api/me', { cookie: 'hamkor_session=forged' })).status).toBe(401);
  });

  it('refuse a cross-site form post (CSRF) with 403', async () => {
    const res = await fetch(`${h.url}/api/nominations`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'https://evil.example', cookie },
      body: 'a=b',
    });
    expect(res.status).toBe(403);
  });

  it('answer an unknown route with a JSON 404', async () => {
    const res = await h.get('/api/no-such-thing');
    expect(res.status).toBe(404);
    expect(((await res.json()) as { error: string }).error).toBe('not_found');
  });
});

describe('a chain step no one can decide', () => {
  it('is a 400 naming the step, and takes no reference number', async () => {
    const res = await h.post('/api/nominations', nominationBody({ nominee: { ...(nominationBody().nominee as object), department: 'theoretical-physics' } }), { cookie });
    expect(res.status).toBe(400);
    const body = (await res.json()) as { message: string; fields: { path: string; message: string }[] };
    expect(body.message).toContain('"department"');
    expect(body.fields[0]!.message).toContain('head_of_department');
    const next = (await (await h.post('/api/nominations', nominationBody(), { cookie })).json()) as { reference: string };
    expect(next.reference).toMatch(/-0002$/); // the first nomination of beforeAll had 0001
  });
});
