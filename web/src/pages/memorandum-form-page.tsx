/**
 * The home page's memorandum form (components/memorandum-form.tsx), drawn by Preact into its slot
 * while the rest of the page is still built by hand (pages/app.ts), and the same form on the edit
 * page of a memorandum sent back for changes. Loaded beside the page's first reads, so that the
 * form page's first scripts stay within their 45 KB budget (the partner schema and the country
 * list a proposal needs come with it), with the page's words (i18n/home-words.ts) in the reader's
 * language only. The page's language switcher (chrome.ts) is followed: the form is drawn again in
 * the new words, and what was typed stays.
 *
 * Also here: the documents attached to a memorandum, uploaded one by one once it exists, with the
 * progress in words under the form, and a "Try again" for a file that failed.
 */
import { signal } from '@preact/signals';
import { render } from 'preact';
import type { ApiBody } from '../../../shared/api-contract';
import { api } from '../api';
import type { Faculty, Me, Partner } from '../api-types';
import { MemorandumForm } from '../components/memorandum-form';
import { DOCUMENT_KIND_WORDS } from '../document-kinds';
import { ACCEPTED_FILES, fileRefusal, uploadDocument, type MemorandumDocumentKind } from '../document-upload';
import { list } from '../format';
import { addMessages, lang as pageLanguage, onLanguageChange } from '../i18n';
import { storedLanguage } from '../i18n/choice';
import { FORM_PART_MESSAGES } from '../i18n/form-part-messages';
import { chooseLanguage, label, preferLanguage, startWords, t, type WordChunks } from '../i18n/live';
import { OFFICE_MESSAGES } from '../i18n/office-messages';

// A refused file and a failed upload are worded by document-upload.ts, in the page's older words.
addMessages(OFFICE_MESSAGES);
addMessages(FORM_PART_MESSAGES);

const WORDS: WordChunks = {
  en: () => import('../i18n/home-words?lang=en'),
  ru: () => import('../i18n/home-words?lang=ru'),
  uz: () => import('../i18n/home-words?lang=uz'),
};

/** What a memorandum's files may be: its draft first, what it is proposed with, so that legal and the rector read the text they approve. */
const KINDS = ['draft', 'annex', 'signed'] as const satisfies readonly MemorandumDocumentKind[];
const kindName = (kind: string) => (DOCUMENT_KIND_WORDS[kind] ? t(DOCUMENT_KIND_WORDS[kind]!) : label(kind));
const attachments = { kinds: KINDS, kindName, accept: ACCEPTED_FILES, check: fileRefusal };

type Upload = { file: File; kind: MemorandumDocumentKind; done: boolean; failure?: () => string };
type Uploads = { reference: string; id: string; uploads: Upload[]; sending?: number };

/** The last memorandum's uploads, as the words under the form say them. */
const uploading = signal<Uploads | undefined>(undefined);

const uploadsOf = (files: { file: File; kind: string }[]): Upload[] => files.map((f) => ({ file: f.file, kind: f.kind as MemorandumDocumentKind, done: false }));

async function upload(item: { id: string; reference: string }, uploads: Upload[]): Promise<boolean> {
  for (const [i, u] of uploads.entries()) {
    if (u.done) continue;
    uploading.value = { ...item, uploads, sending: i };
    const sent = await uploadDocument({ kind: 'memorandum', id: item.id }, u.kind, u.file);
    u.failure = 'failure' in sent ? sent.failure : undefined;
    u.done = !u.failure;
  }
  uploading.value = { ...item, uploads: [...uploads] };
  return uploads.every((u) => u.done);
}

