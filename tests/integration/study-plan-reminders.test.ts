/**
 * An incoming student's study plan seen from the office (issue 12, item 2): the nominations list
 * says where the plan stands (from the summary kept on the nomination in the plan's own
 * transaction) after a save, a send and the coordinator's answer; a plan sent and unanswered is
 * reminded like an approver, each reminder with a fresh link that replaces the last (410), and
 * after the last one the office is told. The scheduler, run twice at the same moment, reminds once.
 * A plan saved before the summaries existed gets its summary from the backfill, once.
 * Against DynamoDB Local and the local SES server, with the clock moved forward.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { keys } from '../../functions/lib/db/keys';
import { backfillStudyPlanSummaries } from '../../functions/lib/services/study-plans';
import { tick } from '../../functions/scheduler/tick';
import { approveSteps } from '../support/chains';
import { nominationBody, startHarness, to, type Harness, type StoredEmail } from '../support/harness';

let h: Harness;
let faculty: string;
let office: string;
let offsetMs = 0;
const DAY = 24 * 3600 * 1000;
const COORDINATOR = 'coordinator.physics@uni.example';

beforeAll(async () => {
  h = await startHarness('study-plan-reminders', { REMINDER_EVERY_DAYS: '3', ESCALATE_AFTER_REMINDERS: '2' }, { deps: { clock: () => new Date(Date.now() + offsetMs) } });
  const admin = await h.signIn('admin@uni.example');
  [faculty, office] = await Promise.all([h.signIn('faculty@uni.example'), h.signIn('iro@uni.example')]);
  const person = await h.post(
    '/api/people',
    { email: COORDINATOR, name: 'Dilnoza Karimova', language: 'en', faculty: 'physics', roles: [{ role: 'faculty_coordinator', scope: { type: 'faculty', faculty: 'physics' } }] },
    { cookie: admin },
  );
  expect(person.status, await person.clone().text()).toBe(201);
});
afterAll(() => h?.stop());

const contacts = {
  homeContact: { name: 'Aigerim Nurlanovna', email: 'international@enu.kz.example' },
  coordinator: { name: 'Yerlan Bekov', email: 'e.bekov@enu.kz.example' },
};

async function submitIncoming(i: number): Promise<{ id: string; reference: string }> {
  const nominee = { ...(nominationBody().nominee as object), name: `Dana Ospanova ${i}`, email: `dana${i}@enu.kz.example` };
  const res = await h.post('/api/nominations', nominationBody({ direction: 'incoming', nominee, incoming: contacts }), { cookie: faculty });
  expect(res.status, await res.clone().text()).toBe(201);
  return (await res.json()) as { id: string; reference: string };
}

const plan = (revision: number) => ({
  period: 'first_semester',
  courses: [{ code: 'PHY-301', title: 'Solid state physics', credits: 6, creditSystem: 'ects' }],
  revision,
});

type Summary = { status: string; current: number; revision: number; approvedVersion?: number; sentTo?: { email: string; name: string }; unanswered?: true };
type Row = { id: string; content: { direction: string }; studyPlan?: Summary };

async function rowOf(id: string): Promise<Row> {
  const res = await h.get('/api/nominations/registry', { cookie: office });
  expect(res.status).toBe(200);
  const row = ((await res.json()) as { nominations: Row[] }).nominations.find((n) => n.id === id);
  expect(row, 'the nomination is on the office’s list').toBeDefined();
  return row!;
}

const save = async (id: string, revision: number) => {
  const res = await h.fetchPut(`/api/nominations/${id}/study-plan`, plan(revision), faculty);
  expect(res.status, await res.clone().text()).toBe(200);
  return (await res.json()) as { revision: number };
};
const send = async (id: string) => {
  const res = await h.post(`/api/nominations/${id}/study-plan/send`, undefined, { cookie: office });
  expect(res.status, await res.clone().text()).toBe(200);
};
const preview = (token: string) => h.post('/api/study-plan-links/preview', { token });

const planMails = async (reference: string): Promise<StoredEmail[]> => (await h.emails()).filter((e) => to(COORDINATOR)(e) && e.subject.includes(reference));
const planToken = (mail: StoredEmail): string => /\/act#t=([A-Za-z0-9_-]{43})&k=study-plan/.exec(mail.body.text ?? '')![1]!;
async function nthLink(reference: string, n: number): Promise<string> {
  await expect.poll(async () => (await planMails(reference)).length, { timeout: 15_000 }).toBeGreaterThanOrEqual(n);
  return planToken((await planMails(reference))[n - 1]!);
}

describe('the office’s nominations list', () => {
  it('says an incoming nomination has no plan, then a draft, then sent to the coordinator, then approved; an outgoing one carries nothing', async () => {
    const n = await submitIncoming(1);
    expect((await rowOf(n.id)).studyPlan).toBeUndefined();

    const saved = await save(n.id, 0);
    expect((await rowOf(n.id)).studyPlan).toEqual({ status: 'draft', current: 1, revision: saved.revision });

    await send(n.id);
    expect((await rowOf(n.id)).studyPlan).toMatchObject({ status: 'sent', current: 1, sentTo: { email: COORDINATOR, name: 'Dilnoza Karimova' } });

    const token = await nthLink(n.reference, 1);
    const shown = (await (await preview(token)).json()) as { snapshotHash: string };
    const answered = await h.post('/api/study-plan-links/answer', { token, decision: 'approve', snapshotHash: shown.snapshotHash });
    expect(answered.status, await answered.clone().text()).toBe(200);
    expect((await rowOf(n.id)).studyPlan).toMatchObject({ status: 'approved', current: 1, approvedVersion: 1 });

    // The chain moves the nomination after the plan changed: the summary stays (the put carries what it read).
    await approveSteps(h, 'nomination', n.id);
    const row = await rowOf(n.id);
    expect(row).toMatchObject({ status: 'approved', studyPlan: { status: 'approved', approvedVersion: 1 } });

    const outgoing = await h.post('/api/nominations', nominationBody(), { cookie: faculty });
    expect(((await outgoing.json()) as Row).studyPlan).toBeUndefined();
  });
});

describe('the summaries’ backfill', () => {
  it('gives a nomination whose plan was saved before summaries existed its summary, and writes nothing the second time', async () => {
    const n = await submitIncoming(4);
    const saved = await save(n.id, 0);
    // As a table from before this version: the plan without the nomination's summary.
    await h.deps.db.doc.send(new UpdateCommand({ TableName: h.deps.db.table, Key: keys.submission('nomination', n.id), UpdateExpression: 'REMOVE studyPlan' }));
    expect((await rowOf(n.id)).studyPlan).toBeUndefined();

    const first = await backfillStudyPlanSummaries(h.deps);
    const second = await backfillStudyPlanSummaries(h.deps);

    expect(first.written).toBe(1);
    expect(second.written).toBe(0);
    expect((await rowOf(n.id)).studyPlan).toEqual({ status: 'draft', current: 1, revision: saved.revision });
  });
});

describe('a study plan sent and unanswered', () => {
  it('is reminded with a fresh link (the old one 410), once per due reminder however often the scheduler runs, and the office is told after the last', async () => {
    const n = await submitIncoming(2);
    await save(n.id, 0);
    await send(n.id);
    const first = await nthLink(n.reference, 1);

    // Not yet due: nothing.
    expect((await tick(h.deps)).studyPlans.reminded).toBe(0);

    offsetMs = 3 * DAY + 60_000;
    try {
      const [a, b] = [await tick(h.deps), await tick(h.deps)];
      expect(a.studyPlans.reminded).toBeGreaterThanOrEqual(1);
      // Run again at the same moment (the index may still list it): the plan, read again, is due in three days, so nothing more goes.
      expect(b.studyPlans.reminded).toBe(0);
      await expect.poll(async () => (await planMails(n.reference)).length, { timeout: 15_000 }).toBe(2);
      const reminder = (await planMails(n.reference)).at(-1)!;
      expect(reminder.subject).toMatch(/^Reminder 1: study plan to approve/);
      const fresh = planToken(reminder);
      expect(fresh).not.toBe(first);

      const old = await preview(first);
      expect(old.status).toBe(410);
      expect(await old.json()).toMatchObject({ error: 'link_replaced' });
      const now = await preview(fresh);
      expect(now.status).toBe(200);
      expect(((await now.json()) as { choices: string[] }).choices).toEqual(['approve', 'request_changes']);

      offsetMs = 6 * DAY + 120_000;
      expect((await tick(h.deps)).studyPlans.reminded).toBeGreaterThanOrEqual(1);
      await expect.poll(async () => (await planMails(n.reference)).length, { timeout: 15_000 }).toBe(3);

      offsetMs = 9 * DAY + 180_000;
      expect((await tick(h.deps)).studyPlans.escalated).toBeGreaterThanOrEqual(1);
      const told = await h.waitForEmail((e) => to('admin@uni.example')(e) && e.subject.includes(n.reference) && /No answer from the faculty coordinator/.test(e.subject), 'the office told of the silence');
      expect(told.body.text).toContain(COORDINATOR);
      expect(told.body.text).toContain('2 reminders were sent');

      // After the last: no more reminders, and the plan is out of the due index.
      offsetMs = 12 * DAY + 240_000;
      const after = await tick(h.deps);
      expect(after.studyPlans.reminded + after.studyPlans.escalated).toBe(0);
      const stored = await h.deps.db.doc.send(new GetCommand({ TableName: h.deps.db.table, Key: keys.studyPlan(n.id), ConsistentRead: true }));
      expect(stored.Item?.duePk).toBeUndefined();
      expect((await planMails(n.reference)).length).toBe(3);
    } finally {
      offsetMs = 0;
    }
    // Read back today (the sessions signed in today would have expired twelve days on).
    expect((await rowOf(n.id)).studyPlan).toMatchObject({ status: 'sent', unanswered: true });
    const history = ((await (await h.get(`/api/nominations/${n.id}`, { cookie: office })).json()) as { history: { type: string }[] }).history.map((e) => e.type);
    expect(history.filter((t) => t === 'study_plan_reminded')).toHaveLength(2);
    expect(history).toContain('study_plan_unanswered');
  });

  it('changed before the coordinator answered is a draft again, and a draft is not reminded', async () => {
    const n = await submitIncoming(3);
    const first = await save(n.id, 0);
    await send(n.id);
    await nthLink(n.reference, 1);
    // Changed before the coordinator answered: a draft again, no reminder due for it, out of the due index.
    await save(n.id, first.revision + 1);
    const stored = await h.deps.db.doc.send(new GetCommand({ TableName: h.deps.db.table, Key: keys.studyPlan(n.id), ConsistentRead: true }));
    expect(stored.Item).toMatchObject({ status: 'draft' });
    expect(stored.Item?.dueAt).toBeUndefined();
    offsetMs = 3 * DAY + 60_000;
    try {
      await tick(h.deps);
      // Only the first email: a draft is not reminded.
      await new Promise((r) => setTimeout(r, 500));
      expect((await planMails(n.reference)).length).toBe(1);
    } finally {
      offsetMs = 0;
    }
    expect((await rowOf(n.id)).studyPlan).toMatchObject({ status: 'draft' });
  });
});
