/**
 * Editing a partner on the office console's partners page, in a real browser (Debian Chromium via
 * playwright-core): an admin changes a partner's city, adds its name in its own language and a
 * contact, and finds them there after a reload; an edit made against a version someone else has
 * since replaced is refused with the page saying so and showing the current version; the country
 * picker is worked by keyboard alone, in Russian, with the countries named in Russian. Each page
 * state passes axe-core (no serious or critical violation) and fits a 360 px phone.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { partnerFormOf, type Partner } from '../../shared/schemas/partner';
import { launchChromium } from '../support/browser';
import { startHarness, type Harness } from '../support/harness';
import { checkPage, PASSES } from '../support/pages';
import { openSignedIn } from '../support/signed-in';

let h: Harness;
let browser: Browser;
let admin: string;

beforeAll(async () => {
  h = await startHarness('e2e-office-partner-edit');
  admin = await h.signIn('admin@uni.example');
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await h?.stop();
});

async function open(path = '/office/partners') {
  const opened = await openSignedIn(browser, h, admin, path, { locale: 'en-US' });
  await expect.poll(() => opened.page.locator('#registry-body tr').count(), { timeout: 15_000 }).toBeGreaterThan(1);
  return opened;
}

async function register(body: Record<string, unknown>): Promise<Partner> {
  const res = await h.post('/api/partners', body, { cookie: admin });
  expect(res.status, await res.clone().text()).toBe(201);
  return (await res.json()) as Partner;
}

async function stored(id: string): Promise<Partner> {
  const res = await h.get(`/api/partners/${id}`, { cookie: admin });
  expect(res.status).toBe(200);
  return (await res.json()) as Partner;
}

const formMessage = (page: Page) => page.locator('#add-form .message').innerText();

describe('editing a partner', () => {
  it('saves a new city, a name in the partner’s own language and a contact, and shows them after a reload', async () => {
    // Prepare
    const partner = await register({ name: 'Satbayev University', country: 'KZ', city: 'Taraz', website: 'https://satbayev.university' });
    const { context, page, errors } = await open();
    const form = page.locator('#add-form');

    // Act
    await page.getByRole('button', { name: 'Edit Satbayev University' }).click();
    await expect.poll(() => page.locator('#add-heading').innerText(), { timeout: 10_000 }).toBe('Editing Satbayev University');
    const headingFocused = await page.evaluate(() => document.activeElement?.id);
    const shownCountry = await form.getByRole('combobox', { name: /Country/ }).inputValue();
    await form.getByLabel('City').fill('Almaty');
    await form.getByLabel(/^Name in the partner’s own language/).fill('Сәтбаев университеті');
    await form.getByLabel('Language of that name').selectOption('kk');
    await form.getByRole('button', { name: 'Add a contact' }).click();
    const contactFocused = await page.evaluate(() => document.activeElement?.id);
    await page.keyboard.type('Aigerim Nurlanovna');
    await form.getByLabel('Email, contact 1').fill('aigerim.n@satbayev.example');
    await form.getByLabel('Role, contact 1').fill('International office');
    await form.getByLabel('Phone, contact 1').fill('+7 727 292 60 25');
    const editing = await checkPage(page, 'office-partner-editing');
    await form.getByRole('button', { name: 'Save changes' }).click();
    await expect.poll(() => formMessage(page), { timeout: 10_000 }).toContain('are saved');
    const saved = await formMessage(page);
    const headingAfter = await page.locator('#add-heading').innerText();
    const savedPage = await checkPage(page, 'office-partner-saved');
    await page.reload();
    await expect.poll(() => page.locator('#partner-satbayev-university').innerText(), { timeout: 15_000 }).toContain('Almaty');
    const row = await page.locator('#partner-satbayev-university').innerText();
    await page.getByRole('button', { name: 'Edit Satbayev University' }).click();
    await expect.poll(() => form.getByLabel('Email, contact 1').inputValue(), { timeout: 10_000 }).toBe('aigerim.n@satbayev.example');
    const reopened = {
      city: await form.getByLabel('City').inputValue(),
      ownName: await form.getByLabel(/^Name in the partner’s own language/).inputValue(),
      ownLanguage: await form.getByLabel('Language of that name').inputValue(),
      contactName: await form.getByLabel('Full name, contact 1').inputValue(),
      phone: await form.getByLabel('Phone, contact 1').inputValue(),
    };
    await context.close();
    const after = await stored(partner.id);

    // Assess
    expect(headingFocused).toBe('add-heading');
    expect(shownCountry).toBe('Kazakhstan');
    expect(contactFocused).toBe('contacts.0.name');
    expect(saved).toBe('The changes to Satbayev University are saved.');
    expect(headingAfter).toBe('Register a partner');
    expect(row).toContain('Almaty');
    expect(row).toContain('Сәтбаев университеті (kk)');
    expect(reopened).toEqual({ city: 'Almaty', ownName: 'Сәтбаев университеті', ownLanguage: 'kk', contactName: 'Aigerim Nurlanovna', phone: '+7 727 292 60 25' });
    expect(after).toMatchObject({
      city: 'Almaty',
      version: 2,
      names: { kk: 'Сәтбаев университеті' },
      contacts: [{ name: 'Aigerim Nurlanovna', email: 'aigerim.n@satbayev.example', role: 'International office', phone: '+7 727 292 60 25' }],
    });
    expect(errors).toEqual([]);
    expect(editing).toEqual(PASSES);
    expect(savedPage).toEqual(PASSES);
  });

  it('refuses an edit of a version someone else has replaced, says so, and shows the current one', async () => {
    // Prepare
    const partner = await register({ name: 'Kazakh-British Technical University', country: 'KZ', city: 'Almaty', website: 'https://kbtu.kz' });
    const { context, page, errors } = await open();
    const form = page.locator('#add-form');
    await page.getByRole('button', { name: 'Edit Kazakh-British Technical University' }).click();
    await expect.poll(() => form.getByLabel('City').inputValue(), { timeout: 10_000 }).toBe('Almaty');

    // Act: another admin saves first, through the API; then this one saves what they typed.
    const theirs = await h.fetchPut(`/api/partners/${partner.id}`, { ...partnerFormOf(partner), city: 'Astana', schacId: 'kbtu.kz' }, admin);
    expect(theirs.status).toBe(200);
    await form.getByLabel(/Website/).fill('https://www.kbtu.edu.kz');
    await form.getByRole('button', { name: 'Save changes' }).click();
    await expect.poll(() => formMessage(page), { timeout: 10_000 }).toContain('Someone else changed this partner');
    const told = await formMessage(page);
    const shown = { city: await form.getByLabel('City').inputValue(), website: await form.getByLabel(/Website/).inputValue(), schac: await form.getByLabel(/SCHAC id/).inputValue() };
    const heading = await page.locator('#add-heading').innerText();
    const changedPage = await checkPage(page, 'office-partner-changed');
    const between = await stored(partner.id);
    // Made again on the current version, the change is saved.
    await form.getByLabel(/Website/).fill('https://www.kbtu.edu.kz');
    await form.getByRole('button', { name: 'Save changes' }).click();
    await expect.poll(() => formMessage(page), { timeout: 10_000 }).toContain('are saved');
    await context.close();
    const after = await stored(partner.id);

    // Assess
    expect(told).toBe('Someone else changed this partner while you were editing it. The form now shows the current version: make your changes again and save.');
    expect(shown).toEqual({ city: 'Astana', website: 'https://kbtu.kz', schac: 'kbtu.kz' });
    expect(heading).toBe('Editing Kazakh-British Technical University');
    expect(between).toMatchObject({ city: 'Astana', website: 'https://kbtu.kz', version: 2 });
    expect(after).toMatchObject({ city: 'Astana', website: 'https://www.kbtu.edu.kz', schacId: 'kbtu.kz', version: 3 });
    expect(errors).toEqual([]);
    expect(changedPage).toEqual(PASSES);
  });

  it('puts the server’s errors on the contact row and the code fields they are about', async () => {
    // Prepare
    await register({ name: 'Tashkent Institute of Irrigation', country: 'UZ', city: 'Tashkent', website: 'https://tiiame.uz' });
    const { context, page, errors } = await open();
    const form = page.locator('#add-form');
    await page.getByRole('button', { name: 'Edit Tashkent Institute of Irrigation' }).click();
    await expect.poll(() => form.getByLabel('City').inputValue(), { timeout: 10_000 }).toBe('Tashkent');

    // Act
    await form.getByLabel(/Erasmus code/).fill('not a code');
    await form.getByRole('button', { name: 'Add a contact' }).click();
    await form.getByRole('button', { name: 'Add a contact' }).click();
    await form.getByLabel('Full name, contact 2').fill('Bekzod Aliev');
    await form.getByLabel('Email, contact 2').fill('not an address');
    // The first, empty row is removed by keyboard; the second becomes contact 1.
    await form.getByRole('button', { name: 'Remove contact 1' }).focus();
    await page.keyboard.press('Enter');
    const afterRemoval = { rows: await form.locator('fieldset.contact').count(), focused: await page.evaluate(() => document.activeElement?.id) };
    await form.getByRole('button', { name: 'Save changes' }).click();
    await expect.poll(() => form.locator('.field-error').count(), { timeout: 10_000 }).toBe(2);
    const emailInvalid = await form.getByLabel('Email, contact 1').getAttribute('aria-invalid');
    const emailError = await form.locator('fieldset.contact .field-error').innerText();
    const erasmusError = await form.locator('#erasmusCode').locator('xpath=..').locator('.field-error').innerText();
    const invalidPage = await checkPage(page, 'office-partner-edit-invalid');
    await context.close();

    // Assess
    expect(afterRemoval).toEqual({ rows: 1, focused: 'contacts.0.name' });
    expect(emailInvalid).toBe('true');
    expect(emailError).toBe('Enter a valid email address');
    expect(erasmusError).toBe('An Erasmus code looks like PL WARSZAW01');
    expect(errors).toEqual([]);
    expect(invalidPage).toEqual(PASSES);
  });
});

describe('the country picker', () => {
  it('is worked by keyboard alone, in the page’s language, and registers the country chosen', async () => {
    // Prepare: the page switched to Russian with the header's language choice.
    const { context, page, errors } = await open();
    await page.getByLabel('Language', { exact: true }).selectOption('ru');
    const form = page.locator('#add-form');
    await expect.poll(() => page.locator('#add-heading').innerText()).toBe('Добавить партнёра');
    const country = form.getByRole('combobox', { name: /Страна/ });

    // Act
    await form.getByLabel(/^Название На английском/).fill('Kyrgyz-Turkish Manas University');
    await country.focus();
    await page.keyboard.type('кирг');
    const listbox = page.getByRole('listbox', { name: 'Подходящие страны' });
    await expect.poll(() => listbox.isVisible()).toBe(true);
    const options = await listbox.getByRole('option').allInnerTexts();
    const highlighted = await country.getAttribute('aria-activedescendant');
    const openPage = await checkPage(page, 'office-partner-country-open-ru');
    await page.keyboard.press('Enter'); // takes the highlighted country; the form is not sent
    const chosen = { value: await country.inputValue(), expanded: await country.getAttribute('aria-expanded'), message: await formMessage(page) };
    // Down and Up move through the list; Escape closes it and keeps what was chosen before.
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => listbox.isVisible()).toBe(true);
    const reopenedOn = await country.getAttribute('aria-activedescendant');
    await page.keyboard.press('Escape');
    const closed = await listbox.isVisible();
    await page.keyboard.press('Tab');
    await page.keyboard.type('Бишкек');
    await form.getByLabel(/Сайт/).fill('https://manas.edu.kg');
    await form.getByRole('button', { name: 'Добавить', exact: true }).click();
    await expect.poll(() => formMessage(page), { timeout: 10_000 }).toContain('добавлен');
    await page.getByRole('searchbox').fill('manas');
    await expect.poll(() => page.locator('#registry-body tr').allInnerTexts()).toHaveLength(1);
    const row = (await page.locator('#registry-body tr').allInnerTexts())[0];
    await context.close();
    const all = (await (await h.get('/api/partners', { cookie: admin })).json()) as Partner[];

    // Assess
    expect(options[0]).toContain('Киргизия');
    expect(highlighted).toBe('country-option-KG');
    expect(chosen).toEqual({ value: 'Киргизия', expanded: 'false', message: '' });
    expect(reopenedOn).toBe('country-option-KG');
    expect(closed).toBe(false);
    expect(row).toContain('Киргизия');
    expect(all.find((p) => p.name === 'Kyrgyz-Turkish Manas University')).toMatchObject({ country: 'KG', city: 'Бишкек' });
    expect(errors).toEqual([]);
    expect(openPage).toEqual(PASSES);
  });
});
