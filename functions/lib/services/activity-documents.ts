/**
 * An international activity's documents (its programme, its report, photographs): whoever may read
 * and edit the activity — the international office, a member of its faculty — adds, lists and
 * downloads them; what happens to a file is the nominations' and memoranda's (documents.ts). A
 * cancelled activity keeps its documents and takes no new ones.
 */
import { ConflictError } from '../../../shared/errors';
import type { Person } from '../../../shared/schemas';
import type { AttachedDocument, DocumentRequest } from '../../../shared/schemas/document';
import type { ApiDeps } from '../deps';
import type { PresignedUpload } from '../storage/s3';
import { activityById } from './activities';
import { checkUpload, downloadUrlOf, issueUpload, uploadedDocumentsOf } from './documents';

const holder = (id: string) => ({ kind: 'activity' as const, id });

export async function requestActivityUpload(deps: ApiDeps, activityId: string, request: DocumentRequest, person: Person): Promise<{ document: AttachedDocument; upload: PresignedUpload }> {
  const activity = await activityById(deps, activityId, person);
  if (activity.status === 'cancelled') throw new ConflictError('activity_cancelled', 'This activity was cancelled; it is kept as it was', { activity });
  return issueUpload(deps, holder(activity.id), request, person);
}

export async function completeActivityUpload(deps: ApiDeps, activityId: string, documentId: string, person: Person): Promise<AttachedDocument> {
  const activity = await activityById(deps, activityId, person);
  return checkUpload(deps, holder(activity.id), documentId, person);
}

export async function activityDocuments(deps: ApiDeps, activityId: string, person: Person): Promise<AttachedDocument[]> {
  const activity = await activityById(deps, activityId, person);
  return uploadedDocumentsOf(deps, holder(activity.id));
}

export async function activityDocumentDownload(deps: ApiDeps, activityId: string, documentId: string, person: Person): Promise<{ url: string; expiresAt: string }> {
  const activity = await activityById(deps, activityId, person);
  return downloadUrlOf(deps, holder(activity.id), documentId);
}
