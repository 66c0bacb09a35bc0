/**
 * A partner's EWP IIA in a real browser (English). On the agreement's page the office uploads a
 * partner file whose IIA differs from ours and sees both hashes and the field that differs, then
 * our IIA as the partner approved it, and the page shows the hash recorded. On the registry it
 * creates an agreement from a partner's IIA and sees what was not taken.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/browser';
import { readEwp } from '../support/ewp-reference';
import { startHarness, type Harness } from '../support/harness';
import { checkPage, PASSES } from '../support/pages';
import { openSignedIn } from '../support/signed-in';

let h: Harness;
let browser: Browser;
let iro: string;

beforeAll(async () => {
  h = await startHarness('e2e-ewp-approval');
  iro = await h.signIn('iro@uni.example');
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await h?.stop();
});

describe('the partner’s EWP approval on the agreement’s page', () => {
  it('shows both hashes and the difference for another text, and records the approval of ours', async () => {
    // Prepare: our IIA as the partner approved it, and one the partner changed.
    const xml = await (await h.get('/api/agreements/agr-wust-2025/ewp-iia.xml', { cookie: iro })).text();
    const hash = /<iia-hash>([0-9a-f]{64})<\/iia-hash>/.exec(xml)![1]!;
    const dir = mkdtempSync(path.join(tmpdir(), 'ewp-e2e-'));
    const approved = path.join(dir, 'approved.xml');
    const changed = path.join(dir, 'changed.xml');
    writeFileSync(approved, xml);
    writeFileSync(changed, xml.replace(/<mobilities-per-year>\d+</, '<mobilities-per-year>99<'));
    const { page, errors } = await openSignedIn(browser, h, iro, '/office/agreements?id=agr-wust-2025', { locale: 'en-US' });
    const form = page.locator('#ewp-approval-form');
    await form.waitFor({ state: 'visible', timeout: 20_000 });
    expect(await page.locator('#ewp-approved').count()).toBe(0);

    // Act: another text.
    await page.locator('#ewp-partner-file').setInputFiles(changed);
    await form.getByRole('button', { name: 'Record the partner’s approval' }).click();

    // Assess
    const mismatch = page.locator('#ewp-mismatch');
    await mismatch.waitFor({ state: 'visible', timeout: 10_000 });
    expect(await form.textContent()).toContain('the partner’s IIA has another iia-hash than ours');
    expect(await mismatch.textContent()).toContain(hash);
    const row = mismatch.locator('tr', { hasText: 'mobilities-per-year' });
    expect(await row.locator('td').allTextContents()).toEqual([expect.stringContaining('mobilities-per-year'), expect.any(String), '99']);
    expect(await checkPage(page, 'ewp-approval-mismatch')).toEqual(PASSES);

    // Act: ours.
    await page.locator('#ewp-partner-file').setInputFiles(approved);
    await form.getByRole('button', { name: 'Record the partner’s approval' }).click();

    // Assess
    const recorded = page.locator('#ewp-approved');
    await recorded.waitFor({ state: 'visible', timeout: 10_000 });
    expect(await recorded.textContent()).toContain(`The partner approved iia-hash ${hash}`);
    expect(await page.locator('#ewp-mismatch').count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it('creates an agreement from a partner’s IIA on the registry, and lists what it did not take', async () => {
    // Prepare: the upstream example served by a partner with us second; the partner chosen by hand.
    const dir = mkdtempSync(path.join(tmpdir(), 'ewp-e2e-'));
    const partnerFile = path.join(dir, 'partner.xml');
    writeFileSync(partnerFile, readEwp('iias-v7/endpoints/get-response-example.xml').replaceAll('hibo.no', 'uni.example'));
    const { page, errors } = await openSignedIn(browser, h, iro, '/office/agreements', { locale: 'en-US' });
    const form = page.locator('#ewp-create-form');
    await form.waitFor({ state: 'visible', timeout: 20_000 });

    // Act: without a faculty, then with one.
    await page.locator('#ewp-create-file').setInputFiles(partnerFile);
    await form.getByRole('button', { name: 'Create the agreement' }).click();
    await page.locator('#ewp-create-faculty-error').waitFor({ timeout: 10_000 });
    expect(await page.locator('#ewp-create-faculty-error').textContent()).toBe('Choose the faculty');
    await page.locator('#ewp-create-faculty').selectOption('physics');
    await page.locator('#ewp-create-partner').selectOption('osh-state-university');
    await form.getByRole('button', { name: 'Create the agreement' }).click();

    // Assess
    const created = page.locator('#ewp-created');
    await created.waitFor({ state: 'visible', timeout: 10_000 });
    expect(await page.locator('#ewp-create').textContent()).toMatch(/AGR-\d{4}-\d{4} is created and in review/);
    expect(await page.locator('#ewp-unmapped').textContent()).toContain('total-days-per-year');
    expect(await checkPage(page, 'ewp-created')).toEqual(PASSES);
    await created.locator('a').click();
    await page.locator('#detail').waitFor({ state: 'visible', timeout: 10_000 });
    expect(await page.locator('#detail-meta').textContent()).toMatch(/review/i);
    expect(errors).toEqual([]);
  });
});
