/**
 * The annual report for the rector (its entry is pages/office-annual.tsx), at
 * `/office/reports/annual?year=YYYY`: one calendar year's figures, partners by country, new and
 * ended agreements and mobility by faculty, each a captioned table (two also drawn as bar charts),
 * in the reader's language. A document meant for paper: the print stylesheet (style.css,
 * `body.annual`) keeps only the report; the year's form, the print button, the downloads and the
 * page's header are for the screen.
 *
 * `annualReport()` owns the state and what changes it; `AnnualPage` renders it. The year lives in
 * the address (`?year=`), so a report can be bookmarked or sent on, and Back returns to the last.
 * The university's name (GET /university, from the directory file) heads the report above its title;
 * "Of note" opens it, comparing the year with the one before. The whole report downloads as one
 * workbook, a sheet per table, in the words of the page (POST /exports/workbook).
 */
import { signal } from '@preact/signals';
import type { ComponentChildren } from 'preact';
import { useEffect, useLayoutEffect, useRef } from 'preact/hooks';
import { api, apiFile, saveFile, type ApiRefusalBody } from '../api';
import type { Faculty, Partner } from '../api-types';
import type { University } from '../../../shared/schemas/directory';
import type { WorkbookRequest } from '../../../shared/schemas/reports';
import type { ActivityCount, ActivityStatistics } from '../../../shared/reports/activities';
import {
  exportAddress,
  facultyLines,
  FIRST_YEAR,
  LAST_YEAR,
  lastCompleteYear,
  mobilityLines,
  notableItems,
  notableQueries,
  nothingRecorded,
  parseYear,
  partnersByCountry,
  reportQueries,
  signedLines,
  type AnnualAnswers,
  type MobilityLine,
  type Notable,
  type ReportTable,
} from '../annual-report';
import { BarChart, type Bar } from '../components/bar-chart';
import { SubmitButton } from '../components/buttons';
import { Field } from '../components/field';
import { MessageBox, type Message } from '../components/message-box';
import { ConsoleFrame, type ConsoleAccess } from '../components/console-frame';
import { useTitle } from '../components/page';
import { day, number, region } from '../format';
import { label, lang, t, type MessageKey } from '../i18n/live';

type Text = () => string;
/** Where the year is kept: the address's query, read and written (a stub in the component tests). */
export type Address = { search(): string; push(search: string): void; onBack(listener: () => void): void };

const browserAddress: Address = {
  search: () => location.search,
  push: (search) => history.pushState(history.state, '', `${location.pathname}${search}`),
  onBack: (listener) => addEventListener('popstate', listener),
};

/** Names of the registry's partners and faculties, by id, for the tables (facts name them by id); the university's, for the heading. */
type Names = { partners: Map<string, Partner>; faculties: Map<string, Faculty>; university?: University };

const failure = (answer: { ok: false; status: number; data: ApiRefusalBody }): Text => () =>
  `${t('annual.loadFailed', { status: String(answer.status) })}${answer.data.requestId ? ` ${t('common.requestId', { id: answer.data.requestId })}` : ''}`;

