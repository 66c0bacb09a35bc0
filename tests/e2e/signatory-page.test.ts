/**
 * The partner signatory's page in a real browser (Debian Chromium via playwright-core), opened from
 * the link in the local SES mailbox: loading changes nothing, the exact text and its code shown,
 * nothing pre-selected, a request for changes stopped without its comment, an approval with name
 * and position recorded, then the signed copy's form. In English and in Russian, each state free of
 * serious axe findings and fitting a 360 px phone.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getSubmission } from '../../functions/lib/db/submissions';
import { exampleOf, PartnerUpdateSchema, type Agreement } from '../../shared/schemas';
import { approveSteps } from '../support/chains';
import { memorandumBody, startHarness, to, type Harness } from '../support/harness';
import { launchChromium } from '../support/browser';
import { checkPage, PASSES } from '../support/pages';

let h: Harness;
let browser: Browser;
let faculty: string;
const SIGNATORY = 'president@wust.example.org';
const PARTNER = 'wuhan-university-of-science-and-technology';

beforeAll(async () => {
  h = await startHarness('e2e-signatory');
  faculty = await h.signIn('faculty@uni.example');
  const admin = await h.signIn('admin@uni.example');
  const partner = (await (await h.get(`/api/partners/${PARTNER}`, { cookie: admin })).json()) as { name: string; country: string; version: number };
  const saved = await h.fetchPut(
    `/api/partners/${PARTNER}`,
    { ...(exampleOf(PartnerUpdateSchema) as Record<string, unknown>), name: partner.name, country: partner.country, names: {}, version: partner.version, contacts: [{ name: 'Zhang Min', email: SIGNATORY, role: 'Signatory (President)' }] },
    admin,
  );
  expect(saved.status).toBe(200);
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await h?.stop();
});

/** An approved memorandum and the signatory's link exactly as the email writes it. */
async function approvedWithLink(): Promise<{ id: string; reference: string; link: string }> {
  const a = (await (await h.post('/api/agreements', memorandumBody(), { cookie: faculty })).json()) as { id: string; reference: string };
  await approveSteps(h, 'memorandum', a.id);
  const mail = await h.waitForEmail((e) => to(SIGNATORY)(e) && e.subject.includes(a.reference), 'the signatory’s email');
  const link = /https?:\/\/\S+\/partner#t=[A-Za-z0-9_-]{43}&l=en/.exec(mail.body.text ?? '')![0];
  return { ...a, link: link.replace(/^https?:\/\/[^/]+/, h.url) };
}

describe('the partner signatory’s page', () => {
  it('in English: shows the exact text and its code, changes nothing on load, stops changes without a comment, records an approval', async () => {
    const a = await approvedWithLink();
    await h.settle();
    const before = await getSubmission(h.deps.db, 'memorandum', a.id);
    const page = await browser.newPage({ viewport: { width: 360, height: 780 } });
    const answers: string[] = [];
    page.on('request', (r) => r.url().includes('/api/partner-links/sign') && answers.push(r.url()));
    await page.goto(a.link);
    await expect.poll(() => page.locator('h1').innerText(), { timeout: 10_000 }).toContain(`Memorandum ${a.reference}`);
    await page.waitForTimeout(500);
    expect(page.url()).not.toContain('#t=');
    expect(await page.locator('input[type=radio]:checked').count()).toBe(0);
    const hash = (before as Agreement).partnerSigning!.snapshotHash;
    expect(await page.locator('#text-hash').innerText()).toBe(hash);
    expect(await page.locator('#content').innerText()).toContain('Summary');
    expect(await checkPage(page, 'signatory-en')).toEqual(PASSES);
    expect(answers).toEqual([]);
    expect(await getSubmission(h.deps.db, 'memorandum', a.id)).toEqual(before);

    await page.locator('input[type=radio][value=request_changes]').check();
    await page.locator('#answer-button').click();
    await expect.poll(() => page.locator('#comment-error').innerText(), { timeout: 5_000 }).toContain('Write what should change');
    expect(answers).toEqual([]);
    expect(await checkPage(page, 'signatory-en-comment')).toEqual(PASSES);

    await page.locator('input[type=radio][value=approve]').check();
    await page.locator('#position').fill('President');
    await page.locator('#answer-button').click();
    await expect.poll(() => page.locator('#sign-message').innerText(), { timeout: 10_000 }).toContain('Your approval is recorded');
    expect(((await getSubmission(h.deps.db, 'memorandum', a.id)) as Agreement).partnerSigning).toMatchObject({ state: 'approved', approval: { name: 'Zhang Min', position: 'President', snapshotHash: hash } });
    expect(await page.locator('#upload-form').count()).toBe(1);
    expect(await checkPage(page, 'signatory-en-approved')).toEqual(PASSES);
    await page.close();
  });

  it('in Russian: the same page in Russian words asks for changes with a comment', async () => {
    const a = await approvedWithLink();
    const page = await browser.newPage({ viewport: { width: 360, height: 780 } });
    await page.goto(a.link.replace('&l=en', '&l=ru'));
    await expect.poll(() => page.locator('h1').innerText(), { timeout: 10_000 }).toContain(`Меморандум ${a.reference}`);
    expect(await page.locator('#content').innerText()).toContain('Код текста');
    expect(await checkPage(page, 'signatory-ru')).toEqual(PASSES);
    await page.locator('input[type=radio][value=request_changes]').check();
    await page.locator('#comment').fill('Укажите наш факультет металлургии.');
    await page.locator('#answer-button').click();
    await expect.poll(() => page.locator('#sign-message').innerText(), { timeout: 10_000 }).toContain('Ваша просьба отправлена');
    expect(((await getSubmission(h.deps.db, 'memorandum', a.id)) as Agreement).partnerSigning).toMatchObject({ state: 'changes_requested' });
    expect(await checkPage(page, 'signatory-ru-answered')).toEqual(PASSES);
    await page.close();
  });
});
