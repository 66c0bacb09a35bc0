/**
 * Back to the page one was going to, in a real browser: a member of the international office,
 * signed out, opens the link of an activity's email (`/office/activities?activity=<id>`), follows
 * the page's "Sign in", asks for a link, opens it from the local mailbox, presses "Sign in", and is
 * on that page with that activity open. A sign-in page whose address names another site signs in
 * all the same, to the default page, and asks the API for no such page.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exampleOf } from '../../shared/schemas/common';
import { ActivityInputSchema, type Activity } from '../../shared/schemas/activity';
import { launchChromium } from '../support/browser';
import { nextSigninEmail, signinEmailsTo, signinLinkIn, startHarness, to, type Harness } from '../support/harness';
import { checkPage, PASSES, watchErrors } from '../support/pages';

let h: Harness;
let browser: Browser;
let proposed: Activity;
/** The activity's address as its email to the office writes it. */
let emailedLink: string;

beforeAll(async () => {
  h = await startHarness('e2e-signin-return');
  const admin = await h.signIn('admin@uni.example');
  const faculty = await h.signIn('faculty@uni.example');
  // The office confirms what faculty members record: a member's activity is emailed to it.
  const setting = (await (await h.get('/api/settings/activity-confirmation', { cookie: admin })).json()) as { version: number };
  expect((await h.fetchPut('/api/settings/activity-confirmation', { confirmer: 'office', version: setting.version }, admin)).status).toBe(200);
  const body = { ...(exampleOf(ActivityInputSchema) as Record<string, unknown>), title: 'Summer school on optics with Osh', kind: 'webinar', startDate: '2032-06-10', endDate: '2032-06-12' };
  const res = await h.post('/api/activities', body, { cookie: faculty });
  expect(res.status).toBe(201);
  proposed = (await res.json()) as Activity;
  const mail = await h.waitForEmail((e) => to('iro@uni.example')(e) && (e.body.text ?? '').includes(`activity=${proposed.id}`), 'the activity’s email to the office');
  emailedLink = new RegExp(`${h.url}/office/activities\\?activity=[A-Za-z0-9_%-]+`).exec(mail.body.text ?? '')![0];
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await h?.stop();
});

describe('signing in from a page one was going to', () => {
  it('brings an office member who opened an activity’s email signed out back to that activity, open', async () => {
    // Prepare: signed out, the email's link opened.
    const context = await browser.newContext({ locale: 'en-US' });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(emailedLink);
    const signIn = page.locator('#message a');
    await signIn.waitFor({ state: 'visible', timeout: 15_000 });
    const href = await signIn.getAttribute('href');
    const quality = await checkPage(page, 'signin-return-signed-out');
    const seen = (await signinEmailsTo(h, 'iro@uni.example')).length;

    // Act: "Sign in", the address, the link from the mailbox in a new tab, its button.
    await signIn.click();
    await page.locator('#email').waitFor({ state: 'visible', timeout: 10_000 });
    const signinAddress = page.url();
    await page.locator('#email').fill('iro@uni.example');
    await page.locator('#email-form button[type=submit]').click();
    await page.locator('#message.ok').waitFor({ state: 'visible', timeout: 10_000 });
    const link = signinLinkIn(await nextSigninEmail(h, 'iro@uni.example', seen));
    const linkPage = await context.newPage();
    const linkErrors = watchErrors(linkPage);
    await page.close();
    await linkPage.goto(link);
    await linkPage.locator('#signin-button').click();
    await linkPage.waitForURL(emailedLink, { timeout: 15_000 });
    await linkPage.locator('#activity-detail').waitFor({ state: 'visible', timeout: 15_000 });
    const opened = { heading: await linkPage.locator('#detail-heading').innerText(), status: await linkPage.locator('#detail-status').innerText() };
    await context.close();

    // Assess
    expect(href).toBe(`/signin?next=${encodeURIComponent(`/office/activities?activity=${proposed.id}`)}`);
    expect(signinAddress).toBe(`${h.url}${href}`);
    expect(link).toMatch(new RegExp(`^${h.url}/signin#t=[A-Za-z0-9_-]{43}$`));
    expect(opened.heading).toContain('Summer school on optics with Osh');
    expect(opened.status).toBe('Awaiting confirmation');
    expect(quality).toEqual(PASSES);
    // Signed out, the page's own check of who is reading is answered 401.
    expect(errors.filter((e) => !/401/.test(e))).toEqual([]);
    expect(linkErrors).toEqual([]);
  });

  it('signs in to the default page when the sign-in page’s address names another site, and asks for no such page', async () => {
    // Prepare
    const context = await browser.newContext({ locale: 'en-US' });
    const page = await context.newPage();
    const errors = watchErrors(page);
    const asked: string[] = [];
    page.on('request', (r) => {
      if (r.url().endsWith('/api/auth/link')) asked.push(r.postData() ?? '');
    });
    const seen = (await signinEmailsTo(h, 'legal@uni.example')).length;

    // Act
    await page.goto(`${h.url}/signin?next=${encodeURIComponent('//evil.example/office')}`);
    await page.locator('#email').fill('legal@uni.example');
    await page.locator('#email-form button[type=submit]').click();
    await page.locator('#message.ok').waitFor({ state: 'visible', timeout: 10_000 });
    const link = signinLinkIn(await nextSigninEmail(h, 'legal@uni.example', seen));
    const linkPage = await context.newPage();
    await page.close();
    await linkPage.goto(link);
    await linkPage.locator('#signin-button').click();
    await linkPage.waitForURL(`${h.url}/`, { timeout: 15_000 });
    await linkPage.locator('#signout').waitFor({ state: 'visible', timeout: 15_000 });
    await context.close();

    // Assess
    expect(asked.map((body) => JSON.parse(body) as Record<string, unknown>)).toEqual([{ email: 'legal@uni.example' }]);
    expect(errors).toEqual([]);
  });
});
