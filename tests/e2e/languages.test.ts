/**
 * The pages in English, Russian and Uzbek, in a real browser (Debian Chromium via
 * playwright-core): the switcher changes the page in place and the choice outlives a reload; a
 * signed-in person who chose nothing reads their profile's language; the sign-in and approver
 * pages work with the keyboard alone. Every state visited passes axe-core and fits 360 px.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getSubmission } from '../../functions/lib/db/submissions';
import { launchChromium } from '../support/browser';
import { nominationBody, startHarness, to, tokenFrom, type Harness } from '../support/harness';
import { checkPage, PASSES, watchErrors } from '../support/pages';
import { openSignedIn } from '../support/signed-in';

let h: Harness;
let browser: Browser;
let faculty: string;

beforeAll(async () => {
  h = await startHarness('e2e-languages');
  faculty = await h.signIn('faculty@uni.example');
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await h?.stop();
});

const text = (page: Page, selector = 'body') => page.locator(selector).innerText();
const htmlLang = (page: Page) => page.evaluate(() => document.documentElement.lang);

/** Presses Tab until `matches` holds for the focused element; fails after `max` presses. */
async function tabTo(page: Page, what: string, matches: (page: Page) => Promise<boolean>, max = 30): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await matches(page)) return;
  }
  throw new Error(`Tab never reached ${what}`);
}
const focused = (page: Page, selector: string) => () => page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector);

