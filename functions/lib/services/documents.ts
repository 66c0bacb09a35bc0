/**
 * Documents of a nomination, memorandum or international activity: declare a file and get an
 * upload URL, confirm the upload, list, download. Who may is each holder's rule (an activity's are
 * activity-documents.ts's); what happens to the file is one and the same here. Whoever may not see the item gets the same 404 as for an unknown id
 * (getVisible), so a document URL never confirms that an item exists.
 */
import { randomBytes } from 'node:crypto';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../../../shared/errors';
import { SIGNATURE_BYTES, uploadMismatch, type AttachedDocument, type DocumentHolderKind, type DocumentRequest } from '../../../shared/schemas/document';
import type { Person, Submission, SubmissionKind } from '../../../shared/schemas';
import type { ApiDeps, Deps } from '../deps';
import { getDocument, listDocuments, putPendingDocument, settleDocument, type DocumentRecord } from '../db/documents';
import { headObject, presignDownload, presignUpload, readFirstBytes, type PresignedUpload } from '../storage/s3';
import { isAdmin, isOffice } from './identity';
import { getVisible } from './submissions';

/**
 * Time-ordered, so the `DOC#` range lists oldest first: milliseconds in fixed-width base 36 (whose
 * digits sort like ASCII), then 96 random bits, since the id also names the file in storage.
 */
export function newDocumentId(now: Date): string {
  return `${now.getTime().toString(36).padStart(9, '0')}-${randomBytes(12).toString('base64url')}`;
}

/** Approvers see an item; only its submitter and the international office add to its file. */
function assertMayAttach(person: Person, s: Submission): void {
  // The office files what comes after approval (the partner's certificate of a completed mobility).
  if (s.submitter.email !== person.email && !isOffice(person)) {
    throw new ForbiddenError(`Only the submitter of ${s.reference} or the international office may add documents to it`);
  }
}

async function visibleDocument(deps: ApiDeps, kind: SubmissionKind, entityId: string, documentId: string, person: Person) {
  const entity = await getVisible(deps, kind, entityId, person);
  const record = await getDocument(deps.db, kind, entity.id, documentId);
  if (!record) throw new NotFoundError('No document with this id');
  return { entity, record };
}

export async function requestUpload(
  deps: ApiDeps,
  kind: SubmissionKind,
  entityId: string,
  request: DocumentRequest,
  person: Person,
): Promise<{ document: AttachedDocument; upload: PresignedUpload }> {
  const entity = await getVisible(deps, kind, entityId, person);
  assertMayAttach(person, entity);
  return issueUpload(deps, { kind, id: entity.id }, request, person);
}

/** What a document belongs to, once the caller has checked who may add to it or read it. */
export type DocumentHolder = { kind: DocumentHolderKind; id: string };

/** A pending record and a URL to upload its file to, for a holder the caller may add to. */
export async function issueUpload(deps: ApiDeps, holder: DocumentHolder, request: DocumentRequest, person: Person): Promise<{ document: AttachedDocument; upload: PresignedUpload }> {
  const { kind, id } = holder;
  const now = deps.clock();
  const record = await putPendingDocument(deps.db, {
    id: newDocumentId(now),
    entity: { kind, id },
    kind: request.kind,
    fileName: request.fileName,
    contentType: request.contentType,
    size: request.size,
    uploadedBy: { email: person.email, name: person.name },
    createdAt: now.toISOString(),
  });
  const upload = await presignUpload(deps.storage, { key: record.objectKey, contentType: request.contentType, size: request.size, now });
  deps.log.info('document upload issued', { kind, entityId: id, documentId: record.document.id, size: request.size });
  return { document: record.document, upload };
}

/**
 * Confirms an upload: the file must be in storage, of the declared size and type, and start like a
 * file of that type. Repeating it after success answers the same document.
 */
export async function completeUpload(deps: ApiDeps, kind: SubmissionKind, entityId: string, documentId: string, person: Person): Promise<AttachedDocument> {
  const entity = await getVisible(deps, kind, entityId, person);
  return checkUpload(deps, { kind, id: entity.id }, documentId, person);
}

/** Confirms an upload of a holder the caller may see (the check above, for any holder). */
export async function checkUpload(deps: ApiDeps, holder: DocumentHolder, documentId: string, person: Person): Promise<AttachedDocument> {
  const { kind, id } = holder;
  const record = await getDocument(deps.db, kind, id, documentId);
  if (!record) throw new NotFoundError('No document with this id');
  const { document } = record;
  if (document.uploadedBy.email !== person.email && !isAdmin(person)) {
    throw new ForbiddenError('Only the person who started this upload may complete it');
  }
  return settleUpload(deps, holder, record);
}

