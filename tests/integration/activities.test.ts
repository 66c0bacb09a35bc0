/**
 * The registry of international activities against DynamoDB Local: recorded by the office and by
 * a faculty member for their own faculty, read, edited against a version (a stale edit is a 409
 * with the current activity), cancelled, listed with filters, counted by the report; a faculty
 * member of another faculty is refused; garbage to every body-taking route is a 4xx.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exampleOf } from '../../shared/schemas/common';
import { ActivityInputSchema, type Activity } from '../../shared/schemas/activity';
import { describeBadInput, type BodyRoute } from '../support/bad-input';
import { startHarness, type Harness } from '../support/harness';
import { loadSeed } from '../../infra/local/seed';
import { pdfBytes, uploadPdf } from '../support/documents';

let h: Harness;
let iro: string;
let physics: string;
let economics: string;
let legal: string;
let seeded: Activity;

const activityBody = (overrides: Record<string, unknown> = {}) => ({ ...(exampleOf(ActivityInputSchema) as Record<string, unknown>), ...overrides });
/** The demo seed's own activities of 2026 (a conference with Osh, a webinar series, a grant project, a delegation), listed beside the test's. */
const demo = Object.fromEntries(loadSeed().activities.map((a) => [a.kind, a.title]));
const json = async <T>(res: Response) => (await res.json()) as T;

beforeAll(async () => {
  h = await startHarness('activities');
  const admin = await h.signIn('admin@uni.example');
  const added = await h.post(
    '/api/people',
    { email: 'economist@uni.example', name: 'Nodira Yusupova', faculty: 'economics', roles: [{ role: 'submitter', scope: { type: 'faculty', faculty: 'economics' } }] },
    { cookie: admin },
  );
  expect(added.status).toBe(201);
  iro = await h.signIn('iro@uni.example');
  physics = await h.signIn('faculty@uni.example');
  economics = await h.signIn('economist@uni.example');
  legal = await h.signIn('legal@uni.example');
  seeded = await json<Activity>(await h.post('/api/activities', activityBody(), { cookie: iro }));
});
afterAll(() => h?.stop());

describe('recording an activity', () => {
  it('saves the office’s activity at version 1 and reads it back', async () => {
    expect(seeded).toMatchObject({ status: 'recorded', version: 1, kind: 'guest_lecture', createdBy: { email: 'iro@uni.example' } });
    const read = await h.get(`/api/activities/${seeded.id}`, { cookie: iro });
    expect(read.status).toBe(200);
    expect(await json<Activity>(read)).toEqual(seeded);
  });

  it('lets a faculty member record their own faculty’s activity, and refuses another faculty’s with 403', async () => {
    const own = await h.post('/api/activities', activityBody({ title: 'Physics summer school', kind: 'summer_school', format: 'physical' }), { cookie: physics });
    expect(own.status).toBe(201);
    const other = await h.post('/api/activities', activityBody({ faculty: 'economics' }), { cookie: physics });
    expect(other.status).toBe(403);
  });

  it('refuses someone with no faculty outside the office with 403', async () => {
    expect((await h.post('/api/activities', activityBody(), { cookie: legal })).status).toBe(403);
  });

  it('answers an activity with no partner and no description with 400 on the description', async () => {
    const res = await h.post('/api/activities', activityBody({ partnerIds: [], agreementId: undefined, description: undefined }), { cookie: iro });
    expect(res.status).toBe(400);
    expect((await json<{ fields: { path: string }[] }>(res)).fields.map((f) => f.path)).toContain('description');
  });

  it('answers an end before the start, an unknown currency and an unknown faculty with 400 naming each field', async () => {
    const dates = await h.post('/api/activities', activityBody({ startDate: '2026-10-14', endDate: '2026-10-12', funding: [{ source: 'Grant', amount: 10, currency: 'XYZ' }] }), { cookie: iro });
    expect(dates.status).toBe(400);
    expect((await json<{ fields: { path: string }[] }>(dates)).fields.map((f) => f.path)).toEqual(expect.arrayContaining(['endDate', 'funding.0.currency']));
    const faculty = await h.post('/api/activities', activityBody({ faculty: 'astrology' }), { cookie: iro });
    expect(faculty.status).toBe(400);
    expect((await json<{ fields: { path: string }[] }>(faculty)).fields.map((f) => f.path)).toEqual(['faculty']);
  });

  it('answers an unknown partner, and an agreement that is not with the activity’s partners, with 400', async () => {
    const partner = await h.post('/api/activities', activityBody({ partnerIds: ['no-such-university'], agreementId: undefined }), { cookie: iro });
    expect(partner.status).toBe(400);
    expect((await json<{ fields: { path: string }[] }>(partner)).fields.map((f) => f.path)).toEqual(['partnerIds.0']);
    const agreement = await h.post('/api/activities', activityBody({ partnerIds: ['enu-gumilyov'], agreementId: 'agr-osh-2024' }), { cookie: iro });
    expect(agreement.status).toBe(400);
    expect((await json<{ fields: { path: string }[] }>(agreement)).fields.map((f) => f.path)).toEqual(['agreementId']);
  });
});

