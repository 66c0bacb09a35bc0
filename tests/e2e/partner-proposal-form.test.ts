/**
 * The memorandum form's partner proposal in a real browser (Debian Chromium via playwright-core),
 * for a faculty member signed in through the link in their mailbox: "My partner is not in the
 * list" shows the registry's partner fields, the memorandum is sent with `proposedPartner` and
 * goes into review with the partner registered as proposed; a university already registered is
 * named and chosen with one button, keeping what was typed; a bad website is refused on its field
 * before anything is sent, in Russian.
 */
import type { Browser, Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Partner } from '../../shared/schemas';
import { launchChromium } from '../support/browser';
import { memorandumBody, startHarness, type Harness } from '../support/harness';
import { checkPage, PASSES } from '../support/pages';
import { signInThroughMailbox, type SignedIn } from '../support/signed-in';

let h: Harness;
let browser: Browser;
let faculty: SignedIn;

beforeAll(async () => {
  h = await startHarness('e2e-partner-proposal');
  browser = await launchChromium();
  faculty = await signInThroughMailbox(browser, h, 'faculty@uni.example');
});
afterAll(async () => {
  await faculty?.close();
  await browser?.close();
  await h?.stop();
});

type Json = Record<string, any>;

/** The home page in a new tab of the signed-in window, with the memorandum form's choices filled. */
async function home(): Promise<{ page: Page; posts: Request[]; errors: string[] }> {
  const { page, errors } = await faculty.open('/');
  const posts: Request[] = [];
  page.on('request', (r) => r.method() === 'POST' && r.url().endsWith('/api/agreements') && posts.push(r));
  await expect.poll(() => page.locator('#m-partner option').count(), { timeout: 15_000 }).toBeGreaterThan(1);
  return { page, posts, errors };
}

const partners = async () => (await (await h.get('/api/partners', { cookie: faculty.cookie })).json()) as Partner[];
const fieldError = (page: Page, id: string) => page.locator(`#${id}`).locator('xpath=ancestor::div[contains(@class,"field")][1]').locator('.field-error').innerText();
const formMessage = (page: Page) => page.locator('#memorandum-form > .message').innerText();

/** Everything but the partner, from the API's example memorandum. */
async function fillMemorandum(page: Page, summary?: string): Promise<void> {
  const m = memorandumBody() as Json;
  await page.locator('#m-kind').selectOption(m.kind);
  for (const s of m.scope) await page.locator(`#memorandum-form input[name=scope][value=${s}]`).check();
  await page.locator('#m-start').fill(m.startDate);
  await page.locator('#m-end').fill(m.endDate);
  await page.locator('#m-coord-name').fill(m.coordinator.name);
  await page.locator('#m-coord-email').fill(m.coordinator.email);
  await page.locator('#m-faculty').selectOption(m.initiatingFaculty);
  await page.locator('#m-summary').fill(summary ?? m.summary);
}

/** Ticks "My partner is not in the list" by keyboard and waits for the proposal's fields. */
async function openProposal(page: Page): Promise<void> {
  await page.locator('#m-propose').focus();
  await page.keyboard.press('Space');
  await page.locator('#m-pp-name').waitFor({ state: 'visible', timeout: 15_000 });
}

/** The proposal's fields; the country typed into the picker and taken with Enter. */
async function fillProposal(page: Page, p: { name: string; ru?: string; country: string; city: string; website: string; contact?: [string, string] }): Promise<void> {
  await page.locator('#m-pp-name').fill(p.name);
  if (p.ru) await page.locator('#m-pp-ru').fill(p.ru);
  await page.locator('#m-pp-country').fill(p.country);
  await page.locator('#m-pp-country-options').waitFor({ state: 'visible' });
  await page.locator('#m-pp-country').press('Enter');
  await page.locator('#m-pp-city').fill(p.city);
  await page.locator('#m-pp-website').fill(p.website);
  if (p.contact) {
    await page.locator('#m-pp-contact-name').fill(p.contact[0]);
    await page.locator('#m-pp-contact-email').fill(p.contact[1]);
  }
}

const submit = (page: Page) => page.locator('#memorandum-form button[type=submit]').click();

