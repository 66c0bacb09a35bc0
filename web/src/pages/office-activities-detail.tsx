/**
 * One activity opened on the activities page (office-activities-page.tsx): where it stands in its
 * confirmation (waiting for its dean or the office, or returned with the confirmer's comment), the
 * confirmer's Confirm and Return-with-a-comment, and its documents: listed with a download each
 * (the address is presigned for five minutes, so it is asked for when the person wants the file)
 * and a filing form (programme, report, photo, other) that uploads through the same steps as every
 * document (document-upload.ts). After each answer the activity and its list are read again, so
 * what is shown is what the API holds.
 */
import { signal } from '@preact/signals';
import { useRef } from 'preact/hooks';
import { returnComment } from '../../../shared/activity-rules';
import type { Activity } from '../../../shared/schemas/activity';
import { ACTIVITY_DOCUMENT_KINDS } from '../../../shared/schemas/document';
import { api } from '../api';
import type { AttachedDocument } from '../api-types';
import { SubmitButton } from '../components/buttons';
import { Field } from '../components/field';
import { MessageBox, type Message } from '../components/message-box';
import { DOCUMENT_KIND_WORDS } from '../document-kinds';
import { ACCEPTED_FILES, fileRefusal, uploadDocument, type ActivityDocumentKind } from '../document-upload';
import { when } from '../format';
import { label, t, type MessageKey } from '../i18n/live';

/** Who reads the page, as far as it decides which buttons to offer (the API decides what is allowed). */
export type ActivityViewer = { office: boolean; admin: boolean; faculty?: string; dean: boolean };

/** Whether the viewer is the one asked to confirm this activity: its faculty's dean, or the office. */
export const viewerConfirms = (viewer: ActivityViewer, a: Activity): boolean =>
  a.status === 'proposed' && (a.confirmer === 'office' ? viewer.office : a.confirmer === 'dean' && viewer.dean && viewer.faculty === a.faculty);

const kindName = (kind: string) => (DOCUMENT_KIND_WORDS[kind] ? t(DOCUMENT_KIND_WORDS[kind]!) : label(kind));

type DocumentsRead = { ok: true; documents: AttachedDocument[] } | { ok: false; status: number };

/** The opened activity's state; `changed` tells the page that the activity moved (its list is read again). */
export function activityDetail(changed: (now: Activity) => Promise<void>) {
  const opened = signal<Activity | undefined>(undefined);
  const documents = signal<DocumentsRead | undefined>(undefined);
  const comment = signal('');
  const commentError = signal<(() => string) | undefined>(undefined);
  const said = signal<Message | undefined>(undefined);
  /** What became of the last upload or download, under the documents; and why the file was refused, on its field. */
  const filed = signal<Message | undefined>(undefined);
  const fileError = signal<(() => string) | undefined>(undefined);
  const busy = signal(false);

  const failed = (status: number): Message => ({ text: () => t('activities.failed', { status: String(status) }), tone: 'error' });

  async function readDocuments(id: string): Promise<void> {
    try {
      const answer = await api('GET /activities/:id/documents', { params: { id } });
      if (opened.value?.id === id) documents.value = answer.ok ? { ok: true, documents: answer.data } : { ok: false, status: answer.status };
    } catch {
      if (opened.value?.id === id) documents.value = { ok: false, status: 0 };
    }
  }

  function open(a: Activity): void {
    opened.value = a;
    documents.value = undefined;
    comment.value = '';
    commentError.value = undefined;
    said.value = undefined;
    filed.value = undefined;
    fileError.value = undefined;
    void readDocuments(a.id);
    queueMicrotask(() => document.getElementById('detail-heading')?.focus());
  }

  const close = () => (opened.value = undefined);

  /** Confirm (a comment typed goes with it) or return (the comment is needed). */
  async function decide(decision: 'confirm' | 'return'): Promise<void> {
    const a = opened.value;
    if (!a) return;
    const text = comment.value.trim();
    commentError.value = undefined;
    if (decision === 'return' && !text) {
      commentError.value = () => t('activities.commentNeeded');
      said.value = { text: () => t('activities.commentNeeded'), tone: 'error' };
      document.getElementById('decision-comment')?.focus();
      return;
    }
    busy.value = true;
    try {
      const params = { id: a.id };
      const answer =
        decision === 'confirm'
          ? await api('POST /activities/:id/confirm', { params, body: { version: a.version, ...(text ? { comment: text } : {}) } })
          : await api('POST /activities/:id/return', { params, body: { version: a.version, comment: text } });
      if (answer.ok) {
        const title = answer.data.title;
        opened.value = answer.data as Activity;
        comment.value = '';
        said.value = { text: () => t(decision === 'confirm' ? 'activities.confirmedSaid' : 'activities.returnedSaid', { title }), tone: 'ok', focus: true };
        await changed(answer.data as Activity);
      } else if (answer.status === 409 && answer.data.activity) {
        opened.value = answer.data.activity as Activity;
        said.value = { text: () => t(answer.data.error === 'activity_changed' ? 'activities.changed' : 'activities.notProposed'), tone: 'warn', focus: true };
        await changed(answer.data.activity as Activity);
      } else if (answer.status === 400) {
        commentError.value = () => t('activities.commentNeeded');
      } else {
        said.value = failed(answer.status);
      }
    } catch {
      said.value = { text: () => t('common.offline'), tone: 'error' };
    } finally {
      busy.value = false;
    }
  }

  return { opened, documents, comment, commentError, said, filed, fileError, busy, open, close, decide, readDocuments };
}

