/**
 * Incoming students: the invitation data is kept apart and shown only to the international office
 * and the nomination's approvers (to whoever may not see the nomination, its routes answer as for an
 * unknown id); it never reaches an email, the log, the nomination or the
 * ordinary exports; the office's invitation list carries it on purpose; the arrival is recorded
 * once, on an approved incoming nomination; the scheduler deletes the data when its time is over.
 */
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { keys } from '../../functions/lib/db/keys';
import { createLogger } from '../../functions/lib/log';
import { tick } from '../../functions/scheduler/tick';
import { approveSteps, linkFor } from '../support/chains';
import { nominationBody, startHarness, type Harness } from '../support/harness';

let h: Harness;
let offsetMs = 0;
const DAY = 24 * 3600 * 1000;
const logLines: string[] = [];
let faculty: string;
let iro: string;

beforeAll(async () => {
  h = await startHarness('incoming', { LOG_LEVEL: 'debug' }, { deps: { clock: () => new Date(Date.now() + offsetMs), log: createLogger('debug', (l) => logLines.push(l)) } });
  [faculty, iro] = await Promise.all([h.signIn('faculty@uni.example'), h.signIn('iro@uni.example')]);
});
afterAll(() => h?.stop());

const contacts = {
  homeContact: { name: 'Aigerim Nurlanovna', email: 'international@enu.kz.example', phone: '+7 7172 70 95 00' },
  coordinator: { name: 'Yerlan Bekov', email: 'e.bekov@enu.kz.example' },
};

/** The example nomination, incoming (planned 2027-09-01 to 2028-01-31), for a nominee of its own. */
async function submitIncoming(i: number, name = `Incoming Student ${i}`): Promise<{ id: string; reference: string }> {
  const nominee = { ...(nominationBody().nominee as object), name, email: `incoming${i}@enu.kz.example` };
  const res = await h.post('/api/nominations', nominationBody({ direction: 'incoming', nominee, incoming: contacts }), { cookie: faculty });
  expect(res.status).toBe(201);
  return (await res.json()) as { id: string; reference: string };
}

/** A well-formed id that names no nomination. */
const UNKNOWN_ID = `${'0'.repeat(8)}-0000-0000-0000-000000000000`;

/** A refusal's words, without the request id every answer has its own of. */
const answerOf = ({ requestId: _, ...answer }: { requestId?: string }) => answer;

/** A passport number that appears nowhere else, so finding it anywhere is finding a leak. */
const passport = (i: number) => `PX${String(i).padStart(7, '0')}`;
const invitation = (i: number, passportExpiry = '2031-03-01') => ({ nationality: 'kz', dateOfBirth: '2004-05-17', passportNumber: passport(i), passportExpiry });

describe('an incoming nomination', () => {
  it('keeps its home institution’s contacts; an outgoing one may not name them', async () => {
    const n = await submitIncoming(1);
    const read = (await (await h.get(`/api/nominations/${n.id}`, { cookie: faculty })).json()) as { content: { incoming: unknown } };
    expect(read.content.incoming).toEqual(contacts);
    const outgoing = await h.post('/api/nominations', nominationBody({ incoming: contacts }), { cookie: faculty });
    expect(outgoing.status).toBe(400);
    expect(((await outgoing.json()) as { fields: { path: string }[] }).fields.map((f) => f.path)).toContain('incoming');
  });
});

