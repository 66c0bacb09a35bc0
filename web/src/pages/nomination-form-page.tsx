/**
 * The home page's nomination form (components/nomination-form.tsx) with what the page adds to it:
 * the files attached to a new nomination, uploaded one by one once it exists, with the progress
 * in words under the form, and a "Try again" for a file that failed; and the same form for a
 * nomination sent back for changes (the edit page). Loaded by the page (pages/home-page.tsx)
 * beside its first reads, so that its first scripts stay within their 45 KB budget; it renders
 * in the page's words (i18n/home-words.ts), so a switch of language renders it again and what
 * was typed stays.
 */
import { signal, useSignal } from '@preact/signals';
import { useEffect, useState } from 'preact/hooks';
import type { ApiBody } from '../../../shared/api-contract';
import { api } from '../api';
import type { Agreement, Faculty, Me, Partner } from '../api-types';
import { NominationForm } from '../components/nomination-form';
import { DOCUMENT_KIND_WORDS } from '../document-kinds';
import { ACCEPTED_FILES, fileRefusal, uploadDocument, type NominationDocumentKind } from '../document-upload';
import { list } from '../format';
import { addMessages, chooseLanguage as chooseOlderLanguage, chosenLanguage, lang as olderLanguage, preferLanguage as preferOlderLanguage } from '../i18n';
import { FORM_PART_MESSAGES } from '../i18n/form-part-messages';
import { label, lang, t } from '../i18n/live';
import { OFFICE_MESSAGES } from '../i18n/office-messages';
import { valuesOf } from '../nomination-values';

// A refused file and a failed upload are worded by document-upload.ts, in the page's older words.
addMessages(OFFICE_MESSAGES);
addMessages(FORM_PART_MESSAGES);

/**
 * document-upload.ts's words follow the page's language: a choice made on this device is already
 * remembered (by the page's switch), so applying it again changes nothing stored; otherwise the
 * language is only preferred, as the profile's was.
 */
function useOlderWords(): void {
  const language = lang.value;
  useEffect(() => {
    if (olderLanguage() === language) return;
    if (chosenLanguage()) chooseOlderLanguage(language);
    else preferOlderLanguage(language);
  }, [language]);
}

/** What a nomination's files may be (the certificate of attendance is the office's, later). */
const KINDS = ['transcript', 'cv', 'language_certificate', 'motivation_letter', 'other'] as const satisfies readonly NominationDocumentKind[];
const kindName = (kind: string) => (DOCUMENT_KIND_WORDS[kind] ? t(DOCUMENT_KIND_WORDS[kind]!) : label(kind));

type Upload = { file: File; kind: NominationDocumentKind; done: boolean; failure?: () => string };
type Uploads = { reference: string; id: string; uploads: Upload[]; sending?: number };

/** The last nomination's uploads, as the words under the form say them. */
const uploading = signal<Uploads | undefined>(undefined);

async function upload(item: { id: string; reference: string }, uploads: Upload[]): Promise<boolean> {
  for (const [i, u] of uploads.entries()) {
    if (u.done) continue;
    uploading.value = { ...item, uploads, sending: i };
    const sent = await uploadDocument({ kind: 'nomination', id: item.id }, u.kind, u.file);
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

const readPlaces = async (id: string) => {
  const r = await api('GET /agreements/:id/places', { params: { id } });
  return r.ok ? r.data : null;
};
const attachments = { kinds: KINDS, kindName, accept: ACCEPTED_FILES, check: fileRefusal };

/**
 * The form of a nomination sent back for changes (the edit page), filled with its content, sent
 * with PUT. Files may be added (an approver who sends a nomination back often asks for one): they
 * go to the nomination before the page is left for the item's; one that failed stays named here
 * with its "Try again", and the item's page is a link away.
 */
export function NominationEdit({ data, item, path }: { data: NominationFormData; item: { id: string; reference: string; content: Record<string, unknown> }; path: string }) {
  useOlderWords();
  const said = useSignal(false);
  // Read once: the form starts from the content as it was sent back, then keeps what is typed.
  const [content] = useState(() => valuesOf(item.content));
  return (
    <NominationForm
      {...data}
      readPlaces={readPlaces}
      // The body as the form's schema accepted it (the form checks before it sends).
      send={(body) => api('PUT /nominations/:id', { params: { id: item.id }, body: body as ApiBody<'PUT /nominations/:id'> })}
      onSubmitted={(_, files) => {
        void upload(item, files.map((f) => ({ file: f.file, kind: f.kind as NominationDocumentKind, done: false }))).then((all) => {
          if (all || !files.length) return location.assign(path);
          said.value = true;
        });
      }}
      attachments={attachments}
      pathOf={() => path}
      resubmission={{ content, closed: said.value }}
    >
      <ResubmittedSee said={said.value} reference={item.reference} path={path} />
      <UploadStatus />
    </NominationForm>
  );
}

/** After a resubmission whose files did not all go: where the nomination is now. */
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

export type NominationFormData = { me: Me; partners: readonly Partner[]; faculties: readonly Faculty[]; agreements: readonly Agreement[] };

/**
 * The home page's form for a new nomination, from the page's directory (`data`, rendered again
 * when the page reads it again); `submitted` is told of each nomination made.
 */
export function HomeNominationForm({ data, submitted, pathOf }: { data: NominationFormData; submitted: () => void; pathOf: (id: string) => string }) {
  useOlderWords();
  const { me, partners, faculties, agreements } = data;
  return (
    <NominationForm
      me={me}
      partners={partners}
      faculties={faculties}
      agreements={agreements}
      draftKey={`hamkor.draft.nomination:${me.email}`}
      readPlaces={readPlaces}
      // The body as the form's schema accepted it (the form checks before it sends).
      send={(body) => api('POST /nominations', { body: body as ApiBody<'POST /nominations'> })}
      onSubmitted={(created, files) => {
        if (files.length) void upload(created, files.map((f) => ({ file: f.file, kind: f.kind as NominationDocumentKind, done: false })));
        else uploading.value = undefined;
        submitted();
      }}
      attachments={attachments}
      pathOf={pathOf}
    >
      <UploadStatus />
    </NominationForm>
  );
}
