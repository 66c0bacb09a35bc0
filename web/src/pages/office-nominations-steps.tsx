/**
 * The office's steps on a nomination, each a form under the nominations list
 * (office-nominations-page.tsx), one open at a time: the partner's answer to an `approved`
 * nomination (accept, or decline with a reason); the completed mobility, once the partner
 * accepted, with its actual dates and, where the partner sent one, its certificate of attendance
 * (one of the nomination's documents, read when the form opens, the certificates first; or a file
 * uploaded there and then, checked and put straight into the document store, document-sending.ts);
 * and the override of the places, for a nomination whose final approval was refused because its
 * agreement has no place left.
 *
 * Each sends straight to the server (the rules that matter, such as a date not in the future, are
 * the server's), and says its answer: a 400's errors under their fields, the first field taking the
 * focus; a 409 (the nomination moved on meanwhile) and a success close the form and read the list
 * again (the page's part).
 */
import { useSignal, type Signal } from '@preact/signals';
import type { ComponentChildren } from 'preact';
import { useEffect, useLayoutEffect } from 'preact/hooks';
import { fieldMessage, genericMessage } from '../../../shared/i18n/validation';
import { api, type ApiAnswer } from '../api';
import type { AttachedDocument, Nomination, PlacesLeft, Residence } from '../api-types';
import { SubmitButton } from '../components/buttons';
import { errorId, Field } from '../components/field';
import { MessageBox, type Message } from '../components/message-box';
import { DOCUMENT_KIND_WORDS } from '../document-kinds';
import { ACCEPTED_FILES, fileProblem, sendDocument } from '../document-sending';
import { day } from '../format';
import { label, lang, t, type MessageKey } from '../i18n/live';

/** The step a form is open for: which form, on which nomination (and, to override, the places it lacks). */
export type OpenStep =
  | { kind: 'answer'; nomination: Nomination }
  | { kind: 'completion'; nomination: Nomination }
  | { kind: 'arrival'; nomination: Nomination }
  | { kind: 'override'; nomination: Nomination; places: PlacesLeft }
  | { kind: 'room'; nomination: Nomination };

/** What a step's form needs of the page: to close it, and to say how it ended once the list is read again. */
export type StepEnds = {
  close: (returnFocus?: boolean) => void;
  /** Saved: the form closes, the list is read again and the page says `said`. */
  saved: (said: () => string) => Promise<void>;
  /** The nomination moved on meanwhile (409): the same, with the page saying so. */
  movedOn: () => Promise<void>;
  /** Asks for the focus on the control of this id if nothing holds it (a button disabled while sending dropped it). */
  refocus: (id: string) => void;
};

/** A problem with one field: the path the server named, the control's id where there is one, and its words. */
type Problem = { path: string; id?: string; text: () => string };

/** The server's words for a field, where the page has better ones: by its message and path; undefined, the generic wording. */
type OwnWords = (message: string, path: string) => (() => string) | undefined;

/** zod's own messages (an empty or too long text, an unknown option), else the shared translations, in the page's language. */
function generic(message: string): string {
  if (/^Too small: expected string to have >=1 characters?$/.test(message) || /^Invalid input: expected \w+, received undefined$/.test(message)) {
    return genericMessage('fillIn', lang.value);
  }
  const long = /^Too big: expected string to have <=(\d+) characters$/.exec(message);
  if (long) return genericMessage('tooLong', lang.value, Number(long[1]));
  if (/^Invalid option/.test(message)) return genericMessage('chooseOne', lang.value);
  return fieldMessage(message, lang.value);
}

/** A 400's field errors, one per path (the first says it best), each with its control's id (`controls`) where the form has one. */
export function serverProblems(data: unknown, controls: Record<string, string>, own: OwnWords = () => undefined): Problem[] {
  const fields = (data as { fields?: unknown } | undefined)?.fields;
  const listed = Array.isArray(fields) ? fields.filter((f): f is { path: string; message: string } => typeof f?.path === 'string' && typeof f?.message === 'string') : [];
  const seen = new Set<string>();
  return listed
    .filter((f) => !seen.has(f.path) && Boolean(seen.add(f.path)))
    .map((f) => ({ path: f.path, ...(controls[f.path] ? { id: controls[f.path] } : {}), text: own(f.message, f.path) ?? (() => generic(f.message)) }));
}

