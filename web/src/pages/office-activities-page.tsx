/**
 * The office console's registry of international activities (/office/activities; its entry is
 * pages/office-activities.tsx): conferences, webinars, guest lectures, projects, laboratories and
 * delegations, filtered by year, kind, faculty, partner and format, and one form to record an
 * activity or edit one (with the version it was read at: a stale edit shows the current one) or
 * cancel it. The form is checked with the server's own schema before it is sent, and every
 * problem is shown at once, in a summary linked to its field. A row opened shows where its
 * confirmation stands, the confirmer's Confirm and Return, and its documents
 * (office-activities-detail.tsx); the office's setting of who confirms is at the top
 * (office-activities-setting.tsx).
 */
import { signal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import * as z from 'zod/mini';
import type { FieldError } from '../../../shared/errors';
import { fieldMessage, issueMessage, type IssueLike } from '../../../shared/i18n/validation';
import { ACTIVITY_KINDS, ActivityInputSchema, type Activity, type ActivityInput } from '../../../shared/schemas/activity';
import { api } from '../api';
import type { Agreement, Faculty, Partner } from '../api-types';
import { SubmitButton } from '../components/buttons';
import { ConsoleFrame, type ConsoleAccess } from '../components/console-frame';
import { ErrorSummary } from '../components/error-summary';
import { Field, type ControlProps } from '../components/field';
import { MessageBox, type Message } from '../components/message-box';
import { useTitle } from '../components/page';
import { lang, t, type MessageKey } from '../i18n/live';
import { day } from '../format';
import { activityDetail, ActivityDetailPanel, viewerConfirms, type ActivityViewer } from './office-activities-detail';
import { confirmationSetting, ConfirmationSettingForm } from './office-activities-setting';

const FORMATS = ['physical', 'virtual', 'blended'] as const;

type FundingLine = { source: string; amount: string; currency: string };

/** A problem with the form: the server's field error, or the page's own check's zod issue (worded in the reader's language when shown). */
type Problem = FieldError & { issue?: IssueLike };
const problemText = (p: Problem) => (p.issue ? issueMessage(p.issue, lang.value) : fieldMessage(p.message, lang.value));

/** The form as typed: text for every input, turned into an ActivityInput when sent. */
type Draft = {
  kind: string;
  title: string;
  description: string;
  partnerIds: string[];
  agreementId: string;
  startDate: string;
  endDate: string;
  format: string;
  faculty: string;
  organiserName: string;
  organiserEmail: string;
  incoming: string;
  outgoing: string;
  staff: string;
  students: string;
  funding: FundingLine[];
  outcome: string;
};

const emptyDraft = (): Draft => ({
  kind: 'conference',
  title: '',
  description: '',
  partnerIds: [],
  agreementId: '',
  startDate: '',
  endDate: '',
  format: 'physical',
  faculty: '',
  organiserName: '',
  organiserEmail: '',
  incoming: '0',
  outgoing: '0',
  staff: '',
  students: '',
  funding: [],
  outcome: '',
});

const draftOf = (a: Activity): Draft => ({
  kind: a.kind,
  title: a.title,
  description: a.description ?? '',
  partnerIds: [...a.partnerIds],
  agreementId: a.agreementId ?? '',
  startDate: a.startDate,
  endDate: a.endDate,
  format: a.format,
  faculty: a.faculty,
  organiserName: a.organiser.name,
  organiserEmail: a.organiser.email,
  incoming: String(a.participants.incoming),
  outgoing: String(a.participants.outgoing),
  staff: a.participants.staff === undefined ? '' : String(a.participants.staff),
  students: a.participants.students === undefined ? '' : String(a.participants.students),
  funding: a.funding.map((f) => ({ source: f.source, amount: String(f.amount), currency: f.currency })),
  outcome: a.outcome ?? '',
});

/** A number typed, or the text itself (so the schema names the field) when it is not one. */
const numberOf = (text: string): number | string => (text.trim() !== '' && Number.isFinite(Number(text)) ? Number(text) : text);
const optional = (text: string) => (text.trim() === '' ? undefined : text);

/** What is sent: the schema's input, built from the typed text (the schema says what is wrong with it). */
function inputOf(d: Draft): Record<string, unknown> {
  return {
    kind: d.kind,
    title: d.title,
    description: optional(d.description),
    partnerIds: d.partnerIds,
    agreementId: optional(d.agreementId),
    startDate: d.startDate,
    endDate: d.endDate,
    format: d.format,
    faculty: d.faculty,
    organiser: { name: d.organiserName, email: d.organiserEmail },
    participants: { incoming: numberOf(d.incoming), outgoing: numberOf(d.outgoing), staff: d.staff.trim() ? numberOf(d.staff) : undefined, students: d.students.trim() ? numberOf(d.students) : undefined },
    funding: d.funding.map((f) => ({ source: f.source, amount: numberOf(f.amount), currency: f.currency })),
    outcome: optional(d.outcome),
  };
}

/**
 * The page's state: the lists read, the filters, the form, and what the page says. `search` is the
 * address's query at the start: `?activity=<id>` (the link in the emails of an activity's
 * confirmation) opens that activity once the list is read.
 */
export function officeActivities(search = '') {
  const asked = new URLSearchParams(search).get('activity');
  const activities = signal<Activity[] | undefined>(undefined);
  const truncated = signal(false);
  const faculties = signal<Faculty[]>([]);
  const partners = signal<Partner[]>([]);
  const agreements = signal<Agreement[]>([]);
  const filters = signal({ year: '', kind: '', faculty: '', partner: '', format: '' });
  const message = signal<Message | undefined>(undefined);
  const draft = signal<Draft>(emptyDraft());
  /** The activity being edited (its id and the version it was read at); none: a new one. */
  const editing = signal<Activity | undefined>(undefined);
  const problems = signal<Problem[]>([]);
  const said = signal<Message | undefined>(undefined);
  const busy = signal(false);
  const viewer = signal<ActivityViewer>({ office: false, admin: false, dean: false });
  const setting = confirmationSetting();
  /** The opened activity; when a decision moves it, the list is read again and a form editing it is let go. */
  const detail = activityDetail(async (now) => {
    if (editing.value?.id === now.id) stopEditing();
    await loadList();
  });

  const failed = (status: number): Message => ({ text: () => t('activities.failed', { status: String(status) }), tone: 'error' });

  async function loadList(): Promise<void> {
    const f = filters.value;
    try {
      const answer = await api('GET /activities', { query: { year: f.year || undefined, kind: f.kind || undefined, faculty: f.faculty || undefined, partner: f.partner || undefined, format: f.format || undefined } });
      if (answer.ok) {
        activities.value = answer.data.activities as Activity[];
        truncated.value = answer.data.truncated;
        return;
      }
      message.value = failed(answer.status);
    } catch {
      message.value = { text: () => t('common.offlineReload'), tone: 'error' };
    }
    activities.value ??= [];
  }

  /** `ownFaculty`: a faculty member's, the only one their activities may name (the API refuses another's). */
  async function load(ownFaculty: string | undefined, who: ActivityViewer): Promise<void> {
    viewer.value = who;
    if (who.office) void setting.load();
    const [f, p, a] = await Promise.all([api('GET /faculties'), api('GET /partners'), api('GET /agreements')]).catch(() => [undefined, undefined, undefined]);
    if (f?.ok) faculties.value = ownFaculty ? f.data.filter((one) => one.id === ownFaculty) : f.data;
    if (p?.ok) partners.value = [...p.data].sort((x, y) => x.name.localeCompare(y.name));
    if (a?.ok) agreements.value = a.data;
    if (!draft.value.faculty && faculties.value[0]) draft.value = { ...draft.value, faculty: faculties.value[0].id };
    await loadList();
    if (asked) await openAsked(asked);
  }

  /** The activity an email links to, read on its own (the list may not show it: another year, past the screen's 200); one the reader may not see opens nothing. */
  async function openAsked(id: string): Promise<void> {
    const answer = await api('GET /activities/:id', { params: { id } }).catch(() => undefined);
    if (answer?.ok) detail.open(answer.data as Activity);
    else message.value = { text: () => t('activities.notFound'), tone: 'error' };
  }

  const change = (patch: Partial<Draft>) => (draft.value = { ...draft.value, ...patch });

  function startEdit(a: Activity): void {
    editing.value = a;
    draft.value = draftOf(a);
    problems.value = [];
    said.value = undefined;
    document.getElementById('form-heading')?.focus();
  }

  function stopEditing(): void {
    editing.value = undefined;
    draft.value = { ...emptyDraft(), faculty: faculties.value[0]?.id ?? '' };
    problems.value = [];
  }

  /** Shown after a stale edit: the current activity, in the form and the list. */
  function showCurrent(current: Activity): void {
    startEdit(current);
    said.value = { text: () => t('activities.changed'), tone: 'warn' };
  }

  async function send(): Promise<void> {
    said.value = undefined;
    const input = inputOf(draft.value);
    const checked = z.safeParse(ActivityInputSchema, input);
    if (!checked.success) {
      problems.value = checked.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message, issue: i as IssueLike }));
      return;
    }
    problems.value = [];
    busy.value = true;
    try {
      const current = editing.value;
      const body: ActivityInput = checked.data;
      const answer = current
        ? await api('PUT /activities/:id', { params: { id: current.id }, body: { ...body, version: current.version } })
        : await api('POST /activities', { body });
      if (answer.ok) {
        const title = answer.data.title;
        const proposed = answer.data.status === 'proposed';
        stopEditing();
        said.value = { text: () => t(proposed ? 'activities.proposedSaid' : current ? 'activities.saved' : 'activities.recorded', { title }), tone: 'ok' };
        if (detail.opened.value?.id === answer.data.id) detail.open(answer.data as Activity);
        await loadList();
      } else if (answer.status === 400) {
        problems.value = answer.data.fields ?? [];
      } else if (answer.status === 409 && answer.data.activity) {
        showCurrent(answer.data.activity as Activity);
      } else {
        said.value = failed(answer.status);
      }
    } catch {
      said.value = { text: () => t('common.offline'), tone: 'error' };
    } finally {
      busy.value = false;
    }
  }

  async function cancel(): Promise<void> {
    const current = editing.value;
    if (!current) return;
    busy.value = true;
    try {
      const answer = await api('POST /activities/:id/cancel', { params: { id: current.id }, body: { version: current.version } });
      if (answer.ok) {
        const title = answer.data.title;
        stopEditing();
        said.value = { text: () => t('activities.cancelledSaid', { title }), tone: 'ok' };
        await loadList();
      } else if (answer.status === 409 && answer.data.activity) {
        showCurrent(answer.data.activity as Activity);
      } else {
        said.value = failed(answer.status);
      }
    } catch {
      said.value = { text: () => t('common.offline'), tone: 'error' };
    } finally {
      busy.value = false;
    }
  }

  return { activities, truncated, faculties, partners, agreements, filters, message, draft, editing, problems, said, busy, viewer, setting, detail, load, loadList, change, startEdit, stopEditing, send, cancel };
}

