/**
 * One document put on an item, without words: checked first by the API's own rules
 * (shared/schemas/document.ts: PDF, DOCX, JPEG or PNG by its name, not empty, at most 20 MB,
 * starting with the bytes such a file starts with), then declared (POST …/documents for a
 * presigned URL), put straight into the document store, and confirmed (POST …/complete), which the
 * API checks against what was declared. What went wrong is a sentence's key and its values
 * (`attach.*`, form-part-messages.ts), worded by document-upload.ts in the page's words when it is
 * shown, so a language switch words it again.
 */
import { DOCUMENT_TYPES, MAX_DOCUMENT_BYTES, SIGNATURE_BYTES, type ACTIVITY_DOCUMENT_KINDS, type AGREEMENT_DOCUMENT_KINDS, type DocumentContentType, type NOMINATION_DOCUMENT_KINDS } from '../../shared/schemas/document';
import { api } from './api';
import type { AttachedDocument } from './api-types';
import type { Params } from './i18n/fill';
import type { MessageKey } from './i18n/messages';

/** A sentence to say, by its key and the values it is filled with. */
export type Saying = { key: MessageKey; params?: Params };

/** What the file input offers: the accepted extensions and types. */
export const ACCEPTED_FILES = Object.entries(DOCUMENT_TYPES)
  .flatMap(([type, d]) => [...d.extensions, type])
  .join(',');

/** The type a file is declared as, by its name's extension (the API wants the two to agree). */
export function documentTypeOf(fileName: string): DocumentContentType | undefined {
  const dot = fileName.lastIndexOf('.');
  const extension = dot < 0 ? '' : fileName.slice(dot).toLowerCase();
  return (Object.keys(DOCUMENT_TYPES) as DocumentContentType[]).find((type) => (DOCUMENT_TYPES[type].extensions as readonly string[]).includes(extension));
}

/** Why the API would refuse the file, as far as the browser can tell; undefined if it would not. */
export async function fileProblem(file: File): Promise<Saying | undefined> {
  const name = file.name;
  const type = documentTypeOf(name);
  if (!type) return { key: 'attach.badType' };
  if (file.size === 0) return { key: 'attach.empty', params: { name } };
  // Rounded up, so a file just over the limit never reads "20 MB".
  if (file.size > MAX_DOCUMENT_BYTES) return { key: 'attach.tooBig', params: { name, size: Math.ceil(file.size / 104857.6) / 10 } };
  const { signature, label } = DOCUMENT_TYPES[type];
  try {
    const head = new Uint8Array(await file.slice(0, SIGNATURE_BYTES).arrayBuffer());
    if (!signature.every((byte, i) => head[i] === byte)) return { key: 'attach.notLike', params: { name, type: label } };
  } catch {
    /* unreadable here: the API's own look after the upload still comes */
  }
  return undefined;
}

/** The item a document belongs to: a nomination, a memorandum (an agreement) or an international activity, by id. */
export type DocumentOwner = { kind: AttachedDocument['entity']['kind']; id: string };
/** Where the API keeps each kind of item: memoranda under "agreements", as the office says. */
export const ITEMS = { nomination: 'nominations', memorandum: 'agreements', activity: 'activities' } as const;

export type NominationDocumentKind = (typeof NOMINATION_DOCUMENT_KINDS)[number];
export type MemorandumDocumentKind = (typeof AGREEMENT_DOCUMENT_KINDS)[number];
export type ActivityDocumentKind = (typeof ACTIVITY_DOCUMENT_KINDS)[number];
/** The kinds of document each kind of item takes (the API refuses the others). */
export type DocumentKindOf<O extends DocumentOwner['kind']> = O extends 'nomination' ? NominationDocumentKind : O extends 'activity' ? ActivityDocumentKind : MemorandumDocumentKind;

/**
 * Sends `file` as a document of kind `kind` of the item `owner` (a nomination, a memorandum or an activity):
 * the document once the API confirmed it, or why it did not get there.
 */
export async function sendDocument<O extends DocumentOwner['kind']>(owner: { kind: O; id: string }, kind: DocumentKindOf<O>, file: File): Promise<{ document: AttachedDocument } | { failure: Saying }> {
  const params = { id: owner.id };
  // Widened from O to the union: the typed client names its routes by the union's members.
  const items = ITEMS[owner.kind as DocumentOwner['kind']];
  try {
    // A file of no type the API takes was refused before (fileProblem); were one sent, the API would refuse it (400).
    const contentType = documentTypeOf(file.name) as DocumentContentType;
    const request = { fileName: file.name, contentType, size: file.size };
    const declared =
      items === 'nominations'
        ? await api('POST /nominations/:id/documents', { params, body: { ...request, kind: kind as NominationDocumentKind } })
        : items === 'activities'
          ? await api('POST /activities/:id/documents', { params, body: { ...request, kind: kind as ActivityDocumentKind } })
          : await api('POST /agreements/:id/documents', { params, body: { ...request, kind: kind as MemorandumDocumentKind } });
    if (!declared.ok) return { failure: { key: 'attach.answered', params: { status: String(declared.status) } } };
    const { url, method, headers } = declared.data.upload;
    // Exactly the headers the URL was signed with (the file's type, and If-None-Match: * that makes
    // the URL write once): storage refuses the PUT without them.
    const put = await fetch(url, { method, headers, body: file });
    if (!put.ok) return { failure: { key: 'attach.storage', params: { status: String(put.status) } } };
    const done = await api(`POST /${items}/:id/documents/:docId/complete`, { params: { ...params, docId: declared.data.document.id } });
    if (done.ok) return { document: done.data };
    // 400: stored, but not what was declared; 409: refused already.
    return { failure: done.status === 400 || done.status === 409 ? { key: 'attach.mismatch' } : { key: 'attach.answered', params: { status: String(done.status) } } };
  } catch {
    return { failure: { key: 'attach.offline' } };
  }
}