const problemAt = (problems: readonly Problem[], path: string) => problems.find((p) => p.path === path && p.id)?.text();

/** A step's answer, as each of the three routes gives it: the nomination. */
type StepAnswer = ApiAnswer<'POST /nominations/:id/completion'>;

/** The state of one step's form while it is open: sending, its field errors, its own message. */
function useSending(ends: StepEnds, saveId: string, controls: Record<string, string>) {
  const busy = useSignal(false);
  const problems = useSignal<Problem[]>([]);
  const message = useSignal<Message | undefined>(undefined);

  // Each answer's errors: the first field with one (in the form's order) takes the focus.
  useLayoutEffect(() => {
    const ids = Object.values(controls);
    const first = ids.find((id) => problems.value.some((p) => p.id === id));
    if (first) document.getElementById(first)?.focus();
  }, [problems.value]);

  /** `conflict`: a 409 this form words itself and stays open for (a room with no free bed); otherwise a 409 closes it. */
  async function send(step: () => Promise<StepAnswer>, own: OwnWords, done: (data: Nomination) => () => string, conflict?: (data: unknown) => Message | undefined): Promise<void> {
    problems.value = [];
    message.value = { text: () => t('common.sending') };
    busy.value = true;
    let closed = false;
    try {
      const answer = await step();
      if (answer.ok) {
        closed = true;
        await ends.saved(done(answer.data));
        return;
      }
      const { status, data } = answer;
      if (status === 400) {
        const found = serverProblems(data, controls, own);
        problems.value = found;
        const unplaced = found.filter((p) => !p.id);
        message.value = { text: () => [t('nom.checkFields'), ...unplaced.map((p) => p.text())].join(' '), tone: 'error' };
      } else if (status === 409 && conflict?.(data)) {
        message.value = conflict(data);
      } else if (status === 409) {
        closed = true;
        await ends.movedOn();
      } else {
        const id = data.requestId;
        message.value = { text: () => `${t('nom.failed', { status: String(status) })}${id ? ` ${t('common.requestId', { id })}` : ''}`, tone: 'error' };
      }
    } catch {
      message.value = { text: () => t('common.offline'), tone: 'error' };
    } finally {
      busy.value = false;
      if (!closed) ends.refocus(saveId);
    }
  }

  return { busy, problems, message, send };
}

type FormProps = {
  id: 'answer' | 'completion' | 'override' | 'arrival' | 'room';
  heading: string;
  saveLabel: string;
  busy: boolean;
  message: Message | undefined;
  ends: StepEnds;
  onSubmit: () => void;
  children: ComponentChildren;
};

/** A step's form: its heading (which takes the focus when it opens), its fields, Save and Cancel, and its message; Escape cancels. */
function StepForm({ id, heading, saveLabel, busy, message, ends, onSubmit, children }: FormProps) {
  return (
    <form
      id={`${id}-form`}
      class="card"
      aria-labelledby={`${id}-heading`}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit();
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') ends.close();
      }}
    >
      <h2 id={`${id}-heading`} tabIndex={-1}>
        {heading}
      </h2>
      {children}
      <div class="form-actions">
        <SubmitButton id={`${id}-save`} busy={busy}>
          {saveLabel}
        </SubmitButton>
        <button type="button" class="secondary" onClick={() => ends.close()}>
          {t('nom.cancel')}
        </button>
      </div>
      <MessageBox message={message} focusable={false} />
    </form>
  );
}

/** What the control of a field with an error carries. */
const invalid = (id: string, error: string | undefined) => (error ? { 'aria-invalid': 'true' as const, 'aria-describedby': errorId(id) } : {});

