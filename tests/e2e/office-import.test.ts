/**
 * The office's import in a real browser (Debian Chromium via playwright-core): the international
 * office signs in from the mailbox, opens /office/import, downloads the mobilities template, checks
 * a CSV of past mobilities with one bad row and sees the error located by row and column, checks
 * the fixed file, imports it, sees what was added, and the statistics count the mobilities; a
 * second import of the same file adds nothing. A faculty member is told the page is the office's.
 * Each state passes axe-core (no serious or critical violation) and fits a 360 px phone.
 */
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IMPORT_COLUMNS } from '../../shared/imports/columns';
import { launchChromium } from '../support/browser';
import { startHarness, type Harness } from '../support/harness';
import { mobilitiesCsv } from '../support/imports';
import { checkPage, PASSES } from '../support/pages';
import { openSignedIn, signInThroughMailbox, type SignedIn } from '../support/signed-in';

let h: Harness;
let browser: Browser;
let office: SignedIn;
let faculty: string;

beforeAll(async () => {
  h = await startHarness('e2e-import');
  browser = await launchChromium();
  office = await signInThroughMailbox(browser, h, 'iro@uni.example');
  faculty = await h.signIn('faculty@uni.example');
});
afterAll(async () => {
  await office?.close();
  await browser?.close();
  await h?.stop();
});

/** Three past mobilities of 2012/2013 under the demo's Osh agreement; `bad` spoils the third's start date. */
const file = (bad: boolean) =>
  Buffer.from(mobilitiesCsv(3, { tag: 'e2e', over: (i) => ({ academicYear: '2012/2013', actualStart: bad && i === 2 ? '31.02.2012' : '03.09.2012', actualEnd: '30.01.2013' }) }));

/** How many mobilities of the academic year 2012/2013 the statistics count. */
async function counted(): Promise<number> {
  const res = await h.get('/api/reports/mobilities?period=academic&years=2012&by=direction', { cookie: office.cookie });
  expect(res.status).toBe(200);
  const report = (await res.json()) as { rows: { count: number }[] };
  return report.rows.reduce((sum, r) => sum + r.count, 0);
}

const errorRows = (page: Page) => page.locator('#import-errors tbody tr').allInnerTexts();
const figure = (page: Page, section: string, term: string) => page.locator(`${section} dt:text-is("${term}") + dd`).innerText();

describe('the office’s import', () => {
  it('checks a file with a bad row, shows the error by row and column, then imports the fixed file once', async () => {
    // Prepare
    const before = await counted();
    const page = await office.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`${h.url}/office/import`);
    await page.getByRole('heading', { level: 1, name: 'Import past records' }).waitFor({ timeout: 15_000 });
    const opened = await checkPage(page, 'office-import');
    const importDisabledAtFirst = await page.locator('#import-button').isDisabled();

    // Act: the template, in the reader's language, from its link.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Template for past mobilities (CSV)' }).click()]);
    const template = readFileSync((await download.path())!, 'utf8').replace(/^\uFEFF/, '');

    // Act: the file with a bad row, checked.
    await page.getByRole('radio', { name: 'Past mobilities (nominations)' }).check();
    await page.getByLabel(/^The file/).setInputFiles({ name: 'mobilities-2012.csv', mimeType: 'text/csv', buffer: file(true) });
    await page.getByRole('button', { name: 'Check the file' }).click();
    await page.locator('#import-errors').waitFor({ timeout: 15_000 });
    const badRows = await errorRows(page);
    const focused = await page.evaluate(() => document.activeElement?.id);
    const withErrors = await checkPage(page, 'office-import-errors');
    const validOnlyOffered = await page.getByLabel('Import the valid rows only').isVisible();

    // Act: the fixed file, checked and imported.
    await page.getByLabel(/^The file/).setInputFiles({ name: 'mobilities-2012.csv', mimeType: 'text/csv', buffer: file(false) });
    const disabledForTheNewFile = await page.locator('#import-button').isDisabled();
    await page.getByRole('button', { name: 'Check the file' }).click();
    await page.locator('#no-errors').waitFor({ timeout: 15_000 });
    const toAdd = await figure(page, '#summary', 'To be added');
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page.locator('#result').waitFor({ timeout: 60_000 });
    const added = await figure(page, '#result', 'Added');
    const resultFocused = await page.evaluate(() => document.activeElement?.id);
    const imported = await checkPage(page, 'office-import-result');
    const after = await counted();

    // Act: the same file again adds nothing.
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await expect.poll(() => figure(page, '#result', 'Already there, not added again'), { timeout: 60_000 }).toBe('3');
    const addedAgain = await figure(page, '#result', 'Added');
    const again = await counted();
    const link = await page.getByRole('link', { name: 'Open the nominations' }).getAttribute('href');

    // Assess
    expect(opened).toEqual(PASSES);
    expect(importDisabledAtFirst).toBe(true);
    expect(template.split('\r\n')[0]).toBe(IMPORT_COLUMNS.mobilities.map((c) => c.headers.en).join(','));
    expect(badRows).toHaveLength(1);
    expect(badRows[0]).toMatch(/^4\s+S \(actual start\)\s+“31\.02\.2012” is not a date/);
    expect(focused).toBe('summary-heading');
    expect(withErrors).toEqual(PASSES);
    expect(validOnlyOffered).toBe(true);
    expect(disabledForTheNewFile).toBe(true);
    expect(toAdd).toBe('3');
    expect(added).toBe('3');
    expect(resultFocused).toBe('result-heading');
    expect(imported).toEqual(PASSES);
    expect(after).toBe(before + 3);
    expect(addedAgain).toBe('0');
    expect(again).toBe(after);
    expect(link).toBe('/office/nominations');
    expect(errors).toEqual([]);
  });

  it('tells the error in Russian once the language is switched', async () => {
    const page = await office.context.newPage();
    await page.goto(`${h.url}/office/import`);
    await page.getByRole('heading', { level: 1, name: 'Import past records' }).waitFor({ timeout: 15_000 });
    await page.getByLabel('Language', { exact: true }).selectOption('ru');
    await page.getByRole('heading', { level: 1, name: 'Импорт прошлых записей' }).waitFor();
    await page.getByRole('radio', { name: 'Прошлые мобильности (номинации)' }).check();
    await page.getByLabel(/^Файл/).setInputFiles({ name: 'mobilities-2012.csv', mimeType: 'text/csv', buffer: file(true) });
    await page.getByRole('button', { name: 'Проверить файл' }).click();
    await page.locator('#import-errors').waitFor({ timeout: 15_000 });
    const rows = await errorRows(page);
    const russian = await checkPage(page, 'office-import-ru');
    await page.getByLabel('Язык', { exact: true }).selectOption('en');
    await page.close();

    expect(rows[0]).toMatch(/«31\.02\.2012» — не дата/);
    expect(russian).toEqual(PASSES);
  });

  it('tells a faculty member that the page is the international office’s, and offers no import', async () => {
    const { context, page, errors } = await openSignedIn(browser, h, faculty, '/office/import', { locale: 'en-US' });
    await page.getByRole('heading', { level: 1, name: 'For the international office' }).waitFor({ timeout: 15_000 });
    const message = await page.locator('#message').innerText();
    const form = await page.locator('#import-form').count();
    const quality = await checkPage(page, 'office-import-faculty');
    await context.close();

    expect(message).toMatch(/^This page is for the international office/);
    expect(form).toBe(0);
    expect(quality).toEqual(PASSES);
    expect(errors).toEqual([]);
  });
});
