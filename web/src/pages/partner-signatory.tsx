/**
 * The partner signatory's part of the partner page (partner-page.tsx shows it when the link's
 * preview is a memorandum's): the exact text sent, its hash and its PDF; approve (name, position)
 * or ask for changes (a comment); once approved, the signed copy uploaded through the same link.
 * As everywhere behind an emailed link, nothing is chosen or sent until a person presses a button.
 */
import { ContentTerms } from '../components/content-terms';
import { signal } from '@preact/signals';
import { api, apiFile, saveFile, type ApiRefusalBody } from '../api';
import type { SignatoryAnswerResult, SignatoryPreview } from '../api-types';
import { ActionButton, SubmitButton } from '../components/buttons';
import { Choices } from '../components/choices';
import { Field } from '../components/field';
import { HashLine } from '../components/hash-line';
import { speech } from '../components/history-list';
import { MessageBox, type Message, type Tone } from '../components/message-box';
import { TermRow } from '../components/term-row';
import { documentTypeOf, fileProblem } from '../document-sending';
import { idempotencyKeyOf } from '../idempotency';
import { fieldText, t } from '../i18n/live';
import { contentRows, type Content } from '../item-words';
import { when } from '../format';
import { textLanguageOf } from '../../../shared/memorandum-pair';

type Answer = 'approve' | 'request_changes';
type Text = () => string;
type Errors = Partial<Record<'name' | 'position' | 'comment' | 'file' | 'date' | 'signatoryName' | 'signatoryPosition', Text>>;

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
const today = () => new Date().toISOString().slice(0, 10);

/** What a closed link says about the memorandum: answered here, changes asked for, signed, or replaced by a newer text. */
function closedText(p: SignatoryPreview | undefined, c: Record<string, unknown> | undefined): string {
  const s = p?.signing;
  if (s?.state === 'signed' || c?.partnerSignedOn) return t('signLink.signed');
  if (c?.textChanged) return t('signLink.textChanged');
  if (s?.state === 'changes_requested' || c?.decision === 'request_changes') return t('signLink.changesSent', { at: when(str(c?.at) ?? s?.changesRequested?.at) });
  if (s?.state === 'approved' || c?.decision === 'approve') return t('signLink.approvedHere', { name: s?.approval?.name ?? str(c?.decidedByName) ?? '', at: when(s?.approval?.at ?? str(c?.at)) });
  return t('signLink.noLongerWaiting');
}

