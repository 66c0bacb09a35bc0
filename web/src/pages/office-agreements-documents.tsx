/**
 * An agreement's documents on its page: each one downloadable (the address is presigned for five
 * minutes, so it is asked for when the person wants the file; the file comes as an attachment,
 * so the page stays), and the office's filing of the signed copy, a draft or an annex. A file is
 * checked by the API's own rules first and uploaded through the same steps as every document
 * (document-upload.ts, loaded after the page with its edit form, office-agreements-later.ts); the list is then read again, so
 * what is shown is what the API holds.
 */
import { useSignal } from '@preact/signals';
import { useRef } from 'preact/hooks';
import type { AttachedDocument } from '../api-types';
import { api } from '../api';
import { SubmitButton } from '../components/buttons';
import { Field } from '../components/field';
import { MessageBox, type Message } from '../components/message-box';
import { DOCUMENT_KIND_WORDS } from '../document-kinds';
import { when } from '../format';
import { label, t } from '../i18n/live';
import { refusalText, type AgreementRead, type OfficeAgreements } from './office-agreements-page';

/** The signed copy first: filing it is what the office does most on this page. */
const KINDS = ['signed', 'draft', 'annex'] as const;
type Kind = (typeof KINDS)[number];

/** A document's kind in the reader's words. */
export const documentKindName = (kind: string) => (DOCUMENT_KIND_WORDS[kind] ? t(DOCUMENT_KIND_WORDS[kind]!) : label(kind));

function DocumentList({ read, say }: { read: AgreementRead; say: (message: Message | undefined) => void }) {
  const downloading = useSignal<string | undefined>(undefined);
  const answer = read.documents;
  if (!answer.ok) {
    return (
      <ul class="list" id="documents">
        <li class="muted">{t('office.documentsFailed', { status: String(answer.status) })}</li>
      </ul>
    );
  }
  async function download(d: AttachedDocument): Promise<void> {
    downloading.value = d.id;
    try {
      const got = await api('GET /agreements/:id/documents/:docId/download', { params: { id: read.agreement.id, docId: d.id } });
      if (got.ok && got.data.url) {
        say(undefined);
        location.assign(got.data.url);
      } else if (got.ok) say({ text: () => t('office.downloadFailed', { status: String(got.status) }), tone: 'error' });
      else say({ text: refusalText('office.downloadFailed', got), tone: 'error' });
    } catch {
      say({ text: () => t('common.offline'), tone: 'error' });
    } finally {
      downloading.value = undefined;
    }
  }
  return (
    <ul class="list" id="documents">
      {answer.data.length === 0 ? <li class="muted">{t('office.noDocuments')}</li> : null}
      {answer.data.map((d) => (
        <li key={d.id}>
          <button type="button" class="link" disabled={downloading.value === d.id} onClick={() => void download(d)}>
            {t('office.download', { name: d.fileName })}
          </button>
          <div class="muted">
            {t('office.docMeta', { kind: documentKindName(d.kind), size: Math.max(1, Math.round(d.size / 1024)), who: d.uploadedBy?.name ?? d.uploadedBy?.email ?? '', date: when(d.uploadedAt ?? d.createdAt) })}
          </div>
        </li>
      ))}
    </ul>
  );
}

/** The filing form: a kind, a file, Upload; a refusal on the file's field, what was filed in its box (which takes the focus). */
function FilingForm({ model, read }: { model: OfficeAgreements; read: AgreementRead }) {
  const kind = useSignal<Kind>('signed');
  const fileError = useSignal<(() => string) | undefined>(undefined);
  const said = useSignal<Message | undefined>(undefined);
  const busy = useSignal(false);
  const file = useRef<HTMLInputElement>(null);
  const later = model.later.value;
  if (!later) return null; // offline: the documents listed as read, nothing to file with
  const { reference, id } = read.agreement;

  const refuse = (why: () => string) => {
    fileError.value = why;
    said.value = { text: () => t('nom.checkFields'), tone: 'error' };
    file.current?.focus();
  };

  async function upload(form: HTMLFormElement): Promise<void> {
    const chosen = file.current?.files?.[0];
    fileError.value = undefined;
    if (!later) return;
    if (!chosen) return refuse(() => t('attach.chooseFile'));
    const refusal = await later.fileRefusal(chosen);
    if (refusal) return refuse(refusal);
    const name = chosen.name;
    const asKind = kind.value;
    busy.value = true;
    said.value = { text: () => t('nom.uploading', { name }) };
    const result = await later.uploadDocument({ kind: 'memorandum', id }, asKind, chosen);
    busy.value = false;
    if ('failure' in result) return refuse(() => t('attach.failed', { name, reason: result.failure() }));
    form.reset();
    kind.value = 'signed';
    await model.rereadDocuments();
    said.value = { text: () => t('office.documentFiled', { name, reference, kind: documentKindName(asKind) }), tone: 'ok', focus: true };
  }

  return (
    <form
      id="document-form"
      aria-labelledby="document-form-heading"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void upload(e.currentTarget);
      }}
    >
      <h3 id="document-form-heading">{t('office.addDocument')}</h3>
      <div class="row">
        <Field id="document-kind" label={t('office.documentKind')}>
          {(control) => (
            <select {...control} name="kind" value={kind.value} onChange={(e) => (kind.value = e.currentTarget.value as Kind)}>
              {KINDS.map((k) => (
                <option key={k} value={k}>
                  {documentKindName(k)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id="document-file" label={t('office.documentFile')} hint={t('office.documentFileHint')} error={fileError.value?.()}>
          {(control) => <input ref={file} type="file" {...control} name="file" accept={later.ACCEPTED_FILES} />}
        </Field>
      </div>
      <SubmitButton busy={busy.value}>{t('office.uploadDocument')}</SubmitButton>
      <MessageBox message={said.value} />
    </form>
  );
}

export function DocumentsSection({ model, read }: { model: OfficeAgreements; read: AgreementRead }) {
  const said = useSignal<Message | undefined>(undefined);
  return (
    <section class="card" aria-labelledby="documents-heading">
      <h2 id="documents-heading">{t('office.documents')}</h2>
      <DocumentList read={read} say={(message) => (said.value = message)} />
      <MessageBox id="documents-message" focusable={false} message={said.value} />
      <FilingForm model={model} read={read} />
    </section>
  );
}
