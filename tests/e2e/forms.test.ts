/**
 * The nomination form on the home page in a real browser (Debian Chromium via playwright-core):
 * it checks its input with the API's own zod schema before sending, puts each message next to
 * its field in the chosen language (and rewords them when the language changes, keeping what
 * was typed), and puts the server's refusals next to the fields they are about.
 */
import type { Browser, Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NominationInput } from '../../shared/schemas/nomination';
import { launchChromium } from '../support/browser';
import { nominationBody, startHarness, type Harness } from '../support/harness';
import { checkPage, PASSES } from '../support/pages';
import { openSignedIn } from '../support/signed-in';

let h: Harness;
let browser: Browser;
let faculty: string;

beforeAll(async () => {
  h = await startHarness('e2e-forms');
  faculty = await h.signIn('faculty@uni.example');
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await h?.stop();
});

/** The home page of the faculty member, in `language`, with the nomination form ready. */
async function home(language: 'en' | 'ru' | 'uz'): Promise<{ page: Page; posts: Request[]; errors: string[]; close(): Promise<void> }> {
  const { context, page, errors } = await openSignedIn(browser, h, faculty, '/', { locale: 'en-US' });
  const posts: Request[] = [];
  page.on('request', (r) => r.method() === 'POST' && r.url().endsWith('/api/nominations') && posts.push(r));
  await expect.poll(() => page.locator('#n-partner option').count(), { timeout: 10_000 }).toBeGreaterThan(1);
  if (language !== 'en') await page.locator('#language').selectOption(language);
  return { page, posts, errors, close: () => context.close() };
}

const fieldError = (page: Page, id: string) => page.locator(`#${id}`).locator('xpath=ancestor::div[contains(@class,"field")][1]').locator('.field-error').innerText();

async function fillNomination(page: Page, overrides: Record<string, string> = {}) {
  const n = nominationBody() as NominationInput;
  const values: Record<string, string> = {
    'n-name': n.nominee.name,
    'n-email': n.nominee.email,
    'n-year': n.academicYear,
    'n-lang': n.language.code,
    'n-motivation': n.motivation!,
    // When, as the example says: a date picker takes its day typed as YYYY-MM-DD.
    ...(n.plannedStartDate ? { 'n-start': n.plannedStartDate } : {}),
    ...(n.plannedEndDate ? { 'n-end': n.plannedEndDate } : {}),
    ...overrides,
  };
  for (const [id, value] of Object.entries(values)) await page.locator(`#${id}`).fill(value);
  await page.locator('#n-faculty').selectOption(n.nominee.faculty);
  await page.locator('#n-department').selectOption(n.nominee.department);
  await page.locator('#n-partner').selectOption(n.partnerId);
  await page.locator('#n-agreement').selectOption(n.agreementId);
}