/** The annual report's state and what changes it. `now` is the clock (the default year is the last one over). */
export function annualReport({ address = browserAddress, now = () => new Date() }: { address?: Address; now?: () => Date } = {}) {
  const yearText = signal('');
  const yearError = signal<Text | undefined>(undefined);
  /** The year the figures shown are for. */
  const year = signal<number | undefined>(undefined);
  const answers = signal<AnnualAnswers | undefined>(undefined);
  /** The year's international activities; undefined when they could not be read (the report stands without them). */
  const activities = signal<ActivityStatistics | undefined>(undefined);
  const names = signal<Names>({ partners: new Map(), faculties: new Map() });
  /** What stands out in the year; undefined when its comparisons could not be read (the report stands without it). */
  const notable = signal<Notable[] | undefined>(undefined);
  const message = signal<Message | undefined>(undefined);
  const saving = signal(false);
  const workbookMessage = signal<Message | undefined>(undefined);
  const busy = signal(false);
  /** Asks the focus onto the heading (a new object each time): after a year is shown by a person's action. */
  const focusTitle = signal<object | undefined>(undefined);
  let namesRead = false;

  async function readNames(): Promise<void> {
    if (namesRead) return;
    const [partners, faculties, university] = await Promise.all([api('GET /partners'), api('GET /faculties'), api('GET /university')]);
    // Without names the tables still read, by the registry's ids, and the heading without the
    // university's (a table loaded before it was kept has none): not a reason to fail the report.
    names.value = {
      partners: new Map(partners.ok ? partners.data.map((p) => [p.id, p]) : []),
      faculties: new Map(faculties.ok ? faculties.data.map((f) => [f.id, f]) : []),
      ...(university.ok ? { university: university.data } : {}),
    };
    namesRead = partners.ok && faculties.ok;
  }

  async function load(asked: number, byPerson: boolean): Promise<void> {
    busy.value = true;
    message.value = { text: () => t('common.loading') };
    const q = reportQueries(asked);
    const n = notableQueries(asked);
    try {
      const [yearly, partners, signed, ended, faculties, previous, atStart, byPartner, counted] = await Promise.all([
        api('GET /reports/yearly', { query: q.yearly }),
        api('GET /reports/agreements', { query: q.partners }),
        api('GET /reports/agreements', { query: q.signed }),
        api('GET /reports/agreements', { query: q.ended }),
        api('GET /reports/mobilities', { query: q.faculties }),
        api('GET /reports/yearly', { query: n.previous }),
        api('GET /reports/agreements', { query: n.atStart }),
        api('GET /reports/mobilities', { query: n.byPartner }),
        api('GET /reports/activities', { query: { years: String(asked) } }),
        readNames(),
      ]);
      if (!yearly.ok || !partners.ok || !signed.ok || !ended.ok || !faculties.ok) {
        const refused = [yearly, partners, signed, ended, faculties].find((answer) => !answer.ok);
        answers.value = undefined;
        message.value = { text: refused && !refused.ok ? failure(refused) : () => t('common.offlineReload'), tone: 'error', focus: true };
        return;
      }
      year.value = asked;
      answers.value = { yearly: yearly.data, partners: partners.data, signed: signed.data, ended: ended.data, faculties: faculties.data };
      activities.value = counted.ok ? counted.data : undefined;
      notable.value = previous.ok && atStart.ok && byPartner.ok ? notableItems(answers.value, { previous: previous.data, atStart: atStart.data, byPartner: byPartner.data }) : undefined;
      workbookMessage.value = undefined;
      message.value = undefined;
      if (byPerson) focusTitle.value = {};
    } catch {
      answers.value = undefined;
      message.value = { text: () => t('common.offlineReload'), tone: 'error', focus: true };
    } finally {
      busy.value = false;
    }
  }

  /** The year the address asks for (the last complete one when it names none); a bad one is said on the field. */
  function fromAddress(): Promise<void> {
    const asked = new URLSearchParams(address.search()).get('year');
    const parsed = asked === null ? { year: lastCompleteYear(now()) } : parseYear(asked);
    yearText.value = asked ?? String(lastCompleteYear(now()));
    if ('error' in parsed) {
      yearError.value = parsed.error === 'empty' ? () => t('annual.yearEmpty') : () => t('annual.yearInvalid', { from: String(FIRST_YEAR), to: String(LAST_YEAR) });
      answers.value = undefined;
      return Promise.resolve();
    }
    yearError.value = undefined;
    return load(parsed.year, false);
  }

  let started = false;
  /** The year in the address, once the console's frame has found the office signed in (once: a re-render asks nothing again). */
  async function start(): Promise<void> {
    if (started) return;
    started = true;
    address.onBack(() => void fromAddress());
    await fromAddress();
  }

  /** The year's form: a year typed is checked here, kept in the address, and its report shown. */
  async function show(): Promise<void> {
    if (busy.value) return;
    const parsed = parseYear(yearText.value);
    if ('error' in parsed) {
      yearError.value = parsed.error === 'empty' ? () => t('annual.yearEmpty') : () => t('annual.yearInvalid', { from: String(FIRST_YEAR), to: String(LAST_YEAR) });
      return;
    }
    yearError.value = undefined;
    yearText.value = String(parsed.year);
    address.push(`?year=${parsed.year}`);
    await load(parsed.year, true);
  }

  /** The report shown, as one workbook in the reader's words, saved by the browser under the report's name. */
  async function saveWorkbook(): Promise<void> {
    const a = answers.value;
    if (saving.value || !a || year.value === undefined) return;
    saving.value = true;
    workbookMessage.value = { text: () => t('common.loading') };
    try {
      const body = workbookOf(a, year.value, names.value, notable.value, activities.value);
      const answer = await apiFile('POST /exports/workbook', { body });
      if (!answer.ok) {
        workbookMessage.value = { text: () => `${t('annual.workbookFailed', { status: String(answer.status) })}${answer.data.requestId ? ` ${t('common.requestId', { id: answer.data.requestId })}` : ''}`, tone: 'error' };
        return;
      }
      saveFile(answer.file, `${body.name}.xlsx`);
      workbookMessage.value = undefined;
    } catch {
      workbookMessage.value = { text: () => t('common.offlineReload'), tone: 'error' };
    } finally {
      saving.value = false;
    }
  }

  return { yearText, yearError, year, answers, activities, names, notable, message, busy, focusTitle, saving, workbookMessage, start, show, saveWorkbook, now };
}

