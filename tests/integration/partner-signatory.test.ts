/**
 * The partner's signatory and an approved memorandum through a partner link (issue 13, item 1):
 * the link found in the local SES mailbox with the memorandum's final approval, a preview showing
 * the exact text and its hash, a request for changes (a comment required) that hands the memorandum
 * back, the office's edit and re-sending (a new link; the old one 410), the approval with its
 * receipt, the PDF of that very text through the link, the signed copy uploaded through the link,
 * the home signature and the agreement in force; fifty concurrent answers; reminders, expiry and a
 * bounce. Against DynamoDB Local, s3rver and the local SES server.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordUndeliverable } from '../../functions/bounces/record';
import { SesMailEventSchema } from '../../functions/bounces/ses-event';
import { getSubmission } from '../../functions/lib/db/submissions';
import { tick } from '../../functions/scheduler/tick';
import { exampleOf, PartnerUpdateSchema, type Agreement } from '../../shared/schemas';
import { approveSteps } from '../support/chains';
import { pdfBytes } from '../support/documents';
import { memorandumBody, startHarness, to, type Harness, type StoredEmail } from '../support/harness';

let h: Harness;
let faculty: string;
let office: string;
let offsetMs = 0;
const DAY = 24 * 3600 * 1000;
const SIGNATORY = 'rector@wust.example.org';
const PARTNER = 'wuhan-university-of-science-and-technology';
const today = () => new Date(Date.now() + offsetMs).toISOString().slice(0, 10);

beforeAll(async () => {
  h = await startHarness('partner-signatory', { REMINDER_EVERY_DAYS: '3', ESCALATE_AFTER_REMINDERS: '2' }, { deps: { clock: () => new Date(Date.now() + offsetMs) } });
  faculty = await h.signIn('faculty@uni.example');
  office = await h.signIn('iro@uni.example');
  const admin = await h.signIn('admin@uni.example');
  // The memorandum's partner gets a signatory who reads Russian, and a coordinator who is not one.
  const partner = (await (await h.get(`/api/partners/${PARTNER}`, { cookie: admin })).json()) as { name: string; country: string; version: number };
  const body = {
    ...(exampleOf(PartnerUpdateSchema) as Record<string, unknown>),
    name: partner.name,
    country: partner.country,
    names: {},
    version: partner.version,
    contacts: [
      { name: 'Li Wei', email: 'li.wei@wust.example.org', role: 'International mobility coordinator' },
      { name: 'Zhang Min', email: SIGNATORY, role: 'Signatory (President)', language: 'ru' },
    ],
  };
  const saved = await h.fetchPut(`/api/partners/${PARTNER}`, body, admin);
  expect(saved.status, await saved.clone().text()).toBe(200);
}, 120_000);
afterAll(() => h?.stop());

const signatoryMails = async (reference: string): Promise<StoredEmail[]> =>
  (await h.emails()).filter((e) => to(SIGNATORY)(e) && e.subject.includes(reference) && /\/partner#t=/.test(e.body.text ?? ''));

const tokenIn = (mail: StoredEmail): string => /\/partner#t=([A-Za-z0-9_-]{43})/.exec(mail.body.text ?? '')![1]!;

/** The newest link the signatory has for this memorandum, once `count` of them have come. */
async function nthLink(reference: string, count: number): Promise<string> {
  await expect.poll(async () => (await signatoryMails(reference)).length, { timeout: 15_000 }).toBe(count);
  const mails = await signatoryMails(reference);
  return tokenIn(mails[mails.length - 1]!);
}

/** A memorandum through its whole internal chain, starting today: its text goes to the signatory. */
async function approvedMemorandum(): Promise<{ id: string; reference: string; token: string }> {
  const res = await h.post('/api/agreements', memorandumBody({ startDate: today() }), { cookie: faculty });
  expect(res.status).toBe(201);
  const a = (await res.json()) as { id: string; reference: string };
  await approveSteps(h, 'memorandum', a.id);
  return { ...a, token: await nthLink(a.reference, 1) };
}