export type ActivityDetail = ReturnType<typeof activityDetail>;

function Confirmation({ detail, viewer, a }: { detail: ActivityDetail; viewer: ActivityViewer; a: Activity }) {
  const returned = returnComment(a);
  const last = a.decisions?.at(-1);
  return (
    <div id="confirmation">
      {a.status === 'proposed' && a.confirmer ? <p class="message warn">{t(a.confirmer === 'dean' ? 'activities.awaits.dean' : 'activities.awaits.office')}</p> : null}
      {returned && last ? (
        <p class="message warn" id="returned-comment">
          {t('activities.returnedBy', { who: last.by.name, date: when(last.at), comment: returned })} {t('activities.editToPropose')}
        </p>
      ) : null}
      {viewerConfirms(viewer, a) ? (
        <form
          id="decision-form"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void detail.decide('confirm');
          }}
        >
          <Field id="decision-comment" label={t('activities.returnComment')} hint={t('activities.returnHint')} error={detail.commentError.value?.()}>
            {(control) => <textarea {...control} name="comment" rows={3} value={detail.comment.value} onInput={(e) => (detail.comment.value = e.currentTarget.value)} />}
          </Field>
          <div class="buttons">
            <SubmitButton id="confirm-activity" busy={detail.busy.value}>
              {t('activities.confirm')}
            </SubmitButton>
            <button type="button" class="secondary" id="return-activity" disabled={detail.busy.value} onClick={() => void detail.decide('return')}>
              {t('activities.return')}
            </button>
          </div>
        </form>
      ) : null}
    </div>
  );
}

function DocumentList({ detail, a, say }: { detail: ActivityDetail; a: Activity; say: (m: Message | undefined) => void }) {
  const read = detail.documents.value;
  if (!read) return <p class="muted">{t('common.loading')}</p>;
  if (!read.ok) return <p class="muted">{t('activities.documentsFailed', { status: String(read.status) })}</p>;
  async function download(d: AttachedDocument): Promise<void> {
    try {
      const got = await api('GET /activities/:id/documents/:docId/download', { params: { id: a.id, docId: d.id } });
      if (got.ok) {
        say(undefined);
        location.assign(got.data.url);
      } else say({ text: () => t('activities.downloadFailed', { status: String(got.status) }), tone: 'error' });
    } catch {
      say({ text: () => t('common.offline'), tone: 'error' });
    }
  }
  return (
    <ul class="list" id="activity-documents">
      {read.documents.length === 0 ? <li class="muted">{t('activities.noDocuments')}</li> : null}
      {read.documents.map((d) => (
        <li key={d.id}>
          <button type="button" class="link" onClick={() => void download(d)}>
            {t('activities.download', { name: d.fileName })}
          </button>
          <div class="muted">{t('activities.docMeta', { kind: kindName(d.kind), size: Math.max(1, Math.round(d.size / 1024)), who: d.uploadedBy?.name ?? d.uploadedBy?.email ?? '', date: when(d.uploadedAt ?? d.createdAt) })}</div>
        </li>
      ))}
    </ul>
  );
}