export type OfficeActivities = ReturnType<typeof officeActivities>;

const kindWord = (kind: string) => t(`activities.kind.${kind}` as MessageKey);
const formatWord = (format: string) => t(`activities.format.${format}` as MessageKey);
const facultyName = (f: Faculty) => f.names?.[lang.value] ?? f.name;
const partnerName = (p: Partner) => p.names?.[lang.value] ?? p.name;

function Filters({ model }: { model: OfficeActivities }) {
  const f = model.filters.value;
  const set = (patch: Partial<typeof f>) => (model.filters.value = { ...f, ...patch });
  const options = (values: readonly string[], word: (v: string) => string) => [
    <option key="" value="">
      {t('activities.all')}
    </option>,
    ...values.map((v) => (
      <option key={v} value={v}>
        {word(v)}
      </option>
    )),
  ];
  /** A filter chosen from a list, "all" first: `filter-<name>` (the e2e tests use the ids). */
  const choice = (name: 'kind' | 'faculty' | 'partner' | 'format', caption: MessageKey, values: readonly string[], word: (v: string) => string) => (
    <div class="field">
      <label for={`filter-${name}`}>{t(caption)}</label>
      <select id={`filter-${name}`} value={f[name]} onChange={(e) => set({ [name]: e.currentTarget.value })}>
        {options(values, word)}
      </select>
    </div>
  );
  return (
    <form
      id="filters"
      class="card filters"
      role="search"
      aria-labelledby="filters-heading"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void model.loadList();
      }}
    >
      <h2 id="filters-heading">{t('activities.filters')}</h2>
      <div class="field">
        <label for="filter-year">{t('activities.year')}</label>
        <input id="filter-year" inputMode="numeric" pattern="[0-9]{4}" size={6} value={f.year} onInput={(e) => set({ year: e.currentTarget.value.trim() })} />
      </div>
      {choice('kind', 'activities.kind', ACTIVITY_KINDS, kindWord)}
      {choice('faculty', 'activities.faculty', model.faculties.value.map((x) => x.id), (id) => facultyName(model.faculties.value.find((x) => x.id === id)!))}
      {choice('partner', 'activities.partner', model.partners.value.map((x) => x.id), (id) => partnerName(model.partners.value.find((x) => x.id === id)!))}
      {choice('format', 'activities.format', FORMATS, formatWord)}
      <button type="submit" id="filter-show">
        {t('activities.show')}
      </button>
    </form>
  );
}

