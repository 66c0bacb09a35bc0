/**
 * The nomination form when an agreement's places for the year are all taken, in a real browser
 * (Debian Chromium via playwright-core): the agreement is still offered (the final approval is
 * what takes a place, and the office may override), its option says no places are left, a
 * warning under the picker says so in words, and the form still submits. The full agreement is
 * made the way the office makes one: proposed, approved at every step and signed by both sides,
 * with one place, which a first nomination's final approval then takes.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/browser';
import { agreementInForce, approveSteps, linkFor } from '../support/chains';
import { memorandumBody, nominationBody, startHarness, type Harness } from '../support/harness';
import { checkPage, PASSES } from '../support/pages';
import { openSignedIn } from '../support/signed-in';

const YEAR = '2027/2028';
const today = () => new Date().toISOString().slice(0, 10);

let h: Harness;
let browser: Browser;
let faculty: string;
let agreement: { id: string; reference: string };

beforeAll(async () => {
  h = await startHarness('e2e-nomination-no-places');
  browser = await launchChromium();
  faculty = await h.signIn('faculty@uni.example');
  const admin = await h.signIn('admin@uni.example');

  // An agreement in force with Osh State University: one outgoing study place in 2027/2028.
  agreement = await agreementInForce(
    h,
    memorandumBody({
      partnerId: 'osh-state-university',
      startDate: today(),
      endDate: '2030-08-31',
      cooperationConditions: [{ type: 'student_studies', sender: 'home', mobilitiesPerYear: 1, subjectAreas: [], eqfLevels: [], languages: [], academicYears: [YEAR] }],
      summary: 'One semester place a year in physics.',
    }),
    { proposer: faculty, office: admin },
  );
  // The one place, taken by a first nomination's final approval.
  const first = await h.post('/api/nominations', nominationBody({ agreementId: agreement.id, academicYear: YEAR }), { cookie: faculty });
  expect(first.status).toBe(201);
  await approveSteps(h, 'nomination', ((await first.json()) as { id: string }).id);
  const places = (await (await h.get(`/api/agreements/${agreement.id}/places`, { cookie: faculty })).json()) as { academicYear: string; left: number }[];
  expect(places.find((p) => p.academicYear === YEAR)?.left).toBe(0);
});
afterAll(async () => {
  await browser?.close();
  await h?.stop();
});

async function home(): Promise<{ page: Page; errors: string[]; close(): Promise<void> }> {
  const { context, page, errors } = await openSignedIn(browser, h, faculty, '/', { locale: 'en-US' });
  await expect.poll(() => page.locator('#n-partner option').count(), { timeout: 15_000 }).toBeGreaterThan(1);
  return { page, errors, close: () => context.close() };
}

describe('the nomination form with no place left under the chosen agreement', () => {
  it('still offers the agreement, says in its option and under it that no places are left, and submits', { timeout: 120_000 }, async () => {
    // Prepare
    const { page, errors, close } = await home();
    const body = nominationBody() as { nominee: Record<string, string> };

    // Act: the nomination that would need the taken place.
    await page.locator('#n-role').selectOption('student');
    await page.locator('#n-direction').selectOption('outgoing');
    await page.locator('#n-type').selectOption('semester_study');
    await page.locator('#n-year').fill(YEAR);
    await page.locator('#n-partner').selectOption('osh-state-university');
    const option = page.locator(`#n-agreement option[value="${agreement.id}"]`);
    await expect.poll(() => option.innerText(), { timeout: 15_000 }).toContain('no places left in 2027/2028');
    await page.locator('#n-agreement').selectOption(agreement.id);
    const note = page.locator('#nomination-form .agreement-note');
    await expect.poll(() => note.innerText(), { timeout: 10_000 }).toContain(`No places are left in ${YEAR} under ${agreement.reference}`);
    const warned = await note.evaluate((n) => n.classList.contains('warn'));
    const quality = await checkPage(page, 'nomination-no-places');

    // Act: the rest of the form, then submit.
    await page.locator('#n-name').fill(body.nominee.name!);
    await page.locator('#n-email').fill('second.student@student.uni.example');
    await page.locator('#n-level').selectOption(body.nominee.studyLevel!);
    await page.locator('#n-faculty').selectOption(body.nominee.faculty!);
    await page.locator('#n-department').selectOption(body.nominee.department!);
    await page.locator('#n-period').selectOption('first_semester');
    await page.locator('#n-lang').fill('ru');
    await page.locator('#n-cefr').selectOption('B2');
    await page.locator('#n-motivation').fill('A second student hoping the office finds a place.');
    await page.locator('#nomination-form button[type=submit]').click();
    await expect.poll(() => page.locator('#nomination-form .message').innerText(), { timeout: 15_000 }).toMatch(/^Submitted as NOM-/);
    await close();

    // Assess
    expect(warned).toBe(true);
    expect(quality).toEqual(PASSES);
    expect(errors).toEqual([]);
  });

  it('keeps the final approver\'s link and form when no place is left, says so, and approves there once the office allows a place', { timeout: 120_000 }, async () => {
    // Prepare: a nomination at the vice-rector's final step, with the agreement's one place taken.
    const res = await h.post('/api/nominations', nominationBody({ agreementId: agreement.id, academicYear: YEAR, nominee: { ...(nominationBody().nominee as object), email: 'third.student@student.uni.example' } }), { cookie: faculty });
    expect(res.status).toBe(201);
    const nomination = (await res.json()) as { id: string; reference: string };
    await approveSteps(h, 'nomination', nomination.id, { to: 3 });
    const { token } = await linkFor(h, 'nomination', nomination.id, 3);
    const page = await browser.newPage({ viewport: { width: 360, height: 740 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${h.url}/act#t=${token}&l=en`);
    await page.locator('#decision-section:not([hidden])').waitFor({ timeout: 15_000 });

    // Act: approve with no place left.
    await page.locator('input[type=radio][value=approve]').check();
    await page.locator('#decide-button').click();
    const refused = page.getByText('Not recorded: no place is left under this agreement', { exact: false });
    await refused.waitFor({ timeout: 15_000 });
    const formStillShown = await page.locator('#decision-section').isVisible();
    const quality = await checkPage(page, 'act-no-place-left');
    // The office allows a place beyond the agreement; the approver presses the same button again.
    const iro = await h.signIn('iro@uni.example');
    expect((await h.post(`/api/nominations/${nomination.id}/quota-override`, { reason: 'The partner agreed to a second student.' }, { cookie: iro })).status).toBe(200);
    await page.locator('#decide-button').click();
    await page.getByText('Recorded on', { exact: false }).waitFor({ timeout: 15_000 });
    await page.close();
    const after = (await (await h.get(`/api/nominations/${nomination.id}`, { cookie: faculty })).json()) as { status: string };

    // Assess
    expect(formStillShown).toBe(true);
    expect(quality).toEqual(PASSES);
    expect(after.status).toBe('approved');
    expect(errors).toEqual([]);
  });
});
