/**
 * The office's form for changing an agreement after its approval (POST /api/agreements/:id/changes):
 * the memorandum's fields (components/memorandum-fields.tsx, ids `edit-*`) filled from the
 * version in force, without the partner (an agreement stays with its partner), and a note for
 * the history. Before anything is saved the form says what saving will do, by the server's own
 * rule (shared/workflow/versions.ts, diff-words.ts `changeKind`):
 *
 *   nothing changed                      nothing to save
 *   conditions or dates changed          an amendment through the approval chain (202); the
 *                                        version in force stays until it is approved
 *   anything else                        a new version at once (200)
 *
 * One amendment at a time: while one is in approval the form says so before a change of
 * conditions or dates is sent, and the server's 409 `amendment_pending` is said naming it, the
 * form kept as typed. Checked with the API's own schema before sending (every problem at once,
 * in a summary linked to its field); the server's field errors are placed the same way. What
 * happens after a save (the page read again, the message under the content) is the page's.
 */
import { useSignal } from '@preact/signals';
import { useLayoutEffect, useRef } from 'preact/hooks';
import type { ApiBody } from '../../../shared/api-contract';
import { DEFAULT_PAIR } from '../../../shared/memorandum-pair';
import { MemorandumInputSchema } from '../../../shared/schemas/agreement';
import { diffContent } from '../../../shared/workflow/versions';
import type { ApiAnswer } from '../api';
import type { Agreement, Faculty } from '../api-types';
import { changedField, changeKind, type Wording } from '../diff-words';
import { day, languageName, list, number } from '../format';
import { label, lang, t, type MessageKey } from '../i18n/live';
import { bodyOf, CONTROLS, problemsOf, serverProblems, valuesOf, type ControlName, type FieldProblem, type MemorandumValues } from '../memorandum-values';
import { ErrorSummary } from './error-summary';
import { Field } from './field';
import { FormStatus, type FormSaid } from './form-status';
import { MemorandumFields, summaryOf, type FieldIds } from './memorandum-fields';

type Route = 'POST /agreements/:id/changes';
export type ChangeBody = ApiBody<Route>;

/** The edit form's ids: the memorandum form's with `edit-` for `m-` (the e2e tests rely on them). */
export const EDIT_IDS: FieldIds = {
  control: (name) => CONTROLS[name].id.replace(/^m-/, 'edit-'),
  scopeGroup: 'edit-scope',
  scope: (code) => `edit-scope-${code}`,
  openEnded: 'edit-open-ended',
  conditionsHeading: 'edit-conditions-heading',
};
const NOTE_ID = 'edit-note';

/** The content's fields, as the API takes them: anything else stored alongside is left out. */
const CONTENT_FIELDS = ['partnerId', 'kind', 'scope', 'cooperationConditions', 'startDate', 'endDate', 'coordinator', 'initiatingFaculty', 'summary', 'degreeProgrammes', 'researchAreas', 'jointLaboratories', 'textLanguage'];

/** The part of stored content the form compares with. */
export const contentOf = (content: Record<string, unknown> | undefined): Record<string, unknown> =>
  Object.fromEntries(CONTENT_FIELDS.filter((k) => content && k in content).map((k) => [k, content![k]]));

/**
 * The content the form would send: checked and normalised by the API's schema when it passes.
 * An agreement stored before the pair was chosen names none and is printed with Russian: the
 * choice left at Russian is left out again, so it is not a change.
 */
export function proposedContent(values: MemorandumValues, stored?: Record<string, unknown>): Record<string, unknown> {
  const body = bodyOf(values);
  const parsed = MemorandumInputSchema.safeParse(body);
  const content: Record<string, unknown> = parsed.success ? parsed.data : body;
  if (stored && stored.textLanguage === undefined && content.textLanguage === DEFAULT_PAIR) {
    const { textLanguage: _unchanged, ...rest } = content;
    return rest;
  }
  return content;
}

/** The paths saving the form would change in the version in force. */
export const changedPaths = (stored: Record<string, unknown> | undefined, values: MemorandumValues): string[] =>
  diffContent(contentOf(stored), proposedContent(values, contentOf(stored))).map((c) => c.path);

/** The server's own words for the content's checks the schema does not make. */
const OWN_WORDS: Record<string, MessageKey> = {
  'The content is the same as the version in force': 'edit.err.same',
  'A different partner needs a new agreement': 'edit.err.partner',
};

