/**
 * A nomination's attachments in a real browser (Debian Chromium via playwright-core), for a
 * faculty member signed in through the link in their mailbox: files picked with a kind each are
 * uploaded straight to the local S3 (s3rver behind its signature check) once the nomination
 * exists, with the progress in words, and show on the nomination's page for download; a file of
 * the wrong type or over 20 MB is refused in the browser before anything is sent (in Uzbek); an
 * upload that fails is named and tried again without sending the nomination again.
 */
import type { Browser, Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AttachedDocument } from '../../shared/schemas/document';
import type { NominationInput } from '../../shared/schemas/nomination';
import { launchChromium } from '../support/browser';
import { nominationBody, startHarness, to, tokenFrom, type Harness } from '../support/harness';
import { checkPage, PASSES } from '../support/pages';
import { signInThroughMailbox, type SignedIn } from '../support/signed-in';

let h: Harness;
let browser: Browser;
let faculty: SignedIn;

beforeAll(async () => {
  h = await startHarness('e2e-nomination-attachments');
  browser = await launchChromium();
  faculty = await signInThroughMailbox(browser, h, 'faculty@uni.example');
});
afterAll(async () => {
  await faculty?.close();
  await browser?.close();
  await h?.stop();
});

/** A small PDF that readers open: one empty page, its cross-reference table at the offsets it names. */
function pdfBytes(): Buffer {
  const objects = ['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [3 0 R] /Count 1 >>', '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>'];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

/** A 1×1 PNG. */
const pngBytes = () => Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');

type Sent = { nominations: Request[]; documents: Request[]; storage: Request[] };

/** The home page in a new tab of the signed-in window, with the form's choices filled, and what it sends. */
async function home(): Promise<{ page: Page; sent: Sent; errors: string[] }> {
  const { page, errors } = await faculty.open('/');
  const sent: Sent = { nominations: [], documents: [], storage: [] };
  page.on('request', (r) => {
    if (r.method() === 'POST' && r.url().endsWith('/api/nominations')) sent.nominations.push(r);
    if (r.url().includes('/documents')) sent.documents.push(r);
    if (r.url().startsWith(h.config.s3Endpoint!)) sent.storage.push(r);
  });
  await page.locator('#nomination-form[data-ready]').waitFor({ state: 'attached', timeout: 15_000 });
  return { page, sent, errors };
}

async function fillNomination(page: Page, name: string): Promise<void> {
  const n = nominationBody() as NominationInput;
  await page.locator('#n-name').fill(name);
  await page.locator('#n-email').fill(n.nominee.email);
  await page.locator('#n-year').fill(n.academicYear);
  await page.locator('#n-lang').fill(n.language.code);
  await page.locator('#n-motivation').fill(n.motivation!);
  await page.locator('#n-faculty').selectOption(n.nominee.faculty);
  await page.locator('#n-department').selectOption(n.nominee.department);
  await page.locator('#n-partner').selectOption(n.partnerId);
  await page.locator('#n-agreement').selectOption(n.agreementId);
}

/** "Add a file" by keyboard, then the new row's file and kind (the file field has the focus). */
async function attach(page: Page, n: number, file: { name: string; mimeType: string; buffer: Buffer }, kind?: string): Promise<void> {
  await page.locator('#nomination-form .add-file').focus();
  await page.keyboard.press('Enter');
  const row = page.locator('#nomination-form .attachment-rows > li').nth(n - 1);
  await row.locator('input[type=file]').waitFor({ state: 'visible', timeout: 15_000 });
  expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type)).toBe('file');
  // A 25 MB file crosses to the browser as base64: slow on a busy machine.
  await row.locator('input[type=file]').setInputFiles(file, { timeout: 90_000 });
  if (kind) await row.locator('select').selectOption(kind);
}

const fileError = (page: Page, n: number) => page.locator('#nomination-form .attachment-rows > li').nth(n - 1).locator('.field-error').innerText();
const uploads = (page: Page) => page.locator('#nomination-form > .message').nth(1);