describe('the invitation data', () => {
  let n: { id: string; reference: string };

  beforeAll(async () => {
    n = await submitIncoming(2, 'Aliya Serikovna');
  });

  it('is taken from the submitter with a warning, not a refusal, when the passport runs out before the planned end', async () => {
    const res = await h.fetchPut(`/api/nominations/${n.id}/invitation-data`, invitation(2, '2027-12-01'), faculty);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { nationality: string; passportNumber: string; warnings: { path: string; message: string }[] };
    expect(body).toMatchObject({ nationality: 'KZ', passportNumber: passport(2) });
    expect(body.warnings).toEqual([{ path: 'passportExpiry', message: expect.stringContaining('2028-01-31') }]);
    const fine = await h.fetchPut(`/api/nominations/${n.id}/invitation-data`, invitation(2), faculty);
    expect(((await fine.json()) as { warnings: unknown[] }).warnings).toEqual([]);
  });

  it('is refused on an outgoing nomination (409 with its state), to an approver (403), and to whoever may not see the nomination as if there were none (404)', async () => {
    const outgoing = (await (await h.post('/api/nominations', nominationBody(), { cookie: faculty })).json()) as { id: string };
    const wrong = await h.fetchPut(`/api/nominations/${outgoing.id}/invitation-data`, invitation(99), faculty);
    expect(wrong.status).toBe(409);
    expect(await wrong.json()).toMatchObject({ error: 'not_incoming', status: 'in_review', direction: 'outgoing' });
    const head = await h.signIn('head.physics@uni.example');
    expect((await h.fetchPut(`/api/nominations/${n.id}/invitation-data`, invitation(97), head)).status).toBe(403);
    // A stranger cannot tell this nomination from an id that names none.
    const stranger = await h.signIn('legal@uni.example');
    const existing = await h.fetchPut(`/api/nominations/${n.id}/invitation-data`, invitation(98), stranger);
    const unknown = await h.fetchPut(`/api/nominations/${UNKNOWN_ID}/invitation-data`, invitation(98), stranger);
    expect(existing.status).toBe(404);
    expect(unknown.status).toBe(404);
    expect(answerOf(await existing.json())).toEqual(answerOf(await unknown.json()));
    const implausible = await h.fetchPut(`/api/nominations/${n.id}/invitation-data`, { ...invitation(2), dateOfBirth: '2025-01-01' }, faculty);
    expect(implausible.status).toBe(400);
    expect(((await implausible.json()) as { fields: { path: string }[] }).fields[0]!.path).toBe('dateOfBirth');
  });

  it('is read by the international office and the nomination’s approvers; refused to the submitter (403), and to a stranger as if there were no nomination (404)', async () => {
    const path = `/api/nominations/${n.id}/invitation-data`;
    expect((await h.get(path, { cookie: iro })).status).toBe(200);
    const head = await h.signIn('head.physics@uni.example');
    const asApprover = await h.get(path, { cookie: head });
    expect(asApprover.status).toBe(200);
    expect(await asApprover.json()).toMatchObject({ passportNumber: passport(2), dateOfBirth: '2004-05-17' });
    // The submitter gave it, and is refused it back: once sent, it is the office's and the approvers'.
    expect((await h.get(path, { cookie: faculty })).status).toBe(403);
    expect((await h.get(`/api/nominations/${UNKNOWN_ID}/invitation-data`, { cookie: iro })).status).toBe(404);
    // Someone who may not see the nomination is answered as for an id that names none: the same 404.
    const outsider = await h.signIn('legal@uni.example');
    const existing = await h.get(path, { cookie: outsider });
    const unknown = await h.get(`/api/nominations/${UNKNOWN_ID}/invitation-data`, { cookie: outsider });
    expect(existing.status).toBe(404);
    expect(unknown.status).toBe(404);
    expect(answerOf(await existing.json())).toEqual(answerOf(await unknown.json()));
  });

  it('is shown on the approver’s link, outside what the receipt hashes', async () => {
    const link = await linkFor(h, 'nomination', n.id, 0);
    const preview = (await (await h.post('/api/actions/preview', { token: link.token })).json()) as { invitationData?: { passportNumber: string }; summary: { content: Record<string, unknown> } };
    expect(preview.invitationData?.passportNumber).toBe(passport(2));
    expect(JSON.stringify(preview.summary.content)).not.toContain(passport(2));
  });

  it('never reaches the nomination, its list, the ordinary export, an email or the log', async () => {
    await h.settle();
    const seen = [
      await (await h.get(`/api/nominations/${n.id}`, { cookie: iro })).text(),
      await (await h.get('/api/nominations', { cookie: iro })).text(),
      await (await h.get('/api/exports/nominations', { cookie: iro })).text(),
      JSON.stringify(await h.emails()),
      logLines.join('\n'),
    ];
    expect(seen[2]).toContain('Aliya Serikovna'); // the export did list the nomination
    expect(logLines.length).toBeGreaterThan(0); // and the log was written
    for (const text of seen) {
      expect(text).not.toContain(passport(2));
      expect(text).not.toContain('2004-05-17');
    }
    const nomination = await h.deps.db.doc.send(new GetCommand({ TableName: h.deps.db.table, Key: keys.submission('nomination', n.id) }));
    expect(JSON.stringify(nomination.Item)).not.toContain(passport(2));
  });

  it('is in the office’s invitation list (CSV, formulas defused), which nobody else may download', async () => {
    const trap = await submitIncoming(3, '=HYPERLINK("http://evil.example")');
    expect((await h.fetchPut(`/api/nominations/${trap.id}/invitation-data`, invitation(3), faculty)).status).toBe(200);
    expect((await h.get('/api/exports/invitations', { cookie: faculty })).status).toBe(403);
    const res = await h.get('/api/exports/invitations', { cookie: iro });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/csv');
    const csv = await res.text();
    expect(csv).toContain(`${n.reference},in_review,Aliya Serikovna,incoming2@enu.kz.example,KZ,2004-05-17,${passport(2)},2031-03-01`);
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"")"`);
  });
});

