/**
 * The home page's nomination form (components/nomination-form.tsx), drawn by Preact into its slot
 * while the rest of the page is still built by hand (pages/app.ts): loaded beside the page's first
 * reads, so that the form page's first scripts stay within their 45 KB budget, with the page's
 * words (i18n/home-words.ts) in the reader's language only. The page's language switcher (chrome.ts)
 * is followed: the form is drawn again in the new words, and what was typed stays.
 *
 * Also here: the files attached to a new nomination, uploaded one by one once it exists, with the
 * progress in words under the form, and a "Try again" for a file that failed.
 */
import { signal } from '@preact/signals';
import type { ApiBody } from '../../../shared/api-contract';
import { render } from 'preact';
import { api } from '../api';
import type { Agreement, Faculty, Me, Partner } from '../api-types';
import { NominationForm } from '../components/nomination-form';
import { DOCUMENT_KIND_WORDS } from '../document-kinds';
import { ACCEPTED_FILES, fileRefusal, uploadDocument, type NominationDocumentKind } from '../document-upload';
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

/** What a nomination's files may be (the certificate of attendance is the office's, later). */
const KINDS = ['transcript', 'cv', 'language_certificate', 'motivation_letter', 'other'] as const satisfies readonly NominationDocumentKind[];
const kindName = (kind: string) => (DOCUMENT_KIND_WORDS[kind] ? t(DOCUMENT_KIND_WORDS[kind]!) : label(kind));

type Upload = { file: File; kind: NominationDocumentKind; done: boolean; failure?: () => string };
type Uploads = { reference: string; id: string; uploads: Upload[]; sending?: number };

/** The last nomination's uploads, as the words under the form say them. */
const uploading = signal<Uploads | undefined>(undefined);

async function upload(item: { id: string; reference: string }, uploads: Upload[]): Promise<void> {
  for (const [i, u] of uploads.entries()) {
    if (u.done) continue;
    uploading.value = { ...item, uploads, sending: i };
    const sent = await uploadDocument({ kind: 'nomination', id: item.id }, u.kind, u.file);
    u.failure = 'failure' in sent ? sent.failure : undefined;
    u.done = !u.failure;
  }
  uploading.value = { ...item, uploads: [...uploads] };
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

export type NominationFormData = { me: Me; partners: readonly Partner[]; faculties: readonly Faculty[]; agreements: readonly Agreement[] };

/**
 * Draws the form into `slot` in the reader's language; `data()` is the page's directory, read
 * again on each drawing (`redraw`: after the lists were read again); `submitted` is told of each
 * nomination made.
 */
export async function showNominationForm(slot: HTMLElement, data: () => NominationFormData, submitted: () => void, pathOf: (id: string) => string): Promise<{ redraw(): void }> {
  await startWords(WORDS, pageLanguage());
  // The page's switcher changes its older words at once; these follow once loaded.
  onLanguageChange((next) => void (storedLanguage() ? chooseLanguage(next) : preferLanguage(next)));
  const draw = () => {
    const { me, partners, faculties, agreements } = data();
    render(
      <NominationForm
        me={me}
        partners={partners}
        faculties={faculties}
        agreements={agreements}
        draftKey={`hamkor.draft.nomination:${me.email}`}
        readPlaces={async (id) => {
          const r = await api('GET /agreements/:id/places', { params: { id } });
          return r.ok ? r.data : null;
        }}
        // The body as the form's schema accepted it (the form checks before it sends).
        send={(body) => api('POST /nominations', { body: body as ApiBody<'POST /nominations'> })}
        onSubmitted={(created, files) => {
          if (files.length) void upload(created, files.map((f) => ({ file: f.file, kind: f.kind as NominationDocumentKind, done: false })));
          else uploading.value = undefined;
          submitted();
        }}
        attachments={{ kinds: KINDS, kindName, accept: ACCEPTED_FILES, check: fileRefusal }}
        pathOf={pathOf}
      >
        <UploadStatus />
      </NominationForm>,
      slot,
    );
  };
  draw();
  return { redraw: draw };
}
