/**
 * Documents for tests that need one on file before they start: a small PDF, and the three steps
 * that put it on an item (declared to the API, sent straight to storage with the presigned URL,
 * confirmed). The steps themselves are tested in tests/integration/documents.test.ts.
 */
import { expect } from 'vitest';
import type { Harness } from './harness';

/**
 * A small but real PDF (one empty page), enough for the upload's check of its first bytes. With
 * `note`, a comment line carrying it, so that two files differ.
 */
export const pdfBytes = (note?: string) =>
  new TextEncoder().encode(
    `%PDF-1.4\n${note === undefined ? '' : `% ${note}\n`}1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n` +
      '3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
  );

/** Declares, uploads and confirms a PDF of `item` (`/api/nominations/<id>` or `/api/agreements/<id>`) as the holder of `cookie`. */
export async function uploadPdf(h: Harness, cookie: string, item: string, file: { kind: string; fileName: string; bytes?: Uint8Array<ArrayBuffer> }): Promise<{ id: string }> {
  const bytes = file.bytes ?? pdfBytes();
  const declared = await h.post(`${item}/documents`, { kind: file.kind, fileName: file.fileName, contentType: 'application/pdf', size: bytes.byteLength }, { cookie });
  expect(declared.status, await declared.clone().text()).toBe(201);
  const { document, upload } = (await declared.json()) as { document: { id: string }; upload: { url: string; headers: Record<string, string> } };
  expect((await fetch(upload.url, { method: 'PUT', headers: upload.headers, body: bytes })).status).toBe(200);
  expect((await h.post(`${item}/documents/${document.id}/complete`, {}, { cookie })).status).toBe(200);
  return document;
}
