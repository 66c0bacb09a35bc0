/**
 * Documents through presigned URLs, against s3rver (behind the local stack's signature check) and
 * DynamoDB Local: a file is declared, uploaded straight to storage with the URL, checked, listed
 * and downloaded; storage refuses what the URL was not signed for; type and size are refused
 * before any URL exists; only people who may see an item see its documents; download URLs expire.
 */
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listDocuments } from '../../functions/lib/db/documents';
import { presignDownload, readFirstBytes } from '../../functions/lib/storage/s3';
import { loadSeed } from '../../infra/local/seed';
import { MAX_DOCUMENT_BYTES, type AttachedDocument } from '../../shared/schemas';
import { describeBadInput, type BodyRoute } from '../support/bad-input';
import { pdfBytes } from '../support/documents';
import { memorandumBody, nominationBody, startHarness, type Harness } from '../support/harness';

type Issued = { document: AttachedDocument; upload: { url: string; method: 'PUT'; headers: Record<string, string>; expiresAt: string } };

const PDF = 'application/pdf';
const pngBytes = () => new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...new TextEncoder().encode('not really pixels, but a PNG signature')]);

let h: Harness;
let faculty: string;
let otherFaculty: string;
let legal: string;
let head: string;
let admin: string;
let nominationId: string;
let memorandumId: string;

beforeAll(async () => {
  // A second plain submitter in the same faculty: a colleague, not an approver of anything.
  const seed = loadSeed();
  const colleague = { ...seed.people.find((p) => p.email === 'faculty@uni.example')!, email: 'colleague@uni.example', name: 'Laylo Saidova' };
  h = await startHarness('documents', {}, { seed: { ...seed, people: [...seed.people, colleague] } });
  faculty = await h.signIn('faculty@uni.example');
  otherFaculty = await h.signIn('colleague@uni.example');
  legal = await h.signIn('legal@uni.example'); // an approver, but not in the nomination chain
  head = await h.signIn('head.physics@uni.example'); // the nomination's first approver
  admin = await h.signIn('admin@uni.example');
  nominationId = ((await (await h.post('/api/nominations', nominationBody(), { cookie: faculty })).json()) as { id: string }).id;
  memorandumId = ((await (await h.post('/api/agreements', memorandumBody(), { cookie: faculty })).json()) as { id: string }).id;
});
afterAll(() => h?.stop());

const documentsPath = (entity: 'nominations' | 'agreements', id: string) => `/api/${entity}/${id}/documents`;

async function declare(cookie: string, body: Record<string, unknown>, entity: 'nominations' | 'agreements' = 'nominations', id = nominationId) {
  return h.post(documentsPath(entity, id), body, { cookie });
}

async function issue(cookie: string, bytes: Uint8Array<ArrayBuffer>, opts: { kind?: string; fileName?: string; contentType?: string; entity?: 'nominations' | 'agreements'; id?: string } = {}): Promise<Issued> {
  const res = await declare(
    cookie,
    { kind: opts.kind ?? 'transcript', fileName: opts.fileName ?? 'transcript.pdf', contentType: opts.contentType ?? PDF, size: bytes.byteLength },
    opts.entity,
    opts.id,
  );
  expect(res.status).toBe(201);
  return (await res.json()) as Issued;
}

const put = (upload: Issued['upload'], body: Uint8Array<ArrayBuffer>, headers: Record<string, string> = upload.headers) => fetch(upload.url, { method: 'PUT', headers, body });

async function upload(cookie: string, bytes: Uint8Array<ArrayBuffer>, opts: Parameters<typeof issue>[2] = {}) {
  const issued = await issue(cookie, bytes, opts);
  expect((await put(issued.upload, bytes)).status).toBe(200);
  const done = await h.post(`${documentsPath(opts.entity ?? 'nominations', opts.id ?? nominationId)}/${issued.document.id}/complete`, {}, { cookie });
  expect(done.status).toBe(200);
  return (await done.json()) as AttachedDocument;
}

