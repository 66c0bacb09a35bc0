/**
 * The partner coordinator's page in a real browser (Debian Chromium via playwright-core), opened
 * from the link in the local SES mailbox: loading it changes nothing, the token leaves the address
 * bar, nothing is pre-selected, a decline asks for its reason, and only the button answers. In
 * English and in Russian, each state free of serious axe findings and fitting a 360 px phone.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getSubmission } from '../../functions/lib/db/submissions';
import { exampleOf, PartnerUpdateSchema } from '../../shared/schemas';
import { approveSteps } from '../support/chains';
import { nominationBody, startHarness, to, type Harness } from '../support/harness';
import { launchChromium } from '../support/browser';
import { checkPage, PASSES } from '../support/pages';

let h: Harness;
let browser: Browser;
let faculty: string;
const COORDINATOR = 'erasmus@osh.example';

beforeAll(async () => {
  h = await startHarness('e2e-partner');
  faculty = await h.signIn('faculty@uni.example');
  const admin = await h.signIn('admin@uni.example');
  const partner = (await (await h.get('/api/partners/osh-state-university', { cookie: admin })).json()) as { name: string; country: string; version: number };
  const saved = await h.fetchPut(
    '/api/partners/osh-state-university',
    {
      ...(exampleOf(PartnerUpdateSchema) as Record<string, unknown>),
      name: partner.name,
      country: partner.country,
      names: {},
      version: partner.version,
      contacts: [{ name: 'Aigul Tashieva', email: COORDINATOR, role: 'International coordinator' }],
    },
    admin,
  );
  expect(saved.status).toBe(200);
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await h?.stop();
});

/** An approved nomination and the partner's link exactly as the email writes it. */
async function approvedWithLink(): Promise<{ id: string; reference: string; link: string }> {
  const n = (await (await h.post('/api/nominations', nominationBody(), { cookie: faculty })).json()) as { id: string; reference: string };
  await approveSteps(h, 'nomination', n.id);
  const mail = await h.waitForEmail((e) => to(COORDINATOR)(e) && e.subject.includes(n.reference), 'the partner’s email');
  const link = /https?:\/\/\S+\/partner#t=[A-Za-z0-9_-]{43}&l=en/.exec(mail.body.text ?? '')![0];
  return { ...n, link: link.replace(/^https?:\/\/[^/]+/, h.url) };
}

describe('the partner coordinator’s page', () => {
  it('in English: shows the nomination, changes nothing on load, asks a decline for its reason, then records it', async () => {
    const n = await approvedWithLink();
    await h.settle();
    const before = await getSubmission(h.deps.db, 'nomination', n.id);
    const page = await browser.newPage({ viewport: { width: 360, height: 780 } });
    const answers: string[] = [];
    page.on('request', (r) => r.url().includes('/api/partner-links/answer') && answers.push(r.url()));
    await page.goto(n.link);
    await expect.poll(() => page.locator('h1').innerText(), { timeout: 10_000 }).toContain(`Nomination ${n.reference}`);
    await page.waitForTimeout(500);
    // Loaded: nothing chosen, nothing sent, the token gone from the address bar, the item unchanged.
    expect(page.url()).not.toContain('#t=');
    expect(await page.locator('input[type=radio]:checked').count()).toBe(0);
    expect(await page.locator('#content').innerText()).toContain('Dilnoza Karimova');
    // The direction as the partner sees it: our outgoing student comes to them.
    expect(await page.locator('#content').innerText()).toMatch(/Sending university\s+\S.*[\s\S]*Direction\s+To your university: .+ sends the participant/);
    expect(await page.locator('body').innerText()).not.toContain('dilnoza.karimova@student.uni.example');
    expect(await checkPage(page, 'partner-en')).toEqual(PASSES);
    expect(answers).toEqual([]);
    expect(await getSubmission(h.deps.db, 'nomination', n.id)).toEqual(before);

    // A decline without a reason is stopped at the field; with one, it is recorded.
    await page.locator('input[type=radio][value=decline]').check();
    await page.locator('#answer-button').click();
    await expect.poll(() => page.locator('#reason-error').innerText(), { timeout: 5_000 }).toContain('Give the reason for declining');
    expect(await checkPage(page, 'partner-en-reason')).toEqual(PASSES);
    await page.locator('#reason').fill('No supervisor is free in the autumn semester.');
    await page.locator('#answer-button').click();
    await expect.poll(() => page.locator('#message').innerText(), { timeout: 10_000 }).toContain('Your answer is recorded: declined');
    expect((await getSubmission(h.deps.db, 'nomination', n.id))?.status).toBe('declined_by_partner');
    expect(await checkPage(page, 'partner-en-answered')).toEqual(PASSES);
    await page.close();
  });

  it('in Russian: the same page in Russian words accepts with one press', async () => {
    const n = await approvedWithLink();
    const page = await browser.newPage({ viewport: { width: 360, height: 780 } });
    await page.goto(n.link.replace('&l=en', '&l=ru'));
    await expect.poll(() => page.locator('h1').innerText(), { timeout: 10_000 }).toContain(`Выдвижение ${n.reference}`);
    expect(await page.locator('#content').innerText()).toContain('Учебный год');
    expect(await checkPage(page, 'partner-ru')).toEqual(PASSES);
    await page.locator('input[type=radio][value=accept]').check();
    await page.locator('#answer-button').click();
    await expect.poll(() => page.locator('#message').innerText(), { timeout: 10_000 }).toContain('Ваш ответ записан: принято');
    expect((await getSubmission(h.deps.db, 'nomination', n.id))?.status).toBe('accepted_by_partner');
    expect(await checkPage(page, 'partner-ru-answered')).toEqual(PASSES);
    await page.close();
  });
});
