/**
 * The documents an approver sees through their email link: the preview lists the item's uploaded
 * documents, and `POST /api/actions/document` answers a short-lived download URL for one of them,
 * to exactly the links that can preview; anything else is the 404 (or 410) a preview would give.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueActionLink } from '../../functions/lib/db/links';
import { approve, linkFor, NOMINATION_CHAIN } from '../support/chains';
import { pdfBytes, uploadPdf } from '../support/documents';
import { nominationBody, startHarness, type Harness } from '../support/harness';

let h: Harness;
let faculty: string;
let nomination: { id: string; reference: string };
let other: { id: string };
let transcript: { id: string };
let otherCv: { id: string };
let pendingId: string;

const submit = async () => (await (await h.post('/api/nominations', nominationBody(), { cookie: faculty })).json()) as { id: string; reference: string };

beforeAll(async () => {
  h = await startHarness('approver-documents', { LOG_LEVEL: 'silent' });
  faculty = await h.signIn('faculty@uni.example');
  nomination = await submit();
  other = await submit();
  transcript = await uploadPdf(h, faculty, `/api/nominations/${nomination.id}`, { kind: 'transcript', fileName: 'Transcript 2026.pdf', bytes: pdfBytes('transcript') });
  otherCv = await uploadPdf(h, faculty, `/api/nominations/${other.id}`, { kind: 'cv', fileName: 'cv.pdf' });
  // Declared but never uploaded: nothing an approver could open.
  const declared = await h.post(`/api/nominations/${nomination.id}/documents`, { kind: 'cv', fileName: 'pending.pdf', contentType: 'application/pdf', size: 100 }, { cookie: faculty });
  pendingId = ((await declared.json()) as { document: { id: string } }).document.id;
});
afterAll(() => h?.stop());

const document = (token: string, documentId: string) => h.post('/api/actions/document', { token, documentId });

describe('the approver’s link', () => {
  it('shows the item’s uploaded documents in the preview: kind, file name and size', async () => {
    const { token } = await linkFor(h, 'nomination', nomination.id, 0);
    const preview = (await (await h.post('/api/actions/preview', { token })).json()) as { documents: Record<string, unknown>[] };
    expect(preview.documents).toEqual([
      expect.objectContaining({ id: transcript.id, kind: 'transcript', fileName: 'Transcript 2026.pdf', contentType: 'application/pdf', size: pdfBytes('transcript').byteLength }),
    ]);
    expect(preview.documents[0]).not.toHaveProperty('objectKey');
    expect(preview.documents[0]).not.toHaveProperty('uploadedBy');
  });

  it('downloads one of them, byte for byte, through a short-lived URL', async () => {
    const { token } = await linkFor(h, 'nomination', nomination.id, 0);
    const res = await document(token, transcript.id);
    expect(res.status).toBe(200);
    const { url, expiresAt } = (await res.json()) as { url: string; expiresAt: string };
    expect(Date.parse(expiresAt) - Date.now()).toBeLessThanOrEqual(5 * 60_000);
    expect(url).not.toContain(token);
    const file = await fetch(url);
    expect(file.status).toBe(200);
    expect(new Uint8Array(await file.arrayBuffer())).toEqual(pdfBytes('transcript'));
    expect(file.headers.get('content-disposition')).toContain('Transcript 2026.pdf');
  });

  it('still downloads after the approver decided, as the preview still shows the item', async () => {
    const link = await linkFor(h, 'nomination', nomination.id, 0);
    expect((await approve(h, link)).status).toBe(200);
    expect((await document(link.token, transcript.id)).status).toBe(200);
  });

  it('answers 404 for a document of another item, an unknown one, or one never uploaded', async () => {
    const { token } = await linkFor(h, 'nomination', nomination.id, 1);
    expect((await document(token, otherCv.id)).status).toBe(404);
    expect((await document(token, 'no-such-document')).status).toBe(404);
    expect((await document(token, pendingId)).status).toBe(404);
  });

  it('answers a tampered link exactly as the preview does, and an expired one with 410', async () => {
    const { token } = await linkFor(h, 'nomination', nomination.id, 1);
    const tampered = `${token.slice(0, -2)}${token.endsWith('AA') ? 'BB' : 'AA'}`;
    const viaDocument = await document(tampered, transcript.id);
    const viaPreview = await h.post('/api/actions/preview', { token: tampered });
    expect(viaDocument.status).toBe(404);
    const strip = (b: Record<string, unknown>) => ({ ...b, requestId: undefined });
    expect(strip((await viaDocument.json()) as Record<string, unknown>)).toEqual(strip((await viaPreview.json()) as Record<string, unknown>));

    const past = new Date(Date.now() - 2 * 86_400_000);
    const expired = await issueActionLink(h.deps.db, { kind: 'nomination', entityId: nomination.id, round: 1, stepIndex: 1, ...NOMINATION_CHAIN[1]! }, { now: past.toISOString(), expiresAt: new Date(past.getTime() + 60_000).toISOString() });
    expect((await document(expired, transcript.id)).status).toBe(410);
  });
});