export type AnnualReport = ReturnType<typeof annualReport>;

// ---- the view ------------------------------------------------------------------------------

/** In the reader's alphabet: the tables list countries, partners and faculties in the order their names take. */
const byName = <T,>(rows: T[], name: (row: T) => string): T[] => [...rows].sort((a, b) => name(a).localeCompare(name(b), lang.value));

const partnerName = (names: Names, id: string) => {
  const p = names.partners.get(id);
  return p ? (p.names?.[lang.value] ?? p.name) : id;
};
const facultyName = (names: Names, id: string) => {
  if (!id) return t('annual.noFaculty');
  const f = names.faculties.get(id);
  return f ? (f.names?.[lang.value] ?? f.name) : id;
};
const countryName = (code: string) => (code ? region(code) : t('annual.unknownCountry'));
const WHO = { students: 'annual.students', staffTeaching: 'annual.staffTeaching', staffTraining: 'annual.staffTraining', total: 'annual.total' } as const;

/** A table's title and its download, the heading kept with its table in print. */
function Section({ id, heading, children }: { id: string; heading: string; children: ComponentChildren }) {
  return (
    <section class="report-section" aria-labelledby={`${id}-heading`} id={id}>
      <h2 id={`${id}-heading`}>{heading}</h2>
      {children}
    </section>
  );
}

/** A row of a report's table: its first cell names it (a row header); numbers are shown in the reader's way. */
type Row = { key: string; cells: (string | number)[]; total?: boolean };
/** A table of the report as data: shown on the page by ReportTableView, and sent as a sheet of the workbook. */
type Table = { id: string; sheet: string; caption: string; head: string[]; rows: Row[] };

