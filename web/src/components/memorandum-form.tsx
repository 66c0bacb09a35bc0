/**
 * The memorandum form, whole: the partner (chosen from the registry, or proposed with its name,
 * country, city and website when it is not there yet), the kind, the scope, the cooperation
 * conditions, the dates or an open end, the coordinator, the initiating faculty, the summary and
 * the documents to attach. Checked with the API's own schema before sending (every problem at
 * once, in a summary linked to its field, which takes the focus); the server's field errors are
 * placed the same way, and a proposed partner the registry already has is offered to be chosen
 * instead, keeping everything typed. What was typed is kept on the device as a draft
 * (memorandum-values.ts says how) and forgotten once the memorandum is sent or the draft discarded.
 *
 * The same form fixes a memorandum sent back for changes (`resubmission`): filled from it, with
 * its partner kept (no proposal), no draft, and "Resubmit memorandum" on its button.
 *
 * The ids, names and wording are the older form's (index.html's template): the e2e tests and
 * people's habits rely on them. The content's fields are components/memorandum-fields.tsx's,
 * which the office's agreement edit form draws too, with its own ids. The page owns the data and the API calls; the form owns what is typed.
 */
import { useSignal } from '@preact/signals';
import { Fragment } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';
import type { Faculty, Me, Partner } from '../api-types';
import { list } from '../format';
import { label, lang, t } from '../i18n/live';
import {
  blankMemorandum,
  bodyOf,
  CONTROLS,
  forgetDraft,
  problemsOf,
  readDraft,
  saveDraft,
  serverProblems,
  valuesOf,
  type ControlName,
  type FieldProblem,
  type MemorandumValues,
} from '../memorandum-values';
import { AttachmentList, type AttachmentRow } from './attachment-list';
import { CountryPicker } from './country-picker';
import { ErrorSummary } from './error-summary';
import { FormStatus, type FormSaid } from './form-status';
import { Field, type ControlProps } from './field';
import { Fieldset } from './fieldset';
import { MEMORANDUM_IDS, MemorandumFields, summaryOf } from './memorandum-fields';
import type { Sent } from './nomination-form';
import { PartnerPicker } from './partner-picker';

const SAVE_AFTER_MS = 400;

/** A status under the form: its words worded at render time, a link to the new memorandum, registered partners to choose. */
type Said = FormSaid & {
  /**
   * Registered partners to choose instead of the one proposed: the one the API's 409
   * `partner_exists` names, or those a `likely_duplicate` says it looks like (`proposeAnyway`: the
   * proposal may then be sent as it is).
   */
  choose?: { id: string; name: string }[];
  proposeAnyway?: boolean;
};

export type MemorandumFormProps = {
  me: Pick<Me, 'email' | 'faculty'>;
  partners: readonly Partner[];
  faculties: readonly Faculty[];
  /** Where the draft is kept (`hamkor.draft.memorandum:<email>`); none, no draft. */
  draftKey?: string;
  send: (body: Record<string, unknown>) => Promise<Sent>;
  /** Told of the memorandum made (or resubmitted), with the files to attach to it. */
  onSubmitted: (created: { id: string; reference: string }, files: { file: File; kind: string }[]) => void;
  /** The files' rules (document-upload.ts), and their kinds' names. */
  attachments: { kinds: readonly string[]; kindName: (kind: string) => string; accept: string; check: (file: File) => Promise<(() => string) | undefined> };
  /** Where the item's page is, for the "Submitted as …" link. */
  pathOf: (id: string) => string;
  /** What is said under the form after it (the uploads' progress). */
  children?: preact.ComponentChildren;
  /** A memorandum sent back for changes, being fixed to resubmit: its content fills the form; `closed`, its button is gone (the page says what follows). */
  resubmission?: { content: Record<string, unknown>; closed?: boolean };
};

const localName = (place: { name: string; names?: Partial<Record<string, string>> }) => place.names?.[lang.value] ?? place.name;

