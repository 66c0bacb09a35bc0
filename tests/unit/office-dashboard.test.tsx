// @vitest-environment happy-dom
/**
 * The office's dashboard without a browser (happy-dom), GET /api answered by a stub: each part
 * shows what its API answers (counts by step linking to the lists, agreements ending soon and
 * dormant ones linking to themselves, the year's figures), says plainly when there is nothing,
 * and a part the API refuses says so in its own place while the others still show.
 */
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startWords, type WordChunks } from '../../web/src/i18n/live';
import { officeDashboard, OfficeDashboardPage, type Expiring, type InReview, type Yearly } from '../../web/src/pages/office-dashboard-page';

const WORDS: WordChunks = {
  en: () => import('../../web/src/i18n/dashboard-words?lang=en'),
  ru: () => import('../../web/src/i18n/dashboard-words?lang=ru'),
  uz: () => import('../../web/src/i18n/dashboard-words?lang=uz'),
};
const $ = <T extends Element = HTMLElement>(selector: string) => document.querySelector<T>(selector);
const $$ = (selector: string) => [...document.querySelectorAll<HTMLElement>(selector)];
const cells = (selector: string) => $$(selector).map((tr) => [...tr.children].map((c) => c.textContent));

let root: HTMLElement;
beforeEach(async () => {
  localStorage.clear();
  root = document.createElement('div');
  document.body.replaceChildren(root);
  await startWords(WORDS, 'en');
});
afterEach(() => {
  render(null, root);
  vi.unstubAllGlobals();
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
const osh = { id: 'osh-state-university', name: 'Osh State University', names: { ru: 'Ошский государственный университет' }, country: 'KG', version: 1, createdAt: '2024-01-01T00:00:00.000Z', updatedAt: '2024-01-01T00:00:00.000Z' };

const inReview: InReview = {
  at: '2026-11-20T09:30:00.000Z',
  rows: [
    { kind: 'nomination', step: 'faculty', role: 'dean', position: 2, count: 3, overdue: 1 },
    { kind: 'nomination', step: 'vice-rector', role: 'vice_rector', position: 4, count: 1, overdue: 0 },
    { kind: 'memorandum', step: 'legal', role: 'legal', position: 2, count: 2, overdue: 2 },
  ],
  total: { count: 6, overdue: 3 },
};
const nothingInReview: InReview = { at: '2026-11-20T09:30:00.000Z', rows: [], total: { count: 0, overdue: 0 } };
const expiring: Expiring = {
  view: 'expiring',
  at: '2026-11-20',
  by: [],
  rows: [],
  total: 1,
  agreements: [{ id: 'agr-osh-2024', reference: 'AGR-2024-0003', partner: 'osh-state-university', country: 'KG', kind: 'memorandum_of_understanding', faculty: 'physics', endsOn: '2027-01-31', daysLeft: 72 }],
};
const noneExpiring: Expiring = { ...expiring, total: 0, agreements: [] };
const dormant = [{ id: 'agr-enu-2023', reference: 'AGR-2023-0002', partnerId: 'enu-gumilyov', title: 'ENU', lastMobilityAt: '2024-06-30T10:00:00.000Z', endDate: null }];
const yearly: Yearly = {
  year: '2026',
  period: 'calendar',
  memoranda: { signed: 2, inForceAtEnd: 5 },
  countries: ['CN', 'KG', 'KZ'],
  students: { outgoing: 1234, incoming: 3 },
  staff: { teaching: { outgoing: 2, incoming: 1 }, training: { outgoing: 1, incoming: 0 } },
  byProgramme: [],
};

function answers(overrides: Record<string, [number, unknown]> = {}): Record<string, [number, unknown]> {
  return {
    '/api/me': [200, office],
    '/api/partners': [200, [osh]],
    '/api/reports/pending': [200, inReview],
    '/api/reports/agreements': [200, expiring],
    '/api/agreements/dormant': [200, dormant],
    '/api/reports/yearly': [200, yearly],
    ...overrides,
  };
}

async function shown(): Promise<void> {
  render(<OfficeDashboardPage model={officeDashboard()} />, root);
  await vi.waitFor(() => expect($$('section.dashboard-part p.muted').filter((p) => p.textContent === 'Loading…')).toEqual([]));
  await vi.waitFor(() => expect($('#figures-table, #figures-message span')).not.toBeNull());
}

describe('the dashboard', () => {
  it('shows what waits on whom by step, each count linking to its list, with the overdue', async () => {
    const asked = stubApi(answers());

    await shown();

    expect($('h1')!.textContent).toBe('Overview');
    expect($('nav.office-nav a[aria-current=page]')!.textContent).toBe('Overview');
    expect($('#waiting-summary')!.textContent).toBe('In review: 6. Overdue: 3.');
    expect($('#waiting-nomination caption')!.textContent).toBe('Nominations in review');
    expect(cells('#waiting-nomination tbody tr')).toEqual([
      ['2. Dean', '3', '1'],
      ['4. Vice-rector', '1', '0'],
    ]);
    expect(cells('#waiting-memorandum tbody tr')).toEqual([['2. Legal department', '2', '2']]);
    expect($$('#waiting-nomination tbody a').map((a) => a.getAttribute('href'))).toEqual(['/office/nominations?status=in_review', '/office/nominations?status=in_review']);
    expect($<HTMLAnchorElement>('#waiting-memorandum tbody a')!.getAttribute('href')).toBe('/office/agreements?status=in_review');
    expect(asked).toContain('/api/reports/agreements?view=expiring&days=180');
  });

  it('lists the agreements ending soon and the dormant ones, each linking to itself, and the year’s figures', async () => {
    stubApi(answers());

    await shown();

    expect(cells('#expiring-table tbody tr')).toEqual([['AGR-2024-0003', 'Osh State University', 'January 31, 2027', '72']]);
    expect($<HTMLAnchorElement>('#expiring-table tbody a')!.getAttribute('href')).toBe('/office/agreements?id=agr-osh-2024');
    // A partner the names list does not have is shown by its id rather than not at all.
    expect(cells('#dormant-table tbody tr')).toEqual([['AGR-2023-0002', 'enu-gumilyov', 'June 30, 2024']]);
    expect($<HTMLAnchorElement>('#dormant-table tbody a')!.getAttribute('href')).toBe('/office/agreements?id=agr-enu-2023');
    expect($('#figures-table caption')!.textContent).toBe('The figures of 2026');
    expect(cells('#figures-table tbody tr').slice(0, 4)).toEqual([
      ['Memoranda signed', '2'],
      ['Memoranda in force at the end of the year', '5'],
      ['Partner countries', '3'],
      ['Students sent abroad', '1,234'],
    ]);
    expect($$('#figures a').map((a) => a.getAttribute('href'))).toEqual(['/office/reports', '/office/reports/annual']);
  });

  it('says plainly when nothing waits, nothing ends soon and nothing is dormant', async () => {
    stubApi(answers({ '/api/reports/pending': [200, nothingInReview], '/api/reports/agreements': [200, noneExpiring], '/api/agreements/dormant': [200, []] }));

    await shown();

    expect($('#waiting-empty')!.textContent).toBe('Nothing waits: no nomination or memorandum is in review.');
    expect($('#expiring-empty')!.textContent).toBe('No agreement ends in the next 180 days.');
    expect($('#dormant-empty')!.textContent).toBe('No agreement in force has gone a year without mobility.');
    expect($('#waiting-nomination')).toBeNull();
    expect($('#expiring-table')).toBeNull();
    expect($$('.message.error')).toEqual([]);
  });

  it('says a part could not be read in that part only, and shows the others', async () => {
    stubApi(answers({ '/api/reports/pending': [500, { error: 'internal', message: 'Something went wrong', requestId: 'req-42' }] }));

    await shown();

    expect($('#waiting-message')!.textContent).toBe('This part could not be read (error 500). Reload the page to try again. Request id: req-42');
    expect($('#waiting-message')!.className).toContain('error');
    expect($('#waiting-nomination')).toBeNull();
    for (const part of ['expiring', 'dormant', 'figures']) expect($(`#${part}-message`)!.textContent, part).toBe('');
    expect($('#expiring-table')).not.toBeNull();
    expect($('#figures-table')).not.toBeNull();
  });

  it('reads in Russian after a switch in the header', async () => {
    stubApi(answers({ '/api/me/language': [200, { ...office, language: 'ru' }] }));
    await shown();

    const select = $<HTMLSelectElement>('#language')!;
    select.value = 'ru';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await vi.waitFor(() => expect($('h1')!.textContent).toBe('Обзор'), { timeout: 10_000 }); // the Russian chunk is transformed on first use

    expect($('#waiting-nomination caption')!.textContent).toBe('Номинации на согласовании');
    expect(cells('#waiting-nomination tbody tr')[0]).toEqual(['2. Декан', '3', '1']);
    expect(cells('#expiring-table tbody tr')[0]![1]).toBe('Ошский государственный университет');
  });

  it('asks a faculty member for nothing but who they are, and tells them the page is the office’s', async () => {
    const asked = stubApi(answers({ '/api/me': [200, { ...office, roles: [{ role: 'submitter', scope: { type: 'university' } }] }] }));

    render(<OfficeDashboardPage model={officeDashboard()} />, root);
    await vi.waitFor(() => expect($('h1')!.textContent).toBe('For the international office'));

    expect($('#waiting')).toBeNull();
    expect(asked).toEqual(['/api/me']);
  });
});
