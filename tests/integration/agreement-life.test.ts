/**
 * The full life of an agreement against the local services, with the clock moved forward:
 * proposed → approved through its chain → both signatures → in force → a nomination draws a
 * place → expiry reminders on the right days → expired → renewed; termination; the dormant list.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tick } from '../../functions/scheduler/tick';
import { addDaysToDate, addYearsToDate } from '../../shared/workflow';
import { approveSteps } from '../support/chains';
import { memorandumBody, nominationBody, startHarness, to, type Harness } from '../support/harness';

const DAY = 86_400_000;
let h: Harness;
let offsetDays = 0;
const today = () => new Date(Date.now() + offsetDays * DAY).toISOString().slice(0, 10);
/** Sessions last hours; the clock here jumps months, so each person signs in again on each new day. */
const sessions = new Map<string, string>();
async function as(email: string): Promise<string> {
  const key = `${email}@${offsetDays}`;
  if (!sessions.has(key)) sessions.set(key, await h.signIn(email));
  return sessions.get(key)!;
}


beforeAll(async () => {
  h = await startHarness('agreement-life', {}, { deps: { clock: () => new Date(Date.now() + offsetDays * DAY) } });
});
afterAll(() => h?.stop());

const approveChain = (kind: 'nomination' | 'memorandum', id: string) => approveSteps(h, kind, id, { now: () => new Date(Date.now() + offsetDays * DAY) });

const get = async (id: string) => (await (await h.get(`/api/agreements/${id}`, { cookie: await as('iro@uni.example') })).json()) as { status: string; renewedBy?: string; renews?: string; history: { type: string }[] };
const mailsAbout = async (reference: string, address: string) => (await h.emailsTo(address)).filter((e) => e.subject.includes(reference));

