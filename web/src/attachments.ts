/**
 * The documents on an item's page (a nomination's or a memorandum's), each with a download
 * button. Loaded by app.ts once the item is shown, so that the page's first scripts carry none of
 * it. The files attached in the forms are the forms' own (components/attachment-list.tsx, uploaded
 * by pages/nomination-form-page.tsx and pages/memorandum-form-page.tsx).
 */
import { api, type ApiAnswer } from './api';
import { byId, el, listOf } from './dom';
import { documentKindName, downloadButton, ITEMS, type DocumentOwner } from './document-upload';
import { addMessages, onLanguageChange, setText, t, when } from './i18n';
import { OFFICE_MESSAGES } from './i18n/office-messages';

// The kinds' names and the documents list are worded as on the office's pages (office-messages.ts).
addMessages(OFFICE_MESSAGES);

/**
 * The uploaded documents of the item `owner` (a nomination or a memorandum) on its page, each
 * with a download button: the download's address is presigned for five minutes, so it is asked
 * for when the person wants the file.
 */
export async function listDocuments(owner: DocumentOwner): Promise<void> {
  const section = byId('documents-section');
  const ul = byId('item-documents');
  const box = byId('documents-message');
  setText(byId('documents-heading'), () => t('office.documents'));
  const params = { id: owner.id };
  let answer: ApiAnswer<`GET /${(typeof ITEMS)[DocumentOwner['kind']]}/:id/documents`> | { ok: false; status: 0 };
  try {
    answer = await api(`GET /${ITEMS[owner.kind]}/:id/documents`, { params });
  } catch {
    answer = { ok: false, status: 0 };
  }
  const documents = listOf(answer);
  const draw = () => {
    ul.replaceChildren();
    if (!answer.ok) ul.append(el('li', t('office.documentsFailed', { status: String(answer.status || '—') }), 'muted'));
    else if (!documents.length) ul.append(el('li', t('office.noDocuments'), 'muted'));
    for (const d of documents) {
      const download = downloadButton(owner, d, () => box);
      const who = d.uploadedBy?.name ?? d.uploadedBy?.email ?? '';
      const meta = t('office.docMeta', { kind: documentKindName(d.kind), size: Math.max(1, Math.round(d.size / 1024)), who, date: when(d.uploadedAt ?? d.createdAt) });
      const li = el('li');
      li.append(download, el('div', meta, 'muted'));
      ul.append(li);
    }
  };
  draw();
  onLanguageChange(draw);
  section.hidden = false;
}
