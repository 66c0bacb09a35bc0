// @vitest-environment happy-dom
/**
 * The faculty's page without a browser (happy-dom), the API answered by a stub: which page each
 * address is, who is greeted with which roles and lists, what is said to someone not signed in
 * or offline, the profile's language taken and a later choice kept there, and sign-out forgetting
 * every draft on the device. The forms themselves have tests of their own.
 */
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startWords, type WordChunks } from '../../web/src/i18n/live';
import { HomePage, homePage, routeOf } from '../../web/src/pages/home-page';

const WORDS: WordChunks = {
  en: () => import('../../web/src/i18n/home-words?lang=en'),
  ru: () => import('../../web/src/i18n/home-words?lang=ru'),
  uz: () => import('../../web/src/i18n/home-words?lang=uz'),
};
const $ = <T extends Element = HTMLElement>(selector: string) => document.querySelector<T>(selector);
const $$ = (selector: string) => [...document.querySelectorAll<HTMLElement>(selector)];
const text = (selector: string) => $(selector)?.textContent ?? null;

// The forms load beside the first reads; here they stay away, as offline they would.
vi.mock('../../web/src/pages/nomination-form-page', () => ({ HomeNominationForm: () => null, NominationEdit: () => null }));
vi.mock('../../web/src/pages/home-older-memorandum', () => ({ speak: () => undefined, mountMemorandumForm: () => undefined, mountMemorandumEdit: () => undefined }));

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

type Call = { method: string; path: string; body: unknown };
type Answer = [number, unknown] | 'offline';

function stubApi(answer: (call: Call) => Answer | undefined): Call[] {
  const calls: Call[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string, init?: RequestInit) => {
      const call = { method: init?.method ?? 'GET', path: url.split('?')[0]!, body: init?.body ? JSON.parse(String(init.body)) : undefined };
      calls.push(call);
      const got = answer(call) ?? [200, []];
      if (got === 'offline') throw new TypeError('Failed to fetch');
      return new Response(JSON.stringify(got[1]), { status: got[0], headers: { 'content-type': 'application/json' } });
    }),
  );
  return calls;
}

const AT = '2026-12-01T09:00:00.000Z';
const faculty = {
  email: 'faculty@uni.example',
  name: 'Aziz Rakhimov',
  language: 'en',
  faculty: 'physics',
  roles: [{ role: 'head_of_department', scope: { type: 'department', faculty: 'physics', department: 'general-physics' } }],
};
const physics = { id: 'physics', name: 'Faculty of Physics', names: { ru: 'Физический факультет' }, departments: [{ id: 'general-physics', name: 'General Physics', names: { ru: 'Кафедра общей физики' } }] };
const osh = { id: 'osh-state-university', name: 'Osh State University', country: 'KG', contacts: [], version: 1, createdAt: AT, updatedAt: AT };
const mine = {
  id: 'n-1',
  reference: 'NOM-2026-0042',
  version: 1,
  kind: 'nomination',
  status: 'in_review',
  submitter: { email: faculty.email, name: faculty.name },
  createdAt: AT,
  updatedAt: AT,
  content: { nominee: { name: 'Dilnoza Karimova' }, partnerId: 'osh-state-university', academicYear: '2027/2028' },
};

async function show(path: string) {
  const model = homePage(routeOf(path));
  render(<HomePage model={model} />, root);
  await model.start();
  await new Promise((r) => setTimeout(r, 0));
  return model;
}

describe('the faculty’s page’s addresses', () => {
  it('are the home, an item, its edit form, or no page', () => {
    expect(routeOf('/')).toEqual({ page: 'home' });
    expect(routeOf('/index.html')).toEqual({ page: 'home' });
    expect(routeOf('/nominations/n-1')).toEqual({ page: 'view', kind: 'nomination', id: 'n-1', path: '/nominations/n-1' });
    expect(routeOf('/agreements/a_1/edit/')).toEqual({ page: 'edit', kind: 'memorandum', id: 'a_1', path: '/agreements/a_1' });
    expect(routeOf('/nominations/a%2Fb')).toEqual({ page: 'unknown' });
    expect(routeOf('/foo/bar')).toEqual({ page: 'unknown' });
  });
});

