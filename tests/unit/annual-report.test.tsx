// @vitest-environment happy-dom
/**
 * The annual report without a browser (happy-dom), the API answered by a stub: the year's figures
 * become captioned tables and charts with the numbers the answers hold, a year with nothing says so,
 * a bad year is refused on its field without asking the API, and only the office may read it. The
 * pure part (annual-report.ts) is checked on its own first.
 */
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { exportAddress, facultyLines, lastCompleteYear, mobilityLines, notableItems, parseYear, partnersByCountry, reportQueries, type AnnualAnswers, type NotableAnswers } from '../../web/src/annual-report';
import { chooseLanguage, startWords, type WordChunks } from '../../web/src/i18n/live';
import { AnnualPage, annualReport, type Address } from '../../web/src/pages/annual-page';
import { clearRoot, freshRoot } from '../support/page-root';

const WORDS: WordChunks = {
  en: () => import('../../web/src/i18n/annual-words?lang=en'),
  ru: () => import('../../web/src/i18n/annual-words?lang=ru'),
  uz: () => import('../../web/src/i18n/annual-words?lang=uz'),
};

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
const $ = <T extends Element = HTMLElement>(selector: string) => document.querySelector<T>(selector);
/** A table's body as text, row by row, cell by cell. */
const cells = (id: string) => [...document.querySelectorAll(`#${id} tbody tr`)].map((tr) => [...tr.children].map((c) => c.textContent));

const NOW = new Date('2026-12-07T09:00:00Z');
const OFFICE = { email: 'iro@uni.example', name: 'Nodira Alimova', language: 'en', roles: [{ role: 'international_office', scope: { type: 'university' } }] };
const FACULTY = { email: 'faculty@uni.example', name: 'Aziz Rakhimov', language: 'en', faculty: 'physics', roles: [{ role: 'submitter', scope: { type: 'faculty', faculty: 'physics' } }] };

const ANSWERS: AnnualAnswers = {
  yearly: {
    year: '2025',
    period: 'calendar',
    memoranda: { signed: 2, inForceAtEnd: 5 },
    countries: ['KG', 'KZ'],
    students: { outgoing: 12, incoming: 3 },
    staff: { teaching: { outgoing: 2, incoming: 1 }, training: { outgoing: 1, incoming: 0 } },
    byProgramme: [
      { programme: 'erasmus_plus', students: { outgoing: 2, incoming: 0 }, staff: { outgoing: 0, incoming: 0 } },
      { programme: 'bilateral', students: { outgoing: 10, incoming: 3 }, staff: { outgoing: 3, incoming: 1 } },
    ],
  },
  partners: {
    view: 'in_force',
    at: '2025-12-31',
    by: ['country', 'partner'],
    rows: [
      { groups: { country: 'KG', partner: 'osh-state-university' }, count: 2 },
      { groups: { country: 'KG', partner: 'kyrgyz-national-university' }, count: 1 },
      { groups: { country: 'KZ', partner: 'enu' }, count: 2 },
    ],
    total: 5,
  },
  signed: { view: 'signed', years: ['2025'], by: ['country', 'partner', 'kind'], rows: [{ year: '2025', groups: { country: 'KZ', partner: 'enu', kind: 'erasmus_plus_iia' }, count: 2 }], total: 2 },
  ended: {
    view: 'ended',
    years: ['2025'],
    by: [],
    rows: [],
    total: 1,
    agreements: [{ id: 'agr-old', reference: 'AGR-2020-0001', partner: 'osh-state-university', country: 'KG', kind: 'academic_mobility_agreement', faculty: 'physics', endsOn: '2025-08-31', daysLeft: -463 }],
  },
  faculties: {
    period: 'calendar',
    years: ['2025'],
    by: ['faculty', 'direction'],
    statuses: ['approved', 'accepted_by_partner', 'completed'],
    rows: [
      { year: '2025', groups: { faculty: 'economics', direction: 'outgoing' }, count: 5, months: 20 },
      { year: '2025', groups: { faculty: 'physics', direction: 'incoming' }, count: 4, months: 12.5 },
      { year: '2025', groups: { faculty: 'physics', direction: 'outgoing' }, count: 10, months: 30 },
    ],
    total: { count: 19, months: 62.5 },
  },
};

