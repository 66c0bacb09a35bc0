/**
 * The rules for documents, without I/O: which kinds, types and sizes may be declared, how an
 * upload is checked against its declaration, how a download names the file, and what the
 * presigned URLs sign (presigning is computation only: no request is sent).
 */
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../functions/lib/config';
import { newDocumentId } from '../../functions/lib/services/documents';
import { attachmentDisposition, createStorage, presignDownload, presignUpload, storageFor } from '../../functions/lib/storage/s3';
import {
  AgreementDocumentRequestSchema,
  exampleOf,
  MAX_DOCUMENT_BYTES,
  NominationDocumentRequestSchema,
  uploadMismatch,
} from '../../shared/schemas';

const PDF = 'application/pdf';
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const declared = (change: Record<string, unknown> = {}) => ({ kind: 'transcript', fileName: 'transcript.pdf', contentType: PDF, size: 1000, ...change });
const fieldsOf = (result: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }) => (result.error?.issues ?? []).map((i) => i.path.join('.'));

describe('declaring a document', () => {
  it.each([
    [PDF, 'transcript.pdf'],
    [DOCX, 'transcript.docx'],
    ['image/jpeg', 'transcript.jpg'],
    ['image/jpeg', 'transcript.jpeg'],
    ['image/png', 'Transcript.PNG'],
  ])('accepts %s named %s', (contentType, fileName) => {
    expect(NominationDocumentRequestSchema.safeParse(declared({ contentType, fileName })).success).toBe(true);
  });

  it.each(['text/html', 'application/zip', 'image/gif', 'image/svg+xml', 'application/msword', 'application/pdf; charset=utf-8', 'APPLICATION/PDF', ''])(
    'refuses the content type %j, naming the four that are accepted',
    (contentType) => {
      const result = NominationDocumentRequestSchema.safeParse(declared({ contentType }));

      expect(fieldsOf(result)).toContain('contentType');
      expect(result.error!.issues.find((i) => i.path[0] === 'contentType')!.message).toBe('Only PDF, DOCX, JPEG or PNG files can be attached');
    },
  );

  it('accepts 1 byte and exactly 20 MB, and refuses 0 bytes, 20 MB and one byte, fractions and negatives', () => {
    const sizeOk = (size: unknown) => NominationDocumentRequestSchema.safeParse(declared({ size })).success;

    expect(MAX_DOCUMENT_BYTES).toBe(20 * 1024 * 1024);
    expect(sizeOk(1)).toBe(true);
    expect(sizeOk(MAX_DOCUMENT_BYTES)).toBe(true);
    for (const size of [0, MAX_DOCUMENT_BYTES + 1, 10.5, -1, '1000', null]) expect(sizeOk(size), String(size)).toBe(false);
    expect(NominationDocumentRequestSchema.safeParse(declared({ size: MAX_DOCUMENT_BYTES + 1 })).error!.issues[0]!.message).toBe('A document may be at most 20 MB');
  });

  it('refuses a file name whose extension does not match the type, on the fileName field', () => {
    for (const [contentType, fileName] of [
      [PDF, 'transcript.exe'],
      [PDF, 'transcript.pdf.exe'],
      [PDF, 'transcript'],
      [DOCX, 'transcript.pdf'],
      ['image/png', 'photo.jpg'],
    ]) {
      const result = NominationDocumentRequestSchema.safeParse(declared({ contentType, fileName }));
      expect(fieldsOf(result), fileName).toEqual(['fileName']);
    }
  });

  it('refuses a file name that is a path, has control characters, is blank or too long', () => {
    for (const fileName of ['../etc/passwd.pdf', 'C:\\Users\\me\\cv.pdf', 'cv\r\nX-Evil: 1.pdf', '   ', `${'x'.repeat(200)}.pdf`]) {
      expect(fieldsOf(NominationDocumentRequestSchema.safeParse(declared({ fileName }))), JSON.stringify(fileName)).toContain('fileName');
    }
  });

  it('keeps the kinds apart: transcripts and CVs for nominations, drafts and signed copies for memoranda', () => {
    expect(NominationDocumentRequestSchema.safeParse(declared({ kind: 'cv' })).success).toBe(true);
    expect(fieldsOf(NominationDocumentRequestSchema.safeParse(declared({ kind: 'signed' })))).toEqual(['kind']);
    expect(AgreementDocumentRequestSchema.safeParse(declared({ kind: 'signed' })).success).toBe(true);
    expect(AgreementDocumentRequestSchema.safeParse(declared({ kind: 'draft' })).success).toBe(true);
    expect(fieldsOf(AgreementDocumentRequestSchema.safeParse(declared({ kind: 'transcript' })))).toEqual(['kind']);
  });

  it('refuses fields it does not know', () => {
    expect(fieldsOf(NominationDocumentRequestSchema.safeParse({ ...declared(), key: 'documents/elsewhere' }))).toEqual(['']);
  });

  it('has valid examples in the API description', () => {
    for (const schema of [NominationDocumentRequestSchema, AgreementDocumentRequestSchema]) {
      expect(schema.safeParse(exampleOf(schema)).success).toBe(true);
    }
  });
});