describe('the nomination form', () => {
  it('refuses an empty form before sending, next to each field, in Russian; and rewords it in English keeping what was typed', async () => {
    // Prepare
    const { page, posts, errors, close } = await home('ru');

    // Act
    await page.locator('#nomination-form button[type=submit]').click();
    await expect.poll(() => page.locator('#nomination-form .error-summary').isVisible()).toBe(true);
    const russian = {
      heading: await page.locator('#nomination-form .error-summary h3').innerText(),
      name: await fieldError(page, 'n-name'),
      partner: await fieldError(page, 'n-partner'),
      nameInvalid: await page.locator('#n-name').getAttribute('aria-invalid'),
      focused: await page.evaluate(() => document.activeElement?.classList.contains('error-summary')),
    };
    await page.locator('#n-name').fill('Dilnoza Karimova');
    await page.locator('#n-year').fill('2026/2028');
    await page.locator('#nomination-form button[type=submit]').click();
    await expect.poll(() => fieldError(page, 'n-year')).toBe('Второй год должен следовать за первым');
    const quality = await checkPage(page, 'nomination-errors-ru');
    await page.locator('#language').selectOption('en');
    const english = { year: await fieldError(page, 'n-year'), partner: await fieldError(page, 'n-partner'), name: await page.locator('#n-name').inputValue(), button: await page.locator('#nomination-form button[type=submit]').innerText() };
    await close();

    // Assess
    expect(russian).toEqual({ heading: 'Некоторые поля требуют внимания', name: 'Заполните это поле', partner: 'Выберите вариант', nameInvalid: 'true', focused: true });
    expect(english).toEqual({ year: 'The second year must follow the first', partner: 'Choose one', name: 'Dilnoza Karimova', button: 'Submit nomination' });
    expect(posts).toEqual([]);
    expect(quality).toEqual(PASSES);
    expect(errors).toEqual([]);
  });

  it('shows the server’s refusal next to the field in Uzbek, then submits the corrected nomination', async () => {
    // Prepare: an agreement with another partner, which only the server can refuse.
    const { page, posts, errors, close } = await home('uz');
    await fillNomination(page);
    // The form offers only the partner's own agreements, so the first send is given another's on its way out.
    await page.route('**/api/nominations', (route) => route.continue({ postData: JSON.stringify({ ...route.request().postDataJSON(), agreementId: 'agr-wust-2025' }) }), { times: 1 });

    // Act
    await page.locator('#nomination-form button[type=submit]').click();
    await expect.poll(() => fieldError(page, 'n-agreement'), { timeout: 10_000 }).toBe('Bu shartnoma boshqa hamkor bilan tuzilgan');
    const refused = { status: (await (await posts[0]!.response())!.status()), invalid: await page.locator('#n-agreement').getAttribute('aria-invalid'), box: await page.locator('#nomination-form .message').innerText() };
    await page.locator('#n-agreement').selectOption((nominationBody() as NominationInput).agreementId);
    await page.locator('#nomination-form button[type=submit]').click();
    await expect.poll(() => page.locator('#nomination-form .message').innerText(), { timeout: 10_000 }).toMatch(/^NOM-\d{4}-\d{4} raqami bilan topshirildi\.$/);
    const reference = await page.locator('#nomination-form .message a').innerText();
    const quality = await checkPage(page, 'nomination-submitted-uz');
    await close();

    // Assess
    expect(refused).toEqual({ status: 400, invalid: 'true', box: 'Yuborilmadi: yuqoridagi xabarlarni qarang.' });
    const mine = (await (await h.get('/api/nominations', { cookie: faculty })).json()) as { reference: string; content: unknown }[];
    expect(mine.find((n) => n.reference === reference)?.content).toEqual(nominationBody());
    expect(quality).toEqual(PASSES);
    expect(errors).toEqual([]);
  });

  it('puts a legend’s hint inside its box, below the legend, not on the border line, at 360 and 1280 px', async () => {
    // Prepare: the home page's forms, with the proposed partner's part loaded (its contact has a hint too).
    const found: Record<number, { legend: string; inside: boolean }[]> = {};
    for (const width of [360, 1280]) {
      const { context, page, errors } = await openSignedIn(browser, h, faculty, '/', { locale: 'en-US', viewport: { width, height: 900 } });
      await expect.poll(() => page.locator('#n-partner option').count(), { timeout: 10_000 }).toBeGreaterThan(1);
      await page.locator('#language').selectOption('en');
      await page.locator('#m-propose').check();
      await page.locator('fieldset.contact legend').waitFor();

      // Act: where each hinted legend lies against its fieldset's top border.
      found[width] = await page.locator('fieldset > legend:has(> .hint)').evaluateAll((legends) =>
        legends.map((legend) => {
          const box = legend.parentElement!.getBoundingClientRect();
          const hint = legend.querySelector('.hint')!.getBoundingClientRect();
          const border = parseFloat(getComputedStyle(legend.parentElement!).borderTopWidth);
          return { legend: legend.firstElementChild!.textContent!, inside: legend.getBoundingClientRect().top >= box.top + border && hint.top >= box.top + border && hint.bottom <= box.bottom };
        }),
      );
      await context.close();
      expect(errors).toEqual([]);
    }

    // Assess
    for (const width of [360, 1280]) {
      expect(found[width]).toEqual([
        { legend: 'Attachments (optional)', inside: true },
        { legend: 'A contact at the partner', inside: true },
        { legend: 'Scope', inside: true },
        { legend: 'Documents (optional)', inside: true },
      ]);
    }
  });
});