const PARTNERS = [
  { id: 'osh-state-university', name: 'Osh State University', names: { ru: 'Ошский государственный университет', uz: 'O‘sh davlat universiteti' }, country: 'KG', contacts: [] },
  { id: 'kyrgyz-national-university', name: 'Kyrgyz National University', names: {}, country: 'KG', contacts: [] },
  { id: 'enu', name: 'L.N. Gumilyov Eurasian National University', names: {}, country: 'KZ', contacts: [] },
];
const FACULTIES = [
  { id: 'physics', name: 'Faculty of Physics', names: { ru: 'Физический факультет', uz: 'Fizika fakulteti' }, departments: [] },
  { id: 'economics', name: 'Faculty of Economics', names: { ru: 'Экономический факультет', uz: 'Iqtisodiyot fakulteti' }, departments: [] },
];

/** What the notable items compare with: 2024 (fewer students sent, one memorandum), Kazakhstan new in 2025, the partners' exchanges. */
const NOTABLE: NotableAnswers = {
  previous: { ...ANSWERS.yearly, year: '2024', memoranda: { signed: 1, inForceAtEnd: 4 }, students: { outgoing: 9, incoming: 3 } },
  atStart: { view: 'in_force', at: '2025-01-01', by: ['country'], rows: [{ groups: { country: 'KG' }, count: 3 }], total: 3 },
  byPartner: {
    period: 'calendar',
    years: ['2025'],
    by: ['partner'],
    statuses: ['approved', 'accepted_by_partner', 'completed'],
    rows: [
      { year: '2025', groups: { partner: 'enu' }, count: 4, months: 10 },
      { year: '2025', groups: { partner: 'osh-state-university' }, count: 11, months: 40 },
    ],
    total: { count: 15, months: 50 },
  },
};
/** GET /reports/activities for 2025: a conference with Osh, a webinar series with ENU and a delegation from ENU and Osh together. */
const ACTIVITIES = {
  years: [2025],
  total: 3,
  byKind: [{ key: 'conference', activities: 1, incoming: 14, outgoing: 0 }, { key: 'delegation_visit', activities: 1, incoming: 3, outgoing: 0 }, { key: 'webinar', activities: 1, incoming: 6, outgoing: 0 }],
  byYear: [{ key: '2025', activities: 3, incoming: 23, outgoing: 0 }],
  byFaculty: [{ key: 'physics', activities: 2, incoming: 17, outgoing: 0 }, { key: 'economics', activities: 1, incoming: 6, outgoing: 0 }],
  byFormat: [{ key: 'physical', activities: 2, incoming: 17, outgoing: 0 }, { key: 'virtual', activities: 1, incoming: 6, outgoing: 0 }],
  byCountry: [{ key: 'KG', activities: 2, incoming: 17, outgoing: 0 }, { key: 'KZ', activities: 2, incoming: 9, outgoing: 0 }],
  participants: { incoming: 23, outgoing: 0, staff: 10, students: 120 },
  funding: [],
};
const NO_ACTIVITIES = { ...ACTIVITIES, years: [1995], total: 0, byKind: [], byYear: [], byFaculty: [], byFormat: [], byCountry: [], participants: { incoming: 0, outgoing: 0, staff: 0, students: 0 } };
const UNIVERSITY = { name: 'Demo State University', names: { ru: 'Демонстрационный государственный университет', uz: 'Namunaviy davlat universiteti' } };

/** The API as a stub: `/me`, the names, and the reports from `answers` (by the query's view); the paths asked and the bodies posted are kept. */
function stubApi(answers: AnnualAnswers, me: { status: number; data: unknown } = { status: 200, data: OFFICE }) {
  const asked: string[] = [];
  const posted: unknown[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (path: string, init?: RequestInit) => {
      asked.push(path);
      const url = new URL(path, 'http://localhost');
      const view = url.searchParams.get('view');
      if (url.pathname === '/api/exports/workbook') {
        posted.push(JSON.parse(String(init?.body)));
        return new Response(new Uint8Array([80, 75, 3, 4]), { status: 200, headers: { 'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' } });
      }
      const data =
        url.pathname === '/api/me' ? me.data
        : url.pathname === '/api/partners' ? PARTNERS
        : url.pathname === '/api/faculties' ? FACULTIES
        : url.pathname === '/api/university' ? UNIVERSITY
        : url.pathname === '/api/reports/activities' ? (url.searchParams.get('years') === '2025' ? ACTIVITIES : NO_ACTIVITIES)
        : url.pathname === '/api/reports/yearly' && url.searchParams.get('year') === '2024' ? NOTABLE.previous
        : url.pathname === '/api/reports/mobilities' && url.searchParams.get('by') === 'partner' ? NOTABLE.byPartner
        : view === 'in_force' && url.searchParams.get('at')?.endsWith('-01-01') ? NOTABLE.atStart
        : url.pathname === '/api/reports/yearly' ? answers.yearly
        : url.pathname === '/api/reports/mobilities' ? answers.faculties
        : view === 'in_force' ? answers.partners
        : view === 'signed' ? answers.signed
        : answers.ended;
      const status = url.pathname === '/api/me' ? me.status : 200;
      return new Response(JSON.stringify(data), { status, headers: { 'content-type': 'application/json' } });
    }),
  );
  return { asked, posted };
}