describe('an agreement’s life', () => {
  let id: string;
  let reference: string;
  let start: string;
  let end: string;

  it('is approved through its chain, then signed by both sides, and comes into force on its start date', async () => {
    start = addDaysToDate(today(), 10);
    end = addDaysToDate(addYearsToDate(start, 1), -1);
    const res = await h.post('/api/agreements', memorandumBody({ startDate: start, endDate: end, cooperationConditions: [{ type: 'student_studies', sender: 'home', mobilitiesPerYear: 2 }] }), { cookie: await as('faculty@uni.example') });
    expect(res.status).toBe(201);
    ({ id, reference } = (await res.json()) as { id: string; reference: string });
    expect((await approveChain('memorandum', id)).status).toBe('approved');

    const signature = { date: today(), signatoryName: 'Rustam Nazarov', signatoryPosition: 'Rector' };
    expect((await h.post(`/api/agreements/${id}/signatures`, { party: 'home', ...signature }, { cookie: await as('faculty@uni.example') })).status).toBe(403);
    expect((await h.post(`/api/agreements/${id}/signatures`, { party: 'home', ...signature }, { cookie: await as('iro@uni.example') })).status).toBe(200);
    const both = await h.post(`/api/agreements/${id}/signatures`, { party: 'partner', date: today(), signatoryName: 'Kanybek Izakov', signatoryPosition: 'Rector' }, { cookie: await as('iro@uni.example') });
    expect(both.status).toBe(200);
    expect(((await both.json()) as { status: string }).status).toBe('approved'); // the start date is still ahead

    offsetDays = 9;
    await tick(h.deps);
    expect((await get(id)).status).toBe('approved');
    offsetDays = 10;
    expect((await tick(h.deps)).agreements.moved).toBe(1);
    expect((await get(id)).status).toBe('active');
    const inForce = await h.waitForEmail((e) => to('faculty@uni.example')(e) && e.subject.includes(reference) && e.subject.startsWith('In force'), 'the coming into force');
    expect(inForce.body.text).toContain('now in force');
    await h.waitForEmail((e) => to('iro@uni.example')(e) && e.subject.includes(reference) && /^(In force|Kuchga kirdi|Вступило)/.test(e.subject), 'the office’s copy');
  });

  it('lets a nomination draw one of its places', async () => {
    const res = await h.post('/api/nominations', nominationBody({ agreementId: id, partnerId: memorandumBody().partnerId, academicYear: `${Number(start.slice(0, 4)) - (Number(start.slice(5, 7)) >= 9 ? 0 : 1)}/${Number(start.slice(0, 4)) + (Number(start.slice(5, 7)) >= 9 ? 1 : 0)}` }), { cookie: await as('faculty@uni.example') });
    expect(res.status, await res.clone().text()).toBe(201);
    const n = (await res.json()) as { id: string; places: { planned: number; left: number } };
    expect(n.places).toMatchObject({ planned: 2, left: 2 });
    expect((await approveChain('nomination', n.id)).status).toBe('approved');

    const places = (await (await h.get(`/api/agreements/${id}/places`, { cookie: await as('faculty@uni.example') })).json()) as { used: number; planned: number }[];
    expect(places.reduce((sum, r) => sum + r.used, 0)).toBe(1);
  });

  it('reminds the coordinator and the office 180, 90, 30 and 7 days before the end, once each, and expires on the end date', async () => {
    const daysTo = (date: string) => Math.round((Date.parse(date) - Date.parse(new Date().toISOString().slice(0, 10))) / DAY);
    const reminders = async () => (await mailsAbout(reference, 'faculty@uni.example')).filter((e) => e.subject.startsWith('Ending soon'));

    offsetDays = daysTo(addDaysToDate(end, -181));
    await tick(h.deps);
    await h.settle();
    expect(await reminders()).toHaveLength(0);

    for (const [days, count] of [[180, 1], [90, 2], [30, 3], [7, 4]] as const) {
      offsetDays = daysTo(addDaysToDate(end, -days));
      await tick(h.deps);
      await tick(h.deps); // the same day again sends nothing more
      await expect.poll(async () => (await reminders()).length, { timeout: 15_000 }).toBe(count);
      expect((await reminders()).at(-1)!.body.text).toContain(`${days} day`);
    }
    // The office's copies go out after the coordinator's: wait for them rather than race them.
    await expect.poll(async () => (await mailsAbout(reference, 'iro@uni.example')).filter((e) => /^(Ending soon|Muddati tugamoqda|Скоро)/.test(e.subject)).length, { timeout: 15_000 }).toBe(4);

    offsetDays = daysTo(end);
    await tick(h.deps);
    expect((await get(id)).status).toBe('expired');
    await h.waitForEmail((e) => to('faculty@uni.example')(e) && e.subject.startsWith('Expired') && e.subject.includes(reference), 'the expiry');
  });

  it('is renewed into a new memorandum in review, linked both ways, once', async () => {
    expect((await h.post(`/api/agreements/${id}/renewal`, {}, { cookie: await as('faculty@uni.example') })).status).toBe(403);

    const res = await h.post(`/api/agreements/${id}/renewal`, { summary: 'Renewed for another year.' }, { cookie: await as('iro@uni.example') });

    expect(res.status).toBe(201);
    const renewal = (await res.json()) as { id: string; status: string; renews: string; content: { startDate: string; summary: string } };
    expect(renewal).toMatchObject({ status: 'in_review', renews: id, content: { summary: 'Renewed for another year.' } });
    const old = await get(id);
    expect(old.renewedBy).toBe(renewal.id);
    expect(old.history.map((e) => e.type)).toContain('renewed');
    expect((await h.post(`/api/agreements/${id}/renewal`, {}, { cookie: await as('iro@uni.example') })).status).toBe(409);
  });
});

