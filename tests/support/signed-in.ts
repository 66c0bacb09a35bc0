/**
 * A person signed in the way people sign in: the sign-in page asks for a link, the link arrives
 * in the local SES mailbox, the browser opens the link from the email as it is written and the
 * person presses "Sign in". What comes back is the browser context carrying the session cookie
 * the API set, a page on the home page, and the cookie itself for the test's own API calls.
 *
 * `Harness.signIn` with `signedInContext` is quicker (no browser on the way in) and stays right
 * for tests about one page; this one is for tests about what a person does, where the way in is
 * part of the story.
 */
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { signedInContext } from './browser';
import { nextSigninEmail, signinEmailsTo, signinLinkIn, type Harness, type StoredEmail, to } from './harness';
import { checkPage, watchErrors, type AxeFinding } from './pages';

export type PageQuality = { a11y: AxeFinding[]; overflowAt360: number };

export type SignedIn = {
  email: string;
  context: BrowserContext;
  /** On the home page, signed in. */
  page: Page;
  /** Script and console errors of `page` since it opened. */
  errors: string[];
  /** `hamkor_session=…`, as `Harness.post` and `Harness.get` take it. */
  cookie: string;
  /** checkPage of the sign-in form and of the page the email's link opens, when `check` was given. */
  quality: PageQuality[];
  /** Another page in the same signed-in context, opened at `path`, with its errors watched. */
  open(path: string): Promise<{ page: Page; errors: string[] }>;
  close(): Promise<void>;
};

/**
 * Signs `email` in through the sign-in page and the link in their mailbox, in a new context.
 * With `language`, the sign-in page's switcher is set to it first. With `check`, the sign-in form
 * and the link's page are checked (axe, 360 px, screenshots named `<check>-signin` and
 * `<check>-signin-link`) and their results handed back in `quality`. It needs of `h` only the
 * app's address and its mailbox, so bench/screenshots.ts signs in with it too.
 */
export async function signInThroughMailbox(
  browser: Browser,
  h: Pick<Harness, 'url' | 'emailsTo'>,
  email: string,
  options: { context?: BrowserContextOptions; check?: string; language?: 'en' | 'ru' | 'uz' } = {},
): Promise<SignedIn> {
  const context = await browser.newContext({ locale: 'en-US', ...options.context });
  const form = await context.newPage();
  const formErrors = watchErrors(form);
  const quality: PageQuality[] = [];
  const seen = (await signinEmailsTo(h, email)).length;

  // The sign-in page: the address, then the button (the form's only submit button).
  await form.goto(`${h.url}/signin`);
  await form.locator('#email').waitFor({ state: 'visible', timeout: 10_000 });
  if (options.language) await form.locator('#language').selectOption(options.language);
  await form.locator('#email').fill(email);
  await form.locator('#email-form button[type=submit]').click();
  await form.locator('#message.ok').waitFor({ state: 'visible', timeout: 10_000 });
  if (options.check) quality.push(await checkPage(form, `${options.check}-signin`));

  // The link from the mailbox, opened as a person would, in a new tab (the same address with
  // another fragment would not load the page again): nothing happens until they press the button.
  const link = signinLinkIn(await nextSigninEmail(h, email, seen));
  const page = await context.newPage();
  const errors = watchErrors(page);
  errors.push(...formErrors);
  await form.close();
  await page.goto(link);
  await page.locator('#signin-button').waitFor({ state: 'visible', timeout: 10_000 });
  if (options.check) quality.push(await checkPage(page, `${options.check}-signin-link`));
  await page.locator('#signin-button').click();
  await page.waitForURL(`${h.url}/`, { timeout: 15_000 });
  await page.locator('#signout').waitFor({ state: 'visible', timeout: 15_000 });

  const session = (await context.cookies(h.url)).find((c) => c.name === 'hamkor_session');
  if (!session) throw new Error(`no session cookie after ${email} signed in`);
  const cookie = `${session.name}=${session.value}`;

  return {
    email,
    context,
    page,
    errors,
    cookie,
    quality,
    async open(path: string) {
      const other = await context.newPage();
      const otherErrors = watchErrors(other);
      await other.goto(`${h.url}${path}`);
      return { page: other, errors: otherErrors };
    },
    close: () => context.close(),
  };
}

/**
 * A new window signed in with `cookie` (from `Harness.signIn`), a page in it opened at `path`, and
 * that page's script and console errors: the quick way in for tests about one page.
 */
export async function openSignedIn(
  browser: Browser,
  h: Harness,
  cookie: string,
  path: string,
  options: BrowserContextOptions = {},
): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await signedInContext(browser, h.url, cookie, options);
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(`${h.url}${path}`);
  return { context, page, errors };
}

/** A predicate for the emails to one address about one item (its reference in the subject). */
export const aboutTo = (address: string, reference: string) => (e: StoredEmail) => to(address)(e) && e.subject.includes(reference);
