/**
 * The sign-in page's answers in a real browser (Debian Chromium via playwright-core): an address
 * the API refuses is said once, on its field, not again in the status box above; too many link
 * requests say roughly how long to wait, from the API's `retryAfter`, in the reader's language;
 * and the page asks for no /favicon.ico (its icon is inline), so no 404 lands in the console.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/browser';
import { startHarness, type Harness } from '../support/harness';
import { checkPage, PASSES, watchErrors } from '../support/pages';

let h: Harness;
let browser: Browser;

beforeAll(async () => {
  // One link request per client in the window: the second from this browser is refused (429).
  // (A request for an address is never refused: the page's 429 is about the client.)
  h = await startHarness('e2e-signin-page', { LINK_REQUESTS_PER_CLIENT: '1' });
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await h?.stop();
});

async function signinPage(): Promise<{ page: Page; errors: string[]; requested: string[]; close(): Promise<void> }> {
  const context = await browser.newContext({ locale: 'en-US' });
  const page = await context.newPage();
  const errors = watchErrors(page);
  const requested: string[] = [];
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));
  await page.goto(`${h.url}/signin`);
  await page.locator('#email').waitFor({ state: 'visible', timeout: 10_000 });
  return { page, errors, requested, close: () => context.close() };
}

async function ask(page: Page, email: string): Promise<void> {
  await page.locator('#email').fill(email);
  await page.locator('#email-form button[type=submit]').click();
}

describe('the sign-in page', () => {
  it('says a refused address once, on its field', async () => {
    // Prepare
    const { page, errors, requested, close } = await signinPage();

    // Act
    await ask(page, 'not an address');
    await page.locator('#email-error').waitFor({ state: 'visible', timeout: 10_000 });
    await page.waitForTimeout(300); // the status box would have been filled by now
    const shown = { field: await page.locator('#email-error').innerText(), status: await page.locator('#message').innerText(), invalid: await page.locator('#email').getAttribute('aria-invalid') };
    const quality = await checkPage(page, 'signin-refused');
    await close();

    // Assess
    expect(shown).toEqual({ field: 'Enter a valid email address', status: '', invalid: 'true' });
    expect(requested.filter((p) => p === '/favicon.ico')).toEqual([]);
    expect(quality).toEqual(PASSES);
    expect(errors).toEqual([]);
  });

  it('says how long to wait when too many links were asked for, in English and Russian', async () => {
    // Prepare: the one link request this client may make now.
    const { page, errors, close } = await signinPage();
    await ask(page, 'faculty@uni.example');
    await page.locator('#message.ok').waitFor({ state: 'visible', timeout: 10_000 });

    // Act
    await ask(page, 'iro@uni.example');
    await page.locator('#message.error').waitFor({ state: 'visible', timeout: 10_000 });
    const english = await page.locator('#message').innerText();
    await page.locator('#language').selectOption('ru');
    // The Russian words come on demand (a chunk per language): the page switches once they are in.
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('ru');
    const russian = await page.locator('#message').innerText();
    await page.locator('#language').selectOption('en');
    await close();

    // Assess
    expect(english).toMatch(/^Too many requests\. Try again in \d+ (minute|minutes|hour|hours)\.$/);
    expect(russian).toMatch(/^Слишком много запросов\. Попробуйте снова через \d+ (минуту|минуты|минут|час|часа|часов)\.$/);
    expect(errors.filter((e) => !/429/.test(e))).toEqual([]);
  });
});
