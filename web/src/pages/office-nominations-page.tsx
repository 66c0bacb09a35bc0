/**
 * The office console's nominations (/office/nominations; its entry is pages/office-nominations.tsx):
 * every nomination with its nominee, direction, partner, academic year and status, as the server
 * filters them (GET /api/nominations/registry with the filters in the page's address, which a
 * statistics figure's or the dashboard's link may set: nominations-link.ts). Three choices on the
 * page change the status, the year and the partner; the filters in force are said in words, with
 * the way back to every nomination. The address follows the choices (replaced, not pushed). The
 * server lists the newest 200 that match: when it cut the list, the page says so; the download
 * (GET /api/exports/nominations, with the same filters) has every one.
 *
 * A nomination whose final approval is refused because its agreement has no place left (the
 * decision answers 409 `no_place_left` and changes nothing, so the nomination stays in review at its
 * last step, with `places.left` at 0 or below when read) is marked, and the office may let it
 * through with a reason. The office's steps after the chain are office-nominations-steps.tsx.
 */
import { signal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { api } from '../api';
import type { Nomination, Partner, PlacesLeft } from '../api-types';
import { ConsoleFrame, type ConsoleAccess } from '../components/console-frame';
import { useFocusRequest, type FocusRequest } from '../components/focus-request';
import { MessageBox, type Message } from '../components/message-box';
import { useTitle } from '../components/page';
import { day, list, region } from '../format';
import { label, lang, t, type MessageKey } from '../i18n/live';
import { readNominationFilters } from '../nomination-filters';
import { activeFilters, nominationsExportHref, nominationsListHref, NOMINATIONS_LIST, type NominationFilter, type NominationFilters } from '../nominations-link';
import { fold } from '../search-text';
import { assignmentRefusal } from '../../../shared/workflow/housing';
import { OpenStepForm, type OpenStep, type StepEnds } from './office-nominations-steps';

/** The statuses a nomination can have, in the order the office thinks of them. */
export const STATUSES = ['in_review', 'changes_requested', 'approved', 'accepted_by_partner', 'arrived', 'declined_by_partner', 'completed', 'rejected', 'withdrawn'] as const;
type Status = NonNullable<NominationFilters['status']>[number];
/** How many the server lists at most (functions/lib/services/nomination-list.ts: LIST_LIMIT). */
const LIST_LIMIT = 200;

const FILTER_NAME: Record<NominationFilter, MessageKey> = {
  academicYear: 'content.academicYear',
  direction: 'content.direction',
  type: 'content.mobilityType',
  mobilityFormat: 'content.format',
  faculty: 'nom.filter.faculty',
  partner: 'content.partner',
  country: 'nom.filter.country',
  status: 'office.status',
};

/** The three choices on the page, by their controls' names. */
export type Choice = 'status' | 'year' | 'partner';

/** In review at the last step of its chain: the decision that takes a place is the next one. */
const atFinalStep = (n: Nomination) => n.status === 'in_review' && !!n.review && n.review.stepIndex === n.review.steps.length - 1;

/**
 * The page's state: the filters (read from the address), the nominations as last read (none yet:
 * not read), the partners' names, which nominations have no place left, the step open, the page's
 * message and where the focus goes next.
 */
export function officeNominations(search = location.search) {
  const filters = signal<NominationFilters>(readNominationFilters(search));
  const nominations = signal<Nomination[] | undefined>(undefined);
  /** What the list left out, as the server said: whether it was cut at the newest 200, and how many match where it knows. */
  const leftOut = signal<{ truncated: boolean; total: number | null }>({ truncated: false, total: null });
  const partners = signal<ReadonlyMap<string, Partner>>(new Map());
  const noPlaceLeft = signal<ReadonlyMap<string, PlacesLeft>>(new Map());
  const open = signal<(OpenStep & { opener: string }) | undefined>(undefined);
  const message = signal<Message | undefined>(undefined);
  const focus = signal<FocusRequest | undefined>(undefined);
  /** The last reading asked for: an earlier one answering late is not shown. */
  let reading = 0;

  /**
   * Which nominations at their final step have no place left, read one by one (the list does not
   * carry places, and few nominations wait at the last step at once). One that cannot be read is
   * shown without the override rather than not at all.
   */
  async function readPlaces(list: Nomination[]): Promise<Map<string, PlacesLeft>> {
    const found = await Promise.all(
      list
        .filter((n) => atFinalStep(n) && !n.quotaOverride)
        .map(async (n) => {
          try {
            const r = await api('GET /nominations/:id', { params: { id: n.id } });
            const places = r.ok ? r.data.places : undefined;
            return places && places.left <= 0 ? ([n.id, places] as const) : undefined;
          } catch {
            return undefined;
          }
        }),
    );
    return new Map(found.filter((f) => f !== undefined));
  }

  async function load(): Promise<void> {
    const mine = ++reading;
    try {
      const [listed, partnerList] = await Promise.all([api('GET /nominations/registry', { query: Object.fromEntries(activeFilters(filters.value)) }), api('GET /partners')]);
      const read = listed.ok ? [...listed.data.nominations].sort((a, b) => b.reference.localeCompare(a.reference)) : [];
      const places = await readPlaces(read);
      if (mine !== reading) return;
      if (partnerList.ok) partners.value = new Map(partnerList.data.map((p) => [p.id, p]));
      noPlaceLeft.value = places;
      nominations.value = read;
      leftOut.value = listed.ok ? { truncated: listed.data.truncated, total: listed.data.total } : { truncated: false, total: null };
      const failed = !listed.ok ? listed : !partnerList.ok ? partnerList : undefined;
      if (failed) {
        const { status } = failed;
        const id = failed.data.requestId;
        message.value = { text: () => `${t('office.loadFailed', { status: String(status) })}${id ? ` ${t('common.requestId', { id })}` : ''}`, tone: 'error' };
      }
    } catch {
      if (mine !== reading) return;
      nominations.value ??= [];
      message.value = { text: () => t('common.offlineReload'), tone: 'error' };
    }
  }

  /** A choice on the page replaces its filter (the others, a figure's, stay), in the address too, and the list is read again. */
  function choose(name: Choice, value: string): Promise<void> {
    const next: NominationFilters = { ...filters.value };
    if (name === 'status') next.status = value ? [value as Status] : undefined;
    if (name === 'year') next.academicYear = value || undefined;
    if (name === 'partner') next.partner = value || undefined;
    filters.value = next;
    history.replaceState(null, '', nominationsListHref(next));
    return load();
  }

  /** Opens a step's form (closing any other), the focus on its heading; `opener`, the id of the button that opened it. */
  function openStep(step: OpenStep, opener: string): void {
    open.value = { ...step, opener };
    focus.value = { id: `${step.kind}-heading` };
  }

  /** Once a form is done with (saved, or its nomination moved on), the list is read again and the focus goes to the page's heading, above the message. */
  async function afterStep(said: Message): Promise<void> {
    open.value = undefined;
    await load();
    message.value = said;
    focus.value = { id: 'title' };
  }

  const ends: StepEnds = {
    close(returnFocus = true) {
      const was = open.value;
      open.value = undefined;
      if (returnFocus && was) focus.value = { id: was.opener };
    },
    saved: (said) => afterStep({ text: said, tone: 'ok' }),
    movedOn: () => afterStep({ text: () => t('nom.wrongState'), tone: 'warn' }),
    refocus: (id) => (focus.value = { id, ifLost: true }),
  };

  return { filters, nominations, leftOut, partners, noPlaceLeft, open, message, focus, load, choose, openStep, ends };
}

export type OfficeNominations = ReturnType<typeof officeNominations>;

function partnerName(model: OfficeNominations, id: string | undefined): string {
  const p = id ? model.partners.value.get(id) : undefined;
  return p ? (p.names?.[lang.value] ?? p.name) : (id ?? '');
}

function wordedFilter(model: OfficeNominations, name: NominationFilter, value: string): string {
  if (name === 'status') return list(value.split(',').map((s) => label(s)));
  if (name === 'direction' || name === 'type' || name === 'mobilityFormat') return label(value);
  if (name === 'partner') return partnerName(model, value);
  if (name === 'country') return region(value);
  return value;
}

/** The three choices: status, year and partner, each offering what the list holds (and what the address asked for). */
function Filters({ model, shown }: { model: OfficeNominations; shown: Nomination[] }) {
  const filters = model.filters.value;
  const years = [...new Set([...shown.map((n) => n.content?.academicYear), filters.academicYear].filter((y): y is string => typeof y === 'string'))].sort().reverse();
  const partnerIds = [...new Set([...shown.map((n) => n.content?.partnerId), filters.partner].filter((p): p is string => typeof p === 'string'))];
  const named = partnerIds.map((id) => ({ id, name: partnerName(model, id) })).sort((a, b) => fold(a.name).localeCompare(fold(b.name)));
  const change = (name: Choice) => (e: { currentTarget: HTMLSelectElement }) => void model.choose(name, e.currentTarget.value);
  return (
    <form id="filters" class="card filters" role="search" aria-labelledby="filters-heading" noValidate onSubmit={(e) => e.preventDefault()}>
      <h2 id="filters-heading" class="visually-hidden">
        {t('nom.find')}
      </h2>
      <div class="row">
        <div class="field">
          <label for="status">{t('office.status')}</label>
          {/* Several statuses at once (a figure's) show as none chosen. */}
          <select id="status" name="status" value={filters.status?.length === 1 ? filters.status[0] : ''} onChange={change('status')}>
            <option value="">{t('office.anyStatus')}</option>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {label(s)}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="year">{t('content.academicYear')}</label>
          <select id="year" name="year" value={filters.academicYear ?? ''} onChange={change('year')}>
            <option value="">{t('nom.anyYear')}</option>
            {years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div class="field">
        <label for="partner">{t('content.partner')}</label>
        <select id="partner" name="partner" value={filters.partner ?? ''} onChange={change('partner')}>
          <option value="">{t('nom.anyPartner')}</option>
          {named.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </select>
      </div>
    </form>
  );
}

/** What the list is filtered by, in words, with the way back to every nomination. */
function ActiveFilters({ model }: { model: OfficeNominations }) {
  const named = activeFilters(model.filters.value).map(([name, value]) => `${t(FILTER_NAME[name])}: ${wordedFilter(model, name, value)}`);
  if (!named.length) return null;
  return (
    <p id="active-filters">
      <span>{t('nom.filteredBy', { filters: named.join('; ') })}</span> <a href={NOMINATIONS_LIST}>{t('nom.showAll')}</a>
    </p>
  );
}

function NominationRow({ model, n }: { model: OfficeNominations; n: Nomination }) {
  const c = n.content;
  const places = model.noPlaceLeft.value.get(n.id);
  const button = (id: string, text: string, onClick: () => void) => (
    <button type="button" id={id} class="link" onClick={onClick}>
      {text}
    </button>
  );
  return (
    <tr>
      {/* The reference opens the nomination's own page (its content, history and documents). */}
      <th scope="row">
        <a href={`/nominations/${encodeURIComponent(n.id)}`}>{n.reference}</a>
      </th>
      <td>{c.nominee?.name ?? ''}</td>
      <td>{c.direction ? label(c.direction) : ''}</td>
      <td class="partner">{partnerName(model, c.partnerId)}</td>
      <td class="nowrap">{c.academicYear ?? ''}</td>
      <td>
        <div>
          <span class="badge">{label(n.status)}</span>
          {places ? (
            <span class="block place-note warn">{t('nom.noPlace', { year: places.academicYear })}</span>
          ) : n.status === 'in_review' && n.quotaOverride ? (
            <span class="block place-note">{t('nom.overridden')}</span>
          ) : null}
          {n.roomAssignment ? (
            <span class="block place-note">{t('nom.roomLine', { room: n.roomAssignment.room, residence: n.roomAssignment.residenceId, from: day(n.roomAssignment.from), to: day(n.roomAssignment.to) })}</span>
          ) : c.accommodation?.request === 'dormitory' ? (
            <span class="block place-note">{t('nom.asksDormitory')}</span>
          ) : null}
          {n.arrival ? <span class="block place-note">{t('nom.arrivedLine', { date: day(n.arrival.date) })}</span> : null}
          {c.direction === 'incoming' ? (
            <span class="block place-note" id={`plan-${n.id}`}>
              {studyPlanLine(n.studyPlan)}
            </span>
          ) : null}
          {n.status === 'completed' && n.completion ? <span class="block place-note">{t('nom.completedLine', { from: day(n.completion.actualStartDate), to: day(n.completion.actualEndDate) })}</span> : null}
        </div>
      </td>
      <td class="actions-cell">
        <div class="actions">
          {n.status === 'approved' ? button(`answer-${n.id}`, t('nom.recordAnswer', { reference: n.reference }), () => model.openStep({ kind: 'answer', nomination: n }, `answer-${n.id}`)) : null}
          {n.status === 'accepted_by_partner' || n.status === 'arrived'
            ? button(`completion-${n.id}`, t('nom.recordCompletion', { reference: n.reference }), () => model.openStep({ kind: 'completion', nomination: n }, `completion-${n.id}`))
            : null}
          {c.direction === 'incoming' && !n.arrival && (n.status === 'approved' || n.status === 'accepted_by_partner')
            ? button(`arrival-${n.id}`, t('nom.recordArrival', { reference: n.reference }), () => model.openStep({ kind: 'arrival', nomination: n }, `arrival-${n.id}`))
            : null}
          {givesRoom(n)
            ? button(`room-${n.id}`, t(n.roomAssignment ? 'nom.changeRoom' : 'nom.giveRoom', { reference: n.reference }), () => model.openStep({ kind: 'room', nomination: n }, `room-${n.id}`))
            : null}
          {c.direction === 'incoming' ? <InvitationLetterLinks n={n} /> : null}
          {places ? button(`override-${n.id}`, t('nom.override', { reference: n.reference }), () => model.openStep({ kind: 'override', nomination: n, places }, `override-${n.id}`)) : null}
        </div>
      </td>
    </tr>
  );
}

const PLAN_LINE: Record<NonNullable<Nomination['studyPlan']>['status'], MessageKey> = {
  draft: 'nom.planDraft',
  sent: 'nom.planSent',
  approved: 'nom.planApproved',
  changes_requested: 'nom.planChanges',
};

/** An incoming student's study plan in one line, from the summary the nomination carries (no read of the plan per row). */
function studyPlanLine(plan: Nomination['studyPlan']): string {
  if (!plan) return t('nom.planNone');
  const key = plan.status === 'sent' && plan.unanswered ? 'nom.planUnanswered' : PLAN_LINE[plan.status];
  const line = t(key, { version: plan.current, coordinator: plan.sentTo?.name ?? '' });
  // A newer version in the works keeps the last approved one in sight.
  return plan.approvedVersion !== undefined && plan.approvedVersion !== plan.current ? `${line} ${t('nom.planApprovedBefore', { version: plan.approvedVersion })}` : line;
}

/**
 * An incoming student's invitation letter (GET /api/nominations/{id}/invitation-letter.pdf):
 * plain links, the browser downloads; the server says (409) when the invitation data is missing.
 */
function InvitationLetterLinks({ n }: { n: Nomination }) {
  const href = (language: 'ru' | 'uz') => `/api/nominations/${encodeURIComponent(n.id)}/invitation-letter.pdf?language=${language}`;
  return (
    <span class="block">
      {t('nom.invitationLetter', { reference: n.reference })}:{' '}
      <a id={`letter-ru-${n.id}`} href={href('ru')} download>
        {t('nom.letterEnRu')}
      </a>
      {' · '}
      <a id={`letter-uz-${n.id}`} href={href('uz')} download>
        {t('nom.letterEnUz')}
      </a>
    </span>
  );
}

/** An approved incoming student who asked for a dormitory: the office may give a room (the server's own rule). */
const givesRoom = (n: Nomination) => assignmentRefusal(n) === undefined;

/** How many are shown, and, when the server cut the list at its newest 200, that it did and how to see the others. */
function Count({ model, shown }: { model: OfficeNominations; shown: Nomination[] }) {
  const { truncated, total } = model.leftOut.value;
  return (
    <>
      <p id="count" class="muted" role="status" aria-live="polite">
        {t('nom.count', { n: shown.length, total: total ?? shown.length })}
      </p>
      {truncated ? (
        <p id="truncated" class="message warn">
          {total === null ? t('noms.truncatedUnknown', { shown: LIST_LIMIT }) : t('noms.truncated', { shown: shown.length, total })}
        </p>
      ) : null}
    </>
  );
}

/** The export of every nomination the filters name (not cut at 200), as CSV or XLSX. */
function Downloads({ model }: { model: OfficeNominations }) {
  const filters = model.filters.value;
  return (
    <p id="downloads" class="console-links">
      <span>{t('noms.download')}</span>{' '}
      <a id="download-csv" class="button secondary" href={nominationsExportHref(filters, 'csv')} download>
        {t('reports.csv')}
      </a>{' '}
      <a id="download-xlsx" class="button secondary" href={nominationsExportHref(filters, 'xlsx')} download>
        {t('reports.xlsx')}
      </a>
    </p>
  );
}

function Registry({ model, shown }: { model: OfficeNominations; shown: Nomination[] }) {
  return (
    <div id="registry">
      <Filters model={model} shown={shown} />
      <ActiveFilters model={model} />
      <Count model={model} shown={shown} />
      <div class="table-scroll" role="region" aria-labelledby="registry-caption" tabIndex={0}>
        <table id="registry-table" class="registry">
          <caption id="registry-caption" class="visually-hidden">
            {t('nom.caption')}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('office.reference')}</th>
              <th scope="col">{t('content.nominee')}</th>
              <th scope="col">{t('content.direction')}</th>
              <th scope="col">{t('content.partner')}</th>
              <th scope="col">{t('content.academicYear')}</th>
              <th scope="col">{t('office.status')}</th>
              <th scope="col">{t('nom.actions')}</th>
            </tr>
          </thead>
          <tbody id="registry-body">
            {shown.map((n) => (
              <NominationRow key={n.id} model={model} n={n} />
            ))}
            {shown.length ? null : (
              <tr>
                <td class="muted" colSpan={7}>
                  {t('nom.noneFound')}
                </td>
              </tr>
            )}
          </tbody>
        </table>
      </div>
      <Downloads model={model} />
      <OpenStepForm step={model.open.value} ends={model.ends} />
    </div>
  );
}

function NominationsView({ model }: { model: OfficeNominations }) {
  useTitle(t('nom.title'));
  useEffect(() => {
    void model.load();
  }, [model]);
  useFocusRequest(model.focus.value);
  const shown = model.nominations.value;
  return (
    <>
      <h1 id="title" tabIndex={-1}>
        {t('nom.title')}
      </h1>
      <MessageBox id="message" message={model.message.value} focusable={false} />
      {shown ? <Registry model={model} shown={shown} /> : null}
    </>
  );
}

export function OfficeNominationsPage({ model, access }: { model: OfficeNominations; access?: ConsoleAccess }) {
  return (
    <ConsoleFrame current="nominations" title={t('nom.title')} {...(access ? { access } : {})}>
      {() => <NominationsView model={model} />}
    </ConsoleFrame>
  );
}
