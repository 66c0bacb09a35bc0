/**
 * One document put on an item (the forms' attachments, pages/form-uploads.tsx; the agreement's
 * documents, pages/office-agreements-documents.tsx), in the page's words: the checks and the
 * sending are document-sending.ts's, which says what went wrong by a sentence's key, worded here
 * when it is shown. The words are the attachments' (form-part-messages.ts, `attach.*`), which
 * each of those pages' word sets carries.
 */
import type { AttachedDocument } from './api-types';
import { fileProblem, sendDocument, type DocumentKindOf, type DocumentOwner, type Saying } from './document-sending';
import { t } from './i18n/live';

// The checks and the sending are document-sending.ts's, without words: here they are worded in the page's words.
export { ACCEPTED_FILES, ITEMS, type ActivityDocumentKind, type DocumentKindOf, type DocumentOwner, type MemorandumDocumentKind, type NominationDocumentKind } from './document-sending';

const worded = (s: Saying) => () => t(s.key, s.params);

/** Why the API would refuse the file, as far as the browser can tell; undefined if it would not. */
export async function fileRefusal(file: File): Promise<(() => string) | undefined> {
  const problem = await fileProblem(file);
  return problem && worded(problem);
}

/**
 * Uploads `file` as a document of kind `kind` of the item `owner` (a nomination or a memorandum):
 * the document once the API confirmed it, or why it did not get there, in the reader's words.
 */
export async function uploadDocument<O extends DocumentOwner['kind']>(owner: { kind: O; id: string }, kind: DocumentKindOf<O>, file: File): Promise<{ document: AttachedDocument } | { failure: () => string }> {
  const sent = await sendDocument(owner, kind, file);
  return 'failure' in sent ? { failure: worded(sent.failure) } : sent;
}