function Registry({ model, activities }: { model: OfficeActivities; activities: readonly Activity[] }) {
  const partnerById = new Map(model.partners.value.map((p) => [p.id, p]));
  const facultyById = new Map(model.faculties.value.map((f) => [f.id, f]));
  return (
    <>
      <p id="count" class="muted" role="status" aria-live="polite">
        {t('activities.count', { n: activities.length })}
        {model.truncated.value ? ` ${t('activities.truncated')}` : ''}
      </p>
      <div class="table-scroll" role="region" aria-labelledby="registry-caption" tabIndex={0}>
        <table id="registry-table" class="registry">
          <caption id="registry-caption" class="visually-hidden">
            {t('activities.caption')}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('activities.name')}</th>
              <th scope="col">{t('activities.kind')}</th>
              <th scope="col">{t('activities.dates')}</th>
              <th scope="col">{t('activities.faculty')}</th>
              <th scope="col">{t('activities.partners')}</th>
              <th scope="col">{t('activities.format')}</th>
              <th scope="col">{t('activities.participants')}</th>
              <th scope="col">{t('activities.status')}</th>
              <th scope="col">{t('activities.actions')}</th>
            </tr>
          </thead>
          <tbody id="registry-body">
            {activities.length ? (
              activities.map((a) => {
                const faculty = facultyById.get(a.faculty);
                return (
                  <tr key={a.id} id={`activity-${a.id}`}>
                    <th scope="row" style={{ whiteSpace: 'normal' }}>
                      {a.title}
                    </th>
                    <td>{kindWord(a.kind)}</td>
                    <td class="nowrap">{a.startDate === a.endDate ? day(a.startDate) : `${day(a.startDate)} – ${day(a.endDate)}`}</td>
                    <td>{faculty ? facultyName(faculty) : a.faculty}</td>
                    <td>{a.partnerIds.map((id) => (partnerById.get(id) ? partnerName(partnerById.get(id)!) : id)).join('; ')}</td>
                    <td>{formatWord(a.format)}</td>
                    <td class="nowrap">{t('activities.inOut', { incoming: a.participants.incoming, outgoing: a.participants.outgoing })}</td>
                    <td>
                      {t(`activities.status.${a.status}` as MessageKey)}
                      {a.status === 'proposed' && a.confirmer ? <div class="muted">{t(`activities.confirmer.${a.confirmer}`)}</div> : null}
                    </td>
                    <td>
                      <button type="button" class="link" aria-label={t('activities.openFull', { title: a.title })} onClick={() => model.detail.open(a)}>
                        {viewerConfirms(model.viewer.value, a) ? t('activities.confirm') : t('activities.open')}
                      </button>{' '}
                      {a.status !== 'cancelled' ? (
                        <button type="button" class="link" aria-label={t('activities.edit', { title: a.title })} onClick={() => model.startEdit(a)}>
                          {t('activities.editShort')}
                        </button>
                      ) : null}
                    </td>
                  </tr>
                );
              })
            ) : (
              <tr>
                <td class="muted" colSpan={9}>
                  {t('activities.none')}
                </td>
              </tr>
            )}
          </tbody>
        </table>
      </div>
    </>
  );
}