const statusSaid = (n: Nomination, data: Nomination) => () => t('nom.saved', { reference: n.reference, status: label(data.status) });

// ---- the partner's answer ------------------------------------------------------------------

const ANSWER_CONTROLS = { accepted: 'accepted-yes', reason: 'reason' };

export function AnswerForm({ nomination, ends }: { nomination: Nomination; ends: StepEnds }) {
  const accepted = useSignal<'yes' | 'no'>('yes');
  const reason = useSignal('');
  const { busy, problems, message, send } = useSending(ends, 'answer-save', ANSWER_CONTROLS);
  const acceptedError = problemAt(problems.value, 'accepted');
  const submit = () => {
    const why = reason.value.trim();
    void send(
      () => api('POST /nominations/:id/partner-response', { params: { id: nomination.id }, body: { accepted: accepted.value === 'yes', ...(why ? { reason: why } : {}) } }),
      (_message, path) => (path === 'reason' ? () => t('nom.reasonNeeded') : undefined),
      (data) => statusSaid(nomination, data),
    );
  };
  return (
    <StepForm id="answer" heading={t('nom.answerHeading', { reference: nomination.reference })} saveLabel={t('nom.save')} busy={busy.value} message={message.value} ends={ends} onSubmit={submit}>
      <fieldset class="views" id="accepted-field">
        <legend>{t('nom.answer')}</legend>
        {(['yes', 'no'] as const).map((value) => (
          <label key={value} class="choice">
            <input
              type="radio"
              name="accepted"
              value={value}
              id={`accepted-${value}`}
              checked={accepted.value === value}
              onChange={() => (accepted.value = value)}
              {...(value === 'yes' ? invalid('accepted-yes', acceptedError) : {})}
            />{' '}
            <span>{t(value === 'yes' ? 'nom.accepted' : 'nom.declined')}</span>
          </label>
        ))}
        {acceptedError ? (
          <p id={errorId('accepted-yes')} class="field-error">
            {acceptedError}
          </p>
        ) : null}
      </fieldset>
      <Field id="reason" label={t('nom.reason')} hint={t('nom.reasonHint')} error={problemAt(problems.value, 'reason')}>
        {(control) => <textarea {...control} name="reason" maxLength={2000} value={reason.value} onInput={(e) => (reason.value = e.currentTarget.value)} />}
      </Field>
    </StepForm>
  );
}

// ---- the override of the places -------------------------------------------------------------

const OVERRIDE_CONTROLS = { reason: 'override-reason' };

export function OverrideForm({ nomination, places, ends }: { nomination: Nomination; places: PlacesLeft; ends: StepEnds }) {
  const reason = useSignal('');
  const { busy, problems, message, send } = useSending(ends, 'override-save', OVERRIDE_CONTROLS);
  const submit = () =>
    // Sent even when empty: the server's refusal puts the error on the field.
    void send(
      () => api('POST /nominations/:id/quota-override', { params: { id: nomination.id }, body: { reason: reason.value.trim() } }),
      (_message, path) => (path === 'reason' ? () => t('nom.overrideNeeded') : undefined),
      () => () => t('nom.overrideDone', { reference: nomination.reference }),
    );
  return (
    <StepForm id="override" heading={t('nom.overrideHeading', { reference: nomination.reference })} saveLabel={t('nom.overrideSave')} busy={busy.value} message={message.value} ends={ends} onSubmit={submit}>
      <p id="override-explain">{t('nom.overrideExplain', { reference: nomination.reference, year: places.academicYear })}</p>
      <Field id="override-reason" label={t('nom.overrideReason')} error={problemAt(problems.value, 'reason')}>
        {(control) => <textarea {...control} name="reason" maxLength={2000} required value={reason.value} onInput={(e) => (reason.value = e.currentTarget.value)} />}
      </Field>
    </StepForm>
  );
}

// ---- the completed mobility -------------------------------------------------------------------