/** A table of the report: its caption says what it counts; `short` ones are never split across pages. */
function ReportTableView({ table: { id, caption, head, rows }, short = rows.length <= 15 }: { table: Table; short?: boolean }) {
  return (
    <div class="table-scroll report-table">
      <table class={short ? 'registry report keep' : 'registry report'} id={id}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            {head.map((h, i) => (
              <th scope="col" class={typeof rows[0]?.cells[i] === 'number' ? 'num' : undefined} key={h}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key} class={r.total ? 'total' : undefined}>
              <th scope="row">{r.cells[0]}</th>
              {r.cells.slice(1).map((c, i) => (
                <td class={typeof c === 'number' ? 'num' : undefined} key={i}>
                  {typeof c === 'number' ? number(c) : c}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

// ---- the tables, as data (each undefined when it would be empty) ------------------------------

const who = (l: MobilityLine) => t(WHO[l.who]);

const agreementsTable = (a: AnnualAnswers, year: string): Table => ({
  id: 'agreements-table',
  sheet: t('annual.sheetMemoranda'),
  caption: t('annual.agreementsCaption', { year }),
  head: [t('annual.figure'), t('annual.number')],
  rows: [
    { key: 'signed', cells: [t('annual.signed'), a.yearly.memoranda.signed] },
    { key: 'in-force', cells: [t('annual.inForce', { date: day(`${year}-12-31`) }), a.yearly.memoranda.inForceAtEnd] },
    { key: 'countries', cells: [t('annual.countries'), a.yearly.countries.length] },
  ],
});

const mobilityTable = (a: AnnualAnswers, year: string): Table => ({
  id: 'mobility-table',
  sheet: t('annual.sheetMobility'),
  caption: t('annual.mobilityCaption', { year }),
  head: [t('annual.who'), t('annual.outgoing'), t('annual.incoming'), t('annual.total')],
  rows: mobilityLines(a.yearly).map((l) => ({ key: l.who, cells: [who(l), l.outgoing, l.incoming, l.outgoing + l.incoming], total: l.who === 'total' })),
});

const programmeTable = (a: AnnualAnswers, year: string): Table | undefined =>
  a.yearly.byProgramme.length
    ? {
        id: 'programme-table',
        sheet: t('annual.sheetProgrammes'),
        caption: t('annual.programmeCaption', { year }),
        head: [t('content.programme'), t('annual.studentsOut'), t('annual.studentsIn'), t('annual.staffOut'), t('annual.staffIn')],
        rows: byName(a.yearly.byProgramme, (p) => label(p.programme)).map((p) => ({ key: p.programme, cells: [label(p.programme), p.students.outgoing, p.students.incoming, p.staff.outgoing, p.staff.incoming] })),
      }
    : undefined;

const countryLines = (a: AnnualAnswers) => byName(partnersByCountry(a.partners), (l) => countryName(l.country));

function partnersTable(a: AnnualAnswers, year: string, names: Names): Table | undefined {
  const lines = countryLines(a);
  return lines.length
    ? {
        id: 'partners-table',
        sheet: t('annual.partners'),
        caption: t('annual.partnersCaption', { date: day(`${year}-12-31`) }),
        head: [t('annual.country'), t('annual.partnerUniversities'), t('annual.agreementsInForce')],
        rows: lines.map((l) => ({ key: l.country, cells: [countryName(l.country), l.partners.map((p) => partnerName(names, p)).sort((x, y) => x.localeCompare(y, lang.value)).join('; '), l.agreements] })),
      }
    : undefined;
}

function newTable(a: AnnualAnswers, year: string, names: Names): Table | undefined {
  const lines = byName(signedLines(a.signed), (l) => partnerName(names, l.partner));
  return lines.length
    ? {
        id: 'new-table',
        sheet: t('annual.newAgreements'),
        caption: t('annual.newCaption', { year }),
        head: [t('content.partner'), t('annual.country'), t('content.kind'), t('annual.agreements')],
        rows: lines.map((l) => ({ key: `${l.partner} ${l.kind}`, cells: [partnerName(names, l.partner), countryName(l.country), label(l.kind), l.count] })),
      }
    : undefined;
}

function endedTable(a: AnnualAnswers, year: string, names: Names): Table | undefined {
  const ended = a.ended.agreements ?? [];
  return ended.length
    ? {
        id: 'ended-table',
        sheet: t('annual.ended'),
        caption: t('annual.endedCaption', { year }),
        head: [t('annual.reference'), t('content.partner'), t('annual.country'), t('content.kind'), t('annual.endedOn')],
        rows: ended.map((e) => ({ key: e.id, cells: [e.reference, partnerName(names, e.partner), countryName(e.country), label(e.kind), day(e.endsOn)] })),
      }
    : undefined;
}

const facultyRows = (a: AnnualAnswers, names: Names) => byName(facultyLines(a.faculties), (l) => facultyName(names, l.faculty));

function facultyTable(a: AnnualAnswers, year: string, names: Names): Table | undefined {
  const lines = facultyRows(a, names);
  return lines.length
    ? {
        id: 'faculty-table',
        sheet: t('annual.byFaculty'),
        caption: t('annual.facultyCaption', { year }),
        head: [t('annual.faculty'), t('annual.outgoing'), t('annual.incoming'), t('annual.total'), t('annual.personMonths')],
        rows: [
          ...lines.map((l) => ({ key: l.faculty, cells: [facultyName(names, l.faculty), l.outgoing, l.incoming, l.outgoing + l.incoming, l.months] })),
          { key: 'total', total: true, cells: [t('annual.total'), lines.reduce((s, l) => s + l.outgoing, 0), lines.reduce((s, l) => s + l.incoming, 0), a.faculties.total.count, a.faculties.total.months] },
        ],
      }
    : undefined;
}

const COMPARED = { signed: 'annual.signed', studentsOut: 'annual.studentsOut', studentsIn: 'annual.studentsIn', staffOut: 'annual.staffOut', staffIn: 'annual.staffIn' } as const;

/** A notable item in the reader's words. */
function notableText(item: Notable, year: number, names: Names): string {
  switch (item.kind) {
    case 'change':
      return t('annual.noteChange', { figure: t(COMPARED[item.figure]), now: number(item.now), before: number(item.before), previousYear: String(year - 1) });
    case 'newCountries':
      return t('annual.noteNewCountries', { countries: item.countries.map(countryName).sort((x, y) => x.localeCompare(y, lang.value)).join(', ') });
    case 'topFaculty':
      return t('annual.noteTopFaculty', { faculty: facultyName(names, item.faculty), count: number(item.count) });
    case 'topPartner':
      return t('annual.noteTopPartner', { partner: partnerName(names, item.partner), count: number(item.count) });
  }
}

// ---- the international activities (GET /reports/activities: one calendar year) ---------------

const activityKindWord = (kind: string) => t(`activities.kind.${kind}` as MessageKey);
const activityFormatWord = (format: string) => t(`activities.format.${format}` as MessageKey);

/** One table of the activities counted one way: each line's name, the activities, who came and who went. */
function activityTable(id: string, sheet: string, caption: string, first: string, lines: ActivityCount[], name: (key: string) => string): Table | undefined {
  return lines.length
    ? { id, sheet, caption, head: [first, t('annual.activityCount'), t('annual.cameIn'), t('annual.wentOut')], rows: byName(lines, (l) => name(l.key)).map((l) => ({ key: l.key, cells: [name(l.key), l.activities, l.incoming, l.outgoing] })) }
    : undefined;
}

function activityTables(s: ActivityStatistics | undefined, year: string, names: Names): Table[] {
  if (!s?.total) return [];
  return [
    activityTable('activities-kind-table', t('annual.sheetActivities'), t('annual.activitiesByKind', { year }), t('annual.activityKind'), s.byKind, activityKindWord),
    activityTable('activities-faculty-table', t('annual.sheetActivitiesFaculty'), t('annual.activitiesByFaculty', { year }), t('annual.faculty'), s.byFaculty, (id) => facultyName(names, id)),
    activityTable('activities-format-table', t('annual.sheetActivitiesFormat'), t('annual.activitiesByFormat', { year }), t('annual.activityFormat'), s.byFormat, activityFormatWord),
    activityTable('activities-country-table', t('annual.sheetActivitiesCountry'), t('annual.activitiesByCountry', { year }), t('annual.country'), s.byCountry, countryName),
  ].filter((table): table is Table => table !== undefined);
}

function Activities({ s, year, names }: { s: ActivityStatistics | undefined; year: string; names: Names }) {
  // Not read (a refusal, a network failure): the rest of the report stands without this section.
  if (!s) return null;
  return (
    <Section id="activities" heading={t('annual.activities')}>
      {s.total ? (
        <>
          <p class="report-note">{t('annual.activitiesTotal', { n: number(s.total), year })}</p>
          {activityTables(s, year, names).map((table) => (
            <ReportTableView key={table.id} table={table} />
          ))}
          <BarChart
            caption={{ id: 'activities-chart', title: t('annual.activitiesChart', { year }) }}
            bars={byName(s.byKind, (l) => activityKindWord(l.key)).map((l) => ({ key: l.key, label: activityKindWord(l.key), value: l.activities, valueText: number(l.activities) }))}
          />
        </>
      ) : (
        <p class="report-note">{t('annual.noActivities', { year })}</p>
      )}
    </Section>
  );
}

/** Every table the report shows for the year, in its order (the notable items first), as the workbook's sheets. */
function workbookOf(a: AnnualAnswers, year: number, names: Names, notable: Notable[] | undefined, activities?: ActivityStatistics): WorkbookRequest {
  const y = String(year);
  const tables = [agreementsTable(a, y), mobilityTable(a, y), programmeTable(a, y), partnersTable(a, y, names), newTable(a, y, names), endedTable(a, y, names), facultyTable(a, y, names), ...activityTables(activities, y, names)];
  const sheets = tables.filter((table): table is Table => table !== undefined).map((table) => ({ name: table.sheet, columns: table.head, rows: table.rows.map((r) => r.cells) }));
  const notes = notable?.length ? [{ name: t('annual.notable'), columns: [t('annual.notable')], rows: notable.map((item) => [notableText(item, year, names)]) }] : [];
  return { name: t('annual.workbookName', { year: y }), sheets: [...notes, ...sheets] };
}

// ---- the sections ----------------------------------------------------------------------------

function Notables({ items, year, names }: { items: Notable[]; year: number; names: Names }) {
  return (
    <Section id="notable" heading={t('annual.notable')}>
      <ul class="report-notable">
        {items.map((item, i) => (
          <li key={i}>{notableText(item, year, names)}</li>
        ))}
      </ul>
    </Section>
  );
}

function Figures({ a, year }: { a: AnnualAnswers; year: string }) {
  const f = a.yearly;
  const lines = mobilityLines(f);
  const bars: Bar[] = lines
    .filter((l) => l.who !== 'total')
    .flatMap((l) => [
      { key: `${l.who}-out`, label: t('annual.barOut', { who: who(l) }), value: l.outgoing, valueText: number(l.outgoing) },
      { key: `${l.who}-in`, label: t('annual.barIn', { who: who(l) }), value: l.incoming, valueText: number(l.incoming) },
    ]);
  const moved = lines.at(-1)!;
  const programmes = programmeTable(a, year);
  return (
    <Section id="figures" heading={t('annual.figures')}>
      <ReportTableView table={agreementsTable(a, year)} />
      {f.countries.length ? <p class="report-note">{f.countries.map(countryName).sort((x, y) => x.localeCompare(y, lang.value)).join(', ')}</p> : null}
      <ReportTableView table={mobilityTable(a, year)} />
      {moved.outgoing + moved.incoming > 0 ? <BarChart caption={{ id: 'mobility-chart', title: t('annual.mobilityChart', { year }) }} bars={bars} /> : null}
      {programmes ? <ReportTableView table={programmes} /> : <p class="report-note">{t('annual.nobodyMoved', { year })}</p>}
    </Section>
  );
}

function Partners({ a, year, names }: { a: AnnualAnswers; year: string; names: Names }) {
  const date = day(`${year}-12-31`);
  const table = partnersTable(a, year, names);
  return (
    <Section id="partners" heading={t('annual.partners')}>
      {table ? (
        <>
          <ReportTableView table={table} />
          <BarChart caption={{ id: 'partners-chart', title: t('annual.partnersChart', { date }) }} bars={countryLines(a).map((l) => ({ key: l.country, label: countryName(l.country), value: l.agreements, valueText: number(l.agreements) }))} />
        </>
      ) : (
        <p class="report-note">{t('annual.noPartners', { date })}</p>
      )}
    </Section>
  );
}

function NewAgreements({ a, year, names }: { a: AnnualAnswers; year: string; names: Names }) {
  const table = newTable(a, year, names);
  return (
    <Section id="new" heading={t('annual.newAgreements')}>
      {table ? <ReportTableView table={table} /> : <p class="report-note">{t('annual.noneSigned', { year })}</p>}
    </Section>
  );
}

function EndedAgreements({ a, year, names }: { a: AnnualAnswers; year: string; names: Names }) {
  const table = endedTable(a, year, names);
  return (
    <Section id="ended" heading={t('annual.ended')}>
      {table ? <ReportTableView table={table} /> : <p class="report-note">{t('annual.noneEnded', { year })}</p>}
    </Section>
  );
}

function Faculties({ a, year, names }: { a: AnnualAnswers; year: string; names: Names }) {
  const table = facultyTable(a, year, names);
  return (
    <Section id="faculties" heading={t('annual.byFaculty')}>
      {table ? (
        <>
          <ReportTableView table={table} />
          <BarChart caption={{ id: 'faculty-chart', title: t('annual.facultyChart', { year }) }} bars={facultyRows(a, names).map((l) => ({ key: l.faculty, label: facultyName(names, l.faculty), value: l.outgoing + l.incoming, valueText: number(l.outgoing + l.incoming) }))} />
        </>
      ) : (
        <p class="report-note">{t('annual.nobodyMoved', { year })}</p>
      )}
    </Section>
  );
}

const DOWNLOADS: { table: ReportTable; name: () => string }[] = [
  { table: 'yearly', name: () => t('annual.figures') },
  { table: 'partners', name: () => t('annual.partners') },
  { table: 'signed', name: () => t('annual.newAgreements') },
  { table: 'ended', name: () => t('annual.ended') },
  { table: 'faculties', name: () => t('annual.byFaculty') },
];

/** The year's form, the print button and the workbooks: on screen only. */
function Controls({ model }: { model: AnnualReport }) {
  const shown = model.year.value;
  return (
    <div class="report-controls no-print">
      <form
        id="year-form"
        class="year-form"
        role="search"
        aria-label={t('annual.chooseYear')}
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void model.show();
        }}
      >
        <Field id="year" label={t('annual.year')} hint={t('annual.yearHint', { example: String(lastCompleteYear(model.now())) })} error={model.yearError.value?.()} describedBy="year-hint">
          {(control) => (
            <input
              {...control}
              type="text"
              name="year"
              inputMode="numeric"
              autocomplete="off"
              maxLength={4}
              value={model.yearText.value}
              onInput={(event) => (model.yearText.value = event.currentTarget.value)}
            />
          )}
        </Field>
        <SubmitButton busy={model.busy.value}>{t('annual.show')}</SubmitButton>
      </form>
      {shown !== undefined && model.answers.value ? (
        <div class="report-actions">
          <button type="button" id="print-button" onClick={() => window.print()}>
            {t('annual.print')}
          </button>
          <section class="downloads" aria-labelledby="downloads-heading">
            <h2 id="downloads-heading">{t('annual.downloads')}</h2>
            <p>
              <button type="button" id="workbook-button" class="secondary" disabled={model.saving.value} aria-describedby="workbook-hint" onClick={() => void model.saveWorkbook()}>
                {t('annual.workbook')}
              </button>
            </p>
            <p class="hint" id="workbook-hint">
              {t('annual.workbookNote')}
            </p>
            <MessageBox id="workbook-message" message={model.workbookMessage.value} focusable={false} />
            <p class="hint">{t('annual.tablesAlone')}</p>
            <ul class="plain">
              {DOWNLOADS.map((d) => (
                <li key={d.table}>
                  <a href={exportAddress(d.table, shown)} download>
                    {t('annual.download', { table: d.name() })}
                  </a>
                </li>
              ))}
            </ul>
          </section>
        </div>
      ) : null}
    </div>
  );
}

function Report({ model, a, year }: { model: AnnualReport; a: AnnualAnswers; year: number }) {
  const y = String(year);
  const names = model.names.value;
  const notable = model.notable.value;
  const today = model.now();
  const isoToday = today.toISOString().slice(0, 10);
  // A year of activities only (a conference, no exchange) is still a report.
  if (nothingRecorded(a) && !model.activities.value?.total) {
    return (
      <p id="nothing" class="message warn">
        {t('annual.nothing', { year: y })}
      </p>
    );
  }
  return (
    <div id="report" class="report">
      <p class="report-note muted">
        {t('annual.prepared', { date: day(isoToday) })}
        {year >= today.getUTCFullYear() ? ` ${t('annual.soFar')}` : ''}
      </p>
      {notable?.length ? <Notables items={notable} year={year} names={names} /> : null}
      <Figures a={a} year={y} />
      <Partners a={a} year={y} names={names} />
      <NewAgreements a={a} year={y} names={names} />
      <EndedAgreements a={a} year={y} names={names} />
      <Faculties a={a} year={y} names={names} />
      <Activities s={model.activities.value} year={y} names={names} />
    </div>
  );
}

/** The report, for the office: its year's figures asked for once the frame let the page in. */
function AnnualContent({ model }: { model: AnnualReport }) {
  const year = model.year.value;
  const a = model.answers.value;
  const heading = a && year !== undefined ? t('annual.title', { year: String(year) }) : t('annual.titlePlain');
  const university = a ? model.names.value.university : undefined;
  useTitle(heading);
  const h1 = useRef<HTMLHeadingElement>(null);
  const focus = model.focusTitle.value;
  useEffect(() => {
    void model.start();
  }, [model]);
  useLayoutEffect(() => {
    if (focus) h1.current?.focus();
  }, [focus]);
  return (
    <>
      {university ? (
        <p class="report-university" id="university">
          {university.names?.[lang.value] ?? university.name}
        </p>
      ) : null}
      <h1 id="title" ref={h1} tabIndex={-1}>
        {heading}
      </h1>
      <Controls model={model} />
      <MessageBox id="message" message={model.message.value} />
      {a && year !== undefined ? <Report model={model} a={a} year={year} /> : null}
    </>
  );
}

/** The annual report in the console's frame (a report among the statistics), which checks who is signed in first. */
export function AnnualPage({ model, access }: { model: AnnualReport; /** Tests give their own check. */ access?: ConsoleAccess }) {
  return (
    <ConsoleFrame current="reports" title={t('annual.titlePlain')} access={access}>
      {() => <AnnualContent model={model} />}
    </ConsoleFrame>
  );
}
