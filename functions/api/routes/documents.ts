/**
 * Documents of nominations (`/nominations/:id/documents`) and memoranda (`/agreements/:id/documents`):
 * declare a file (type and size are checked here, before any URL exists), upload it straight to S3
 * with the URL in the answer, confirm, list, and get a short-lived download URL.
 */
import { documentRequestSchemaFor, type DocumentRequest } from '../../../shared/schemas/document';
import type { SubmissionKind } from '../../../shared/schemas/entities';
import * as documents from '../../lib/services/documents';
import { depsOf, signedIn } from '../context';
import type { ApiRouter } from '../router';

const BAD = { 400: 'Bad input, with field errors', 401: 'Not signed in' };
const MISSING = { 404: 'No such item or document (or not yours to see)' };

export function documentRoutes(r: ApiRouter, kind: SubmissionKind, path: '/nominations' | '/agreements') {
  const tag = path.slice(1);
  const noun = kind === 'nomination' ? 'nomination' : 'memorandum';
  const base = `${path}/:id/documents`;
  const item = kind === 'nomination' ? 'Nomination' : 'Agreement';

  r.add(
    {
      method: 'post',
      operationId: `add${item}Document`,
      access: 'session',
      path: base,
      tag,
      summary: `Declare a document of a ${noun} and get a URL to upload it to`,
      description:
        'PDF, DOCX, JPEG or PNG, at most 20 MB. The answer has `upload: {url, method: "PUT", headers}`: send the file body with exactly ' +
        'those headers within ten minutes (its type and length are part of the signature), then call `…/complete`.',
      body: documentRequestSchemaFor(kind),
      responses: { 201: 'The pending document and its upload URL (send exactly its headers with the PUT)', ...BAD, 403: 'Only the submitter and the international office add documents', ...MISSING },
    },
    async (c, { id, body }) => {
      const person = await signedIn(c);
      return c.json(await documents.requestUpload(depsOf(c), kind, id, body as DocumentRequest, person), 201);
    },
  );

  r.add(
    {
      method: 'post',
      operationId: `complete${item}Document`,
      access: 'session',
      path: `${base}/:docId/complete`,
      tag,
      summary: 'Confirm an upload: the file is checked in storage against what was declared',
      responses: {
        200: 'The document, uploaded',
        400: 'The stored file is not what was declared (size, type or content); the document is refused',
        401: 'Not signed in',
        403: 'Only who started the upload completes it',
        ...MISSING,
        409: 'Nothing uploaded yet, the upload was already refused, or the file changed while it was checked (upload_changed)',
      },
    },
    async (c, { id, params }) => {
      const person = await signedIn(c);
      return c.json(await documents.completeUpload(depsOf(c), kind, id, params.docId!, person), 200);
    },
  );

  r.add(
    { method: 'get', operationId: `list${item}Documents`, access: 'session', path: base, tag, summary: `The uploaded documents of a ${noun}, oldest first`, responses: { 200: 'The documents', ...BAD, ...MISSING } },
    async (c, { id }) => {
      const person = await signedIn(c);
      return c.json(await documents.listVisible(depsOf(c), kind, id, person), 200);
    },
  );

  r.add(
    {
      method: 'get',
      operationId: `download${item}Document`,
      access: 'session',
      path: `${base}/:docId/download`,
      tag,
      summary: 'A download URL for one document, valid for five minutes',
      responses: {
        200: '`{url, expiresAt}`: the file as an attachment under its original name, exactly as it was checked',
        ...BAD,
        ...MISSING,
        409: 'The stored file is no longer the one that was checked (document_changed), so it is not served',
      },
    },
    async (c, { id, params }) => {
      const person = await signedIn(c);
      return c.json(await documents.downloadUrl(depsOf(c), kind, id, params.docId!, person), 200);
    },
  );
}
