/**
 * An admin finds an agreement that ends soon, in a real browser (Debian Chromium via
 * playwright-core). The demo university has no agreement in force ending within 180 days, so one
 * is made the way the office makes one: a memorandum proposed, approved at every step, signed by
 * both sides; the hourly scheduler then sends its 180-day reminder. The admin signs in from the
 * link in their mailbox, opens the office console's registry from the home page, chooses
 * "Expiring within 180 days", finds that agreement with its days left, and opens it: its end date,
 * and the reminder with the days left, are on its page. Every page visited passes axe-core (no
 * serious or critical violation) and fits a 360 px phone.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tick } from '../../functions/scheduler/tick';
import { loadSeed } from '../../infra/local/seed';
import { launchChromium } from '../support/browser';
import { agreementInForce } from '../support/chains';
import { memorandumBody, startHarness, to, type Harness } from '../support/harness';
import { checkPage, PASSES } from '../support/pages';
import { signInThroughMailbox } from '../support/signed-in';

const DAYS_LEFT = 120;
/** The demo's agreements, every one listed in the registry beside the one made here. */
const SEEDED = loadSeed().agreements.length;

/** `YYYY-MM-DD`, `days` from today (UTC; the browser and the server share this machine's clock). */
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
/** A calendar date as the English pages write it. */
const longDate = (isoDate: string) => new Intl.DateTimeFormat('en', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${isoDate}T00:00:00Z`));

let h: Harness;
let browser: Browser;
let agreement: { id: string; reference: string; endDate: string };

beforeAll(async () => {
  h = await startHarness('e2e-story-expiring');
  browser = await launchChromium();

  // A memorandum with Osh State University that began a year ago and ends in 120 days, approved
  // at every step and signed by both sides: in force.
  const faculty = await h.signIn('faculty@uni.example');
  const admin = await h.signIn('admin@uni.example');
  const endDate = inDays(DAYS_LEFT);
  const { id, reference } = await agreementInForce(
    h,
    memorandumBody({ partnerId: 'osh-state-university', startDate: inDays(-365), endDate, summary: 'Summer schools in applied physics.' }),
    { proposer: faculty, office: admin },
    { home: 'Rustam Nazarov', partner: 'Kanybek Izakov' },
  );
  // The hourly scheduler's turn: the 180-day reminder is due.
  await tick(h.deps);
  agreement = { id, reference, endDate };
});
afterAll(async () => {
  await browser?.close();
  await h?.stop();
});

describe('an agreement expiring soon', () => {
  it('is found by an admin under “Expiring within 180 days” with its days left, and its page shows its end date and the reminder', { timeout: 120_000 }, async () => {
    // Prepare: the admin signs in from the link in their mailbox.
    const admin = await signInThroughMailbox(browser, h, 'admin@uni.example', { check: 'story-expiring' });
    const { page } = admin;
    const rows = () => page.locator('#registry-body tr').allInnerTexts();

    // Act: from the home page to the registry, then the expiring view.
    const homePage = await checkPage(page, 'story-expiring-home');
    // The console opens on its overview; the registry is a link of its navigation.
    await page.getByRole('link', { name: 'Office console', exact: true }).click();
    await page.waitForURL(`${h.url}/office`);
    await page.getByRole('navigation', { name: 'Office console' }).getByRole('link', { name: 'Agreements' }).click();
    await page.waitForURL(`${h.url}/office/agreements`);
    await expect.poll(rows, { timeout: 15_000 }).toHaveLength(SEEDED + 1);
    const registryPage = await checkPage(page, 'story-expiring-registry');
    await page.getByRole('radio', { name: 'Expiring within 180 days' }).check();
    await expect.poll(() => page.locator('#registry-caption').textContent()).toContain('180 days');
    const expiring = await rows();
    const expiringPage = await checkPage(page, 'story-expiring-view');

    // Act: its page.
    await page.getByRole('link', { name: agreement.reference }).click();
    await page.waitForURL(`${h.url}/office/agreements?id=${agreement.id}`);
    await expect.poll(() => page.locator('h1').innerText(), { timeout: 15_000 }).toBe(`Agreement ${agreement.reference}`);
    await expect.poll(() => page.locator('#history').innerText(), { timeout: 10_000 }).toContain('Expiry reminder');
    const detail = { content: await page.locator('#detail-content').innerText(), history: await page.locator('#history').innerText(), meta: await page.locator('#detail-meta').innerText() };
    const detailPage = await checkPage(page, 'story-expiring-detail');
    const errors = admin.errors;
    await admin.close();

    // Assess: only the agreement ending within 180 days is listed, with its end date and days left.
    expect(expiring).toHaveLength(1);
    expect(expiring[0]).toContain(agreement.reference);
    expect(expiring[0]).toContain('Osh State University');
    expect(expiring[0]).toContain(longDate(agreement.endDate));
    expect(expiring[0]).toContain(`${DAYS_LEFT} days left`);

    // Assess: its page says when it ends and that the reminder went out with the days left.
    expect(detail.meta).toContain('Active');
    expect(detail.content).toMatch(new RegExp(`Ends\\s+${longDate(agreement.endDate)}`));
    expect(detail.history).toContain(`Expiry reminder sent (${DAYS_LEFT} days left)`);
    // The reminder is an email too: the coordinator got it.
    const reminder = await h.waitForEmail((e) => to('faculty@uni.example')(e) && e.subject.startsWith(`Ending soon: ${agreement.reference}`), 'the expiry reminder to the coordinator');
    expect(reminder.body.text).toContain(`(${DAYS_LEFT} days from today)`);

    // Assess: every page met the bars, and no script failed.
    for (const quality of [...admin.quality, homePage, registryPage, expiringPage, detailPage]) expect(quality).toEqual(PASSES);
    expect(errors).toEqual([]);
  });
});
