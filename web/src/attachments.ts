/**
 * A nomination's or a memorandum's attachments, and the documents on an item's page.
 *
 * In the nomination form: "Add a file" adds a row with a file field and its kind (transcript, CV,
 * language certificate, motivation letter, other), each labelled with the row's number; in the
 * memorandum form the kinds are the draft text, an annex and the signed copy, so that legal and
 * the rector read the text they approve. A file is
 * checked as soon as it is picked, with the rules the API applies (shared/schemas/document.ts):
 * PDF, DOCX, JPEG or PNG by its name, at most 20 MB, not empty, and starting with the bytes such
 * a file starts with; a refused file is said on its field, and the form is not sent while one is
 * there. The files are uploaded once the item exists (POST …/documents for a presigned URL,
 * PUT straight to S3, POST …/complete), one by one, with the progress in words; a file that
 * failed is named and can be tried again without sending the nomination again.
 *
 * Loaded by app.ts at the first "Add a file" (home page or edit page), and on an item's page, so that the form page (45 KB
 * budget) carries none of it.
 */
import { api, type ApiAnswer } from './api';
import { byId, el, listOf, say } from './dom';
import { ACCEPTED_FILES, documentKindName, downloadButton, fileRefusal, ITEMS, uploadDocument, type DocumentKindOf, type DocumentOwner } from './document-upload';
import { formParts, type FieldProblem } from './forms';
import { addMessages, list, onLanguageChange, setText, t, when } from './i18n';
import { FORM_PART_MESSAGES } from './i18n/form-part-messages';
import { OFFICE_MESSAGES } from './i18n/office-messages';

// The kinds' names and the documents list are worded as on the office's pages (office-messages.ts).
addMessages(OFFICE_MESSAGES);
addMessages(FORM_PART_MESSAGES);

/**
 * What faculty attach, by the kind of item: to a nomination (the certificate of attendance is the
 * office's, later), to a memorandum (its draft first: what it is proposed with).
 */
const KINDS = {
  nomination: ['transcript', 'cv', 'language_certificate', 'motivation_letter', 'other'],
  memorandum: ['draft', 'annex', 'signed'],
} as const satisfies { [O in DocumentOwner['kind']]: readonly DocumentKindOf<O>[] };

type Row = { li: HTMLLIElement; input: HTMLInputElement; kind: HTMLSelectElement; remove: HTMLButtonElement; problem?: () => string };

let nextRow = 0;

