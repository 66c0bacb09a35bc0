/**
 * Rooms for incoming students, against DynamoDB Local with the real API: residences kept by the
 * office, the assignment and its rules, and the race — many assignments to one room at once give
 * no more stays than it has beds, because each room's ledger is written in the assignment's own
 * transaction, conditional on the version it was read at.
 */
import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { keys } from '../../functions/lib/db/keys';
import { describeBadInput } from '../support/bad-input';
import { approveSteps } from '../support/chains';
import { nominationBody, startHarness, to, type Harness } from '../support/harness';

let h: Harness;
let iro: string;
let faculty: string;

beforeAll(async () => {
  h = await startHarness('housing');
  iro = await h.signIn('iro@uni.example');
  faculty = await h.signIn('faculty@uni.example');
});
afterAll(() => h?.stop());

type Stay = { nominationId: string; from: string; to: string };
type Conflict = { error: string; occupancy?: { residenceId: string; room: string; beds: number; stays: Stay[] }; residence?: { version: number } };
type NominationView = { id: string; status: string; version: number; roomAssignment?: { residenceId: string; room: string; from: string; to: string } };

// The example's mobility: 2027/2028, first semester, planned 2027-09-01 to 2028-01-31.
const SEMESTER = { from: '2027-08-30', to: '2028-02-01' };

let n = 0;
async function submitIncoming(accommodation: unknown = { request: 'dormitory', note: 'Near the physics building, please' }): Promise<string> {
  n++;
  const nominee = { ...(nominationBody().nominee as object), name: `Guest Student ${n}`, email: `guest${n}@enu.example` };
  const res = await h.post('/api/nominations', nominationBody({ direction: 'incoming', nominee, accommodation }), { cookie: faculty });
  expect(res.status).toBe(201);
  return ((await res.json()) as { id: string }).id;
}

/**
 * Prepare only: puts a submitted nomination straight into `approved`, as its chain's last step
 * would (one nomination walks the real chain below; the race needs twenty approved ones).
 */
async function approvedDirectly(id: string): Promise<void> {
  await h.deps.db.doc.send(
    new UpdateCommand({ TableName: h.deps.db.table, Key: keys.submission('nomination', id), UpdateExpression: 'SET #s = :a REMOVE duePk, dueAt', ExpressionAttributeNames: { '#s': 'status' }, ExpressionAttributeValues: { ':a': 'approved' } }),
  );
}

async function approvedIncoming(): Promise<string> {
  const id = await submitIncoming();
  await approvedDirectly(id);
  return id;
}

const assign = (id: string, body: Record<string, unknown>, cookie = iro) => h.post(`/api/nominations/${id}/accommodation`, body, { cookie });

describe('residences', () => {
  it('are listed from the directory: the demo university’s two', async () => {
    const res = await h.get('/api/residences', { cookie: faculty });
    expect(res.status).toBe(200);
    const list = (await res.json()) as { id: string; rooms: { number: string; beds: number }[] }[];
    expect(list.map((r) => r.id).sort()).toEqual(['residence-1', 'residence-2']);
    expect(list.find((r) => r.id === 'residence-1')!.rooms).toContainEqual({ number: '301', beds: 1 });
  });

  it('are registered and edited by the office with the version read, a stale edit answered 409 with the current one', async () => {
    const body = { name: 'Annex', rooms: [{ number: '1', beds: 2 }], version: 0 };
    const created = await h.fetchPut('/api/residences/annex', body, iro);
    expect(created.status).toBe(200);
    expect(await created.json()).toMatchObject({ id: 'annex', version: 1 });

    const edited = await h.fetchPut('/api/residences/annex', { ...body, address: 'Campus, block C', version: 1 }, iro);
    expect(edited.status).toBe(200);
    const stale = await h.fetchPut('/api/residences/annex', { ...body, version: 1 }, iro);
    expect(stale.status).toBe(409);
    const conflict = (await stale.json()) as Conflict;
    expect(conflict.error).toBe('residence_changed');
    expect(conflict.residence).toMatchObject({ version: 2, address: 'Campus, block C' });
  });

  it('are not edited by a faculty member (403), and two rooms of one number are a 400 on the field', async () => {
    expect((await h.fetchPut('/api/residences/annex-2', { name: 'X', rooms: [], version: 0 }, faculty)).status).toBe(403);
    const twice = await h.fetchPut('/api/residences/annex-2', { name: 'X', rooms: [{ number: '1', beds: 1 }, { number: '1', beds: 2 }], version: 0 }, iro);
    expect(twice.status).toBe(400);
    expect(((await twice.json()) as { fields: { path: string }[] }).fields.map((f) => f.path)).toContain('rooms.1.number');
  });
});

