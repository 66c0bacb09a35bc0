/**
 * The partner's coordinator answers an approved nomination through a link (issue 13, part 1):
 * the link found in the local SES mailbox, its preview that changes nothing, the answer by POST
 * with the snapshot hash, a decline's reason, a race of fifty answers, the office recording the
 * partner's emailed answer first, forged and expired links, and the reminders with fresh links.
 * Against DynamoDB Local and the local SES server.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordUndeliverable } from '../../functions/bounces/record';
import { SesMailEventSchema } from '../../functions/bounces/ses-event';
import { exampleOf, PartnerUpdateSchema } from '../../shared/schemas';
import { tick } from '../../functions/scheduler/tick';
import { approveSteps } from '../support/chains';
import { nominationBody, startHarness, to, type Harness, type StoredEmail } from '../support/harness';

let h: Harness;
let faculty: string;
let office: string;
let offsetMs = 0;
const DAY = 24 * 3600 * 1000;
const COORDINATOR = 'anna.kowalska@osh.example';

beforeAll(async () => {
  h = await startHarness('partner-links', { REMINDER_EVERY_DAYS: '3', ESCALATE_AFTER_REMINDERS: '2' }, { deps: { clock: () => new Date(Date.now() + offsetMs) } });
  faculty = await h.signIn('faculty@uni.example');
  office = await h.signIn('iro@uni.example');
  const admin = await h.signIn('admin@uni.example');
  // The example nomination's partner gets a coordinator who reads Russian (and a contact who is not a coordinator).
  const partner = (await (await h.get('/api/partners/osh-state-university', { cookie: admin })).json()) as { name: string; country: string; version: number };
  const body = {
    ...(exampleOf(PartnerUpdateSchema) as Record<string, unknown>),
    name: partner.name,
    country: partner.country,
    names: {},
    version: partner.version,
    contacts: [
      { name: 'Bakyt Osmonov', email: 'rector.office@osh.example', role: 'Rector’s office' },
      { name: 'Anna Kowalska', email: COORDINATOR, role: 'Координатор академической мобильности', language: 'ru' },
    ],
  };
  const saved = await h.fetchPut('/api/partners/osh-state-university', body, admin);
  expect(saved.status, await saved.clone().text()).toBe(200);
});
afterAll(() => h?.stop());

const partnerMails = async (reference: string): Promise<StoredEmail[]> =>
  (await h.emails()).filter((e) => to(COORDINATOR)(e) && e.subject.includes(reference) && /\/partner#t=/.test(e.body.text ?? ''));

const partnerToken = (mail: StoredEmail): string => /\/partner#t=([A-Za-z0-9_-]{43})/.exec(mail.body.text ?? '')![1]!;

/** A nomination through its whole internal chain; the partner's link is then in the mailbox. */
async function approvedNomination(overrides: Record<string, unknown> = {}): Promise<{ id: string; reference: string; token: string; mail: StoredEmail }> {
  const res = await h.post('/api/nominations', nominationBody(overrides), { cookie: faculty });
  expect(res.status).toBe(201);
  const n = (await res.json()) as { id: string; reference: string };
  await approveSteps(h, 'nomination', n.id);
  await expect.poll(async () => (await partnerMails(n.reference)).length, { timeout: 15_000 }).toBe(1);
  const mail = (await partnerMails(n.reference))[0]!;
  return { ...n, token: partnerToken(mail), mail };
}

const preview = async (token: string) => {
  const res = await h.post('/api/partner-links/preview', { token });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> & { snapshotHash: string; choices: string[]; status: string; closed?: Record<string, unknown> } };
};

const answer = async (token: string, body: Record<string, unknown>) => {
  const res = await h.post('/api/partner-links/answer', { token, ...body });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
};

