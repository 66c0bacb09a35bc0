/**
 * The language switch changes the page and the emails, in a real browser (Debian Chromium via
 * playwright-core). A faculty member who reads English switches the home page to Uzbek: the
 * page's words change at once, the choice is kept in their profile, and the emails sent to them
 * afterwards (the receipt of a nomination, the decision that sends it back, the next sign-in
 * link) come in Uzbek; another device opens in Uzbek too. A choice made on the sign-in page,
 * before signing in, is kept in the profile once the person is in. Every page visited passes
 * axe-core (no serious or critical violation) and fits a 360 px phone.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/browser';
import { linkFor } from '../support/chains';
import { nextSigninEmail, nominationBody, signinEmailsTo, signinLinkIn, startHarness, type Harness } from '../support/harness';
import { checkPage, PASSES, watchErrors } from '../support/pages';
import { aboutTo, signInThroughMailbox } from '../support/signed-in';

let h: Harness;
let browser: Browser;

beforeAll(async () => {
  h = await startHarness('e2e-story-language');
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await h?.stop();
});

/** The profile's language as the API has it now. */
const profileLanguage = async (cookie: string) => ((await (await h.get('/api/me', { cookie })).json()) as { language: string }).language;

describe('the language switch', () => {
  it('turns the home page Uzbek, and the receipt, the decision and the next sign-in link come in Uzbek', { timeout: 120_000 }, async () => {
    // Prepare: the faculty member (English in the directory) signs in from their mailbox.
    const faculty = await signInThroughMailbox(browser, h, 'faculty@uni.example', { check: 'story-language' });
    const { page } = faculty;
    const firstLink = (await signinEmailsTo(h, 'faculty@uni.example')).at(-1)!;
    await expect.poll(() => page.locator('h1').innerText(), { timeout: 10_000 }).toBe('Hello, Aziz Rakhimov');
    const englishHome = await checkPage(page, 'story-language-home-en');

    // Act: the switcher.
    await page.getByLabel('Language', { exact: true }).selectOption('uz');
    await expect.poll(() => page.locator('h1').innerText()).toBe('Assalomu alaykum, Aziz Rakhimov');
    const uzbekPage = {
      lang: await page.evaluate(() => document.documentElement.lang),
      nominate: await page.locator('#nominate-heading').innerText(),
      signOut: await page.locator('#signout').innerText(),
      switcher: await page.locator('label[for=language]').innerText(),
    };
    const uzbekHome = await checkPage(page, 'story-language-home-uz');
    await expect.poll(() => profileLanguage(faculty.cookie), { timeout: 10_000 }).toBe('uz');

    // Act: a nomination, then the head of department sends it back from their link.
    const res = await h.post('/api/nominations', nominationBody(), { cookie: faculty.cookie });
    expect(res.status).toBe(201);
    const n = (await res.json()) as { id: string; reference: string };
    const link = await linkFor(h, 'nomination', n.id, 0);
    const sentBack = await h.post('/api/actions/decide', { token: link.token, decision: 'request_changes', comment: 'Add the learning agreement.', snapshotHash: link.snapshotHash });
    expect(sentBack.status).toBe(200);
    const receipt = await h.waitForEmail((e) => aboutTo('faculty@uni.example', n.reference)(e) && e.subject.startsWith('Qabul qilindi: '), 'the receipt, in Uzbek');
    const decision = await h.waitForEmail((e) => aboutTo('faculty@uni.example', n.reference)(e) && e.subject.startsWith('Qayta ishlashga qaytarildi: '), 'the decision, in Uzbek');

    // Act: sign out; the sign-in page keeps Uzbek; the next link is asked for from it.
    await page.getByRole('button', { name: 'Chiqish' }).click();
    await page.waitForURL(`${h.url}/signin`);
    await expect.poll(() => page.locator('h1').innerText(), { timeout: 10_000 }).toBe('Kirish');
    const seen = (await signinEmailsTo(h, 'faculty@uni.example')).length;
    await page.locator('#email').fill('faculty@uni.example');
    await page.locator('#email-form button[type=submit]').click();
    await page.locator('#message.ok').waitFor({ state: 'visible', timeout: 10_000 });
    const signinMessage = await page.locator('#message').innerText();
    const uzbekSignin = await checkPage(page, 'story-language-signin-uz');
    const nextLink = await nextSigninEmail(h, 'faculty@uni.example', seen);
    const errors = faculty.errors;
    await faculty.close();

    // Act: the link opened on another device, which has never been told a language.
    const other = await browser.newContext({ locale: 'en-US' });
    const otherPage = await other.newPage();
    const otherErrors = watchErrors(otherPage);
    await otherPage.goto(signinLinkIn(nextLink));
    await otherPage.locator('#signin-button').waitFor({ state: 'visible', timeout: 10_000 });
    await otherPage.locator('#signin-button').click();
    await otherPage.waitForURL(`${h.url}/`, { timeout: 15_000 });
    await expect.poll(() => otherPage.locator('h1').innerText(), { timeout: 15_000 }).toBe('Assalomu alaykum, Aziz Rakhimov');
    const otherDevice = await checkPage(otherPage, 'story-language-other-device');
    await other.close();

    // Assess: the page changed at once, in every part.
    expect(uzbekPage).toEqual({ lang: 'uz', nominate: "Almashinuvga nomzod ko'rsatish", signOut: 'Chiqish', switcher: 'Til' });
    expect(signinMessage).toBe("Agar bu manzil bilan kirish mumkin bo'lsa, havola yuborildi. Pochtangizni (va «Spam» jildini) tekshiring.");
    // Assess: before the switch the emails were English; after it, Uzbek.
    expect(firstLink.subject).toBe('Your sign-in link for Hamkor');
    expect(receipt.subject).toBe(`Qabul qilindi: ${n.reference} — Almashinuv dasturiga nomzodlik`);
    expect(decision.body.text).toContain('Add the learning agreement.');
    expect(nextLink.subject).toBe('Hamkor tizimiga kirish havolasi');
    for (const quality of [...faculty.quality, englishHome, uzbekHome, uzbekSignin, otherDevice]) expect(quality).toEqual(PASSES);
    expect([...errors, ...otherErrors]).toEqual([]);
  });

  it('words the sign-in link’s email in the sign-in page’s language, and keeps that choice for the emails that follow', { timeout: 120_000 }, async () => {
    // Prepare: the international office (English in the directory) chooses Russian on the sign-in page.
    const before = (await signinEmailsTo(h, 'iro@uni.example')).length;

    // Act
    const iro = await signInThroughMailbox(browser, h, 'iro@uni.example', { language: 'ru', check: 'story-language-ru' });
    await expect.poll(() => iro.page.locator('h1').innerText(), { timeout: 10_000 }).toBe('Здравствуйте, Nodira Alimova');
    const home = await checkPage(iro.page, 'story-language-home-ru');
    await expect.poll(() => profileLanguage(iro.cookie), { timeout: 10_000 }).toBe('ru');
    const errors = iro.errors;
    await iro.close();
    const seen = (await signinEmailsTo(h, 'iro@uni.example')).length;
    expect((await h.post('/api/auth/link', { email: 'iro@uni.example' })).status).toBe(202);
    const next = await nextSigninEmail(h, 'iro@uni.example', seen);

    // Assess: the link asked for from the Russian sign-in page came in Russian (the page says
    // which language it is read in), and so do the ones after, from the profile.
    const asked = (await signinEmailsTo(h, 'iro@uni.example'))[before]!;
    expect(asked.subject).toBe('Ссылка для входа в Hamkor');
    expect(next.subject).toBe('Ссылка для входа в Hamkor');
    for (const quality of [...iro.quality, home]) expect(quality).toEqual(PASSES);
    expect(errors).toEqual([]);
  });
});
