/**
 * Every route given garbage: malformed JSON, wrong types, missing fields, over-long strings and
 * an oversize body. Each answer is a 4xx with field errors where there are fields; never a 5xx.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeBadFile, describeBadInput, describeBadQuery, type BodyRoute, type QueryRoute } from '../support/bad-input';
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

const routes: BodyRoute[] = [
  { cookie: () => cookie, name: '/api/auth/link', method: 'POST', path: () => '/api/auth/link', valid: () => ({ email: 'someone@uni.example' }) },
  { cookie: () => cookie, name: '/api/auth/session', method: 'POST', path: () => '/api/auth/session', valid: () => ({ token: 'x'.repeat(43) }) },
  { cookie: () => cookie, name: '/api/me/language', method: 'PUT', path: () => '/api/me/language', valid: () => ({ language: 'ru' }) },
  { cookie: () => cookie, name: '/api/nominations', method: 'POST', path: () => '/api/nominations', valid: () => nominationBody() },
  { cookie: () => cookie, name: '/api/nominations/:id', method: 'PUT', path: () => `/api/nominations/${nominationId}`, valid: () => nominationBody() },
  { cookie: () => cookie, name: '/api/nominations/:id/withdraw', method: 'POST', path: () => `/api/nominations/${nominationId}/withdraw`, valid: () => ({ reason: 'x' }), emptyBodyAccepted: true },
  { cookie: () => cookie, name: '/api/agreements', method: 'POST', path: () => '/api/agreements', valid: () => memorandumBody() },
  { cookie: () => cookie, name: '/api/agreements/:id', method: 'PUT', path: () => `/api/agreements/${memorandumId}`, valid: () => memorandumBody() },
  { cookie: () => cookie, name: '/api/agreements/:id/withdraw', method: 'POST', path: () => `/api/agreements/${memorandumId}/withdraw`, valid: () => ({ reason: 'x' }), emptyBodyAccepted: true },
  { cookie: () => cookie, name: '/api/actions/preview', method: 'POST', path: () => '/api/actions/preview', valid: () => ({ token: 'x'.repeat(43) }) },
  { cookie: () => cookie, name: '/api/actions/decide', method: 'POST', path: () => '/api/actions/decide', valid: () => ({ token: 'x'.repeat(43), decision: 'approve', snapshotHash: 'a'.repeat(64) }) },
  { cookie: () => cookie, name: '/api/actions/document', method: 'POST', path: () => '/api/actions/document', valid: () => ({ token: 'x'.repeat(43), documentId: '00mhz3k9a-Qm9sZXMtYW5kLW5vdGVz' }) },
  { cookie: () => office, name: '/api/exports/workbook', method: 'POST', path: () => '/api/exports/workbook', valid: () => ({ name: 'Annual report 2025', sheets: [{ name: 'Figures', columns: ['figure', 'number'], rows: [['signed', 3]] }] }) },
  { cookie: () => cookie, name: '/api/partner-links/preview', method: 'POST', path: () => '/api/partner-links/preview', valid: () => ({ token: 'x'.repeat(43) }) },
  {
    cookie: () => cookie,
    name: '/api/partner-links/answer',
    method: 'POST',
    path: () => '/api/partner-links/answer',
    valid: () => ({ token: 'x'.repeat(43), answer: 'decline', reason: 'No supervisor.', snapshotHash: 'a'.repeat(64) }),
  },
  { cookie: () => cookie, name: '/api/actions/refresh', method: 'POST', path: () => '/api/actions/refresh', valid: () => ({ token: 'x'.repeat(43) }) },
  // The partner signatory's link (a forged token: the valid body is a 404, never a 500).
  { cookie: () => cookie, name: '/api/partner-links/sign', method: 'POST', path: () => '/api/partner-links/sign', valid: () => ({ token: 'x'.repeat(43), answer: 'request_changes', comment: 'Name our faculty.', snapshotHash: 'a'.repeat(64) }) },
  { cookie: () => cookie, name: '/api/partner-links/memorandum.pdf', method: 'POST', path: () => '/api/partner-links/memorandum.pdf', valid: () => ({ token: 'x'.repeat(43) }) },
  { cookie: () => cookie, name: '/api/partner-links/signed-copy', method: 'POST', path: () => '/api/partner-links/signed-copy', valid: () => ({ token: 'x'.repeat(43), fileName: 'signed.pdf', contentType: 'application/pdf', size: 1000 }) },
  {
    cookie: () => cookie,
    name: '/api/partner-links/signed-copy/complete',
    method: 'POST',
    path: () => '/api/partner-links/signed-copy/complete',
    valid: () => ({ token: 'x'.repeat(43), documentId: '00mhz3k9a-Qm9sZXMtYW5kLW5vdGVz', date: '2026-12-01', signatoryName: 'Zhang Min', signatoryPosition: 'President' }),
  },
];

describeBadInput(() => h, routes);

let office: string;
beforeAll(async () => {
  office = await h.signIn('iro@uni.example');
});

const queryRoutes: QueryRoute[] = [
  { cookie: () => office, name: '/api/reports/mobilities', path: '/api/reports/mobilities', valid: 'years=2026&by=direction,type' },
  { cookie: () => office, name: '/api/reports/agreements', path: '/api/reports/agreements', valid: 'view=in_force&at=2026-12-31&by=country' },
  { cookie: () => office, name: '/api/reports/places', path: '/api/reports/places', valid: 'years=2026' },
  { cookie: () => office, name: '/api/reports/balance', path: '/api/reports/balance', valid: 'from=2024&to=2026' },
  { cookie: () => office, name: '/api/reports/yearly', path: '/api/reports/yearly', valid: 'year=2026' },
  { cookie: () => office, name: '/api/reports/pending', path: '/api/reports/pending', valid: 'faculty=physics' },
  { cookie: () => office, name: '/api/exports/agreements', path: '/api/exports/agreements', valid: 'format=csv' },
  { cookie: () => office, name: '/api/nominations', path: '/api/nominations', valid: 'academicYear=2026/2027&direction=outgoing&type=teaching&faculty=physics&partner=p1&country=de&status=approved,completed' },
  { cookie: () => office, name: '/api/nominations/registry', path: '/api/nominations/registry', valid: 'academicYear=2026/2027&direction=outgoing&type=teaching&faculty=physics&partner=p1&country=de&status=approved,completed' },
  { cookie: () => office, name: '/api/exports/nominations', path: '/api/exports/nominations', valid: 'status=in_review&academicYear=2026/2027&direction=outgoing&type=teaching&faculty=physics&partner=p1&country=de&format=xlsx' },
  { cookie: () => office, name: '/api/exports/partners', path: '/api/exports/partners', valid: 'format=xlsx' },
  { cookie: () => office, name: '/api/exports/reports/mobilities', path: '/api/exports/reports/mobilities', valid: 'years=2026&by=direction&format=xlsx' },
  { cookie: () => office, name: '/api/exports/reports/agreements', path: '/api/exports/reports/agreements', valid: 'view=signed&years=2025' },
  { cookie: () => office, name: '/api/exports/reports/places', path: '/api/exports/reports/places', valid: 'years=2026' },
  { cookie: () => office, name: '/api/exports/reports/balance', path: '/api/exports/reports/balance', valid: 'years=2026' },
  { cookie: () => office, name: '/api/exports/reports/yearly', path: '/api/exports/reports/yearly', valid: 'year=2026' },
  { cookie: () => office, name: '/api/imports/template', path: '/api/imports/template', valid: 'kind=mobilities&language=ru&format=xlsx' },
  { cookie: () => office, name: '/api/agreements/:id/memorandum.docx', path: '/api/agreements/agr-osh-2024/memorandum.docx', valid: 'pair=uz' },
  { cookie: () => office, name: '/api/agreements/:id/memorandum.pdf', path: '/api/agreements/agr-osh-2024/memorandum.pdf', valid: 'pair=ru' },
];

describeBadQuery(() => h, queryRoutes);

// The imports take a file, not JSON: garbage files instead of garbage bodies.
describeBadFile(() => h, [
  { cookie: () => office, name: '/api/imports/dry-run', path: '/api/imports/dry-run?kind=mobilities' },
  { cookie: () => office, name: '/api/imports/apply', path: '/api/imports/apply?kind=agreements&validOnly=true' },
]);

// A partner's EWP IIA file: XML garbage, each a 4xx naming the problem, never a 5xx, wherever it is sent.
describe.each([
  ['/api/ewp/iias/compare', () => '/api/ewp/iias/compare'],
  ['/api/ewp/iias/agreements', () => '/api/ewp/iias/agreements?initiatingFaculty=physics'],
  ['/api/agreements/:id/ewp-approval', () => `/api/agreements/${memorandumId}/ewp-approval`],
])('POST %s', (_name, path) => {
  const garbage: [string, string | Uint8Array, number][] = [
    ['an empty body', '', 400],
    ['binary bytes', new Uint8Array([0x00, 0x01, 0xff, 0xfe, 0x41]), 400],
    ['JSON', '{"iia": 1}', 400],
    ['HTML', '<!DOCTYPE html><html><body>hi</body></html>', 400],
    ['an unclosed element', '<iias-get-response xmlns="https://github.com/erasmus-without-paper/ewp-specs-api-iias/blob/stable-v7/endpoints/get-response.xsd"><iia>', 400],
    ['nesting 10,000 deep', `${'<a>'.repeat(10_000)}${'</a>'.repeat(10_000)}`, 400],
    ['a file over 1 MB', `<a>${'x'.repeat(1024 * 1024 + 10)}</a>`, 413],
  ];
  it.each(garbage)('answers %s with a 4xx, never a 5xx', async (_what, body, status) => {
    const res = await fetch(`${h.url}${path()}`, { method: 'POST', headers: { 'content-type': 'application/xml', origin: h.url, cookie: office }, body: body as BodyInit });
    expect(res.status).toBe(status);
    expect(((await res.json()) as { message: string }).message.length).toBeGreaterThan(0);
  });
});

describe('POST /api/ewp/iias/agreements, GET /api/agreements/{id}/ewp-iia', () => {
  it('answers garbage in the creation’s query with a 400 listing the fields, never a 5xx', async () => {
    for (const query of ['iia=-1', 'iia=first', 'kind=treaty', 'partnerId=%E2%9C%93', 'unknown=1', '']) {
      const res = await fetch(`${h.url}/api/ewp/iias/agreements?${query}`, { method: 'POST', headers: { 'content-type': 'application/xml', origin: h.url, cookie: office }, body: '<a/>' });
      expect(res.status, query).toBe(400);
      expect(((await res.json()) as { fields: unknown[] }).fields.length).toBeGreaterThan(0);
    }
  });

  it('answers an EWP export of an unknown or malformed id with 404 or 400, never 500', async () => {
    for (const id of ['does-not-exist', '%E2%9C%93bad', 'x'.repeat(200)]) {
      for (const path of [`/api/agreements/${id}/ewp-iia.xml`, `/api/agreements/${id}/ewp-iia`]) expect([400, 404]).toContain((await h.get(path, { cookie: office })).status);
    }
  });
});

describe('GET /api/agreements/{id}/memorandum.docx and .pdf', () => {
  it('answer an unknown or malformed id, or a pair that is not a language of the text, with 404 or 400, never 500', async () => {
    for (const id of ['does-not-exist', '%E2%9C%93bad', 'x'.repeat(200), '..', '%00']) {
      for (const format of ['docx', 'pdf']) expect([400, 404]).toContain((await h.get(`/api/agreements/${id}/memorandum.${format}`, { cookie: office })).status);
    }
    for (const pair of ['en', 'RU', '', 'ru,uz', 'x'.repeat(5000), '%00']) {
      expect((await h.get(`/api/agreements/agr-osh-2024/memorandum.pdf?pair=${pair}`, { cookie: office })).status).toBe(400);
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
    for (const path of ['/api/me', '/api/partners', '/api/agreements', '/api/nominations', '/api/faculties', '/api/university']) {
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
