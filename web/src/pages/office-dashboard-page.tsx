/**
 * The office's dashboard, the console's landing page (/office; its entry is
 * pages/office-dashboard.tsx): what waits on whom (items in review by the step they wait at, and
 * the overdue), agreements ending in the next 180 days, dormant agreements, and this year's
 * figures, each linking to the list or page that shows more. Each part is read on its own, so a
 * part the API could not answer says so where it stands and the others still show. Counting is
 * the API's (GET /api/reports/…, GET /api/agreements/dormant); this page only asks and shows.
 */
import { signal, type Signal } from '@preact/signals';
import type { ComponentChildren } from 'preact';
import { useEffect } from 'preact/hooks';
import type { ApiOk } from '../../../shared/api-contract';
import { api, type ApiRefusalBody } from '../api';
import type { DormantAgreement, Partner } from '../api-types';
import { ConsoleFrame, type ConsoleAccess } from '../components/console-frame';
import { MessageBox, type Message } from '../components/message-box';
import { useTitle } from '../components/page';
import { day } from '../format';
import { label, lang, t, type MessageKey } from '../i18n/live';
import { number } from '../i18n/numbers';
import { nominationsListHref } from '../nominations-link';

type Data<K extends 'GET /reports/pending' | 'GET /reports/agreements' | 'GET /reports/yearly'> = Extract<ApiOk<K>, { status: 200 }>['data'];
export type InReview = Data<'GET /reports/pending'>;
export type Expiring = Data<'GET /reports/agreements'>;
export type Yearly = Data<'GET /reports/yearly'>;

/** One part of the page: being read, read, or not readable (with what to say, worded when shown). */
export type Part<T> = { state: 'loading' } | { state: 'ready'; data: T } | { state: 'failed'; message: Message };

type Answer<T> = { ok: true; data: T } | { ok: false; status: number; data: ApiRefusalBody };

/** How far ahead "ending soon" looks: as far as the registry's own view of them. */
export const EXPIRING_DAYS = 180;

/** The lists that show what a count counts: they filter by status, not by step, so a count opens all of its kind in review. */
export const IN_REVIEW_LIST: Record<InReview['rows'][number]['kind'], string> = {
  nomination: nominationsListHref({ status: ['in_review'] }),
  memorandum: '/office/agreements?status=in_review',
};
export const agreementLink = (id: string) => `/office/agreements?${new URLSearchParams({ id })}`;

/** Reads one part into its signal; a refusal or a lost connection is that part's message alone. */
async function read<T>(part: Signal<Part<T>>, ask: () => Promise<Answer<T>>): Promise<void> {
  try {
    const answer = await ask();
    if (answer.ok) part.value = { state: 'ready', data: answer.data };
    else {
      const { status } = answer;
      const id = answer.data.requestId;
      part.value = { state: 'failed', message: { text: () => `${t('dash.failed', { status: String(status) })}${id ? ` ${t('common.requestId', { id })}` : ''}`, tone: 'error' } };
    }
  } catch {
    part.value = { state: 'failed', message: { text: () => t('common.offlineReload'), tone: 'error' } };
  }
}

/** The page's state: each part, and the partners' names (the parts show a partner's id without them). */
export function officeDashboard() {
  const waiting = signal<Part<InReview>>({ state: 'loading' });
  const expiring = signal<Part<Expiring>>({ state: 'loading' });
  const dormant = signal<Part<DormantAgreement[]>>({ state: 'loading' });
  const figures = signal<Part<Yearly>>({ state: 'loading' });
  const partners = signal<ReadonlyMap<string, Partner>>(new Map());

  async function loadPartners(): Promise<void> {
    try {
      const answer = await api('GET /partners');
      if (answer.ok) partners.value = new Map(answer.data.map((p) => [p.id, p]));
    } catch {
      /* the agreements still show, under their partners' ids */
    }
  }

  function start(): Promise<unknown> {
    return Promise.all([
      read(waiting, () => api('GET /reports/pending')),
      read(expiring, () => api('GET /reports/agreements', { query: { view: 'expiring', days: EXPIRING_DAYS } })),
      read(dormant, () => api('GET /agreements/dormant')),
      read(figures, () => api('GET /reports/yearly')),
      loadPartners(),
    ]);
  }

  return { waiting, expiring, dormant, figures, partners, start };
}

