/**
 * The office console's nominations and partners in a real browser (Debian Chromium via
 * playwright-core): an admin finds a nomination approved through its chain under the status
 * "approved", records the partner's decline (refused without a reason, with the error on the
 * reason field; then accepted with one), registers a new partner and is told a second spelling of
 * the same name is already registered; a faculty member is told both pages are the office's. Each
 * page state passes axe-core (no serious or critical violation) and fits a 360 px phone.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nominationBody, startHarness, type Harness } from '../support/harness';
import { launchChromium } from '../support/browser';
import { approveSteps } from '../support/chains';
import { checkPage, PASSES } from '../support/pages';
import { openSignedIn } from '../support/signed-in';

let h: Harness;
let browser: Browser;
let admin: string;
let faculty: string;
let approved: { id: string; reference: string };

beforeAll(async () => {
  h = await startHarness('e2e-office-nominations');
  admin = await h.signIn('admin@uni.example');
  faculty = await h.signIn('faculty@uni.example');
  browser = await launchChromium();
  // One nomination still in review, one approved at every step of its chain.
  expect((await h.post('/api/nominations', nominationBody(), { cookie: faculty })).status).toBe(201);
  const res = await h.post('/api/nominations', nominationBody(), { cookie: faculty });
  expect(res.status).toBe(201);
  approved = (await res.json()) as { id: string; reference: string };
  await approveSteps(h, 'nomination', approved.id);
});
afterAll(async () => {
  await browser?.close();
  await h?.stop();
});

const open = (cookie: string, path: string) => openSignedIn(browser, h, cookie, path);

const rows = (page: Page) => page.locator('#registry-body tr').allInnerTexts();

describe('the office console’s nominations', () => {
  it('let an admin find an approved nomination by its status and record the partner’s decline, which needs a reason', async () => {
    // Prepare
    const { context, page, errors } = await open(admin, '/office/agreements');

    // Act: from the console's navigation to the nominations, filtered to those approved.
    await page.getByRole('navigation', { name: 'Office console' }).getByRole('link', { name: 'Nominations' }).click();
    await page.waitForURL(`${h.url}/office/nominations`);
    await expect.poll(() => rows(page), { timeout: 10_000 }).toHaveLength(2);
    const all = await checkPage(page, 'office-nominations');
    await page.getByLabel('Status').selectOption('approved');
    await expect.poll(() => rows(page), { timeout: 10_000 }).toEqual([expect.stringContaining(approved.reference)]);
    const filtered = await rows(page);
    const address = page.url();
    await page.getByRole('button', { name: `Record the partner’s answer for ${approved.reference}` }).click();
    await page.getByRole('radio', { name: 'Declined the nominee' }).check();
    await page.getByRole('button', { name: 'Save' }).first().click();
    await expect.poll(() => page.locator('#answer-form .field-error').innerText(), { timeout: 10_000 }).toContain('reason for declining');
    const reasonInvalid = await page.getByLabel(/Reason/).getAttribute('aria-invalid');
    const refusedPage = await checkPage(page, 'office-nominations-decline-refused');
    await page.getByLabel(/Reason/).fill('The partner has no supervisor for this field in the autumn semester.');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter'); // Save, by keyboard
    await expect.poll(() => page.locator('#message').innerText(), { timeout: 10_000 }).toContain('Declined by partner');
    const focusAfterSave = await page.evaluate(() => document.activeElement?.id);
    // Declined, it leaves the list of approved ones once the list is read again.
    await expect.poll(async () => (await rows(page)).some((r) => r.includes('No nomination matches')), { timeout: 10_000 }).toBe(true);
    const after = await rows(page);
    await page.getByLabel('Status').selectOption('declined_by_partner');
    // The list is read again from the server with the new filter: the row before it ("No nomination matches") is one row too.
    await expect.poll(() => rows(page), { timeout: 10_000 }).toEqual([expect.stringContaining(approved.reference)]);
    const declined = await rows(page);
    const declinedPage = await checkPage(page, 'office-nominations-declined');
    // The reference opens the nomination's own page.
    const linkTo = await page.locator('#registry-body').getByRole('link', { name: approved.reference }).getAttribute('href');
    await page.locator('#registry-body').getByRole('link', { name: approved.reference }).click();
    await page.waitForURL(`${h.url}/nominations/${approved.id}`);
    await context.close();
    const stored = (await (await h.get(`/api/nominations/${approved.id}`, { cookie: admin })).json()) as { status: string };

    // Assess
    expect(filtered[0]).toContain(approved.reference);
    expect(filtered[0]).toContain('Approved');
    expect(address).toBe(`${h.url}/office/nominations?status=approved`);
    expect(reasonInvalid).toBe('true');
    // Saved by keyboard, the focus is on the page's heading above the message, not lost to the page's start.
    expect(focusAfterSave).toBe('title');
    expect(linkTo).toBe(`/nominations/${approved.id}`);
    expect(after.some((r) => r.includes('No nomination matches'))).toBe(true);
    expect(declined[0]).toContain(approved.reference);
    expect(declined[0]).toContain('Declined by partner');
    expect(stored.status).toBe('declined_by_partner');
    expect(errors).toEqual([]);
    expect(all).toEqual(PASSES);
    expect(refusedPage).toEqual(PASSES);
    expect(declinedPage).toEqual(PASSES);
  });
});

describe('the office console’s partners', () => {
  it('let an admin register a partner, and tell them when the same name is added again in other capitals', async () => {
    // Prepare
    const { context, page, errors } = await open(admin, '/office/partners');
    await expect.poll(async () => (await rows(page)).length, { timeout: 10_000 }).toBeGreaterThan(1);
    const list = await checkPage(page, 'office-partners');
    const form = page.locator('#add-form');

    // Act
    await form.getByLabel(/^Name In English/).fill('Al-Farabi Kazakh National University');
    await form.getByLabel(/Country/).fill('KZ');
    await form.getByLabel('City').fill('Almaty');
    await form.getByLabel(/Website/).fill('https://www.kaznu.kz');
    await form.getByRole('button', { name: 'Register' }).click();
    await expect.poll(() => form.locator('.message').innerText(), { timeout: 10_000 }).toContain('is registered');
    await page.getByRole('searchbox', { name: /Search partners/ }).fill('farabi');
    await expect.poll(() => rows(page)).toHaveLength(1);
    const found = await rows(page);
    await form.getByLabel(/^Name In English/).fill('AL-FARABI Kazakh National University');
    await form.getByLabel(/Country/).fill('KZ');
    await form.getByLabel('City').fill('Almaty');
    await form.getByLabel(/Website/).fill('https://www.kaznu.kz');
    await form.getByRole('button', { name: 'Register' }).click();
    await expect.poll(() => form.locator('.message').innerText(), { timeout: 10_000 }).toContain('Already registered as');
    const exists = await form.locator('.message').innerText();
    const existsPage = await checkPage(page, 'office-partners-exists');
    await page.getByRole('searchbox', { name: /Search partners/ }).fill('');
    await form.getByRole('link', { name: 'Al-Farabi Kazakh National University' }).click();
    await expect.poll(() => rows(page)).toHaveLength(1);
    const shownByLink = await rows(page);
    await context.close();

    // Assess
    expect(found[0]).toContain('Al-Farabi Kazakh National University');
    expect(found[0]).toContain('Kazakhstan');
    expect(found[0]).toContain('Almaty');
    expect(found[0]).toContain('www.kaznu.kz');
    expect(exists).toBe('Already registered as Al-Farabi Kazakh National University.');
    expect(shownByLink[0]).toContain('Al-Farabi Kazakh National University');
    expect(errors).toEqual([]);
    expect(list).toEqual(PASSES);
    expect(existsPage).toEqual(PASSES);
  });

  it('put the server’s field errors on their fields', async () => {
    // Prepare
    const { context, page, errors } = await open(admin, '/office/partners');
    const form = page.locator('#add-form');
    await expect.poll(async () => (await rows(page)).length, { timeout: 10_000 }).toBeGreaterThan(1);

    // Act
    await form.getByLabel(/^Name In English/).fill('Nowhere University');
    await form.getByLabel(/Country/).fill('KZ');
    await form.getByLabel('City').fill('Almaty');
    await form.getByLabel(/Website/).fill('not a web address');
    await form.getByRole('button', { name: 'Register' }).click();
    await expect.poll(() => form.locator('.field-error').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    const websiteInvalid = await form.getByLabel(/Website/).getAttribute('aria-invalid');
    const websiteError = await form.locator('#website').locator('xpath=..').locator('.field-error').innerText();
    const invalidPage = await checkPage(page, 'office-partners-invalid');
    await context.close();

    // Assess
    expect(websiteInvalid).toBe('true');
    expect(websiteError).toContain('https://');
    expect(errors).toEqual([]);
    expect(invalidPage).toEqual(PASSES);
  });
});

describe('the office console’s nominations and partners, for anyone else', () => {
  it('tell a faculty member both pages are for the international office, and show nothing', async () => {
    // Prepare
    const { context, page, errors } = await open(faculty, '/office/nominations');

    // Act
    await expect.poll(() => page.locator('#message').innerText(), { timeout: 10_000 }).toContain('for the international office');
    const nominationsShown = await page.locator('#registry').isVisible();
    const nominationsBody = await page.locator('body').innerText();
    const deniedNominations = await checkPage(page, 'office-nominations-not-office');
    await page.goto(`${h.url}/office/partners`);
    await expect.poll(() => page.locator('#message').innerText(), { timeout: 10_000 }).toContain('for the international office');
    const partnersShown = await page.locator('#registry').isVisible();
    const deniedPartners = await checkPage(page, 'office-partners-not-office');
    await context.close();

    // Assess
    expect(nominationsShown).toBe(false);
    expect(nominationsBody).not.toContain(approved.reference);
    expect(partnersShown).toBe(false);
    expect(errors).toEqual([]);
    expect(deniedNominations).toEqual(PASSES);
    expect(deniedPartners).toEqual(PASSES);
  });
});
