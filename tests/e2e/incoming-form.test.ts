/**
 * An incoming student's nomination filled in Russian, in a real browser: with direction Incoming
 * the form asks for the home institution and the invitation letter's data, says the faculty is
 * ours, the host's, and does not ask the motivation (the sending university chose the student); once sent, the nomination holds the contacts and the office reads the
 * letter's data apart from it, with the passport warning the API gives.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/browser';
import { startHarness, type Harness } from '../support/harness';
import { openSignedIn } from '../support/signed-in';

let h: Harness;
let browser: Browser;
let faculty: string;
let iro: string;

beforeAll(async () => {
  h = await startHarness('e2e-incoming-form');
  [faculty, iro] = await Promise.all([h.signIn('faculty@uni.example'), h.signIn('iro@uni.example')]);
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await h?.stop();
});

describe('an incoming student’s nomination, in Russian', () => {
  it('is filled with the home institution and the invitation data, and sent', async () => {
    // Prepare
    const { context, page, errors } = await openSignedIn(browser, h, faculty, '/', { locale: 'ru-RU' });
    await page.locator('#nomination-form[data-ready]').waitFor({ state: 'attached', timeout: 15_000 });
    await expect.poll(() => page.locator('#n-partner option').count(), { timeout: 10_000 }).toBeGreaterThan(1);
    // In Russian: the form is worded again once the language's words have arrived.
    await page.locator('#language').selectOption('ru');
    await page.locator('label[for=n-partner]', { hasText: 'Вуз-партнёр' }).waitFor({ timeout: 10_000 });
    const outgoingAsks = await page.locator('#n-passport').count();
    const outgoingMotivation = await page.locator('#n-motivation').count();

    // Act
    await page.locator('#n-direction').selectOption('incoming');
    await page.locator('#n-passport').waitFor({ state: 'visible', timeout: 5_000 });
    const hostNote = await page.locator('#n-host-note').innerText();
    const legends = await page.locator('#n-incoming legend, #n-invitation legend').allInnerTexts();
    // The sending university chose the student and said why: the motivation is an outgoing nomination's only.
    const incomingMotivation = await page.locator('#n-motivation').count();
    await page.locator('#n-name').fill('Айгерим Серикова');
    await page.locator('#n-email').fill('aigerim.serikova@oshsu.kg.example');
    await page.locator('#n-partner').selectOption('osh-state-university');
    await page.locator('#n-year').fill('2027/2028');
    await expect.poll(() => page.locator('#n-agreement').inputValue(), { timeout: 10_000 }).toBe('agr-osh-2024');
    await page.locator('#n-lang').fill('ru');
    await page.locator('#n-home-contact-name').fill('Нурлан Абдыкадыров');
    await page.locator('#n-home-contact-email').fill('international@oshsu.kg.example');
    await page.locator('#n-home-contact-phone').fill('+996 3222 7 07 12');
    await page.locator('#n-home-coordinator-name').fill('Гульнара Токтосунова');
    await page.locator('#n-home-coordinator-email').fill('g.toktosunova@oshsu.kg.example');
    await page.locator('#n-nationality').fill('KG');
    await page.locator('#n-birth').fill('2005-03-14');
    await page.locator('#n-passport').fill('AC 1234567');
    // Expires before the planned end (the first semester ends 2028-01-31): a warning, not a refusal.
    await page.locator('#n-passport-expiry').fill('2027-12-20');
    await page.locator('#nomination-form button[type=submit]').click();
    const reference = await page.locator('#nomination-form .message a').innerText({ timeout: 15_000 });
    const said = await page.locator('#nomination-form .message').innerText();
    const draft = await page.evaluate(() => JSON.stringify(localStorage));
    await context.close();

    // Assess
    expect(outgoingAsks).toBe(0);
    expect([outgoingMotivation, incomingMotivation]).toEqual([1, 0]);
    expect(hostNote).toBe('Для входящего студента — наш факультет и кафедра, которые его принимают');
    expect(legends).toEqual(['Направляющий вуз', 'Для приглашения']);
    expect(reference).toMatch(/^NOM-\d{4}-\d{4}$/);
    expect(said).toContain('паспорт истекает до планируемого окончания');
    expect(draft).not.toContain('1234567');
    const list = (await (await h.get('/api/nominations', { cookie: faculty })).json()) as { id: string; reference: string; content: Record<string, unknown> }[];
    const sent = list.find((n) => n.reference === reference)!;
    expect(sent.content).toMatchObject({
      direction: 'incoming',
      nominee: { name: 'Айгерим Серикова', faculty: 'physics' },
      incoming: { homeContact: { name: 'Нурлан Абдыкадыров', phone: '+996 3222 7 07 12' }, coordinator: { email: 'g.toktosunova@oshsu.kg.example' } },
    });
    expect(sent.content).not.toHaveProperty('motivation');
    expect(JSON.stringify(sent)).not.toContain('1234567');
    const letter = await h.get(`/api/nominations/${sent.id}/invitation-data`, { cookie: iro });
    expect(await letter.json()).toMatchObject({ nationality: 'KG', dateOfBirth: '2005-03-14', passportNumber: 'AC1234567', warnings: [{ path: 'passportExpiry' }] });
    expect(errors).toEqual([]);
  });
});