/** The filing form: a kind, a file, Upload; a refusal on the file's field, what was filed in the box. */
function FilingForm({ detail, a, say }: { detail: ActivityDetail; a: Activity; say: (m: Message | undefined) => void }) {
  const file = useRef<HTMLInputElement>(null);
  const kindSelect = useRef<HTMLSelectElement>(null);

  async function upload(form: HTMLFormElement): Promise<void> {
    const chosen = file.current?.files?.[0];
    const asKind = (kindSelect.current?.value ?? 'programme') as ActivityDocumentKind;
    detail.fileError.value = undefined;
    const refuse = (why: () => string) => {
      detail.fileError.value = why;
      say({ text: why, tone: 'error' });
      file.current?.focus();
    };
    if (!chosen) return refuse(() => t('attach.chooseFile'));
    const refusal = await fileRefusal(chosen);
    if (refusal) return refuse(refusal);
    const name = chosen.name;
    detail.busy.value = true;
    say({ text: () => t('activities.uploading', { name }) });
    const result = await uploadDocument({ kind: 'activity', id: a.id }, asKind, chosen);
    detail.busy.value = false;
    if ('failure' in result) return refuse(() => t('attach.failed', { name, reason: result.failure() }));
    form.reset();
    await detail.readDocuments(a.id);
    say({ text: () => t('activities.documentFiled', { name, kind: kindName(asKind) }), tone: 'ok', focus: true });
  }

  if (a.status === 'cancelled') return null; // kept with its documents; it takes no new ones
  return (
    <form
      id="activity-document-form"
      aria-labelledby="activity-document-heading"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void upload(e.currentTarget);
      }}
    >
      <h3 id="activity-document-heading">{t('activities.addDocument')}</h3>
      <div class="row">
        <Field id="activity-document-kind" label={t('activities.documentKind')}>
          {(control) => (
            <select {...control} ref={kindSelect} name="kind">
              {ACTIVITY_DOCUMENT_KINDS.map((k) => (
                <option key={k} value={k}>
                  {kindName(k)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id="activity-document-file" label={t('activities.documentFile')} hint={t('activities.documentFileHint')} error={detail.fileError.value?.()}>
          {(control) => <input ref={file} type="file" {...control} name="file" accept={ACCEPTED_FILES} />}
        </Field>
      </div>
      <SubmitButton id="upload-document" busy={detail.busy.value}>
        {t('activities.upload')}
      </SubmitButton>
    </form>
  );
}

export function ActivityDetailPanel({ detail, viewer }: { detail: ActivityDetail; viewer: ActivityViewer }) {
  const a = detail.opened.value;
  if (!a) return null;
  const say = (m: Message | undefined) => (detail.filed.value = m);
  return (
    <section id="activity-detail" class="card" aria-labelledby="detail-heading">
      <h2 id="detail-heading" tabIndex={-1}>
        {a.title}
      </h2>
      <p>
        {t('activities.status')}: <strong id="detail-status">{t(`activities.status.${a.status}` as MessageKey)}</strong>
      </p>
      <MessageBox id="detail-message" message={detail.said.value} />
      <Confirmation detail={detail} viewer={viewer} a={a} />
      <h3 id="documents-heading">{t('activities.documents')}</h3>
      <DocumentList detail={detail} a={a} say={say} />
      <MessageBox id="documents-message" message={detail.filed.value} />
      <FilingForm detail={detail} a={a} say={say} />
      <button type="button" class="link" id="close-detail" onClick={detail.close}>
        {t('activities.close')}
      </button>
    </section>
  );
}
