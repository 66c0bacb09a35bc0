// @vitest-environment happy-dom
/**
 * The office's agreements page without a browser (happy-dom), GET /api answered by a stub: the
 * registry lists what the API answers, filtered by view, search and status with the filters kept
 * in the address; an agreement's page shows its content, places, documents, versions with what
 * changed and its history; what the API refuses or does not have is said plainly. The registry's
 * pure core (office-agreements-rows.ts) is tested on its own first.
 */
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startWords, type WordChunks } from '../../web/src/i18n/live';
import { officeAgreements, OfficeAgreementsPage, routeOf } from '../../web/src/pages/office-agreements-page';
import { addressOf, dormantRows, expiringSoon, filtered, filtersFrom, placesInYear, rowsInView } from '../../web/src/pages/office-agreements-rows';

const WORDS: WordChunks = {
  en: () => import('../../web/src/i18n/agreements-words?lang=en'),
  ru: () => import('../../web/src/i18n/agreements-words?lang=ru'),
  uz: () => import('../../web/src/i18n/agreements-words?lang=uz'),
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
const osh = { id: 'osh-state-university', name: 'Osh State University', names: { ru: 'Ошский государственный университет' }, city: 'Osh', country: 'KG', version: 1, createdAt: '2024-01-01T00:00:00.000Z', updatedAt: '2024-01-01T00:00:00.000Z' };
const enu = { id: 'enu-gumilyov', name: 'L.N. Gumilyov Eurasian National University', country: 'KZ', version: 1, createdAt: '2024-01-01T00:00:00.000Z', updatedAt: '2024-01-01T00:00:00.000Z' };

const pad = (n: number) => String(n).padStart(2, '0');
const inDays = (n: number) => {
  const d = new Date();
  d.setDate(d.getDate() + n);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
};

const condition = { type: 'semester_study', sender: 'home', mobilitiesPerYear: 5, languages: [{ code: 'ru', level: 'B2' }], academicYears: [] };
const content = (over: Record<string, unknown> = {}) => ({
  partnerId: 'osh-state-university',
  kind: 'academic_mobility_agreement',
  scope: ['student_mobility'],
  cooperationConditions: [condition],
  startDate: '2024-09-01',
  endDate: '2029-08-31',
  coordinator: { name: 'Nodira Alimova', email: 'iro@uni.example' },
  initiatingFaculty: 'physics',
  summary: 'Student exchange in physics.',
  ...over,
});
const agreement = (id: string, reference: string, over: Record<string, unknown> = {}) => ({
  id,
  reference,
  kind: 'memorandum',
  status: 'active',
  content: content(),
  version: 1,
  createdAt: '2024-01-01T00:00:00.000Z',
  updatedAt: '2024-01-01T00:00:00.000Z',
  ...over,
});

const oshAgreement = agreement('agr-osh', 'AGR-2024-0003', {
  contentVersion: 2,
  history: [
    { type: 'imported', at: '2024-01-01T10:00:00.000Z', actor: { name: 'Office' } },
    { type: 'amended', at: '2025-01-01T10:00:00.000Z', actor: { name: 'Office' }, version: 2, paths: ['summary'], note: 'Mathematics added' },
  ],
});
const ending = agreement('agr-ending', 'AGR-2025-0001', { content: content({ endDate: inDays(60) }) });
const expired = agreement('agr-old', 'AGR-2021-0005', { status: 'expired', content: content({ endDate: '2023-08-31' }) });
const dormant = [{ id: 'agr-enu', reference: 'AGR-2023-0002', partnerId: 'enu-gumilyov', title: 'ENU', lastMobilityAt: '2024-06-30T00:00:00.000Z', endDate: null }];

function registryAnswers(overrides: Record<string, [number, unknown]> = {}): Record<string, [number, unknown]> {
  return {
    '/api/me': [200, office],
    '/api/partners': [200, [osh, enu]],
    '/api/agreements': [200, [oshAgreement, ending, expired]],
    '/api/agreements/dormant': [200, dormant],
    '/api/agreements/agr-osh/places': [200, []],
    '/api/agreements/agr-ending/places': [200, []],
    ...overrides,
  };
}

const versions = [
  { number: 1, how: 'imported', at: '2024-01-01T10:00:00.000Z', by: { name: 'Office' }, content: content({ summary: 'Student exchange.' }) },
  { number: 2, how: 'edited', at: '2025-01-01T10:00:00.000Z', by: { name: 'Office' }, note: 'Mathematics added', content: content() },
];

function agreementAnswers(overrides: Record<string, [number, unknown]> = {}): Record<string, [number, unknown]> {
  return {
    '/api/me': [200, office],
    '/api/partners': [200, [osh, enu]],
    '/api/faculties': [200, [{ id: 'physics', name: 'Faculty of Physics', names: { ru: 'Физический факультет' } }]],
    '/api/agreements/agr-osh': [200, oshAgreement],
    '/api/agreements/agr-osh/places': [200, [{ academicYear: '2026/2027', sender: 'home', type: 'semester_study', planned: 5, used: 6, left: -1, overridden: 1 }]],
    '/api/agreements/agr-osh/documents': [200, [{ id: 'doc-1', entity: { kind: 'memorandum', id: 'agr-osh' }, kind: 'signed', fileName: 'Osh (signed).pdf', size: 20480, uploadedBy: { name: 'Office' }, uploadedAt: '2025-01-02T10:00:00.000Z', createdAt: '2025-01-02T10:00:00.000Z' }]],
    '/api/agreements/agr-osh/versions': [200, versions],
    '/api/agreements/agr-osh/versions/1/diff/2': [200, { from: 1, to: 2, changes: [{ path: 'summary', from: 'Student exchange.', to: 'Student exchange in physics.' }] }],
    ...overrides,
  };
}

/** The page at `search`, rendered, once what it first reads is shown. */
async function opened(search: string, ready: string) {
  const addresses: string[] = [];
  const model = officeAgreements(search, (address) => addresses.push(address));
  render(<OfficeAgreementsPage model={model} />, root);
  // The agreement's page loads its older modules after it (the edit form, the upload's checks): slow to transform the first time.
  await vi.waitFor(() => expect($(ready)).not.toBeNull(), { timeout: 15_000 });
  return { model, addresses };
}

function type(selector: string, value: string): void {
  const input = $<HTMLInputElement>(selector)!;
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

describe('the registry’s core', () => {
  it('reads its filters from the address and writes them back, dropping what it does not know', () => {
    expect(filtersFrom(new URLSearchParams('view=expiring&q=Osh&status=active'))).toEqual({ view: 'expiring', search: 'Osh', status: 'active', at: '' });
    expect(filtersFrom(new URLSearchParams('view=sideways&status=lost'))).toEqual({ view: 'all', search: '', status: '', at: '' });
    expect(addressOf({ view: 'dormant', search: ' Osh ', status: '', at: '' })).toBe('/office/agreements?view=dormant&q=Osh');
    expect(addressOf({ view: 'all', search: '', status: '', at: '' })).toBe('/office/agreements');
    expect(routeOf('?id=agr-osh')).toEqual({ page: 'agreement', id: 'agr-osh' });
    expect(routeOf('?id=../etc')).toEqual({ page: 'unknown' });
    expect(routeOf('?status=in_review')).toEqual({ page: 'registry', filters: { view: 'all', search: '', status: 'in_review', at: '' } });
  });

  it('keeps the in-force view’s day in the address, and only a day written as one', () => {
    expect(filtersFrom(new URLSearchParams('view=in_force&at=2024-06-30'))).toEqual({ view: 'in_force', search: '', status: '', at: '2024-06-30' });
    expect(filtersFrom(new URLSearchParams('view=in_force&at=30.06.2024')).at).toBe('');
    expect(filtersFrom(new URLSearchParams('view=all&at=2024-06-30')).at).toBe('');
    expect(addressOf({ view: 'in_force', search: '', status: '', at: '2024-06-30' })).toBe('/office/agreements?view=in_force&at=2024-06-30');
    expect(addressOf({ view: 'in_force', search: '', status: '', at: '' })).toBe('/office/agreements?view=in_force');
  });

  it('lists as in force on a day what the statistics count: from coming into force to the end or an earlier termination', () => {
    const open = agreement('open', 'O', { status: 'active', activatedAt: '2024-03-10T09:00:00.000Z', content: content({ startDate: '2024-01-01', endDate: null }) });
    const ended = agreement('ended', 'E', { status: 'expired', content: content({ startDate: '2020-01-01', endDate: '2024-12-31' }) });
    const cut = agreement('cut', 'C', { status: 'terminated', termination: { reason: 'r', noticeDate: '2024-01-01', effectiveDate: '2024-06-01', by: { name: 'Office' }, at: '2024-01-01T00:00:00.000Z' }, content: content({ startDate: '2020-01-01', endDate: '2026-12-31' }) });
    const never = agreement('never', 'N', { status: 'in_review', content: content({ startDate: '2020-01-01', endDate: '2030-12-31' }) });
    const all = [open, ended, cut, never] as never;
    expect(rowsInView('in_force', all, [], '2026-01-01', '2024-03-01').map((a) => a.id)).toEqual(['ended', 'cut']);
    expect(rowsInView('in_force', all, [], '2026-01-01', '2024-03-10').map((a) => a.id)).toEqual(['open', 'ended', 'cut']);
    expect(rowsInView('in_force', all, [], '2026-01-01', '2024-07-01').map((a) => a.id)).toEqual(['open', 'ended']);
    // No day chosen: today.
    expect(rowsInView('in_force', all, [], '2026-01-01').map((a) => a.id)).toEqual(['open']);
  });

  it('counts as expiring only agreements in force ending within 180 days, soonest first, and joins the dormant with the list', () => {
    const today = '2026-01-01';
    const soon = agreement('a', 'A', { content: content({ endDate: '2026-03-01' }) });
    const sooner = agreement('b', 'B', { content: content({ endDate: '2026-02-01' }) });
    const later = agreement('c', 'C', { content: content({ endDate: '2026-12-01' }) });
    const past = agreement('d', 'D', { content: content({ endDate: '2025-12-31' }) });
    const ended = agreement('e', 'E', { status: 'expired', content: content({ endDate: '2026-02-01' }) });
    expect(expiringSoon([soon, sooner, later, past, ended] as never, today).map((a) => a.id)).toEqual(['b', 'a']);
    const rows = dormantRows(dormant as never, [oshAgreement] as never);
    expect(rows).toEqual([{ id: 'agr-enu', reference: 'AGR-2023-0002', status: 'active', content: { partnerId: 'enu-gumilyov', endDate: null }, lastMobilityAt: '2024-06-30T00:00:00.000Z' }]);
  });

  it('finds a partner by any of its names or its country, without diacritics, and by status', () => {
    const partners = new Map([
      ['osh-state-university', osh],
      ['enu-gumilyov', enu],
    ]) as never;
    const rows = [oshAgreement, expired, agreement('x', 'X', { content: content({ partnerId: 'enu-gumilyov' }) })] as never;
    expect(filtered(rows, { search: 'ОШСКИЙ', status: '' }, partners).map((a) => a.id)).toEqual(['agr-osh', 'agr-old']);
    expect(filtered(rows, { search: 'Kazakhstan', status: '' }, partners).map((a) => a.id)).toEqual(['x']);
    expect(filtered(rows, { search: 'osh', status: 'expired' }, partners).map((a) => a.id)).toEqual(['agr-old']);
    expect(placesInYear([{ academicYear: '2026/2027', sender: 'home', type: 't', planned: 2, used: 3, left: -1, overridden: 1 }] as never, '2026/2027')).toEqual({ used: 3, planned: 2, over: true });
  });
});

describe('the registry', () => {
  it('lists every agreement with its partner, country, status and dates, and the places of those in force', async () => {
    stubApi(registryAnswers({ '/api/agreements/agr-osh/places': [200, [{ academicYear: academicYear(), sender: 'home', type: 'semester_study', planned: 5, used: 2, left: 3, overridden: 0 }]] }));

    await opened('', '#registry-body tr');

    expect($('h1')!.textContent).toBe('Agreements registry');
    expect($('nav.office-nav a[aria-current=page]')!.textContent).toBe('Agreements');
    expect($('#count')!.textContent).toBe('Agreements shown: 3 of 3');
    await vi.waitFor(() => expect(cells('#registry-body tr')[0]!.at(-1)).toBe('2 of 5 used'));
    const [first] = cells('#registry-body tr');
    expect(first!.slice(0, 4)).toEqual(['AGR-2024-0003', 'Osh State UniversityKyrgyzstan', 'Academic mobility agreement', 'Active']);
    expect($<HTMLAnchorElement>('#registry-body a')!.getAttribute('href')).toBe('/office/agreements?id=agr-osh');
    // An expired agreement has no places this year to show.
    expect(cells('#registry-body tr')[2]!.at(-1)).toBe('');
    expect($('#registry-head')!.textContent).toContain(`Places ${academicYear()}`);
  });

  it('filters by a search and a view, keeping both in the address', async () => {
    const { addresses } = await (async () => {
      stubApi(registryAnswers());
      return opened('', '#registry-body tr');
    })();

    type('#search', 'osh');
    await vi.waitFor(() => expect($('#count')!.textContent).toBe('Agreements shown: 3 of 3'));
    type('#search', 'Kyrgyz');
    const expiring = $<HTMLInputElement>('input[name=view][value=expiring]')!;
    expiring.checked = true;
    expiring.dispatchEvent(new Event('change', { bubbles: true }));
    await vi.waitFor(() => expect($('#registry-caption')!.textContent).toContain('180 days'));

    expect(cells('#registry-body tr').map((r) => r[0])).toEqual(['AGR-2025-0001']);
    expect(cells('#registry-body tr')[0]).toContain('60 days left');
    expect(addresses.at(-1)).toBe('/office/agreements?view=expiring&q=Kyrgyz');
  });

  it('opens on the view and status the address names, the dormant with their last mobility as a day', async () => {
    stubApi(registryAnswers());

    await opened('?view=dormant', '#registry-body tr');

    expect($<HTMLInputElement>('input[name=view][value=dormant]')!.checked).toBe(true);
    const [row] = cells('#registry-body tr');
    expect(row![0]).toBe('AGR-2023-0002');
    expect(row![1]).toBe('L.N. Gumilyov Eurasian National UniversityKazakhstan');
    expect(row!.slice(3, 7)).toEqual(['Active', '', 'Open-ended', 'June 30, 2024']);
    expect($('#registry-head')!.textContent).toContain('Last mobility');
  });

  it('says plainly when nothing matches, and when a list could not be read', async () => {
    stubApi(registryAnswers({ '/api/agreements/dormant': [500, { error: 'internal', message: 'Something went wrong', requestId: 'req-7' }] }));

    await opened('?status=rejected', '#registry-body tr');

    expect(cells('#registry-body tr')).toEqual([['No agreement matches.']]);
    expect($('#message')!.className).toContain('error');
    expect($('#message')!.textContent).toContain('Request id: req-7');
  });

  it('asks a faculty member for nothing but who they are', async () => {
    const asked = stubApi(registryAnswers({ '/api/me': [200, { ...office, roles: [{ role: 'submitter', scope: { type: 'university' } }] }] }));

    render(<OfficeAgreementsPage model={officeAgreements('')} />, root);
    await vi.waitFor(() => expect($('h1')!.textContent).toBe('For the international office'));

    expect($('#registry')).toBeNull();
    expect(asked).toEqual(['/api/me']);
  });
});

function academicYear(): string {
  const d = new Date();
  const start = d.getMonth() >= 8 ? d.getFullYear() : d.getFullYear() - 1;
  return `${start}/${start + 1}`;
}

describe('an agreement’s page', () => {
  it('shows its status, content, places, documents, versions with what changed last, and its history', async () => {
    stubApi(agreementAnswers());

    await opened('?id=agr-osh', '#history li');

    expect($('h1')!.textContent).toBe('Agreement AGR-2024-0003');
    await vi.waitFor(() => expect(document.title).toBe('Agreement AGR-2024-0003 — Hamkor'));
    expect($('#subtitle')!.textContent).toBe('Academic mobility agreement — Osh State University');
    expect($('#detail-meta')!.textContent).toBe('Active');
    expect($('#detail-content')!.textContent).toContain('Osh State University, Osh, Kyrgyzstan');
    expect($('#detail-content')!.textContent).toContain('Faculty of Physics');
    expect($('#detail-content')!.textContent).toContain('Russian B2');
    // An agreement that names no pair: its text is English with Russian, linked first without `pair` (the server's choice), Uzbek after.
    expect($('#detail-content')!.textContent).toContain('The memorandum’s textEnglish with Russian');
    expect($$('#memorandum-files li').map((li) => li.textContent)).toEqual(['English and Russian (chosen for this agreement): PDF · DOCX', 'English and Uzbek: PDF · DOCX']);
    expect($$('#memorandum-files a').map((a) => a.getAttribute('href'))).toEqual([
      '/api/agreements/agr-osh/memorandum.pdf',
      '/api/agreements/agr-osh/memorandum.docx',
      '/api/agreements/agr-osh/memorandum.pdf?pair=uz',
      '/api/agreements/agr-osh/memorandum.docx?pair=uz',
    ]);
    // Beyond the plan (an override): "1 over", not "−1" left.
    expect(cells('#places-body tr')).toEqual([['2026/2027', 'Outgoing', $$('#places-body td')[1]!.textContent, '5', '6 (1 beyond the plan)', '1 over']]);
    expect($('#documents')!.textContent).toContain('Download Osh (signed).pdf');
    expect($('#documents')!.textContent).toContain('Signed copy, 20 KB, uploaded by Office');
    expect($('#versions')!.textContent).toContain('Version 2: edited');
    expect($('#versions')!.textContent).toContain('“Mathematics added”');
    expect($('#diff-heading')!.textContent).toBe('What changed from version 1 to 2');
    expect(cells('#diff-body tr')).toEqual([['Summary', 'Student exchange.', 'Student exchange in physics.']]);
    expect($('#history')!.textContent).toContain('Summary');
    expect($('#back-link')!.getAttribute('href')).toBe('/office/agreements');
  });

  it('says so when a download is refused, with the request id', async () => {
    stubApi(agreementAnswers({ '/api/agreements/agr-osh/documents/doc-1/download': [403, { error: 'forbidden', message: 'No', requestId: 'req-9' }] }));
    await opened('?id=agr-osh', '#documents button');

    $<HTMLButtonElement>('#documents button')!.click();

    await vi.waitFor(() => expect($('#documents-message')!.textContent).toContain('Request id: req-9'));
    expect($('#documents-message')!.className).toContain('error');
  });

  it('refuses a file that is not what its name says in the page, on its field, before anything is sent', async () => {
    stubApi(agreementAnswers());
    await opened('?id=agr-osh', '#document-form');
    const input = $<HTMLInputElement>('#document-file')!;

    const upload = () => $('#document-form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    upload();
    await vi.waitFor(() => expect($('#document-form .field-error')).not.toBeNull());
    const noFile = $('#document-form .field-error')!.textContent;
    Object.defineProperty(input, 'files', { value: [new File(['not a pdf at all'], 'signed.pdf', { type: 'application/pdf' })] });
    upload();
    await vi.waitFor(() => expect($('#document-form .field-error')!.textContent).toContain('signed.pdf'));

    expect(noFile).toBe('Choose a file, or remove this one');
    expect($('#document-form .field-error')!.textContent).toContain('is not really a PDF file');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect($('#document-form .message')!.textContent).toBe('Please check the marked fields.');
    const posted = vi.mocked(globalThis.fetch).mock.calls.filter(([, init]) => init?.method === 'POST');
    expect(posted).toEqual([]);
  });

  it('reads in Russian after a switch in the header, data included', async () => {
    stubApi(agreementAnswers({ '/api/me/language': [200, { ...office, language: 'ru' }] }));
    await opened('?id=agr-osh', '#history li');

    const select = $<HTMLSelectElement>('#language')!;
    select.value = 'ru';
    select.dispatchEvent(new Event('change', { bubbles: true }));

    await vi.waitFor(() => expect($('h1')!.textContent).toBe('Соглашение AGR-2024-0003'));
    expect($('#detail-content')!.textContent).toContain('русский B2');
    expect($('#detail-content')!.textContent).toContain('Физический факультет');
    expect($('#subtitle')!.textContent).toContain('Ошский государственный университет');
  });

  it('says an agreement the API does not have is not found, and one the server failed on with its request id', async () => {
    stubApi(agreementAnswers({ '/api/agreements/agr-osh': [404, { error: 'not_found' }] }));
    await opened('?id=agr-osh', '#message span');
    expect($('h1')!.textContent).toBe('Not found');
    expect($('#message')!.textContent).toBe('Not found (or not yours to see).');
    expect($('#detail')).toBeNull();
    render(null, root);

    stubApi(agreementAnswers({ '/api/agreements/agr-osh': [500, { error: 'internal', message: 'Something went wrong', requestId: 'req-5' }] }));
    await opened('?id=agr-osh', '#message span');
    expect($('#message')!.textContent).toBe('The server answered 500. Request id: req-5');
  });

  it('takes an address with no agreement’s id in it for one not found, and asks nothing about it', async () => {
    const asked = stubApi(agreementAnswers());
    await opened('?id=<script>', '#message span');
    expect($('h1')!.textContent).toBe('Not found');
    expect(asked.filter((url) => url.startsWith('/api/agreements'))).toEqual([]);
  });

  it('shows an amendment as what it changes in the agreement it amends, with that agreement’s places', async () => {
    const amendment = agreement('agr-amend', 'AGR-2025-0009', { status: 'in_review', amends: 'agr-osh', content: content({ cooperationConditions: [{ ...condition, mobilitiesPerYear: 7 }] }), history: [] });
    stubApi(
      agreementAnswers({
        '/api/agreements/agr-amend': [200, amendment],
        '/api/agreements/agr-amend/places': [200, []],
        '/api/agreements/agr-amend/documents': [200, []],
        '/api/agreements/agr-amend/versions': [200, []],
      }),
    );

    await opened('?id=agr-amend', '#diff-body tr');

    expect($('#versions-heading')!.textContent).toBe('What the amendment changes');
    expect($('#diff-note')!.textContent).toBe('Compared with AGR-2024-0003 as in force (version 2).');
    expect(cells('#diff-body tr')).toEqual([['Condition 1: places a year', '5', '7']]);
    expect($('#places-note')!.textContent).toContain('AGR-2024-0003');
    expect($$('#places-body tr')).toHaveLength(1);
    expect($('#documents')!.textContent).toBe('No documents uploaded.');
    expect($('#history')!.textContent).toBe('Nothing yet.');
  });
});

describe('an agreement’s signatures, termination and renewal', () => {
  const approved = agreement('agr-new', 'AGR-2026-0001', { status: 'approved', history: [] });
  const answersFor = (overrides: Record<string, [number, unknown]> = {}) =>
    agreementAnswers({
      '/api/agreements/agr-new': [200, approved],
      '/api/agreements/agr-new/places': [200, []],
      '/api/agreements/agr-new/documents': [200, []],
      '/api/agreements/agr-new/versions': [200, []],
      ...overrides,
    });
  const button = (name: string) => $$('#life-actions button').find((b) => b.textContent === name) as HTMLButtonElement;
  const fill = (selector: string, value: string) => type(selector, value);
  const posted = () => vi.mocked(globalThis.fetch).mock.calls.filter(([, init]) => init?.method === 'POST');

  it('offers what an approved agreement allows, and marks a signature dated in the future and its empty names at once, sending nothing', async () => {
    stubApi(answersFor());
    await opened('?id=agr-new', '#life-actions button');

    // Not yet sent to the partner's signatory: the office can send the text by link, or record the paper's signatures.
    expect($$('#life-actions button').map((b) => b.textContent)).toEqual(['Send to the partner’s signatory', 'Record a signature', 'Record a termination', 'Renew']);
    expect($('#life-facts')!.textContent).toContain('Not signed yet');
    button('Record a signature').click();
    await vi.waitFor(() => expect(document.activeElement?.id).toBe('sign-form-heading'));
    expect(button('Record a signature').getAttribute('aria-expanded')).toBe('true');
    expect($$('#sign-party label').map((l) => l.textContent!.trim())).toEqual(['Our university', 'The partner']);
    fill('#sign-date', '2999-01-01');
    $('#sign-form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    await vi.waitFor(() => expect($$('#sign-form .field-error')).toHaveLength(3));

    expect($$('#sign-form .field-error').map((p) => p.textContent)).toEqual(['A signature cannot be dated in the future', 'Fill this in', 'Fill this in']);
    expect($('#sign-date')!.getAttribute('aria-invalid')).toBe('true');
    expect($('#sign-form .message')!.textContent).toBe('Please check the marked fields.');
    expect(posted()).toEqual([]);
  });

  it('closes a form with Esc, the focus back on its button, and puts back what was typed when it opens again', async () => {
    stubApi(answersFor());
    await opened('?id=agr-new', '#life-actions button');

    button('Record a termination').click();
    await vi.waitFor(() => expect($('#term-reason')).not.toBeNull());
    fill('#term-reason', 'No mobility for three years.');
    $('#term-reason')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    await vi.waitFor(() => expect($('#terminate-form')).toBeNull());
    expect(document.activeElement).toBe(button('Record a termination'));
    button('Record a termination').click();
    await vi.waitFor(() => expect($('#term-reason')).not.toBeNull());

    expect($<HTMLTextAreaElement>('#term-reason')!.value).toBe('No mobility for three years.');
  });

  it('records a signature, reads the agreement again and says so under the part’s heading, which takes the focus', async () => {
    const signed = { ...approved, signatures: { home: { party: 'home', date: '2026-01-05', signatoryName: 'Rustam Nazarov', signatoryPosition: 'Rector' } } };
    stubApi(answersFor({ '/api/agreements/agr-new/signatures': [200, signed] }));
    await opened('?id=agr-new', '#life-actions button');

    button('Record a signature').click();
    await vi.waitFor(() => expect($('#sign-name')).not.toBeNull());
    fill('#sign-name', 'Rustam Nazarov');
    fill('#sign-position', 'Rector');
    $('#sign-form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    await vi.waitFor(() => expect($('#life-message')!.textContent).toBe('The signature is recorded.'));

    expect($('#sign-form')).toBeNull();
    await vi.waitFor(() => expect(document.activeElement?.id).toBe('life-heading'));
    const [, init] = posted()[0]!;
    expect(JSON.parse(String(init!.body))).toMatchObject({ party: 'home', signatoryName: 'Rustam Nazarov', signatoryPosition: 'Rector' });
  });

  it('shows nothing of it on an amendment, which is signed and ended through the agreement it amends', async () => {
    stubApi(answersFor({ '/api/agreements/agr-new': [200, { ...approved, amends: 'agr-osh' }] }));
    await opened('?id=agr-new', '#history');
    await vi.waitFor(() => expect($('#edit-facts, #edit-open, #document-form')).not.toBeNull(), { timeout: 15_000 });

    expect($('#life')).toBeNull();
  });
});