describe('checking an upload against its declaration', () => {
  const pdf = new TextEncoder().encode('%PDF-1.7\n');

  it('accepts the declared size and type with the type’s first bytes', () => {
    expect(uploadMismatch({ contentType: PDF, size: 9 }, { size: 9, contentType: PDF, firstBytes: pdf })).toBeUndefined();
    expect(uploadMismatch({ contentType: PDF, size: 9 }, { size: 9, contentType: 'application/pdf; charset=binary', firstBytes: pdf })).toBeUndefined();
    expect(uploadMismatch({ contentType: 'image/png', size: 8 }, { size: 8, contentType: 'image/png', firstBytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]) })).toBeUndefined();
    expect(uploadMismatch({ contentType: 'image/jpeg', size: 3 }, { size: 3, contentType: 'image/jpeg', firstBytes: new Uint8Array([0xff, 0xd8, 0xff]) })).toBeUndefined();
    expect(uploadMismatch({ contentType: DOCX, size: 4 }, { size: 4, contentType: DOCX, firstBytes: new TextEncoder().encode('PK\x03\x04') })).toBeUndefined();
  });

  it('names what differs: the size, the type, or the content', () => {
    expect(uploadMismatch({ contentType: PDF, size: 9 }, { size: 10, contentType: PDF, firstBytes: pdf })).toBe('The stored file has 10 bytes, not the 9 declared');
    expect(uploadMismatch({ contentType: PDF, size: 9 }, { size: 9, contentType: 'text/html', firstBytes: pdf })).toBe('The stored file is of type text/html, not application/pdf');
    expect(uploadMismatch({ contentType: PDF, size: 9 }, { size: 9, firstBytes: pdf })).toBe('The stored file is of type unknown, not application/pdf');
    expect(uploadMismatch({ contentType: PDF, size: 9 }, { size: 9, contentType: PDF, firstBytes: new TextEncoder().encode('<html>') })).toBe('The file does not start like a PDF file');
    expect(uploadMismatch({ contentType: 'image/png', size: 9 }, { size: 9, contentType: 'image/png', firstBytes: pdf })).toBe('The file does not start like a PNG file');
    expect(uploadMismatch({ contentType: PDF, size: 9 }, { size: 9, contentType: PDF, firstBytes: new Uint8Array() })).toBe('The file does not start like a PDF file');
  });
});