describe('the arrival', () => {
  it('is recorded once by the office, on an approved incoming nomination; otherwise 409 with the state', async () => {
    const n = await submitIncoming(4);
    const arrive = (id: string, cookie = iro, arrivalDate = new Date().toISOString().slice(0, 10)) => h.post(`/api/nominations/${id}/arrival`, { arrivalDate }, { cookie });
    const early = await arrive(n.id);
    expect(early.status).toBe(409);
    expect(await early.json()).toMatchObject({ error: 'wrong_status', status: 'in_review' });

    await approveSteps(h, 'nomination', n.id);
    expect((await arrive(n.id, faculty)).status).toBe(403);
    // Whoever may not see the nomination is told there is none, as for an unknown id.
    const stranger = await h.signIn('legal@uni.example');
    expect((await arrive(n.id, stranger)).status).toBe(404);
    expect((await arrive(UNKNOWN_ID, stranger)).status).toBe(404);
    expect((await arrive(n.id, iro, '2999-01-01')).status).toBe(400);
    const arrived = await arrive(n.id, iro, '2026-11-30');
    expect(arrived.status).toBe(200);
    expect(await arrived.json()).toMatchObject({ status: 'arrived', arrival: { date: '2026-11-30', by: { email: 'iro@uni.example' } } });
    const again = await arrive(n.id);
    expect(again.status).toBe(409);
    expect(await again.json()).toMatchObject({ error: 'already_arrived', status: 'arrived', arrival: { date: '2026-11-30' } });
    // A student who arrived is completed, not withdrawn; and no partner's answer comes any more.
    for (const cookie of [faculty, iro]) {
      const withdrawal = await h.post(`/api/nominations/${n.id}/withdraw`, {}, { cookie });
      expect(withdrawal.status).toBe(409);
      expect(await withdrawal.json()).toMatchObject({ error: 'wrong_status', status: 'arrived' });
    }
    const answer = await h.post(`/api/nominations/${n.id}/partner-response`, { accepted: true }, { cookie: iro });
    expect(answer.status).toBe(409);
    expect(await answer.json()).toMatchObject({ error: 'wrong_status', status: 'arrived' });
    const history = ((await (await h.get(`/api/nominations/${n.id}`, { cookie: iro })).json()) as { history: { type: string; arrivalDate?: string }[] }).history;
    expect(history).toContainEqual(expect.objectContaining({ type: 'arrived', arrivalDate: '2026-11-30' }));
    const today = new Date().toISOString().slice(0, 10);
    const completed = await h.post(`/api/nominations/${n.id}/completion`, { actualStartDate: '2026-11-30', actualEndDate: today }, { cookie: iro });
    expect(completed.status).toBe(200);
    expect(await completed.json()).toMatchObject({ status: 'completed', arrival: { date: '2026-11-30' } });

    const outgoing = (await (await h.post('/api/nominations', nominationBody(), { cookie: faculty })).json()) as { id: string };
    await approveSteps(h, 'nomination', outgoing.id);
    const notIncoming = await arrive(outgoing.id);
    expect(notIncoming.status).toBe(409);
    expect(await notIncoming.json()).toMatchObject({ error: 'not_incoming', status: 'approved' });
  });
});

describe('the retention of the invitation data', () => {
  const stored = async (id: string) => (await h.deps.db.doc.send(new GetCommand({ TableName: h.deps.db.table, Key: keys.invitationData(id), ConsistentRead: true }))).Item;

  it('deletes it 90 days after a withdrawal and two years after completion, once, and keeps it while the nomination is under way', async () => {
    const withdrawn = await submitIncoming(5);
    const completed = await submitIncoming(6);
    const underWay = await submitIncoming(7);
    const arrived = await submitIncoming(8);
    for (const [i, n] of [withdrawn, completed, underWay, arrived].entries()) {
      expect((await h.fetchPut(`/api/nominations/${n.id}/invitation-data`, invitation(50 + i), faculty)).status).toBe(200);
    }
    expect((await h.post(`/api/nominations/${withdrawn.id}/withdraw`, {}, { cookie: faculty })).status).toBe(200);
    await approveSteps(h, 'nomination', completed.id);
    expect((await h.post(`/api/nominations/${completed.id}/partner-response`, { accepted: true }, { cookie: iro })).status).toBe(200);
    const today = new Date().toISOString().slice(0, 10);
    await approveSteps(h, 'nomination', arrived.id);
    expect((await h.post(`/api/nominations/${arrived.id}/arrival`, { arrivalDate: today }, { cookie: iro })).status).toBe(200);
    expect((await h.post(`/api/nominations/${completed.id}/completion`, { actualStartDate: today, actualEndDate: today }, { cookie: iro })).status).toBe(200);

    offsetMs = 89 * DAY;
    await tick(h.deps);
    expect(await stored(withdrawn.id)).toBeDefined();

    offsetMs = 91 * DAY;
    const first = await tick(h.deps);
    expect(first.invitationData.deleted).toBe(1);
    expect(await stored(withdrawn.id)).toBeUndefined();
    expect(await stored(completed.id)).toBeDefined();

    offsetMs = 2 * 366 * DAY;
    expect((await tick(h.deps)).invitationData.deleted).toBe(1);
    expect(await stored(completed.id)).toBeUndefined();
    expect(await stored(underWay.id)).toBeDefined();
    // An arrived student's mobility is under way: its data waits for the completion.
    expect(await stored(arrived.id)).toBeDefined();
    // Idempotent: the next tick finds nothing more to delete, and the nomination itself is untouched.
    expect((await tick(h.deps)).invitationData.deleted).toBe(0);
    offsetMs = 0;
    expect((await h.get(`/api/nominations/${completed.id}/invitation-data`, { cookie: iro })).status).toBe(404);
    expect((await h.get(`/api/nominations/${completed.id}`, { cookie: iro })).status).toBe(200);
  });
});
