/**
 * The whole story of an exchange nomination in a real browser (Debian Chromium via
 * playwright-core), with nothing but pages and emails: the faculty member signs in from the link
 * in their mailbox and files the nomination through the form; the head of department, the dean,
 * the international office and the vice-rector each open the link in their own email (in the
 * email's language) and press approve; the nomination is approved, the submitter's home page
 * shows every step done, and the outcome email reaches the submitter. Every page visited passes
 * axe-core (no serious or critical violation) and fits a 360 px phone.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NominationInput } from '../../shared/schemas/nomination';
import { launchChromium } from '../support/browser';
import { NOMINATION_CHAIN } from '../support/chains';
import { nominationBody, startHarness, to, type Harness, type StoredEmail } from '../support/harness';
import { checkPage, PASSES, watchErrors } from '../support/pages';
import { aboutTo, signInThroughMailbox, type PageQuality } from '../support/signed-in';

let h: Harness;
let browser: Browser;

beforeAll(async () => {
  h = await startHarness('e2e-story-nomination');
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await h?.stop();
});

/** Each approver reads the page in their email's language (the demo directory's): the approve choice is named in it. */
const APPROVE_IN: Record<string, string> = {
  'head.physics@uni.example': 'Tasdiqlash',
  'dean.physics@uni.example': 'Одобрить',
  'iro@uni.example': 'Approve',
  'vicerector@uni.example': 'Approve',
};

const ACT_LINK = /https?:\/\/\S+\/act#t=[A-Za-z0-9_-]{43}(?:&l=[a-z]{2})?/;

/** The nomination form filled in as a person would, from the schema's example. */
async function fillNomination(page: Page, n: NominationInput): Promise<void> {
  await page.locator('#n-name').fill(n.nominee.name);
  await page.locator('#n-email').fill(n.nominee.email);
  await page.locator('#n-role').selectOption(n.nominee.role);
  await page.locator('#n-level').selectOption(n.nominee.studyLevel ?? 'none');
  await page.locator('#n-faculty').selectOption(n.nominee.faculty);
  await page.locator('#n-department').selectOption(n.nominee.department);
  await page.locator('#n-direction').selectOption(n.direction);
  await page.locator('#n-programme').selectOption(n.programme);
  await page.locator('#n-partner').selectOption(n.partnerId);
  await page.locator('#n-type').selectOption(n.mobilityType);
  await page.locator('#n-period').selectOption(n.period);
  await page.locator('#n-year').fill(n.academicYear);
  // How and when, as the example says: a date picker takes its day typed as YYYY-MM-DD.
  await page.locator('#n-format').selectOption(n.format ?? 'physical');
  if (n.plannedStartDate) await page.locator('#n-start').fill(n.plannedStartDate);
  if (n.plannedEndDate) await page.locator('#n-end').fill(n.plannedEndDate);
  await expect.poll(() => page.locator('#n-agreement option').allInnerTexts(), { timeout: 10_000 }).toContainEqual(expect.stringContaining('places left'));
  await page.locator('#n-agreement').selectOption(n.agreementId);
  await page.locator('#n-lang').fill(n.language.code);
  await page.locator('#n-cefr').selectOption(n.language.level);
  await page.locator('#n-motivation').fill(n.motivation!);
}

/**
 * One approver's turn: their newest email about the nomination, its link opened in a browser of
 * their own (no account, no cookie), the approve choice pressed. Answers what the page showed.
 */
async function approveFromEmail(email: string, reference: string, check: string): Promise<{ heading: string; content: string; recorded: string; quality: PageQuality; errors: string[] }> {
  const mail = await h.waitForEmail((e) => aboutTo(email, reference)(e) && ACT_LINK.test(e.body.text ?? ''), `the action email to ${email}`, 20_000);
  const link = ACT_LINK.exec(mail.body.text ?? '')![0];
  const context = await browser.newContext({ locale: 'en-US' });
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(link);
  await page.locator('#decision-section').waitFor({ state: 'visible', timeout: 15_000 });
  await expect.poll(() => page.locator('#meta').innerText(), { timeout: 10_000 }).toContain(reference);
  const heading = await page.locator('#decision-heading').innerText();
  const content = await page.locator('#content').innerText();
  const quality = await checkPage(page, check);
  await page.getByRole('radio', { name: APPROVE_IN[email]! }).check();
  await page.locator('#decide-button').click();
  await page.locator('#message.ok').waitFor({ state: 'visible', timeout: 15_000 });
  const recorded = await page.locator('#message').innerText();
  await context.close();
  return { heading, content, recorded, quality, errors };
}

