/**
 * The nomination form of the home page, whole: the nominee, the mobility, the partner (only those
 * the office has checked), the agreement with its places in the chosen year (nomination-offer.ts),
 * the language, the motivation and the files to attach. Checked with the API's own schema before
 * sending (every problem at once, in a summary linked to its field, which takes the focus); the
 * server's field errors are placed the same way. What was typed is kept on the device as a draft
 * (nomination-values.ts says how) and forgotten once the nomination is sent or the draft discarded.
 *
 * The ids, names and wording are the old form's (index.html's template): the e2e tests, the
 * bench and people's habits rely on them. The page owns the data (partners, faculties,
 * agreements, the API calls); the form owns what is typed.
 */
import { useSignal } from '@preact/signals';
import { useEffect, useLayoutEffect, useRef } from 'preact/hooks';
import type { ApiRefusalBody } from '../api';
import type { Agreement, Faculty, Me, Partner, PlacesRow } from '../api-types';
import { label, lang, t, type MessageKey } from '../i18n/live';
import { agreementNote, agreementPlaceholder, agreementText, chosenAgreement, offerOf, type PlacesRead } from '../nomination-offer';
import { hostsMobility } from '../../../shared/partner-type';
import {
  CONTROLS,
  applies,
  blankNomination,
  bodyOf,
  captionKeyOf,
  controlOf,
  forgetDraft,
  invitationOf,
  problemsOf,
  readDraft,
  saveDraft,
  serverProblems,
  type FieldProblem,
  type NominationValues,
} from '../nomination-values';
import { AttachmentList, type AttachmentRow } from './attachment-list';
import { ErrorSummary } from './error-summary';
import { FormStatus, type FormSaid } from './form-status';
import { Field } from './field';
import { PartnerPicker } from './partner-picker';

const SAVE_AFTER_MS = 400;

/** What sending answered: api.ts's answer. */
export type Sent = { ok: true; status: number; data: { id: string; reference: string } } | { ok: false; status: number; data: ApiRefusalBody };

/** A status under the form: its words worded at render time, and a link to the new nomination. */
type Said = FormSaid;

/** What attaching the files to the new nomination is doing or did (the page's uploads). */
export type UploadReport = { rows: { name: string; kind: string; state: 'waiting' | 'sending' | 'done' | 'failed'; reason?: () => string }[]; reference: string };

export type NominationFormProps = {
  me: Pick<Me, 'email' | 'faculty' | 'department'>;
  partners: readonly Partner[];
  faculties: readonly Faculty[];
  agreements: readonly Agreement[];
  /** Where the draft is kept (`hamkor.draft.nomination:<email>`); none, no draft. */
  draftKey?: string;
  readPlaces: (agreementId: string) => Promise<PlacesRow[] | null>;
  send: (body: Record<string, unknown>) => Promise<Sent>;
  /**
   * An incoming student's invitation data, sent to the nomination once it exists (the API keeps
   * it apart from the nomination): whether it was saved, and the warnings it came back with.
   */
  sendInvitation?: (id: string, body: Record<string, string>) => Promise<{ ok: boolean; status: number; warnings: { path: string; message: string }[] }>;
  /** Told of the nomination made, with the files to attach to it. */
  onSubmitted: (created: { id: string; reference: string }, files: { file: File; kind: string }[]) => void;
  /** The files' rules (document-upload.ts), and their kinds' names. */
  attachments: { kinds: readonly string[]; kindName: (kind: string) => string; accept: string; check: (file: File) => Promise<(() => string) | undefined> };
  /** Where the item's page is, for the "Submitted as …" link. */
  pathOf: (id: string) => string;
  /** What is said under the form after it (the uploads' progress). */
  children?: preact.ComponentChildren;
  /**
   * A nomination sent back for changes, being fixed to resubmit: its content fills the form, no
   * draft is kept, the button says "Resubmit", and after a success the page says what follows.
   */
  resubmission?: { content: Partial<NominationValues>; closed?: boolean };
};

type Choice = { value: string; key?: MessageKey; text?: string };
const coded = (codes: readonly string[]): Choice[] => codes.map((value) => ({ value }));

const MOBILITY_TYPES = ['semester_study', 'full_year_study', 'short_term', 'teaching', 'training', 'research'] as const;