/** Sets up the attachments of `form` (a nomination's or a memorandum's form: a new one, or one being fixed to resubmit) and adds the first row. */
export function start(form: HTMLFormElement): void {
  const owner: DocumentOwner['kind'] = form.dataset.kind === 'memorandum' ? 'memorandum' : 'nomination';
  const fieldset = form.querySelector<HTMLFieldSetElement>('fieldset.attachments')!;
  const ol = fieldset.querySelector<HTMLOListElement>('.attachment-rows')!;
  const add = fieldset.querySelector<HTMLButtonElement>('.add-file')!;
  let rows: Row[] = [];

  const renumber = () =>
    rows.forEach((row, i) => {
      const n = i + 1;
      setText(row.input.labels![0]!, () => t('attach.file', { n }));
      setText(row.kind.labels![0]!, () => t('attach.kind', { n }));
      setText(row.remove, () => t('attach.remove', { n }));
    });

  /** The row's problem on its field (the form's error summary shows it again on submitting). */
  const mark = (row: Row) => {
    row.li.querySelector('.field-error')?.remove();
    row.input.removeAttribute('aria-invalid');
    row.input.removeAttribute('aria-describedby');
    if (!row.problem) return;
    const p = el('p', undefined, 'field-error');
    p.id = `${row.input.id}-error`;
    setText(p, row.problem);
    row.input.closest('.field')!.append(p);
    row.input.setAttribute('aria-invalid', 'true');
    row.input.setAttribute('aria-describedby', p.id);
  };

  const addRow = () => {
    const id = `n-file-${++nextRow}`;
    const input = el('input');
    input.type = 'file';
    input.id = id;
    input.accept = ACCEPTED_FILES;
    // Where forms.ts places this row's problem: the field itself, as for a named control.
    input.dataset.field = `attachment.${nextRow}`;
    const kind = el('select');
    kind.id = `${id}-kind`;
    for (const k of KINDS[owner]) {
      const option = el('option');
      option.value = k;
      setText(option, () => documentKindName(k));
      kind.append(option);
    }
    const field = (control: HTMLElement) => {
      const div = el('div', undefined, 'field');
      const caption = el('label');
      caption.htmlFor = control.id;
      div.append(caption, control);
      return div;
    };
    const remove = el('button', undefined, 'secondary');
    remove.type = 'button';
    const grid = el('div', undefined, 'row');
    grid.append(field(input), field(kind));
    const li = el('li', undefined, 'attachment');
    li.append(grid, remove);
    const row: Row = { li, input, kind, remove };
    input.addEventListener('change', async () => {
      const file = input.files?.[0];
      const problem = file && (await fileRefusal(file));
      // Unless another file was picked meanwhile.
      if (input.files?.[0] !== file) return;
      row.problem = problem;
      mark(row);
    });
    remove.addEventListener('click', () => {
      const i = rows.indexOf(row);
      rows = rows.filter((r) => r !== row);
      li.remove();
      renumber();
      // The focus goes to what took the row's place: the next row's file, else "Add a file".
      (rows[i]?.input ?? add).focus();
    });
    rows.push(row);
    ol.append(li);
    renumber();
    input.focus();
  };

  add.addEventListener('click', addRow);
  form.addEventListener('reset', () => {
    rows = [];
    ol.replaceChildren();
  });

  let lastStatus: HTMLElement | undefined;
  formParts.set(form, {
    problems: (): FieldProblem[] =>
      rows.flatMap((row) => {
        const message = row.input.files?.[0] ? row.problem : () => t('attach.chooseFile');
        return message ? [{ path: row.input.dataset.field!, message }] : [];
      }),
    submitted(created) {
      // A row's kind is one of its select's options, KINDS[owner].
      const uploads = rows.map((row) => ({ file: row.input.files![0]!, kind: row.kind.value as DocumentKindOf<typeof owner>, done: false }));
      if (!uploads.length) return Promise.resolve(true);
      // One line of progress per item, after the form's "Submitted as …"; the last one's
      // goes once it has said everything.
      if (lastStatus?.dataset.finished !== undefined) lastStatus.remove();
      const status = el('div', undefined, 'message');
      status.setAttribute('role', 'status');
      status.setAttribute('aria-live', 'polite');
      form.querySelector('.message')!.after(status);
      lastStatus = status;
      return upload({ kind: owner, ...created }, uploads, status);
    },
  });
  addRow();
}

type Upload = { file: File; kind: DocumentKindOf<DocumentOwner['kind']>; done: boolean; failure?: () => string };
type Created = { kind: DocumentOwner['kind']; id: string; reference: string };

/** Sends the uploads not yet done, one by one, then says what was attached and what was not. */
async function upload(item: Created, uploads: Upload[], status: HTMLElement): Promise<boolean> {
  delete status.dataset.finished;
  for (const [i, u] of uploads.entries()) {
    if (u.done) continue;
    say(status, () => t('attach.uploading', { n: i + 1, total: uploads.length, name: u.file.name }));
    u.failure = await send(item, u);
    u.done = !u.failure;
  }
  report(item, uploads, status);
  status.dataset.finished = '';
  return uploads.every((u) => u.done);
}

/** One file, through the same steps as every document (document-upload.ts). The reason it failed, if it did. */
async function send(item: Created, u: Upload): Promise<(() => string) | undefined> {
  const sent = await uploadDocument(item, u.kind, u.file);
  return 'failure' in sent ? sent.failure : undefined;
}

function report(item: Created, uploads: Upload[], status: HTMLElement): void {
  const done = uploads.filter((u) => u.done);
  const failed = uploads.filter((u) => !u.done);
  status.className = `message ${failed.length ? 'error' : 'ok'}`;
  status.replaceChildren();
  if (done.length) {
    const p = el('p');
    setText(p, () => t('attach.attached', { reference: item.reference, list: list(done.map((u) => t('nom.docOption', { name: u.file.name, kind: documentKindName(u.kind) }))) }));
    status.append(p);
  }
  for (const u of failed) {
    const p = el('p');
    const said = el('span');
    setText(said, () => t('attach.failed', { name: u.file.name, reason: u.failure!() }));
    const retry = el('button', undefined, 'secondary');
    retry.type = 'button';
    setText(retry, () => t('attach.retry', { name: u.file.name }));
    retry.addEventListener('click', () => {
      for (const b of status.querySelectorAll('button')) b.disabled = true;
      void upload(item, uploads, status);
    });
    p.append(said, ' ', retry);
    status.append(p);
  }
}

// ---- an item's documents ------------------------------------------------------------------

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