const COMPLETION_CONTROLS = { actualStartDate: 'actualStartDate', actualEndDate: 'actualEndDate', certificateDocumentId: 'certificate', certificateFile: 'certificate-file' };

/** A document's kind in the reader's words. */
export const documentKindName = (kind: string) => (DOCUMENT_KIND_WORDS[kind] ? t(DOCUMENT_KIND_WORDS[kind]!) : label(kind));

/** The completion's refusals in the reader's words: a date left empty, the dates' order, a start or an end to come, a document that is not a certificate. */
const completionWords =
  (dates: { actualStartDate: string; actualEndDate: string }): OwnWords =>
  (message, path) => {
    if ((path === 'actualStartDate' || path === 'actualEndDate') && !dates[path]) return () => genericMessage('fillIn', lang.value);
    if (message === 'Must be on or after the start date') return () => t('nom.err.endBeforeStart');
    if (message === 'Must not be in the future') return () => t(path === 'actualEndDate' ? 'nom.err.futureEnd' : 'nom.err.future');
    if (path === 'certificateDocumentId') return () => t('nom.err.certificate');
    return undefined;
  };

/**
 * The certificate's choices: none, the nomination's certificates, then its other documents (a
 * certificate uploaded under another kind is found there, and the server says what to do).
 */
function CertificateChoices({ documents }: { documents: readonly AttachedDocument[] }) {
  const group = (words: MessageKey, items: AttachedDocument[]) =>
    items.length ? (
      <optgroup label={t(words)}>
        {items.map((d) => (
          <option key={d.id} value={d.id}>
            {t('nom.docOption', { name: d.fileName, kind: documentKindName(d.kind) })}
          </option>
        ))}
      </optgroup>
    ) : null;
  return (
    <>
      <option value="">{t('nom.noCertificate')}</option>
      {group(
        'nom.certificates',
        documents.filter((d) => d.kind === 'certificate'),
      )}
      {group(
        'nom.otherDocuments',
        documents.filter((d) => d.kind !== 'certificate'),
      )}
    </>
  );
}

/** Reads the nomination's documents into `documents` when the form opens; the newest certificate is chosen. Undefined while reading. */
function useDocuments(nomination: Nomination, documents: Signal<AttachedDocument[] | undefined>, chosen: Signal<string>, message: Signal<Message | undefined>) {
  useEffect(() => {
    let open = true;
    void (async () => {
      let answer: ApiAnswer<'GET /nominations/:id/documents'>;
      try {
        answer = await api('GET /nominations/:id/documents', { params: { id: nomination.id } });
      } catch {
        answer = { ok: false, status: 0, data: {} };
      }
      // The form may have been closed meanwhile.
      if (!open) return;
      const read = answer.ok ? answer.data : [];
      documents.value = read;
      chosen.value = read.filter((d) => d.kind === 'certificate').at(-1)?.id ?? '';
      if (!answer.ok) {
        const status = String(answer.status || '—');
        message.value = { text: () => t('nom.documentsFailed', { status }), tone: 'warn' };
      }
    })();
    return () => {
      open = false;
    };
  }, [nomination.id]);
}