describe('a nomination, from the form through every approver’s email', () => {
  it('is approved at every step from the approvers’ own links, and the submitter sees every step done and gets the outcome email', { timeout: 180_000 }, async () => {
    // Prepare: the faculty member signs in from the link in their mailbox.
    const faculty = await signInThroughMailbox(browser, h, 'faculty@uni.example', { check: 'story-nomination' });
    const { page } = faculty;
    const n = nominationBody() as NominationInput;

    // Act: the form, filled in and sent.
    await expect.poll(() => page.locator('#n-partner option').count(), { timeout: 10_000 }).toBeGreaterThan(1);
    await fillNomination(page, n);
    const formPage = await checkPage(page, 'story-nomination-form');
    await page.locator('#nomination-form button[type=submit]').click();
    await expect.poll(() => page.locator('#nomination-form .message').innerText(), { timeout: 15_000 }).toMatch(/^Submitted as NOM-\d{4}-\d{4}\.$/);
    const reference = await page.locator('#nomination-form .message a').innerText();
    const itemHref = (await page.locator('#nomination-form .message a').getAttribute('href'))!;
    const submittedPage = await checkPage(page, 'story-nomination-submitted');

    // Act: each approver in turn, from their own email.
    const turns = [];
    for (const [i, approver] of NOMINATION_CHAIN.entries()) turns.push(await approveFromEmail(approver.email, reference, `story-nomination-approver-${i + 1}`));

    // Act: the submitter's home page, read again.
    await page.reload();
    const steps = page.getByRole('list', { name: `Progress of ${reference}` }).locator(':scope > li');
    await expect.poll(() => steps.count(), { timeout: 15_000 }).toBe(6);
    const timeline = await steps.allInnerTexts();
    const badge = await page.locator('#nominations li', { hasText: reference }).locator('.badge').first().innerText();
    const homePage = await checkPage(page, 'story-nomination-home-approved');
    const errors = faculty.errors;
    await faculty.close();

    // Assess: the nomination as the API has it.
    const id = decodeURIComponent(itemHref.split('/').at(-1)!);
    const stored = (await (await h.get(`/api/nominations/${id}`, { cookie: faculty.cookie })).json()) as {
      status: string;
      content: unknown;
      review: { steps: { role: string; approvers: { email: string; receipt?: { decision: string } }[] }[] };
    };
    expect(stored.status).toBe('approved');
    expect(stored.content).toEqual(n);
    expect(stored.review.steps.map((s) => s.approvers.map((a) => [a.email, a.receipt?.decision]))).toEqual(NOMINATION_CHAIN.map((a) => [[a.email, 'approve']]));

    // Assess: each approver's page, in the language of their email, said what was recorded.
    expect(turns.map((t) => t.heading)).toEqual(['Sizning qaroringiz', 'Ваше решение', 'Your decision', 'Your decision']);
    // What they were shown names the faculty, department and agreement as people say them, not by
    // id, and the faculty and department in the page's language where the directory has it.
    const places = ['Fizika fakulteti / Umumiy fizika kafedrasi', 'Физический факультет / Кафедра общей физики', 'Faculty of Physics / Department of General Physics', 'Faculty of Physics / Department of General Physics'];
    for (const [i, t] of turns.entries()) {
      expect(t.content).toContain(places[i]);
      expect(t.content).toContain('AGR-2024-0003');
      expect(t.content).not.toContain('agr-osh-2024');
    }
    expect(turns[0]!.recorded).toMatch(/^Tasdiqlandi\. .* keyingi bosqichga o'tdi\./);
    expect(turns[1]!.recorded).toMatch(/^Одобрено\. Записано .*\. Дело передано на следующий этап\./);
    expect(turns[2]!.recorded).toMatch(/^Approved\. Recorded on .*\. It has moved to the next step\./);
    expect(turns[3]!.recorded).toMatch(/^Approved\. Recorded on .*\. This was the final approval\./);

    // Assess: the home page shows every step done, then the result and what comes next.
    expect(badge).toBe('Approved');
    NOMINATION_CHAIN.forEach((a, i) => expect(timeline[i]).toMatch(new RegExp(`^Step ${i + 1}: .+ — Approved by ${a.name} on .*\\d`)));
    expect(timeline[4]).toMatch(/^Result — Approved, .*\d/);
    expect(timeline[5]).toBe('Partner’s answer — to come');

    // Assess: the outcome email, to the submitter and to the nominee.
    const outcome: StoredEmail = await h.waitForEmail((e) => aboutTo('faculty@uni.example', reference)(e) && e.subject.startsWith('Approved: '), 'the outcome email to the submitter');
    expect(outcome.body.text).toContain('has passed every approval step');
    expect(outcome.body.text).toContain('Dilshod Ergashev');
    await h.waitForEmail((e) => to(n.nominee.email)(e) && e.subject.includes(reference), 'the email to the nominee');

    // Assess: every page met the bars, and no script failed.
    for (const quality of [...faculty.quality, formPage, submittedPage, ...turns.map((t) => t.quality), homePage]) expect(quality).toEqual(PASSES);
    expect([...errors, ...turns.flatMap((t) => t.errors)]).toEqual([]);
  });
});