/**
 * The check of an upload, for whoever may complete it (a signed-in uploader, or the partner's
 * signatory through their link): in storage, of the declared size and type, starting like one.
 */
export async function settleUpload(deps: ApiDeps, holder: DocumentHolder, record: DocumentRecord): Promise<AttachedDocument> {
  const { kind, id } = holder;
  const { document } = record;
  const documentId = document.id;
  if (document.status === 'uploaded') return document;
  if (document.status === 'rejected') {
    throw new ConflictError('upload_rejected', `This upload was refused: ${document.rejectedReason ?? 'it did not match'}. Start a new one.`, { document });
  }
  const stored = await headObject(deps.storage, record.objectKey);
  if (!stored) throw new ConflictError('not_uploaded', 'Nothing has been uploaded for this document yet', { document });
  // The bytes are read from the very write that was measured, and that write is what is pinned:
  // downloads serve it and nothing put under the key later.
  const firstBytes = stored.size > 0 ? await readFirstBytes(deps.storage, record.objectKey, SIGNATURE_BYTES, stored.version) : new Uint8Array();
  if (!firstBytes) throw new ConflictError('upload_changed', 'The file changed while it was being checked; complete the upload again', { document });
  const mismatch = uploadMismatch(document, { ...stored, firstBytes });
  const at = deps.clock().toISOString();
  const settled = await settleDocument(
    deps.db,
    kind,
    id,
    documentId,
    mismatch ? { status: 'rejected', at, reason: mismatch } : { status: 'uploaded', at, checked: stored.version },
  );
  if (!settled) {
    // Someone else's check finished first: theirs is the answer.
    const again = await getDocument(deps.db, kind, id, documentId);
    if (again?.document.status === 'uploaded') return again.document;
    throw new ConflictError('upload_rejected', `This upload was refused: ${again?.document.rejectedReason ?? 'it is no longer pending'}`, { document: again?.document });
  }
  if (mismatch) {
    deps.log.warn('document upload refused', { kind, entityId: id, documentId, reason: mismatch });
    throw new ValidationError('The uploaded file is not what was declared', [{ path: 'file', message: mismatch }]);
  }
  return { ...document, status: 'uploaded', uploadedAt: at };
}

/** The documents people can download: uploads in progress or refused are not listed. */
export async function listVisible(deps: ApiDeps, kind: SubmissionKind, entityId: string, person: Person): Promise<AttachedDocument[]> {
  const entity = await getVisible(deps, kind, entityId, person);
  return uploadedDocumentsOf(deps, entity);
}

/**
 * The uploaded documents of an item the caller has already shown the right to see (a signed-in
 * person through getVisible, an approver through a live link).
 */
export async function uploadedDocumentsOf(deps: Deps, entity: DocumentHolder): Promise<AttachedDocument[]> {
  const records = await listDocuments(deps.db, entity.kind, entity.id);
  return records.filter((r: DocumentRecord) => r.document.status === 'uploaded').map((r) => r.document);
}

export async function downloadUrl(deps: ApiDeps, kind: SubmissionKind, entityId: string, documentId: string, person: Person): Promise<{ url: string; expiresAt: string }> {
  const entity = await getVisible(deps, kind, entityId, person);
  return downloadUrlOf(deps, entity, documentId);
}

/**
 * A five-minute download URL for one uploaded document of an item the caller may see (as
 * uploadedDocumentsOf), for the file as it was checked. Where storage keeps versions (S3 in AWS)
 * the URL names the checked version. Where it keeps none (s3rver locally) the file under the key is
 * served only while its ETag is still the checked one: a file replaced since is refused, never
 * served as checked. Uploads are write-once (presignUpload), so that takes a write past the URLs.
 */
export async function downloadUrlOf(deps: ApiDeps, entity: DocumentHolder, documentId: string): Promise<{ url: string; expiresAt: string }> {
  const record = await getDocument(deps.db, entity.kind, entity.id, documentId);
  if (record?.document.status !== 'uploaded') throw new NotFoundError('No uploaded document with this id');
  const { checked } = record;
  if (checked && !checked.versionId) {
    const now = await headObject(deps.storage, record.objectKey);
    if (now?.version?.etag !== checked.etag) {
      deps.log.warn('document changed after its check', { kind: entity.kind, entityId: entity.id, documentId });
      throw new ConflictError('document_changed', 'The stored file is no longer the one that was checked, so it is not served');
    }
  }
  return presignDownload(deps.storage, {
    key: record.objectKey,
    versionId: checked?.versionId,
    fileName: record.document.fileName,
    contentType: record.document.contentType,
    now: deps.clock(),
  });
}