function Options({ choices }: { choices: Choice[] }) {
  return (
    <>
      {choices.map((c) => (
        <option key={c.value} value={c.value}>
          {c.text ?? (c.key ? t(c.key) : label(c.value))}
        </option>
      ))}
    </>
  );
}

const alphabetical = <T,>(items: readonly T[], text: (item: T) => string) => {
  const collator = new Intl.Collator(lang.value);
  return [...items].sort((a, b) => collator.compare(text(a), text(b)));
};
const localName = (place: { name: string; names?: Partial<Record<string, string>> }) => place.names?.[lang.value] ?? place.name;

export function NominationForm(props: NominationFormProps) {
  const { me, partners, faculties, agreements, draftKey, attachments } = props;
  const { resubmission } = props;
  const values = useSignal<NominationValues>({ ...blankNomination(me), ...resubmission?.content });
  const invitationRule = { keepStored: Boolean(resubmission) };
  const restored = useSignal(false);
  const problems = useSignal<FieldProblem[]>([]);
  const summaryTitle = useSignal<MessageKey>('form.needAttention');
  const said = useSignal<Said | undefined>(undefined);
  const busy = useSignal(false);
  const rows = useSignal<AttachmentRow[]>([]);
  const places = useSignal<PlacesRead>(new Map());
  const asked = useRef(new Set<string>());
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const ready = useSignal(false);
  const focusFirst = useRef(false);
  // After a discarded draft, keyboard users land back at the start of the form rather than on a vanished button.
  useLayoutEffect(() => {
    if (!focusFirst.current) return;
    focusFirst.current = false;
    document.getElementById(CONTROLS['nominee.name'].id)?.focus();
  });

  // A draft saved on this device is put back before the form is shown as ready.
  useLayoutEffect(() => {
    const saved = draftKey ? readDraft(draftKey) : null;
    if (saved) {
      values.value = { ...values.value, ...saved };
      restored.value = true;
    }
    ready.value = true;
    // A save still waiting when the form goes (the page left, the form drawn anew) is not made.
    return () => clearTimeout(timer.current);
  }, []);

  /** The values as the form shows them: an agreement or department no longer offered is not chosen. */
  const shownOf = (v: NominationValues) => {
    const department = faculties.find((f) => f.id === v['nominee.faculty'])?.departments ?? [];
    const offer = offerOf({ partnerId: v.partnerId, direction: v.direction, mobilityType: v.mobilityType, role: v['nominee.role'], academicYear: v.academicYear }, agreements);
    const departmentId = department.some((d) => d.id === v['nominee.department']) ? v['nominee.department'] : department.some((d) => d.id === me.department) ? me.department! : '';
    // A company hosts trainees, not study (shared/partner-type.ts): a study type is not chosen for one.
    const partnerType = partners.find((p) => p.id === v.partnerId)?.type;
    const mobilityType = hostsMobility(partnerType, v.mobilityType) ? v.mobilityType : '';
    return { department, offer, partnerType, shown: { ...v, mobilityType, agreementId: chosenAgreement(v.agreementId, offer.offered), 'nominee.department': departmentId } as NominationValues };
  };
  const v = values.value;
  const { department, offer, partnerType, shown } = shownOf(v);
  const mobilityTypes = MOBILITY_TYPES.filter((type) => hostsMobility(partnerType, type));
  const agreementId = shown.agreementId;

  // The places of the agreements offered, read once each.
  const offeredIds = offer.offered.map((a) => a.id).join(' ');
  useEffect(() => {
    const missing = offer.offered.filter((a) => !asked.current.has(a.id));
    for (const a of missing) asked.current.add(a.id);
    if (!missing.length) return;
    void Promise.all(missing.map(async (a) => [a.id, await props.readPlaces(a.id).catch(() => null)] as const)).then((read) => {
      places.value = new Map([...places.value, ...read]);
    });
  }, [offeredIds]);

  const scheduleSave = (next: NominationValues) => {
    if (!draftKey) return;
    clearTimeout(timer.current);
    timer.current = setTimeout(() => saveDraft(draftKey, next, blankNomination(me)), SAVE_AFTER_MS);
  };
  const set = (name: keyof NominationValues, value: string) => {
    const next = { ...values.value, [name]: value };
    values.value = next;
    scheduleSave(next);
  };
  const reset = () => {
    clearTimeout(timer.current);
    if (draftKey) forgetDraft(draftKey);
    restored.value = false;
    values.value = blankNomination(me);
    problems.value = [];
    rows.value = [];
  };

  // Read when the person acts, not from the last drawing: a key pressed just before may not be drawn yet.
  const checkAll = (now: NominationValues): FieldProblem[] => {
    const found = problemsOf(now, invitationRule);
    // A row without a file says so on its field, as a refused file does.
    rows.value = rows.value.map((r) => (r.file ? r : { ...r, problem: () => t('attach.chooseFile') }));
    for (const r of rows.value) if (r.problem) found.push({ path: `attachment.${r.key}`, message: r.problem });
    return found;
  };

  const submit = async (e: Event) => {
    e.preventDefault();
    said.value = undefined;
    const now = shownOf(values.value).shown;
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
      const answer = await props.send(bodyOf(now));
      if (answer.ok) {
        const created = answer.data;
        const files = rows.value.flatMap((r) => (r.file ? [{ file: r.file, kind: r.kind }] : []));
        const invitation = invitationOf(now, invitationRule);
        const letter = invitation && props.sendInvitation ? await props.sendInvitation(created.id, invitation).catch(() => ({ ok: false, status: 0, warnings: [] })) : undefined;
        // Said after the reference: the nomination is sent either way; what the letter's data needs is a note to act on.
        const after = !letter ? '' : !letter.ok ? ` ${t('form.invitationNotSaved', { status: String(letter.status) })}` : letter.warnings.length ? ` ${t('form.passportWarning')}` : '';
        if (resubmission) {
          said.value = undefined;
          props.onSubmitted(created, files);
          return;
        }
        reset();
        said.value = { text: () => t('home.submittedAs', { reference: '\u0000' }) + after, tone: after ? 'warn' : 'ok', link: { text: created.reference, href: props.pathOf(created.id) } };
        props.onSubmitted(created, files);
        return;
      }
      const { status, data } = answer;
      if (status === 400) {
        summaryTitle.value = 'form.checkForm';
        problems.value = serverProblems(now, Array.isArray(data.fields) ? data.fields : [], invitationRule);
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

  // Each problem next to its control, and in the summary as a link to it.
  const errorOf = (name: keyof NominationValues) => problems.value.find((p) => controlOf(p.path) === name)?.message();
  const summary = problems.value.map((p) => {
    const name = controlOf(p.path);
    if (name) return { field: CONTROLS[name].id, text: `${t(captionKeyOf(name))}: ${p.message()}` };
    if (p.path.startsWith('attachment.')) {
      const n = rows.value.findIndex((r) => `attachment.${r.key}` === p.path) + 1;
      return { field: `n-file-${p.path.slice('attachment.'.length)}`, text: `${t('attach.file', { n })}: ${p.message()}` };
    }
    return { text: p.path ? `${p.path}: ${p.message()}` : p.message() };
  });

  const field = (name: keyof NominationValues, hint?: MessageKey) => ({ id: CONTROLS[name].id, label: t(captionKeyOf(name)), hint: hint && t(hint), error: errorOf(name) });
  const select = (name: keyof NominationValues, choices: Choice[], extra: { required?: boolean } = {}, hint?: MessageKey) => (
    <Field {...field(name, hint)}>
      {(control) => (
        <select {...control} name={name} required={extra.required} value={shown[name]} onChange={(e) => set(name, e.currentTarget.value)}>
          <Options choices={choices} />
        </select>
      )}
    </Field>
  );
  const dateField = (name: 'plannedStartDate' | 'plannedEndDate' | 'physicalStartDate' | 'physicalEndDate', hint?: MessageKey) => (
    <Field {...field(name, hint)}>{(control) => <input {...control} type="date" name={name} value={v[name]} onInput={(e) => set(name, e.currentTarget.value)} />}</Field>
  );
  const note = agreementNote(v.partnerId, agreementId, offer, places.value);
  const incoming = v.direction === 'incoming';
  const textField = (name: keyof NominationValues, type: 'text' | 'email' | 'tel' | 'date', extra: { hint?: MessageKey; maxLength?: number } = {}) => (
    <Field {...field(name, extra.hint)}>
      {(control) => (
        type === 'date' ? (
          <input {...control} type="date" name={name} value={v[name]} onInput={(e) => set(name, e.currentTarget.value)} />
        ) : (
          // The union of Preact's input types cannot take a type chosen at run time; all three take the same attributes.
          <input {...control} type={type as 'text'} name={name} autocomplete="off" maxLength={extra.maxLength} value={v[name]} onInput={(e) => set(name, e.currentTarget.value)} />
        )
      )}
    </Field>
  );

  return (
    <form id="nomination-form" novalidate data-kind="nomination" data-ready={ready.value ? '' : undefined} onSubmit={(e) => void submit(e)}>
      <div class="errors">
        <ErrorSummary title={t(summaryTitle.value)} errors={summary} />
      </div>
      <p class="draft-note" role="status" hidden={!restored.value}>
        <span>{t('form.draftRestored')}</span>{' '}
        <button
          type="button"
          class="secondary"
          onClick={() => {
            focusFirst.current = true;
            reset();
          }}
        >
          {t('form.discardDraft')}
        </button>
      </p>
      <fieldset>
        <legend>{t('form.nominee')}</legend>
        <Field {...field('nominee.name')}>
          {(control) => <input {...control} type="text" name="nominee.name" autocomplete="off" required value={v['nominee.name']} onInput={(e) => set('nominee.name', e.currentTarget.value)} />}
        </Field>
        <Field {...field('nominee.email')}>
          {(control) => (
            <input {...control} type="email" name="nominee.email" autocomplete="off" inputMode="email" required value={v['nominee.email']} onInput={(e) => set('nominee.email', e.currentTarget.value)} />
          )}
        </Field>
        <div class="row">
          {select('nominee.role', coded(['student', 'academic_staff', 'administrative_staff']))}
          {select('nominee.studyLevel', [...coded(['bachelor', 'master', 'doctoral']), { value: 'none', key: 'form.notApplicableStaff' }])}
        </div>
        {incoming ? <p class="hint" id="n-host-note">{t('form.hostFacultyHint')}</p> : null}
        <div class="row">
          {select(
            'nominee.faculty',
            [{ value: '', text: t('form.choose') }, ...alphabetical(faculties, localName).map((f) => ({ value: f.id, text: localName(f) }))],
            { required: true },
          )}
          {select('nominee.department', [{ value: '', text: t(v['nominee.faculty'] && faculties.some((f) => f.id === v['nominee.faculty']) ? 'form.choose' : 'form.chooseFacultyFirst') }, ...department.map((d) => ({ value: d.id, text: localName(d) }))], {
            required: true,
          })}
        </div>
      </fieldset>
      <div class="row">
        {select('direction', [
          { value: 'outgoing', key: 'form.outgoing' },
          { value: 'incoming', key: 'form.incoming' },
        ])}
        {select('programme', coded(['bilateral', 'erasmus_plus', 'government_scholarship', 'other']))}
      </div>
      {incoming ? (
        <>
          <fieldset id="n-incoming">
            <legend>{t('form.incomingHome')}</legend>
            <p class="hint">{t('form.incomingHomeHint')}</p>
            <div class="row">
              {textField('incoming.homeContact.name', 'text', { maxLength: 200 })}
              {textField('incoming.homeContact.email', 'email', { maxLength: 254 })}
              {textField('incoming.homeContact.phone', 'tel', { maxLength: 40 })}
            </div>
            <div class="row">
              {textField('incoming.coordinator.name', 'text', { maxLength: 200 })}
              {textField('incoming.coordinator.email', 'email', { maxLength: 254 })}
              {textField('incoming.coordinator.phone', 'tel', { maxLength: 40 })}
            </div>
          </fieldset>
          <fieldset id="n-housing">
            <legend>{t('form.housing')}</legend>
            <div class="row">
              {select('accommodation.request', [
                { value: '', key: 'form.accommodationUnstated' },
                { value: 'dormitory', key: 'form.accommodationDormitory' },
                { value: 'own', key: 'form.accommodationOwn' },
              ])}
              {applies('accommodation.note', v) ? textField('accommodation.note', 'text', { maxLength: 1000 }) : null}
            </div>
          </fieldset>
          <fieldset id="n-invitation">
            <legend>{t('form.invitation')}</legend>
            <p class="hint">{t('form.invitationHint')}</p>
            {resubmission ? <p class="hint" id="n-invitation-kept">{t('form.invitationKept')}</p> : null}
            <div class="row">
              {textField('invitation.nationality', 'text', { hint: 'form.nationalityHint', maxLength: 2 })}
              {textField('invitation.dateOfBirth', 'date')}
            </div>
            <div class="row">
              {textField('invitation.passportNumber', 'text', { maxLength: 24 })}
              {textField('invitation.passportExpiry', 'date')}
            </div>
          </fieldset>
        </>
      ) : null}
      <Field {...field('partnerId')}>{(control) => <PartnerPicker {...control} name="partnerId" partners={partners} checkedOnly required value={v.partnerId} onChange={(id) => set('partnerId', id)} />}</Field>
      <div class="row">
        {select('mobilityType', [...(shown.mobilityType ? [] : [{ value: '', key: 'form.choose' as const }]), ...coded(mobilityTypes)], {}, partnerType === 'company' ? 'form.companyTraineeships' : undefined)}
        {select('period', coded(['first_semester', 'second_semester', 'full_year', 'summer', 'short_term']))}
      </div>
      <Field {...field('academicYear', 'form.academicYearHint')}>
        {(control) => <input {...control} type="text" name="academicYear" inputMode="numeric" placeholder="2026/2027" required value={v.academicYear} onInput={(e) => set('academicYear', e.currentTarget.value)} />}
      </Field>
      <Field {...field('format', 'form.formatHint')}>
        {(control) => (
          <select {...control} name="format" value={v.format} onChange={(e) => set('format', e.currentTarget.value)}>
            <Options choices={coded(['physical', 'virtual', 'blended'])} />
          </select>
        )}
      </Field>
      <div class="row">
        {dateField('plannedStartDate', 'form.datesHint')}
        {dateField('plannedEndDate')}
      </div>
      {applies('physicalStartDate', v) ? (
        <div class="row">
          {dateField('physicalStartDate')}
          {dateField('physicalEndDate')}
        </div>
      ) : null}
      {applies('staffHours', v) ? (
        <div class="row">
          <Field {...field('staffHours')}>
            {(control) => <input {...control} type="text" name="staffHours" inputMode="numeric" autocomplete="off" maxLength={4} value={v.staffHours} onInput={(e) => set('staffHours', e.currentTarget.value)} />}
          </Field>
          <Field {...field('subject')}>
            {(control) => <input {...control} type="text" name="subject" autocomplete="off" maxLength={300} value={v.subject} onInput={(e) => set('subject', e.currentTarget.value)} />}
          </Field>
        </div>
      ) : null}
      <Field {...field('agreementId', 'form.agreementHint')} describedBy={note ? 'n-agreement-note' : undefined}>
        {(control) => (
          <>
            <select {...control} name="agreementId" required value={agreementId} onChange={(e) => set('agreementId', e.currentTarget.value)}>
              <Options
                choices={[{ value: '', text: agreementPlaceholder(v.partnerId, offer) }, ...offer.offered.map((a) => ({ value: a.id, text: agreementText(a, offer.cell, places.value) }))]}
              />
            </select>
            <p id="n-agreement-note" class={note?.warn ? 'agreement-note warn' : 'agreement-note'} aria-live="polite" hidden={!note}>
              {note?.text ?? ''}
            </p>
          </>
        )}
      </Field>
      <div class="row">
        <Field {...field('language.code', 'form.languageHint')}>
          {(control) => (
            <input {...control} type="text" name="language.code" maxLength={2} autocapitalize="none" autocomplete="off" required value={v['language.code']} onInput={(e) => set('language.code', e.currentTarget.value)} />
          )}
        </Field>
        {select(
          'language.level',
          ['A1', 'A2', 'B1', 'B2', 'C1', 'C2'].map((level) => ({ value: level, text: level })),
        )}
      </div>
      {applies('motivation', v) ? (
        <Field {...field('motivation')}>
          {(control) => <textarea {...control} name="motivation" maxLength={4000} required value={v.motivation} onInput={(e) => set('motivation', e.currentTarget.value)} />}
        </Field>
      ) : null}
      <AttachmentList
        idPrefix="n-file"
        legend={t('form.attachments')}
        hint={t('form.attachmentsHint')}
        rows={rows}
        kinds={attachments.kinds}
        kindName={attachments.kindName}
        accept={attachments.accept}
        check={attachments.check}
      />
      <button type="submit" disabled={busy.value} hidden={resubmission?.closed}>
        {t(resubmission ? 'edit.resubmitNomination' : 'form.submitNomination')}
      </button>
      <FormStatus said={said.value} />
      {props.children}
    </form>
  );
}
