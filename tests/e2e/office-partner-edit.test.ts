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
    const focusAfterSave = await page.evaluate(() => document.activeElement?.id);
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
    // Saved by the button, the focus is on the form's heading above the message, not lost to the page's start.
    expect(focusAfterSave).toBe('add-heading');
    expect(row).toContain('Almaty');
    expect(row).toContain('Сәтбаев университеті (Kazakh)');
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
    // The focus moves once the row is gone and the form drawn again: read it when it has left the removed button.
    await expect.poll(() => page.evaluate(() => document.activeElement?.id ?? ''), { timeout: 5_000 }).not.toBe('');
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
    await form.locator('[id="names.ru"]').fill('Кыргызско-Турецкий университет «Манас»');
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
    const added = await formMessage(page);
    await page.getByRole('searchbox').fill('manas');
    await expect.poll(() => page.locator('#registry-body tr').allInnerTexts()).toHaveLength(1);
    const row = (await page.locator('#registry-body tr').allInnerTexts())[0];
    await context.close();
    const all = (await (await h.get('/api/partners', { cookie: admin })).json()) as Partner[];

    // Assess
    expect(options[0]).toContain('Кыргызстан'); // found by ICU's «Киргизия» too
    expect(highlighted).toBe('country-option-KG');
    expect(chosen).toEqual({ value: 'Кыргызстан', expanded: 'false', message: '' });
    expect(reopenedOn).toBe('country-option-KG');
    expect(closed).toBe(false);
    expect(row).toContain('Кыргызстан');
    expect(added).toContain('Кыргызско-Турецкий университет «Манас»'); // named as a Russian reader says it
    expect(all.find((p) => p.name === 'Kyrgyz-Turkish Manas University')).toMatchObject({ country: 'KG', city: 'Бишкек' });
    expect(errors).toEqual([]);
    expect(openPage).toEqual(PASSES);
  });
});

describe('the partners page in Uzbek and Russian', () => {
  it('names every language, country and other name in the page’s language, finds a partner by its website or its city in Cyrillic, and names a duplicate by its local name', async () => {
    // Prepare
    const { context, page, errors } = await open();
    const form = page.locator('#add-form');
    const english = new Intl.DisplayNames(['en'], { type: 'language' });

    // Act: in Uzbek, the own-language choices, the other names and the country picker.
    await page.locator('#language').selectOption('uz');
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('uz');
    const languages = await form.locator('select[name="names.own.language"] option').evaluateAll((os) => os.map((o) => ({ code: (o as HTMLOptionElement).value, text: o.textContent ?? '' })));
    const kyrgyzRow = await page.locator('#partner-knu-balasagyn').innerText();
    const country = form.locator('#country');
    await country.focus();
    await page.keyboard.type('Ni');
    const listbox = page.getByRole('listbox');
    await expect.poll(() => listbox.isVisible()).toBe(true);
    const countries = await listbox.getByRole('option').allInnerTexts();
    await page.keyboard.press('Escape');
    // The search: a website, and a city written in Cyrillic.
    const search = page.getByRole('searchbox');
    await search.fill('wust');
    await expect.poll(() => page.locator('#registry-body tr').count()).toBe(1);
    const byWebsite = await page.locator('#registry-body tr').innerText();
    await search.fill('Бишкек');
    await expect.poll(() => page.locator('#partner-knu-balasagyn').count()).toBe(1);
    await search.fill('');
    const uzbekPage = await checkPage(page, 'office-partners-uz');
    // In Russian, a second registration of a partner is named as the Russian list names it.
    await page.locator('#language').selectOption('ru');
    await expect.poll(() => page.locator('#add-heading').innerText()).toBe('Добавить партнёра');
    await form.locator('[name="name"]').fill('Kyrgyz National University named after J. Balasagyn');
    await country.fill('');
    await page.keyboard.type('KG');
    await page.keyboard.press('Tab');
    await form.locator('[name="city"]').fill('Бишкек');
    await form.locator('[name="website"]').fill('https://knu.kg');
    await form.locator('[name="website"]').press('Enter');
    await expect.poll(() => formMessage(page), { timeout: 10_000 }).toContain('Уже есть в реестре');
    const duplicate = await formMessage(page);
    // Back to English: the choice is kept in the admin's profile.
    const kept = page.waitForResponse((r) => r.url().endsWith('/api/me/language') && r.request().method() === 'PUT');
    await page.locator('#language').selectOption('en');
    await kept;
    await context.close();

    // Assess
    const inEnglish = languages.filter((l) => l.code && l.text.startsWith(`${english.of(l.code)} (`));
    expect(inEnglish).toEqual([]);
    expect(languages).toContainEqual({ code: 'hy', text: 'arman tili (hy)' });
    expect(languages).toContainEqual({ code: 'vi', text: 'vyetnam tili (vi)' });
    expect(languages).toContainEqual({ code: 'kaa', text: 'qoraqalpoq tili (kaa)' });
    expect(kyrgyzRow).toContain("(qirg'iz tili)");
    expect(kyrgyzRow).not.toMatch(/\((ky|ru)\)/);
    expect(countries.join(' | ')).toContain('Nigeriya');
    expect(countries.join(' | ')).not.toMatch(/Nigeria|Algeria/);
    expect(byWebsite).toContain('Wuhan');
    expect(duplicate).toBe('Уже есть в реестре как Кыргызский национальный университет имени Жусупа Баласагына.');
    expect(errors).toEqual([]);
    expect(uzbekPage).toEqual(PASSES);
  });
});