async function documentsOf(id: string): Promise<AttachedDocument[]> {
  const res = await h.get(`/api/nominations/${encodeURIComponent(id)}/documents`, { cookie: faculty.cookie });
  expect(res.status).toBe(200);
  return (await res.json()) as AttachedDocument[];
}

describe('a nomination’s attachments', () => {
  it('uploads two files after the nomination is submitted, one by one, and lists them on its page for download', async () => {
    // Prepare
    const { page, sent, errors } = await home();
    const pdf = pdfBytes();

    // Act
    await fillNomination(page, 'Nodira Attachments');
    await attach(page, 1, { name: 'transcript.pdf', mimeType: 'application/pdf', buffer: pdf }, 'transcript');
    await attach(page, 2, { name: 'certificate.png', mimeType: 'image/png', buffer: pngBytes() }, 'language_certificate');
    const labels = await page.locator('#nomination-form .attachment-rows label').allInnerTexts();
    const chosen = await checkPage(page, 'nomination-attachments-chosen');
    // Every sentence the upload's live region says, as a screen reader would hear them one by one.
    await page.evaluate(() => {
      const said: string[] = ((window as unknown as { said: string[] }).said = []);
      new MutationObserver(() => {
        const text = document.querySelectorAll<HTMLElement>('#nomination-form > .message')[1]?.innerText;
        if (text && said.at(-1) !== text) said.push(text);
      }).observe(document.querySelector('#nomination-form')!, { subtree: true, childList: true, characterData: true });
    });
    await page.locator('#nomination-form button[type=submit]').click();
    await expect.poll(() => uploads(page).innerText(), { timeout: 60_000 }).toMatch(/^Attached to NOM-/);
    const said = await uploads(page).innerText();
    const progress = await page.evaluate(() => (window as unknown as { said: string[] }).said);
    const done = await checkPage(page, 'nomination-attachments-done');
    const href = (await page.locator('#nomination-form > .message a').first().getAttribute('href'))!;
    const id = decodeURIComponent(href.split('/').at(-1)!);
    const stored = await documentsOf(id);
    const rowsLeft = await page.locator('#nomination-form .attachment-rows > li').count();

    const item = await faculty.open(href);
    await item.page.getByRole('button', { name: 'Download transcript.pdf' }).waitFor({ state: 'visible', timeout: 15_000 });
    const listed = await item.page.locator('#item-documents > li').allInnerTexts();
    const itemQuality = await checkPage(item.page, 'nomination-attachments-item');
    const [download] = await Promise.all([item.page.waitForEvent('download', { timeout: 15_000 }), item.page.getByRole('button', { name: 'Download transcript.pdf' }).click()]);
    const downloaded = await new Promise<Buffer>((ok, fail) => {
      const chunks: Buffer[] = [];
      download.createReadStream().then((s) => s.on('data', (c: Buffer) => chunks.push(c)).on('end', () => ok(Buffer.concat(chunks))).on('error', fail), fail);
    });

    // Assess
    expect(labels).toEqual(['File 1', 'Kind of file 1', 'File 2', 'Kind of file 2']);
    expect(progress.slice(0, 2)).toEqual(['Uploading 1 of 2: transcript.pdf…', 'Uploading 2 of 2: certificate.png…']);
    expect(said).toBe(`Attached to ${said.match(/NOM-\d{4}-\d{4}/)![0]}: transcript.pdf (Transcript) and certificate.png (Language certificate).`);
    expect(stored.map((d) => ({ kind: d.kind, fileName: d.fileName, contentType: d.contentType, size: d.size, status: d.status }))).toEqual([
      { kind: 'transcript', fileName: 'transcript.pdf', contentType: 'application/pdf', size: pdf.length, status: 'uploaded' },
      { kind: 'language_certificate', fileName: 'certificate.png', contentType: 'image/png', size: pngBytes().length, status: 'uploaded' },
    ]);
    expect(sent.nominations).toHaveLength(1);
    expect(sent.storage.filter((r) => r.method() === 'PUT')).toHaveLength(2);
    expect(rowsLeft).toBe(0);
    expect(listed).toHaveLength(2);
    expect(listed[0]).toMatch(/^Download transcript\.pdf\nTranscript, 1 KB, uploaded by Aziz Rakhimov on /);
    expect(download.suggestedFilename()).toBe('transcript.pdf');
    expect(downloaded.equals(pdf)).toBe(true);
    expect([chosen, done, itemQuality]).toEqual([PASSES, PASSES, PASSES]);
    expect([...errors, ...item.errors]).toEqual([]);
    await item.page.close();
    await page.close();
  });

  it('refuses a .exe and a 25 MB file on their fields before anything is sent, in Uzbek', async () => {
    // Prepare
    const { page, sent, errors } = await home();
    await page.locator('#language').selectOption('uz');
    const big = Buffer.alloc(25 * 1024 * 1024, 0x20);
    pdfBytes().copy(big);

    // Act
    await fillNomination(page, 'Jasur Refused');
    await attach(page, 1, { name: 'setup.exe', mimeType: 'application/x-msdownload', buffer: Buffer.from('MZ not a document') });
    await attach(page, 2, { name: 'scan.pdf', mimeType: 'application/pdf', buffer: big });
    const onPick = { exe: await fileError(page, 1), big: await fileError(page, 2) };
    await page.locator('#nomination-form button[type=submit]').click();
    await page.locator('#nomination-form .error-summary').waitFor({ state: 'visible', timeout: 10_000 });
    const summary = await page.locator('#nomination-form .error-summary li').allInnerTexts();
    const invalid = await page.locator('#nomination-form .attachment-rows input[type=file][aria-invalid=true]').count();
    const quality = await checkPage(page, 'nomination-attachments-refused-uz');
    await page.getByRole('button', { name: "1-faylni olib tashlash" }).click();
    const afterRemoving = { labels: await page.locator('#nomination-form .attachment-rows label').allInnerTexts(), focused: await page.evaluate(() => document.activeElement?.id) };

    // Assess
    expect(onPick).toEqual({ exe: "Faqat PDF, DOCX, JPEG yoki PNG fayllarni ilova qilish mumkin", big: "scan.pdf hajmi 25 MB; fayl ko'pi bilan 20 MB bo'lishi mumkin" });
    expect(summary).toEqual(["1-fayl: Faqat PDF, DOCX, JPEG yoki PNG fayllarni ilova qilish mumkin", "2-fayl: scan.pdf hajmi 25 MB; fayl ko'pi bilan 20 MB bo'lishi mumkin"]);
    expect(invalid).toBe(2);
    expect(afterRemoving.labels).toEqual(['1-fayl', '1-fayl turi']);
    expect(afterRemoving.focused).toMatch(/^n-file-\d+$/);
    expect(sent).toEqual({ nominations: [], documents: [], storage: [] });
    expect(quality).toEqual(PASSES);
    expect(errors).toEqual([]);
    await page.locator('#language').selectOption('en');
    await page.close();
  });

  it('names an upload that failed and tries it again without sending the nomination again', async () => {
    // Prepare
    const { page, sent, errors } = await home();
    let refused = 0;
    // The first PUT of the transcript to the document store fails as a dropped connection does.
    await page.route(`${h.config.s3Endpoint}/**`, (route) => {
      if (route.request().method() === 'PUT' && refused === 0) {
        refused++;
        return route.abort('connectionreset');
      }
      return route.continue();
    });

    // Act
    await fillNomination(page, 'Timur Retried');
    await attach(page, 1, { name: 'cv.pdf', mimeType: 'application/pdf', buffer: pdfBytes() }, 'cv');
    await attach(page, 2, { name: 'letter.pdf', mimeType: 'application/pdf', buffer: pdfBytes() }, 'motivation_letter');
    await page.locator('#nomination-form button[type=submit]').click();
    const retry = page.getByRole('button', { name: 'Try cv.pdf again' });
    await retry.waitFor({ state: 'visible', timeout: 60_000 });
    const failed = await uploads(page).innerText();
    const quality = await checkPage(page, 'nomination-attachments-failed');
    const href = (await page.locator('#nomination-form > .message a').first().getAttribute('href'))!;
    const id = decodeURIComponent(href.split('/').at(-1)!);
    const before = (await documentsOf(id)).map((d) => d.fileName);
    await retry.click();
    await expect.poll(() => uploads(page).innerText(), { timeout: 60_000 }).toMatch(/^Attached to NOM-.*cv\.pdf.*\.$/);
    const after = await documentsOf(id);

    // Assess
    expect(failed).toMatch(/^Attached to NOM-\d{4}-\d{4}: letter\.pdf \(Motivation letter\)\.\n+cv\.pdf was not attached \(the server could not be reached\)\. Try cv\.pdf again$/);
    expect(before).toEqual(['letter.pdf']);
    expect(after.map((d) => [d.fileName, d.kind, d.status])).toEqual([
      ['letter.pdf', 'motivation_letter', 'uploaded'],
      ['cv.pdf', 'cv', 'uploaded'],
    ]);
    expect(await uploads(page).innerText()).toMatch(/^Attached to NOM-\d{4}-\d{4}: cv\.pdf \(CV\) and letter\.pdf \(Motivation letter\)\.$/);
    expect(sent.nominations).toHaveLength(1);
    expect(quality).toEqual(PASSES);
    expect(errors.filter((e) => !/ERR_CONNECTION_RESET|Failed to fetch/.test(e))).toEqual([]);
    await page.close();
  });

  it('adds a file asked for when the nomination was sent back, from the edit form, on resubmitting', async () => {
    // Prepare: submitted, and sent back by the head of department asking for a transcript.
    const created = await h.post('/api/nominations', nominationBody({ motivation: 'Semester at the partner laboratory.' }), { cookie: faculty.cookie });
    expect(created.status).toBe(201);
    const n = (await created.json()) as { id: string; reference: string };
    const email = await h.waitForEmail((e) => to('head.physics@uni.example')(e) && e.subject.includes(n.reference) && /\/act#t=/.test(e.body.text ?? ''), 'the action email');
    const token = tokenFrom(email, 'act');
    const { snapshotHash } = (await (await h.post('/api/actions/preview', { token })).json()) as { snapshotHash: string };
    expect((await h.post('/api/actions/decide', { token, decision: 'request_changes', comment: 'Attach the transcript', snapshotHash })).status).toBe(200);
    const { page, errors } = await faculty.open(`/nominations/${n.id}/edit`);
    await page.locator('#edit-slot #nomination-form').waitFor({ state: 'visible', timeout: 15_000 });
    const pdf = pdfBytes();

    // Act
    await attach(page, 1, { name: 'transcript.pdf', mimeType: 'application/pdf', buffer: pdf }, 'transcript');
    const quality = await checkPage(page, 'nomination-attachments-edit');
    await page.locator('#nomination-form button[type=submit]').click();
    await page.waitForURL(`${h.url}/nominations/${n.id}`, { timeout: 60_000 });
    await page.getByRole('button', { name: 'Download transcript.pdf' }).waitFor({ state: 'visible', timeout: 30_000 });
    const stored = await documentsOf(n.id);
    const item = (await (await h.get(`/api/nominations/${n.id}`, { cookie: faculty.cookie })).json()) as { status: string; review: { round: number } };

    // Assess
    expect(stored.map((d) => [d.fileName, d.kind, d.status, d.size])).toEqual([['transcript.pdf', 'transcript', 'uploaded', pdf.length]]);
    expect([item.status, item.review.round]).toEqual(['in_review', 2]);
    expect(quality).toEqual(PASSES);
    expect(errors).toEqual([]);
    await page.close();
  });
});
