// @vitest-environment happy-dom
/**
 * The statistics page's pieces without a browser (happy-dom): the bar chart scales its bars to the
 * largest and labels each with its figure; the table heads its rows, closes with the totals and
 * links a count where a list shows what it counts; the choices go to and from the address; the
 * row filters add up what the server grouped; and the page, GET /api answered by a stub, shows an
 * empty year as empty and a refused range with the API's message on its field.
 */
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BarChart, barLengths } from '../../web/src/components/bar-chart';
import { ReportTable } from '../../web/src/components/report-table';
import { startWords, type WordChunks } from '../../web/src/i18n/live';
import { officeReports, OfficeReportsPage } from '../../web/src/pages/office-reports-page';
import { apiQuery, exportHref, groupings, inForceListLink, listLink, mobilityTable, readChoices, writeChoices, type MobilityAnswer } from '../../web/src/report-view';
import { clearRoot, freshRoot } from '../support/page-root';

const WORDS: WordChunks = {
  en: () => import('../../web/src/i18n/reports-words?lang=en'),
  ru: () => import('../../web/src/i18n/reports-words?lang=ru'),
  uz: () => import('../../web/src/i18n/reports-words?lang=uz'),
};
const NOW = new Date(2026, 2, 15); // March 2026: the academic year 2025/2026
const $ = <T extends Element = HTMLElement>(selector: string) => document.querySelector<T>(selector);
const $$ = (selector: string) => [...document.querySelectorAll<HTMLElement>(selector)];

let root: HTMLElement;
beforeEach(async () => {
  root = await freshRoot(WORDS);
});
afterEach(() => clearRoot(root));

describe('BarChart', () => {
  it('draws the largest value as the longest bar and the others in proportion, a zero as no bar', () => {
    expect(barLengths([10, 5, 0])).toEqual([82, 41, 0]);
    expect(barLengths([0, 0])).toEqual([0, 0]);
  });

  it('labels every bar with its name and its figure, so nothing is told by length alone', () => {
    render(
      <BarChart
        bars={[
          { key: 'a', label: '2025/2026 · Outgoing', value: 12, valueText: '12' },
          { key: 'b', label: '2025/2026 · Incoming', value: 3, valueText: '3' },
        ]}
      />,
      root,
    );

    const svg = $('svg')!;
    expect(svg.getAttribute('aria-hidden')).toBe('true');
    expect($$('.bar-label').map((x) => x.textContent)).toEqual(['2025/2026 · Outgoing', '2025/2026 · Incoming']);
    expect($$('.bar-value').map((x) => x.textContent)).toEqual(['12', '3']);
    expect($$('rect').map((r) => r.getAttribute('width'))).toEqual(['82%', '20.5%']);
  });

  it('draws nothing for no data', () => {
    render(<BarChart bars={[]} />, root);
    expect(root.innerHTML).toBe('');
  });
});

describe('ReportTable', () => {
  it('heads each row with its year and group, closes with the totals, and links a count that has a list', () => {
    render(
      <ReportTable
        id="t"
        caption="Mobilities per year by Direction, 2025/2026"
        headings={{ year: 'Year', group: 'Direction', count: 'Mobilities', months: 'Person-months' }}
        rows={[
          { key: '1', year: '2025/2026', group: 'Incoming', count: 3, months: 15 },
          { key: '2', year: '2025/2026', group: 'Outgoing', count: 1234, months: 60.25, href: '/office/nominations?status=approved&year=2025%2F2026' },
        ]}
        total={{ label: 'Total', count: 1237, months: 75.25 }}
      />,
      root,
    );

    expect($('caption')!.textContent).toBe('Mobilities per year by Direction, 2025/2026');
    expect($$('thead th').map((th) => [th.textContent, th.getAttribute('scope')])).toEqual([
      ['Year', 'col'],
      ['Direction', 'col'],
      ['Mobilities', 'col'],
      ['Person-months', 'col'],
    ]);
    expect($$('tbody tr').map((tr) => [...tr.children].map((c) => c.textContent))).toEqual([
      ['2025/2026', 'Incoming', '3', '15'],
      ['2025/2026', 'Outgoing', '1,234', '60.3'],
    ]);
    expect($$('tbody th').every((th) => th.getAttribute('scope') === 'row')).toBe(true);
    const totals = $('tfoot tr')!;
    expect([...totals.children].map((c) => c.textContent)).toEqual(['Total', '1,237', '75.3']);
    expect(totals.querySelector('th')!.getAttribute('colspan')).toBe('2');
    expect($<HTMLAnchorElement>('tbody a')!.getAttribute('href')).toBe('/office/nominations?status=approved&year=2025%2F2026');
    expect($('.table-scroll')!.getAttribute('aria-labelledby')).toBe('t-caption');
  });
});