export function CompletionForm({ nomination, ends }: { nomination: Nomination; ends: StepEnds }) {
  const start = useSignal('');
  const end = useSignal('');
  const documents = useSignal<AttachedDocument[] | undefined>(undefined);
  const chosen = useSignal('');
  const uploading = useSignal(false);
  const { busy, problems, message, send } = useSending(ends, 'completion-save', COMPLETION_CONTROLS);
  useDocuments(nomination, documents, chosen, message);

  const submit = () => {
    const dates = { actualStartDate: start.value, actualEndDate: end.value };
    const body = { ...dates, ...(chosen.value ? { certificateDocumentId: chosen.value } : {}) };
    void send(() => api('POST /nominations/:id/completion', { params: { id: nomination.id }, body }), completionWords(dates), (data) => statusSaid(nomination, data));
  };

  /** The file chosen, checked and uploaded as the nomination's certificate, then chosen above. */
  async function upload(input: HTMLInputElement): Promise<void> {
    const file = input.files?.[0];
    if (!file) return;
    const name = file.name;
    const refuse = (text: () => string) => {
      problems.value = [{ path: 'certificateFile', id: 'certificate-file', text }];
      message.value = { text: () => t('nom.checkFields'), tone: 'error' };
    };
    problems.value = [];
    const problem = await fileProblem(file);
    if (problem) return refuse(() => t(problem.key, problem.params));
    message.value = { text: () => t('nom.uploading', { name }) };
    uploading.value = true;
    const result = await sendDocument({ kind: 'nomination', id: nomination.id }, 'certificate', file);
    uploading.value = false;
    // Disabled while uploading, the field dropped the focus: back to it.
    ends.refocus('certificate-file');
    if ('failure' in result) {
      const { failure } = result;
      return refuse(() => t('attach.failed', { name, reason: t(failure.key, failure.params) }));
    }
    input.value = '';
    documents.value = [...(documents.value ?? []), result.document];
    chosen.value = result.document.id;
    message.value = { text: () => t('nom.uploaded', { name, reference: nomination.reference }), tone: 'ok' };
  }

  return (
    <StepForm id="completion" heading={t('nom.completionHeading', { reference: nomination.reference })} saveLabel={t('nom.save')} busy={busy.value} message={message.value} ends={ends} onSubmit={submit}>
      <div class="row">
        <Field id="actualStartDate" label={t('nom.actualStart')} error={problemAt(problems.value, 'actualStartDate')}>
          {(control) => <input {...control} type="date" name="actualStartDate" required value={start.value} onInput={(e) => (start.value = e.currentTarget.value)} />}
        </Field>
        <Field id="actualEndDate" label={t('nom.actualEnd')} error={problemAt(problems.value, 'actualEndDate')}>
          {(control) => <input {...control} type="date" name="actualEndDate" required value={end.value} onInput={(e) => (end.value = e.currentTarget.value)} />}
        </Field>
      </div>
      <Field id="certificate" label={t('nom.certificate')} hint={t('nom.certificateHint')} error={problemAt(problems.value, 'certificateDocumentId')}>
        {(control) => (
          <select {...control} name="certificateDocumentId" disabled={!documents.value} value={chosen.value} onChange={(e) => (chosen.value = e.currentTarget.value)}>
            <CertificateChoices documents={documents.value ?? []} />
          </select>
        )}
      </Field>
      <Field id="certificate-file" label={t('nom.certificateUpload')} hint={t('nom.certificateUploadHint')} error={problemAt(problems.value, 'certificateFile')}>
        {(control) => <input {...control} type="file" name="certificateFile" accept={ACCEPTED_FILES} disabled={uploading.value} onChange={(e) => void upload(e.currentTarget)} />}
      </Field>
    </StepForm>
  );
}

// ---- an incoming student's arrival ---------------------------------------------------------------

/** The API's answer; null when there is none (or it could not be read), undefined while reading. */
type InvitationShown = Extract<ApiAnswer<'GET /nominations/:id/invitation-data'>, { ok: true }>['data'] | null | undefined;

/**
 * The day an incoming student arrived, with what the invitation letter said of them beside it
 * (the office's view is the one place the console shows a person's data: read when the form opens).
 */
