// @vitest-environment happy-dom
/**
 * The office's activities page without a browser (happy-dom), the API answered by a stub: the list
 * with its filters sent as the query; an edit made against a version someone else has since
 * replaced shows the current one in the form and says so; the server's field errors land on their
 * fields; a proposed activity opened by its confirmer asks a comment before a return, and a
 * confirmation that lost a race shows where the activity is now; the address an email links to
 * opens its activity.
 */
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startWords, type WordChunks } from '../../web/src/i18n/live';
import { officeActivities, OfficeActivitiesPage } from '../../web/src/pages/office-activities-page';

const WORDS: WordChunks = {
  en: () => import('../../web/src/i18n/activities-words?lang=en'),
  ru: () => import('../../web/src/i18n/activities-words?lang=ru'),
  uz: () => import('../../web/src/i18n/activities-words?lang=uz'),
};
const $ = <T extends Element = HTMLElement>(selector: string) => document.querySelector<T>(selector);

let root: HTMLElement;
beforeEach(async () => {
  root = document.createElement('div');
  document.body.replaceChildren(root);
  await startWords(WORDS, 'en');
});
afterEach(() => {
  render(null, root);
  vi.unstubAllGlobals();
});

type Asked = { method: string; url: string; body: unknown };

function stubApi(answers: Record<string, [number, unknown]>): Asked[] {
  const asked: Asked[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string, init?: RequestInit) => {
      const request = { method: init?.method ?? 'GET', url, body: init?.body ? JSON.parse(String(init.body)) : undefined };
      asked.push(request);
      const [status, body] = answers[`${request.method} ${url.split('?')[0]}`] ?? [404, { error: 'not_found' }];
      return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
    }),
  );
  return asked;
}

const actor = { email: 'iro@uni.example', name: 'Iroda' };
const lecture = {
  id: 'a1',
  kind: 'guest_lecture',
  title: 'Guest lectures in physics',
  partnerIds: ['osh-state-university'],
  startDate: '2026-10-12',
  endDate: '2026-10-14',
  format: 'virtual',
  faculty: 'physics',
  organiser: { name: 'Aziz Rakhimov', email: 'faculty@uni.example' },
  participants: { incoming: 1, outgoing: 0 },
  funding: [],
  status: 'recorded',
  version: 1,
  createdAt: '2026-10-01T00:00:00.000Z',
  createdBy: actor,
  updatedAt: '2026-10-01T00:00:00.000Z',
  updatedBy: actor,
};

async function shown(extra: Record<string, [number, unknown]> = {}, search = ''): Promise<Asked[]> {
  const asked = stubApi({
    'GET /api/me': [200, { email: 'iro@uni.example', name: 'Iroda', language: 'en', roles: [{ role: 'international_office', scope: { type: 'university' } }] }],
    'GET /api/faculties': [200, [{ id: 'physics', name: 'Faculty of Physics', departments: [] }]],
    'GET /api/partners': [200, [{ id: 'osh-state-university', name: 'Osh State University', names: {}, country: 'KG', city: 'Osh', website: 'https://oshsu.kg', contacts: [], version: 1 }]],
    'GET /api/agreements': [200, []],
    'GET /api/activities': [200, { activities: [lecture], truncated: false }],
    ...extra,
  });
  render(<OfficeActivitiesPage model={officeActivities(search)} />, root);
  await vi.waitFor(() => expect($('#activity-a1')).not.toBeNull());
  return asked;
}

