/**
 * The office's dashboard in a real browser (Debian Chromium via playwright-core), on the demo
 * university with a nomination in review: the international office signs in from its mailbox,
 * opens /office and sees what waits on whom, the agreements ending soon, the dormant ones and this
 * year's figures exactly as the API answers them; follows a count to the nominations in review;
 * switches to Russian and reads Russian. A faculty member is told the page is the office's and is
 * asked for nothing. The page passes axe-core and fits a 360 px phone.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeLabel } from '../../shared/i18n/labels';
import { launchChromium } from '../support/browser';
import { nominationBody, startHarness, type Harness } from '../support/harness';
import { checkPage, PASSES } from '../support/pages';
import { openSignedIn, signInThroughMailbox, type SignedIn } from '../support/signed-in';

type InReview = { rows: { kind: 'nomination' | 'memorandum'; step: string; role: string; position: number; count: number; overdue: number }[]; total: { count: number; overdue: number } };
type Expiring = { agreements: { reference: string; daysLeft: number }[] };
type Dormant = { reference: string }[];
type Yearly = { year: string; memoranda: { signed: number; inForceAtEnd: number }; countries: string[]; students: { outgoing: number; incoming: number } };

let h: Harness;
let browser: Browser;
let office: SignedIn;
let faculty: string;
let reference: string;

const en = (n: number) => new Intl.NumberFormat('en').format(n);
const cells = (page: Page, selector: string) => page.locator(selector).evaluateAll((rows) => rows.map((r) => [...r.children].map((c) => (c.textContent ?? '').trim())));

async function ask<T>(path: string): Promise<T> {
  const res = await h.get(path, { cookie: office.cookie });
  expect(res.status, path).toBe(200);
  return (await res.json()) as T;
}

beforeAll(async () => {
  h = await startHarness('e2e-office-dashboard');
  browser = await launchChromium();
  office = await signInThroughMailbox(browser, h, 'iro@uni.example');
  // Something that waits: a nomination in review, with the head of department.
  faculty = await h.signIn('faculty@uni.example');
  const submitted = await h.post('/api/nominations', nominationBody(), { cookie: faculty });
  expect(submitted.status).toBe(201);
  reference = ((await submitted.json()) as { reference: string }).reference;
}, 120_000);
afterAll(async () => {
  await office?.close();
  await browser?.close();
  await h?.stop();
});

describe('the dashboard', () => {
  it('shows the office what the API counts, links a count to its list, and reads in Russian', async () => {
    // Prepare
    const { page, errors } = await office.open('/office');
    await page.locator('#waiting-nomination').waitFor({ state: 'visible', timeout: 15_000 });
    await page.locator('#figures-table').waitFor({ state: 'visible', timeout: 15_000 });
    const [waiting, expiring, dormant, yearly] = await Promise.all([
      ask<InReview>('/api/reports/pending'),
      ask<Expiring>('/api/reports/agreements?view=expiring&days=180'),
      ask<Dormant>('/api/agreements/dormant'),
      ask<Yearly>('/api/reports/yearly'),
    ]);

    // Assess: what waits on whom, step by step, as the API counts it
    expect(waiting.total.count).toBeGreaterThan(0);
    expect(await page.locator('h1').textContent()).toBe('Overview');
    expect(await page.locator('nav.office-nav a[aria-current=page]').textContent()).toBe('Overview');
    expect(await page.locator('#waiting-summary').textContent()).toBe(`In review: ${en(waiting.total.count)}. Overdue: ${en(waiting.total.overdue)}.`);
    expect(await cells(page, '#waiting-nomination tbody tr')).toEqual(
      waiting.rows.filter((r) => r.kind === 'nomination').map((r) => [`${r.position}. ${codeLabel(r.role, 'en')}`, en(r.count), en(r.overdue)]),
    );
    // The agreements ending soon and the dormant ones, each linking to itself; the year's figures
    if (expiring.agreements.length) {
      expect((await cells(page, '#expiring-table tbody tr')).map((r) => [r[0], r[3]])).toEqual(expiring.agreements.map((a) => [a.reference, en(a.daysLeft)]));
    } else expect(await page.locator('#expiring-empty').textContent()).toBe('No agreement ends in the next 180 days.');
    if (dormant.length) {
      expect((await cells(page, '#dormant-table tbody tr')).map((r) => r[0])).toEqual(dormant.map((a) => a.reference));
      expect(await page.locator('#dormant-table tbody a').first().getAttribute('href')).toMatch(/^\/office\/agreements\?id=/);
    } else expect(await page.locator('#dormant-empty').isVisible()).toBe(true);
    expect(await page.locator('#figures-table caption').textContent()).toBe(`The figures of ${yearly.year}`);
    expect((await cells(page, '#figures-table tbody tr')).slice(0, 5)).toEqual([
      ['Memoranda signed', en(yearly.memoranda.signed)],
      ['Memoranda in force at the end of the year', en(yearly.memoranda.inForceAtEnd)],
      ['Partner countries', en(yearly.countries.length)],
      ['Students sent abroad', en(yearly.students.outgoing)],
      ['Students received', en(yearly.students.incoming)],
    ]);
    expect(await page.locator('#figures a').evaluateAll((links) => links.map((a) => a.getAttribute('href')))).toEqual(['/office/reports', '/office/reports/annual']);
    expect(await checkPage(page, 'office-dashboard')).toEqual(PASSES);

    // Act: Russian
    const kept = page.waitForResponse((r) => r.url().endsWith('/api/me/language') && Boolean(r.request().postData()?.includes('"ru"')));
    await page.getByLabel('Language', { exact: true }).selectOption('ru');
    await kept;

    // Assess
    await expect.poll(() => page.locator('h1').textContent()).toBe('Обзор');
    expect(await page.locator('#waiting-heading').textContent()).toBe('Что у кого на согласовании');
    expect(await page.locator('#waiting-nomination caption').textContent()).toBe('Номинации на согласовании');
    expect((await cells(page, '#waiting-nomination tbody tr'))[0]![0]).toBe(`${waiting.rows[0]!.position}. ${codeLabel(waiting.rows[0]!.role, 'ru')}`);
    expect(await page.locator('html').getAttribute('lang')).toBe('ru');
    expect(await checkPage(page, 'office-dashboard-ru')).toEqual(PASSES);

    // Back to English for what follows (the choice went to the profile).
    const back = page.waitForResponse((r) => r.url().endsWith('/api/me/language'));
    await page.getByLabel('Язык', { exact: true }).selectOption('en');
    await back;
    await expect.poll(() => page.locator('h1').textContent()).toBe('Overview');

    // Act: follow the count of nominations waiting at the first step
    await page.locator('#waiting-nomination tbody a').first().click();
    await page.waitForURL(/\/office\/nominations\?status=in_review$/);

    // Assess: the nominations list, filtered to those in review, shows the one submitted
    await expect.poll(() => page.locator('#status').inputValue(), { timeout: 15_000 }).toBe('in_review');
    await page.getByText(reference).first().waitFor({ state: 'visible', timeout: 15_000 });
    await page.close();
    expect(errors).toEqual([]);
  });

  it('tells a faculty member the page is for the international office, and asks for nothing more', async () => {
    const { context, page, errors } = await openSignedIn(browser, h, faculty, '/office');
    const asked: string[] = [];
    page.on('request', (r) => asked.push(new URL(r.url()).pathname));
    await expect.poll(() => page.locator('h1').textContent(), { timeout: 15_000 }).toBe('For the international office');

    expect(await page.locator('#message').textContent()).toContain('This page is for the international office.');
    expect(await page.locator('nav.office-nav').count()).toBe(0);
    expect(await page.locator('#waiting').count()).toBe(0);
    expect(asked.filter((p) => p.startsWith('/api/reports') || p.startsWith('/api/agreements'))).toEqual([]);
    expect(await checkPage(page, 'office-dashboard-faculty')).toEqual(PASSES);
    await context.close();
    expect(errors).toEqual([]);
  });
});
