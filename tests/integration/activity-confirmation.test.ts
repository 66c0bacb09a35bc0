/**
 * The confirmation of what faculty members record, against DynamoDB Local: with the office's
 * setting on, a faculty member's activity is proposed and counted by no report until its
 * confirmer (the faculty's dean, or the office) confirms it; returned with a comment (none is a
 * 400), its faculty edits it and it is proposed again; a stale answer is a 409 with the current
 * activity; someone who is not its confirmer gets 403; the setting is the administrators', against
 * its version; garbage to the new routes is a 4xx. A proposal is emailed to its confirmer (in their
 * language, with the console's activities page), and the answer to who recorded it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exampleOf } from '../../shared/schemas/common';
import { ActivityInputSchema, type Activity, type ActivityConfirmationSetting } from '../../shared/schemas/activity';
import { describeBadInput, type BodyRoute } from '../support/bad-input';
import { startHarness, to, type Harness } from '../support/harness';

let h: Harness;
let admin: string;
let iro: string;
let physics: string;
let dean: string;
let economics: string;
let proposed: Activity;

/** A year of its own, so the report counts only this file's activities. */
const body = (overrides: Record<string, unknown> = {}) => ({ ...(exampleOf(ActivityInputSchema) as Record<string, unknown>), startDate: '2031-03-02', endDate: '2031-03-03', ...overrides });
const json = async <T>(res: Response) => (await res.json()) as T;
const counted = async () => (await json<{ total: number }>(await h.get('/api/reports/activities?years=2031', { cookie: iro }))).total;
const setting = async () => json<ActivityConfirmationSetting>(await h.get('/api/settings/activity-confirmation', { cookie: iro }));
const setConfirmer = async (confirmer: string) => {
  const res = await h.fetchPut('/api/settings/activity-confirmation', { confirmer, version: (await setting()).version }, admin);
  expect(res.status).toBe(200);
};

beforeAll(async () => {
  h = await startHarness('activity-confirmation');
  admin = await h.signIn('admin@uni.example');
  const added = await h.post(
    '/api/people',
    { email: 'economist@uni.example', name: 'Nodira Yusupova', faculty: 'economics', roles: [{ role: 'submitter', scope: { type: 'faculty', faculty: 'economics' } }] },
    { cookie: admin },
  );
  expect(added.status).toBe(201);
  iro = await h.signIn('iro@uni.example');
  physics = await h.signIn('faculty@uni.example');
  dean = await h.signIn('dean.physics@uni.example');
  economics = await h.signIn('economist@uni.example');
});
afterAll(() => h?.stop());

describe('the setting', () => {
  it('is nobody at version 0 until an administrator sets it; the office may read it but not change it', async () => {
    expect(await setting()).toEqual({ confirmer: 'nobody', version: 0 });
    expect((await h.fetchPut('/api/settings/activity-confirmation', { confirmer: 'dean', version: 0 }, iro)).status).toBe(403);
    expect((await h.get('/api/settings/activity-confirmation', { cookie: physics })).status).toBe(403);
  });

  it('records a faculty member’s activity at once while nobody confirms', async () => {
    const res = await h.post('/api/activities', body({ title: 'Counted at once' }), { cookie: physics });
    expect(res.status).toBe(201);
    const recorded = await json<Activity>(res);
    expect(recorded).toMatchObject({ status: 'recorded' });
    expect(recorded.confirmer).toBeUndefined();
    expect(await counted()).toBe(1);
  });

  it('answers a change made against an older version with 409 and the current setting', async () => {
    await setConfirmer('dean');
    const stale = await h.fetchPut('/api/settings/activity-confirmation', { confirmer: 'office', version: 0 }, admin);
    expect(stale.status).toBe(409);
    expect(await json<{ error: string; setting: ActivityConfirmationSetting }>(stale)).toMatchObject({ error: 'setting_changed', setting: { confirmer: 'dean', version: 1 } });
  });
});