describe('a document uploaded and downloaded through presigned URLs', () => {
  it('is declared, sent straight to storage, checked, listed, and comes back byte for byte as an attachment under its name', async () => {
    // Prepare
    const bytes = pdfBytes();
    const fileName = 'Transcript – Aziz Rakhimov (2025).pdf';

    // Act
    const declared = await declare(faculty, { kind: 'transcript', fileName, contentType: PDF, size: bytes.byteLength });
    const issued = (await declared.json()) as Issued;
    const listedBefore = (await (await h.get(documentsPath('nominations', nominationId), { cookie: faculty })).json()) as AttachedDocument[];
    const stored = await put(issued.upload, bytes);
    const completed = await h.post(`${documentsPath('nominations', nominationId)}/${issued.document.id}/complete`, {}, { cookie: faculty });
    const listed = await h.get(documentsPath('nominations', nominationId), { cookie: faculty });
    const link = await h.get(`${documentsPath('nominations', nominationId)}/${issued.document.id}/download`, { cookie: faculty });
    const { url, expiresAt } = (await link.json()) as { url: string; expiresAt: string };
    const file = await fetch(url);

    // Assess
    expect(declared.status).toBe(201);
    expect(issued.document).toMatchObject({ kind: 'transcript', fileName, contentType: PDF, size: bytes.byteLength, status: 'pending', uploadedBy: { email: 'faculty@uni.example' } });
    expect(issued.upload).toMatchObject({ method: 'PUT', headers: { 'Content-Type': PDF, 'If-None-Match': '*' } });
    expect(new URL(issued.upload.url).origin).toBe(h.config.s3Endpoint);
    expect(new URL(issued.upload.url).searchParams.get('X-Amz-SignedHeaders')).toBe('content-length;content-type;host;if-none-match');
    expect(Date.parse(issued.upload.expiresAt) - Date.now()).toBeGreaterThan(9 * 60_000);
    expect(Date.parse(issued.upload.expiresAt) - Date.now()).toBeLessThanOrEqual(10 * 60_000);
    expect(listedBefore.map((d) => d.id)).not.toContain(issued.document.id);
    expect(stored.status).toBe(200);
    expect(completed.status).toBe(200);
    expect(await completed.json()).toMatchObject({ id: issued.document.id, status: 'uploaded', uploadedAt: expect.any(String) });
    const documents = (await listed.json()) as Record<string, unknown>[];
    expect(documents).toContainEqual(expect.objectContaining({ id: issued.document.id, status: 'uploaded', fileName }));
    expect(JSON.stringify(documents)).not.toContain('documents/'); // where it lies in storage stays on the server
    expect(link.status).toBe(200);
    expect(Date.parse(expiresAt) - Date.now()).toBeLessThanOrEqual(5 * 60_000);
    expect(file.status).toBe(200);
    expect(new Uint8Array(await file.arrayBuffer())).toEqual(bytes);
    expect(file.headers.get('content-type')).toBe(PDF);
    expect(file.headers.get('content-disposition')).toBe(
      `attachment; filename="Transcript _ Aziz Rakhimov (2025).pdf"; filename*=UTF-8''Transcript%20%E2%80%93%20Aziz%20Rakhimov%20%282025%29.pdf`,
    );
  });

  it('answers a repeated completion with the same document', async () => {
    // Prepare
    const issued = await issue(faculty, pdfBytes());
    await put(issued.upload, pdfBytes());
    const complete = () => h.post(`${documentsPath('nominations', nominationId)}/${issued.document.id}/complete`, {}, { cookie: faculty });

    // Act
    const first = await complete();
    const second = await complete();

    // Assess
    expect(first.status).toBe(200);
    expect(second.status).toBe(200);
    expect(await second.json()).toEqual(await first.json());
  });

  it('takes the signed copy of a memorandum from the international office, and lists it oldest first beside the draft', async () => {
    // Prepare
    const draft = await upload(faculty, pdfBytes(), { entity: 'agreements', id: memorandumId, kind: 'draft', fileName: 'MoU draft.pdf' });

    // Act
    const signed = await upload(admin, pngBytes(), { entity: 'agreements', id: memorandumId, kind: 'signed', fileName: 'MoU signed.png', contentType: 'image/png' });
    const listed = (await (await h.get(documentsPath('agreements', memorandumId), { cookie: faculty })).json()) as AttachedDocument[];

    // Assess
    expect(signed).toMatchObject({ kind: 'signed', status: 'uploaded', uploadedBy: { email: 'admin@uni.example' } });
    expect(listed.map((d) => d.id)).toEqual([draft.id, signed.id]);
  });

  it('says 409 when completion is asked before anything was uploaded', async () => {
    // Prepare
    const issued = await issue(faculty, pdfBytes());

    // Act
    const res = await h.post(`${documentsPath('nominations', nominationId)}/${issued.document.id}/complete`, {}, { cookie: faculty });

    // Assess
    expect(res.status).toBe(409);
    expect(await res.json()).toMatchObject({ error: 'not_uploaded' });
  });
});

