/**
 * The nomination form's agreement picker and its draft, in a real browser (Debian Chromium via
 * playwright-core): the agreement choice offers only the partner's active agreements whose
 * conditions cover the direction and mobility type, with the places left in the academic year
 * as the API counts them, and says so when none does; what was typed survives a reload until it
 * is discarded or submitted.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NominationInput } from '../../shared/schemas/nomination';
import { launchChromium } from '../support/browser';
import { nominationBody, startHarness, type Harness } from '../support/harness';
import { checkPage, PASSES } from '../support/pages';
import { openSignedIn } from '../support/signed-in';

let h: Harness;
let browser: Browser;
let faculty: string;
const DRAFT_KEY = 'hamkor.draft.nomination:faculty@uni.example';

beforeAll(async () => {
  h = await startHarness('e2e-nomination-form');
  faculty = await h.signIn('faculty@uni.example');
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await h?.stop();
});

async function home(): Promise<{ page: Page; errors: string[]; close(): Promise<void> }> {
  const { context, page, errors } = await openSignedIn(browser, h, faculty, '/', { locale: 'en-US' });
  await ready(page);
  return { page, errors, close: () => context.close() };
}

/** The form's choices are filled: partners listed and, after them, the agreements read. */
async function ready(page: Page): Promise<void> {
  await expect.poll(() => page.locator('#n-partner option').count(), { timeout: 10_000 }).toBeGreaterThan(1);
  await expect.poll(() => page.evaluate(() => document.querySelector('#nominations li') !== null), { timeout: 10_000 }).toBe(true);
}

const agreementOptions = (page: Page) => page.locator('#n-agreement option').allInnerTexts();
const storedDraft = (page: Page) => page.evaluate((key) => localStorage.getItem(key), DRAFT_KEY);

describe('the nomination form’s agreement picker', () => {
  it('offers Osh State University’s agreement with the places the API counts, and says so when none covers staff teaching', async () => {
    // Prepare
    const res = await h.get('/api/agreements/agr-osh-2024/places', { cookie: faculty });
    expect(res.status).toBe(200);
    const rows = (await res.json()) as { academicYear: string; sender: string; type: string; left: number }[];
    const row = rows.find((r) => r.academicYear === '2027/2028' && r.sender === 'home' && r.type === 'student_studies');
    expect(row).toBeDefined();
    const left = row!.left;
    const { page, errors, close } = await home();

    // Act
    await page.locator('#n-role').selectOption('student');
    await page.locator('#n-direction').selectOption('outgoing');
    await page.locator('#n-type').selectOption('semester_study');
    await page.locator('#n-year').fill('2027/2028');
    await page.locator('#n-partner').selectOption('osh-state-university');
    await expect.poll(() => agreementOptions(page), { timeout: 10_000 }).toContainEqual(expect.stringContaining('places left'));
    const student = { options: await agreementOptions(page), chosen: await page.locator('#n-agreement').inputValue(), note: await page.locator('#n-agreement-note').innerText() };
    const offered = await checkPage(page, 'nomination-agreement-offered');
    await page.locator('#n-role').selectOption('academic_staff');
    await page.locator('#n-type').selectOption('teaching');
    const staff = { options: await agreementOptions(page), note: await page.locator('#n-agreement-note').innerText(), chosen: await page.locator('#n-agreement').inputValue() };
    const nothing = await checkPage(page, 'nomination-agreement-none');
    await close();

    // Assess
    expect(student.options).toHaveLength(2);
    expect(student.options[1]).toMatch(new RegExp(`^AGR-2024-0003 — .* · ${left} places? left in 2027/2028$`));
    expect(student.chosen).toBe('agr-osh-2024');
    // Said under the picker as well, where a narrow screen cannot cut it off.
    expect(student.note).toMatch(new RegExp(`^${left} places? left in 2027/2028$`));
    expect(staff).toEqual({
      options: ['No active agreement with this partner covers this direction and mobility type'],
      // What the partner's agreements do cover, and the way forward.
      note: 'No active agreement with this partner covers this direction and mobility type: AGR-2024-0003 covers student studies from us and student studies to us. Ask the international office to amend an agreement to cover it, or choose another partner.',
      chosen: '',
    });
    expect(offered).toEqual(PASSES);
    expect(nothing).toEqual(PASSES);
    expect(errors).toEqual([]);
  });
});

describe('the nomination form’s agreement picker and a year it refuses', () => {
  it('quotes no places for "2027/2026", a year the form would not accept, and quotes them again once it is 2027/2028', async () => {
    // Prepare
    const { page, errors, close } = await home();
    await page.locator('#n-role').selectOption('student');
    await page.locator('#n-direction').selectOption('outgoing');
    await page.locator('#n-type').selectOption('semester_study');
    await page.locator('#n-partner').selectOption('osh-state-university');

    // Act
    await page.locator('#n-year').fill('2027/2028');
    await expect.poll(() => agreementOptions(page), { timeout: 10_000 }).toContainEqual(expect.stringContaining('places left in 2027/2028'));
    await page.locator('#n-year').fill('2027/2026');
    const reversed = { options: await agreementOptions(page), note: await page.locator('#n-agreement-note').isVisible() };
    await page.locator('#n-year').fill('2027/2028');
    const again = await agreementOptions(page);
    await close();

    // Assess
    expect(reversed.options.filter((o) => /places? left|no places/.test(o))).toEqual([]);
    expect(reversed.note).toBe(false);
    expect(again).toContainEqual(expect.stringContaining('places left in 2027/2028'));
    expect(errors).toEqual([]);
  });
});