/** The server's field errors on the form's fields: its paths are in the request (`content.summary`), the note's is `note`. */
export function changeProblems(values: MemorandumValues, fields: readonly { path: string; message: string }[]): FieldProblem[] {
  const inForm = fields.map((f) => ({ ...f, path: f.path.replace(/^content\.?/, '') }));
  const own = inForm.flatMap((f) => {
    const key = OWN_WORDS[f.message];
    return key ? [{ path: f.path, message: () => t(key) }] : [];
  });
  return [...own, ...serverProblems(values, inForm.filter((f) => !OWN_WORDS[f.message]), true)];
}

/** What the page says once the form is done with: a sentence, with a link where its `\0` is. */
export type EditSaid = Pick<FormSaid, 'text' | 'tone' | 'link'>;

export type AgreementEditFormProps = {
  agreement: Agreement;
  /** The partner's name in the reader's language. */
  partnerName: string;
  faculties: readonly Faculty[];
  /** The amendment in approval, if there is one: another change of conditions or dates waits for it. */
  pending?: { id: string; reference: string } | undefined;
  /** Where an agreement's page is, for the links to an amendment. */
  pathOf: (id: string) => string;
  send: (body: ChangeBody) => Promise<ApiAnswer<Route>>;
  /** Saved (or changed meanwhile by someone else): the page reads the agreement again and says `said`. */
  onDone: (said: EditSaid) => Promise<void> | void;
  /** Cancel or Escape: the form goes and the focus returns to what opened it. */
  onClose: () => void;
};

