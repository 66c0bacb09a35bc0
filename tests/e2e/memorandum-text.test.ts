/**
 * The memorandum's text from the agreement's page, in a real browser: the office opens a seeded
 * agreement (which names no pair: English with Russian), the page offers the text as PDF and DOCX
 * in its pair first and in the other after; the office chooses Uzbek in the edit form and saves a
 * new version, and the PDF the browser then downloads from the first link reads back (pdftotext)
 * as English beside Uzbek with the hash on every page.
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

const WAIT = { timeout: 20_000 };

describe('the memorandum’s text on the agreement’s page', () => {
  it('is offered in the agreement’s pair first, follows the pair chosen in the edit form, and the PDF downloaded holds both columns and the hash', async () => {
    // Prepare
    const { context, page, errors } = await openSignedIn(browser, h, iro, '/office/agreements?id=agr-osh-2024', { locale: 'en-US', acceptDownloads: true });
    const card = page.locator('section[aria-labelledby="memorandum-text-heading"]');
    await card.waitFor({ state: 'visible', timeout: 20_000 });
    const links = () => card.locator('a').evaluateAll((all) => all.map((a) => a.getAttribute('href')));

    // Assess: the agreement names no pair: Russian first (the server's choice, no `pair`), Uzbek after; and the EWP IIA file.
    expect(await card.locator('#memorandum-files li').allInnerTexts()).toEqual(['English and Russian (chosen for this agreement): PDF · DOCX', 'English and Uzbek: PDF · DOCX']);
    expect(await links()).toEqual([
      '/api/agreements/agr-osh-2024/memorandum.pdf',
      '/api/agreements/agr-osh-2024/memorandum.docx',
      '/api/agreements/agr-osh-2024/memorandum.pdf?pair=uz',
      '/api/agreements/agr-osh-2024/memorandum.docx?pair=uz',
      '/api/agreements/agr-osh-2024/ewp-iia.xml',
    ]);
    const [ewp] = await Promise.all([page.waitForEvent('download'), card.locator('#ewp-file a').click()]);
    expect(ewp.suggestedFilename()).toBe('agr-2024-0003-ewp-iia.xml');
    expect(await checkPage(page, 'memorandum-text-links')).toEqual(PASSES);

    // Act: the office chooses English with Uzbek in the edit form and saves it.
    await page.getByRole('button', { name: 'Edit agreement' }).click();
    const form = page.locator('#edit-form');
    const pair = form.getByLabel('The memorandum’s text');
    await expect.poll(() => pair.inputValue(), WAIT).toBe('ru');
    await pair.selectOption('uz');
    await expect.poll(() => form.locator('#edit-kind-note').innerText()).toContain('Changed: The memorandum’s text.');
    await form.getByRole('button', { name: 'Save as version 2' }).click();
    await expect.poll(() => page.locator('#edit-message').innerText(), WAIT).toBe('Saved: version 2 is in force.');

    // Assess: shown with the content, said in the versions, and the first links now Uzbek.
    expect(await page.locator('#detail-content').innerText()).toContain('English with Uzbek');
    expect(await page.locator('#diff-body tr').allInnerTexts()).toEqual([expect.stringMatching(/^The memorandum’s text\s+English with Russian\s+English with Uzbek$/)]);
    expect(await card.locator('#memorandum-files li').allInnerTexts()).toEqual(['English and Uzbek (chosen for this agreement): PDF · DOCX', 'English and Russian: PDF · DOCX']);
    expect((await links()).slice(2, 4)).toEqual(['/api/agreements/agr-osh-2024/memorandum.pdf?pair=ru', '/api/agreements/agr-osh-2024/memorandum.docx?pair=ru']);
    const stored = (await (await h.get('/api/agreements/agr-osh-2024', { cookie: iro })).json()) as { contentVersion: number; content: { textLanguage?: string } };
    expect(stored).toMatchObject({ contentVersion: 2, content: { textLanguage: 'uz' } });

    // Act: the browser downloads the PDF of the agreement's pair.
    const [download] = await Promise.all([page.waitForEvent('download'), card.locator('#memorandum-files li').first().locator('a', { hasText: 'PDF' }).click()]);
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