export function ArrivalForm({ nomination, ends }: { nomination: Nomination; ends: StepEnds }) {
  const date = useSignal('');
  const invitation = useSignal<InvitationShown>(undefined);
  const { busy, problems, message, send } = useSending(ends, 'arrival-save', { arrivalDate: 'arrivalDate' });
  useEffect(() => {
    let open = true;
    void api('GET /nominations/:id/invitation-data', { params: { id: nomination.id } })
      .then((r) => r.ok ? r.data : null)
      .catch(() => null)
      .then((read) => {
        if (open) invitation.value = read;
      });
    return () => {
      open = false;
    };
  }, [nomination.id]);
  const submit = () =>
    void send(
      () => api('POST /nominations/:id/arrival', { params: { id: nomination.id }, body: { arrivalDate: date.value } }),
      (message, path) => (path === 'arrivalDate' && !date.value ? () => genericMessage('fillIn', lang.value) : message === 'Must not be in the future' ? () => t('nom.err.future') : undefined),
      (data) => statusSaid(nomination, data),
    );
  const shown = invitation.value;
  return (
    <StepForm id="arrival" heading={t('nom.arrivalHeading', { reference: nomination.reference })} saveLabel={t('nom.save')} busy={busy.value} message={message.value} ends={ends} onSubmit={submit}>
      <p id="invitation-data" class="muted">
        <strong>{t('nom.invitationData')}</strong>{' '}
        {shown === undefined
          ? t('common.sending')
          : shown === null
            ? t('nom.invitationNone')
            : t('nom.invitationLine', { nationality: shown.nationality, born: shown.dateOfBirth, passport: shown.passportNumber, until: shown.passportExpiry })}
        {shown && shown.warnings.length ? <span class="block warn"> {t('nom.passportWarning')}</span> : null}
      </p>
      <Field id="arrivalDate" label={t('nom.arrivalDate')} error={problemAt(problems.value, 'arrivalDate')}>
        {(control) => <input {...control} type="date" name="arrivalDate" required value={date.value} onInput={(e) => (date.value = e.currentTarget.value)} />}
      </Field>
    </StepForm>
  );
}

// ---- a room for an incoming student ------------------------------------------------------------

const ROOM_CONTROLS = { residenceId: 'residence', room: 'room', from: 'move-in', to: 'move-out' };

/** The room's refusals in the reader's words: a date left empty, the dates against the mobility's. */
const roomWords =
  (dates: { from: string; to: string }): OwnWords =>
  (message, path) => {
    if ((path === 'from' || path === 'to') && !dates[path]) return () => genericMessage('fillIn', lang.value);
    if (path === 'from' || path === 'to') return () => t('nom.err.stayDates');
    return undefined;
  };

type Occupancy = { room: string; stays: { from: string; to: string }[] };

/** A room with no free bed: said in the form, with the stays it holds, so another room or other dates can be tried. */
function roomFull(data: unknown): Message | undefined {
  const body = data as { error?: string; occupancy?: Occupancy } | undefined;
  if (!body?.occupancy || (body.error !== 'room_full' && body.error !== 'room_busy')) return undefined;
  const { room, stays } = body.occupancy;
  return { text: () => t('nom.roomFull', { room, stays: stays.map((s) => `${day(s.from)} – ${day(s.to)}`).join('; ') }), tone: 'error' };
}

/** Reads the residences when the form opens; undefined while reading. */
function useResidences(residences: Signal<Residence[] | undefined>, message: Signal<Message | undefined>) {
  useEffect(() => {
    let open = true;
    void (async () => {
      let answer: ApiAnswer<'GET /residences'>;
      try {
        answer = await api('GET /residences');
      } catch {
        answer = { ok: false, status: 0, data: {} };
      }
      if (!open) return;
      residences.value = answer.ok ? answer.data : [];
      if (!answer.ok) {
        const status = String(answer.status || '—');
        message.value = { text: () => t('nom.residencesFailed', { status }), tone: 'warn' };
      }
    })();
    return () => {
      open = false;
    };
  }, []);
}