export function AgreementEditForm(props: AgreementEditFormProps) {
  const { agreement: a, pending } = props;
  const values = useSignal<MemorandumValues>(valuesOf(contentOf(a.content), {}));
  const note = useSignal('');
  const problems = useSignal<FieldProblem[]>([]);
  const summaryTitle = useSignal<'form.needAttention' | 'form.checkForm'>('form.needAttention');
  const said = useSignal<FormSaid | undefined>(undefined);
  const busy = useSignal(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const submitButton = useRef<HTMLButtonElement>(null);
  // The heading takes the focus when the form opens, so a screen reader hears what it is for.
  useLayoutEffect(() => heading.current?.focus(), []);

  const inForce = a.contentVersion ?? 1;
  const change = (next: MemorandumValues) => {
    values.value = next;
  };
  const set = (name: ControlName, value: string) => change({ ...values.value, fields: { ...values.value.fields, [name]: value } });

  const submit = async (e: Event) => {
    e.preventDefault();
    said.value = undefined;
    // Read when the person acts, not from the last drawing.
    const now = values.value;
    const found = problemsOf(now, true);
    if (found.length) {
      summaryTitle.value = 'form.needAttention';
      problems.value = found;
      return;
    }
    problems.value = [];
    const content = proposedContent(now, contentOf(a.content));
    if (diffContent(contentOf(a.content), content).length === 0) {
      said.value = { text: () => t('edit.err.same'), tone: 'warn' };
      return;
    }
    const noted = note.value.trim();
    busy.value = true;
    said.value = { text: () => t('common.sending') };
    try {
      // The content the API's schema accepted (problemsOf above): the schema's own output.
      const answer = await props.send({ content: content as ChangeBody['content'], ...(noted ? { note: noted } : {}) });
      if (answer.ok) {
        const made = answer.data;
        // Applied at once (200), or an amendment in review (202).
        if (made.applied) {
          const n = made.agreement.contentVersion ?? inForce + 1;
          await props.onDone({ text: () => t('edit.savedVersion', { n }), tone: 'ok' });
        } else {
          const { amendment } = made;
          await props.onDone({ text: () => t('edit.sentAmendment', { reference: '\u0000', n: inForce }), tone: 'ok', link: { text: amendment.reference, href: props.pathOf(amendment.id) } });
        }
        return;
      }
      const { status, data } = answer;
      if (status === 400) {
        summaryTitle.value = 'form.checkForm';
        problems.value = changeProblems(now, Array.isArray(data.fields) ? data.fields : []);
        said.value = { text: () => t('form.seeAbove'), tone: 'error' };
      } else if (status === 409 && data.error === 'amendment_pending' && data.amendmentId) {
        // The form stays as typed: what is not the conditions or the dates can still be saved.
        const id = String(data.amendmentId);
        said.value = { text: () => t('edit.pendingBlocks', { reference: '\u0000' }), tone: 'warn', link: { text: String(data.reference ?? id), href: props.pathOf(id) } };
      } else if (status === 409) {
        // Changed by someone else meanwhile (`agreement_changed`): read again, and said so.
        await props.onDone({ text: () => t('act.conflict'), tone: 'warn' });
      } else if (status === 401) {
        said.value = { text: () => t('form.sessionEnded'), tone: 'error', signIn: true };
      } else {
        said.value = { text: () => `${t('partners.notSaved', { status: String(status) })}${data.requestId ? ` ${t('common.requestId', { id: data.requestId })}` : ''}`, tone: 'error' };
      }
    } catch {
      said.value = { text: () => t('common.offline'), tone: 'error' };
    } finally {
      busy.value = false;
      // Disabling the focused button dropped the focus to the page; a form still open gets it back.
      setTimeout(() => {
        const button = submitButton.current;
        if (button?.isConnected && (!document.activeElement || document.activeElement === document.body)) button.focus();
      }, 0);
    }
  };

  const v = values.value;
  const paths = changedPaths(a.content, v);
  const kind = changeKind(paths);
  const wording: Wording = { t, label, day, number, list, language: languageName };
  let sentence: string;
  let tone = '';
  if (kind.kind === 'none') sentence = t('edit.noneYet');
  else if (kind.kind === 'version') sentence = t('edit.willVersion', { n: inForce + 1 });
  else {
    tone = 'warn';
    const which: MessageKey = kind.conditions && kind.dates ? 'edit.willAmend.both' : kind.conditions ? 'edit.willAmend.conditions' : 'edit.willAmend.dates';
    sentence = pending ? t('edit.pendingBlocks', { reference: pending.reference }) : t(which, { n: inForce });
  }
  const button = kind.kind === 'amendment' ? t('edit.sendAmendment') : kind.kind === 'version' ? t('edit.saveVersion', { n: inForce + 1 }) : t('nom.save');

  // The faculties in the directory's order, in the reader's language; one no longer in it stays the agreement's own until changed.
  const faculties = props.faculties.map((f) => ({ value: f.id, text: f.names?.[lang.value] ?? f.name }));
  const stored = String(a.content?.initiatingFaculty ?? '');
  if (stored && !faculties.some((f) => f.value === stored)) faculties.push({ value: stored, text: stored });

  const noteError = problems.value.find((p) => p.path === 'note')?.message();
  const summary = summaryOf(problems.value, EDIT_IDS, (path) => (path === 'note' ? { field: NOTE_ID, text: `${t('edit.note')}: ${noteError ?? ''}` } : undefined));

  return (
    <form
      id="edit-form"
      class="card life-form edit-form"
      novalidate
      aria-labelledby="edit-heading"
      onSubmit={(e) => void submit(e)}
      onKeyDown={(e) => {
        if (e.key === 'Escape') props.onClose();
      }}
    >
      <h3 id="edit-heading" ref={heading} tabIndex={-1}>
        {t('edit.heading', { reference: a.reference })}
      </h3>
      <p class="muted">{t('edit.explain')}</p>
      <p>{t('edit.partner', { name: props.partnerName })}</p>
      <div class="errors">
        <ErrorSummary title={t(summaryTitle.value)} errors={summary} />
      </div>
      <MemorandumFields ids={EDIT_IDS} values={v} update={(next) => change(next(values.value))} set={set} problems={problems.value} faculties={faculties} conditionsLevel="h4" />
      <Field id={NOTE_ID} label={t('edit.note')} hint={t('edit.noteHint')} error={noteError}>
        {(control) => <textarea {...control} maxLength={1000} value={note.value} onInput={(e) => (note.value = e.currentTarget.value)} />}
      </Field>
      <div id="edit-kind-note" class={`change-kind message ${tone}`.trim()}>
        <p>{sentence}</p>
        {/* One name per field: a condition's languages may differ in several places. */}
        {paths.length ? <p class="muted">{t('edit.changing', { list: list([...new Set(paths.map((p) => changedField(p, wording)))]) })}</p> : null}
      </div>
      <div class="form-actions">
        {/* Focusing Save reads what it will do. */}
        <button ref={submitButton} type="submit" disabled={busy.value} aria-describedby="edit-kind-note">
          {button}
        </button>
        <button type="button" class="secondary" onClick={() => props.onClose()}>
          {t('nom.cancel')}
        </button>
      </div>
      <FormStatus id="edit-form-message" said={said.value} />
    </form>
  );
}