describe('the accommodation request', () => {
  it('is refused on an outgoing nomination with 400 on the field', async () => {
    const res = await h.post('/api/nominations', nominationBody({ direction: 'outgoing', accommodation: { request: 'dormitory' } }), { cookie: faculty });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { fields: { path: string }[] }).fields.map((f) => f.path)).toEqual(['accommodation']);
  });
});

describe('a room for an incoming student', () => {
  it('is given once the chain approved the nomination, not while it is in review', async () => {
    const id = await submitIncoming();
    const early = await assign(id, { residenceId: 'residence-2', room: '101', ...SEMESTER });
    expect(early.status).toBe(409);
    expect(((await early.json()) as Conflict).error).toBe('not_assignable');

    await approveSteps(h, 'nomination', id);
    const res = await assign(id, { residenceId: 'residence-2', room: '101', ...SEMESTER });
    expect(res.status).toBe(200);
    const nomination = (await res.json()) as NominationView;
    expect(nomination.status).toBe('approved');
    expect(nomination.roomAssignment).toMatchObject({ residenceId: 'residence-2', room: '101', ...SEMESTER });
    // Read back: the item carries it.
    expect(((await (await h.get(`/api/nominations/${id}`, { cookie: iro })).json()) as NominationView).roomAssignment).toMatchObject({ room: '101' });
  });

  it('is only the office’s to give (403), and not to a nomination that asked for its own housing (409)', async () => {
    const id = await approvedIncoming();
    expect((await assign(id, { residenceId: 'residence-2', room: '102', ...SEMESTER }, faculty)).status).toBe(403);
    const own = await submitIncoming({ request: 'own' });
    await approvedDirectly(own);
    const res = await assign(own, { residenceId: 'residence-2', room: '102', ...SEMESTER });
    expect(res.status).toBe(409);
    expect(((await res.json()) as Conflict).error).toBe('not_assignable');
  });

  it('refuses dates far from the mobility’s, an unknown residence or room, with 400 on the field', async () => {
    const id = await approvedIncoming();
    const early = await assign(id, { residenceId: 'residence-2', room: '102', from: '2027-08-01', to: '2028-01-31' });
    expect(early.status).toBe(400);
    expect(((await early.json()) as { fields: { path: string }[] }).fields.map((f) => f.path)).toEqual(['from']);
    const backwards = await assign(id, { residenceId: 'residence-2', room: '102', from: '2027-10-01', to: '2027-09-01' });
    expect(backwards.status).toBe(400);
    const nowhere = await assign(id, { residenceId: 'nowhere', room: '102', ...SEMESTER });
    expect(nowhere.status).toBe(400);
    expect(((await nowhere.json()) as { fields: { path: string }[] }).fields[0]!.path).toBe('residenceId');
    const noRoom = await assign(id, { residenceId: 'residence-2', room: '999', ...SEMESTER });
    expect(noRoom.status).toBe(400);
    expect(((await noRoom.json()) as { fields: { path: string }[] }).fields[0]!.path).toBe('room');
  });

  it('is not given twice for overlapping dates: the second is a 409 with the room’s occupancy; after the first leaves it is free', async () => {
    const [first, second] = [await approvedIncoming(), await approvedIncoming()];
    expect((await assign(first, { residenceId: 'residence-2', room: '103', from: '2027-09-01', to: '2027-12-01' })).status).toBe(200);

    const clash = await assign(second, { residenceId: 'residence-2', room: '103', from: '2027-11-15', to: '2028-01-31' });
    expect(clash.status).toBe(409);
    const conflict = (await clash.json()) as Conflict;
    expect(conflict.error).toBe('room_full');
    expect(conflict.occupancy).toEqual({ residenceId: 'residence-2', room: '103', beds: 1, stays: [{ nominationId: first, from: '2027-09-01', to: '2027-12-01' }] });

    // Moving in the day the first leaves is no clash.
    expect((await assign(second, { residenceId: 'residence-2', room: '103', from: '2027-12-01', to: '2028-01-31' })).status).toBe(200);
  });

  it('takes two students in a room of two beds and refuses a third', async () => {
    const ids = [await approvedIncoming(), await approvedIncoming(), await approvedIncoming()];
    expect((await assign(ids[0]!, { residenceId: 'residence-1', room: '101', ...SEMESTER })).status).toBe(200);
    expect((await assign(ids[1]!, { residenceId: 'residence-1', room: '101', ...SEMESTER })).status).toBe(200);
    const third = await assign(ids[2]!, { residenceId: 'residence-1', room: '101', ...SEMESTER });
    expect(third.status).toBe(409);
    const conflict = (await third.json()) as Conflict;
    expect(conflict.occupancy!.beds).toBe(2);
    expect(conflict.occupancy!.stays.map((s) => s.nominationId).sort()).toEqual([ids[0], ids[1]].sort());

    // Moving one of the two to another room frees their bed for the third.
    const moved = await assign(ids[0]!, { residenceId: 'residence-1', room: '102', ...SEMESTER });
    expect(moved.status).toBe(200);
    expect(((await moved.json()) as NominationView).roomAssignment).toMatchObject({ room: '102' });
    expect((await assign(ids[2]!, { residenceId: 'residence-1', room: '101', ...SEMESTER })).status).toBe(200);
  });

  it('is cancelled by the office, freeing the bed; cancelling again is a 409', async () => {
    const [first, second] = [await approvedIncoming(), await approvedIncoming()];
    expect((await assign(first, { residenceId: 'residence-2', room: '104', ...SEMESTER })).status).toBe(200);
    const cancelled = await h.post(`/api/nominations/${first}/accommodation/cancel`, {}, { cookie: iro });
    expect(cancelled.status).toBe(200);
    expect(((await cancelled.json()) as NominationView).roomAssignment).toBeUndefined();
    expect((await assign(second, { residenceId: 'residence-2', room: '104', ...SEMESTER })).status).toBe(200);

    const again = await h.post(`/api/nominations/${first}/accommodation/cancel`, {}, { cookie: iro });
    expect(again.status).toBe(409);
    expect(((await again.json()) as Conflict).error).toBe('no_room_assigned');
  });

  it('is cancelled with a room_cancelled event in the history, and the submitter is told by email, as of the room given', async () => {
    // Prepare
    const id = await approvedIncoming();
    expect((await assign(id, { residenceId: 'residence-2', room: '204', ...SEMESTER })).status).toBe(200);

    // Act
    const cancelled = await h.post(`/api/nominations/${id}/accommodation/cancel`, {}, { cookie: iro });

    // Assess
    expect(cancelled.status).toBe(200);
    type Read = { reference: string; history: { type: string; actor?: { email: string }; residence?: string; room?: string; from?: string; to?: string }[] };
    const read = (await (await h.get(`/api/nominations/${id}`, { cookie: iro })).json()) as Read;
    const given = read.history.find((e) => e.type === 'room_assigned')!;
    expect(read.history.at(-1)).toEqual(
      expect.objectContaining({ type: 'room_cancelled', actor: expect.objectContaining({ email: 'iro@uni.example' }), residence: given.residence, room: '204', ...SEMESTER }),
    );
    // The residence by its name, as the assignment's event gave it (not its id).
    expect(given.residence).not.toBe('residence-2');
    const mail = await h.waitForEmail((e) => e.subject === `Room cancelled: ${read.reference}` && to('faculty@uni.example')(e), 'the cancelled room’s email');
    expect(mail.body.text).toContain(`room 204 in ${given.residence!}`);
  });

  it('keeps a residence edit from leaving a room fewer beds than its students (409 rooms_in_use with them)', async () => {
    const id = await approvedIncoming();
    expect((await assign(id, { residenceId: 'residence-2', room: '202', ...SEMESTER })).status).toBe(200);
    const list = (await (await h.get('/api/residences', { cookie: iro })).json()) as { id: string; name: string; address?: string; rooms: { number: string; beds: number }[]; version: number }[];
    const current = list.find((r) => r.id === 'residence-2')!;
    const withBeds = (beds: number | undefined) => ({
      name: current.name,
      address: current.address,
      rooms: current.rooms.flatMap((r) => (r.number !== '202' ? [r] : beds === undefined ? [] : [{ number: '202', beds }])),
    });

    const shrunk = await h.fetchPut('/api/residences/residence-2', { ...withBeds(1), version: current.version }, iro);
    expect(shrunk.status).toBe(200);
    const removed = await h.fetchPut('/api/residences/residence-2', { ...withBeds(undefined), version: current.version + 1 }, iro);
    expect(removed.status).toBe(409);
    const conflict = (await removed.json()) as Conflict & { rooms: { room: string; stays: Stay[] }[] };
    expect(conflict.error).toBe('rooms_in_use');
    expect(conflict.rooms).toEqual([expect.objectContaining({ room: '202', stays: [{ nominationId: id, ...SEMESTER }] })]);
  });

  it('is given back when the nomination is withdrawn, in the withdrawal itself', async () => {
    const [leaving, next] = [await approvedIncoming(), await approvedIncoming()];
    expect((await assign(leaving, { residenceId: 'residence-2', room: '203', ...SEMESTER })).status).toBe(200);
    expect((await assign(next, { residenceId: 'residence-2', room: '203', ...SEMESTER })).status).toBe(200);

    const withdrawn = await h.post(`/api/nominations/${leaving}/withdraw`, { reason: 'The student chose another university.' }, { cookie: iro });
    expect(withdrawn.status).toBe(200);
    expect(((await withdrawn.json()) as NominationView).roomAssignment).toBeUndefined();

    // Room 203 has two beds: with the withdrawn student gone, a third fits beside the one left.
    expect((await assign(await approvedIncoming(), { residenceId: 'residence-2', room: '203', ...SEMESTER })).status).toBe(200);
  });

  type History = { reference: string; history: { type: string; reason?: string; actor?: { email: string }; room?: string }[] };
  const historyOf = async (id: string) => (await (await h.get(`/api/nominations/${id}`, { cookie: iro })).json()) as History;

  it('writes a room_cancelled event saying "withdrawn" when its submitter withdraws it, and tells who gave the room, not the submitter', async () => {
    // Prepare
    const id = await approvedIncoming();
    expect((await assign(id, { residenceId: 'residence-2', room: '201', ...SEMESTER })).status).toBe(200);

    // Act
    const withdrawn = await h.post(`/api/nominations/${id}/withdraw`, { reason: 'The student stays home.' }, { cookie: faculty });

    // Assess
    expect(withdrawn.status).toBe(200);
    const read = await historyOf(id);
    expect(read.history.filter((e) => e.type === 'room_cancelled')).toEqual([
      expect.objectContaining({ type: 'room_cancelled', reason: 'withdrawn', room: '201', actor: expect.objectContaining({ email: 'faculty@uni.example' }), ...SEMESTER }),
    ]);
    expect(read.history.some((e) => e.type === 'withdrawn')).toBe(true);
    const mail = await h.waitForEmail((e) => e.subject === `Room free again: ${read.reference}` && to('iro@uni.example')(e), 'the office’s room-free email');
    expect(mail.body.text).toContain('withdrew the nomination');
    await h.settle();
    expect((await h.emailsTo('faculty@uni.example')).filter((e) => e.subject.includes(read.reference) && /Room/.test(e.subject))).toEqual([]);
  });

  it('tells the submitter, and not the office member who withdrew it, when the office withdraws it', async () => {
    // Prepare
    const id = await approvedIncoming();
    expect((await assign(id, { residenceId: 'residence-2', room: '201', ...SEMESTER })).status).toBe(200);

    // Act
    expect((await h.post(`/api/nominations/${id}/withdraw`, { reason: 'No visa.' }, { cookie: iro })).status).toBe(200);

    // Assess
    const read = await historyOf(id);
    expect(read.history.find((e) => e.type === 'room_cancelled')).toEqual(expect.objectContaining({ reason: 'withdrawn', actor: expect.objectContaining({ email: 'iro@uni.example' }) }));
    await h.waitForEmail((e) => e.subject === `Room free again: ${read.reference}` && to('faculty@uni.example')(e), 'the submitter’s room-free email');
    await h.settle();
    expect((await h.emailsTo('iro@uni.example')).filter((e) => e.subject.includes(read.reference) && /Room/.test(e.subject))).toEqual([]);
  });

  it('writes a room_cancelled event saying "declined_by_partner" when the office records the partner’s decline, freeing the bed', async () => {
    // Prepare
    const id = await approvedIncoming();
    expect((await assign(id, { residenceId: 'residence-2', room: '201', ...SEMESTER })).status).toBe(200);

    // Act
    const declined = await h.post(`/api/nominations/${id}/partner-response`, { accepted: false, reason: 'No supervisor this term.' }, { cookie: iro });

    // Assess
    expect(declined.status).toBe(200);
    expect(((await declined.json()) as NominationView).roomAssignment).toBeUndefined();
    const read = await historyOf(id);
    expect(read.history.find((e) => e.type === 'room_cancelled')).toEqual(expect.objectContaining({ reason: 'declined_by_partner', room: '201' }));
  });

  it('goes to exactly one of 20 students sent at once to the same one-bed room for overlapping dates', async () => {
    // Prepare: twenty approved incoming students; their dates all overlap on November.
    const ids = await Promise.all(Array.from({ length: 20 }, () => approvedIncoming()));
    const dates = (i: number) => ({ from: `2027-09-${String(1 + i).padStart(2, '0')}`, to: `2027-12-${String(1 + i).padStart(2, '0')}` });

    // Act
    const answers = await Promise.all(ids.map((id, i) => assign(id, { residenceId: 'residence-1', room: '302', ...dates(i) })));

    // Assess
    const statuses = answers.map((r) => r.status);
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(19);
    const refusals = await Promise.all(answers.filter((r) => r.status === 409).map((r) => r.json() as Promise<Conflict>));
    expect(refusals.every((r) => ['room_full', 'room_busy'].includes(r.error) && r.occupancy!.room === '302')).toBe(true);
    const winner = ids[statuses.indexOf(200)]!;
    for (const r of refusals) expect(r.occupancy!.stays.map((s) => s.nominationId)).toEqual([winner]);
  });
});

describe('garbage sent to the housing routes', () => {
  let id = '';
  beforeAll(async () => {
    id = await approvedIncoming();
  });

  describeBadInput(() => h, [
    { name: '/api/residences/:id', method: 'PUT', path: () => '/api/residences/garbage', cookie: () => iro, valid: () => ({ name: 'Garbage House', address: 'Somewhere 1', rooms: [{ number: '1', beds: 1 }], version: 0 }) },
    { name: '/api/nominations/:id/accommodation', method: 'POST', path: () => `/api/nominations/${id}/accommodation`, cookie: () => iro, valid: () => ({ residenceId: 'residence-2', room: '201', ...SEMESTER }) },
  ]);

  it('answers a cancellation for a malformed id with 400 and for an unknown one with 404', async () => {
    expect((await h.post('/api/nominations/not%20an%20id!/accommodation/cancel', {}, { cookie: iro })).status).toBe(400);
    expect((await h.post('/api/nominations/no-such-nomination/accommodation/cancel', {}, { cookie: iro })).status).toBe(404);
    expect((await h.post('/api/nominations/no-such-nomination/accommodation', { residenceId: 'residence-2', room: '201', ...SEMESTER }, { cookie: iro })).status).toBe(404);
  });
});