describe('storage refuses an upload the URL was not signed for', () => {
  // s3rver 3.7.1 by itself checks only the access key id and the expiry of a presigned URL, never
  // its signature: every PUT below would be stored. The local stack puts S3's own check in front
  // of it (infra/local/s3-signatures.ts), so these answers are S3's: 403 and nothing stored.
  it('refuses a body of another content type than declared, and nothing is stored', async () => {
    // Prepare
    const issued = await issue(faculty, pdfBytes());

    // Act
    const res = await put(issued.upload, pdfBytes(), { 'Content-Type': 'text/html' });
    const complete = await h.post(`${documentsPath('nominations', nominationId)}/${issued.document.id}/complete`, {}, { cookie: faculty });

    // Assess
    expect(res.status).toBe(403);
    expect(await res.text()).toContain('SignatureDoesNotMatch');
    expect(complete.status).toBe(409);
  });

  it('refuses a body larger or smaller than declared', async () => {
    // Prepare
    const issued = await issue(faculty, pdfBytes());
    const bigger = new Uint8Array([...pdfBytes(), ...new Uint8Array(1024)]);
    const smaller = pdfBytes().slice(0, 20);

    // Act
    const tooBig = await put(issued.upload, bigger);
    const tooSmall = await put(issued.upload, smaller);

    // Assess
    expect(tooBig.status).toBe(403);
    expect(tooSmall.status).toBe(403);
  });

  it('refuses the URL used for another object, for another method, or without its signature', async () => {
    // Prepare
    const issued = await issue(faculty, pdfBytes());
    const elsewhere = issued.upload.url.replace(issued.document.id, `${issued.document.id}x`);
    const unsigned = issued.upload.url.split('?')[0]!;

    // Act
    const moved = await fetch(elsewhere, { method: 'PUT', headers: issued.upload.headers, body: pdfBytes() });
    const asGet = await fetch(issued.upload.url);
    const anonymous = await fetch(unsigned, { method: 'PUT', headers: issued.upload.headers, body: pdfBytes() });

    // Assess
    expect(moved.status).toBe(403);
    expect(asGet.status).toBe(403);
    expect(anonymous.status).toBe(403);
  });

  it('refuses at completion a stored file that does not start like its type, and never serves it', async () => {
    // Prepare: what a signature cannot see, the content, put there past the URL (by the SDK itself).
    const issued = await issue(faculty, pdfBytes());
    const [record] = (await listDocuments(h.deps.db, 'nomination', nominationId)).filter((r) => r.document.id === issued.document.id);
    const fake = new TextEncoder().encode('<html>'.padEnd(pdfBytes().byteLength, ' '));
    await h.stack.deps.storage.client.send(new PutObjectCommand({ Bucket: h.config.documentsBucket, Key: record!.objectKey, Body: fake, ContentType: PDF }));
    const path = `${documentsPath('nominations', nominationId)}/${issued.document.id}`;

    // Act
    const refused = await h.post(`${path}/complete`, {}, { cookie: faculty });
    const again = await h.post(`${path}/complete`, {}, { cookie: faculty });
    const download = await h.get(`${path}/download`, { cookie: faculty });
    const listed = (await (await h.get(documentsPath('nominations', nominationId), { cookie: faculty })).json()) as AttachedDocument[];

    // Assess
    expect(refused.status).toBe(400);
    expect(await refused.json()).toMatchObject({ error: 'validation_failed', fields: [{ path: 'file', message: 'The file does not start like a PDF file' }] });
    expect(again.status).toBe(409);
    expect(await again.json()).toMatchObject({ error: 'upload_rejected' });
    expect(download.status).toBe(404);
    expect(listed.map((d) => d.id)).not.toContain(issued.document.id);
  });
});

