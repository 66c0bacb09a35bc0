/**
 * The approver page in a real browser (Debian Chromium via playwright-core): loading it
 * changes nothing, nothing is pre-selected, and only a press of the button decides. Each page
 * state passes axe-core (no serious or critical violation) and fits a 360 px phone.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getLink } from '../../functions/lib/db/links';
import { getSubmission } from '../../functions/lib/db/submissions';
import { tokenHash } from '../../functions/lib/links';
import { nominationBody, startHarness, to, tokenFrom, type Harness } from '../support/harness';
import { launchChromium } from '../support/browser';
import { checkPage, PASSES } from '../support/pages';

let h: Harness;
let browser: Browser;
let faculty: string;

beforeAll(async () => {
  h = await startHarness('e2e');
  faculty = await h.signIn('faculty@uni.example');
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await h?.stop();
});

async function submitAndLink() {
  const res = await h.post('/api/nominations', nominationBody(), { cookie: faculty });
  const n = (await res.json()) as { id: string; reference: string };
  const email = await h.waitForEmail((e) => to('head.physics@uni.example')(e) && e.subject.includes(n.reference) && /\/act#t=/.test(e.body.text ?? ''), 'the action email');
  return { n, token: tokenFrom(email, 'act') };
}

describe('the approver page', () => {
  it('loaded without a click shows the item and changes nothing', async () => {
    const { n, token } = await submitAndLink();
    await h.settle();
    const before = await getSubmission(h.deps.db, 'nomination', n.id);
    const page = await browser.newPage();
    const decides: string[] = [];
    page.on('request', (r) => r.url().includes('/api/actions/decide') && decides.push(r.url()));
    await page.goto(`${h.url}/act#t=${token}`);
    await expect.poll(async () => page.locator('body').innerText(), { timeout: 10_000 }).toContain(n.reference);
    await page.waitForTimeout(1000);
    const checked = await page.locator('input[type=radio]:checked').count();
    const quality = await checkPage(page, 'approver');
    await page.close();
    expect(decides).toEqual([]);
    expect(checked).toBe(0);
    expect(quality).toEqual(PASSES);
    expect(await getSubmission(h.deps.db, 'nomination', n.id)).toEqual(before);
    expect((await getLink(h.deps.db, tokenHash(token)))?.usedAt).toBeUndefined();
  });

  it('records an approval only when the approver chooses and presses the button', async () => {
    const { n, token } = await submitAndLink();
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(`${h.url}/act#t=${token}`);
    await expect.poll(async () => page.locator('body').innerText(), { timeout: 10_000 }).toContain(n.reference);
    await page.locator('input[type=radio][value=approve]').check();
    await page.locator('form button[type=submit], form input[type=submit]').first().click();
    await expect.poll(async () => (await getSubmission(h.deps.db, 'nomination', n.id))?.review?.stepIndex, { timeout: 10_000 }).toBe(1);
    await page.screenshot({ path: 'tests/e2e/.last-approver-page.png' }).catch(() => undefined);
    await expect.poll(() => page.locator('#message').innerText(), { timeout: 10_000 }).toContain('Recorded at');
    const quality = await checkPage(page, 'approver-decided');
    await page.close();
    expect(quality).toEqual(PASSES);
  });
});
