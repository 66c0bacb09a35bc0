/**
 * The office console's frame for its Preact pages: the header (the brand linking home, the
 * language switcher, sign-out), the console's navigation with the page's own link marked, and
 * `<main>`; and the access check, done once: who is signed in (GET /me) decides what the frame
 * shows. The page's content is rendered for the international office and admins only, and is
 * handed the signed-in person; anyone else is told why before a single list is asked for (the
 * lists are the office's, not everyone's), and sees no navigation to pages they may not open.
 *
 * Its words are in i18n/console-words-part.ts, which a console page's word set spreads in.
 */
import { signal } from '@preact/signals';
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { api } from '../api';
import { keepLanguageInProfile, signOut } from '../device';
import { chooseLanguage, lang, preferLanguage, t, type Language, type MessageKey } from '../i18n/live';
import { signinHref } from '../signin-link';
import { LanguageSwitcher } from './language-switcher';
import { MessageBox } from './message-box';
import { useTitle } from './page';

/** The person signed in, as the console's pages need them. */
export type OfficeMember = { email: string; roles: string[]; faculty?: string };

/** Each page of the console, by where it lives. */
export const CONSOLE_PAGES = [
  // The landing page: what waits, what ends soon, what sleeps, the year's figures.
  { page: 'dashboard', href: '/office', word: 'office.nav.dashboard' },
  { page: 'agreements', href: '/office/agreements', word: 'office.nav.agreements' },
  { page: 'nominations', href: '/office/nominations', word: 'office.nav.nominations' },
  { page: 'partners', href: '/office/partners', word: 'office.nav.partners' },
  { page: 'people', href: '/office/people', word: 'admin.nav.people' },
  { page: 'chains', href: '/office/chains', word: 'admin.nav.chains' },
  { page: 'activities', href: '/office/activities', word: 'office.nav.activities' },
  { page: 'reports', href: '/office/reports', word: 'office.nav.reports' },
  { page: 'import', href: '/office/import', word: 'office.nav.import' },
] as const satisfies readonly { page: string; href: string; word: MessageKey }[];

export type ConsolePage = (typeof CONSOLE_PAGES)[number]['page'];

/** What the access check found. */
export type Access =
  | { state: 'checking' }
  | { state: 'offline' }
  | { state: 'signedOut' }
  | { state: 'failed'; status: number }
  /** Not the office; `member` when they belong to a faculty (a page open to faculty members lets them in). */
  | { state: 'notOffice'; member?: OfficeMember & { faculty: string } }
  | { state: 'office'; member: OfficeMember };

const isOffice = (roles: readonly string[]) => roles.some((r) => r === 'admin' || r === 'international_office');

/**
 * The access check's state and the check itself. Once the person is known, the page takes their
 * profile's language (unless one was chosen on this device) and later choices go to the profile.
 */
export function consoleAccess() {
  const access = signal<Access>({ state: 'checking' });
  /** What a choice in the switcher also does once the person is known: keep it in their profile. */
  let keepChoice: ((language: Language) => void) | undefined;

  async function check(): Promise<void> {
    let me;
    try {
      me = await api('GET /me');
    } catch {
      access.value = { state: 'offline' };
      return;
    }
    if (me.status === 401) access.value = { state: 'signedOut' };
    else if (!me.ok) access.value = { state: 'failed', status: me.status };
    else {
      await preferLanguage(me.data.language);
      keepChoice = keepLanguageInProfile(me.data.language, lang.value, (l) => void chooseLanguage(l));
      const roles = me.data.roles.map((r) => r.role);
      const faculty = me.data.faculty;
      access.value = isOffice(roles) ? { state: 'office', member: { email: me.data.email, roles, ...(faculty ? { faculty } : {}) } } : { state: 'notOffice', ...(faculty ? { member: { email: me.data.email, roles, faculty } } : {}) };
    }
  }

  function choose(language: Language): void {
    void chooseLanguage(language);
    keepChoice?.(language);
  }

  return { access, check, choose };
}

export type ConsoleAccess = ReturnType<typeof consoleAccess>;

function ConsoleNav({ current }: { current: ConsolePage }) {
  return (
    <nav class="office-nav" aria-labelledby="office-nav-label">
      <span id="office-nav-label" class="visually-hidden">
        {t('office.nav')}
      </span>
      <ul>
        {CONSOLE_PAGES.map((p) => (
          <li key={p.page}>
            <a href={p.href} aria-current={p.page === current ? 'page' : undefined}>
              {t(p.word)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** Sign-out, the same on every signed-in page (device.ts: drafts forgotten first). */
export function SignOutButton() {
  const [busy, setBusy] = useState(false);
  return (
    <button
      type="button"
      id="signout"
      class="secondary"
      disabled={busy}
      onClick={() => {
        setBusy(true);
        void signOut();
      }}
    >
      {t('chrome.signOut')}
    </button>
  );
}

/** What the frame says instead of the page, for anyone the page is not for. */
function Refusal({ access, title }: { access: Exclude<Access, { state: 'office' }>; title: string }) {
  const heading = access.state === 'notOffice' ? t('office.forOffice') : title;
  useTitle(heading);
  const message =
    access.state === 'checking'
      ? undefined
      : access.state === 'signedOut'
        ? { text: () => t('common.notSignedIn'), tone: 'warn' as const }
        : access.state === 'notOffice'
          ? { text: () => t('office.onlyOffice'), tone: 'warn' as const }
          : access.state === 'offline'
            ? { text: () => t('common.offlineReload'), tone: 'error' as const }
            : { text: () => t('common.somethingWrongStatus', { status: String(access.status) }), tone: 'error' as const };
  return (
    <>
      <h1 id="title">{access.state === 'checking' ? t('common.loading') : heading}</h1>
      <MessageBox id="message" message={message}>
        {access.state === 'signedOut' ? (
          <>
            {' '}
            {/* Back to this page once signed in (an email's link to it, opened signed out). */}
            <a href={signinHref()}>{t('common.signIn')}</a>
          </>
        ) : null}
      </MessageBox>
    </>
  );
}

type FrameProps = {
  /** The page's own link in the navigation, marked as the current page. */
  current: ConsolePage;
  /** The page's heading, which the frame shows while checking and to a visitor not signed in. */
  title: string;
  /** The page's content, for a member of the office. */
  children: (member: OfficeMember) => ComponentChildren;
  /** The check to use (tests give their own); by default one made for this frame. */
  access?: ConsoleAccess;
  /** Also a faculty member's page (their faculty's own, as the API answers them): shown without the office's navigation. */
  openToFaculty?: boolean;
};

export function ConsoleFrame({ current, title, children, access: given, openToFaculty }: FrameProps) {
  const [model] = useState(() => given ?? consoleAccess());
  useEffect(() => {
    void model.check();
  }, [model]);
  const access = model.access.value;
  return (
    <>
      <a class="skip-link" href="#main">
        {t('chrome.skip')}
      </a>
      <header class="site">
        <a class="brand" href="/">
          Hamkor
        </a>
        <LanguageSwitcher label={t('chrome.language')} value={lang.value} onChoose={model.choose} />
        {access.state === 'office' || access.state === 'notOffice' ? <SignOutButton /> : null}
      </header>
      {access.state === 'office' ? <ConsoleNav current={current} /> : null}
      <main id="main" tabIndex={-1}>
        {access.state === 'office' ? children(access.member) : openToFaculty && access.state === 'notOffice' && access.member ? children(access.member) : <Refusal access={access} title={title} />}
      </main>
    </>
  );
}