const answer = (rows: MobilityAnswer['rows'], by: string[] = []): MobilityAnswer => ({
  period: 'academic',
  years: ['2025/2026'],
  by,
  statuses: ['approved', 'accepted_by_partner', 'completed'],
  rows,
  total: { count: rows.reduce((n, r) => n + r.count, 0), months: rows.reduce((n, r) => n + r.months, 0) },
});

describe('the choices and the figures (report-view.ts)', () => {
  it('read the address, fall back on the defaults for what is not offered, and write back only what applies', () => {
    const c = readChoices('?count=mobilities&from=2021&to=2025&by=direction&country=KG&type=teleport&faculty=physics', NOW);

    expect(c).toMatchObject({ count: 'mobilities', period: 'academic', from: '2021', to: '2025', by: 'direction', country: 'KG', type: '', faculty: 'physics' });
    expect(writeChoices(c)).toBe('count=mobilities&period=academic&from=2021&to=2025&by=direction&faculty=physics&country=KG');
    expect(readChoices('', NOW)).toMatchObject({ from: '2021', to: '2025', by: '' });
    expect(readChoices('?count=agreements&by=direction&view=signed', NOW)).toMatchObject({ count: 'agreements', by: '', period: 'calendar', from: '2022', to: '2026' });
  });

  it('ask the API for the filters as dimensions, and add up the rows that match them per year and grouping', () => {
    const c = readChoices('?by=type&direction=outgoing', NOW);
    const a = answer(
      [
        { year: '2025/2026', groups: { type: 'semester_study', direction: 'incoming' }, count: 2, months: 10 },
        { year: '2025/2026', groups: { type: 'semester_study', direction: 'outgoing' }, count: 5, months: 25 },
        { year: '2025/2026', groups: { type: 'teaching', direction: 'outgoing' }, count: 1, months: 0.3 },
      ],
      ['type', 'direction'],
    );

    expect(apiQuery(c)).toEqual({ period: 'academic', from: '2021', to: '2025', by: 'type,direction' });
    expect(mobilityTable(a, c)).toEqual({
      rows: [
        { year: '2025/2026', group: 'semester_study', count: 5, months: 25 },
        { year: '2025/2026', group: 'teaching', count: 1, months: 0.3 },
      ],
      total: { count: 6, months: 25.3 },
    });
    expect(exportHref(c, 'xlsx')).toBe('/api/exports/reports/mobilities?period=academic&from=2021&to=2025&by=type%2Cdirection&format=xlsx');
  });

  it('ask for the agreements that ended in the years as a list, not grouped, and link the in-force count to the registry’s same day', () => {
    const ended = readChoices('?count=agreements&view=ended&from=2023&to=2024&by=country', NOW);
    expect(ended).toMatchObject({ view: 'ended', period: 'calendar', from: '2023', to: '2024' });
    expect(apiQuery(ended)).toEqual({ view: 'ended', period: 'calendar', from: '2023', to: '2024' });
    expect(writeChoices(ended)).toBe('count=agreements&view=ended&period=calendar&from=2023&to=2024');
    expect(groupings(ended)).toEqual([]);
    expect(inForceListLink(readChoices('?count=agreements&view=in_force&at=2024-06-30&by=country', NOW))).toBe('/office/agreements?view=in_force&at=2024-06-30');
    expect(inForceListLink(readChoices('?count=agreements&view=in_force', NOW))).toBe('/office/agreements?view=in_force');
    // The registry does not filter by faculty: a faculty's count links nowhere rather than to more than it counts.
    expect(inForceListLink(readChoices('?count=agreements&view=in_force&faculty=physics', NOW))).toBeUndefined();
    expect(inForceListLink(ended)).toBeUndefined();
  });

  it('link a count to the nominations list only where its filters show exactly what it counts', () => {
    const byStatus = readChoices('?by=status', NOW);
    expect(listLink(byStatus, { year: '2025/2026', group: 'completed', count: 3 })).toBe('/office/nominations?academicYear=2025%2F2026&status=completed');
    expect(listLink(readChoices('?by=partner', NOW), { year: '2025/2026', group: 'osh', count: 3 })).toBe('/office/nominations?academicYear=2025%2F2026&partner=osh&status=approved%2Caccepted_by_partner%2Carrived%2Ccompleted');
    expect(listLink(readChoices('?by=status&period=calendar', NOW), { year: '2025', group: 'completed', count: 3 })).toBeUndefined();
    expect(listLink(readChoices('?by=status&country=KG', NOW), { year: '2025/2026', group: 'completed', count: 3 })).toBe('/office/nominations?academicYear=2025%2F2026&country=KG&status=completed');
    expect(listLink(readChoices('?by=role', NOW), { year: '2025/2026', group: 'student', count: 3 })).toBeUndefined();
  });
});

