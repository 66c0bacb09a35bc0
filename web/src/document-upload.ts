/**
 * One document put on an item from an older page (the nomination form's attachments, the
 * agreement's documents), in the words of the older pages (i18n/index.ts): the checks and the
 * sending are document-sending.ts's, which says what went wrong by a sentence's key, worded here.
 * Also the download button those pages draw by hand.
 *
 * The words are the nomination form's attachments' (form-part-messages.ts, `attach.*`): a page
 * using this module adds those messages. The forms' attachments (pages/nomination-form-page.tsx, pages/memorandum-form-page.tsx) go
 * through these same steps.
 */
import { api } from './api';
import type { AttachedDocument } from './api-types';
import { requestIdOf, say } from './dom';
import { DOCUMENT_KIND_WORDS } from './document-kinds';
import { fileProblem, ITEMS, sendDocument, type DocumentKindOf, type DocumentOwner, type Saying } from './document-sending';
import { label, t } from './i18n';

// The checks and the sending are document-sending.ts's, without words: here they are worded in the older pages' words.
export { ACCEPTED_FILES, ITEMS, type DocumentKindOf, type DocumentOwner, type MemorandumDocumentKind, type NominationDocumentKind } from './document-sending';

/** A document's kind in the reader's words (office-messages.ts): a memorandum's, or a nomination's. */
export const documentKindName = (kind: string) => (DOCUMENT_KIND_WORDS[kind] ? t(DOCUMENT_KIND_WORDS[kind]!) : label(kind));

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

/**
 * A button that downloads a document of the item `owner`. The address
 * is presigned for five minutes, so it is asked for when the person wants the file; the file is
 * served as an attachment, so the page stays. What went wrong is said in `box` (office.* words).
 */
export function downloadButton(owner: DocumentOwner, d: Pick<AttachedDocument, 'id' | 'fileName'>, box: () => HTMLElement): HTMLButtonElement {
  const button = document.createElement('button');
  button.className = 'link';
  button.type = 'button';
  button.textContent = t('office.download', { name: d.fileName });
  button.addEventListener('click', async () => {
    button.disabled = true;
    try {
      const params = { id: owner.id, docId: d.id };
      const answer = await api(`GET /${ITEMS[owner.kind]}/:id/documents/:docId/download`, { params });
      if (answer.ok && answer.data.url) {
        say(box());
        location.assign(answer.data.url);
      } else say(box(), () => `${t('office.downloadFailed', { status: String(answer.status) })}${answer.ok ? '' : requestIdOf(answer.data)}`, 'error');
    } catch {
      say(box(), () => t('common.offline'), 'error');
    } finally {
      button.disabled = false;
    }
  });
  return button;
}