describe('editing and cancelling', () => {
  it('edits against the version read, and answers a stale edit with 409 and the current activity', async () => {
    const created = await json<Activity>(await h.post('/api/activities', activityBody({ title: 'Webinar on EU grants', kind: 'webinar' }), { cookie: iro }));
    const { id: _id, status: _s, version: _v, createdAt: _c, createdBy: _cb, updatedAt: _u, updatedBy: _ub, ...form } = created;
    const edited = await h.fetchPut(`/api/activities/${created.id}`, { ...form, outcome: 'Two applications sent.', version: 1 }, physics);
    expect(edited.status).toBe(200);
    expect(await json<Activity>(edited)).toMatchObject({ version: 2, outcome: 'Two applications sent.', updatedBy: { email: 'faculty@uni.example' } });

    const stale = await h.fetchPut(`/api/activities/${created.id}`, { ...form, outcome: 'Something else', version: 1 }, iro);
    expect(stale.status).toBe(409);
    const body = await json<{ error: string; activity: Activity }>(stale);
    expect(body.error).toBe('activity_changed');
    expect(body.activity).toMatchObject({ version: 2, outcome: 'Two applications sent.' });
  });

  it('refuses a faculty member of another faculty with 403 on read, edit and cancel', async () => {
    const { id, status: _s, version, createdAt: _c, createdBy: _cb, updatedAt: _u, updatedBy: _ub, ...form } = seeded;
    expect((await h.get(`/api/activities/${id}`, { cookie: economics })).status).toBe(403);
    expect((await h.fetchPut(`/api/activities/${id}`, { ...form, version }, economics)).status).toBe(403);
    expect((await h.post(`/api/activities/${id}/cancel`, { version }, { cookie: economics })).status).toBe(403);
  });

  it('answers an unknown activity with 404', async () => {
    expect((await h.get('/api/activities/no-such-activity', { cookie: iro })).status).toBe(404);
  });

  it('cancels an activity, keeps it listed as cancelled, and refuses a second cancellation with 409', async () => {
    const created = await json<Activity>(await h.post('/api/activities', activityBody({ title: 'Delegation from Osh', kind: 'delegation_visit', format: 'physical', startDate: '2026-11-02', endDate: '2026-11-03' }), { cookie: iro }));
    const cancelled = await h.post(`/api/activities/${created.id}/cancel`, { version: 1, reason: 'The visit was postponed.' }, { cookie: iro });
    expect(cancelled.status).toBe(200);
    expect(await json<Activity>(cancelled)).toMatchObject({ status: 'cancelled', version: 2, cancellation: { reason: 'The visit was postponed.', by: { email: 'iro@uni.example' } } });
    const again = await h.post(`/api/activities/${created.id}/cancel`, { version: 2 }, { cookie: iro });
    expect(again.status).toBe(409);
    expect((await json<{ error: string }>(again)).error).toBe('activity_cancelled');
    const listed = await json<{ activities: Activity[] }>(await h.get('/api/activities?status=cancelled', { cookie: iro }));
    expect(listed.activities.map((a) => a.id)).toEqual([created.id]);
  });
});

describe('the list', () => {
  beforeAll(async () => {
    const record = (body: Record<string, unknown>) => h.post('/api/activities', activityBody(body), { cookie: iro });
    await record({ title: 'Joint lab with Wuhan', kind: 'joint_laboratory', partnerIds: ['wuhan-university-of-science-and-technology'], agreementId: 'agr-wust-2025', startDate: '2025-03-01', endDate: '2027-02-28', format: 'blended' });
    await record({ title: 'Economics conference', kind: 'conference', faculty: 'economics', partnerIds: [], agreementId: undefined, description: 'The faculty’s annual conference.', startDate: '2026-05-20', endDate: '2026-05-21', format: 'physical', funding: [{ source: 'Erasmus+', amount: 1200.5, currency: 'eur' }] });
  });

  it('filters by year, kind, faculty, partner and format', async () => {
    const list = async (query: string) => (await json<{ activities: Activity[] }>(await h.get(`/api/activities?${query}`, { cookie: iro }))).activities.map((a) => a.title);
    expect(await list('year=2025')).toEqual(['Joint lab with Wuhan']);
    expect(await list('kind=conference')).toEqual(['Economics conference', demo.conference]);
    expect(await list('faculty=economics')).toEqual([demo.delegation_visit, 'Economics conference', demo.webinar]);
    expect(await list('partner=wuhan-university-of-science-and-technology')).toEqual([demo.grant_project, 'Joint lab with Wuhan']);
    expect(await list('year=2026&format=blended')).toEqual([demo.conference, demo.grant_project]);
    expect(await list('year=2026&format=blended&kind=summer_school')).toEqual([]);
    expect(await list('year=2026&kind=guest_lecture&format=virtual')).toContain('Guest lectures in condensed-matter physics');
  });

  it('lists a faculty member their own faculty’s only, and refuses another faculty’s with 403', async () => {
    const own = await json<{ activities: Activity[] }>(await h.get('/api/activities', { cookie: economics }));
    expect(own.activities.map((a) => a.faculty)).toEqual(['economics', 'economics', 'economics']);
    expect((await h.get('/api/activities?faculty=physics', { cookie: economics })).status).toBe(403);
  });

  it('answers unknown filters and malformed values with 400 naming them', async () => {
    for (const query of ['kind=party', 'year=26', 'format=hybrid', 'colour=red', 'partner=%20']) {
      const res = await h.get(`/api/activities?${query}`, { cookie: iro });
      expect(res.status, query).toBe(400);
      expect((await json<{ fields: unknown[] }>(res)).fields.length, query).toBeGreaterThan(0);
    }
  });
});