describe('the nomination form’s draft', () => {
  it('brings back what was typed after a reload, with a note, and forgets it when discarded', async () => {
    // Prepare
    const { page, errors, close } = await home();

    // Act
    await page.locator('#n-name').fill('Aziza Rahimova');
    await page.locator('#n-year').fill('2027/2028');
    await page.locator('#n-partner').selectOption('osh-state-university');
    await page.locator('#n-motivation').fill('A semester of solid-state physics.');
    // The draft is saved a moment after the last change: wait for the last one typed, not the first
    // (on a loaded machine a save may come between two of them).
    await expect.poll(() => storedDraft(page)).toContain('solid-state physics');
    await page.reload();
    await ready(page);
    await expect.poll(() => page.locator('#n-name').inputValue()).toBe('Aziza Rahimova');
    const restored = {
      year: await page.locator('#n-year').inputValue(),
      partner: await page.locator('#n-partner').inputValue(),
      agreement: await page.locator('#n-agreement').inputValue(),
      motivation: await page.locator('#n-motivation').inputValue(),
      note: await page.locator('#nomination-form .draft-note span').innerText(),
    };
    const quality = await checkPage(page, 'nomination-draft-restored');
    // By keyboard: the discard button is reached with Tab and pressed with Enter.
    await page.getByRole('button', { name: 'Discard draft' }).focus();
    await page.keyboard.press('Enter');
    const discarded = {
      name: await page.locator('#n-name').inputValue(),
      partner: await page.locator('#n-partner').inputValue(),
      noteVisible: await page.locator('#nomination-form .draft-note').isVisible(),
      focused: await page.evaluate(() => document.activeElement?.id),
    };
    await page.waitForTimeout(600); // longer than the save's delay: nothing comes back
    const stored = await storedDraft(page);
    await page.reload();
    await ready(page);
    const afterReload = { name: await page.locator('#n-name').inputValue(), noteVisible: await page.locator('#nomination-form .draft-note').isVisible() };
    await close();

    // Assess
    expect(restored).toEqual({ year: '2027/2028', partner: 'osh-state-university', agreement: 'agr-osh-2024', motivation: 'A semester of solid-state physics.', note: 'Draft restored: what you typed earlier is back.' });
    expect(discarded).toEqual({ name: '', partner: '', noteVisible: false, focused: 'n-name' });
    expect(stored).toBeNull();
    expect(afterReload).toEqual({ name: '', noteVisible: false });
    expect(quality).toEqual(PASSES);
    expect(errors).toEqual([]);
  });

  it('is cleared by a successful submission', async () => {
    // Prepare
    const { page, errors, close } = await home();
    const n = nominationBody() as NominationInput;

    // Act
    // The language code typed in capitals, as people write it ("RU"): sent as the code, "ru".
    for (const [id, value] of Object.entries({ 'n-name': n.nominee.name, 'n-email': 'draft.case@student.uni.example', 'n-year': n.academicYear, 'n-lang': 'RU', 'n-motivation': n.motivation! })) {
      await page.locator(`#${id}`).fill(value);
    }
    await page.locator('#n-faculty').selectOption(n.nominee.faculty);
    await page.locator('#n-department').selectOption(n.nominee.department);
    await page.locator('#n-partner').selectOption(n.partnerId);
    await page.locator('#n-agreement').selectOption(n.agreementId);
    await expect.poll(() => storedDraft(page)).toContain('draft.case@student.uni.example');
    await page.locator('#nomination-form button[type=submit]').click();
    await expect.poll(() => page.locator('#nomination-form .message').innerText(), { timeout: 10_000 }).toMatch(/^Submitted as NOM-\d{4}-\d{4}/);
    await page.waitForTimeout(600);
    const stored = await storedDraft(page);
    const href = (await page.locator('#nomination-form .message a').getAttribute('href'))!;
    await page.reload();
    await ready(page);
    const afterReload = { name: await page.locator('#n-name').inputValue(), noteVisible: await page.locator('#nomination-form .draft-note').isVisible() };
    await close();
    const created = (await (await h.get(`/api${href}`, { cookie: faculty })).json()) as { content: NominationInput };

    // Assess
    expect(created.content.language.code).toBe('ru');
    expect(stored).toBeNull();
    expect(afterReload).toEqual({ name: '', noteVisible: false });
    expect(errors).toEqual([]);
  });

  // Last on purpose: signing out ends the session the other tests share.
  it('is forgotten when the person signs out, so a shared computer keeps no nominee’s details', async () => {
    // Prepare
    const { page, close } = await home();
    await page.locator('#n-name').fill('Shared Computer');
    await page.locator('#m-summary').fill('A memorandum drafted on a shared computer');
    await expect.poll(() => storedDraft(page)).toContain('Shared Computer');
    await expect.poll(() => page.evaluate(() => localStorage.getItem('hamkor.draft.memorandum:faculty@uni.example'))).toContain('shared computer');

    // Act
    await page.locator('#signout').click();
    await page.waitForURL(/\/signin/);
    const left = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('hamkor.draft.')));
    await close();

    // Assess
    expect(left).toEqual([]);
  });
});