/** The API answered by `answers` per path (without the query); each request's address recorded. */
function stubApi(answers: Record<string, [number, unknown]>): string[] {
  const asked: string[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string) => {
      asked.push(url);
      const [status, body] = answers[url.split('?')[0]!] ?? [404, { error: 'not_found' }];
      return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
    }),
  );
  return asked;
}
const office = { email: 'office@uni.example', name: 'Office', language: 'en', roles: [{ role: 'international_office', scope: { type: 'university' } }] };

describe('the statistics page', () => {
  it('shows a year with nothing as empty, not as an error, with its downloads', async () => {
    const asked = stubApi({ '/api/me': [200, office], '/api/reports/mobilities': [200, answer([])], '/api/partners': [200, []], '/api/faculties': [200, []] });
    const model = officeReports('?from=2025&to=2025', () => NOW, () => undefined);

    render(<OfficeReportsPage model={model} />, root);
    await vi.waitFor(() => expect($('#empty')).not.toBeNull());

    expect($('#empty')!.textContent).toBe('No mobilities are counted for these years and choices.');
    expect($('#report-table')).toBeNull();
    expect($('svg')).toBeNull();
    expect($('#message')!.textContent).toBe('');
    expect($<HTMLAnchorElement>('#download-csv')!.getAttribute('href')).toBe('/api/exports/reports/mobilities?period=academic&from=2025&to=2025&format=csv');
    expect(asked).toContain('/api/reports/mobilities?period=academic&from=2025&to=2025');
  });

  it('shows the figures grouped, with a chart and totals, and puts a new grouping in the address', async () => {
    stubApi({
      '/api/me': [200, office],
      '/api/reports/mobilities': [200, answer([{ year: '2025/2026', groups: { direction: 'incoming' }, count: 2, months: 9 }, { year: '2025/2026', groups: { direction: 'outgoing' }, count: 4, months: 18 }], ['direction'])],
      '/api/partners': [200, []],
      '/api/faculties': [200, []],
    });
    const addresses: string[] = [];
    const model = officeReports('?from=2025&to=2025&by=direction', () => NOW, (q) => addresses.push(q));

    render(<OfficeReportsPage model={model} />, root);
    await vi.waitFor(() => expect($('#report-table')).not.toBeNull());

    expect($$('#report-table tbody tr').map((tr) => [...tr.children].map((c) => c.textContent))).toEqual([
      ['2025/2026', 'Incoming', '2', '9'],
      ['2025/2026', 'Outgoing', '4', '18'],
    ]);
    expect($$('#report-table tfoot td').map((c) => c.textContent)).toEqual(['6', '27']);
    expect($$('.bar-value').map((x) => x.textContent)).toEqual(['2', '4']);
    expect($('#summary')!.textContent).toBe('Mobilities: 6. Person-months: 27.');

    const by = $<HTMLSelectElement>('#by')!;
    by.value = 'type';
    by.dispatchEvent(new Event('change', { bubbles: true }));
    expect(addresses).toEqual(['count=mobilities&period=academic&from=2025&to=2025&by=type']);
  });

  it('lists the agreements that ended in the years, with the days since, and no grouping to choose', async () => {
    const asked = stubApi({
      '/api/me': [200, office],
      '/api/reports/agreements': [
        200,
        {
          view: 'ended',
          period: 'calendar',
          years: ['2024'],
          by: [],
          rows: [],
          total: 1,
          agreements: [{ id: 'agr-old', reference: 'AGR-2020-0001', partner: 'osh', country: 'KG', kind: 'bilateral', faculty: 'physics', endsOn: '2024-12-31', daysLeft: -520 }],
        },
      ],
      '/api/partners': [200, [{ id: 'osh', name: 'Osh State University', names: {}, country: 'KG', city: 'Osh' }]],
      '/api/faculties': [200, []],
    });
    const model = officeReports('?count=agreements&view=ended&from=2024&to=2024', () => NOW, () => undefined);

    render(<OfficeReportsPage model={model} />, root);
    await vi.waitFor(() => expect($('#report-table')).not.toBeNull());

    expect($('#report-table caption')!.textContent).toBe('Agreements that ended in 2024, earliest first');
    expect($$('#report-table thead th').map((c) => c.textContent)).toEqual(['Reference', 'Partner', 'Country', 'Ended on', 'Days since']);
    expect($$('#report-table tbody tr').map((tr) => [...tr.children].map((c) => c.textContent))).toEqual([['AGR-2020-0001', 'Osh State University', 'Kyrgyzstan', 'December 31, 2024', '520']]);
    expect($('#by')).toBeNull();
    expect(asked).toContain('/api/reports/agreements?view=ended&period=calendar&from=2024&to=2024');
  });

  it('puts the API’s message about a range of years on the field it is about', async () => {
    stubApi({
      '/api/me': [200, office],
      '/api/reports/mobilities': [400, { error: 'validation_failed', fields: [{ path: 'to', message: 'Must not be before from' }] }],
      '/api/partners': [200, []],
      '/api/faculties': [200, []],
    });
    const model = officeReports('?from=2025&to=2020', () => NOW, () => undefined);

    render(<OfficeReportsPage model={model} />, root);
    await vi.waitFor(() => expect($('#to-error')).not.toBeNull());

    expect($('#to-error')!.textContent).toBe('The last year must not be before the first');
    expect($('#to')!.getAttribute('aria-invalid')).toBe('true');
    expect($('.error-summary a')!.getAttribute('href')).toBe('#to');
    expect($('#report-table')).toBeNull();
  });

  it('refuses a year that is not four digits before asking, in the reader’s words', async () => {
    const asked = stubApi({ '/api/me': [200, office], '/api/partners': [200, []], '/api/faculties': [200, []] });
    const model = officeReports('', () => NOW, () => undefined);
    render(<OfficeReportsPage model={model} />, root);
    await vi.waitFor(() => expect($('#from')).not.toBeNull());

    model.choose({ from: '20x5' });
    await vi.waitFor(() => expect($('#from-error')).not.toBeNull());

    expect($('#from-error')!.textContent).toBe('Enter a year as four digits, for example 2025');
    expect(asked.filter((a) => a.includes('from=20x5'))).toEqual([]);
  });
});
