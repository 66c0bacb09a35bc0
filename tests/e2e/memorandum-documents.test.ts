/**
 * A memorandum's documents in a real browser: faculty propose a memorandum with its draft text
 * and an annex attached in the form (uploaded straight to the local S3 once the memorandum
 * exists), the approver's page lists the draft for legal to read, and the office files the signed
 * copy on the agreement's page, where a file of the wrong type is refused before anything is sent.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AttachedDocument } from '../../shared/schemas/document';
import { launchChromium } from '../support/browser';
import { linkFor } from '../support/chains';
import { pdfBytes } from '../support/documents';
import { startHarness, type Harness } from '../support/harness';
import { fillMemorandum } from '../support/memorandum-form';
import { checkPage, PASSES } from '../support/pages';
import { openSignedIn } from '../support/signed-in';

let h: Harness;
let browser: Browser;
let faculty: string;
let iro: string;

beforeAll(async () => {
  h = await startHarness('e2e-memorandum-documents');
  [faculty, iro] = await Promise.all([h.signIn('faculty@uni.example'), h.signIn('iro@uni.example')]);
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await h?.stop();
});

const pdf = (note: string) => ({ name: `${note}.pdf`, mimeType: 'application/pdf', buffer: Buffer.from(pdfBytes(note)) });
const byLabel = (page: Page, text: string) => page.getByLabel(text, { exact: true });

async function documentsOf(id: string): Promise<AttachedDocument[]> {
  const res = await h.get(`/api/agreements/${encodeURIComponent(id)}/documents`, { cookie: iro });
  expect(res.status).toBe(200);
  return (await res.json()) as AttachedDocument[];
}

/** The memorandum form filled from the schema's example, with one condition. */
async function fillWithOneCondition(page: Page): Promise<void> {
  await fillMemorandum(page);
  await page.getByRole('button', { name: 'Add condition' }).click();
  await byLabel(page, 'Direction, condition 1').selectOption('home');
  await byLabel(page, 'Mobility type, condition 1').selectOption('student_studies');
  await byLabel(page, 'Places a year, condition 1').fill('2');
}

describe('a memorandum’s documents', () => {
  let id = '';
  let reference = '';

  it('are attached in the form when it is proposed, and uploaded once the memorandum exists', async () => {
    // Prepare
    const { context, page, errors } = await openSignedIn(browser, h, faculty, '/', { locale: 'en-US' });
    await expect.poll(() => page.locator('#m-partner option').count(), { timeout: 15_000 }).toBeGreaterThan(1);
    await fillWithOneCondition(page);

    // Act: "Add a file" twice, the draft and an annex.
    const form = page.locator('#memorandum-form');
    for (const [n, file, kind] of [
      [1, pdf('draft-text'), 'draft'],
      [2, pdf('annex-a'), 'annex'],
    ] as const) {
      await form.locator('.add-file').click();
      const row = form.locator('.attachment-rows > li').nth(n - 1);
      await row.locator('input[type=file]').waitFor({ state: 'visible', timeout: 15_000 });
      await row.locator('input[type=file]').setInputFiles(file);
      await row.locator('select').selectOption(kind);
    }
    const kinds = await form.locator('.attachment-rows > li').first().locator('select option').allInnerTexts();
    const chosen = await checkPage(page, 'memorandum-documents-chosen');
    await form.locator('button[type=submit]').click();
    await expect.poll(() => form.locator('> .message').nth(1).innerText(), { timeout: 30_000 }).toMatch(/^Attached to AGR-/);
    const said = await form.locator('> .message').nth(1).innerText();
    const href = (await form.locator('> .message a').first().getAttribute('href'))!;
    id = decodeURIComponent(href.split('/').at(-1)!);
    const stored = await documentsOf(id);
    reference = ((await (await h.get(`/api/agreements/${encodeURIComponent(id)}`, { cookie: iro })).json()) as { reference: string }).reference;
    await context.close();

    // Assess
    expect(kinds).toEqual(['Draft', 'Annex', 'Signed copy']);
    expect(chosen).toEqual(PASSES);
    expect(said).toContain('draft-text.pdf');
    expect(said).toContain('annex-a.pdf');
    expect(stored.map((d) => [d.fileName, d.kind, d.status])).toEqual([
      ['draft-text.pdf', 'draft', 'uploaded'],
      ['annex-a.pdf', 'annex', 'uploaded'],
    ]);
    expect(errors).toEqual([]);
  });

  it('are listed on the approver’s page, so the approvers read the text they approve', async () => {
    const link = await linkFor(h, 'memorandum', id, 0);
    const context = await browser.newContext({ locale: 'en-US' });
    const page = await context.newPage();
    await page.goto(`${h.url}/act#t=${link.token}`);
    await page.getByRole('button', { name: 'Download draft-text.pdf' }).waitFor({ state: 'visible', timeout: 15_000 });
    const listed = await page.getByRole('button', { name: /^Download / }).allInnerTexts();
    await context.close();

    expect(listed).toEqual(['Download draft-text.pdf', 'Download annex-a.pdf']);
  });

  it('are filed by the office on the agreement’s page: the signed copy, after a wrong file is refused in the page', async () => {
    // Prepare
    const { context, page, errors } = await openSignedIn(browser, h, iro, `/office/agreements?id=${encodeURIComponent(id)}`, { locale: 'en-US' });
    const upload = page.locator('#document-form');
    await upload.waitFor({ state: 'visible', timeout: 15_000 });
    let declared = 0;
    page.on('request', (r) => r.method() === 'POST' && /\/documents$/.test(r.url()) && declared++);

    // Act: a text file named .pdf, then the real signed copy.
    await page.getByLabel('Kind of document').selectOption('signed');
    await upload.locator('input[type=file]').setInputFiles({ name: 'signed.pdf', mimeType: 'application/pdf', buffer: Buffer.from('not a pdf at all') });
    await upload.getByRole('button', { name: 'Upload' }).click();
    await upload.locator('.field-error').waitFor({ state: 'visible', timeout: 10_000 });
    const refused = await upload.locator('.field-error').innerText();
    const declaredAfterRefusal = declared;
    await upload.locator('input[type=file]').setInputFiles(pdf('signed-copy'));
    await upload.getByRole('button', { name: 'Upload' }).click();
    await expect.poll(() => upload.locator('.message').innerText(), { timeout: 30_000 }).toContain('is filed with');
    const filed = await upload.locator('.message').innerText();
    const listed = await page.locator('#documents > li').allInnerTexts();
    const quality = await checkPage(page, 'memorandum-documents-office');
    await context.close();

    // Assess
    expect(refused).toContain('signed.pdf is not really a PDF file');
    expect(declaredAfterRefusal).toBe(0);
    expect(filed).toBe(`signed-copy.pdf is filed with ${reference} as: Signed copy.`);
    expect(listed).toHaveLength(3);
    expect(listed[2]).toContain('Download signed-copy.pdf');
    expect(listed[2]).toContain('Signed copy');
    expect((await documentsOf(id)).map((d) => d.kind)).toEqual(['draft', 'annex', 'signed']);
    expect(quality).toEqual(PASSES);
    expect(errors).toEqual([]);
  });
});
