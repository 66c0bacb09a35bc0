/**
 * What waits on whom (GET /api/reports/pending) against DynamoDB Local: the items in review counted
 * by the step they wait at as their chain names it, the overdue ones once a step's due date has
 * passed, a dean's own faculty only, a faculty member refused, and garbage in the query refused.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeBadQuery } from '../support/bad-input';
import { approveSteps } from '../support/chains';
import { memorandumBody, nominationBody, startHarness, type Harness } from '../support/harness';

type InReview = { at: string; faculties?: string[]; rows: { kind: string; step: string; role: string; position: number; count: number; overdue: number }[]; total: { count: number; overdue: number } };

let h: Harness;
let offsetMs = 0;
const DAY = 24 * 3600 * 1000;
let faculty: string;
let iro: string;
let dean: string;

beforeAll(async () => {
  // Sessions long enough to outlive the clock moved four days on.
  h = await startHarness('in-review', { SESSION_HOURS: String(24 * 30) }, { deps: { clock: () => new Date(Date.now() + offsetMs) } });
  [faculty, iro, dean] = await Promise.all([h.signIn('faculty@uni.example'), h.signIn('iro@uni.example'), h.signIn('dean.physics@uni.example')]);
});
afterAll(() => h?.stop());

async function inReview(cookie: string, query = ''): Promise<InReview> {
  const res = await h.get(`/api/reports/pending${query}`, { cookie });
  expect(res.status, await res.clone().text()).toBe(200);
  return (await res.json()) as InReview;
}

describe('what waits on whom', () => {
  it('is nothing before anything is submitted, not 404', async () => {
    expect(await inReview(iro)).toMatchObject({ rows: [], total: { count: 0, overdue: 0 } });
  });

  it('counts each item in review at the step it waits at, and those past the step’s due date', async () => {
    // Prepare: a nomination past its first step (now with the dean), a memorandum with the international office
    const nomination = (await (await h.post('/api/nominations', nominationBody(), { cookie: faculty })).json()) as { id: string };
    const memorandum = await h.post('/api/agreements', memorandumBody(), { cookie: faculty });
    expect(memorandum.status).toBe(201);
    await approveSteps(h, 'nomination', nomination.id, { to: 1 });

    // Act
    const now = await inReview(iro);

    // Assess
    expect(now.rows).toEqual([
      { kind: 'nomination', step: 'faculty', role: 'dean', position: 2, count: 1, overdue: 0 },
      { kind: 'memorandum', step: 'international-office', role: 'international_office', position: 1, count: 1, overdue: 0 },
    ]);
    expect(now.total).toEqual({ count: 2, overdue: 0 });
    expect(now.faculties).toBeUndefined();

    // Act: four days on, the dean's step (3 days) is past due, the office's (5 days) is not
    offsetMs = 4 * DAY;
    const later = await inReview(iro).finally(() => (offsetMs = 0));

    // Assess
    expect(later.rows.map((r) => [r.step, r.count, r.overdue])).toEqual([
      ['faculty', 1, 1],
      ['international-office', 1, 0],
    ]);
    expect(later.total).toEqual({ count: 2, overdue: 1 });
    expect(Date.parse(later.at) - Date.now()).toBeGreaterThan(3 * DAY);
  }, 120_000);

  it('shows a dean their own faculty only, and refuses another faculty', async () => {
    const own = await inReview(dean);
    expect(own.faculties).toEqual(['physics']);
    expect(own.total.count).toBe(2);
    expect((await inReview(iro, '?faculty=economics')).total.count).toBe(0);
    expect((await h.get('/api/reports/pending?faculty=economics', { cookie: dean })).status).toBe(403);
  });

  it('refuses a faculty member with 403, and anyone not signed in with 401', async () => {
    expect((await h.get('/api/reports/pending', { cookie: faculty })).status).toBe(403);
    expect((await h.get('/api/reports/pending')).status).toBe(401);
  });
});

describeBadQuery(() => h, [{ cookie: () => iro, name: '/api/reports/pending', path: '/api/reports/pending', valid: 'faculty=physics' }]);
