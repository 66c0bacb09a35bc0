/**
 * The office's statistics page (/office/reports; its entry is pages/office-reports.tsx): choose
 * what to count (mobilities, or agreements in force, signed or ending), the years, a grouping and
 * filters; see a bar chart and the table behind it, and download the table. The choices live in
 * the address (report-view.ts), so a view can be bookmarked and Back goes to the one before.
 * Counting is the API's (GET /api/reports/…); this page only asks and shows.
 */
import { signal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { api, type ApiRefusalBody } from '../api';
import type { Faculty, Partner } from '../api-types';
import { BarChart } from '../components/bar-chart';
import { ConsoleFrame, type ConsoleAccess } from '../components/console-frame';
import { ErrorSummary, type SummaryError } from '../components/error-summary';
import { Field } from '../components/field';
import { MessageBox, type Message } from '../components/message-box';
import { useTitle } from '../components/page';
import { ReportTable, type TableRow } from '../components/report-table';
import { day, list, region } from '../format';
import { fieldText, label, lang, t, type MessageKey } from '../i18n/live';
import { number } from '../i18n/numbers';
import {
  AGREEMENT_VIEWS,
  agreementLink,
  agreementTable,
  apiQuery,
  countsYears,
  DIRECTIONS,
  expiringListLink,
  inForceListLink,
  listsAgreements,
  exportHref,
  groupings,
  listLink,
  MOBILITY_TYPES,
  mobilityTable,
  readChoices,
  rowFilters,
  today,
  writeChoices,
  yearProblems,
  type AgreementAnswer,
  type MobilityAnswer,
  type ReportChoices,
  type ReportTable as Table,
} from '../report-view';

type Result =
  | { state: 'loading' }
  | { state: 'mobilities'; choices: ReportChoices; answer: MobilityAnswer }
  | { state: 'agreements'; choices: ReportChoices; answer: AgreementAnswer }
  | { state: 'invalid'; errors: { field?: string; text: () => string }[] }
  | { state: 'failed'; message: Message };

/** Which control an API field error is about (the query's parameter → the page's field). */
const CONTROL_OF: Record<string, string> = { years: 'from', from: 'from', to: 'to', by: 'by', faculty: 'faculty', at: 'at', period: 'period', view: 'view' };

/** What a refusal says: a 400's field messages, each on its control; any other status with its request id. */
function refused({ status, data }: { status: number; data: ApiRefusalBody }): Result {
  if (status === 400) {
    const fields = data.fields ?? [];
    return {
      state: 'invalid',
      errors: fields.length
        ? fields.map((f) => ({ ...(CONTROL_OF[f.path] ? { field: CONTROL_OF[f.path] } : {}), text: () => fieldText(f.message) }))
        : [{ text: () => t('reports.loadFailed', { status: '400' }) }],
    };
  }
  const id = data.requestId;
  return { state: 'failed', message: { text: () => `${t('reports.loadFailed', { status: String(status) })}${id ? ` ${t('common.requestId', { id })}` : ''}`, tone: 'error' } };
}

/**
 * The page's state and what changes it. `search` is the address's query at the start; `go` puts
 * a new one in the address (a history entry, so Back returns to the view before).
 */
export function officeReports(search: string, now: () => Date = () => new Date(), go: (query: string) => void = (q) => history.pushState(null, '', `${location.pathname}?${q}`)) {
  const choices = signal<ReportChoices>(readChoices(search, now()));
  const result = signal<Result>({ state: 'loading' });
  const partners = signal<ReadonlyMap<string, Partner>>(new Map());
  const faculties = signal<readonly Faculty[]>([]);
  /** The last request: an answer to an earlier one arriving late is not shown. */
  let asked = 0;

  async function load(): Promise<void> {
    const c = choices.value;
    const mine = ++asked;
    const bad = yearProblems(c);
    if (bad.length) {
      result.value = { state: 'invalid', errors: bad.map((field) => ({ field, text: () => t('reports.yearFormat') })) };
      return;
    }
    result.value = { state: 'loading' };
    try {
      if (c.count === 'mobilities') {
        const answer = await api('GET /reports/mobilities', { query: apiQuery(c) });
        if (mine === asked) result.value = answer.ok ? { state: 'mobilities', choices: c, answer: answer.data } : refused(answer);
      } else {
        const answer = await api('GET /reports/agreements', { query: apiQuery(c) });
        if (mine === asked) result.value = answer.ok ? { state: 'agreements', choices: c, answer: answer.data } : refused(answer);
      }
    } catch {
      if (mine === asked) result.value = { state: 'failed', message: { text: () => t('common.offlineReload'), tone: 'error' } };
    }
  }

  /** The partners' and faculties' names, for the groups; the figures show codes without them. */
  async function loadNames(): Promise<void> {
    try {
      const [p, f] = await Promise.all([api('GET /partners'), api('GET /faculties')]);
      if (p.ok) partners.value = new Map(p.data.map((x) => [x.id, x]));
      if (f.ok) faculties.value = f.data;
    } catch {
      /* the figures still show, their groups by code */
    }
  }

  /** A person's choice: into the address, then the figures for it. */
  function choose(change: Partial<ReportChoices>): void {
    const next = { ...choices.value, ...change };
    // A grouping the new count does not have (agreements have no direction) falls back to none.
    if (next.by && !groupings(next).includes(next.by as never)) next.by = '';
    choices.value = next;
    go(writeChoices(next));
    void load();
  }

  /** Back or Forward: the choices of that address. */
  function restore(query: string): void {
    choices.value = readChoices(query, now());
    void load();
  }

  function start(): void {
    void loadNames();
    void load();
  }

  return { choices, result, partners, faculties, now, choose, restore, start, load };
}

export type OfficeReports = ReturnType<typeof officeReports>;

const DIMENSION_WORDS: Record<string, MessageKey> = {
  direction: 'reports.dim.direction',
  type: 'reports.dim.type',
  format: 'reports.dim.format',
  role: 'reports.dim.role',
  level: 'reports.dim.level',
  faculty: 'reports.dim.faculty',
  partner: 'reports.dim.partner',
  country: 'reports.dim.country',
  programme: 'reports.dim.programme',
  status: 'reports.dim.status',
  kind: 'reports.dim.kind',
  scope: 'reports.dim.scope',
};
const dimensionName = (d: string) => (DIMENSION_WORDS[d] ? t(DIMENSION_WORDS[d]) : d);

const localName = (x: { name: string; names?: Record<string, string> | undefined }) => x.names?.[lang.value] ?? x.name;

/** A group's value as people say it: a partner's or faculty's name, a country's, a code's. */
function groupName(model: OfficeReports, dimension: string, code: string): string {
  if (dimension === 'partner') {
    const p = model.partners.value.get(code);
    return p ? localName(p) : code;
  }
  if (dimension === 'faculty') {
    const f = model.faculties.value.find((x) => x.id === code);
    return f ? localName(f) : code;
  }
  if (dimension === 'country') return /^[A-Z]{2}$/.test(code) ? region(code) : code;
  // The form's words for a direction explain it ("Outgoing (our person goes to the partner)"); a table heading says that already.
  if (dimension === 'direction' && (code === 'outgoing' || code === 'incoming')) return t(`reports.${code}`);
  return label(code);
}

const yearName = (year: number, c: ReportChoices) => (c.period === 'academic' ? `${year}/${year + 1}` : String(year));
const yearsName = (c: ReportChoices) => (c.from === c.to ? yearName(Number(c.from), c) : `${yearName(Number(c.from), c)}–${yearName(Number(c.to), c)}`);

/** What the table counts, in words: its caption. */
function captionOf(model: OfficeReports, c: ReportChoices): string {
  const by = c.by ? dimensionName(c.by) : '';
  const onDay = day(c.at || today(model.now()));
  const caption =
    c.count === 'mobilities'
      ? by
        ? t('reports.caption.mobilitiesBy', { by, years: yearsName(c) })
        : t('reports.caption.mobilities', { years: yearsName(c) })
      : c.view === 'signed'
        ? by
          ? t('reports.caption.signedBy', { by, years: yearsName(c) })
          : t('reports.caption.signed', { years: yearsName(c) })
        : c.view === 'expiring'
          ? t('reports.caption.expiring', { day: onDay })
          : c.view === 'ended'
            ? t('reports.caption.ended', { years: yearsName(c) })
          : by
            ? t('reports.caption.inForceBy', { by, day: onDay })
            : t('reports.caption.inForce', { day: onDay });
  const only = [...(c.faculty ? [groupName(model, 'faculty', c.faculty)] : []), ...rowFilters(c).map(([f, v]) => groupName(model, f, v))];
  return only.length ? t('reports.captionOnly', { caption, filters: list(only) }) : caption;
}

type SelectProps = { id: string; label: string; hint?: string; value: string; options: { value: string; text: string }[]; onChange: (value: string) => void; error?: string | undefined };

function SelectField({ id, label: caption, hint, value, options, onChange, error }: SelectProps) {
  return (
    <Field id={id} label={caption} hint={hint} error={error}>
      {(control) => (
        <select {...control} name={id} value={value} onChange={(e) => onChange(e.currentTarget.value)}>
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.text}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

function Radios<V extends string>({ name, legend, options, value, onChange }: { name: string; legend: string; options: { value: V; text: string }[]; value: V; onChange: (v: V) => void }) {
  return (
    <fieldset class="views">
      <legend>{legend}</legend>
      {options.map((o) => (
        <label class="choice" key={o.value}>
          <input type="radio" name={name} value={o.value} checked={value === o.value} onChange={() => onChange(o.value)} /> <span>{o.text}</span>
        </label>
      ))}
    </fieldset>
  );
}

function YearField({ id, value, hint, onChange, error }: { id: 'from' | 'to'; value: string; hint: string; onChange: (v: string) => void; error?: string | undefined }) {
  return (
    <Field id={id} label={t(id === 'from' ? 'reports.from' : 'reports.to')} hint={hint} error={error}>
      {(control) => <input {...control} type="text" name={id} inputMode="numeric" autocomplete="off" maxLength={4} value={value} onChange={(e) => onChange(e.currentTarget.value.trim())} />}
    </Field>
  );
}

function ChoicesForm({ model, errorOf }: { model: OfficeReports; errorOf: (field: string) => string | undefined }) {
  const c = model.choices.value;
  const countries = [...new Set([...model.partners.value.values()].map((p): string => p.country))].map((code) => ({ value: code, text: region(code) })).sort((a, b) => a.text.localeCompare(b.text, lang.value));
  if (c.country && !countries.some((x) => x.value === c.country)) countries.push({ value: c.country, text: region(c.country) });
  const faculties = model.faculties.value.map((f) => ({ value: f.id, text: localName(f) }));
  if (c.faculty && !faculties.some((x) => x.value === c.faculty)) faculties.push({ value: c.faculty, text: c.faculty });
  const yearHint = c.period === 'academic' ? t('reports.academicHint') : t('reports.yearHint');
  return (
    <form id="choices" class="card filters" role="search" aria-labelledby="choices-heading" noValidate onSubmit={(e) => e.preventDefault()}>
      <h2 id="choices-heading" class="visually-hidden">
        {t('reports.choices')}
      </h2>
      <Radios
        name="count"
        legend={t('reports.count')}
        value={c.count}
        onChange={(count) => model.choose({ count })}
        options={[
          { value: 'mobilities', text: t('reports.count.mobilities') },
          { value: 'agreements', text: t('reports.count.agreements') },
        ]}
      />
      {c.count === 'agreements' ? (
        <Radios
          name="view"
          legend={t('reports.view')}
          value={c.view}
          onChange={(view) => model.choose({ view })}
          options={AGREEMENT_VIEWS.map((v) => ({ value: v, text: t(`reports.view.${v}`) }))}
        />
      ) : null}
      {countsYears(c) ? (
        <div class="row report-years">
          <SelectField
            id="period"
            label={t('reports.period')}
            value={c.period}
            error={errorOf('period')}
            onChange={(period) => model.choose({ period: period === 'calendar' ? 'calendar' : 'academic' })}
            options={[
              { value: 'academic', text: t('reports.period.academic') },
              { value: 'calendar', text: t('reports.period.calendar') },
            ]}
          />
          <div class="row">
            <YearField id="from" value={c.from} hint={yearHint} error={errorOf('from')} onChange={(from) => model.choose({ from })} />
            <YearField id="to" value={c.to} hint={t('reports.yearHint')} error={errorOf('to')} onChange={(to) => model.choose({ to })} />
          </div>
        </div>
      ) : (
        <Field id="at" label={t('reports.at')} hint={t('reports.atHint')} error={errorOf('at')}>
          {(control) => <input {...control} type="date" name="at" value={c.at} onChange={(e) => model.choose({ at: e.currentTarget.value })} />}
        </Field>
      )}
      <div class="row">
        {groupings(c).length ? (
          <SelectField
            id="by"
            label={t('reports.by')}
            value={c.by}
            error={errorOf('by')}
            onChange={(by) => model.choose({ by })}
            options={[{ value: '', text: countsYears(c) ? t('reports.by.none') : t('reports.by.noneDay') }, ...groupings(c).map((d) => ({ value: d, text: dimensionName(d) }))]}
          />
        ) : null}
        <SelectField
          id="faculty"
          label={t('reports.faculty')}
          value={c.faculty}
          error={errorOf('faculty')}
          onChange={(faculty) => model.choose({ faculty })}
          options={[{ value: '', text: t('reports.anyFaculty') }, ...faculties]}
        />
      </div>
      {c.count === 'mobilities' ? (
        <fieldset>
          <legend>{t('reports.filters')}</legend>
          <div class="row">
            <SelectField
              id="direction"
              label={t('reports.dim.direction')}
              value={c.direction}
              onChange={(direction) => model.choose({ direction })}
              options={[{ value: '', text: t('reports.anyDirection') }, ...DIRECTIONS.map((d) => ({ value: d, text: groupName(model, 'direction', d) }))]}
            />
            <SelectField
              id="type"
              label={t('reports.dim.type')}
              value={c.type}
              onChange={(type) => model.choose({ type })}
              options={[{ value: '', text: t('reports.anyType') }, ...MOBILITY_TYPES.map((d) => ({ value: d, text: label(d) }))]}
            />
            <SelectField id="country" label={t('reports.dim.country')} value={c.country} onChange={(country) => model.choose({ country })} options={[{ value: '', text: t('reports.anyCountry') }, ...countries]} />
            <SelectField
              id="status"
              label={t('reports.status')}
              hint={t('reports.statusHint')}
              value={c.status}
              onChange={(status) => model.choose({ status: status === 'all' ? 'all' : 'counted' })}
              options={[
                { value: 'counted', text: t('reports.status.counted') },
                { value: 'all', text: t('reports.status.all') },
              ]}
            />
          </div>
        </fieldset>
      ) : null}
    </form>
  );
}

/** The chart and the table of one answer. */
function Figures({ model, c, table, months }: { model: OfficeReports; c: ReportChoices; table: Table; months: boolean }) {
  const kind = c.count === 'mobilities' ? 'mobilities' : 'agreements';
  const single = new Set(table.rows.map((r) => r.year)).size === 1;
  const rows: TableRow[] = table.rows.map((r) => {
    const href = listLink(c, r);
    return {
      key: `${r.year ?? ''}|${r.group ?? ''}`,
      ...(r.year !== undefined ? { year: r.year } : {}),
      ...(r.group !== undefined ? { group: groupName(model, c.by, r.group) } : !r.year ? { group: t('reports.all') } : {}),
      count: r.count,
      ...(r.months !== undefined ? { months: r.months } : {}),
      ...(href ? { href } : {}),
    };
  });
  const linked = rows.some((r) => r.href);
  const summary = months ? t('reports.summary.mobilities', { count: number(table.total.count), months: number(table.total.months ?? 0) }) : t('reports.summary.agreements', { count: number(table.total.count) });
  return (
    <>
      <p id="summary" class="muted" role="status">
        {summary}
      </p>
      {!table.rows.length ? (
        <p id="empty" class="message">
          {t(`reports.empty.${kind}`)}
        </p>
      ) : (
        <>
          <BarChart
            bars={rows.map((r) => ({
              key: r.key,
              label: [single && r.group ? undefined : r.year, r.group].filter(Boolean).join(' · '),
              value: r.count,
              valueText: number(r.count),
            }))}
          />
          <ReportTable
            id="report-table"
            caption={captionOf(model, c)}
            headings={{
              ...(rows.some((r) => r.year) ? { year: t('reports.year') } : {}),
              ...(rows.some((r) => r.group) ? { group: c.by ? dimensionName(c.by) : t(`reports.${kind}`) } : {}),
              count: t(`reports.${kind}`),
              ...(months ? { months: t('reports.months') } : {}),
            }}
            rows={rows}
            total={{ label: t('reports.total'), count: table.total.count, ...(months ? { months: table.total.months ?? 0 } : {}) }}
          />
          {c.count === 'agreements' && c.by === 'scope' ? <p class="muted">{t('reports.scopeNote')}</p> : null}
          {linked ? <p class="muted">{t('reports.linksNote')}</p> : c.count === 'mobilities' ? <p class="muted">{t('reports.linksNone')}</p> : null}
          {inForceListLink(c) ? (
            <p>
              <a id="open-in-force" href={inForceListLink(c)}>
                {t('reports.openInForce', { day: day(c.at || today(model.now())) })}
              </a>
            </p>
          ) : null}
        </>
      )}
    </>
  );
}

/** The agreements the expiring or the ended view lists: the days left, or the days since. */
function AgreementList({ model, c, answer }: { model: OfficeReports; c: ReportChoices; answer: AgreementAnswer }) {
  const agreements = answer.agreements ?? [];
  const registry = expiringListLink(c, model.now());
  const ended = c.view === 'ended';
  return (
    <>
      <p id="summary" class="muted" role="status">
        {t('reports.summary.agreements', { count: number(answer.total) })}
      </p>
      {!agreements.length ? (
        <p id="empty" class="message">
          {t('reports.empty.agreements')}
        </p>
      ) : (
        <div class="table-scroll" role="region" aria-labelledby="report-table-caption" tabIndex={0}>
          <table id="report-table" class="registry report-table">
            <caption id="report-table-caption">{captionOf(model, c)}</caption>
            <thead>
              <tr>
                <th scope="col">{t('reports.reference')}</th>
                <th scope="col">{t('reports.dim.partner')}</th>
                <th scope="col">{t('reports.dim.country')}</th>
                <th scope="col">{t(ended ? 'reports.ended' : 'reports.ends')}</th>
                <th scope="col" class="num">
                  {t(ended ? 'reports.daysSince' : 'reports.daysLeft')}
                </th>
              </tr>
            </thead>
            <tbody>
              {agreements.map((a) => (
                <tr key={a.id}>
                  <th scope="row" class="nowrap">
                    <a href={agreementLink(a.id)}>{a.reference}</a>
                  </th>
                  <td>{groupName(model, 'partner', a.partner)}</td>
                  <td>{region(a.country)}</td>
                  <td class="nowrap">{day(a.endsOn)}</td>
                  <td class="num">{number(ended ? -a.daysLeft : a.daysLeft)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {registry && agreements.length ? (
        <p>
          <a href={registry}>{t('reports.openExpiring')}</a>
        </p>
      ) : null}
    </>
  );
}

function Downloads({ c }: { c: ReportChoices }) {
  return (
    <section class="report-downloads" aria-labelledby="downloads-heading">
      <h2 id="downloads-heading">{t('reports.download')}</h2>
      <p class="console-links">
        <a id="download-csv" class="button secondary" href={exportHref(c, 'csv')} download>
          {t('reports.csv')}
        </a>
        <a id="download-xlsx" class="button secondary" href={exportHref(c, 'xlsx')} download>
          {t('reports.xlsx')}
        </a>
      </p>
      {rowFilters(c).length ? <p class="muted">{t('reports.downloadFiltered')}</p> : null}
    </section>
  );
}

function Results({ model }: { model: OfficeReports }) {
  const r = model.result.value;
  if (r.state === 'loading') return <p class="muted">{t('common.loading')}</p>;
  if (r.state === 'invalid' || r.state === 'failed') return null;
  const c = r.choices;
  return (
    <div id="results">
      {r.state === 'mobilities' ? (
        <Figures model={model} c={c} table={mobilityTable(r.answer, c)} months />
      ) : listsAgreements(c) ? (
        <AgreementList model={model} c={c} answer={r.answer} />
      ) : (
        <Figures model={model} c={c} table={agreementTable(r.answer, c)} months={false} />
      )}
      <Downloads c={c} />
    </div>
  );
}

function ReportsView({ model }: { model: OfficeReports }) {
  useTitle(t('reports.title'));
  useEffect(() => {
    model.start();
    const back = () => model.restore(location.search);
    addEventListener('popstate', back);
    return () => removeEventListener('popstate', back);
  }, [model]);
  const r = model.result.value;
  const errors: SummaryError[] = r.state === 'invalid' ? r.errors.map((e) => ({ ...(e.field ? { field: e.field } : {}), text: e.text() })) : [];
  const errorOf = (field: string) => errors.find((e) => e.field === field)?.text;
  return (
    <>
      <h1 id="title">{t('reports.title')}</h1>
      <p>
        <a href="/office/reports/annual">{t('reports.annualLink')}</a>
      </p>
      <ChoicesForm model={model} errorOf={errorOf} />
      <ErrorSummary title={t('reports.fix')} errors={errors} />
      <MessageBox id="message" message={r.state === 'failed' ? r.message : undefined} />
      <Results model={model} />
    </>
  );
}

export function OfficeReportsPage({ model, access }: { model: OfficeReports; access?: ConsoleAccess }) {
  return (
    <ConsoleFrame current="reports" title={t('reports.title')} {...(access ? { access } : {})}>
      {() => <ReportsView model={model} />}
    </ConsoleFrame>
  );
}