export function MemorandumForm(props: MemorandumFormProps) {
  const { me, faculties, draftKey, attachments, resubmission } = props;
  const blank = () => blankMemorandum(me);
  const values = useSignal<MemorandumValues>(resubmission ? valuesOf(resubmission.content, me) : blank());
  const restored = useSignal(false);
  const problems = useSignal<FieldProblem[]>([]);
  const summaryTitle = useSignal<'form.needAttention' | 'form.checkForm'>('form.needAttention');
  const said = useSignal<Said | undefined>(undefined);
  const busy = useSignal(false);
  const rows = useSignal<AttachmentRow[]>([]);
  /** A partner registered since the page listed them, named by the API's 409: offered until the list is read again. */
  const registered = useSignal<Partner | undefined>(undefined);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const ready = useSignal(false);
  // Where the focus goes once the form is drawn: the first field after a discarded draft, the partner once chosen.
  const focusNext = useRef<string | null>(null);
  useLayoutEffect(() => {
    if (!focusNext.current) return;
    document.getElementById(focusNext.current)?.focus();
    focusNext.current = null;
  });

  // A draft saved on this device is put back before the form is shown as ready.
  useLayoutEffect(() => {
    const saved = draftKey ? readDraft(draftKey, blank()) : null;
    if (saved) {
      values.value = saved;
      restored.value = true;
    }
    ready.value = true;
    // A save still waiting when the form goes (the page left, the form drawn anew) is not made.
    return () => clearTimeout(timer.current);
  }, []);

  const change = (next: MemorandumValues) => {
    values.value = next;
    if (!draftKey) return;
    clearTimeout(timer.current);
    timer.current = setTimeout(() => saveDraft(draftKey, values.value, blank()), SAVE_AFTER_MS);
  };
  const set = (name: ControlName, value: string) => change({ ...values.value, fields: { ...values.value.fields, [name]: value } });
  const reset = () => {
    clearTimeout(timer.current);
    if (draftKey) forgetDraft(draftKey);
    restored.value = false;
    values.value = blank();
    problems.value = [];
    rows.value = [];
  };

  // Read when the person acts, not from the last drawing: a key pressed just before may not be drawn yet.
  const checkAll = (now: MemorandumValues): FieldProblem[] => {
    const found = problemsOf(now, Boolean(resubmission));
    // A row without a file says so on its field, as a refused file does.
    rows.value = rows.value.map((r) => (r.file ? r : { ...r, problem: () => t('attach.chooseFile') }));
    for (const r of rows.value) if (r.problem) found.push({ path: `attachment.${r.key}`, message: r.problem });
    return found;
  };

  /** Sends the form; `notDuplicate`: the person said the partner proposed is not one of those it looked like. */
  const submit = async (e: Event, notDuplicate = false) => {
    e.preventDefault();
    said.value = undefined;
    const now = values.value;
    const found = checkAll(now);
    if (found.length) {
      summaryTitle.value = 'form.needAttention';
      problems.value = found;
      return;
    }
    problems.value = [];
    busy.value = true;
    said.value = { text: () => t('form.submitting') };
    try {
      const body = bodyOf(now);
      if (notDuplicate && body.proposedPartner) body.proposedPartner = { ...(body.proposedPartner as object), confirmNotDuplicate: true };
      const answer = await props.send(body);
      if (answer.ok) {
        const created = answer.data;
        const files = rows.value.flatMap((r) => (r.file ? [{ file: r.file, kind: r.kind }] : []));
        if (resubmission) {
          said.value = undefined;
          props.onSubmitted(created, files);
          return;
        }
        reset();
        registered.value = undefined;
        said.value = { text: () => t('home.submittedAs', { reference: '\u0000' }), tone: 'ok', link: { text: created.reference, href: props.pathOf(created.id) } };
        props.onSubmitted(created, files);
        return;
      }
      const { status, data } = answer;
      if (status === 409 && data.error === 'partner_exists' && now.propose) {
        // Registered already, in some spelling: offered to be chosen instead, everything else kept.
        const id = String(data.partnerId ?? '');
        const name = String(data.name ?? id);
        said.value = { text: () => t('proposal.exists', { name }), tone: 'warn', choose: [{ id, name }] };
      } else if (status === 409 && data.error === 'likely_duplicate' && now.propose && Array.isArray(data.candidates)) {
        // Perhaps registered under another spelling: each look-alike may be chosen, or the proposal sent as it is.
        const likely = (data.candidates as { id?: unknown; name?: unknown }[]).map((c) => ({ id: String(c.id ?? ''), name: String(c.name ?? c.id ?? '') })).filter((c) => c.id);
        said.value = { text: () => t('proposal.likely', { names: list(likely.map((c) => c.name)) }), tone: 'warn', choose: likely, proposeAnyway: true };
      } else if (status === 400) {
        summaryTitle.value = 'form.checkForm';
        problems.value = serverProblems(now, Array.isArray(data.fields) ? data.fields : [], Boolean(resubmission));
        said.value = { text: () => t('form.seeAbove'), tone: 'error' };
      } else if (status === 401) said.value = { text: () => t('form.sessionEnded'), tone: 'error', signIn: true };
      else if (status === 409) said.value = { text: () => `${t('form.wrongState')}${data.status ? ` ${t('common.itIsNow', { status: label(data.status) })}` : ''}`, tone: 'warn' };
      else said.value = { text: () => `${t('form.notSubmitted', { status: String(status) })}${data.requestId ? ` ${t('common.requestId', { id: data.requestId })}` : ''}`, tone: 'error' };
    } catch {
      said.value = { text: () => t('common.offline'), tone: 'error' };
    } finally {
      busy.value = false;
    }
  };

  const choosePartner = ({ id, name }: { id: string; name: string }) => {
    if (!props.partners.some((p) => p.id === id)) registered.value = { id, name } as Partner;
    change({ ...values.value, propose: false, fields: { ...values.value.fields, partnerId: id } });
    said.value = { text: () => t('proposal.chosen', { name }), tone: 'ok' };
    focusNext.current = CONTROLS.partnerId.id;
  };

  // Each problem next to its control, and in the summary as a link to it.
  const errorAt = (path: string) => problems.value.find((p) => p.path === path)?.message();
  const summary = summaryOf(problems.value, MEMORANDUM_IDS, (path) => {
    if (!path.startsWith('attachment.')) return undefined;
    const n = rows.value.findIndex((r) => `attachment.${r.key}` === path) + 1;
    const problem = problems.value.find((p) => p.path === path)!;
    return { field: `m-file-${path.slice('attachment.'.length)}`, text: `${t('attach.file', { n })}: ${problem.message()}` };
  });

  const v = values.value;
  const field = (name: ControlName) => {
    const c: { id: string; caption: Parameters<typeof t>[0]; hint?: Parameters<typeof t>[0] } = CONTROLS[name];
    return { id: c.id, label: t(c.caption), hint: c.hint && t(c.hint), error: errorAt(name) };
  };
  const text = (name: ControlName, extra: Record<string, string | number | boolean> = {}) => (
    <Field {...field(name)}>{(control) => <input {...control} type="text" name={name} value={v.fields[name]} onInput={(e) => set(name, e.currentTarget.value)} {...extra} />}</Field>
  );
  const partners = registered.value ? [...props.partners, registered.value] : props.partners;
  const collator = new Intl.Collator(lang.value);
  const facultyChoices = [...faculties].map((f) => ({ value: f.id, text: localName(f) })).sort((a, b) => collator.compare(a.text, b.text));
  const said_ = said.value;
  const propose = v.propose && !resubmission;

  return (
    <form id="memorandum-form" novalidate data-kind="memorandum" data-ready={ready.value ? '' : undefined} onSubmit={(e) => void submit(e)}>
      <div class="errors">
        <ErrorSummary title={t(summaryTitle.value)} errors={summary} />
      </div>
      <p class="draft-note" role="status" hidden={!restored.value}>
        <span>{t('form.draftRestored')}</span>{' '}
        <button
          type="button"
          class="secondary"
          onClick={() => {
            focusNext.current = CONTROLS.partnerId.id;
            reset();
          }}
        >
          {t('form.discardDraft')}
        </button>
      </p>
      <Field {...field('partnerId')}>
        {(control) => <PartnerPicker {...control} name="partnerId" partners={partners} required disabled={propose} value={v.fields.partnerId} onChange={(id) => set('partnerId', id)} />}
      </Field>
      {resubmission ? null : (
        <>
          <div class="field propose">
            <label class="choice">
              <input type="checkbox" id="m-propose" aria-controls="m-proposal" checked={v.propose} onChange={(e) => change({ ...values.value, propose: e.currentTarget.checked })} />{' '}
              <span>{t('form.notInList')}</span>
            </label>
          </div>
          <div id="m-proposal" hidden={!propose}>
            {propose ? <Proposal values={v} set={set} field={field} text={text} /> : null}
          </div>
        </>
      )}
      <MemorandumFields ids={MEMORANDUM_IDS} values={v} update={(next) => change(next(values.value))} set={set} problems={problems.value} faculties={facultyChoices} prompt />
      <AttachmentList
        idPrefix="m-file"
        legend={t('form.memorandumDocuments')}
        hint={t('form.memorandumDocumentsHint')}
        rows={rows}
        kinds={attachments.kinds}
        kindName={attachments.kindName}
        accept={attachments.accept}
        check={attachments.check}
      />
      <button type="submit" disabled={busy.value} hidden={resubmission?.closed}>
        {t(resubmission ? 'edit.resubmitMemorandum' : 'form.propose')}
      </button>
      <FormStatus said={said_}>
        {said_?.choose?.map((c) => (
          <Fragment key={c.id}>
            {' '}
            <button type="button" class="secondary" onClick={() => choosePartner(c)}>
              {t('proposal.choose', { name: c.name })}
            </button>
          </Fragment>
        ))}
        {said_?.proposeAnyway ? (
          <>
            {' '}
            <button type="button" class="secondary" disabled={busy.value} onClick={(e) => void submit(e, true)}>
              {t('proposal.anyway')}
            </button>
          </>
        ) : null}
      </FormStatus>
      {props.children}
    </form>
  );
}

