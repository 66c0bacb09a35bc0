/**
 * The memorandum form's cooperation conditions in a real browser (Debian Chromium via
 * playwright-core): an editable table of conditions, one row per direction and mobility type,
 * every control labelled with its row's number; the rows become the body's
 * `cooperationConditions`, are checked with the API's own schema (an error lands on its row's
 * field) and a row is removed by keyboard.
 */
import type { Browser, Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/browser';
import { memorandumBody, startHarness, type Harness } from '../support/harness';
import { checkPage, PASSES } from '../support/pages';
import { openSignedIn } from '../support/signed-in';
import { fillMemorandum } from '../support/memorandum-form';

let h: Harness;
let browser: Browser;
let faculty: string;

beforeAll(async () => {
  h = await startHarness('e2e-memorandum-form');
  faculty = await h.signIn('faculty@uni.example');
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await h?.stop();
});

async function home(): Promise<{ page: Page; posts: Request[]; errors: string[]; close(): Promise<void> }> {
  const { context, page, errors } = await openSignedIn(browser, h, faculty, '/', { locale: 'en-US' });
  const posts: Request[] = [];
  page.on('request', (r) => r.method() === 'POST' && r.url().endsWith('/api/agreements') && posts.push(r));
  await expect.poll(() => page.locator('#m-partner option').count(), { timeout: 10_000 }).toBeGreaterThan(1);
  return { page, posts, errors, close: () => context.close() };
}

const byLabel = (page: Page, text: string) => page.getByLabel(text, { exact: true });
const fieldError = (page: Page, text: string) => byLabel(page, text).locator('xpath=ancestor::div[contains(@class,"field")][1]').locator('.field-error').innerText();

/** Two conditions: ours go to study (4 places), theirs come to teach (2 places). */
async function fillTwoConditions(page: Page, places2 = '2'): Promise<void> {
  const add = page.getByRole('button', { name: 'Add condition' });
  await add.click();
  await byLabel(page, 'Direction, condition 1').selectOption('home');
  await byLabel(page, 'Mobility type, condition 1').selectOption('student_studies');
  await byLabel(page, 'Places a year, condition 1').fill('4');
  await byLabel(page, 'Total months a year (optional), condition 1').fill('20');
  await byLabel(page, 'Subject areas (ISCED-F, comma-separated), condition 1').fill('0533, 0541');
  await page.locator('#m-c1-eqf-6').check();
  await page.locator('#m-c1-eqf-7').check();
  await byLabel(page, 'Language 1 code (optional: en, ru…), condition 1').fill('en');
  await byLabel(page, 'Language 1 level (CEFR), condition 1').selectOption('B2');
  await byLabel(page, 'Language 2 code (optional: en, ru…), condition 1').fill('ru');
  await byLabel(page, 'Language 2 level (CEFR), condition 1').selectOption('B1');
  await byLabel(page, 'Academic years (optional, comma-separated), condition 1').fill('2027/2028');
  await add.click();
  await byLabel(page, 'Direction, condition 2').selectOption('partner');
  await byLabel(page, 'Mobility type, condition 2').selectOption('staff_teaching');
  await byLabel(page, 'Places a year, condition 2').fill(places2);
  await byLabel(page, 'Subject areas (ISCED-F, comma-separated), condition 2').fill('0533');
}

describe('the memorandum form’s cooperation conditions', () => {
  it('sends the table’s two rows as the memorandum’s conditions, with two languages on the first', async () => {
    // Prepare
    const { page, errors, close } = await home();

    // Act
    await fillMemorandum(page);
    await fillTwoConditions(page);
    // The text's pair: Russian until another is chosen.
    const pairAtFirst = await page.getByLabel('The memorandum’s text').inputValue();
    await page.getByLabel('The memorandum’s text').selectOption('uz');
    const quality = await checkPage(page, 'memorandum-conditions');
    await page.locator('#memorandum-form button[type=submit]').click();
    await expect.poll(() => page.locator('#memorandum-form .message').innerText(), { timeout: 10_000 }).toMatch(/^Submitted as /);
    const href = await page.locator('#memorandum-form .message a').getAttribute('href');
    const rowsAfter = await page.locator('#memorandum-form .condition').count();
    await close();
    const id = decodeURIComponent(href!.split('/').at(-1)!);
    const res = await h.get(`/api/agreements/${encodeURIComponent(id)}`, { cookie: faculty });
    const stored = (await res.json()) as { content: { cooperationConditions: unknown[]; textLanguage?: string } };

    // Assess
    expect(res.status).toBe(200);
    expect(pairAtFirst).toBe('ru');
    expect(stored.content.textLanguage).toBe('uz');
    expect(stored.content.cooperationConditions).toEqual([
      {
        type: 'student_studies',
        sender: 'home',
        mobilitiesPerYear: 4,
        totalMonthsPerYear: 20,
        subjectAreas: ['0533', '0541'],
        eqfLevels: [6, 7],
        languages: [
          { code: 'en', level: 'B2' },
          { code: 'ru', level: 'B1' },
        ],
        academicYears: ['2027/2028'],
      },
      { type: 'staff_teaching', sender: 'partner', mobilitiesPerYear: 2, subjectAreas: ['0533'], eqfLevels: [], languages: [], academicYears: [] },
    ]);
    expect(rowsAfter).toBe(0);
    expect(quality).toEqual(PASSES);
    expect(errors).toEqual([]);
  });

  it('puts a refused number of places on its own row’s field and sends nothing', async () => {
    // Prepare
    const { page, posts, errors, close } = await home();

    // Act
    await fillMemorandum(page);
    await fillTwoConditions(page, '-1');
    await page.locator('#memorandum-form button[type=submit]').click();
    await expect.poll(() => page.locator('#memorandum-form .error-summary').isVisible()).toBe(true);
    const shown = {
      second: await fieldError(page, 'Places a year, condition 2'),
      invalid: await byLabel(page, 'Places a year, condition 2').getAttribute('aria-invalid'),
      first: await byLabel(page, 'Places a year, condition 1').getAttribute('aria-invalid'),
      summary: await page.locator('#memorandum-form .error-summary li').allInnerTexts(),
    };
    const quality = await checkPage(page, 'memorandum-conditions-error');
    await close();

    // Assess
    expect(shown.second).not.toBe('');
    expect(shown.invalid).toBe('true');
    expect(shown.first).toBeNull();
    expect(shown.summary).toEqual([expect.stringMatching(/^Places a year, condition 2: /)]);
    expect(posts).toEqual([]);
    expect(quality).toEqual(PASSES);
    expect(errors).toEqual([]);
  });

  it('removes a row by keyboard and numbers the rest again', async () => {
    // Prepare
    const { page, errors, close } = await home();
    await fillTwoConditions(page);
    await byLabel(page, 'Places a year, condition 1').fill('7');

    // Act
    await page.getByRole('button', { name: 'Remove condition 1' }).focus();
    await page.keyboard.press('Enter');
    const after = {
      rows: await page.locator('#memorandum-form .condition').count(),
      places: await byLabel(page, 'Places a year, condition 1').inputValue(),
      type: await byLabel(page, 'Mobility type, condition 1').inputValue(),
      focused: await page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.id),
    };
    await page.keyboard.press('Tab');
    await page.getByRole('button', { name: 'Remove condition 1' }).focus();
    await page.keyboard.press('Space');
    const none = {
      rows: await page.locator('#memorandum-form .condition').count(),
      focused: await page.evaluate(() => document.activeElement?.textContent),
      note: await page.locator('#memorandum-form .no-conditions').isVisible(),
    };
    await close();

    // Assess
    expect(after).toEqual({ rows: 1, places: '2', type: 'staff_teaching', focused: 'm-c1-sender' });
    expect(none).toEqual({ rows: 0, focused: 'Add condition', note: true });
    expect(errors).toEqual([]);
  });

  it('reads "2,5" months as 2.5 and "RU" as ru, and says "Enter a number" for places that are not one', async () => {
    // Prepare
    const { page, posts, errors, close } = await home();

    // Act
    await fillMemorandum(page);
    await fillTwoConditions(page, 'abc');
    await byLabel(page, 'Total months a year (optional), condition 1').fill('2,5');
    await byLabel(page, 'Language 2 code (optional: en, ru…), condition 1').fill('RU');
    await page.locator('#memorandum-form button[type=submit]').click();
    await expect.poll(() => page.locator('#memorandum-form .error-summary').isVisible()).toBe(true);
    const refused = { summary: await page.locator('#memorandum-form .error-summary li').allInnerTexts(), posts: posts.length };
    await page.locator('#language').selectOption('ru');
    // The page renders again once its Russian words are in (loaded when chosen).
    await expect.poll(() => page.locator('#memorandum-form .error-summary li').allInnerTexts(), { timeout: 10_000 }).toEqual([expect.stringMatching(/: Введите число$/)]);
    const russian = await page.locator('#memorandum-form .error-summary li').allInnerTexts();
    await page.locator('#language').selectOption('en');
    await byLabel(page, 'Places a year, condition 2').fill('2');
    await page.locator('#memorandum-form button[type=submit]').click();
    await expect.poll(() => page.locator('#memorandum-form .message').innerText(), { timeout: 10_000 }).toMatch(/^Submitted as /);
    const href = await page.locator('#memorandum-form .message a').getAttribute('href');
    await close();
    const res = await h.get(`/api/agreements/${encodeURIComponent(decodeURIComponent(href!.split('/').at(-1)!))}`, { cookie: faculty });
    const stored = (await res.json()) as { content: { cooperationConditions: { totalMonthsPerYear?: number; languages: unknown[] }[] } };

    // Assess
    expect(refused).toEqual({ summary: ['Places a year, condition 2: Enter a number'], posts: 0 });
    expect(russian).toEqual([expect.stringMatching(/: Введите число$/)]);
    expect(stored.content.cooperationConditions[0]!.totalMonthsPerYear).toBe(2.5);
    expect(stored.content.cooperationConditions[0]!.languages).toEqual([
      { code: 'en', level: 'B2' },
      { code: 'ru', level: 'B1' },
    ]);
    expect(errors).toEqual([]);
  });
});