/**
 * Each field's id is `field-` and the body's path (`field-organiser.email`), so the server's field
 * errors find their fields; the prefix keeps `title` from meeting the page's heading.
 */
function ActivityForm({ model }: { model: OfficeActivities }) {
  const d = model.draft.value;
  const editing = model.editing.value;
  const problems = model.problems.value;
  // `partnerIds.0` (an unknown partner) belongs to the partners' list; each other path to its own field.
  const fieldOf = (path: string) => (path === '' ? undefined : `field-${path.startsWith('partnerIds') ? 'partnerIds' : path}`);
  const errorOf = (id: string) => {
    const found = problems.find((p) => fieldOf(p.path) === id);
    return found ? problemText(found) : undefined;
  };
  const chosenAgreements = model.agreements.value.filter((a) => d.partnerIds.includes(a.content.partnerId));
  const text = (id: string, label: string, value: string, onInput: (v: string) => void, extra: { hint?: string; type?: 'text' | 'date' | 'email'; inputMode?: 'numeric' | 'decimal' } = {}) => (
    <Field id={`field-${id}`} label={label} hint={extra.hint} error={errorOf(`field-${id}`)}>
      {(control: ControlProps) => {
        const common = { ...control, name: id, value, onInput: (e: { currentTarget: HTMLInputElement }) => onInput(e.currentTarget.value) };
        // One branch per type: Preact types each input type's attributes apart.
        if (extra.type === 'date') return <input {...common} type="date" />;
        if (extra.type === 'email') return <input {...common} type="email" />;
        return <input {...common} type="text" inputMode={extra.inputMode} />;
      }}
    </Field>
  );
  return (
    <form
      id="activity-form"
      class="card"
      noValidate
      aria-labelledby="form-heading"
      onSubmit={(e) => {
        e.preventDefault();
        void model.send();
      }}
    >
      <h2 id="form-heading" tabIndex={-1}>
        {editing ? t('activities.editing', { title: editing.title }) : t('activities.new')}
      </h2>
      <MessageBox id="form-message" message={model.said.value} />
      <ErrorSummary title={t('activities.fix')} errors={problems.map((p) => ({ field: fieldOf(p.path), text: problemText(p) }))} />
      <Field id="field-kind" label={t('activities.kind')} error={errorOf('field-kind')}>
        {(control) => (
          <select {...control} name="kind" value={d.kind} onChange={(e) => model.change({ kind: e.currentTarget.value })}>
            {ACTIVITY_KINDS.map((k) => (
              <option key={k} value={k}>
                {kindWord(k)}
              </option>
            ))}
          </select>
        )}
      </Field>
      {text('title', t('activities.name'), d.title, (v) => model.change({ title: v }))}
      <Field id="field-description" label={t('activities.description')} hint={t('activities.descriptionHint')} error={errorOf('field-description')}>
        {(control) => <textarea {...control} name="description" rows={3} value={d.description} onInput={(e) => model.change({ description: e.currentTarget.value })} />}
      </Field>
      <Field id="field-partnerIds" label={t('activities.partners')} hint={t('activities.partnersHint')} error={errorOf('field-partnerIds')}>
        {(control) => (
          <select
            {...control}
            name="partnerIds"
            multiple
            size={Math.min(6, Math.max(3, model.partners.value.length))}
            onChange={(e) => model.change({ partnerIds: [...e.currentTarget.selectedOptions].map((o) => o.value) })}
          >
            {model.partners.value.map((p) => (
              <option key={p.id} value={p.id} selected={d.partnerIds.includes(p.id)}>
                {partnerName(p)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id="field-agreementId" label={t('activities.agreement')} hint={t('activities.agreementHint')} error={errorOf('field-agreementId')}>
        {(control) => (
          <select {...control} name="agreementId" value={d.agreementId} onChange={(e) => model.change({ agreementId: e.currentTarget.value })}>
            <option value="">{t('activities.noAgreement')}</option>
            {chosenAgreements.map((a) => (
              <option key={a.id} value={a.id}>
                {a.reference}
              </option>
            ))}
          </select>
        )}
      </Field>
      {text('startDate', t('activities.start'), d.startDate, (v) => model.change({ startDate: v }), { type: 'date' })}
      {text('endDate', t('activities.end'), d.endDate, (v) => model.change({ endDate: v }), { type: 'date' })}
      <Field id="field-format" label={t('activities.format')} error={errorOf('field-format')}>
        {(control) => (
          <select {...control} name="format" value={d.format} onChange={(e) => model.change({ format: e.currentTarget.value })}>
            {FORMATS.map((f) => (
              <option key={f} value={f}>
                {formatWord(f)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id="field-faculty" label={t('activities.faculty')} error={errorOf('field-faculty')}>
        {(control) => (
          <select {...control} name="faculty" value={d.faculty} onChange={(e) => model.change({ faculty: e.currentTarget.value })}>
            {model.faculties.value.map((f) => (
              <option key={f.id} value={f.id}>
                {facultyName(f)}
              </option>
            ))}
          </select>
        )}
      </Field>
      {text('organiser.name', t('activities.organiser'), d.organiserName, (v) => model.change({ organiserName: v }))}
      {text('organiser.email', t('activities.organiserEmail'), d.organiserEmail, (v) => model.change({ organiserEmail: v }), { type: 'email' })}
      <fieldset>
        <legend>{t('activities.participants')}</legend>
        {text('participants.incoming', t('activities.incoming'), d.incoming, (v) => model.change({ incoming: v }), { inputMode: 'numeric' })}
        {text('participants.outgoing', t('activities.outgoing'), d.outgoing, (v) => model.change({ outgoing: v }), { inputMode: 'numeric' })}
        {text('participants.staff', t('activities.staff'), d.staff, (v) => model.change({ staff: v }), { inputMode: 'numeric' })}
        {text('participants.students', t('activities.students'), d.students, (v) => model.change({ students: v }), { inputMode: 'numeric' })}
      </fieldset>
      <fieldset>
        <legend>{t('activities.funding')}</legend>
        {d.funding.map((line, i) => {
          const n = i + 1;
          const setLine = (patch: Partial<FundingLine>) => model.change({ funding: d.funding.map((l, j) => (j === i ? { ...l, ...patch } : l)) });
          return (
            <div key={i} class="funding-line">
              {text(`funding.${i}.source`, t('activities.fundingSource', { n }), line.source, (v) => setLine({ source: v }))}
              {text(`funding.${i}.amount`, t('activities.fundingAmount', { n }), line.amount, (v) => setLine({ amount: v }), { inputMode: 'decimal' })}
              {text(`funding.${i}.currency`, t('activities.fundingCurrency', { n }), line.currency, (v) => setLine({ currency: v }))}
              <button type="button" class="link" onClick={() => model.change({ funding: d.funding.filter((_, j) => j !== i) })}>
                {t('activities.removeFunding', { n })}
              </button>
            </div>
          );
        })}
        <button type="button" class="secondary" id="add-funding" onClick={() => model.change({ funding: [...d.funding, { source: '', amount: '', currency: 'UZS' }] })}>
          {t('activities.addFunding')}
        </button>
      </fieldset>
      <Field id="field-outcome" label={t('activities.outcome')} error={errorOf('field-outcome')}>
        {(control) => <textarea {...control} name="outcome" rows={3} value={d.outcome} onInput={(e) => model.change({ outcome: e.currentTarget.value })} />}
      </Field>
      <div class="buttons">
        <SubmitButton id="send" busy={model.busy.value} busyLabel={t('common.sending')}>
          {editing?.status === 'returned' ? t('activities.saveAndPropose') : editing ? t('activities.save') : t('activities.record')}
        </SubmitButton>
        {editing ? (
          <>
            <button type="button" class="secondary" id="cancel-activity" disabled={model.busy.value} onClick={() => void model.cancel()}>
              {t('activities.cancel')}
            </button>
            <button type="button" class="link" onClick={model.stopEditing}>
              {t('activities.stopEditing')}
            </button>
          </>
        ) : null}
      </div>
    </form>
  );
}

function ActivitiesView({ model, ownFaculty, viewer }: { model: OfficeActivities; ownFaculty?: string; viewer: ActivityViewer }) {
  useTitle(t('activities.title'));
  useEffect(() => {
    void model.load(ownFaculty, viewer);
  }, [model]);
  const activities = model.activities.value;
  return (
    <>
      <h1 id="title">{t('activities.title')}</h1>
      <p>{t('activities.intro')}</p>
      <MessageBox id="message" message={model.message.value} />
      <ConfirmationSettingForm setting={model.setting} admin={model.viewer.value.admin} />
      <Filters model={model} />
      {activities ? <Registry model={model} activities={activities} /> : <p class="muted">{t('common.loading')}</p>}
      <ActivityDetailPanel detail={model.detail} viewer={model.viewer.value} />
      <ActivityForm model={model} />
    </>
  );
}

export function OfficeActivitiesPage({ model, access }: { model: OfficeActivities; access?: ConsoleAccess }) {
  return (
    <ConsoleFrame current="activities" title={t('activities.title')} openToFaculty {...(access ? { access } : {})}>
      {(member) => {
        const office = member.roles.some((r) => r === 'admin' || r === 'international_office');
        const viewer: ActivityViewer = { office, admin: member.roles.includes('admin'), dean: member.roles.includes('dean'), ...(member.faculty ? { faculty: member.faculty } : {}) };
        return <ActivitiesView model={model} ownFaculty={office ? undefined : member.faculty} viewer={viewer} />;
      }}
    </ConsoleFrame>
  );
}