describe('the home page', () => {
  it('greets the person with their roles and lists their nominations, with sign-out in the header', async () => {
    // Prepare
    const calls = stubApi((c) =>
      c.path === '/api/me' ? [200, faculty] : c.path === '/api/faculties' ? [200, [physics]] : c.path === '/api/partners' ? [200, [osh]] : c.path === '/api/nominations' ? [200, [mine]] : undefined,
    );

    // Act
    await show('/');

    // Assess
    expect(text('#title')).toBe('Hello, Aziz Rakhimov');
    expect(document.title).toBe('Hello, Aziz Rakhimov — Hamkor');
    expect(text('#roles')).toBe('faculty@uni.example · Roles: Head of department (General Physics)');
    expect($('#console')).toBeNull();
    expect($$('#nominations > li > a').map((a) => [a.textContent, a.getAttribute('href')])).toEqual([['NOM-2026-0042', '/nominations/n-1']]);
    expect(text('#nominations .muted')).toBe('Dilnoza Karimova — Osh State University');
    expect(text('#agreements')).toBe('None yet.');
    expect(text('#signout')).toBe('Sign out');
    expect(text('#message')).toBe('');
    // The first reads go out with /api/me, not after it; none of them writes.
    expect(calls.map((c) => c.method)).toEqual(['GET', 'GET', 'GET', 'GET', 'GET']);
  });

  it('links the office to its console', async () => {
    // Prepare
    stubApi((c) => (c.path === '/api/me' ? [200, { ...faculty, roles: [{ role: 'international_office', scope: { type: 'university' } }] }] : undefined));

    // Act
    await show('/');

    // Assess
    expect(text('#roles')).toBe('faculty@uni.example · Roles: International office (university)');
    expect($$('#console a').map((a) => a.getAttribute('href'))).toEqual(['/office', '/office/nominations', '/office/partners']);
  });

  it('says when its lists could not be read', async () => {
    // Prepare
    stubApi((c) => (c.path === '/api/me' ? [200, faculty] : c.path === '/api/nominations' ? [500, { error: 'internal' }] : undefined));

    // Act
    await show('/');

    // Assess
    expect($('#message')!.className).toBe('message error');
    expect(text('#message')).toBe('Some lists could not be loaded. Reload the page to try again.');
  });

  it.each([
    ['not signed in', [401, { error: 'unauthorized' }], 'You are not signed in. Sign in'],
    ['offline', 'offline', 'Could not reach the server. Check your connection and reload.'],
    ['refused by the server', [503, { error: 'unavailable' }], 'Something went wrong (503).'],
  ] as [string, Answer, string][])('says so to someone %s, with no sign-out', async (_, me, said) => {
    // Prepare
    stubApi((c) => (c.path === '/api/me' ? me : undefined));

    // Act
    await show('/');

    // Assess
    expect({ title: text('#title'), message: text('#message'), signOut: $('#signout') }).toEqual({ title: 'Hamkor', message: said, signOut: null });
  });

  it('takes the profile’s language, and keeps a later choice there too', async () => {
    // Prepare
    const calls = stubApi((c) => (c.path === '/api/me' ? [200, { ...faculty, language: 'ru' }] : c.path === '/api/me/language' ? [200, {}] : undefined));

    // Act
    await show('/');
    const russian = text('#title');
    $<HTMLSelectElement>('#language')!.value = 'uz';
    $<HTMLSelectElement>('#language')!.dispatchEvent(new Event('change', { bubbles: true }));
    await vi.waitFor(() => expect(text('#title')).toBe('Assalomu alaykum, Aziz Rakhimov'), { timeout: 10_000 });

    // Assess
    expect(russian).toBe('Здравствуйте, Aziz Rakhimov');
    await vi.waitFor(() => expect(calls.filter((c) => c.method === 'PUT')).toEqual([{ method: 'PUT', path: '/api/me/language', body: { language: 'uz' } }]));
  });

  it('forgets every draft on this device at sign-out, then signs out', async () => {
    // Prepare
    const calls = stubApi((c) => (c.path === '/api/me' ? [200, faculty] : undefined));
    const assign = vi.fn();
    vi.stubGlobal('location', { ...location, assign, pathname: '/' });
    localStorage.setItem('hamkor.draft.memorandum:faculty@uni.example', '{}');
    localStorage.setItem('hamkor.draft.nomination:faculty@uni.example', '{}');
    localStorage.setItem('hamkor.language', 'en');
    await show('/');

    // Act
    $<HTMLButtonElement>('#signout')!.click();
    await vi.waitFor(() => expect(assign).toHaveBeenCalledWith('/signin'));

    // Assess
    expect(Object.keys(localStorage).filter((k) => k.startsWith('hamkor.draft.'))).toEqual([]);
    expect(localStorage.getItem('hamkor.language')).toBe('en');
    expect(calls.at(-1)).toEqual({ method: 'POST', path: '/api/auth/signout', body: undefined });
  });
});

describe('the other addresses', () => {
  it('answers an unknown one with the page’s own not-found', async () => {
    // Prepare
    stubApi((c) => (c.path === '/api/me' ? [200, faculty] : undefined));

    // Act
    await show('/foo/bar');

    // Assess
    expect({ title: text('#title'), message: text('#message'), back: $('#back-link')?.getAttribute('href') }).toEqual({ title: 'Not found', message: 'There is no page at this address.', back: '/' });
  });

  it('shows an item’s page at its address', async () => {
    // Prepare
    stubApi((c) => (c.path === '/api/me' ? [200, faculty] : c.path === '/api/nominations/n-1' ? [200, { ...mine, history: [], places: null }] : c.path === '/api/partners' ? [200, [osh]] : undefined));

    // Act
    await show('/nominations/n-1');

    // Assess
    expect(text('#title')).toBe('Exchange nomination NOM-2026-0042');
    expect(text('#subtitle')).toBe('Dilnoza Karimova — Osh State University — 2027/2028');
    expect($('#withdraw-section')).not.toBeNull();
  });

  it('offers the edit form only to its submitter, and only while it waits for changes', async () => {
    // Prepare
    stubApi((c) => (c.path === '/api/me' ? [200, faculty] : c.path === '/api/nominations/n-1' ? [200, { ...mine, history: [], places: null }] : undefined));

    // Act
    await show('/nominations/n-1/edit');

    // Assess
    expect(text('#title')).toBe('Edit NOM-2026-0042');
    expect(text('#message')).toBe('It is in review, not waiting for changes, so there is nothing to edit.');
    expect($('#edit')).toBeNull();
    expect(text('#back-link')).toBe('Back to NOM-2026-0042');
  });
});
