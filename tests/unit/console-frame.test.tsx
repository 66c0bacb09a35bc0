// @vitest-environment happy-dom
/**
 * The office console's Preact frame without a browser (happy-dom), GET /me answered by a stub at
 * the fetch boundary: an office member gets the navigation with the page's own link marked and the
 * page's content; a visitor not signed in gets neither, and a link to sign in; a faculty member is
 * told the page is the office's; a network failure says so.
 */
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ConsoleFrame } from '../../web/src/components/console-frame';
import { startWords, type WordChunks } from '../../web/src/i18n/live';
import { clearRoot, freshRoot } from '../support/page-root';

const WORDS: WordChunks = {
  en: () => import('../../web/src/i18n/reports-words?lang=en'),
  ru: () => import('../../web/src/i18n/reports-words?lang=ru'),
  uz: () => import('../../web/src/i18n/reports-words?lang=uz'),
};

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
const $ = <T extends Element = HTMLElement>(selector: string) => document.querySelector<T>(selector);

/** GET /me answers `status` with `body`; every request is recorded. */
function answerMe(status: number, body: unknown): string[] {
  const asked: string[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string, init?: RequestInit) => {
      asked.push(`${init?.method ?? 'GET'} ${url}`);
      return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
    }),
  );
  return asked;
}

const person = (roles: string[], language = 'en') => ({ email: 'someone@uni.example', name: 'Someone', language, roles: roles.map((role) => ({ role, scope: { type: 'university' } })) });

let root: HTMLElement;
beforeEach(async () => {
  root = await freshRoot(WORDS);
});
afterEach(() => clearRoot(root));

const frame = () =>
  render(
    <ConsoleFrame current="reports" title="Statistics">
      {(member) => <p id="content">Figures for {member.email}</p>}
    </ConsoleFrame>,
    root,
  );

describe('ConsoleFrame', () => {
  it('shows an office member the console navigation with the current page marked, and the page with the person', async () => {
    // Prepare
    answerMe(200, person(['international_office']));

    // Act
    frame();
    await settle();
    await settle();

    // Assess
    const links = [...document.querySelectorAll<HTMLAnchorElement>('nav.office-nav a')];
    expect(links.map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
      ['Overview', '/office'],
      ['Agreements', '/office/agreements'],
      ['Nominations', '/office/nominations'],
      ['Partners', '/office/partners'],
      ['People', '/office/people'],
      ['Approval chains', '/office/chains'],
      ['Activities', '/office/activities'],
      ['Statistics', '/office/reports'],
      ['Import', '/office/import'],
    ]);
    expect(links.filter((a) => a.getAttribute('aria-current') === 'page').map((a) => a.textContent)).toEqual(['Statistics']);
    expect($('nav.office-nav')!.getAttribute('aria-labelledby')).toBe('office-nav-label');
    expect($('#content')!.textContent).toBe('Figures for someone@uni.example');
    expect($('#signout')!.textContent).toBe('Sign out');
    expect($('main#main')).not.toBeNull();
  });

  it('takes the profile’s language when none was chosen on this device', async () => {
    answerMe(200, person(['admin'], 'ru'));

    frame();
    await vi.waitFor(() => expect($('nav.office-nav a[aria-current=page]')?.textContent).toBe('Статистика'), { timeout: 10_000 }); // the Russian chunk is transformed on first use

    expect(document.documentElement.lang).toBe('ru');
  });

  it('hides the page and the navigation from a visitor not signed in, and offers the sign-in page', async () => {
    // Prepare
    answerMe(401, { error: 'unauthorized' });

    // Act
    frame();
    await settle();
    await settle();

    // Assess
    expect($('#content')).toBeNull();
    expect($('nav.office-nav')).toBeNull();
    expect($('#signout')).toBeNull();
    expect($('h1')!.textContent).toBe('Statistics');
    expect($('#message')!.textContent).toContain('You are not signed in.');
    expect($<HTMLAnchorElement>('#message a')!.getAttribute('href')).toBe('/signin');
  });

  it('tells a faculty member the page is for the international office, and shows nothing of it', async () => {
    // Prepare
    const asked = answerMe(200, person(['submitter']));

    // Act: the frame asks who it is, then words its answer (a loaded machine takes more than two turns).
    frame();
    await vi.waitFor(() => expect($('h1')!.textContent).toBe('For the international office'), { timeout: 10_000 });

    // Assess
    expect($('#message')!.textContent).toContain('This page is for the international office.');
    expect($('#content')).toBeNull();
    expect($('nav.office-nav')).toBeNull();
    expect($('#signout')).not.toBeNull();
    expect(asked).toEqual(['GET /api/me']);
  });

  it('says the server could not be reached when the request fails', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))));

    frame();
    await vi.waitFor(() => expect($('#message')!.textContent).not.toBe(''));

    expect($('#message')!.textContent).toBe('Could not reach the server. Check your connection and reload.');
    expect($('#message')!.className).toBe('message error');
    expect($('#content')).toBeNull();
  });
});