function UploadStatus() {
  const now = uploading.value;
  if (!now) return null;
  const { uploads, sending } = now;
  if (sending !== undefined) {
    const u = uploads[sending]!;
    return (
      <div class="message" role="status" aria-live="polite">
        {t('attach.uploading', { n: sending + 1, total: uploads.length, name: u.file.name })}
      </div>
    );
  }
  const done = uploads.filter((u) => u.done);
  const failed = uploads.filter((u) => !u.done);
  return (
    <div class={`message ${failed.length ? 'error' : 'ok'}`} role="status" aria-live="polite">
      {done.length ? <p>{t('attach.attached', { reference: now.reference, list: list(done.map((u) => t('nom.docOption', { name: u.file.name, kind: kindName(u.kind) }))) })}</p> : null}
      {failed.map((u) => (
        <p key={u.file.name}>
          <span>{t('attach.failed', { name: u.file.name, reason: u.failure!() })}</span>{' '}
          <button type="button" class="secondary" onClick={() => void upload(now, uploads)}>
            {t('attach.retry', { name: u.file.name })}
          </button>
        </p>
      ))}
    </div>
  );
}

/** The page's words in the reader's language; the page's switcher (chrome.ts) changes its older words at once, these follow once loaded. */
async function startPageWords(): Promise<void> {
  await startWords(WORDS, pageLanguage());
  onLanguageChange((next) => void (storedLanguage() ? chooseLanguage(next) : preferLanguage(next)));
}

export type MemorandumFormData = { me: Me; partners: readonly Partner[]; faculties: readonly Faculty[] };

/**
 * Draws the form into `slot` in the reader's language; `data()` is the page's directory, read
 * again on each drawing (`redraw`: after the partners and lists were read again); `submitted` is
 * told of each memorandum made (it may have proposed a partner the lists should now name).
 */
export async function showMemorandumForm(slot: HTMLElement, data: () => MemorandumFormData, submitted: () => void, pathOf: (id: string) => string): Promise<{ redraw(): void }> {
  await startPageWords();
  const draw = () => {
    const { me, partners, faculties } = data();
    render(
      <MemorandumForm
        me={me}
        partners={partners}
        faculties={faculties}
        draftKey={`hamkor.draft.memorandum:${me.email}`}
        // The body as the form's schema accepted it (the form checks before it sends).
        send={(body) => api('POST /agreements', { body: body as ApiBody<'POST /agreements'> })}
        onSubmitted={(created, files) => {
          if (files.length) void upload(created, uploadsOf(files));
          else uploading.value = undefined;
          submitted();
        }}
        attachments={attachments}
        pathOf={pathOf}
      >
        <UploadStatus />
      </MemorandumForm>,
      slot,
    );
  };
  draw();
  return { redraw: draw };
}

/**
 * The form of a memorandum sent back for changes (the edit page), filled with its content, sent
 * with PUT. Files may be added (an approver who sends one back often asks for a document): they
 * go to the memorandum before the page is left for the item's; one that failed stays named here
 * with its "Try again", and the item's page is a link away.
 */
export async function showMemorandumEdit(slot: HTMLElement, data: MemorandumFormData, item: { id: string; reference: string; content: Record<string, unknown> }, path: string): Promise<void> {
  await startPageWords();
  const said = signal(false);
  const draw = (closed = false) =>
    render(
      <MemorandumForm
        {...data}
        // The body as the form's schema accepted it (the form checks before it sends).
        send={(body) => api('PUT /agreements/:id', { params: { id: item.id }, body: body as ApiBody<'PUT /agreements/:id'> })}
        onSubmitted={(_, files) => {
          void upload(item, uploadsOf(files)).then((all) => {
            if (all || !files.length) return location.assign(path);
            said.value = true;
            draw(true);
          });
        }}
        attachments={attachments}
        pathOf={() => path}
        resubmission={{ content: item.content, closed }}
      >
        <ResubmittedSee said={said.value} reference={item.reference} path={path} />
        <UploadStatus />
      </MemorandumForm>,
      slot,
    );
  draw();
}

/** After a resubmission whose files did not all go: where the memorandum is now. */
function ResubmittedSee({ said, reference, path }: { said: boolean; reference: string; path: string }) {
  if (!said) return null;
  const [before, after] = t('edit.resubmittedSee', { reference: '\u0000' }).split('\u0000');
  return (
    <div class="message ok" role="status" aria-live="polite">
      {before}
      <a href={path}>{reference}</a>
      {after}
    </div>
  );
}