describe('a checked document cannot be swapped', () => {
  // The upload URL lives ten minutes, long after the file was checked. It is write-once: signed
  // with If-None-Match: *, which S3 honours and s3rver does not, so the local stack answers it in
  // front of s3rver as S3 does (infra/local/s3-conditions.ts).
  const path = (id: string) => `${documentsPath('nominations', nominationId)}/${id}`;
  const downloaded = async (id: string, cookie = faculty) => {
    const link = await h.get(`${path(id)}/download`, { cookie });
    expect(link.status).toBe(200);
    return new Uint8Array(await (await fetch(((await link.json()) as { url: string }).url)).arrayBuffer());
  };

  it('refuses a second PUT through the URL after the check, and the download serves the checked bytes', async () => {
    // Prepare
    const checked = pdfBytes('the signed transcript');
    const swap = pdfBytes('a forged transcript!!');
    expect(swap.byteLength).toBe(checked.byteLength); // same length and type: the signature alone cannot tell them apart
    const issued = await issue(faculty, checked);
    expect((await put(issued.upload, checked)).status).toBe(200);
    expect((await h.post(`${path(issued.document.id)}/complete`, {}, { cookie: faculty })).status).toBe(200);

    // Act
    const second = await put(issued.upload, swap);

    // Assess
    expect(second.status).toBe(412);
    expect(await second.text()).toContain('PreconditionFailed');
    expect(await downloaded(issued.document.id)).toEqual(checked);
    expect(await downloaded(issued.document.id, head)).toEqual(checked); // an approver gets the same file
  });

  it('refuses a second PUT before the check too, so the check sees the first file', async () => {
    // Prepare
    const first = pdfBytes('first');
    const issued = await issue(faculty, first);
    expect((await put(issued.upload, first)).status).toBe(200);

    // Act
    const second = await put(issued.upload, pdfBytes('other'));
    const completed = await h.post(`${path(issued.document.id)}/complete`, {}, { cookie: faculty });

    // Assess
    expect(second.status).toBe(412);
    expect(completed.status).toBe(200);
    expect(await downloaded(issued.document.id)).toEqual(first);
  });

  it('lets exactly one of two PUTs racing through the same URL store its file', async () => {
    // Prepare
    const issued = await issue(faculty, pdfBytes('racer A'));

    // Act
    const answers = await Promise.all([put(issued.upload, pdfBytes('racer A')), put(issued.upload, pdfBytes('racer B'))]);
    const completed = await h.post(`${path(issued.document.id)}/complete`, {}, { cookie: faculty });

    // Assess
    expect(answers.map((r) => r.status).sort()).toEqual([200, 412]);
    expect(completed.status).toBe(200);
    const winner = answers[0]!.status === 200 ? pdfBytes('racer A') : pdfBytes('racer B');
    expect(await downloaded(issued.document.id)).toEqual(winner);
  });

  it.each([
    ['without If-None-Match', { 'Content-Type': PDF }],
    ['with If-None-Match naming an ETag instead of *', { 'Content-Type': PDF, 'If-None-Match': '"0123456789abcdef0123456789abcdef"' }],
    ['with an empty If-None-Match', { 'Content-Type': PDF, 'If-None-Match': '' }],
  ])('refuses a PUT %s: the condition is part of the signature', async (_what, headers) => {
    // Prepare
    const issued = await issue(faculty, pdfBytes());

    // Act
    const res = await put(issued.upload, pdfBytes(), headers);
    const complete = await h.post(`${path(issued.document.id)}/complete`, {}, { cookie: faculty });

    // Assess
    expect(res.status).toBe(403);
    expect(await res.text()).toContain('SignatureDoesNotMatch');
    expect(complete.status).toBe(409); // nothing was stored
  });

  it('records the write it checked, and refuses to serve a file replaced past the URLs rather than serve it as checked', async () => {
    // Prepare: only a holder of the bucket's own credentials can still write the key (the SDK itself);
    // s3rver keeps no versions, so the ETag recorded at the check is what tells the files apart.
    const checked = pdfBytes('checked copy');
    const done = await upload(faculty, checked);
    const [record] = (await listDocuments(h.deps.db, 'nomination', nominationId)).filter((r) => r.document.id === done.id);
    const swap = pdfBytes('swapped copy');
    await h.stack.deps.storage.client.send(new PutObjectCommand({ Bucket: h.config.documentsBucket, Key: record!.objectKey, Body: swap, ContentType: PDF }));

    // Act
    const link = await h.get(`${path(done.id)}/download`, { cookie: faculty });
    const listed = (await (await h.get(documentsPath('nominations', nominationId), { cookie: faculty })).json()) as AttachedDocument[];

    // Assess
    expect(record!.checked).toEqual({ etag: expect.stringMatching(/^"[0-9a-f]{32}"$/) }); // no version id: s3rver keeps none
    expect(link.status).toBe(409);
    const body = (await link.json()) as { error: string; url?: string };
    expect(body.error).toBe('document_changed');
    expect(body.url).toBeUndefined();
    expect(listed.map((d) => d.id)).toContain(done.id); // still on file; only its bytes are not served
  });

  it('reads a file pinned to one write only while that write is there (If-Match, as S3 honours it)', async () => {
    // Prepare
    const done = await upload(faculty, pdfBytes());
    const [record] = (await listDocuments(h.deps.db, 'nomination', nominationId)).filter((r) => r.document.id === done.id);

    // Act
    const same = await readFirstBytes(h.stack.deps.storage, record!.objectKey, 4, record!.checked);
    const other = await readFirstBytes(h.stack.deps.storage, record!.objectKey, 4, { etag: '"0123456789abcdef0123456789abcdef"' });

    // Assess
    expect(same).toEqual(new TextEncoder().encode('%PDF'));
    expect(other).toBeUndefined();
  });
});