export type OfficeDashboard = ReturnType<typeof officeDashboard>;

const partnerName = (model: OfficeDashboard, id: string) => {
  const p = model.partners.value.get(id);
  return p ? (p.names?.[lang.value] ?? p.name) : id;
};

/** A part's heading and hint, then its content once read, or what went wrong in its place; then what follows it whatever happened (`after`). */
function Section<T>({ id, heading, hint, part, children, after }: { id: string; heading: string; hint?: string; part: Part<T>; children: (data: T) => ComponentChildren; after?: ComponentChildren }) {
  return (
    <section id={id} class="card dashboard-part" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{heading}</h2>
      {hint ? <p class="muted">{hint}</p> : null}
      <MessageBox id={`${id}-message`} focusable={false} message={part.state === 'failed' ? part.message : undefined} />
      {part.state === 'loading' ? <p class="muted">{t('common.loading')}</p> : part.state === 'ready' ? children(part.data) : null}
      {after}
    </section>
  );
}

/**
 * A table that scrolls sideways inside its own box on a narrow phone, named by its caption; a
 * caption that would repeat its part's heading is there for screen readers only (`quiet`).
 */
function Table({ id, caption, quiet, children }: { id: string; caption: string; quiet?: boolean; children: ComponentChildren }) {
  return (
    <div class="table-scroll" role="region" aria-labelledby={`${id}-caption`} tabIndex={0}>
      <table id={id} class="registry report-table">
        <caption id={`${id}-caption`} class={quiet ? 'visually-hidden' : undefined}>
          {caption}
        </caption>
        {children}
      </table>
    </div>
  );
}

const KIND_CAPTION: Record<InReview['rows'][number]['kind'], MessageKey> = { nomination: 'dash.nominations', memorandum: 'dash.memoranda' };

function Waiting({ answer }: { answer: InReview }) {
  if (!answer.rows.length) {
    return (
      <p id="waiting-empty" class="message">
        {t('dash.nothingWaits')}
      </p>
    );
  }
  const kinds = (['nomination', 'memorandum'] as const).filter((k) => answer.rows.some((r) => r.kind === k));
  return (
    <>
      <p id="waiting-summary">{t('dash.waitingSummary', { count: number(answer.total.count), overdue: number(answer.total.overdue) })}</p>
      {kinds.map((kind) => (
        <Table key={kind} id={`waiting-${kind}`} caption={t(KIND_CAPTION[kind])}>
          <thead>
            <tr>
              <th scope="col">{t('dash.step')}</th>
              <th scope="col" class="num">
                {t('dash.inReview')}
              </th>
              <th scope="col" class="num">
                {t('dash.overdue')}
              </th>
            </tr>
          </thead>
          <tbody>
            {answer.rows
              .filter((r) => r.kind === kind)
              .map((r) => (
                <tr key={`${r.step}|${r.role}`}>
                  <th scope="row">{t('dash.stepOf', { position: String(r.position), role: label(r.role) })}</th>
                  <td class="num">
                    <a href={IN_REVIEW_LIST[kind]}>{number(r.count)}</a>
                  </td>
                  <td class={r.overdue ? 'num overdue' : 'num'}>{number(r.overdue)}</td>
                </tr>
              ))}
          </tbody>
        </Table>
      ))}
      <p class="muted">{t('dash.waitingLinks')}</p>
    </>
  );
}

function EndingSoon({ model, answer }: { model: OfficeDashboard; answer: Expiring }) {
  const agreements = answer.agreements ?? [];
  if (!agreements.length) {
    return (
      <p id="expiring-empty" class="message">
        {t('dash.noneExpiring')}
      </p>
    );
  }
  return (
    <>
      <Table id="expiring-table" caption={t('dash.expiring')} quiet>
        <thead>
          <tr>
            <th scope="col">{t('dash.reference')}</th>
            <th scope="col">{t('dash.partner')}</th>
            <th scope="col">{t('dash.ends')}</th>
            <th scope="col" class="num">
              {t('dash.daysLeft')}
            </th>
          </tr>
        </thead>
        <tbody>
          {agreements.map((a) => (
            <tr key={a.id}>
              <th scope="row" class="nowrap">
                <a href={agreementLink(a.id)}>{a.reference}</a>
              </th>
              <td>{partnerName(model, a.partner)}</td>
              <td class="nowrap">{day(a.endsOn)}</td>
              <td class="num">{number(a.daysLeft)}</td>
            </tr>
          ))}
        </tbody>
      </Table>
      <p>
        <a href="/office/agreements?view=expiring">{t('dash.openExpiring')}</a>
      </p>
    </>
  );
}