/** The address as a stub: `search` to begin with, what the page pushed. */
function stubAddress(search: string): Address & { pushed: string[] } {
  const pushed: string[] = [];
  return { pushed, search: () => pushed.at(-1) ?? search, push: (s) => void pushed.push(s), onBack: () => undefined };
}

let root: HTMLElement;
beforeEach(async () => {
  root = await freshRoot(WORDS);
});
afterEach(() => clearRoot(root));

async function open(search: string, answers = ANSWERS, me?: { status: number; data: unknown }) {
  const { asked, posted } = stubApi(answers, me);
  const address = stubAddress(search);
  const model = annualReport({ address, now: () => NOW });
  render(<AnnualPage model={model} />, root);
  // The frame asks who is signed in, then the page asks for the year's figures: each a few turns.
  for (let i = 0; i < 10; i++) await settle();
  return { model, asked, posted, address };
}

describe('the annual report’s figures (annual-report.ts)', () => {
  it('takes the last year that is over by default and refuses a year that is not four digits in the API’s range', () => {
    expect(lastCompleteYear(NOW)).toBe(2025);
    expect(parseYear(' 2024 ')).toEqual({ year: 2024 });
    expect([parseYear(''), parseYear('24'), parseYear('20x5'), parseYear('1989'), parseYear('2101')]).toEqual([{ error: 'empty' }, { error: 'invalid' }, { error: 'invalid' }, { error: 'invalid' }, { error: 'invalid' }]);
  });

  it('asks for the agreements that ended in the calendar year, and downloads the same query as XLSX', () => {
    expect(reportQueries(2024).ended).toEqual({ view: 'ended', years: '2024', period: 'calendar' });
    expect(exportAddress('ended', 2025)).toBe('/api/exports/reports/agreements?view=ended&years=2025&period=calendar&format=xlsx');
    expect(exportAddress('faculties', 2025)).toBe('/api/exports/reports/mobilities?period=calendar&years=2025&by=faculty%2Cdirection&format=xlsx');
    expect(exportAddress('yearly', 2025)).toBe('/api/exports/reports/yearly?year=2025&period=calendar&format=xlsx');
  });

  it('adds up the mobility, the partners per country and the faculties’ directions', () => {
    expect(mobilityLines(ANSWERS.yearly).at(-1)).toEqual({ who: 'total', outgoing: 15, incoming: 4 });
    expect(partnersByCountry(ANSWERS.partners)).toEqual([
      { country: 'KG', partners: ['osh-state-university', 'kyrgyz-national-university'], agreements: 3 },
      { country: 'KZ', partners: ['enu'], agreements: 2 },
    ]);
    expect(facultyLines(ANSWERS.faculties)).toEqual([
      { faculty: 'economics', outgoing: 5, incoming: 0, months: 20 },
      { faculty: 'physics', outgoing: 10, incoming: 4, months: 42.5 },
    ]);
  });

  it('singles out what changed against the year before, the countries new in the year, the busiest faculty and partner', () => {
    expect(notableItems(ANSWERS, NOTABLE)).toEqual([
      { kind: 'change', figure: 'signed', now: 2, before: 1 },
      { kind: 'change', figure: 'studentsOut', now: 12, before: 9 },
      { kind: 'newCountries', countries: ['KZ'] },
      { kind: 'topFaculty', faculty: 'physics', count: 14 },
      { kind: 'topPartner', partner: 'osh-state-university', count: 11 },
    ]);
    // A year like the one before, with nobody moved and its countries all known: nothing stands out.
    const quiet: AnnualAnswers = { ...ANSWERS, faculties: { ...ANSWERS.faculties, rows: [], total: { count: 0, months: 0 } } };
    const same: NotableAnswers = { previous: ANSWERS.yearly, atStart: { ...NOTABLE.atStart, rows: [{ groups: { country: 'KZ' }, count: 1 }] }, byPartner: { ...NOTABLE.byPartner, rows: [] } };
    expect(notableItems(quiet, same)).toEqual([]);
    // Equal counts: the first in the API's order, so the same answers always give the same list.
    const tie = { ...NOTABLE.byPartner, rows: NOTABLE.byPartner.rows.map((r) => ({ ...r, count: 5 })) };
    expect(notableItems(ANSWERS, { ...NOTABLE, byPartner: tie }).at(-1)).toEqual({ kind: 'topPartner', partner: 'enu', count: 5 });
  });
});