describe('a document of the wrong type or size', () => {
  const pending = async () => (await listDocuments(h.deps.db, 'nomination', nominationId)).length;

  it.each([
    ['an HTML page', { contentType: 'text/html', fileName: 'cv.html' }, 'contentType'],
    ['a ZIP archive', { contentType: 'application/zip', fileName: 'cv.zip' }, 'contentType'],
    ['a GIF image', { contentType: 'image/gif', fileName: 'cv.gif' }, 'contentType'],
    ['an empty file', { size: 0 }, 'size'],
    ['a file one byte over 20 MB', { size: MAX_DOCUMENT_BYTES + 1 }, 'size'],
    ['a PDF named like a program', { fileName: 'cv.pdf.exe' }, 'fileName'],
    ['a kind that belongs to memoranda', { kind: 'signed' }, 'kind'],
  ])('is refused with 400 before any URL is issued: %s', async (_what, change, field) => {
    // Prepare
    const before = await pending();

    // Act
    const res = await declare(faculty, { kind: 'cv', fileName: 'cv.pdf', contentType: PDF, size: 1000, ...change });
    const body = (await res.json()) as { error: string; fields: { path: string; message: string }[]; upload?: unknown };

    // Assess
    expect(res.status).toBe(400);
    expect(body.error).toBe('validation_failed');
    expect(body.fields.map((f) => f.path)).toContain(field);
    expect(body.upload).toBeUndefined();
    expect(await pending()).toBe(before); // nothing was recorded either
  });

  it('is accepted at exactly 20 MB, in each of the four types', async () => {
    for (const [contentType, fileName] of [
      [PDF, 'cv.pdf'],
      ['application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'cv.docx'],
      ['image/jpeg', 'cv.JPEG'],
      ['image/png', 'cv.png'],
    ]) {
      const res = await declare(faculty, { kind: 'cv', fileName, contentType, size: MAX_DOCUMENT_BYTES });
      expect(res.status, contentType).toBe(201);
    }
  });
});

describe('who sees and adds documents', () => {
  let documentId: string;
  beforeAll(async () => {
    documentId = (await upload(faculty, pdfBytes(), { kind: 'cv', fileName: 'cv.pdf' })).id;
  });
  const list = (cookie: string) => h.get(documentsPath('nominations', nominationId), { cookie });
  const download = (cookie: string, id = nominationId, entity: 'nominations' | 'agreements' = 'nominations') => h.get(`${documentsPath(entity, id)}/${documentId}/download`, { cookie });

  it('another faculty member gets the same 404 as for an unknown nomination: no listing, no download, no upload', async () => {
    // Act
    const unknown = await h.get(documentsPath('nominations', 'no-such-nomination'), { cookie: otherFaculty });
    const answers = [
      await list(otherFaculty),
      await download(otherFaculty),
      await declare(otherFaculty, { kind: 'cv', fileName: 'cv.pdf', contentType: PDF, size: 10 }),
      await h.post(`${documentsPath('nominations', nominationId)}/${documentId}/complete`, {}, { cookie: otherFaculty }),
    ];

    // Assess
    expect(unknown.status).toBe(404);
    const unknownBody = (await unknown.json()) as { error: string; message: string };
    for (const res of answers) {
      expect(res.status).toBe(404);
      expect(await res.json()).toMatchObject({ error: unknownBody.error, message: unknownBody.message });
    }
  });

  it('an approver outside the nomination’s chain gets 404 on the listing and the download', async () => {
    expect((await list(legal)).status).toBe(404);
    expect((await download(legal)).status).toBe(404);
  });

  it('an approver of the nomination may read its documents but not add to them', async () => {
    // Act
    const listed = await list(head);
    const link = await download(head);
    const added = await declare(head, { kind: 'cv', fileName: 'cv.pdf', contentType: PDF, size: 10 });

    // Assess
    expect(listed.status).toBe(200);
    expect(link.status).toBe(200);
    expect((await fetch(((await link.json()) as { url: string }).url)).status).toBe(200);
    expect(added.status).toBe(403);
  });

  it('the international office reads every nomination’s documents', async () => {
    expect((await list(admin)).status).toBe(200);
    expect((await download(admin)).status).toBe(200);
  });

  it('a document is found only under its own nomination', async () => {
    expect((await download(faculty, memorandumId, 'agreements')).status).toBe(404);
  });

  it('nobody signed out gets anything', async () => {
    expect((await h.get(documentsPath('nominations', nominationId))).status).toBe(401);
    expect((await h.get(`${documentsPath('nominations', nominationId)}/${documentId}/download`)).status).toBe(401);
  });
});

describe('a download URL', () => {
  let key: string;
  let documentId: string;
  beforeAll(async () => {
    documentId = (await upload(faculty, pdfBytes())).id;
    key = (await listDocuments(h.deps.db, 'nomination', nominationId)).find((r) => r.document.id === documentId)!.objectKey;
  });

  it('stops working once it expires', async () => {
    // Prepare: the adapter's own presigning, with a three-second lifetime instead of five minutes.
    // The signature's date has whole seconds only, so the URL is signed on a whole second: signed
    // at .9 of a second, a one-second URL would live a tenth of one, and a busy CI machine's
    // first fetch could come after it (it did, once).
    const signedAt = new Date(Math.floor(Date.now() / 1000) * 1000);
    const { url } = await presignDownload(h.stack.deps.storage, { key, fileName: 'transcript.pdf', contentType: PDF, now: signedAt, expiresInSeconds: 3 });

    // Act
    const fresh = await fetch(url);
    await fresh.arrayBuffer();
    await new Promise((r) => setTimeout(r, Math.max(0, signedAt.getTime() + 4_100 - Date.now())));
    const expired = await fetch(url);

    // Assess
    expect(fresh.status).toBe(200);
    expect(expired.status).toBe(403);
    expect(await expired.text()).toContain('Request has expired');
  });

  it('signed by a clock five minutes and a second behind is already dead', async () => {
    // Prepare
    const past = new Date(Date.now() - 5 * 60_000 - 1_000);

    // Act
    const { url, expiresAt } = await presignDownload(h.stack.deps.storage, { key, fileName: 'transcript.pdf', contentType: PDF, now: past });
    const res = await fetch(url);

    // Assess
    expect(Date.parse(expiresAt)).toBeLessThan(Date.now());
    expect(res.status).toBe(403);
  });
});

describe('paths with a document id', () => {
  it('answer a malformed document id with 400 naming docId, and an unknown one with 404, never 500', async () => {
    const base = documentsPath('nominations', nominationId);
    const malformed = await h.post(`${base}/${'x'.repeat(80)}/complete`, {}, { cookie: faculty });
    expect(malformed.status).toBe(400);
    expect(await malformed.json()).toMatchObject({ fields: [{ path: 'docId' }] });
    expect((await h.get(`${base}/%E2%9C%93bad/download`, { cookie: faculty })).status).toBe(400);
    expect((await h.get(`${base}/unknown-document/download`, { cookie: faculty })).status).toBe(404);
    expect((await h.post(`${base}/unknown-document/complete`, {}, { cookie: faculty })).status).toBe(404);
  });
});

const valid = { kind: 'transcript', fileName: 'transcript.pdf', contentType: PDF, size: 1234 };
const routes: BodyRoute[] = [
  { cookie: () => faculty, name: '/api/nominations/:id/documents', method: 'POST', path: () => documentsPath('nominations', nominationId), valid: () => valid },
  { cookie: () => faculty, name: '/api/agreements/:id/documents', method: 'POST', path: () => documentsPath('agreements', memorandumId), valid: () => ({ ...valid, kind: 'draft' }) },
];

describeBadInput(() => h, routes);
