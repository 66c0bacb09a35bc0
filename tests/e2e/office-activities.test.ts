/**
 * The office's registry of international activities in a real browser: the international office
 * records a virtual guest lecture with a partner, its agreement and a grant line, finds it in the
 * list filtered by kind and format, and is shown every problem at once when the form names no
 * partner and no description; in Russian, the page and the list speak Russian. A faculty member
 * follows the home page's link, records their faculty's webinar, and the office finds it listed. Each page state
 * passes axe-core (no serious or critical violation) and fits a 360 px phone.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Activity } from '../../shared/schemas/activity';
import { launchChromium } from '../support/browser';
import { startHarness, type Harness } from '../support/harness';
import { checkPage, PASSES } from '../support/pages';
import { openSignedIn } from '../support/signed-in';

let h: Harness;
let browser: Browser;
let iro: string;
let faculty: string;

beforeAll(async () => {
  h = await startHarness('e2e-office-activities');
  iro = await h.signIn('iro@uni.example');
  faculty = await h.signIn('faculty@uni.example');
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await h?.stop();
});

async function open() {
  const opened = await openSignedIn(browser, h, iro, '/office/activities', { locale: 'en-US' });
  await expect.poll(() => opened.page.locator('#registry-body tr').count(), { timeout: 15_000 }).toBeGreaterThan(0);
  // The partners are listed in the form once read.
  await expect.poll(() => opened.page.locator('#field-partnerIds option').count(), { timeout: 15_000 }).toBeGreaterThan(1);
  return opened;
}

describe('the activities registry', () => {
  it('records a virtual guest lecture and lists it, filtered by kind and format', async () => {
    // Prepare
    const { context, page, errors } = await open();
    const form = page.locator('#activity-form');
    const empty = await checkPage(page, 'office-activities-empty');

    // Act
    await form.getByLabel('Kind').selectOption('guest_lecture');
    await form.getByLabel('Title').fill('Online lectures on semiconductor physics');
    await form.getByLabel(/^Partners/).selectOption(['osh-state-university']);
    await form.getByLabel(/^Agreement/).selectOption('agr-osh-2024');
    await form.getByLabel('Start date').fill('2026-10-12');
    await form.getByLabel('End date').fill('2026-10-14');
    await form.getByLabel('Format').selectOption('virtual');
    await form.getByLabel('Faculty').selectOption('physics');
    await form.getByLabel('Organiser’s name').fill('Aziz Rakhimov');
    await form.getByLabel('Organiser’s email').fill('faculty@uni.example');
    await form.getByLabel('Incoming (came to us)').fill('1');
    await form.getByLabel('Of them students').fill('40');
    await form.getByRole('button', { name: 'Add a source of funding' }).click();
    await form.getByLabel('Source, line 1').fill('University budget');
    await form.getByLabel('Amount, line 1').fill('1500000');
    await form.getByRole('button', { name: 'Record the activity' }).click();
    await expect.poll(() => page.locator('#form-message').innerText(), { timeout: 10_000 }).toContain('is recorded');
    const recorded = await checkPage(page, 'office-activities-recorded');
    await page.locator('#filter-kind').selectOption('guest_lecture');
    await page.locator('#filter-format').selectOption('virtual');
    await page.locator('#filter-show').click();
    await expect.poll(() => page.locator('#registry-body').innerText(), { timeout: 10_000 }).toContain('Online lectures on semiconductor physics');
    const listed = await page.locator('#registry-body').innerText();
    await context.close();
    const stored = (await (await h.get('/api/activities?year=2026&kind=guest_lecture', { cookie: iro })).json()) as { activities: Activity[] };

    // Assess
    expect(empty).toEqual(PASSES);
    expect(recorded).toEqual(PASSES);
    expect(listed).toContain('Guest lecture');
    expect(listed).toContain('Osh State University');
    expect(listed).toContain('1 in, 0 out');
    expect(stored.activities).toEqual([
      expect.objectContaining({
        title: 'Online lectures on semiconductor physics',
        format: 'virtual',
        partnerIds: ['osh-state-university'],
        agreementId: 'agr-osh-2024',
        participants: { incoming: 1, outgoing: 0, students: 40 },
        funding: [{ source: 'University budget', amount: 1500000, currency: 'UZS' }],
      }),
    ]);
    expect(errors).toEqual([]);
  });

  it('shows every problem at once when no partner and no description are given, in Russian', async () => {
    // Prepare
    const { context, page, errors } = await open();
    const form = page.locator('#activity-form');

    // Act: the page switched to Russian with the header's language choice.
    await page.getByLabel('Language', { exact: true }).selectOption('ru');
    await expect.poll(() => page.locator('h1').innerText(), { timeout: 10_000 }).toBe('Международные мероприятия');
    await form.getByLabel('Название').fill('Конференция без партнёра');
    await form.getByLabel('Дата начала').fill('2026-05-21');
    await form.getByLabel('Дата окончания').fill('2026-05-20');
    await form.getByRole('button', { name: 'Записать мероприятие' }).click();
    await expect.poll(() => page.locator('.error-summary').count(), { timeout: 10_000 }).toBe(1);
    const summary = await page.locator('.error-summary').innerText();
    const focused = await page.evaluate(() => document.activeElement?.className);
    const heading = await page.locator('h1').innerText();
    const invalid = await checkPage(page, 'office-activities-invalid-ru');
    await context.close();

    // Assess
    expect(heading).toBe('Международные мероприятия');
    expect(summary).toContain('Есть ошибки');
    expect(summary).toContain('Укажите партнёра или опишите мероприятие без партнёра');
    expect(summary).toContain('Дата окончания не может быть раньше даты начала');
    expect(focused).toContain('error-summary');
    expect(invalid).toEqual(PASSES);
    expect(errors).toEqual([]);
  });

  it('lets a faculty member follow the home page’s link and record their faculty’s webinar, which the office then sees listed', async () => {
    // Prepare
    const { context, page, errors } = await openSignedIn(browser, h, faculty, '/', { locale: 'en-US' });

    // Act: from the home page to the registry, which offers their own faculty only.
    await page.locator('#record-activity').click();
    await page.waitForURL('**/office/activities');
    await expect.poll(() => page.locator('#field-partnerIds option').count(), { timeout: 15_000 }).toBeGreaterThan(1);
    const form = page.locator('#activity-form');
    const faculties = await form.getByLabel('Faculty').locator('option').allInnerTexts();
    const navigation = await page.locator('.office-nav').count();
    await form.getByLabel('Kind').selectOption('webinar');
    await form.getByLabel('Title').fill('Webinars on thin-film physics with Osh');
    await form.getByLabel(/^Partners/).selectOption(['osh-state-university']);
    await form.getByLabel('Start date').fill('2026-11-03');
    await form.getByLabel('End date').fill('2026-11-24');
    await form.getByLabel('Format').selectOption('virtual');
    await form.getByLabel('Organiser’s name').fill('Aziz Rakhimov');
    await form.getByLabel('Organiser’s email').fill('faculty@uni.example');
    await form.getByRole('button', { name: 'Record the activity' }).click();
    await expect.poll(() => page.locator('#form-message').innerText(), { timeout: 10_000 }).toContain('is recorded');
    const recorded = await checkPage(page, 'activities-faculty-recorded');
    await context.close();
    const office = await openSignedIn(browser, h, iro, '/office/activities', { locale: 'en-US' });
    await expect.poll(() => office.page.locator('#registry-body').innerText(), { timeout: 15_000 }).toContain('Webinars on thin-film physics with Osh');
    const listed = await office.page.locator('#registry-body').innerText();
    await office.context.close();

    // Assess
    expect(faculties).toEqual(['Faculty of Physics']);
    expect(navigation).toBe(0);
    expect(recorded).toEqual(PASSES);
    expect(listed).toContain('Webinar');
    const stored = (await (await h.get('/api/activities?kind=webinar&faculty=physics', { cookie: iro })).json()) as { activities: Activity[] };
    expect(stored.activities.find((a) => a.title === 'Webinars on thin-film physics with Osh')).toMatchObject({ faculty: 'physics', status: 'recorded', createdBy: { email: 'faculty@uni.example' } });
    expect(errors).toEqual([]);
    expect(office.errors).toEqual([]);
  });
});