describe('the annual report page', () => {
  it('shows the year in the address as captioned tables and charts holding the API’s numbers', async () => {
    // Act
    const { asked } = await open('?year=2025');

    // Assess
    expect($('h1')!.textContent).toBe('Annual report on international cooperation, 2025');
    expect(document.querySelectorAll('table caption').length).toBe(11);
    expect(document.querySelectorAll('th[scope=col]').length).toBeGreaterThan(0);
    expect(cells('agreements-table')).toEqual([
      ['Memoranda signed in the year', '2'],
      ['Memoranda in force at the end of the year (December 31, 2025)', '5'],
      ['Partner countries', '2'],
    ]);
    expect(cells('mobility-table')).toEqual([
      ['Students', '12', '3', '15'],
      ['Staff: teaching', '2', '1', '3'],
      ['Staff: training', '1', '0', '1'],
      ['Total', '15', '4', '19'],
    ]);
    expect(cells('programme-table')).toEqual([
      ['Bilateral mobility', '10', '3', '3', '1'],
      ['Erasmus+', '2', '0', '0', '0'],
    ]);
    expect(cells('partners-table')).toEqual([
      ['Kazakhstan', 'L.N. Gumilyov Eurasian National University', '2'],
      ['Kyrgyzstan', 'Kyrgyz National University; Osh State University', '3'],
    ]);
    expect(cells('new-table')).toEqual([['L.N. Gumilyov Eurasian National University', 'Kazakhstan', 'Erasmus+ inter-institutional agreement', '2']]);
    expect(cells('ended-table')).toEqual([['AGR-2020-0001', 'Osh State University', 'Kyrgyzstan', 'Academic mobility agreement', 'August 31, 2025']]);
    expect(cells('faculty-table')).toEqual([
      ['Faculty of Economics', '5', '0', '5', '20'],
      ['Faculty of Physics', '10', '4', '14', '42.5'],
      ['Total', '15', '4', '19', '62.5'],
    ]);
    // The charts: one bar per row, its number written on it, the SVG named by its caption.
    const faculty = $('#faculty-chart svg')!;
    expect(faculty.getAttribute('role')).toBe('img');
    expect($(`#${faculty.getAttribute('aria-labelledby')}`)!.textContent).toBe('People sent abroad and received in 2025, by faculty');
    expect([...document.querySelectorAll('#faculty-chart .bar-value')].map((v) => v.textContent)).toEqual(['5', '14']);
    expect([...document.querySelectorAll('#mobility-chart .bar-label')].map((v) => v.textContent)).toContain('Students: sent abroad');
    // The downloads are the same queries as files; the year was asked of the API as the address says.
    expect([...document.querySelectorAll('.downloads a')].map((a) => a.getAttribute('href'))).toContain('/api/exports/reports/yearly?year=2025&period=calendar&format=xlsx');
    expect(asked).toContain('/api/reports/yearly?year=2025&period=calendar');
    expect(asked).toContain('/api/reports/agreements?view=in_force&at=2025-12-31&by=country%2Cpartner');
  });

  it('counts the year’s international activities by kind, faculty, format and partner country, with a chart by kind', async () => {
    // Act
    const { asked } = await open('?year=2025');

    // Assess
    expect(asked).toContain('/api/reports/activities?years=2025');
    expect($('#activities-heading')!.textContent).toBe('International activities');
    expect($('#activities .report-note')!.textContent).toContain('3 activities recorded in 2025');
    expect(cells('activities-kind-table')).toEqual([
      ['Conference', '1', '14', '0'],
      ['Delegation visit', '1', '3', '0'],
      ['Webinar', '1', '6', '0'],
    ]);
    expect(cells('activities-faculty-table')).toEqual([
      ['Faculty of Economics', '1', '6', '0'],
      ['Faculty of Physics', '2', '17', '0'],
    ]);
    expect(cells('activities-format-table')).toEqual([
      ['In person', '2', '17', '0'],
      ['Online', '1', '6', '0'],
    ]);
    expect(cells('activities-country-table')).toEqual([
      ['Kazakhstan', '2', '9', '0'],
      ['Kyrgyzstan', '2', '17', '0'],
    ]);
    expect([...document.querySelectorAll('#activities-chart .bar-value')].map((v) => v.textContent)).toEqual(['1', '1', '1']);
  });

  it('is headed by the university, opens with what stands out, and saves the report as one workbook of the tables shown', async () => {
    // Prepare
    const saved: { name: string; href: string }[] = [];
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL: () => 'blob:workbook', revokeObjectURL: () => undefined }));
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      saved.push({ name: this.download, href: this.href });
    });
    const { posted } = await open('?year=2025');
    const shown = { university: $('#university')?.textContent, notable: [...document.querySelectorAll('#notable li')].map((li) => li.textContent) };

    // Act
    $<HTMLButtonElement>('#workbook-button')!.click();
    await vi.waitFor(() => expect(saved).toHaveLength(1));
    click.mockRestore();

    // Assess
    expect(shown).toEqual({
      university: 'Demo State University',
      notable: [
        'Memoranda signed in the year: 2 (in 2024: 1)',
        'Students sent: 12 (in 2024: 9)',
        'First agreements with partners in: Kazakhstan',
        'The faculty that moved most people: Faculty of Physics, 14 sent abroad and received',
        'The partner with most exchanges: Osh State University, 11 people sent and received',
      ],
    });
    expect(saved).toEqual([{ name: 'Annual report 2025.xlsx', href: 'blob:workbook' }]);
    const [workbook] = posted as { name: string; sheets: { name: string; columns: string[]; rows: unknown[][] }[] }[];
    expect(workbook!.name).toBe('Annual report 2025');
    expect(workbook!.sheets.map((s) => s.name)).toEqual([
      'Of note',
      'Memoranda',
      'Mobility',
      'By programme',
      'Partners by country',
      'New agreements',
      'Agreements that ended',
      'Mobility by faculty',
      'Activities',
      'Activities by faculty',
      'Activities by format',
      'Activities by country',
    ]);
    // Each sheet is its table as shown, numbers as numbers.
    const faculties = workbook!.sheets.find((s) => s.name === 'Mobility by faculty')!;
    expect(workbook!.sheets.at(-1)!.rows).toEqual([
      ['Kazakhstan', 2, 9, 0],
      ['Kyrgyzstan', 2, 17, 0],
    ]);
    expect(faculties.columns).toEqual(['Faculty', 'Sent abroad', 'Received', 'Total', 'Person-months']);
    expect(faculties.rows).toEqual([
      ['Faculty of Economics', 5, 0, 5, 20],
      ['Faculty of Physics', 10, 4, 14, 42.5],
      ['Total', 15, 4, 19, 62.5],
    ]);
    expect(workbook!.sheets[0]!.rows).toEqual(shown.notable.map((line) => [line]));
  });

  it('renders again in Russian and in Uzbek on a switch, names and numbers included', async () => {
    await open('?year=2025');

    await chooseLanguage('ru');
    await settle();
    const ru = { h1: $('h1')!.textContent, faculty: cells('faculty-table')[0], partners: cells('partners-table')[1] };
    await chooseLanguage('uz');
    await settle();
    const uz = { h1: $('h1')!.textContent, heading: $('#faculties-heading')!.textContent, faculty: cells('faculty-table')[0] };

    expect(ru).toEqual({
      h1: 'Годовой отчёт о международном сотрудничестве за 2025 год',
      faculty: ['Физический факультет', '10', '4', '14', '42,5'],
      // In the Russian order: Cyrillic names before Latin ones.
      partners: ['Кыргызстан', 'Ошский государственный университет; Kyrgyz National University', '3'],
    });
    expect(uz).toEqual({ h1: "2025-yil xalqaro hamkorlik bo'yicha yillik hisobot", heading: "Fakultetlar bo'yicha mobillik", faculty: ['Fizika fakulteti', '10', '4', '14', '42,5'] });
  });

  it('prints the page from the browser when the print button is pressed', async () => {
    await open('?year=2025');
    const print = vi.fn();
    vi.stubGlobal('print', print);

    $<HTMLButtonElement>('#print-button')!.click();

    expect(print).toHaveBeenCalledOnce();
    expect($('#print-button')!.closest('.no-print')).not.toBeNull();
  });

  it('says nothing was recorded for an empty year, instead of empty tables or a failure', async () => {
    const empty: AnnualAnswers = {
      yearly: { year: '1995', period: 'calendar', memoranda: { signed: 0, inForceAtEnd: 0 }, countries: [], students: { outgoing: 0, incoming: 0 }, staff: { teaching: { outgoing: 0, incoming: 0 }, training: { outgoing: 0, incoming: 0 } }, byProgramme: [] },
      partners: { view: 'in_force', at: '1995-12-31', by: ['country', 'partner'], rows: [], total: 0 },
      signed: { view: 'signed', years: ['1995'], by: ['country', 'partner', 'kind'], rows: [], total: 0 },
      ended: { view: 'ended', years: ['1995'], by: [], rows: [], total: 0, agreements: [] },
      faculties: { period: 'calendar', years: ['1995'], by: ['faculty', 'direction'], statuses: [], rows: [], total: { count: 0, months: 0 } },
    };

    await open('?year=1995', empty);

    expect($('#nothing')!.textContent).toBe('Nothing was recorded for 1995: no agreement was signed, in force or ended, and nobody was sent abroad or received.');
    expect(document.querySelectorAll('table').length).toBe(0);
    expect($('#message')!.textContent).toBe('');
  });

  it('without a year in the address shows the last complete one; a bad year typed is refused on its field and nothing is asked', async () => {
    // Prepare
    const { model, asked, address } = await open('');
    const first = $('h1')!.textContent;
    const before = asked.length;

    // Act
    const input = $<HTMLInputElement>('#year')!;
    input.value = '20x6';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    $<HTMLFormElement>('#year-form')!.requestSubmit();
    await settle();

    // Assess
    expect(first).toBe('Annual report on international cooperation, 2025');
    expect($('#year-error')!.textContent).toBe('Enter a year as four digits, from 1990 to 2100');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(asked.length).toBe(before);
    expect(address.pushed).toEqual([]);
    expect(model.year.value).toBe(2025);
  });

  it('shows another year typed, keeps it in the address and moves the focus to the heading', async () => {
    const { address } = await open('?year=2025');

    const input = $<HTMLInputElement>('#year')!;
    input.value = '2024';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    $<HTMLFormElement>('#year-form')!.requestSubmit();
    await vi.waitFor(() => expect($('h1')!.textContent).toBe('Annual report on international cooperation, 2024'));
    await settle();

    expect(address.pushed).toEqual(['?year=2024']);
    expect(document.activeElement?.id).toBe('title');
  });

  it('refuses a year in the address that is not one, on the year’s field, without a report', async () => {
    const { asked } = await open('?year=abc');

    expect($('#year-error')!.textContent).toBe('Enter a year as four digits, from 1990 to 2100');
    expect($<HTMLInputElement>('#year')!.value).toBe('abc');
    expect($('#report')).toBeNull();
    expect(asked.filter((p) => p.startsWith('/api/reports'))).toEqual([]);
  });

  it('tells a faculty member the page is the office’s and asks for no figures', async () => {
    const { asked } = await open('?year=2025', ANSWERS, { status: 200, data: FACULTY });

    expect($('h1')!.textContent).toBe('For the international office');
    expect($('#message')!.textContent).toBe('This page is for the international office. Ask an administrator if you need access.');
    expect($('#year-form')).toBeNull();
    expect(asked).toEqual(['/api/me']);
  });

  it('tells someone not signed in so, with the way to sign in', async () => {
    await open('?year=2025', ANSWERS, { status: 401, data: { error: 'unauthorized' } });

    expect($('#message')!.textContent).toBe('You are not signed in. Sign in');
    expect($<HTMLAnchorElement>('#message a')!.getAttribute('href')).toBe('/signin');
  });
});