function Dormant({ model, agreements }: { model: OfficeDashboard; agreements: DormantAgreement[] }) {
  if (!agreements.length) {
    return (
      <p id="dormant-empty" class="message">
        {t('dash.noneDormant')}
      </p>
    );
  }
  return (
    <>
      <Table id="dormant-table" caption={t('dash.dormant')} quiet>
        <thead>
          <tr>
            <th scope="col">{t('dash.reference')}</th>
            <th scope="col">{t('dash.partner')}</th>
            <th scope="col">{t('dash.lastMobility')}</th>
          </tr>
        </thead>
        <tbody>
          {agreements.map((a) => (
            <tr key={a.id}>
              <th scope="row" class="nowrap">
                <a href={agreementLink(a.id)}>{a.reference}</a>
              </th>
              <td>{partnerName(model, a.partnerId)}</td>
              <td>{day(a.lastMobilityAt.slice(0, 10))}</td>
            </tr>
          ))}
        </tbody>
      </Table>
      <p>
        <a href="/office/agreements?view=dormant">{t('dash.openDormant')}</a>
      </p>
    </>
  );
}

function Figures({ answer }: { answer: Yearly }) {
  const rows: [MessageKey, number][] = [
    ['dash.signed', answer.memoranda.signed],
    ['dash.inForce', answer.memoranda.inForceAtEnd],
    ['dash.countries', answer.countries.length],
    ['dash.studentsOut', answer.students.outgoing],
    ['dash.studentsIn', answer.students.incoming],
    ['dash.teachingOut', answer.staff.teaching.outgoing],
    ['dash.teachingIn', answer.staff.teaching.incoming],
    ['dash.trainingOut', answer.staff.training.outgoing],
    ['dash.trainingIn', answer.staff.training.incoming],
  ];
  return (
    <Table id="figures-table" caption={t('dash.figures', { year: answer.year })}>
      <thead>
        <tr>
          <th scope="col">{t('dash.figure')}</th>
          <th scope="col" class="num">
            {t('dash.number')}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map(([word, n]) => (
          <tr key={word}>
            <th scope="row">{t(word)}</th>
            <td class="num">{number(n)}</td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}

function DashboardView({ model }: { model: OfficeDashboard }) {
  useTitle(t('dash.title'));
  useEffect(() => {
    void model.start();
  }, [model]);
  return (
    <>
      <h1 id="title">{t('dash.title')}</h1>
      <div class="dashboard">
        <Section id="waiting" heading={t('dash.waiting')} hint={t('dash.waitingHint')} part={model.waiting.value}>
          {(answer) => <Waiting answer={answer} />}
        </Section>
        <Section id="expiring" heading={t('dash.expiring')} part={model.expiring.value}>
          {(answer) => <EndingSoon model={model} answer={answer} />}
        </Section>
        <Section id="dormant" heading={t('dash.dormant')} hint={t('dash.dormantHint')} part={model.dormant.value}>
          {(agreements) => <Dormant model={model} agreements={agreements} />}
        </Section>
        <Section
          id="figures"
          heading={t('dash.thisYear')}
          part={model.figures.value}
          after={
            <ul class="dashboard-links">
              <li>
                <a href="/office/reports">{t('dash.statistics')}</a>
              </li>
              <li>
                <a href="/office/reports/annual">{t('dash.annual')}</a>
              </li>
            </ul>
          }
        >
          {(answer) => <Figures answer={answer} />}
        </Section>
      </div>
    </>
  );
}

export function OfficeDashboardPage({ model, access }: { model: OfficeDashboard; access?: ConsoleAccess }) {
  return (
    <ConsoleFrame current="dashboard" title={t('dash.title')} {...(access ? { access } : {})}>
      {() => <DashboardView model={model} />}
    </ConsoleFrame>
  );
}