describe('the partner coordinator’s link', () => {
  it('comes by email in the coordinator’s language, previews without changing anything, and accepts with the snapshot hash', async () => {
    // Prepare
    const n = await approvedNomination();
    expect(n.mail.subject).toContain('Требуется ваш ответ');
    expect(n.mail.destination.to.some((t) => t.includes('rector.office@osh.example'))).toBe(false);

    // Act: the page's preview, twice (a mail scanner and the person), then the press of Accept.
    const first = await preview(n.token);
    const second = await preview(n.token);
    const accepted = await answer(n.token, { answer: 'accept', snapshotHash: first.body.snapshotHash });

    // Assess: the preview shows the nominee and the mobility, not their email or motivation; the answer is recorded once.
    expect(first.status).toBe(200);
    expect(second.body.choices).toEqual(['accept', 'decline']);
    expect(first.body).toMatchObject({ reference: n.reference, status: 'approved', nomination: { nominee: { name: 'Dilnoza Karimova' }, mobility: { academicYear: '2027/2028' } } });
    expect(JSON.stringify(first.body)).not.toContain('dilnoza.karimova@student.uni.example');
    expect(JSON.stringify(first.body)).not.toContain('condensed-matter physics with the partner laboratory');
    expect(accepted).toMatchObject({ status: 200, body: { status: 'accepted_by_partner', answer: 'accept', decidedBy: COORDINATOR, snapshotHash: first.body.snapshotHash } });
    const stored = (await (await h.get(`/api/nominations/${n.id}`, { cookie: office })).json()) as { status: string; partnerResponse: Record<string, unknown> };
    expect(stored.status).toBe('accepted_by_partner');
    expect(stored.partnerResponse).toMatchObject({ accepted: true, viaLink: true, by: { email: COORDINATOR, name: 'Anna Kowalska' }, snapshotHash: first.body.snapshotHash });
    // The submitter hears of it as of an answer the office records.
    await h.waitForEmail((e) => to('faculty@uni.example')(e) && e.subject.includes(n.reference) && /partner|партн|hamkor/i.test(e.subject), 'the submitter’s news');
    // The used link still shows what happened, and decides nothing more.
    const after = await preview(n.token);
    expect(after.body.choices).toEqual([]);
    expect(after.body.closed).toMatchObject({ decision: 'accept', decidedBy: COORDINATOR });
    expect((await answer(n.token, { answer: 'decline', reason: 'Changed our mind', snapshotHash: first.body.snapshotHash })).status).toBe(409);
  });

  it('refuses a decline without a reason (400, nothing recorded), then records it with one and frees the place', async () => {
    const n = await approvedNomination();
    const shown = await preview(n.token);
    const bare = await answer(n.token, { answer: 'decline', snapshotHash: shown.body.snapshotHash });
    const blank = await answer(n.token, { answer: 'decline', reason: '   ', snapshotHash: shown.body.snapshotHash });
    expect(bare.status).toBe(400);
    expect(bare.body.fields).toEqual(expect.arrayContaining([expect.objectContaining({ path: 'reason' })]));
    expect(blank.status).toBe(400);
    expect((await preview(n.token)).body.choices).toEqual(['accept', 'decline']);

    const declined = await answer(n.token, { answer: 'decline', reason: 'No supervisor is free in the autumn semester.', snapshotHash: shown.body.snapshotHash });
    expect(declined).toMatchObject({ status: 200, body: { status: 'declined_by_partner' } });
    const stored = (await (await h.get(`/api/nominations/${n.id}`, { cookie: office })).json()) as { place?: unknown; partnerResponse: { reason: string } };
    expect(stored.partnerResponse.reason).toBe('No supervisor is free in the autumn semester.');
    expect(stored.place).toBeUndefined();
  });

  it('gives an incoming student’s room back with a decline through the link, writing why in the history and telling who gave the room', async () => {
    // Prepare: an incoming student who asked for a dormitory, given a room by the office once approved.
    const n = await approvedNomination({
      direction: 'incoming',
      accommodation: { request: 'dormitory' },
      incoming: { homeContact: { name: 'Aigerim Nurlanovna', email: 'international@osh.example', phone: '+996 3222 5 55 55' }, coordinator: { name: 'Anna Kowalska', email: COORDINATOR } },
    });
    const given = await h.post(`/api/nominations/${n.id}/accommodation`, { residenceId: 'residence-2', room: '101', from: '2027-08-30', to: '2028-02-01' }, { cookie: office });
    expect(given.status, await given.clone().text()).toBe(200);
    const shown = await preview(n.token);

    // Act
    const declined = await answer(n.token, { answer: 'decline', reason: 'No supervisor this term.', snapshotHash: shown.body.snapshotHash });

    // Assess
    expect(declined).toMatchObject({ status: 200, body: { status: 'declined_by_partner' } });
    type Read = { roomAssignment?: unknown; history: { type: string; reason?: string; actor?: { email: string }; room?: string }[] };
    const stored = (await (await h.get(`/api/nominations/${n.id}`, { cookie: office })).json()) as Read;
    expect(stored.roomAssignment).toBeUndefined();
    expect(stored.history.find((e) => e.type === 'room_cancelled')).toEqual(expect.objectContaining({ reason: 'declined_by_partner', room: '101', actor: expect.objectContaining({ email: COORDINATOR }) }));
    await h.waitForEmail((e) => e.subject === `Room free again: ${n.reference}` && to('iro@uni.example')(e), 'the office’s room-free email');
  });

  it('refuses an answer to a snapshot the coordinator was not shown', async () => {
    const n = await approvedNomination();
    const refused = await answer(n.token, { answer: 'accept', snapshotHash: 'a'.repeat(64) });
    expect(refused).toMatchObject({ status: 409, body: { error: 'snapshot_changed' } });
    expect((await preview(n.token)).body.status).toBe('approved');
  });

  it('records exactly one of 50 concurrent answers on one link; the others get 409 naming it', async () => {
    const n = await approvedNomination();
    const { snapshotHash } = (await preview(n.token)).body;
    const answers = await Promise.all(
      // Declines, each with its own reason (a decline frees the place, so the file's later nominations still find one).
      Array.from({ length: 50 }, (_, i) => answer(n.token, { answer: 'decline', reason: `Reason ${i}`, snapshotHash })),
    );
    const ok = answers.filter((a) => a.status === 200);
    expect(ok).toHaveLength(1);
    expect(answers.filter((a) => a.status === 409)).toHaveLength(49);
    const stored = (await (await h.get(`/api/nominations/${n.id}`, { cookie: office })).json()) as { status: string; history: { type: string }[] };
    expect(stored.history.filter((e) => e.type === 'partner_responded')).toHaveLength(1);
    expect(stored.status).toBe(ok[0]!.body.status);
  });

  it('answers 409 with the recorded answer once the office has recorded the partner’s emailed answer first', async () => {
    const n = await approvedNomination();
    const { snapshotHash } = (await preview(n.token)).body;
    expect((await h.post(`/api/nominations/${n.id}/partner-response`, { accepted: false, reason: 'Declined by email.' }, { cookie: office })).status).toBe(200);

    const late = await answer(n.token, { answer: 'accept', snapshotHash });
    expect(late).toMatchObject({ status: 409, body: { error: 'already_answered', status: 'declined_by_partner', accepted: false, answeredBy: 'office' } });
    const shown = await preview(n.token);
    expect(shown.body.choices).toEqual([]);
    expect(shown.body.closed).toMatchObject({ status: 'declined_by_partner', answeredBy: 'office' });
  });

  it('answers 409 with the current state once the office has recorded an incoming student’s arrival', async () => {
    const incoming = {
      direction: 'incoming',
      incoming: { homeContact: { name: 'Aigerim Nurlanovna', email: 'international@osh.example', phone: '+996 3222 5 55 55' }, coordinator: { name: 'Anna Kowalska', email: COORDINATOR } },
    };
    const n = await approvedNomination(incoming);
    const { snapshotHash } = (await preview(n.token)).body;
    const arrival = await h.post(`/api/nominations/${n.id}/arrival`, { arrivalDate: new Date(Date.now() + offsetMs).toISOString().slice(0, 10) }, { cookie: office });
    expect(arrival.status).toBe(200);

    const late = await answer(n.token, { answer: 'accept', snapshotHash });
    expect(late).toMatchObject({ status: 409, body: { error: 'already_answered', status: 'arrived' } });
    const shown = await preview(n.token);
    expect(shown.body.choices).toEqual([]);
    expect(shown.body.closed).toMatchObject({ status: 'arrived' });
    const stored = (await (await h.get(`/api/nominations/${n.id}`, { cookie: office })).json()) as { status: string; partnerResponse?: unknown };
    expect(stored.status).toBe('arrived');
    expect(stored.partnerResponse).toBeUndefined();
  });

  it('gives forged, foreign-purpose and expired links the answers an approver’s link gets', async () => {
    const n = await approvedNomination();
    const forged = await h.post('/api/partner-links/preview', { token: 'x'.repeat(43) });
    const forgedApprover = await h.post('/api/actions/preview', { token: 'x'.repeat(43) });
    expect(forged.status).toBe(404);
    expect(await forged.json()).toMatchObject({ error: (await forgedApprover.json()).error });
    // A partner's link is no approver's, nor the other way round: both unknown there.
    expect((await h.post('/api/actions/preview', { token: n.token })).status).toBe(404);
    expect((await h.post('/api/actions/decide', { token: n.token, decision: 'approve', snapshotHash: 'a'.repeat(64) })).status).toBe(404);

    offsetMs = 15 * DAY;
    try {
      const expired = await h.post('/api/partner-links/preview', { token: n.token });
      expect(expired.status).toBe(410);
      expect(await expired.json()).toMatchObject({ error: 'link_expired' });
    } finally {
      offsetMs = 0;
    }
  });

  it('reminds the coordinator with a fresh link (the old one replaced), then tells the office after the reminders', async () => {
    const n = await approvedNomination();
    offsetMs = 3 * DAY + 60_000;
    try {
      expect((await tick(h.deps)).reminded).toBeGreaterThanOrEqual(1);
      await expect.poll(async () => (await partnerMails(n.reference)).length, { timeout: 15_000 }).toBe(2);
      const reminder = (await partnerMails(n.reference)).at(-1)!;
      expect(reminder.subject).toMatch(/^Напоминание 1/);
      const fresh = partnerToken(reminder);
      const old = await h.post('/api/partner-links/preview', { token: n.token });
      expect(old.status).toBe(410);
      expect(await old.json()).toMatchObject({ error: 'link_replaced' });
      expect((await preview(fresh)).body.choices).toEqual(['accept', 'decline']);

      offsetMs = 6 * DAY + 120_000;
      await tick(h.deps);
      offsetMs = 9 * DAY + 180_000;
      expect((await tick(h.deps)).escalated).toBeGreaterThanOrEqual(1);
      await h.waitForEmail((e) => to('admin@uni.example')(e) && e.subject.includes(n.reference) && /No answer from the partner/.test(e.subject), 'the office told of the silence');
    } finally {
      offsetMs = 0;
    }
  });

  it('tells the office when the coordinator’s address bounces, saying the nomination waits on the partner', async () => {
    const n = await approvedNomination();
    // SES cannot be made to bounce locally: its event is fed in by hand (as in bounces.test.ts), the rest is the real path.
    const event = JSON.parse(readFileSync(new URL('../fixtures/events/ses/bounce-permanent.json', import.meta.url), 'utf8'));
    event.detail.bounce.bouncedRecipients[0].emailAddress = COORDINATOR;
    event.detail.mail.messageId = `partner-bounce-${n.id}`;
    event.detail.mail.tags['hamkor-template'] = ['partner_request'];
    event.detail.mail.tags['hamkor-kind'] = ['nomination'];
    event.detail.mail.tags['hamkor-id'] = [n.id];

    expect(await recordUndeliverable(h.deps, SesMailEventSchema.parse(event.detail))).toEqual({ undeliverable: 1, noticed: 1 });

    const notice = await h.waitForEmail((e) => to('admin@uni.example')(e) && /Undeliverable/.test(e.subject) && e.subject.includes(n.reference), 'the notice to the office');
    expect(notice.body.text).toContain(COORDINATOR);
    expect(notice.body.text).toContain('the partner’s coordinator, whose answer the nomination waits for');
  });
});
