/**
 * The office's statistics page in a real browser (Debian Chromium via playwright-core), on the
 * demo university with past mobilities imported as an office would bring them in: the
 * international office signs in from its mailbox, opens /office/reports at a bookmarked view and
 * sees the figures GET /api/reports/mobilities answers for the same query; changes the grouping,
 * and the table and the address change (Back returns to the view before); switches to Russian and
 * reads Russian headings. A range the API refuses shows its message on the field. A faculty
 * member is told the page is the office's and is asked for no figure. The page passes axe-core
 * and fits a 360 px phone (only the table scrolls sideways, inside its own box).
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/browser';
import { startHarness, type Harness } from '../support/harness';
import { mobilitiesCsv } from '../support/imports';
import { checkPage, PASSES } from '../support/pages';
import { openSignedIn, signInThroughMailbox, type SignedIn } from '../support/signed-in';

type Mobilities = { rows: { year: string; groups: Record<string, string>; count: number; months: number }[]; total: { count: number; months: number } };

let h: Harness;
let browser: Browser;
let office: SignedIn;

const en = (n: number) => new Intl.NumberFormat('en').format(Math.round(n * 10) / 10);
const cells = (page: Page, selector: string) => page.locator(selector).evaluateAll((rows) => rows.map((r) => [...r.children].map((c) => (c.textContent ?? '').trim())));

async function report(query: string): Promise<Mobilities> {
  const res = await h.get(`/api/reports/mobilities?${query}`, { cookie: office.cookie });
  expect(res.status).toBe(200);
  return (await res.json()) as Mobilities;
}

beforeAll(async () => {
  h = await startHarness('e2e-office-reports');
  browser = await launchChromium();
  office = await signInThroughMailbox(browser, h, 'iro@uni.example');
  // Nine academic years of past mobilities (2016/2017 to 2024/2025), each year both ways, as the office imports them.
  const imported = await fetch(`${h.url}/api/imports/apply?kind=mobilities&fileName=past.csv`, {
    method: 'POST',
    headers: { 'content-type': 'text/csv', origin: h.url, cookie: office.cookie },
    body: mobilitiesCsv(27, { over: (i) => ({ direction: i % 2 === 0 ? 'incoming' : 'outgoing' }) }),
  });
  expect(imported.status, await imported.clone().text()).toBe(200);
}, 120_000);
afterAll(async () => {
  await office?.close();
  await browser?.close();
  await h?.stop();
});

describe('the statistics page', () => {
  it('shows the office the figures the API counts, regroups them into the address, and reads in Russian', async () => {
    // Prepare
    const { page, errors } = await office.open('/office/reports?from=2016&to=2024');
    await page.locator('#report-table').waitFor({ state: 'visible', timeout: 15_000 });
    const perYear = await report('period=academic&from=2016&to=2024');

    // Assess: one row per year, its count and person-months, and the totals, as the API has them
    expect(perYear.total.count).toBeGreaterThan(0);
    expect(await cells(page, '#report-table tbody tr')).toEqual(perYear.rows.map((r) => [r.year, en(r.count), en(r.months)]));
    expect(await cells(page, '#report-table tfoot tr')).toEqual([['Total', en(perYear.total.count), en(perYear.total.months)]]);
    expect(await page.locator('.bar-chart .bar-value').allTextContents()).toEqual(perYear.rows.map((r) => en(r.count)));
    expect(await page.locator('nav.office-nav a[aria-current=page]').textContent()).toBe('Statistics');
    expect(await page.locator('#download-csv').getAttribute('href')).toBe('/api/exports/reports/mobilities?period=academic&from=2016&to=2024&format=csv');
    const csv = await h.get('/api/exports/reports/mobilities?period=academic&from=2016&to=2024&format=csv', { cookie: office.cookie });
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toContain('text/csv');
    expect(await checkPage(page, 'office-reports')).toEqual(PASSES);

    // Act: grouped by direction
    await page.locator('#by').selectOption('direction');
    await page.waitForURL(/by=direction/);
    await expect.poll(() => page.locator('#report-table thead th').allTextContents()).toEqual(['Year', 'Direction', 'Mobilities', 'Person-months']);
    const byDirection = await report('period=academic&from=2016&to=2024&by=direction');

    // Assess
    expect(new URL(page.url()).search).toBe('?count=mobilities&period=academic&from=2016&to=2024&by=direction');
    const rows = await cells(page, '#report-table tbody tr');
    expect(rows.map(([year, , count, months]) => [year, count, months])).toEqual(byDirection.rows.map((r) => [r.year, en(r.count), en(r.months)]));
    expect(rows.length).toBeGreaterThan(perYear.rows.length);
    expect(await checkPage(page, 'office-reports-by-direction')).toEqual(PASSES);

    // Act: Back is the view before
    await page.goBack();
    await expect.poll(() => page.locator('#report-table thead th').allTextContents()).toEqual(['Year', 'Mobilities', 'Person-months']);
    expect(await page.locator('#by').inputValue()).toBe('');

    // Act: Russian
    const kept = page.waitForResponse((r) => r.url().endsWith('/api/me/language') && Boolean(r.request().postData()?.includes('"ru"')));
    await page.getByLabel('Language', { exact: true }).selectOption('ru');
    await kept;

    // Assess
    await expect.poll(() => page.locator('h1').textContent()).toBe('Статистика');
    expect(await page.locator('#report-table thead th').allTextContents()).toEqual(['Год', 'Мобильности', 'Человеко-месяцы']);
    expect(await page.locator('#report-table tfoot th').textContent()).toBe('Итого');
    expect(await page.locator('html').getAttribute('lang')).toBe('ru');
    expect(await checkPage(page, 'office-reports-ru')).toEqual(PASSES);

    // Back to English for the other tests (the choice went to the profile).
    const back = page.waitForResponse((r) => r.url().endsWith('/api/me/language'));
    await page.getByLabel('Язык', { exact: true }).selectOption('en');
    await back;
    await page.close();
    expect(errors).toEqual([]);
  });

  it('opens from a count the nominations list showing exactly the mobilities it counts', async () => {
    // Prepare
    const { page, errors } = await office.open('/office/reports?from=2016&to=2024&by=direction');
    await page.locator('#report-table tbody a').first().waitFor({ state: 'visible', timeout: 15_000 });
    const first = page.locator('#report-table tbody tr').first();
    const [year, direction] = (await first.locator('th, td').allTextContents()).map((c) => c.trim());
    const count = Number((await first.locator('a').textContent())!.replace(/\D/g, ''));
    const href = await first.locator('a').getAttribute('href');

    // Act
    await first.locator('a').click();
    await page.waitForURL(/\/office\/nominations\?/);
    await expect.poll(() => page.locator('#registry-body tr').count(), { timeout: 15_000 }).toBe(count);
    const listed = await page.locator('#registry-body tr').allInnerTexts();
    const said = await page.locator('#active-filters').innerText();

    // Assess: the year, the direction and the statuses that count, each row of that year and direction
    expect(href).toBe(`/office/nominations?academicYear=${encodeURIComponent(year!)}&direction=${direction === 'Incoming' ? 'incoming' : 'outgoing'}&status=approved%2Caccepted_by_partner%2Carrived%2Ccompleted`);
    expect(listed.every((r) => r.includes(year!) && r.includes(direction!))).toBe(true);
    expect(said).toContain(`Direction: ${direction}`);
    expect(await page.getByRole('link', { name: 'Show every nomination' }).getAttribute('href')).toBe('/office/nominations');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('counts agreements in force by country, as the API does', async () => {
    const { page, errors } = await office.open('/office/reports?count=agreements&view=in_force&by=country');
    await page.locator('#report-table').waitFor({ state: 'visible', timeout: 15_000 });
    const res = await h.get('/api/reports/agreements?view=in_force&by=country', { cookie: office.cookie });
    const answer = (await res.json()) as { rows: { count: number }[]; total: number };

    expect(await page.locator('#report-table tbody td.num').allTextContents()).toEqual(answer.rows.map((r) => en(r.count)));
    expect(await page.locator('#report-table tfoot td').allTextContents()).toEqual([en(answer.total)]);
    expect(await checkPage(page, 'office-reports-agreements')).toEqual(PASSES);
    await page.close();
    expect(errors).toEqual([]);
  });

  it('opens from the in-force count the registry listing exactly the agreements it counts, today and on a past day', async () => {
    const seen: { day: string; counted: number; listed: number; href: string | null }[] = [];
    for (const day of ['', '2025-01-15']) {
      // Prepare
      const { page, errors } = await office.open(`/office/reports?count=agreements&view=in_force${day ? `&at=${day}` : ''}`);
      await page.locator('#open-in-force').waitFor({ state: 'visible', timeout: 15_000 });
      const res = await h.get(`/api/reports/agreements?view=in_force${day ? `&at=${day}` : ''}`, { cookie: office.cookie });
      const counted = ((await res.json()) as { total: number }).total;
      const href = await page.locator('#open-in-force').getAttribute('href');

      // Act
      await page.locator('#open-in-force').click();
      await page.waitForURL(/\/office\/agreements\?view=in_force/);
      await page.locator('#registry-body tr').first().waitFor({ state: 'visible', timeout: 15_000 });
      await expect.poll(() => page.locator('#count').innerText()).toMatch(/^Agreements shown: \d+ of \d+$/);
      const listed = await page.locator('#registry-body tr:not(:has(td[colspan]))').count();
      seen.push({ day, counted, listed, href });
      expect(errors).toEqual([]);
      await page.close();
    }

    // Assess
    expect(seen.map((s) => s.href)).toEqual(['/office/agreements?view=in_force', '/office/agreements?view=in_force&at=2025-01-15']);
    for (const s of seen) expect(s.listed, `in force on ${s.day || 'today'}`).toBe(s.counted);
    expect(seen[0]!.counted).toBeGreaterThan(0);
  });

  it('shows the API’s message on the field when it refuses the years asked for', async () => {
    const { page, errors } = await office.open('/office/reports?from=2024&to=2016');
    await page.locator('#to-error').waitFor({ state: 'visible', timeout: 15_000 });

    expect(await page.locator('#to-error').textContent()).toBe('The last year must not be before the first');
    expect(await page.locator('#to').getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#report-table').count()).toBe(0);
    expect(await checkPage(page, 'office-reports-refused')).toEqual(PASSES);
    await page.close();
    expect(errors).toEqual([]);
  });

  it('tells a faculty member the page is for the international office, and asks for no figure', async () => {
    const cookie = await h.signIn('faculty@uni.example');
    const { context, page, errors } = await openSignedIn(browser, h, cookie, '/office/reports');
    const asked: string[] = [];
    page.on('request', (r) => asked.push(new URL(r.url()).pathname));
    await expect.poll(() => page.locator('h1').textContent(), { timeout: 15_000 }).toBe('For the international office');

    expect(await page.locator('#message').textContent()).toContain('This page is for the international office.');
    expect(await page.locator('nav.office-nav').count()).toBe(0);
    expect(await page.locator('#report-table').count()).toBe(0);
    expect(asked.filter((p) => p.startsWith('/api/reports'))).toEqual([]);
    expect(await checkPage(page, 'office-reports-faculty')).toEqual(PASSES);
    await context.close();
    expect(errors).toEqual([]);
  });
});
