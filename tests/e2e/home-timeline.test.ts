/**
 * The home page's status timeline in a real browser (Debian Chromium via playwright-core): after
 * the head of department approved a faculty member's nomination, the faculty member's home page
 * lists the chain's steps in order, in words (the step done and by whom, the step it waits on,
 * with whom and since when, the steps to come), in English and, after a switch, in Russian; and a
 * nomination approved at every step shows its result and the partner's answer still to come, in
 * Uzbek. Each page passes axe-core (no serious or critical violation) and fits a 360 px phone.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nominationBody, startHarness, type Harness } from '../support/harness';
import { launchChromium } from '../support/browser';
import { approveSteps } from '../support/chains';
import { checkPage, PASSES } from '../support/pages';
import { signInThroughMailbox } from '../support/signed-in';

let h: Harness;
let browser: Browser;

beforeAll(async () => {
  h = await startHarness('e2e-home-timeline');
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await h?.stop();
});

describe('the home page’s status timeline', () => {
  it('shows the step the head of department approved, the one with the dean since its start, and the steps to come, in English and Russian', async () => {
    // Prepare: the faculty member signs in from their mailbox; their nomination has passed the head of department.
    const { page, errors, cookie, close } = await signInThroughMailbox(browser, h, 'faculty@uni.example');
    const res = await h.post('/api/nominations', nominationBody(), { cookie });
    expect(res.status).toBe(201);
    const n = (await res.json()) as { id: string; reference: string };
    await approveSteps(h, 'nomination', n.id, { to: 1 });
    const steps = (name: string) => page.getByRole('list', { name }).locator(':scope > li');

    // Act
    await page.reload();
    await expect.poll(() => steps(`Progress of ${n.reference}`).count(), { timeout: 10_000 }).toBe(4);
    const english = await steps(`Progress of ${n.reference}`).allInnerTexts();
    const current = await page.locator('ol.timeline > li[aria-current=step]').innerText();
    const englishPage = await checkPage(page, 'home-timeline');
    await page.getByLabel('Language', { exact: true }).selectOption('ru');
    await expect.poll(() => steps(`Ход рассмотрения ${n.reference}`).count(), { timeout: 10_000 }).toBe(4);
    const russian = await steps(`Ход рассмотрения ${n.reference}`).allInnerTexts();
    const russianPage = await checkPage(page, 'home-timeline-ru');
    await close();

    // Assess
    expect(english[0]).toMatch(/^Step 1: Head of department — Approved by Bobur Karimov on .*\d/);
    expect(english[1]).toMatch(/^Step 2: Dean — with Olga Petrova since .*\d/);
    expect(english.slice(2)).toEqual(['Step 3: International office — to come', 'Step 4: Vice-rector — to come']);
    expect(current).toBe(english[1]);
    expect(russian[0]).toMatch(/^Этап 1: Заведующий кафедрой — Одобрено: Bobur Karimov, .*\d/);
    expect(russian[1]).toMatch(/^Этап 2: Декан — на рассмотрении у Olga Petrova с .*\d/);
    expect(russian[2]).toMatch(/^Этап 3: .+ — впереди$/);
    expect(errors).toEqual([]);
    expect(englishPage).toEqual(PASSES);
    expect(russianPage).toEqual(PASSES);
  });

  it('shows a nomination approved at every step with its result and the partner’s answer to come, in Uzbek', async () => {
    // Prepare: signed in from the mailbox, reading English (a switch on the pages is kept in the
    // profile, so the one in the test above is undone first); the nomination approved at every step.
    const { page, errors, cookie, close } = await signInThroughMailbox(browser, h, 'faculty@uni.example');
    expect((await h.fetchPut('/api/me/language', { language: 'en' }, cookie)).status).toBe(200);
    const res = await h.post('/api/nominations', nominationBody(), { cookie });
    expect(res.status).toBe(201);
    const n = (await res.json()) as { id: string; reference: string };
    await approveSteps(h, 'nomination', n.id);
    const steps = (name: string) => page.getByRole('list', { name }).locator(':scope > li');

    // Act
    await page.reload();
    await expect.poll(() => steps(`Progress of ${n.reference}`).count(), { timeout: 10_000 }).toBe(6);
    const english = await steps(`Progress of ${n.reference}`).allInnerTexts();
    await page.getByLabel('Language', { exact: true }).selectOption('uz');
    // The page's words in another language load on the switch (one language per reader), then it renders again.
    await expect.poll(() => steps(`${n.reference} holati`).count(), { timeout: 10_000 }).toBe(6);
    const uzbek = await steps(`${n.reference} holati`).allInnerTexts();
    const uzbekPage = await checkPage(page, 'home-timeline-approved-uz');
    await close();

    // Assess
    expect(english[3]).toMatch(/^Step 4: Vice-rector — Approved by Dilshod Ergashev on .*\d/);
    expect(english[4]).toMatch(/^Result — Approved, .*\d/);
    expect(english[5]).toBe('Partner’s answer — to come');
    expect(uzbek[4]).toMatch(/^Natija — Tasdiqlan/);
    expect(uzbek[5]).toBe('Hamkorning javobi — navbatda');
    expect(errors).toEqual([]);
    expect(uzbekPage).toEqual(PASSES);
  });
});
