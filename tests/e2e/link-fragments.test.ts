/**
 * A one-time link's token leaves the address bar and the browser's history as soon as the page
 * has read it (issue 14, hole 5): a shared screen, a screenshot or the history must not hand an
 * approver's or a sign-in link on. The page keeps the token in memory, so its buttons still work.
 * Debian Chromium via playwright-core, against the local stack.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getSubmission } from '../../functions/lib/db/submissions';
import { launchChromium } from '../support/browser';
import { nextSigninEmail, nominationBody, signinEmailsTo, startHarness, to, tokenFrom, type Harness } from '../support/harness';

let h: Harness;
let browser: Browser;

beforeAll(async () => {
  h = await startHarness('e2e-link-fragments');
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await h?.stop();
});

/** The address the page sees itself at. */
const addressNow = (page: import('playwright-core').Page) => page.evaluate(() => location.href);

describe('a link’s token in the address bar', () => {
  it('is gone from the approver page’s address once loaded, and the page still decides with it', async () => {
    const faculty = await h.signIn('faculty@uni.example');
    const res = await h.post('/api/nominations', nominationBody(), { cookie: faculty });
    const n = (await res.json()) as { id: string; reference: string };
    const email = await h.waitForEmail((e) => to('head.physics@uni.example')(e) && e.subject.includes(n.reference) && /\/act#t=/.test(e.body.text ?? ''), 'the action email');
    const token = tokenFrom(email, 'act');
    const page = await browser.newPage();
    await page.goto(`${h.url}/act#t=${token}&l=en`);
    await expect.poll(() => page.locator('body').innerText(), { timeout: 10_000 }).toContain(n.reference);
    const href = await addressNow(page);
    await page.locator('input[type=radio][value=approve]').check();
    await page.locator('#decide-button').click();
    await expect.poll(async () => (await getSubmission(h.deps.db, 'nomination', n.id))?.review?.stepIndex, { timeout: 10_000 }).toBe(1);
    // The history entry itself was rewritten: back to the tab's blank start, then forward again.
    await page.goBack();
    await page.goForward();
    const fromHistory = await addressNow(page);
    await page.close();
    expect(href).toBe(`${h.url}/act`);
    expect(href).not.toContain(token);
    expect(fromHistory).toBe(`${h.url}/act`);
  });

  it('is gone from the sign-in page’s address once loaded, and the button still signs in', async () => {
    const address = 'faculty@uni.example';
    const before = (await signinEmailsTo(h, address)).length;
    expect((await h.post('/api/auth/link', { email: address })).status).toBe(202);
    const token = tokenFrom(await nextSigninEmail(h, address, before), 'signin');
    const context = await browser.newContext({ locale: 'en-US' });
    const page = await context.newPage();
    await page.goto(`${h.url}/signin#t=${token}`);
    await page.locator('#signin-button').waitFor({ state: 'visible', timeout: 10_000 });
    const href = await addressNow(page);
    await page.locator('#signin-button').click();
    await page.waitForURL(`${h.url}/`, { timeout: 10_000 });
    const cookies = await context.cookies();
    await context.close();
    expect(href).toBe(`${h.url}/signin`);
    expect(href).not.toContain(token);
    expect(cookies.some((c) => c.httpOnly)).toBe(true);
  });
});
