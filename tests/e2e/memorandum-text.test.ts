/**
 * The memorandum's text from the agreement's page, in a real browser: the office opens a seeded
 * agreement, the page offers the text as PDF and DOCX in both pairs, and the PDF the browser
 * downloads reads back (pdftotext) as English beside Uzbek with the hash on every page.
 */
import { execFileSync } from 'node:child_process';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/browser';
import { startHarness, type Harness } from '../support/harness';
import { checkPage, PASSES } from '../support/pages';
import { openSignedIn } from '../support/signed-in';

let h: Harness;
let browser: Browser;
let iro: string;

beforeAll(async () => {
  h = await startHarness('e2e-memorandum-text');
  iro = await h.signIn('iro@uni.example');
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await h?.stop();
});

describe('the memorandum’s text on the agreement’s page', () => {
  it('is offered as PDF and DOCX in both pairs, and the PDF downloaded holds both columns and the hash', async () => {
    // Prepare
    const { context, page, errors } = await openSignedIn(browser, h, iro, '/office/agreements?id=agr-osh-2024', { locale: 'en-US', acceptDownloads: true });
    const card = page.locator('section[aria-labelledby="memorandum-text-heading"]');
    await card.waitFor({ state: 'visible', timeout: 20_000 });

    // Assess: four links, each to its route, and the agreement as an EWP IIA file.
    const hrefs = await card.locator('a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(hrefs).toEqual([
      '/api/agreements/agr-osh-2024/memorandum.pdf?pair=ru',
      '/api/agreements/agr-osh-2024/memorandum.docx?pair=ru',
      '/api/agreements/agr-osh-2024/memorandum.pdf?pair=uz',
      '/api/agreements/agr-osh-2024/memorandum.docx?pair=uz',
      '/api/agreements/agr-osh-2024/ewp-iia.xml',
    ]);
    const [ewp] = await Promise.all([page.waitForEvent('download'), card.locator('#ewp-file a').click()]);
    expect(ewp.suggestedFilename()).toBe('agr-2024-0003-ewp-iia.xml');
    expect(await checkPage(page, 'memorandum-text-links')).toEqual(PASSES);

    // Act: the browser downloads the English and Uzbek PDF.
    const [download] = await Promise.all([page.waitForEvent('download'), card.locator('a[href$="memorandum.pdf?pair=uz"]').click()]);
    expect(download.suggestedFilename()).toBe('agr-2024-0003-memorandum-en-uz.pdf');
    const text = execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', (await download.path())!, '-'], { encoding: 'utf8' });

    // Assess
    expect(text).toContain('Memorandum of cooperation');
    expect(text).toContain("Hamkorlik to'g'risida");
    expect(text).toContain('O‘sh davlat universiteti');
    const pages = text.split('\f').filter((p) => p.trim() !== '');
    const hash = /\b[0-9a-f]{64}\b/.exec(pages[0]!)![0];
    for (const p of pages) expect(p).toContain(hash);
    expect(errors).toEqual([]);
    await context.close();
  });
});