type ProposalProps = {
  values: MemorandumValues;
  set: (name: ControlName, value: string) => void;
  field: (name: ControlName) => { id: string; label: string; hint: string | undefined; error: string | undefined };
  text: (name: ControlName, extra?: Record<string, string | number | boolean>) => preact.JSX.Element;
};

/** The partner proposed: the registry's partner fields, as the office's partner form words them. */
function Proposal({ values: v, set, field, text }: ProposalProps) {
  const country = field('proposedPartner.country');
  return (
    <Fieldset id="m-pp" class="proposal" legend={t('proposal.legend')} explained={t('proposal.explained')}>
      {text('proposedPartner.name', { maxLength: 300, required: true, autocomplete: 'off' })}
      <div class="row">
        {text('proposedPartner.names.ru', { maxLength: 300, lang: 'ru', autocomplete: 'off' })}
        {text('proposedPartner.names.uz', { maxLength: 300, lang: 'uz', autocomplete: 'off' })}
      </div>
      <div class="row">
        <Field {...country}>
          {(control: ControlProps) => <CountryPicker {...control} name="proposedPartner.country" required value={v.fields['proposedPartner.country']} onChange={(value) => set('proposedPartner.country', value)} />}
        </Field>
        {text('proposedPartner.city', { maxLength: 200, required: true })}
      </div>
      <div class="row">
        <Field {...field('proposedPartner.website')}>
          {(control) => (
            <input
              {...control}
              type="url"
              name="proposedPartner.website"
              maxLength={500}
              required
              inputMode="url"
              autocomplete="off"
              value={v.fields['proposedPartner.website']}
              onInput={(e) => set('proposedPartner.website', e.currentTarget.value)}
            />
          )}
        </Field>
        {text('proposedPartner.erasmusCode', { maxLength: 20, autocapitalize: 'characters', autocomplete: 'off' })}
      </div>
      <Fieldset id="m-pp-contact" class="contact" legend={t('proposal.contact')} hint={t('partners.optional')}>
        <div class="row">
          {text('proposedPartner.contacts.0.name', { maxLength: 200, autocomplete: 'off' })}
          <Field {...field('proposedPartner.contacts.0.email')}>
            {(control) => (
              <input
                {...control}
                type="email"
                name="proposedPartner.contacts.0.email"
                inputMode="email"
                autocomplete="off"
                value={v.fields['proposedPartner.contacts.0.email']}
                onInput={(e) => set('proposedPartner.contacts.0.email', e.currentTarget.value)}
              />
            )}
          </Field>
        </div>
      </Fieldset>
    </Fieldset>
  );
}