/** The signatory's state and actions, for the link's `token` and the preview it opened with. */
export function signatoryAnswer(token: string, first: SignatoryPreview, reload: () => Promise<void>) {
  const preview = signal(first);
  const message = signal<Message | undefined>(undefined);
  const answer = signal<Answer | undefined>(undefined);
  const name = signal(first.contact.name);
  const position = signal('');
  const comment = signal('');
  const errors = signal<Errors>({});
  const busy = signal(false);
  const file = signal<File | undefined>(undefined);
  const signedOn = signal(today());
  const signatoryName = signal(first.signing.approval?.name ?? first.contact.name);
  const signatoryPosition = signal(first.signing.approval?.position ?? '');
  const uploaded = signal(false);
  const idempotencyKey = idempotencyKeyOf();

  const tell = (text: Text | undefined, tone: Tone = '', focus = false) => {
    message.value = text && { text, tone, focus };
  };
  if (!(first.choices.length > 0) && !first.signing.canUpload) tell(() => closedText(preview.value, preview.value.closed), 'warn');

  function fieldErrors(data: ApiRefusalBody): Errors {
    const found: Errors = {};
    for (const f of Array.isArray(data.fields) ? data.fields : []) {
      const key = f.path as keyof Errors;
      found[key] = () => fieldText(f.message);
    }
    return found;
  }

  async function send(): Promise<void> {
    const chosen = answer.value;
    const p = preview.value;
    if (busy.value || !chosen) return;
    const missing: Errors = {};
    if (chosen === 'approve' && !name.value.trim()) missing.name = () => t('signLink.nameNeeded');
    if (chosen === 'approve' && !position.value.trim()) missing.position = () => t('signLink.positionNeeded');
    if (chosen === 'request_changes' && !comment.value.trim()) missing.comment = () => t('signLink.commentNeeded');
    errors.value = missing;
    if (Object.keys(missing).length) return tell(() => t('act.checkInput'), 'error', true);
    busy.value = true;
    try {
      const body =
        chosen === 'approve'
          ? { token, answer: chosen, name: name.value.trim(), position: position.value.trim(), snapshotHash: p.snapshotHash }
          : { token, answer: chosen, comment: comment.value.trim(), snapshotHash: p.snapshotHash };
      const res = await api('POST /partner-links/sign', { body, headers: { 'Idempotency-Key': idempotencyKey } });
      if (res.ok) return showAnswered(res.data);
      if (res.status === 400) {
        errors.value = fieldErrors(res.data);
        return tell(() => t('act.checkInput'), 'error', true);
      }
      if (res.status === 409 || res.status === 404 || res.status === 410) {
        tell(() => t(res.status === 410 ? 'partnerLink.replaced' : 'signLink.noLongerWaiting'), 'warn', true);
        return reload();
      }
      tell(() => t('common.somethingWrongStatus', { status: String(res.status) }), 'error', true);
    } catch {
      tell(() => t('act.offline'), 'error', true);
    } finally {
      busy.value = false;
    }
  }

  function showAnswered(r: SignatoryAnswerResult): void {
    const p = preview.value;
    const approved = r.answer === 'approve';
    preview.value = {
      ...p,
      choices: [],
      signing: { ...p.signing, state: approved ? 'approved' : 'changes_requested', ...(r.receipt ? { approval: r.receipt } : {}), canUpload: approved },
    };
    if (r.receipt) signatoryPosition.value = r.receipt.position;
    tell(() => (approved ? t('signLink.approvedNow', { hash: r.snapshotHash }) : t('signLink.changesNow')), 'ok', true);
  }

  async function download(): Promise<void> {
    // The pair the office chose for the agreement, not the page's language: the partner signs that text.
    const pair = textLanguageOf(preview.value.memorandum.content);
    try {
      const res = await apiFile('POST /partner-links/memorandum.pdf', { body: { token } });
      if (res.ok) return saveFile(res.file, `${preview.value.reference.toLowerCase()}-memorandum-en-${pair}.pdf`);
      tell(() => t('common.somethingWrongStatus', { status: String(res.status) }), 'error', true);
    } catch {
      tell(() => t('act.offline'), 'error', true);
    }
  }

  async function upload(): Promise<void> {
    if (busy.value) return;
    const chosen = file.value;
    const missing: Errors = {};
    const problem = chosen ? await fileProblem(chosen) : undefined;
    if (!chosen) missing.file = () => t('signLink.fileNeeded');
    else if (problem) missing.file = () => t(problem.key, problem.params);
    if (!signatoryName.value.trim()) missing.signatoryName = () => t('signLink.nameNeeded');
    if (!signatoryPosition.value.trim()) missing.signatoryPosition = () => t('signLink.positionNeeded');
    errors.value = missing;
    if (Object.keys(missing).length || !chosen) return tell(() => t('act.checkInput'), 'error', true);
    busy.value = true;
    try {
      const contentType = documentTypeOf(chosen.name);
      if (!contentType) return void (errors.value = { file: () => t('signLink.fileNeeded') });
      const declared = await api('POST /partner-links/signed-copy', { body: { token, fileName: chosen.name, contentType, size: chosen.size } });
      if (!declared.ok) {
        errors.value = fieldErrors(declared.data);
        return tell(() => t('common.somethingWrongStatus', { status: String(declared.status) }), 'error', true);
      }
      const { url, method, headers } = declared.data.upload;
      const put = await fetch(url, { method, headers, body: chosen });
      if (!put.ok) return tell(() => t('common.somethingWrongStatus', { status: String(put.status) }), 'error', true);
      const done = await api('POST /partner-links/signed-copy/complete', {
        body: { token, documentId: declared.data.document.id, date: signedOn.value, signatoryName: signatoryName.value.trim(), signatoryPosition: signatoryPosition.value.trim() },
      });
      if (!done.ok) {
        errors.value = fieldErrors(done.data);
        return tell(() => t('common.somethingWrongStatus', { status: String(done.status) }), 'error', true);
      }
      uploaded.value = true;
      preview.value = { ...preview.value, signing: { ...preview.value.signing, state: 'signed', canUpload: false, signedCopy: { fileName: chosen.name, at: new Date().toISOString() } } };
      tell(() => t('signLink.uploaded'), 'ok', true);
    } catch {
      tell(() => t('act.offline'), 'error', true);
    } finally {
      busy.value = false;
    }
  }

  return { preview, message, answer, name, position, comment, errors, busy, file, signedOn, signatoryName, signatoryPosition, uploaded, send, download, upload, choose: (a: Answer) => void (answer.value = a) };
}

export type SignatoryModel = ReturnType<typeof signatoryAnswer>;

// ---- the view ------------------------------------------------------------------------------

function TheText({ p }: { p: SignatoryPreview }) {
  const m = p.memorandum;
  const partner = { id: m.content.partnerId, name: m.partner.name, city: '', country: m.partner.country ?? '' };
  const rows = contentRows('memorandum', m.content as Content, speech, partner);
  return (
    <dl class="details" id="content">
      <ContentTerms rows={rows} />
      {m.contentVersion ? <TermRow term={t('signLink.version')}>{String(m.contentVersion)}</TermRow> : null}
      <TermRow term={t('signLink.hash')}>
        <HashLine id="text-hash" class="hash" hash={p.snapshotHash} />
      </TermRow>
      <TermRow term={t('partnerLink.linkUntil')}>{when(p.expiresAt)}</TermRow>
    </dl>
  );
}

