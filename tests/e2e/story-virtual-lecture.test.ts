/**
 * Two stories of what the office arranges besides a student's semester, in a real browser (Debian
 * Chromium via playwright-core), each person signed in from the link in their mailbox:
 *
 * - a staff member's virtual guest lecture: the faculty member nominates a colleague to teach
 *   Osh State University's students online (format virtual, teaching hours, subject) through the
 *   nomination form, under an agreement that plans staff teaching; the international office finds it in its nominations list filtered by format,
 *   and its page says the format, the hours and the subject;
 * - an activity: the international office records a conference with L.N. Gumilyov Eurasian
 *   National University under their memorandum on /office/activities, and finds it in the list.
 *
 * Every page visited passes axe-core (no serious or critical violation) and fits a 360 px phone.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Activity } from '../../shared/schemas/activity';
import { launchChromium } from '../support/browser';
import { agreementInForce } from '../support/chains';
import { memorandumBody, startHarness, type Harness } from '../support/harness';
import { checkPage, PASSES } from '../support/pages';
import { signInThroughMailbox } from '../support/signed-in';

let h: Harness;
let browser: Browser;
let agreement: { id: string; reference: string };

beforeAll(async () => {
  h = await startHarness('e2e-story-virtual-lecture');
  browser = await launchChromium();
  // The form offers the agreements whose conditions cover the mobility, and none of the demo's
  // covers staff teaching: an agreement in force with Osh State University that plans it is made
  // first, as the office makes one.
  const [faculty, iro] = await Promise.all([h.signIn('faculty@uni.example'), h.signIn('iro@uni.example')]);
  agreement = await agreementInForce(
    h,
    memorandumBody({
      partnerId: 'osh-state-university',
      startDate: new Date().toISOString().slice(0, 10),
      endDate: '2030-08-31',
      cooperationConditions: [{ type: 'staff_teaching', sender: 'home', mobilitiesPerYear: 2, subjectAreas: [], eqfLevels: [], languages: [], academicYears: [] }],
      summary: 'Two of our lecturers a year teach at Osh State University, on site or online.',
    }),
    { proposer: faculty, office: iro },
  );
});
afterAll(async () => {
  await browser?.close();
  await h?.stop();
});

const LECTURER = { name: 'Kamola Yusupova', email: 'kamola.yusupova@uni.example' };
const SUBJECT = 'Semiconductor physics: four online lectures for second-year students';

/** A field filled only where the form shows it. */
async function fillIfAsked(page: Page, selector: string, fill: (page: Page) => Promise<unknown>): Promise<void> {
  if (await page.locator(selector).isVisible()) await fill(page);
}

