/**
 * An incoming student's study plan (issue 12, item 2): saved, sent to the host faculty's
 * coordinator, approved through the link found in the local SES mailbox; changed after the
 * arrival as version 2 with a diff, which voids the old link; a request for changes needs a
 * comment; only an incoming nomination has one, and only those who see the nomination read it;
 * and garbage for every new route. Against DynamoDB Local and the local SES server.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeBadInput } from '../support/bad-input';
import { approveSteps } from '../support/chains';
import { nominationBody, startHarness, to, type Harness, type StoredEmail } from '../support/harness';

let h: Harness;
let faculty: string;
let office: string;
let admin: string;
const COORDINATOR = 'coordinator.physics@uni.example';

beforeAll(async () => {
  h = await startHarness('study-plans');
  [faculty, office, admin] = await Promise.all([h.signIn('faculty@uni.example'), h.signIn('iro@uni.example'), h.signIn('admin@uni.example')]);
});
afterAll(() => h?.stop());

const contacts = {
  homeContact: { name: 'Aigerim Nurlanovna', email: 'international@enu.kz.example' },
  coordinator: { name: 'Yerlan Bekov', email: 'e.bekov@enu.kz.example' },
};

async function submitIncoming(i: number): Promise<{ id: string; reference: string }> {
  const nominee = { ...(nominationBody().nominee as object), name: `Aruzhan Serikova ${i}`, email: `aruzhan${i}@enu.kz.example` };
  const res = await h.post('/api/nominations', nominationBody({ direction: 'incoming', nominee, incoming: contacts }), { cookie: faculty });
  expect(res.status).toBe(201);
  return (await res.json()) as { id: string; reference: string };
}

const courses = [
  { code: 'PHY-301', title: 'Solid state physics', credits: 6, creditSystem: 'ects' },
  { code: 'PHY 214', title: 'Optics laboratory', credits: 4, creditSystem: 'local', ectsCredits: 5 },
  { code: 'UZB-101', title: 'Uzbek for beginners', credits: 3, creditSystem: 'ects' },
];
const plan = (revision: number, overrides: Record<string, unknown> = {}) => ({ period: 'first_semester', courses, note: 'Timetable to be confirmed.', revision, ...overrides });

type PlanAnswer = { status: string; revision: number; current: number; totals: { ects: number; local: number; courses: number }; version: { number: number; approval?: { name: string; at: string; snapshotHash: string } } };
type Preview = { snapshotHash: string; choices: string[]; studyPlan: { planVersion: number; nominee: string; totals: { ects: number } }; closed?: Record<string, unknown> };

const put = async (id: string, body: unknown, cookie = faculty) => {
  const res = await h.fetchPut(`/api/nominations/${id}/study-plan`, body, cookie);
  return { status: res.status, body: (await res.json()) as PlanAnswer & Record<string, unknown> };
};
const send = async (id: string, cookie = office) => {
  const res = await h.post(`/api/nominations/${id}/study-plan/send`, undefined, { cookie });
  return { status: res.status, body: (await res.json()) as PlanAnswer & Record<string, unknown> };
};
const preview = async (token: string) => {
  const res = await h.post('/api/study-plan-links/preview', { token });
  return { status: res.status, body: (await res.json()) as Preview & Record<string, unknown> };
};
const answer = async (token: string, body: Record<string, unknown>) => {
  const res = await h.post('/api/study-plan-links/answer', { token, ...body });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
};

const planMails = async (reference: string): Promise<StoredEmail[]> => (await h.emails()).filter((e) => to(COORDINATOR)(e) && e.subject.includes(reference));
const planToken = (mail: StoredEmail): string => /\/act#t=([A-Za-z0-9_-]{43})&k=study-plan/.exec(mail.body.text ?? '')![1]!;
async function nthLink(reference: string, n: number): Promise<string> {
  await expect.poll(async () => (await planMails(reference)).length, { timeout: 15_000 }).toBeGreaterThanOrEqual(n);
  return planToken((await planMails(reference))[n - 1]!);
}

describe('a study plan', () => {
  let n: { id: string; reference: string };

  beforeAll(async () => {
    n = await submitIncoming(1);
  });

  it('is saved as version 1 with its totals, and cannot be sent while the host faculty has no coordinator (409)', async () => {
    const saved = await put(n.id, plan(0));
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    expect(saved.body).toMatchObject({ status: 'draft', revision: 1, current: 1, totals: { ects: 14, local: 4, courses: 3 } });

    const nobody = await send(n.id);
    expect(nobody.status).toBe(409);
    expect(nobody.body).toMatchObject({ error: 'no_coordinator', role: 'faculty_coordinator', faculty: 'physics' });
    expect(String(nobody.body.message)).toContain('faculty coordinator');
  });

  it('goes to the faculty coordinator by email; the link previews without changing anything, refuses changes without a comment, and approves with the snapshot hash', async () => {
    // Prepare: the physics faculty gets its coordinator (who reads Russian).
    const person = await h.post('/api/people', { email: COORDINATOR, name: 'Bobur Aliyev', language: 'ru', faculty: 'physics', roles: [{ role: 'faculty_coordinator', scope: { type: 'faculty', faculty: 'physics' } }] }, { cookie: admin });
    expect(person.status, await person.clone().text()).toBe(201);

    // Act
    const sent = await send(n.id);
    const token = await nthLink(n.reference, 1);
    const first = await preview(token);
    const second = await preview(token);
    const bare = await answer(token, { decision: 'request_changes', snapshotHash: first.body.snapshotHash });
    const blank = await answer(token, { decision: 'request_changes', comment: '  ', snapshotHash: first.body.snapshotHash });
    const approved = await answer(token, { decision: 'approve', snapshotHash: first.body.snapshotHash });

    // Assess
    expect(sent.body).toMatchObject({ status: 'sent', sentTo: { email: COORDINATOR, name: 'Bobur Aliyev' } });
    const mail = (await planMails(n.reference))[0]!;
    expect(mail.subject).toContain('Учебный план');
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ choices: ['approve', 'request_changes'], studyPlan: { planVersion: 1, nominee: 'Aruzhan Serikova 1', totals: { ects: 14 } } });
    expect(second.body.snapshotHash).toBe(first.body.snapshotHash);
    expect(bare.status).toBe(400);
    expect(bare.body.fields).toEqual([expect.objectContaining({ path: 'comment' })]);
    expect(blank.status).toBe(400);
    expect(approved).toMatchObject({ status: 200, body: { status: 'approved', decision: 'approve', planVersion: 1, decidedBy: COORDINATOR, snapshotHash: first.body.snapshotHash } });

    const read = (await (await h.get(`/api/nominations/${n.id}/study-plan`, { cookie: faculty })).json()) as PlanAnswer;
    expect(read.status).toBe('approved');
    expect(read.version.approval).toMatchObject({ name: 'Bobur Aliyev', snapshotHash: first.body.snapshotHash });
    const history = ((await (await h.get(`/api/nominations/${n.id}`, { cookie: office })).json()) as { history: { type: string; decision?: string }[] }).history;
    expect(history.map((e) => e.type)).toEqual(expect.arrayContaining(['study_plan_saved', 'study_plan_sent', 'study_plan_decided']));
    // The submitter hears the answer; the used link decides nothing more and says what it did.
    await h.waitForEmail((e) => to('faculty@uni.example')(e) && e.subject.includes(n.reference) && /study plan/i.test(e.subject), 'the submitter’s news');
    expect((await preview(token)).body).toMatchObject({ choices: [], closed: { decision: 'approve', decidedBy: COORDINATOR } });
    expect((await answer(token, { decision: 'approve', snapshotHash: first.body.snapshotHash })).status).toBe(409);
  });

  it('changed after the arrival becomes version 2 with a diff, keeps version 1 and its approval, and a newer save voids the link sent for version 2', async () => {
    // Prepare: the nomination approved and the student arrived.
    await approveSteps(h, 'nomination', n.id);
    const arrived = await h.post(`/api/nominations/${n.id}/arrival`, { arrivalDate: new Date().toISOString().slice(0, 10) }, { cookie: office });
    expect(arrived.status, await arrived.clone().text()).toBe(200);
    const before = (await (await h.get(`/api/nominations/${n.id}/study-plan`, { cookie: office })).json()) as PlanAnswer;

    // Act: one course dropped, one added, one's credits changed.
    const changed = [{ ...courses[0]!, credits: 5 }, courses[1]!, { code: 'PHY-330', title: 'Quantum optics', credits: 6, creditSystem: 'ects' }];
    const v2 = await put(n.id, plan(before.revision, { courses: changed }), office);
    const stale = await put(n.id, plan(before.revision, { courses: changed }), office);
    const versions = (await (await h.get(`/api/nominations/${n.id}/study-plan/versions`, { cookie: faculty })).json()) as {
      current: number;
      versions: { number: number; changes: { path: string; from?: unknown; to?: unknown }[]; approval?: unknown }[];
    };

    // Assess
    expect(v2.body).toMatchObject({ status: 'draft', current: 2, totals: { ects: 16 } });
    expect(stale.status).toBe(409);
    expect(stale.body).toMatchObject({ error: 'study_plan_changed', revision: v2.body.revision });
    expect(versions.current).toBe(2);
    expect(versions.versions.map((v) => v.number)).toEqual([1, 2]);
    expect(versions.versions[0]!.approval).toMatchObject({ name: 'Bobur Aliyev' });
    expect(versions.versions[1]!.approval).toBeUndefined();
    expect(versions.versions[1]!.changes).toEqual(
      expect.arrayContaining([
        { path: 'courses.PHY-301.credits', from: 6, to: 5 },
        { path: 'courses.UZB-101', from: { title: 'Uzbek for beginners', credits: 3, creditSystem: 'ects' } },
        { path: 'courses.PHY-330', to: { title: 'Quantum optics', credits: 6, creditSystem: 'ects' } },
      ]),
    );
    expect(versions.versions[1]!.changes).toHaveLength(3);

    // Version 2 goes out; a further change (version 3, the student being here) voids its link.
    expect((await send(n.id)).body).toMatchObject({ status: 'sent', current: 2 });
    const token2 = await nthLink(n.reference, 2);
    const shown = await preview(token2);
    expect(shown.body.studyPlan.planVersion).toBe(2);
    const v3 = await put(n.id, plan(v2.body.revision + 1, { courses: changed, note: 'PHY-330 confirmed.' }), office);
    expect(v3.body).toMatchObject({ current: 3, status: 'draft' });
    expect((await preview(token2)).status).toBe(410);
    const late = await answer(token2, { decision: 'approve', snapshotHash: shown.body.snapshotHash });
    expect(late).toMatchObject({ status: 410, body: { error: 'link_replaced' } });
    expect(((await (await h.get(`/api/nominations/${n.id}/study-plan`, { cookie: office })).json()) as PlanAnswer).status).toBe('draft');
  });
});

describe('who and what may have a study plan', () => {
  it('belongs to an incoming nomination only (409 with the direction), and is neither read nor written by someone outside it (404)', async () => {
    const outgoing = (await (await h.post('/api/nominations', nominationBody(), { cookie: faculty })).json()) as { id: string };
    const wrong = await put(outgoing.id, plan(0));
    expect(wrong.status).toBe(409);
    expect(wrong.body).toMatchObject({ error: 'not_incoming', direction: 'outgoing' });

    const n = await submitIncoming(2);
    const stranger = await h.signIn('legal@uni.example');
    expect((await put(n.id, plan(0), stranger)).status).toBe(404);
    expect((await put(n.id, plan(0))).status).toBe(200);
    expect((await h.get(`/api/nominations/${n.id}/study-plan`, { cookie: stranger })).status).toBe(404);
    expect((await h.get(`/api/nominations/${n.id}/study-plan/versions`, { cookie: stranger })).status).toBe(404);
    expect((await send(n.id, stranger)).status).toBe(404);
  });

  it('refuses credits that are not a number, duplicate codes and local credits without their ECTS equivalent, each with its field', async () => {
    const n = await submitIncoming(3);
    const bad = await put(n.id, plan(0, { courses: [{ ...courses[0], credits: 'six' }, { ...courses[1], ectsCredits: undefined }, { ...courses[2], code: 'phy-301' }] }));
    expect(bad.status).toBe(400);
    expect((bad.body.fields as { path: string }[]).map((f) => f.path).sort()).toEqual(['courses.0.credits', 'courses.1.ectsCredits', 'courses.2.code']);
    const empty = await put(n.id, plan(0, { courses: [] }));
    expect(empty.status).toBe(400);
  });
});

describe('garbage for the study plan’s routes', () => {
  let id = '';
  beforeAll(async () => {
    id = (await submitIncoming(4)).id;
  });

  it('answers a garbage id with 400 and an unknown one with 404, on every route, and a plan never saved with 404', async () => {
    for (const path of ['study-plan', 'study-plan/versions']) {
      expect((await h.get(`/api/nominations/not%20an%20id!/${path}`, { cookie: faculty })).status).toBe(400);
      expect((await h.get(`/api/nominations/no-such-nomination/${path}`, { cookie: faculty })).status).toBe(404);
      expect((await h.get(`/api/nominations/${id}/${path}`, { cookie: faculty })).status).toBe(404);
    }
    expect((await h.post('/api/nominations/not%20an%20id!/study-plan/send', undefined, { cookie: faculty })).status).toBe(400);
    expect((await h.post('/api/nominations/no-such-nomination/study-plan/send', undefined, { cookie: faculty })).status).toBe(404);
    expect((await send(id, faculty)).body).toMatchObject({ error: 'no_study_plan' });
    expect((await h.post('/api/nominations/no-such-nomination/study-plan/send', { garbage: [1, 2] }, { cookie: faculty })).status).toBe(404);
  });

  it('answers a forged link with 404, as an approver’s', async () => {
    expect((await preview('x'.repeat(43))).status).toBe(404);
    expect((await answer('y'.repeat(43), { decision: 'approve', snapshotHash: 'a'.repeat(64) })).status).toBe(404);
  });

  describeBadInput(() => h, [
    { cookie: () => faculty, name: '/api/nominations/:id/study-plan', method: 'PUT', path: () => `/api/nominations/${id}/study-plan`, valid: () => plan(0) },
    { name: '/api/study-plan-links/preview', method: 'POST', path: () => '/api/study-plan-links/preview', valid: () => ({ token: 'x'.repeat(43) }) },
    { name: '/api/study-plan-links/answer', method: 'POST', path: () => '/api/study-plan-links/answer', valid: () => ({ token: 'x'.repeat(43), decision: 'approve', snapshotHash: 'a'.repeat(64) }) },
  ]);
});