export function RoomForm({ nomination, ends }: { nomination: Nomination; ends: StepEnds }) {
  const given = nomination.roomAssignment;
  const residences = useSignal<Residence[] | undefined>(undefined);
  const residenceId = useSignal(given?.residenceId ?? '');
  const room = useSignal(given?.room ?? '');
  const from = useSignal(given?.from ?? nomination.content.plannedStartDate ?? '');
  const to = useSignal(given?.to ?? nomination.content.plannedEndDate ?? '');
  const { busy, problems, message, send } = useSending(ends, 'room-save', ROOM_CONTROLS);
  useResidences(residences, message);
  const chosen = residences.value?.find((r) => r.id === residenceId.value);
  const residenceName = (id: string) => residences.value?.find((r) => r.id === id)?.name ?? id;

  const submit = () => {
    const dates = { from: from.value, to: to.value };
    void send(
      () => api('POST /nominations/:id/accommodation', { params: { id: nomination.id }, body: { residenceId: residenceId.value, room: room.value, ...dates } }),
      roomWords(dates),
      (data) => () => t('nom.roomGiven', { reference: nomination.reference, room: data.roomAssignment?.room ?? '', residence: residenceName(data.roomAssignment?.residenceId ?? '') }),
      roomFull,
    );
  };
  const takeBack = () =>
    void send(
      () => api('POST /nominations/:id/accommodation/cancel', { params: { id: nomination.id } }),
      () => undefined,
      () => () => t('nom.roomTakenBack', { reference: nomination.reference }),
    );

  return (
    <StepForm id="room" heading={t('nom.roomHeading', { reference: nomination.reference })} saveLabel={t('nom.save')} busy={busy.value} message={message.value} ends={ends} onSubmit={submit}>
      {nomination.content.accommodation?.note ? <p class="hint">{nomination.content.accommodation.note}</p> : null}
      <div class="row">
        <Field id="residence" label={t('nom.residence')} error={problemAt(problems.value, 'residenceId')}>
          {(control) => (
            <select
              {...control}
              name="residenceId"
              required
              disabled={!residences.value}
              value={residenceId.value}
              onChange={(e) => {
                residenceId.value = e.currentTarget.value;
                room.value = '';
              }}
            >
              <option value="">—</option>
              {(residences.value ?? []).map((r) => (
                <option key={r.id} value={r.id}>
                  {r.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id="room" label={t('nom.room')} error={problemAt(problems.value, 'room')}>
          {(control) => (
            <select {...control} name="room" required disabled={!chosen} value={room.value} onChange={(e) => (room.value = e.currentTarget.value)}>
              <option value="">—</option>
              {(chosen?.rooms ?? []).map((r) => (
                <option key={r.number} value={r.number}>
                  {t('nom.roomOption', { number: r.number, beds: String(r.beds) })}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <div class="row">
        <Field id="move-in" label={t('nom.moveIn')} hint={t('nom.moveHint')} error={problemAt(problems.value, 'from')}>
          {(control) => <input {...control} type="date" name="from" required value={from.value} onInput={(e) => (from.value = e.currentTarget.value)} />}
        </Field>
        <Field id="move-out" label={t('nom.moveOut')} error={problemAt(problems.value, 'to')}>
          {(control) => <input {...control} type="date" name="to" required value={to.value} onInput={(e) => (to.value = e.currentTarget.value)} />}
        </Field>
      </div>
      {given ? (
        <p>
          <button type="button" id="room-take-back" class="secondary" disabled={busy.value} onClick={takeBack}>
            {t('nom.roomTakeBack')}
          </button>
        </p>
      ) : null}
    </StepForm>
  );
}

/** The form of the step open, if any, keyed by its nomination so that another one starts afresh. */
export function OpenStepForm({ step, ends }: { step: OpenStep | undefined; ends: StepEnds }) {
  if (!step) return null;
  const key = `${step.kind}-${step.nomination.id}`;
  if (step.kind === 'answer') return <AnswerForm key={key} nomination={step.nomination} ends={ends} />;
  if (step.kind === 'room') return <RoomForm key={key} nomination={step.nomination} ends={ends} />;
  if (step.kind === 'completion') return <CompletionForm key={key} nomination={step.nomination} ends={ends} />;
  if (step.kind === 'arrival') return <ArrivalForm key={key} nomination={step.nomination} ends={ends} />;
  return <OverrideForm key={key} nomination={step.nomination} places={step.places} ends={ends} />;
}