describe('the memorandum form’s draft', () => {
  const KEY = 'hamkor.draft.memorandum:faculty@uni.example';
  const stored = (page: Page) => page.evaluate((key) => localStorage.getItem(key), KEY);

  it('brings back the fields, the conditions, the open end and a proposed partner after a reload, and forgets them on submitting', async () => {
    // Prepare
    const { page, errors, close } = await home();
    await fillMemorandum(page);
    await fillTwoConditions(page);
    await page.locator('#m-open').check();
    await page.locator('#m-propose').check();
    await page.locator('#m-pp-name').fill('Samarkand Institute of Drafts');
    await expect.poll(async () => JSON.parse((await stored(page)) ?? '{}').fields?.['proposedPartner.name']).toBe('Samarkand Institute of Drafts');

    // Act
    await page.reload();
    await page.locator('#m-pp-name').waitFor({ state: 'visible', timeout: 15_000 });
    await expect.poll(() => page.locator('#m-pp-name').inputValue()).toBe('Samarkand Institute of Drafts');
    const restored = {
      note: await page.locator('#memorandum-form .draft-note').isVisible(),
      summary: await page.locator('#m-summary').inputValue(),
      scope: await page.locator('#memorandum-form input[name=scope]:checked').count(),
      open: await page.locator('#m-open').isChecked(),
      endDisabled: await page.locator('#m-end').isDisabled(),
      propose: await page.locator('#m-propose').isChecked(),
      rows: await page.locator('#memorandum-form .condition').count(),
      places2: await byLabel(page, 'Places a year, condition 2').inputValue(),
      language2: await byLabel(page, 'Language 2 code (optional: en, ru…), condition 1').inputValue(),
      eqf7: await page.locator('#m-c1-eqf-7').isChecked(),
    };
    const quality = await checkPage(page, 'memorandum-draft-restored');
    await page.locator('#m-propose').uncheck();
    await page.locator('#memorandum-form button[type=submit]').click();
    await expect.poll(() => page.locator('#memorandum-form .message').innerText(), { timeout: 10_000 }).toMatch(/^Submitted as /);
    await page.waitForTimeout(600);
    const afterSubmit = await stored(page);
    await page.reload();
    await expect.poll(() => page.locator('#m-partner option').count(), { timeout: 10_000 }).toBeGreaterThan(1);
    const afterReload = { note: await page.locator('#memorandum-form .draft-note').isVisible(), rows: await page.locator('#memorandum-form .condition').count() };
    await close();

    // Assess
    expect(restored).toEqual({ note: true, summary: (memorandumBody() as { summary: string }).summary, scope: (memorandumBody() as { scope: string[] }).scope.length, open: true, endDisabled: true, propose: true, rows: 2, places2: '2', language2: 'ru', eqf7: true });
    expect(quality).toEqual(PASSES);
    expect(afterSubmit).toBeNull();
    expect(afterReload).toEqual({ note: false, rows: 0 });
    expect(errors).toEqual([]);
  });

  it('puts two short fields of a condition on one line at 360 px (places and months, each language’s code and level)', async () => {
    // Prepare
    const { context, page, errors } = await openSignedIn(browser, h, faculty, '/', { locale: 'en-US', viewport: { width: 360, height: 800 } });
    await expect.poll(() => page.locator('#m-partner option').count(), { timeout: 10_000 }).toBeGreaterThan(1);
    await page.locator('#language').selectOption('en');

    // Act
    await page.getByRole('button', { name: 'Add condition' }).click();
    const top = async (label: string) => Math.round((await byLabel(page, label).boundingBox())!.y);
    const lines = {
      placesAndMonths: (await top('Places a year, condition 1')) === (await top('Total months a year (optional), condition 1')),
      language1: (await top('Language 1 code (optional: en, ru…), condition 1')) === (await top('Language 1 level (CEFR), condition 1')),
      language2: (await top('Language 2 code (optional: en, ru…), condition 1')) === (await top('Language 2 level (CEFR), condition 1')),
      directionAlone: (await top('Direction, condition 1')) !== (await top('Mobility type, condition 1')),
    };
    const height = (await page.locator('#memorandum-form .condition').first().boundingBox())!.height;
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    await context.close();

    // Assess
    expect(lines).toEqual({ placesAndMonths: true, language1: true, language2: true, directionAlone: true });
    // About 1,500 px before the pairs; the students' blended-mobility box adds a line of its own.
    expect(height).toBeLessThan(1360);
    expect(overflow).toBe(0);
    expect(errors).toEqual([]);
  });

  it('marks a proposed partner as proposed on the memorandum’s page, in the reader’s language, and a registered one not', async () => {
    // Prepare: one memorandum proposing a partner, one naming a registered partner.
    const { partnerId: _registered, ...rest } = memorandumBody() as Record<string, any>;
    const proposing = await h.post('/api/agreements', { ...rest, proposedPartner: { name: 'Khujand Polytechnic Institute', country: 'TJ', city: 'Khujand', website: 'https://kpi.tj' } }, { cookie: faculty });
    const registered = await h.post('/api/agreements', memorandumBody(), { cookie: faculty });
    expect([proposing.status, registered.status]).toEqual([201, 201]);
    const ids = [((await proposing.json()) as { id: string }).id, ((await registered.json()) as { id: string }).id];

    // Act
    const { context, page, errors } = await openSignedIn(browser, h, faculty, `/agreements/${ids[0]}`, { locale: 'en-US' });
    const partnerRow = () => page.locator('#item-content dd').first().innerText();
    await page.locator('#language').selectOption('en');
    await expect.poll(partnerRow, { timeout: 10_000 }).toContain('Khujand Polytechnic Institute');
    const english = await partnerRow();
    await page.locator('#language').selectOption('ru');
    // The page renders again once its Russian words are in (loaded when chosen).
    await expect.poll(partnerRow, { timeout: 10_000 }).toContain('предложен');
    const russian = await partnerRow();
    const quality = await checkPage(page, 'memorandum-proposed-partner');
    await page.locator('#language').selectOption('en');
    await page.goto(`${h.url}/agreements/${ids[1]}`);
    await expect.poll(partnerRow, { timeout: 10_000 }).not.toBe('');
    const registeredRow = await partnerRow();
    await context.close();

    // Assess
    expect(english).toBe('Khujand Polytechnic Institute, Khujand, Tajikistan (proposed, not yet registered by the international office)');
    expect(russian).toContain('(предложен, международный отдел ещё не внёс его в реестр)');
    expect(registeredRow).not.toContain('proposed');
    expect(quality).toEqual(PASSES);
    expect(errors).toEqual([]);
  });
});