async function actionLink(): Promise<{ reference: string; id: string; token: string }> {
  const res = await h.post('/api/nominations', nominationBody(), { cookie: faculty });
  expect(res.status).toBe(201);
  const n = (await res.json()) as { id: string; reference: string };
  const email = await h.waitForEmail((e) => to('head.physics@uni.example')(e) && e.subject.includes(n.reference) && /\/act#t=/.test(e.body.text ?? ''), 'the action email');
  return { ...n, token: tokenFrom(email, 'act') };
}

describe('the language switcher', () => {
  it('turns the sign-in page Russian, then Uzbek, and the choice outlives a reload', async () => {
    // Prepare
    const context = await browser.newContext({ locale: 'en-US' });
    const page = await context.newPage();
    const errors = watchErrors(page);

    // Act
    await page.goto(`${h.url}/signin`);
    await expect.poll(() => text(page, 'h1')).toBe('Sign in');
    const english = await checkPage(page, 'signin');
    await page.getByLabel('Language', { exact: true }).selectOption('ru');
    // The Russian words come on demand (a chunk per language): the page switches once they are in.
    await expect.poll(() => htmlLang(page)).toBe('ru');
    // The tab's title follows the page's words in an effect after they are drawn: a moment later on a busy machine.
    await expect.poll(() => page.title()).toBe('Вход — Hamkor');
    const russian = { h1: await text(page, 'h1'), lang: await htmlLang(page), label: await text(page, 'label[for=email]'), title: await page.title() };
    await page.reload();
    await expect.poll(() => text(page, 'h1')).toBe('Вход');
    const russianAfterReload = { lang: await htmlLang(page), button: await text(page, '#email-form button[type=submit]') };
    const russianPage = await checkPage(page, 'signin-ru');
    await page.getByLabel('Язык', { exact: true }).selectOption('uz');
    await expect.poll(() => htmlLang(page)).toBe('uz');
    const uzbek = { h1: await text(page, 'h1'), lang: await htmlLang(page) };
    await page.reload();
    await expect.poll(() => text(page, 'h1')).toBe('Kirish');
    const uzbekAfterReload = { lang: await htmlLang(page), hint: await text(page, '.hint') };
    const uzbekPage = await checkPage(page, 'signin-uz');
    await context.close();

    // Assess
    expect(russian).toEqual({ h1: 'Вход', lang: 'ru', label: expect.stringContaining('Ваш университетский адрес'), title: 'Вход — Hamkor' });
    expect(russianAfterReload).toEqual({ lang: 'ru', button: 'Прислать ссылку для входа' });
    expect(uzbek).toEqual({ h1: 'Kirish', lang: 'uz' });
    expect(uzbekAfterReload).toEqual({ lang: 'uz', hint: 'Kirish havolasini pochtangizga yuboramiz.' });
    for (const quality of [english, russianPage, uzbekPage]) expect(quality).toEqual(PASSES);
    expect(errors).toEqual([]);
  });

  it('turns the approver page Russian, then Uzbek, names the decisions as the emails do, and remembers the choice', async () => {
    // Prepare
    const { reference, token } = await actionLink();
    const context = await browser.newContext({ locale: 'en-US' });
    const page = await context.newPage();
    const errors = watchErrors(page);

    // Act
    await page.goto(`${h.url}/act#t=${token}`);
    await expect.poll(() => text(page), { timeout: 10_000 }).toContain(reference);
    await page.getByLabel('Language', { exact: true }).selectOption('ru');
    await expect.poll(() => text(page, '#decision-heading')).toBe('Ваше решение');
    const russian = {
      lang: await htmlLang(page),
      choices: await page.locator('label.choice').allInnerTexts(),
      badges: await page.locator('#meta .badge').allInnerTexts(),
      step: await text(page, '#step'),
      content: await text(page, '#content'),
    };
    // Opened again from the email (a reload finds no token: it left the address bar on load).
    await page.goto('about:blank');
    await page.goto(`${h.url}/act#t=${token}`);
    await expect.poll(() => text(page, '#decision-heading'), { timeout: 10_000 }).toBe('Ваше решение');
    await expect.poll(() => text(page), { timeout: 10_000 }).toContain(reference);
    const russianPage = await checkPage(page, 'approver-ru');
    await page.getByLabel('Язык', { exact: true }).selectOption('uz');
    // Opened again from the email (a reload finds no token: it left the address bar on load).
    await page.goto('about:blank');
    await page.goto(`${h.url}/act#t=${token}`);
    await expect.poll(() => text(page, '#decision-heading'), { timeout: 10_000 }).toBe('Sizning qaroringiz');
    // The heading is the page's own; the history comes with the preview: wait for it too.
    await expect.poll(() => text(page, '#history'), { timeout: 10_000 }).toContain('Aziz Rakhimov topshirdi');
    const uzbek = { lang: await htmlLang(page), choices: await page.locator('label.choice').allInnerTexts(), history: await text(page, '#history') };
    const uzbekPage = await checkPage(page, 'approver-uz');
    await context.close();

    // Assess
    expect(russian.lang).toBe('ru');
    expect(russian.choices.map((c) => c.trim())).toEqual(['Одобрить', 'Отклонить', 'Вернуть на доработку']);
    expect(russian.badges).toEqual(['Выдвижение на обмен', reference, 'На согласовании']);
    expect(russian.step).toContain('Этап 1 из 4 — Заведующий кафедрой');
    expect(russian.content).toContain('Семестровое обучение');
    expect(uzbek.lang).toBe('uz');
    expect(uzbek.choices.map((c) => c.trim())).toEqual(['Tasdiqlash', 'Rad etish', 'Qayta ishlashga qaytarish']);
    expect(uzbek.history).toMatch(/\d{4}-yil \d{1,2}-[a-z]+, \d{2}:\d{2}/); // Uzbek dates written out, not ICU's "2026 M12 5"
    expect(uzbek.history).toContain('Aziz Rakhimov topshirdi');
    expect(russianPage).toEqual(PASSES);
    expect(uzbekPage).toEqual(PASSES);
    expect(errors).toEqual([]);
  });

  it('opens the approver page from the email’s own link in the language of the email, whatever the browser says', async () => {
    // Prepare: the head of department reads Uzbek (the demo directory); the browser asks for English.
    const res = await h.post('/api/nominations', nominationBody(), { cookie: faculty });
    const n = (await res.json()) as { reference: string };
    const email = await h.waitForEmail((e) => to('head.physics@uni.example')(e) && e.subject.includes(n.reference) && /\/act#t=/.test(e.body.text ?? ''), 'the action email');
    const link = /https?:\/\/\S+\/act#t=[A-Za-z0-9_-]{43}&l=[a-z]{2}/.exec(email.body.text ?? '')?.[0];
    const context = await browser.newContext({ locale: 'en-US' });
    const page = await context.newPage();

    // Act
    await page.goto(link!);
    await expect.poll(() => text(page), { timeout: 10_000 }).toContain(n.reference);

    // Assess
    expect(link).toMatch(/&l=uz$/);
    expect(await htmlLang(page)).toBe('uz');
    expect(await text(page, '#decision-heading')).toBe('Sizning qaroringiz');
    await context.close();
  });

  it('shows a signed-in person the pages in their profile’s language until they choose another', async () => {
    // Prepare: the dean reads Russian (the demo directory); the browser asks for English.
    const dean = await h.signIn('dean.physics@uni.example');
    const { context, page, errors } = await openSignedIn(browser, h, dean, '/', { locale: 'en-US' });

    // Act
    await expect.poll(() => text(page, 'h1'), { timeout: 10_000 }).toBe('Здравствуйте, Olga Petrova');
    const profile = { lang: await htmlLang(page), heading: await text(page, '#nominate-heading'), signOut: await text(page, '#signout') };
    const homePage = await checkPage(page, 'home-ru');
    await page.getByLabel('Язык', { exact: true }).selectOption('en');
    await page.reload();
    await expect.poll(() => text(page, 'h1'), { timeout: 10_000 }).toBe('Hello, Olga Petrova');
    const chosen = await htmlLang(page);
    const englishHome = await checkPage(page, 'home');
    await context.close();

    // Assess
    expect(profile).toEqual({ lang: 'ru', heading: 'Выдвинуть на обмен', signOut: 'Выйти' });
    expect(chosen).toBe('en');
    expect(homePage).toEqual(PASSES);
    expect(englishHome).toEqual(PASSES);
    expect(errors).toEqual([]);
  });
});

describe('partner universities', () => {
  it('are named in the reader’s language, with their country by name, on the form, the list and the item page', async () => {
    // Prepare: a nomination to Osh State University (the OpenAPI example's partner).
    const res = await h.post('/api/nominations', nominationBody(), { cookie: faculty });
    expect(res.status).toBe(201);
    const n = (await res.json()) as { id: string; reference: string; content: { partnerId: string } };
    expect(n.content.partnerId).toBe('osh-state-university');
    const { context, page, errors } = await openSignedIn(browser, h, faculty, '/', { locale: 'en-US' });
    await page.locator('#nomination-form[data-ready]').waitFor({ state: 'attached', timeout: 15_000 });
    const option = () => text(page, '#n-partner option[value="osh-state-university"]');
    const listed = () => page.locator('#nominations li', { hasText: n.reference }).locator('div.muted').first().innerText();

    // Act
    const english = { option: await option(), listed: await listed() };
    // The form (Preact) is worded again once the language's words have arrived: its partner's label says when.
    const formIn = (word: string) => page.locator('label[for=n-partner]', { hasText: word }).waitFor({ timeout: 10_000 });
    await page.locator('#language').selectOption('ru');
    await formIn('Вуз-партнёр');
    const russian = { option: await option(), listed: await listed() };
    const russianOrder = (await page.locator('#n-partner option').allInnerTexts()).slice(1);
    await page.locator('#language').selectOption('uz');
    await formIn('Hamkor universitet');
    const uzbek = { option: await option(), listed: await listed() };
    await page.goto(`${h.url}/nominations/${n.id}`);
    await page.locator('#item').waitFor({ state: 'visible', timeout: 15_000 });
    const item = { subtitle: await text(page, '#subtitle'), content: await text(page, '#item-content') };
    await page.locator('#language').selectOption('ru');
    // The item's page renders again once its Russian words are in (loaded when chosen).
    await expect.poll(() => text(page, '#subtitle'), { timeout: 10_000 }).toContain('Ошский государственный университет');
    const itemRussian = await text(page, '#subtitle');
    await page.locator('#language').selectOption('en');
    await context.close();

    // Assess
    expect(english.option).toBe('Osh State University (Kyrgyzstan)');
    expect(english.listed).toMatch(/ — Osh State University$/);
    expect(russian.option).toBe('Ошский государственный университет (Кыргызстан)');
    expect(russian.listed).toMatch(/ — Ошский государственный университет$/);
    expect(russianOrder.length).toBeGreaterThan(2);
    expect(russianOrder).toEqual([...russianOrder].sort(new Intl.Collator('ru').compare)); // in the reader's alphabet, not the English names'
    expect(uzbek.option).toBe("O‘sh davlat universiteti (Qirg'iziston)");
    expect(uzbek.listed).toMatch(/ — O‘sh davlat universiteti$/);
    expect(item.subtitle).toContain('O‘sh davlat universiteti');
    expect(item.content).toContain('O‘sh davlat universiteti');
    expect(itemRussian).toContain('Ошский государственный университет');
    expect(errors).toEqual([]);
  });
});

describe('keyboard alone', () => {
  it('asks for a sign-in link: Tab past the skip link and the header, type the address, press Enter', async () => {
    // Prepare
    const page = await browser.newPage();
    await page.goto(`${h.url}/signin`);
    await expect.poll(() => page.locator('#email-section').isVisible()).toBe(true);
    const before = (await h.emailsTo('iro@uni.example')).length;

    // Act
    await page.keyboard.press('Tab');
    const first = await page.evaluate(() => document.activeElement?.textContent?.trim());
    await tabTo(page, 'the email field', focused(page, '#email'));
    await page.keyboard.type('iro@uni.example');
    await page.keyboard.press('Enter');
    await expect.poll(() => text(page, '#message'), { timeout: 10_000 }).toContain('a link is on its way');
    await page.close();

    // Assess
    expect(first).toBe('Skip to content');
    await h.waitForEmail((e) => to('iro@uni.example')(e) && /\/signin#t=/.test(e.body.text ?? ''), 'the sign-in email');
    expect((await h.emailsTo('iro@uni.example')).length).toBe(before + 1);
  });

  it('requests changes on the approver page: Tab to a choice, arrow to it, type the comment, press the button', async () => {
    // Prepare
    const { id, reference, token } = await actionLink();
    const page = await browser.newPage({ viewport: { width: 360, height: 740 } });
    await page.goto(`${h.url}/act#t=${token}`);
    await expect.poll(() => text(page), { timeout: 10_000 }).toContain(reference);

    // Act: arrow keys move within the radio group (approve → reject → request changes).
    await tabTo(page, 'the first choice', focused(page, 'input[name=decision]'));
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    const picked = await page.evaluate(() => (document.querySelector('input[name=decision]:checked') as HTMLInputElement | null)?.value);
    await tabTo(page, 'the comment', focused(page, '#comment'));
    await page.keyboard.type('Please add the learning agreement.');
    await tabTo(page, 'the button', focused(page, '#decide-button'));
    await page.keyboard.press('Enter');
    await expect.poll(() => text(page, '#message'), { timeout: 10_000 }).toContain('Recorded on');
    await page.close();

    // Assess
    expect(picked).toBe('request_changes');
    const after = await getSubmission(h.deps.db, 'nomination', id);
    expect(after?.status).toBe('changes_requested');
  });
});