function TextInput({ id, label, hint, value, error, onInput, type = 'text' }: { id: string; label: string; hint?: string; value: string; error?: string; onInput: (v: string) => void; type?: 'text' | 'date' }) {
  return (
    <Field id={id} label={label} hint={hint} error={error} describedBy={hint ? `${id}-hint` : undefined}>
      {(control) =>
        type === 'date' ? (
          <input {...control} type="date" name={id} value={value} onInput={(e) => onInput(e.currentTarget.value)} />
        ) : (
          <input {...control} type="text" name={id} maxLength={200} value={value} onInput={(e) => onInput(e.currentTarget.value)} />
        )
      }
    </Field>
  );
}

function AnswerForm({ model }: { model: SignatoryModel }) {
  const e = model.errors.value;
  const chosen = model.answer.value;
  return (
    <section class="card" id="answer-section" aria-labelledby="answer-heading">
      <h2 id="answer-heading">{t('signLink.answerHeading')}</h2>
      <p class="muted">{t('partnerLink.safe')}</p>
      <form
        id="sign-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void model.send();
        }}
      >
        <Choices
          name="answer"
          legend={t('partnerLink.chooseOne')}
          options={[
            { value: 'approve' as const, label: t('signLink.approve') },
            { value: 'request_changes' as const, label: t('signLink.requestChanges') },
          ]}
          value={chosen}
          onChange={model.choose}
        />
        {chosen === 'approve' ? (
          <>
            <TextInput id="name" label={t('signLink.name')} value={model.name.value} error={e.name?.()} onInput={(v) => (model.name.value = v)} />
            <TextInput id="position" label={t('signLink.position')} hint={t('signLink.positionHint')} value={model.position.value} error={e.position?.()} onInput={(v) => (model.position.value = v)} />
          </>
        ) : null}
        {chosen === 'request_changes' ? (
          <Field id="comment" label={t('signLink.comment')} hint={t('signLink.commentHint')} error={e.comment?.()} describedBy="comment-hint">
            {(control) => <textarea {...control} name="comment" maxLength={4000} required aria-required="true" value={model.comment.value} onInput={(ev) => (model.comment.value = ev.currentTarget.value)} />}
          </Field>
        ) : null}
        <SubmitButton id="answer-button" busy={model.busy.value} busyLabel={t('common.sending')} disabled={!chosen}>
          {t('partnerLink.send')}
        </SubmitButton>
      </form>
    </section>
  );
}

function UploadForm({ model }: { model: SignatoryModel }) {
  const e = model.errors.value;
  return (
    <section class="card" id="upload-section" aria-labelledby="upload-heading">
      <h2 id="upload-heading">{t('signLink.uploadHeading')}</h2>
      <p class="muted">{t('signLink.uploadHint')}</p>
      <form
        id="upload-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void model.upload();
        }}
      >
        <Field id="signed-file" label={t('signLink.file')} hint={t('signLink.fileHint')} error={e.file?.()} describedBy="signed-file-hint">
          {(control) => <input {...control} type="file" name="signed-file" accept=".pdf,.docx,.jpg,.jpeg,.png" onChange={(ev) => (model.file.value = ev.currentTarget.files?.[0])} />}
        </Field>
        <TextInput id="signed-on" type="date" label={t('signLink.signedOn')} value={model.signedOn.value} error={e.date?.()} onInput={(v) => (model.signedOn.value = v)} />
        <TextInput id="signatory-name" label={t('signLink.name')} value={model.signatoryName.value} error={e.signatoryName?.()} onInput={(v) => (model.signatoryName.value = v)} />
        <TextInput id="signatory-position" label={t('signLink.position')} value={model.signatoryPosition.value} error={e.signatoryPosition?.()} onInput={(v) => (model.signatoryPosition.value = v)} />
        <SubmitButton id="upload-button" busy={model.busy.value} busyLabel={t('common.sending')}>
          {t('signLink.upload')}
        </SubmitButton>
      </form>
    </section>
  );
}

export function SignatoryPart({ model }: { model: SignatoryModel }) {
  const p = model.preview.value;
  const open = p.choices.length > 0;
  return (
    <div id="item">
      <MessageBox id="sign-message" message={model.message.value} />
      <p id="intro">{t('signLink.intro', { university: p.memorandum.university, partner: p.memorandum.partner.name })}</p>
      {open ? (
        <p id="answering-as" class="muted">
          {t('partnerLink.answeringAs', { name: p.contact.name, email: p.contact.email })}
        </p>
      ) : null}
      <section class="card" aria-labelledby="content-heading">
        <h2 id="content-heading">{t('signLink.text')}</h2>
        <p class="muted">{t('signLink.hashHint')}</p>
        <TheText p={p} />
        <div id="pdf">
          <ActionButton busy={false} onClick={() => void model.download()}>
            {t('signLink.downloadPdf')}
          </ActionButton>
        </div>
      </section>
      {open ? <AnswerForm model={model} /> : null}
      {p.signing.canUpload && !model.uploaded.value ? <UploadForm model={model} /> : null}
    </div>
  );
}