type Preview = { status: number; body: Record<string, unknown> & { kind: string; snapshotHash: string; choices: string[]; signing: { state: string; canUpload: boolean }; closed?: Record<string, unknown> } };
const preview = async (token: string): Promise<Preview> => {
  const res = await h.post('/api/partner-links/preview', { token });
  return { status: res.status, body: (await res.json()) as Preview['body'] };
};
const sign = async (token: string, body: Record<string, unknown>) => {
  const res = await h.post('/api/partner-links/sign', { token, ...body });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
};
const agreement = async (id: string) => (await (await h.get(`/api/agreements/${id}`, { cookie: office })).json()) as Record<string, unknown> & { status: string; version: number; content: Record<string, unknown>; partnerSigning?: Record<string, unknown>; signatures?: Record<string, unknown> };

describe('the partner signatory’s link', () => {
  it('goes from changes asked for, through the office’s edit and re-sending, to the approval, the signed copy and the agreement in force', async () => {
    // Prepare: approved internally; the link is in the signatory's mailbox, in Russian.
    const a = await approvedMemorandum();
    const mail = (await signatoryMails(a.reference))[0]!;
    expect(mail.subject).toContain('Требуется ваше одобрение');

    // The preview shows the exact text and its hash, twice alike (a scanner and the person), and changes nothing.
    const first = await preview(a.token);
    const again = await preview(a.token);
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ kind: 'memorandum', reference: a.reference, status: 'approved', choices: ['approve', 'request_changes'], memorandum: { content: { summary: expect.any(String) } } });
    expect(again.body.snapshotHash).toBe(first.body.snapshotHash);

    // Asking for changes without a comment is refused, and records nothing.
    const bare = await sign(a.token, { answer: 'request_changes', snapshotHash: first.body.snapshotHash });
    expect(bare.status).toBe(400);
    expect(bare.body.fields).toEqual(expect.arrayContaining([expect.objectContaining({ path: 'comment' })]));
    expect((await preview(a.token)).body.choices).toEqual(['approve', 'request_changes']);

    // With a comment: the memorandum goes back to the office, which hears of it.
    const asked = await sign(a.token, { answer: 'request_changes', comment: 'Please name our faculty of metallurgy in the summary.', snapshotHash: first.body.snapshotHash });
    expect(asked).toMatchObject({ status: 200, body: { answer: 'request_changes' } });
    expect((await agreement(a.id)).partnerSigning).toMatchObject({ state: 'changes_requested', round: 1, changesRequested: { comment: 'Please name our faculty of metallurgy in the summary.' } });
    await h.waitForEmail((e) => to('iro@uni.example')(e) && e.subject.includes(a.reference) && /changes|изменени|o'zgartirish/i.test(e.subject), 'the office’s news of the request');

    // Sending the same text again is refused: it must change first.
    const unchanged = await h.post(`/api/agreements/${a.id}/partner-signatory`, {}, { cookie: office });
    expect(unchanged.status).toBe(409);
    expect(((await unchanged.json()) as { error: string }).error).toBe('not_edited');

    // The office edits (a new version, its text now English with Uzbek) and sends again: a new link; the old one is dead.
    const current = await agreement(a.id);
    const edited = await h.post(`/api/agreements/${a.id}/changes`, { content: { ...current.content, summary: 'Student and staff exchange in physics, materials science and metallurgy.', textLanguage: 'uz' } }, { cookie: office });
    expect(edited.status, await edited.clone().text()).toBe(200);
    const resent = await h.post(`/api/agreements/${a.id}/partner-signatory`, {}, { cookie: office });
    expect(resent.status, await resent.clone().text()).toBe(200);
    const fresh = await nthLink(a.reference, 2);
    const old = await preview(a.token);
    expect(old).toMatchObject({ status: 410, body: { error: 'link_replaced' } });
    expect((await sign(a.token, { answer: 'approve', name: 'Zhang Min', position: 'President', snapshotHash: first.body.snapshotHash })).status).toBe(410);

    // The new text: a new hash, the one the office's PDF prints.
    const shown = await preview(fresh);
    expect(shown.body.snapshotHash).not.toBe(first.body.snapshotHash);
    expect(shown.body).toMatchObject({ memorandum: { content: { summary: 'Student and staff exchange in physics, materials science and metallurgy.' }, contentVersion: 2 } });
    const officePdf = await h.get(`/api/agreements/${a.id}/memorandum.pdf`, { cookie: office });
    expect(officePdf.headers.get('memorandum-hash')).toBe(shown.body.snapshotHash);
    // The PDF of that very text, through the link.
    const linkPdf = await h.post('/api/partner-links/memorandum.pdf', { token: fresh });
    expect(linkPdf.status).toBe(200);
    expect(linkPdf.headers.get('content-type')).toBe('application/pdf');
    expect(linkPdf.headers.get('memorandum-hash')).toBe(shown.body.snapshotHash);
    // The pair the office chose for the agreement, whatever language the partner's page is in.
    expect(linkPdf.headers.get('content-disposition')).toBe(`attachment; filename="${a.reference.toLowerCase()}-memorandum-en-uz.pdf"`);
    expect(new TextDecoder().decode(new Uint8Array(await linkPdf.arrayBuffer()).slice(0, 5))).toBe('%PDF-');

    // Approve: name and position are needed; then the receipt holds the hash of the text shown.
    expect((await sign(fresh, { answer: 'approve', snapshotHash: shown.body.snapshotHash })).status).toBe(400);
    const approved = await sign(fresh, { answer: 'approve', name: 'Zhang Min', position: 'President', snapshotHash: shown.body.snapshotHash });
    expect(approved).toMatchObject({ status: 200, body: { answer: 'approve', receipt: { name: 'Zhang Min', position: 'President', email: SIGNATORY, snapshotHash: shown.body.snapshotHash } } });
    const stored = await agreement(a.id);
    expect(stored.partnerSigning).toMatchObject({ state: 'approved', round: 2, approval: { name: 'Zhang Min', position: 'President', snapshotHash: shown.body.snapshotHash, contentVersion: 2 } });
    expect(stored.status).toBe('approved');

    // The used link now offers the upload, not another answer.
    const after = await preview(fresh);
    expect(after.body.choices).toEqual([]);
    expect(after.body.signing).toMatchObject({ state: 'approved', canUpload: true });
    expect((await sign(fresh, { answer: 'request_changes', comment: 'Again', snapshotHash: shown.body.snapshotHash })).status).toBe(409);

    // The signed copy, uploaded through the link: the partner's signature is recorded from it.
    const bytes = pdfBytes();
    const issued = await h.post('/api/partner-links/signed-copy', { token: fresh, fileName: 'MoU signed by WUST.pdf', contentType: 'application/pdf', size: bytes.byteLength });
    expect(issued.status, await issued.clone().text()).toBe(201);
    const ticket = (await issued.json()) as { document: { id: string }; upload: { url: string; headers: Record<string, string> } };
    expect((await fetch(ticket.upload.url, { method: 'PUT', headers: ticket.upload.headers, body: bytes })).status).toBe(200);
    const done = await h.post('/api/partner-links/signed-copy/complete', { token: fresh, documentId: ticket.document.id, date: today(), signatoryName: 'Zhang Min', signatoryPosition: 'President' });
    expect(done.status, await done.clone().text()).toBe(200);
    expect(await done.json()).toMatchObject({ status: 'approved', activated: false, signature: { signatoryName: 'Zhang Min' } });
    // The office sees it on the agreement.
    const docs = (await (await h.get(`/api/agreements/${a.id}/documents`, { cookie: office })).json()) as { id: string; kind: string; uploadedBy: { email: string } }[];
    expect(docs).toEqual(expect.arrayContaining([expect.objectContaining({ id: ticket.document.id, kind: 'signed', uploadedBy: expect.objectContaining({ email: SIGNATORY }) })]));
    expect((await agreement(a.id)).signatures).toMatchObject({ partner: { signatoryName: 'Zhang Min', signatoryPosition: 'President', date: today() } });
    // A second upload is refused: the signature is on record.
    expect((await h.post('/api/partner-links/signed-copy', { token: fresh, fileName: 'again.pdf', contentType: 'application/pdf', size: bytes.byteLength })).status).toBe(409);

    // The office records the home signature: both receipts, and the agreement is in force.
    const home = await h.post(`/api/agreements/${a.id}/signatures`, { party: 'home', date: today(), signatoryName: 'Rustam Nazarov', signatoryPosition: 'Rector' }, { cookie: office });
    expect(home.status).toBe(200);
    expect(await home.json()).toMatchObject({ status: 'active', partnerSigning: { state: 'signed', approval: { snapshotHash: shown.body.snapshotHash } } });
  });

  it('records exactly one of 50 concurrent answers on one link; the others get 409', async () => {
    const a = await approvedMemorandum();
    const { snapshotHash } = (await preview(a.token)).body;
    const answers = await Promise.all(Array.from({ length: 50 }, (_, i) => sign(a.token, i % 2 ? { answer: 'approve', name: `Signer ${i}`, position: 'President', snapshotHash } : { answer: 'request_changes', comment: `Change ${i}`, snapshotHash })));
    expect(answers.filter((x) => x.status === 200)).toHaveLength(1);
    expect(answers.filter((x) => x.status === 409)).toHaveLength(49);
    const stored = (await agreement(a.id)) as unknown as { history: { type: string }[] };
    expect(stored.history.filter((e) => e.type === 'signatory_answered')).toHaveLength(1);
  });

  it('answers 409 with the current state once the office has recorded the partner’s signature by hand', async () => {
    const a = await approvedMemorandum();
    const { snapshotHash } = (await preview(a.token)).body;
    expect((await h.post(`/api/agreements/${a.id}/signatures`, { party: 'partner', date: today(), signatoryName: 'Zhang Min', signatoryPosition: 'President' }, { cookie: office })).status).toBe(200);
    const late = await sign(a.token, { answer: 'approve', name: 'Zhang Min', position: 'President', snapshotHash });
    expect(late).toMatchObject({ status: 409, body: { error: 'already_answered', status: 'approved', partnerSignedOn: today() } });
    expect((await preview(a.token)).body.choices).toEqual([]);
  });

  it('refuses forged links as an approver’s, reminds with a fresh link, tells the office of silence and of a bounce, and expires', async () => {
    const forged = await h.post('/api/partner-links/preview', { token: 'x'.repeat(43) });
    expect(forged.status).toBe(404);
    expect((await h.post('/api/partner-links/sign', { token: 'x'.repeat(43), answer: 'approve', name: 'A', position: 'B', snapshotHash: 'a'.repeat(64) })).status).toBe(404);

    const a = await approvedMemorandum();
    try {
      // Three days on: a reminder with a fresh link; the first is replaced.
      offsetMs = 3 * DAY + 60_000;
      await tick(h.deps);
      const second = await nthLink(a.reference, 2);
      expect((await preview(a.token)).body).toMatchObject({ error: 'link_replaced' });
      expect((await preview(second)).status).toBe(200);
      // After the reminders, the office is told once, and the reminders stop.
      offsetMs = 6 * DAY + 120_000;
      await tick(h.deps);
      offsetMs = 9 * DAY + 180_000;
      await tick(h.deps);
      await h.waitForEmail((e) => to('iro@uni.example')(e) && e.subject.includes(a.reference) && /signatory|подписант|imzolovchi/i.test(e.subject), 'the office told of the silence');
      // Read from the table: nine days on, the office's session of today has run out.
      expect(((await getSubmission(h.deps.db, 'memorandum', a.id)) as Agreement).partnerSigning).toMatchObject({ escalatedAt: expect.any(String), reminders: 2 });

      // A bounce of the signatory's address tells the office, naming the partner's side.
      // SES cannot be made to bounce locally: its event is fed in by hand (as in bounces.test.ts), the rest is the real path.
      const event = JSON.parse(readFileSync(new URL('../fixtures/events/ses/bounce-permanent.json', import.meta.url), 'utf8'));
      event.detail.bounce.bouncedRecipients[0].emailAddress = SIGNATORY;
      event.detail.mail.messageId = `signatory-bounce-${a.id}`;
      event.detail.mail.tags['hamkor-template'] = ['signatory_request'];
      event.detail.mail.tags['hamkor-kind'] = ['memorandum'];
      event.detail.mail.tags['hamkor-id'] = [a.id];
      const bounce = SesMailEventSchema.parse(event.detail);
      expect((await recordUndeliverable(h.deps, bounce)).noticed).toBe(1);
      const notice = await h.waitForEmail((e) => to('admin@uni.example')(e) && /Undeliverable/.test(e.subject) && e.subject.includes(a.reference), 'the office told of the bounce');
      expect(notice.body.text).toContain('the partner’s signatory, whose approval of the memorandum’s text is awaited');

      // Past its time, the newest link (the second reminder's) is gone too.
      const last = await nthLink(a.reference, 3);
      offsetMs = 60 * DAY;
      expect((await preview(last)).body).toMatchObject({ error: 'link_expired' });
    } finally {
      offsetMs = 0;
    }
  });
});