describe('the download’s file name', () => {
  it('is an attachment with a plain-ASCII name and the exact UTF-8 name', () => {
    expect(attachmentDisposition('cv.pdf')).toBe(`attachment; filename="cv.pdf"; filename*=UTF-8''cv.pdf`);
    expect(attachmentDisposition('Шартнома (imzolangan).pdf')).toBe(
      `attachment; filename="________ (imzolangan).pdf"; filename*=UTF-8''%D0%A8%D0%B0%D1%80%D1%82%D0%BD%D0%BE%D0%BC%D0%B0%20%28imzolangan%29.pdf`,
    );
  });

  it('cannot be broken out of by quotes, backslashes or line breaks in the name', () => {
    const header = attachmentDisposition('a"; filename="evil.exe\\\r\nSet-Cookie: x.pdf');

    expect(header).not.toMatch(/[\r\n]/);
    expect(header.match(/"/g)).toHaveLength(2);
    expect(header.startsWith('attachment; filename="a_; filename=_evil.exe___Set-Cookie: x.pdf"; filename*=UTF-8\'\'')).toBe(true);
  });
});

describe('presigned URLs', () => {
  const storage = createStorage({ bucket: 'hamkor-documents', region: 'eu-central-1', endpoint: 'http://127.0.0.1:8010' });
  const now = new Date('2026-03-01T10:00:00Z');

  it('for an upload sign the content type and length and a write-once condition, live ten minutes, and carry no checksum of an empty body', async () => {
    const upload = await presignUpload(storage, { key: 'documents/NOM/n1/d1', contentType: PDF, size: 1234, now });
    const params = new URL(upload.url).searchParams;

    expect(upload).toEqual({ url: expect.any(String), method: 'PUT', headers: { 'Content-Type': PDF, 'If-None-Match': '*' }, expiresAt: '2026-03-01T10:10:00.000Z' });
    expect(new URL(upload.url).pathname).toBe('/hamkor-documents/documents/NOM/n1/d1');
    expect(params.get('X-Amz-SignedHeaders')).toBe('content-length;content-type;host;if-none-match');
    expect(params.get('X-Amz-Expires')).toBe('600');
    expect(params.get('X-Amz-Date')).toBe('20260301T100000Z');
    expect([...params.keys()].filter((k) => /checksum/i.test(k))).toEqual([]);
  });

  it('for a download live five minutes and ask for an attachment of the recorded type', async () => {
    const download = await presignDownload(storage, { key: 'documents/NOM/n1/d1', fileName: 'cv.pdf', contentType: PDF, now });
    const params = new URL(download.url).searchParams;

    expect(download.expiresAt).toBe('2026-03-01T10:05:00.000Z');
    expect(params.get('X-Amz-Expires')).toBe('300');
    expect(params.get('response-content-disposition')).toBe(`attachment; filename="cv.pdf"; filename*=UTF-8''cv.pdf`);
    expect(params.get('response-content-type')).toBe(PDF);
    expect(params.has('versionId')).toBe(false);
    expect([...params.keys()].filter((k) => /checksum/i.test(k))).toEqual([]);
  });

  it('for a download of a checked version name that version in the query, where a link can carry it', async () => {
    const download = await presignDownload(storage, { key: 'documents/NOM/n1/d1', versionId: 'v3.Lk_9', fileName: 'cv.pdf', contentType: PDF, now });
    const params = new URL(download.url).searchParams;

    expect(params.get('versionId')).toBe('v3.Lk_9');
    expect(params.get('X-Amz-SignedHeaders')).toBe('host');
  });
});

describe('the documents bucket setting', () => {
  const env = { TABLE_NAME: 'hamkor', APP_URL: 'https://hamkor.uni.example', MAIL_FROM: 'Hamkor <hamkor@uni.example>' };

  it('is what the API’s storage is built on, and its absence stops the API at cold start with a ConfigError naming it', () => {
    expect(storageFor(loadConfig({ ...env, DOCUMENTS_BUCKET: 'hamkor-prod-documents' })).bucket).toBe('hamkor-prod-documents');
    expect(() => storageFor(loadConfig(env))).toThrow(ConfigError);
    expect(() => storageFor(loadConfig(env))).toThrow(/DOCUMENTS_BUCKET/);
  });

  it('is not needed by the functions that store no documents, and must be a bucket name when given', () => {
    expect(loadConfig(env).documentsBucket).toBeUndefined();
    expect(() => loadConfig({ ...env, DOCUMENTS_BUCKET: 'Not A Bucket!' })).toThrow(/DOCUMENTS_BUCKET/);
  });
});

describe('document ids', () => {
  it('sort by the time they were made and are never the same twice', () => {
    const ids = [new Date('2026-01-01T00:00:00Z'), new Date('2026-01-01T00:00:00.001Z'), new Date('2031-07-09T12:00:00Z')].map(newDocumentId);

    expect([...ids].sort()).toEqual(ids);
    expect(newDocumentId(new Date(0))).not.toBe(newDocumentId(new Date(0)));
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]{9}-[A-Za-z0-9_-]{16}$/);
  });
});