describe('a memorandum proposing a partner not in the list', () => {
  it('registers the proposed partner and puts the memorandum into review naming it', async () => {
    // Prepare
    const { page, posts, errors } = await home();

    // Act
    await fillMemorandum(page);
    await openProposal(page);
    const partnerWhileProposing = await page.locator('#m-partner').isDisabled();
    await fillProposal(page, {
      name: 'Tajik Technical University',
      ru: 'Таджикский технический университет',
      country: 'Tajik',
      city: 'Dushanbe',
      website: 'https://ttu.tj',
      contact: ['Farrukh Nazarov', 'f.nazarov@ttu.example'],
    });
    const countryShown = await page.locator('#m-pp-country').inputValue();
    const quality = await checkPage(page, 'partner-proposal-open');
    await submit(page);
    await expect.poll(() => formMessage(page), { timeout: 15_000 }).toMatch(/^Submitted as AGR-/);
    const href = await page.locator('#memorandum-form > .message a').getAttribute('href');
    const afterwards = { ticked: await page.locator('#m-propose').isChecked(), proposalShown: await page.locator('#m-proposal').isVisible(), partnerEnabled: await page.locator('#m-partner').isEnabled() };
    const sent = posts[0]!.postDataJSON() as Json;
    const id = decodeURIComponent(href!.split('/').at(-1)!);
    const memorandum = (await (await h.get(`/api/agreements/${encodeURIComponent(id)}`, { cookie: faculty.cookie })).json()) as Json;
    const registered = (await partners()).find((p) => p.name === 'Tajik Technical University');

    // Assess
    expect(partnerWhileProposing).toBe(true);
    expect(countryShown).toBe('Tajikistan');
    expect(posts).toHaveLength(1);
    expect(sent.partnerId).toBeUndefined();
    expect(sent.proposedPartner).toEqual({
      name: 'Tajik Technical University',
      names: { ru: 'Таджикский технический университет' },
      country: 'TJ',
      city: 'Dushanbe',
      website: 'https://ttu.tj',
      contacts: [{ name: 'Farrukh Nazarov', email: 'f.nazarov@ttu.example' }],
    });
    expect(registered).toMatchObject({ country: 'TJ', city: 'Dushanbe', names: { ru: 'Таджикский технический университет' }, proposed: { by: { email: 'faculty@uni.example' } } });
    expect(memorandum.status).toBe('in_review');
    expect(memorandum.content.partnerId).toBe(registered!.id);
    expect(afterwards).toEqual({ ticked: false, proposalShown: false, partnerEnabled: true });
    expect(quality).toEqual(PASSES);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('says a university already registered is, and choosing it sends the memorandum with that partner and everything typed', async () => {
    // Prepare
    const before = (await partners()).length;
    const { page, posts, errors } = await home();
    const summary = 'Joint summer school in solid-state physics, proposed before we saw Osh in the list.';

    // Act
    await fillMemorandum(page, summary);
    await openProposal(page);
    await fillProposal(page, { name: 'osh state university', country: 'KG', city: 'Osh', website: 'https://oshsu.kg' });
    await submit(page);
    const choose = page.getByRole('button', { name: 'Choose Osh State University from the list' });
    await choose.waitFor({ state: 'visible', timeout: 15_000 });
    const told = await formMessage(page);
    const quality = await checkPage(page, 'partner-proposal-exists');
    await choose.click();
    const chosen = {
      partner: await page.locator('#m-partner').inputValue(),
      focused: await page.evaluate(() => document.activeElement?.id),
      ticked: await page.locator('#m-propose').isChecked(),
      proposalShown: await page.locator('#m-proposal').isVisible(),
      summary: await page.locator('#m-summary').inputValue(),
      message: await formMessage(page),
    };
    await submit(page);
    await expect.poll(() => formMessage(page), { timeout: 15_000 }).toMatch(/^Submitted as AGR-/);
    const href = await page.locator('#memorandum-form > .message a').getAttribute('href');
    const id = decodeURIComponent(href!.split('/').at(-1)!);
    const memorandum = (await (await h.get(`/api/agreements/${encodeURIComponent(id)}`, { cookie: faculty.cookie })).json()) as Json;

    // Assess
    expect(told).toBe('Osh State University is already registered. Choose Osh State University from the list');
    expect(chosen).toEqual({
      partner: 'osh-state-university',
      focused: 'm-partner',
      ticked: false,
      proposalShown: false,
      summary,
      message: 'Osh State University is chosen as the partner; everything else is as you left it. Submit the memorandum again.',
    });
    expect(posts).toHaveLength(2);
    expect(posts[0]!.postDataJSON().proposedPartner.country).toBe('KG');
    expect(posts[1]!.postDataJSON()).toMatchObject({ partnerId: 'osh-state-university', summary });
    expect(posts[1]!.postDataJSON().proposedPartner).toBeUndefined();
    expect(memorandum).toMatchObject({ status: 'in_review', content: { partnerId: 'osh-state-university', summary } });
    expect((await partners()).length).toBe(before);
    expect(quality).toEqual(PASSES);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('refuses a website that is not a web address on its field, in Russian, and sends nothing', async () => {
    // Prepare
    const { page, posts, errors } = await home();
    await page.locator('#language').selectOption('ru');

    // Act
    await fillMemorandum(page);
    await openProposal(page);
    await fillProposal(page, { name: 'Khujand State University', country: 'TJ', city: 'Khujand', website: 'tgu dot tj' });
    await page.locator('#m-pp-erasmus').fill('not a code');
    await submit(page);
    await page.locator('#memorandum-form .error-summary').waitFor({ state: 'visible', timeout: 10_000 });
    const shown = {
      website: await fieldError(page, 'm-pp-website'),
      invalid: await page.locator('#m-pp-website').getAttribute('aria-invalid'),
      erasmus: await fieldError(page, 'm-pp-erasmus'),
      legend: await page.locator('#m-proposal legend').first().innerText(),
      summary: await page.locator('#memorandum-form .error-summary li').allInnerTexts(),
    };
    const quality = await checkPage(page, 'partner-proposal-bad-website-ru');
    await page.locator('#memorandum-form .error-summary a').first().click();
    const focused = await page.evaluate(() => document.activeElement?.id);

    // Assess
    expect(shown.website).toBe('Укажите веб-адрес, начинающийся с https:// или http://');
    expect(shown.invalid).toBe('true');
    expect(shown.erasmus).toBe('Код Erasmus выглядит так: PL WARSZAW01');
    expect(shown.legend).toBe('Предлагаемый вуз-партнёр');
    expect(shown.summary).toEqual(['Сайт: Укажите веб-адрес, начинающийся с https:// или http://', 'Код Erasmus: Код Erasmus выглядит так: PL WARSZAW01']);
    expect(focused).toBe('m-pp-website');
    expect(posts).toEqual([]);
    expect((await partners()).some((p) => p.name === 'Khujand State University')).toBe(false);
    expect(quality).toEqual(PASSES);
    expect(errors).toEqual([]);
    await page.close();
  });
});