describe('termination and the dormant list', () => {
  it('shows today an agreement whose last mobility was over a year ago, and not the ones used since', async () => {
    offsetDays = 0;
    const dormant = (await (await h.get('/api/agreements/dormant', { cookie: await as('iro@uni.example') })).json()) as { id: string; lastMobilityAt: string }[];
    expect(dormant).toEqual([expect.objectContaining({ id: 'agr-enu-2023', lastMobilityAt: '2024-10-01T00:00:00.000Z' })]);
  });

  it('lists agreements in force with no mobility in 12 months, for the international office only', async () => {
    offsetDays = 400;
    expect((await h.get('/api/agreements/dormant', { cookie: await as('faculty@uni.example') })).status).toBe(403);
    const res = await h.get('/api/agreements/dormant', { cookie: await as('iro@uni.example') });
    expect(res.status).toBe(200);
    const dormant = (await res.json()) as { id: string; reference: string; lastMobilityAt: string }[];
    // The seeded agreements in force came into force when the table was seeded, more than 12 months "ago".
    expect(dormant.map((a) => a.id)).toEqual(expect.arrayContaining(['agr-osh-2024']));
    for (const a of dormant) expect(a.lastMobilityAt < addDaysToDate(today(), -365)).toBe(true);
  });

  it('lets the office fill in the signatures of an agreement imported in force, once per side, leaving it in force', async () => {
    // Prepare: the seeded WUST agreement is in force with no signature on record.
    offsetDays = 0;
    const iro = await as('iro@uni.example');
    const signature = { date: today(), signatoryName: 'Rustam Nazarov', signatoryPosition: 'Rector' };

    // Act
    const home = await h.post('/api/agreements/agr-wust-2025/signatures', { party: 'home', ...signature }, { cookie: iro });
    const again = await h.post('/api/agreements/agr-wust-2025/signatures', { party: 'home', ...signature, signatoryName: 'Someone Else' }, { cookie: iro });
    const stored = (await (await h.get('/api/agreements/agr-wust-2025', { cookie: iro })).json()) as { status: string; signatures: Record<string, { signatoryName: string }> };

    // Assess
    expect(home.status).toBe(200);
    expect(again.status).toBe(409);
    expect(stored.status).toBe('active');
    expect(stored.signatures.home?.signatoryName).toBe('Rustam Nazarov');
    expect(stored.signatures.partner).toBeUndefined();
  });

  it('does not renew an agreement whose termination is recorded', async () => {
    // Prepare: the seeded Auezov agreement, its termination to take effect in three months.
    offsetDays = 0;
    const iro = await as('iro@uni.example');
    const ending = await h.post('/api/agreements/agr-auezov-2026/termination', { reason: 'The partner closed the programme.', noticeDate: today(), effectiveDate: addDaysToDate(today(), 90) }, { cookie: iro });
    expect(ending.status).toBe(200);

    // Act
    const renewal = await h.post('/api/agreements/agr-auezov-2026/renewal', {}, { cookie: iro });

    // Assess
    expect(renewal.status).toBe(409);
    expect((await get('agr-auezov-2026')).renewedBy).toBeUndefined();
  });

  it('terminates at once or on a later effective date, with a reason', async () => {
    expect((await h.post('/api/agreements/agr-osh-2024/termination', { reason: ' ', noticeDate: today(), effectiveDate: today() }, { cookie: await as('iro@uni.example') })).status).toBe(400);
    const later = addDaysToDate(today(), 30);
    const res = await h.post('/api/agreements/agr-osh-2024/termination', { reason: 'Replaced by an Erasmus+ agreement.', noticeDate: today(), effectiveDate: later }, { cookie: await as('iro@uni.example') });
    expect(res.status).toBe(200);
    expect(((await res.json()) as { status: string }).status).toBe('active');

    offsetDays += 30;
    await tick(h.deps);
    expect((await get('agr-osh-2024')).status).toBe('terminated');
    const dormant = (await (await h.get('/api/agreements/dormant', { cookie: await as('iro@uni.example') })).json()) as { id: string }[];
    expect(dormant.map((a) => a.id)).not.toContain('agr-osh-2024');
    offsetDays = 0;
  });
});