describe('the activities report', () => {
  it('counts recorded activities by kind, year, faculty and format, with funding per currency', async () => {
    const res = await h.get('/api/reports/activities?years=2026', { cookie: iro });
    expect(res.status).toBe(200);
    const report = await json<{ total: number; byKind: { key: string; activities: number }[]; byFaculty: { key: string }[]; byFormat: { key: string }[]; byCountry: { key: string; activities: number }[]; funding: { currency: string; amount: number }[] }>(res);
    // The demo seed's four, the lecture, the physics summer school, the webinar and the conference; the cancelled delegation and the 2025 laboratory do not count.
    expect(report.total).toBe(8);
    expect(report.byKind.find((r) => r.key === 'guest_lecture')?.activities).toBe(1);
    expect(report.byFaculty.map((r) => r.key).sort()).toEqual(['economics', 'physics']);
    // By the partners' countries: Osh's conference and the lectures (KG), ENU's webinars and Auezov's delegation (KZ), Wuhan's grant (CN); the economics conference has no partner.
    expect(Object.fromEntries(report.byCountry.map((r) => [r.key, r.activities]))).toEqual({ KG: 4, KZ: 2, CN: 1 });
    expect(report.funding).toEqual([
      { currency: 'EUR', amount: 1200.5 + 398500, activities: 2 },
      { currency: 'UZS', amount: 4500000 + 42000000 + 150000000, activities: 5 },
    ]);
  });

  it('refuses a faculty member who is not a dean with 403', async () => {
    expect((await h.get('/api/reports/activities', { cookie: physics })).status).toBe(403);
  });
});

describe('an activity’s documents', () => {
  const conference = '/api/activities/act-osh-conference-2026';

  it('takes the programme and a report from a member of its faculty, lists them and serves the file as it was sent', async () => {
    // Prepare
    const bytes = pdfBytes('programme');

    // Act
    const programme = await uploadPdf(h, physics, conference, { kind: 'programme', fileName: 'Conference programme.pdf', bytes });
    await uploadPdf(h, iro, conference, { kind: 'report', fileName: 'Report to the rector.pdf' });
    const listed = await json<{ id: string; kind: string; entity: { kind: string; id: string }; uploadedBy: { email: string } }[]>(await h.get(`${conference}/documents`, { cookie: physics }));
    const link = await json<{ url: string }>(await h.get(`${conference}/documents/${programme.id}/download`, { cookie: iro }));
    const file = new Uint8Array(await (await fetch(link.url)).arrayBuffer());

    // Assess
    expect(listed.map((d) => [d.kind, d.uploadedBy.email])).toEqual([
      ['programme', 'faculty@uni.example'],
      ['report', 'iro@uni.example'],
    ]);
    expect(listed[0]!.entity).toEqual({ kind: 'activity', id: 'act-osh-conference-2026' });
    expect(file).toEqual(bytes);
  });

  it('refuses another faculty’s member with 403, a nomination’s kind of document with 400, and an unknown activity with 404', async () => {
    const declare = (cookie: string, kind: string, path = conference) => h.post(`${path}/documents`, { kind, fileName: 'photo.png', contentType: 'image/png', size: 2048 }, { cookie });
    expect((await declare(economics, 'photo')).status).toBe(403);
    expect((await h.get(`${conference}/documents`, { cookie: economics })).status).toBe(403);
    const wrongKind = await declare(physics, 'transcript');
    expect(wrongKind.status).toBe(400);
    expect((await json<{ fields: { path: string }[] }>(wrongKind)).fields.map((f) => f.path)).toEqual(['kind']);
    expect((await declare(iro, 'photo', '/api/activities/no-such-activity')).status).toBe(404);
  });
});

const routes: BodyRoute[] = [
  {
    name: '/api/activities/:id/documents',
    method: 'POST',
    path: () => '/api/activities/act-webinar-series-2026/documents',
    valid: () => ({ kind: 'photo', fileName: 'webinar.png', contentType: 'image/png', size: 2048 }),
    cookie: () => iro,
  },
  { name: '/api/activities', method: 'POST', path: () => '/api/activities', valid: () => activityBody(), cookie: () => iro },
  { name: '/api/activities/:id', method: 'PUT', path: () => `/api/activities/${seeded.id}`, valid: () => ({ ...activityBody(), version: 1 }), cookie: () => iro },
  { name: '/api/activities/:id/cancel', method: 'POST', path: () => `/api/activities/${seeded.id}/cancel`, valid: () => ({ version: 1, reason: 'Postponed.' }), cookie: () => iro },
];
describeBadInput(() => h, routes);