/** The colleague's virtual guest lecture, filled in as the faculty member would. */
async function fillLecture(page: Page): Promise<void> {
  await page.locator('#n-name').fill(LECTURER.name);
  await page.locator('#n-email').fill(LECTURER.email);
  await page.locator('#n-role').selectOption('academic_staff');
  await page.locator('#n-level').selectOption('none');
  await page.locator('#n-faculty').selectOption('physics');
  await page.locator('#n-department').selectOption('general-physics');
  await page.locator('#n-direction').selectOption('outgoing');
  await page.locator('#n-programme').selectOption('bilateral');
  await page.locator('#n-partner').selectOption('osh-state-university');
  await page.locator('#n-type').selectOption('teaching');
  await page.locator('#n-period').selectOption('first_semester');
  await page.locator('#n-year').fill('2027/2028');
  await page.locator('#n-format').selectOption('virtual');
  await page.locator('#n-start').fill('2027-10-12');
  await page.locator('#n-end').fill('2027-10-15');
  // Hours and a subject are asked of staff teaching or training only: they appear once the type says so.
  await page.locator('#n-hours').fill('8');
  await page.locator('#n-subject').fill(SUBJECT);
  await expect.poll(() => page.locator('#n-agreement option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value)), { timeout: 10_000 }).toContain(agreement.id);
  await page.locator('#n-agreement').selectOption(agreement.id);
  await fillIfAsked(page, '#n-lang', (p) => p.locator('#n-lang').fill('ru'));
  await fillIfAsked(page, '#n-cefr', (p) => p.locator('#n-cefr').selectOption('C2'));
  await fillIfAsked(page, '#n-motivation', (p) => p.locator('#n-motivation').fill('The partner asked for online lectures while its own lecturer is on leave.'));
}

describe('a staff member’s virtual guest lecture', () => {
  it('is nominated through the form, and the office finds it by its format with its hours and subject', { timeout: 180_000 }, async () => {
    // Prepare: the faculty member signs in from the link in their mailbox.
    const faculty = await signInThroughMailbox(browser, h, 'faculty@uni.example', { check: 'story-virtual-lecture' });
    const { page } = faculty;
    await page.locator('#nomination-form[data-ready]').waitFor({ state: 'attached', timeout: 15_000 });
    await expect.poll(() => page.locator('#n-partner option').count(), { timeout: 10_000 }).toBeGreaterThan(1);

    // Act: the form, filled in and sent.
    await fillLecture(page);
    const formPage = await checkPage(page, 'story-virtual-lecture-form');
    await page.locator('#nomination-form button[type=submit]').click();
    await expect.poll(() => page.locator('#nomination-form .message').innerText(), { timeout: 15_000 }).toMatch(/^Submitted as NOM-\d{4}-\d{4}\.$/);
    const reference = await page.locator('#nomination-form .message a').innerText();
    const errors = faculty.errors;
    await faculty.close();

    // Act: the international office, signed in from its mailbox, lists the virtual mobilities.
    const iro = await signInThroughMailbox(browser, h, 'iro@uni.example');
    const office = await iro.open('/office/nominations?mobilityFormat=virtual');
    const op = office.page;
    const row = op.locator('#registry-body tr', { hasText: reference });
    await expect.poll(() => row.count(), { timeout: 15_000 }).toBe(1);
    const filtered = await op.locator('#active-filters').innerText();
    const rowText = await row.innerText();
    const listPage = await checkPage(op, 'story-virtual-lecture-office-list');

    // Act: its own page, from the reference in the list.
    await row.getByRole('link', { name: reference }).click();
    await op.waitForURL(/\/nominations\//, { timeout: 10_000 });
    await expect.poll(() => op.locator('main').innerText(), { timeout: 15_000 }).toContain(SUBJECT);
    const item = await op.locator('main').innerText();
    const itemPage = await checkPage(op, 'story-virtual-lecture-item');
    const officeErrors = [...iro.errors, ...office.errors];
    await iro.close();

    // Assess: the list was filtered by the format, and said so in words.
    expect(filtered).toBe('Showing the nominations with Format: Virtual. Show every nomination');
    expect(rowText).toContain(LECTURER.name);
    expect(rowText).toContain('Osh State University');
    expect(rowText).toContain('In review');
    // Assess: the item's page says how, how long and what.
    expect(item).toMatch(/Format\s+Virtual/);
    expect(item).toMatch(/Hours\s+8/);
    expect(item).toMatch(/Mobility type\s+Teaching/);
    // Assess: as the API has it, a virtual mobility that takes none of the agreement's places.
    const registry = (await (await h.get('/api/nominations/registry?mobilityFormat=virtual', { cookie: iro.cookie })).json()) as { nominations: { reference: string; content: Record<string, unknown> }[] };
    expect(registry.nominations.map((n) => n.reference)).toEqual([reference]);
    expect(registry.nominations[0]!.content).toMatchObject({ format: 'virtual', mobilityType: 'teaching', staffHours: 8, subject: SUBJECT, nominee: { role: 'academic_staff' } });
    for (const quality of [...faculty.quality, formPage, listPage, itemPage]) expect(quality).toEqual(PASSES);
    expect([...errors, ...officeErrors]).toEqual([]);
  });
});

describe('an activity', () => {
  it('is recorded by the office on /office/activities and listed', { timeout: 120_000 }, async () => {
    // Prepare: the international office signs in from its mailbox and opens the registry.
    const iro = await signInThroughMailbox(browser, h, 'iro@uni.example');
    const { page, errors } = await iro.open('/office/activities');
    const form = page.locator('#activity-form');
    await expect.poll(() => page.locator('#field-partnerIds option').count(), { timeout: 15_000 }).toBeGreaterThan(1);

    // Act: a conference with ENU under their memorandum on research and conferences.
    await form.getByLabel('Kind').selectOption('conference');
    await form.getByLabel('Title').fill('Astana–Tashkent conference on condensed-matter physics');
    await form.getByLabel(/^Partners/).selectOption(['enu-gumilyov']);
    await form.getByLabel(/^Agreement/).selectOption('agr-enu-2023');
    await form.getByLabel('Start date').fill('2026-11-18');
    await form.getByLabel('End date').fill('2026-11-19');
    await form.getByLabel('Format').selectOption('blended');
    await form.getByLabel('Faculty').selectOption('physics');
    await form.getByLabel('Organiser’s name').fill('Aziz Rakhimov');
    await form.getByLabel('Organiser’s email').fill('faculty@uni.example');
    await form.getByLabel('Incoming (came to us)').fill('12');
    await form.getByLabel('Outgoing (ours who went)').fill('3');
    await form.getByLabel('Outcome').fill('A joint paper on thin films is planned for 2027.');
    await form.getByRole('button', { name: 'Record the activity' }).click();
    await expect.poll(() => page.locator('#form-message').innerText(), { timeout: 10_000 }).toBe('Astana–Tashkent conference on condensed-matter physics is recorded.');
    const recorded = await checkPage(page, 'story-activity-recorded');

    // Act: found in the list by its kind.
    await page.locator('#filter-kind').selectOption('conference');
    await page.locator('#filter-show').click();
    const row = page.locator('#registry-body tr', { hasText: 'Astana–Tashkent conference' });
    await expect.poll(() => row.count(), { timeout: 10_000 }).toBe(1);
    const listed = await row.innerText();
    const listPage = await checkPage(page, 'story-activity-listed');
    const allErrors = [...iro.errors, ...errors];
    await iro.close();

    // Assess: the list says what, when, with whom, how and how many.
    expect(listed).toContain('Conference');
    expect(listed).toContain('L.N. Gumilyov Eurasian National University');
    expect(listed).toContain('Blended');
    expect(listed).toContain('12 in, 3 out');
    expect(listed).toContain('Faculty of Physics');
    const stored = (await (await h.get('/api/activities?year=2026&kind=conference', { cookie: iro.cookie })).json()) as { activities: Activity[] };
    expect(stored.activities).toEqual([
      expect.objectContaining({ title: 'Astana–Tashkent conference on condensed-matter physics', format: 'blended', partnerIds: ['enu-gumilyov'], agreementId: 'agr-enu-2023', participants: { incoming: 12, outgoing: 3 } }),
    ]);
    for (const quality of [recorded, listPage]) expect(quality).toEqual(PASSES);
    expect(allErrors).toEqual([]);
  });
});