describe('the activities page', () => {
  it('lists the activities and sends the filters chosen as the query', async () => {
    const asked = await shown();
    const kind = $<HTMLSelectElement>('#filter-kind')!;
    kind.value = 'webinar';
    kind.dispatchEvent(new Event('change', { bubbles: true }));
    $<HTMLButtonElement>('#filter-show')!.click();
    await vi.waitFor(() => expect(asked.filter((a) => a.url.startsWith('/api/activities')).length).toBe(2));

    expect($('#activity-a1')!.textContent).toContain('Guest lecture');
    expect($('#activity-a1')!.textContent).toContain('Osh State University');
    expect(asked.at(-1)!.url).toBe('/api/activities?kind=webinar');
  });

  it('shows the current version in the form when the edit was made against an older one', async () => {
    const current = { ...lecture, version: 3, outcome: 'Two applications sent.' };
    const asked = await shown({ 'PUT /api/activities/a1': [409, { error: 'activity_changed', message: 'changed', activity: current, requestId: 'r' }] });
    $<HTMLButtonElement>('#activity-a1 button[aria-label^="Edit"]')!.click();
    await vi.waitFor(() => expect($('#form-heading')!.textContent).toBe('Editing Guest lectures in physics'));
    $<HTMLFormElement>('#activity-form')!.requestSubmit();
    await vi.waitFor(() => expect($('#form-message')!.textContent).toContain('Someone changed this activity meanwhile'));

    const put = asked.find((a) => a.method === 'PUT')!;
    expect((put.body as { version: number }).version).toBe(1);
    expect($<HTMLTextAreaElement>('[id="field-outcome"]')!.value).toBe('Two applications sent.');
  });

  it('puts the server’s field errors on their fields', async () => {
    await shown({ 'POST /api/activities': [400, { error: 'validation_failed', message: 'x', fields: [{ path: 'partnerIds.0', message: 'No partner with this id' }], requestId: 'r' }] });
    const set = (id: string, value: string) => {
      const input = document.getElementById(id) as HTMLInputElement;
      input.value = value;
      input.dispatchEvent(new Event('input', { bubbles: true }));
    };
    set('field-title', 'Summer school');
    set('field-description', 'Our own.');
    set('field-startDate', '2026-07-01');
    set('field-endDate', '2026-07-10');
    set('field-organiser.name', 'Aziz Rakhimov');
    set('field-organiser.email', 'faculty@uni.example');
    $<HTMLFormElement>('#activity-form')!.requestSubmit();
    await vi.waitFor(() => expect($('[id="field-partnerIds-error"]')?.textContent).toBe('No partner with this id'));
    expect($('.error-summary a')!.getAttribute('href')).toBe('#field-partnerIds');
  });

  it('asks its confirmer for a comment before a return, and shows where a proposed activity is after a lost race', async () => {
    const proposed = { ...lecture, status: 'proposed', confirmer: 'office' };
    const confirmedMeanwhile = { ...proposed, status: 'recorded', version: 2, decisions: [{ decision: 'confirmed', at: '2026-10-02T00:00:00.000Z', by: actor }] };
    const asked = await shown({
      'GET /api/activities': [200, { activities: [proposed], truncated: false }],
      'GET /api/settings/activity-confirmation': [200, { confirmer: 'office', version: 1 }],
      'GET /api/activities/a1/documents': [200, []],
      'POST /api/activities/a1/confirm': [409, { error: 'activity_not_proposed', message: 'x', activity: confirmedMeanwhile, requestId: 'r' }],
    });
    expect($('#activity-a1')!.textContent).toContain('Awaiting confirmation');
    $<HTMLButtonElement>('#activity-a1 button[aria-label^="Open"]')!.click();
    await vi.waitFor(() => expect($('#activity-documents')?.textContent).toContain('No documents yet'));
    $<HTMLButtonElement>('#return-activity')!.click();
    await vi.waitFor(() => expect($('[id="decision-comment-error"]')?.textContent).toBe('Write what the faculty should change'));
    expect(asked.some((a) => a.url.endsWith('/return'))).toBe(false);
    $<HTMLFormElement>('#decision-form')!.requestSubmit();
    await vi.waitFor(() => expect($('#detail-message')!.textContent).toContain('no longer waits for a confirmation'));

    expect(asked.find((a) => a.url.endsWith('/confirm'))!.body).toEqual({ version: 1 });
    expect($('#detail-status')!.textContent).toBe('Recorded');
    expect($('#decision-form')).toBeNull();
  });

  it('opens the activity an email links to (`?activity=<id>`), read on its own even when the list does not show it', async () => {
    // Prepare
    const other = { ...lecture, id: 'a2', title: 'A summer school of 2025', status: 'proposed', confirmer: 'office' };

    // Act
    const asked = await shown({ 'GET /api/activities/a2': [200, other], 'GET /api/activities/a2/documents': [200, []] }, '?activity=a2');

    // Assess
    await vi.waitFor(() => expect($('#detail-heading')?.textContent).toContain('A summer school of 2025'));
    expect(asked.some((a) => a.method === 'GET' && a.url.split('?')[0] === '/api/activities/a2')).toBe(true);
  });

  it('says so when the activity an email links to is not there (or not the reader’s to open)', async () => {
    await shown({}, '?activity=gone');
    await vi.waitFor(() => expect($('#message')?.textContent).toContain('not in the registry'));
    expect($('#detail-heading')).toBeNull();
  });
});