describe('confirmed by the faculty’s dean', () => {
  beforeAll(async () => {
    const res = await h.post('/api/activities', body({ title: 'Proposed by physics' }), { cookie: physics });
    expect(res.status).toBe(201);
    proposed = await json<Activity>(res);
  });

  it('proposes a faculty member’s activity to the dean and leaves it out of the report, while the office’s own counts at once', async () => {
    expect(proposed).toMatchObject({ status: 'proposed', confirmer: 'dean', version: 1 });
    const office = await json<Activity>(await h.post('/api/activities', body({ title: 'The office’s own' }), { cookie: iro }));
    expect(office.status).toBe('recorded');
    expect(await counted()).toBe(2);
    const listed = await json<{ activities: Activity[] }>(await h.get('/api/activities?year=2031&status=proposed', { cookie: dean }));
    expect(listed.activities.map((a) => a.title)).toEqual(['Proposed by physics']);
  });

  it('emails the proposal to the faculty’s dean in her language (Russian), naming the activity, its proposer and the console’s activities page', async () => {
    const mail = await h.waitForEmail((e) => to('dean.physics@uni.example')(e) && e.subject === 'На подтверждение: Гостевая лекция «Proposed by physics»', 'the dean’s proposal email');
    const text = mail.body.text ?? '';
    for (const part of ['Aziz Rakhimov <faculty@uni.example>', 'Физический факультет', '2 марта 2031 г.', `${h.url}/office/activities?activity=${proposed.id}`]) expect(text, part).toContain(part);
    // A signed-in page, not a one-time link: confirming needs a session.
    expect(text).not.toMatch(/#t=/);
  });

  it('refuses another faculty’s member, the office and the proposer themselves with 403', async () => {
    for (const cookie of [economics, iro, physics]) expect((await h.post(`/api/activities/${proposed.id}/confirm`, { version: 1 }, { cookie })).status).toBe(403);
  });

  it('answers a return without a comment with 400 on the comment', async () => {
    const res = await h.post(`/api/activities/${proposed.id}/return`, { version: 1 }, { cookie: dean });
    expect(res.status).toBe(400);
    expect((await json<{ fields: { path: string }[] }>(res)).fields.map((f) => f.path)).toEqual(['comment']);
  });

  it('returns it with a comment; its faculty reads the comment, edits it, and it is proposed again', async () => {
    const returned = await h.post(`/api/activities/${proposed.id}/return`, { version: 1, comment: 'Add the number of students.' }, { cookie: dean });
    expect(returned.status).toBe(200);
    const read = await json<Activity>(await h.get(`/api/activities/${proposed.id}`, { cookie: physics }));
    expect(read).toMatchObject({ status: 'returned', version: 2, decisions: [{ decision: 'returned', comment: 'Add the number of students.', by: { email: 'dean.physics@uni.example' } }] });
    const edited = await h.fetchPut(`/api/activities/${proposed.id}`, { ...body({ title: 'Proposed by physics' }), participants: { incoming: 1, outgoing: 0, students: 40 }, version: 2 }, physics);
    expect(edited.status).toBe(200);
    expect(await json<Activity>(edited)).toMatchObject({ status: 'proposed', version: 3 });
    expect(await counted()).toBe(2);
  });

  it('emails the return, with its comment, to who recorded it, and the edit to the dean again', async () => {
    const returned = await h.waitForEmail((e) => to('faculty@uni.example')(e) && e.subject === 'Returned: Guest lecture “Proposed by physics”', 'the return email');
    expect(returned.body.text).toContain('Add the number of students.');
    expect(returned.body.text).toContain(`${h.url}/office/activities?activity=${proposed.id}`);
    await h.waitForEmail((e) => to('dean.physics@uni.example')(e) && e.subject === 'Повторно на подтверждение: Гостевая лекция «Proposed by physics»', 'the dean’s second proposal email');
  });

  it('answers a confirmation of an older version with 409 and the current activity', async () => {
    const stale = await h.post(`/api/activities/${proposed.id}/confirm`, { version: 2 }, { cookie: dean });
    expect(stale.status).toBe(409);
    expect(await json<{ error: string; activity: Activity }>(stale)).toMatchObject({ error: 'activity_changed', activity: { version: 3, status: 'proposed' } });
  });

  it('counts it once the dean confirms it, and answers a second confirmation with 409', async () => {
    const confirmed = await h.post(`/api/activities/${proposed.id}/confirm`, { version: 3 }, { cookie: dean });
    expect(confirmed.status).toBe(200);
    expect(await json<Activity>(confirmed)).toMatchObject({ status: 'recorded', version: 4 });
    expect(await counted()).toBe(3);
    const again = await h.post(`/api/activities/${proposed.id}/confirm`, { version: 4 }, { cookie: dean });
    expect(again.status).toBe(409);
    expect((await json<{ error: string }>(again)).error).toBe('activity_not_proposed');
    await h.waitForEmail((e) => to('faculty@uni.example')(e) && e.subject === 'Confirmed: Guest lecture “Proposed by physics”', 'the confirmation email');
  });

  it('emails each proposal and answer once: two for the dean, two for the recorder', async () => {
    await h.settle();
    const about = (address: string) => async () => (await h.emailsTo(address)).filter((e) => e.subject.includes('«Proposed by physics»') || e.subject.includes('“Proposed by physics”')).length;
    expect(await about('dean.physics@uni.example')()).toBe(2);
    expect(await about('faculty@uni.example')()).toBe(2);
  });

  it('refuses a proposal to the dean of a faculty that has none with 409', async () => {
    const res = await h.post('/api/activities', body({ faculty: 'economics', partnerIds: [], agreementId: undefined, description: 'A seminar of our own.' }), { cookie: economics });
    expect(res.status).toBe(409);
    expect((await json<{ error: string }>(res)).error).toBe('no_confirmer');
  });
});

describe('confirmed by the office', () => {
  it('proposes to the office, which confirms it; the dean may not', async () => {
    await setConfirmer('office');
    const mine = await json<Activity>(await h.post('/api/activities', body({ title: 'For the office' }), { cookie: physics }));
    expect(mine).toMatchObject({ status: 'proposed', confirmer: 'office' });
    // The office's people are emailed, not the dean.
    await h.waitForEmail((e) => to('iro@uni.example')(e) && e.subject === 'Activity to confirm: Guest lecture “For the office”', 'the office’s proposal email');
    expect((await h.post(`/api/activities/${mine.id}/confirm`, { version: 1 }, { cookie: dean })).status).toBe(403);
    const confirmed = await h.post(`/api/activities/${mine.id}/confirm`, { version: 1 }, { cookie: iro });
    expect(confirmed.status).toBe(200);
    expect(await counted()).toBe(4);
  });

  it('answers an unknown activity with 404', async () => {
    expect((await h.post('/api/activities/no-such-activity/confirm', { version: 1 }, { cookie: iro })).status).toBe(404);
  });

  it('tells the office, by email with the reason, that a proposed activity its faculty cancelled has nothing left to confirm', async () => {
    const mine = await json<Activity>(await h.post('/api/activities', body({ title: 'To be called off' }), { cookie: physics }));
    expect(mine).toMatchObject({ status: 'proposed', confirmer: 'office' });
    const cancelled = await h.post(`/api/activities/${mine.id}/cancel`, { version: 1, reason: 'The guest cannot travel.' }, { cookie: physics });
    expect(cancelled.status).toBe(200);
    const mail = await h.waitForEmail((e) => to('iro@uni.example')(e) && e.subject === 'Cancelled, nothing to confirm: Guest lecture “To be called off”', 'the office’s cancellation email');
    for (const part of ['Aziz Rakhimov <faculty@uni.example>', 'The guest cannot travel.', `${h.url}/office/activities?activity=${mine.id}`]) expect(mail.body.text, part).toContain(part);
  });

  it('emails nobody when an activity is cancelled after its confirmation', async () => {
    const mine = await json<Activity>(await h.post('/api/activities', body({ title: 'Confirmed, then called off' }), { cookie: physics }));
    expect((await h.post(`/api/activities/${mine.id}/confirm`, { version: 1 }, { cookie: iro })).status).toBe(200);
    expect((await h.post(`/api/activities/${mine.id}/cancel`, { version: 2, reason: 'Called off.' }, { cookie: physics })).status).toBe(200);
    await h.waitForEmail((e) => to('faculty@uni.example')(e) && e.subject === 'Confirmed: Guest lecture “Confirmed, then called off”', 'the confirmation email');
    await h.settle();
    const cancellations = (await h.emailsTo('iro@uni.example')).filter((e) => e.subject.includes('“Confirmed, then called off”') && e.subject.startsWith('Cancelled'));
    expect(cancellations).toEqual([]);
  });
});

const routes: BodyRoute[] = [
  { name: '/api/activities/:id/confirm', method: 'POST', path: () => `/api/activities/${proposed.id}/confirm`, valid: () => ({ version: 1, comment: 'Thank you.' }), cookie: () => dean },
  { name: '/api/activities/:id/return', method: 'POST', path: () => `/api/activities/${proposed.id}/return`, valid: () => ({ version: 1, comment: 'Why.' }), cookie: () => dean },
  { name: '/api/settings/activity-confirmation', method: 'PUT', path: () => '/api/settings/activity-confirmation', valid: () => ({ confirmer: 'office', version: 99 }), cookie: () => admin },
];
describeBadInput(() => h, routes);
