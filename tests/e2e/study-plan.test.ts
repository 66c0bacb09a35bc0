/**
 * An incoming student's study plan in a real browser, in Russian: the submitter adds the courses
 * on the nomination's page (one in ECTS, one in local credits with its ECTS equivalent), sees the
 * total, saves and sends it; the host faculty's coordinator opens the link from the local SES
 * mailbox, where loading changes nothing, and approves; the nomination's page then says approved.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedInContext, launchChromium } from '../support/browser';
import { nominationBody, startHarness, to, type Harness } from '../support/harness';
import { checkPage, PASSES } from '../support/pages';

let h: Harness;
let browser: Browser;
let faculty: string;
const COORDINATOR = 'coordinator.physics@uni.example';

beforeAll(async () => {
  h = await startHarness('e2e-study-plan');
  const admin = await h.signIn('admin@uni.example');
  faculty = await h.signIn('faculty@uni.example');
  expect((await h.fetchPut('/api/me/language', { language: 'ru' }, faculty)).status).toBe(200);
  const person = await h.post('/api/people', { email: COORDINATOR, name: 'Бобур Алиев', language: 'ru', faculty: 'physics', roles: [{ role: 'faculty_coordinator', scope: { type: 'faculty', faculty: 'physics' } }] }, { cookie: admin });
  expect(person.status).toBe(201);
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await h?.stop();
});

describe('the study plan', () => {
  it('in Russian: courses added on the nomination’s page, sent, approved by the faculty coordinator from the emailed link, and shown approved', async () => {
    // Prepare: an incoming nomination.
    const nominee = { ...(nominationBody().nominee as object), name: 'Аружан Серикова', email: 'aruzhan@enu.kz.example' };
    const incoming = { homeContact: { name: 'Aigerim Nurlanovna', email: 'international@enu.kz.example' }, coordinator: { name: 'Yerlan Bekov', email: 'e.bekov@enu.kz.example' } };
    const created = await h.post('/api/nominations', nominationBody({ direction: 'incoming', nominee, incoming }), { cookie: faculty });
    expect(created.status).toBe(201);
    const n = (await created.json()) as { id: string; reference: string };
    const context = await signedInContext(browser, h.url, faculty);
    const page = await context.newPage();

    // Act: two courses on the page, saved and sent.
    await page.goto(`${h.url}/nominations/${n.id}`);
    await expect.poll(() => page.locator('#study-plan-heading').innerText(), { timeout: 15_000 }).toBe('Учебный план');
    await page.locator('#plan-code-0').fill('PHY-301');
    await page.locator('#plan-title-0').fill('Физика твёрдого тела');
    // Credits that are not a number: the API's refusal, worded in Russian by course.
    await page.locator('#plan-credits-0').fill('шесть');
    await page.locator('#plan-save').click();
    await expect.poll(() => page.locator('#study-plan-problems').innerText(), { timeout: 10_000 }).toContain('Курс 1: Кредиты должны быть числом');
    await page.locator('#plan-credits-0').fill('6');
    await page.locator('#plan-add').click();
    await page.locator('#plan-code-1').fill('PHY 214');
    await page.locator('#plan-title-1').fill('Лаборатория оптики');
    await page.locator('#plan-system-1').selectOption('local');
    await page.locator('#plan-credits-1').fill('4');
    await page.locator('#plan-ects-1').fill('5');
    expect(await page.locator('#study-plan-total').innerText()).toBe('Итого: 11 ECTS, курсов: 2');
    await page.locator('#plan-save').click();
    await expect.poll(() => page.locator('#study-plan-message').innerText(), { timeout: 10_000 }).toContain('Сохранено как версия 1');
    expect(await page.locator('#study-plan-status').innerText()).toContain('Версия 1: черновик');
    await page.locator('#plan-send').click();
    await expect.poll(() => page.locator('#study-plan-message').innerText(), { timeout: 10_000 }).toContain('Направлено координатору факультета: Бобур Алиев');

    // The coordinator's email, in Russian, and its link as written.
    const mail = await h.waitForEmail((e) => to(COORDINATOR)(e) && e.subject.includes(n.reference), 'the coordinator’s email');
    expect(mail.subject).toContain('Учебный план на утверждение');
    const link = /https?:\/\/\S+\/act#t=[A-Za-z0-9_-]{43}&k=study-plan&l=ru/.exec(mail.body.text ?? '')![0].replace(/^https?:\/\/[^/]+/, h.url);
    const coordinator = await browser.newPage({ viewport: { width: 360, height: 780 } });
    const answers: string[] = [];
    coordinator.on('request', (r) => r.url().includes('/api/study-plan-links/answer') && answers.push(r.url()));
    await coordinator.goto(link);
    await expect.poll(() => coordinator.locator('#approval-plan').innerText(), { timeout: 10_000 }).toContain('Аружан Серикова');
    // Loaded: the token gone from the address bar, nothing chosen, nothing sent.
    expect(coordinator.url()).not.toContain('#t=');
    expect(await coordinator.locator('input[type=radio]:checked').count()).toBe(0);
    expect(await coordinator.locator('#approval-total').innerText()).toBe('Итого: 11 ECTS, курсов: 2');
    expect(await checkPage(coordinator, 'study-plan-approval-ru')).toEqual(PASSES);
    expect(answers).toEqual([]);
    // Request changes without a comment is stopped at the field; Approve is recorded.
    await coordinator.locator('input[type=radio][value=request_changes]').check();
    await coordinator.locator('#plan-answer-send').click();
    await expect.poll(() => coordinator.locator('#plan-comment-error').innerText(), { timeout: 5_000 }).toContain('Напишите, что нужно изменить');
    expect(answers).toEqual([]);
    await coordinator.locator('input[type=radio][value=approve]').check();
    await coordinator.locator('#plan-answer-send').click();
    await expect.poll(() => coordinator.locator('#message').innerText(), { timeout: 10_000 }).toContain('Записано: вы утвердили версию 1 учебного плана');

    // Assess: the nomination's page says approved, by whom.
    await page.reload();
    await expect.poll(() => page.locator('#study-plan-status').innerText(), { timeout: 10_000 }).toContain('Версия 1: утверждён');
    expect(await page.locator('#study-plan-status').innerText()).toContain('Утвердил(а) Бобур Алиев');
    expect(await page.locator('#item-history').innerText()).toContain('Бобур Алиев утвердил(а) версию 1 учебного плана');
    await coordinator.close();
    await context.close();
  });
});
