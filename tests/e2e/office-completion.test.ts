/**
 * The completed mobility, recorded on the office console's nominations page in a real browser
 * (Debian Chromium via playwright-core). A nomination approved through its chain and accepted by
 * the partner has a certificate of attendance and a transcript uploaded through the API. On the
 * page, the completion form offers the certificate (chosen) and the other documents; empty dates,
 * an end before the start, an end still to come (with a start to come too, both refused at once), the transcript in place of the certificate and a text file to upload
 * are each refused with their message on their own field, and nothing changes; then a scan of the
 * certificate uploaded through the form is chosen, and with the actual dates completes the
 * nomination, which the API and its history show. Each page state passes axe-core (no serious or
 * critical violation) and fits a 360 px phone.
 */
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDaysToDate } from '../../shared/workflow/agreement-life';
import { launchChromium } from '../support/browser';
import { approveSteps } from '../support/chains';
import { pdfBytes, uploadPdf } from '../support/documents';
import { nominationBody, startHarness, type Harness } from '../support/harness';
import { checkPage, PASSES } from '../support/pages';
import { openSignedIn } from '../support/signed-in';

const WAIT = { timeout: 15_000 };
const today = () => new Date().toISOString().slice(0, 10);
/** The mobility took place: from 120 days ago to 10 days ago. */
const STARTED = addDaysToDate(today(), -120);
const ENDED = addDaysToDate(today(), -10);

type Nomination = { id: string; reference: string; status: string; completion?: Record<string, unknown>; history: Record<string, any>[] };

let h: Harness;
let browser: Browser;
let office: string;
let nomination: { id: string; reference: string };
let certificate: { id: string };
let transcript: { id: string };

/** Declares, uploads and confirms a document of the nomination, as the office. */
const upload = (kind: string, fileName: string) => uploadPdf(h, office, `/api/nominations/${nomination.id}`, { kind, fileName, bytes: pdfBytes(fileName) });

beforeAll(async () => {
  h = await startHarness('e2e-office-completion');
  office = await h.signIn('iro@uni.example');
  const faculty = await h.signIn('faculty@uni.example');
  browser = await launchChromium();
  // Approved through its chain, accepted by the partner, with its certificate and a transcript filed.
  const res = await h.post('/api/nominations', nominationBody(), { cookie: faculty });
  expect(res.status).toBe(201);
  nomination = (await res.json()) as { id: string; reference: string };
  expect((await approveSteps(h, 'nomination', nomination.id)).status).toBe('approved');
  const accepted = await h.post(`/api/nominations/${nomination.id}/partner-response`, { accepted: true }, { cookie: office });
  expect(accepted.status).toBe(200);
  transcript = await upload('transcript', 'Transcript of records.pdf');
  certificate = await upload('certificate', 'Certificate of attendance.pdf');
});
afterAll(async () => {
  await browser?.close();
  await h?.stop();
});

const open = (path: string) => openSignedIn(browser, h, office, path, { locale: 'en-US' });

async function read(): Promise<Nomination> {
  const res = await h.get(`/api/nominations/${nomination.id}`, { cookie: office });
  expect(res.status).toBe(200);
  return (await res.json()) as Nomination;
}

async function documentsOf(): Promise<{ id: string; kind: string; fileName: string; status: string; uploadedBy: { email: string } }[]> {
  const res = await h.get(`/api/nominations/${nomination.id}/documents`, { cookie: office });
  expect(res.status).toBe(200);
  return (await res.json()) as { id: string; kind: string; fileName: string; status: string; uploadedBy: { email: string } }[];
}

/** Opens the completion form of the nomination and waits for its documents to be listed. */
async function completionForm(page: Page): Promise<Locator> {
  await page.getByRole('button', { name: `Record completion of ${nomination.reference}` }).click({ timeout: 15_000 });
  const form = page.locator('#completion-form');
  await expect.poll(() => form.getByLabel(/Certificate of attendance/).isEnabled(), WAIT).toBe(true);
  return form;
}

/** The error under the field a label names. */
const errorOf = (form: Locator, label: string | RegExp) => form.getByLabel(label).locator('xpath=..').locator('.field-error');

describe('recording a completed mobility on the nominations page', () => {
  it('refuses empty dates, an end before the start, a document that is not a certificate and a file that is no document, each on its field', async () => {
    // Prepare
    const { context, page, errors } = await open('/office/nominations?status=accepted_by_partner');

    // Act: the form, with the nomination's documents to choose from.
    const form = await completionForm(page);
    const focused = await page.evaluate(() => document.activeElement?.id);
    const chosen = await form.getByLabel(/Certificate of attendance/).inputValue();
    const choices = await form.locator('#certificate option').allInnerTexts();
    const groups = await form.locator('#certificate optgroup').evaluateAll((gs) => gs.map((g) => (g as HTMLOptGroupElement).label));
    const offered = await checkPage(page, 'office-completion-form');

    // Empty dates.
    await form.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => form.locator('.field-error').count(), WAIT).toBe(2);
    const empty = [await errorOf(form, 'Actual start date').innerText(), await errorOf(form, 'Actual end date').innerText()];

    // The end before the start.
    await form.getByLabel('Actual start date').fill(ENDED);
    await form.getByLabel('Actual end date').fill(STARTED);
    await form.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => errorOf(form, 'Actual end date').count(), WAIT).toBe(1);
    await expect.poll(() => form.locator('.field-error').count(), WAIT).toBe(1);
    const endBeforeStart = await errorOf(form, 'Actual end date').innerText();
    const endInvalid = await form.getByLabel('Actual end date').getAttribute('aria-invalid');
    const endFocused = await page.evaluate(() => document.activeElement?.id);
    const datesRefused = await checkPage(page, 'office-completion-dates-refused');

    // An end still to come; then a start to come with an end before it: every date's error at once.
    await form.getByLabel('Actual start date').fill(STARTED);
    await form.getByLabel('Actual end date').fill(addDaysToDate(today(), 30));
    await form.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => errorOf(form, 'Actual end date').innerText(), WAIT).toBe('A mobility that has not ended yet cannot be completed');
    const endAhead = await form.locator('.field-error').allInnerTexts();
    await form.getByLabel('Actual start date').fill(addDaysToDate(today(), 30));
    await form.getByLabel('Actual end date').fill(addDaysToDate(today(), 20));
    await form.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => form.locator('.field-error').count(), WAIT).toBe(2);
    const bothWrong = [await errorOf(form, 'Actual start date').innerText(), await errorOf(form, 'Actual end date').innerText()];

    // The transcript in place of the certificate.
    await form.getByLabel('Actual start date').fill(STARTED);
    await form.getByLabel('Actual end date').fill(ENDED);
    await form.getByLabel(/Certificate of attendance/).selectOption(transcript.id);
    await form.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => errorOf(form, /Certificate of attendance/).count(), WAIT).toBe(1);
    await expect.poll(() => form.locator('.field-error').count(), WAIT).toBe(1);
    const notCertificate = await errorOf(form, /Certificate of attendance/).innerText();
    const certificateInvalid = await form.getByLabel(/Certificate of attendance/).getAttribute('aria-invalid');
    const message = await form.locator('.message').innerText();
    const certificateRefused = await checkPage(page, 'office-completion-certificate-refused');

    // A file that is not a document the office may file.
    await form.getByLabel(/Or upload the certificate/).setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('not a certificate') });
    await expect.poll(() => errorOf(form, /Or upload the certificate/).count(), WAIT).toBe(1);
    const badFile = await errorOf(form, /Or upload the certificate/).innerText();

    // The choices follow the language, the one made kept.
    await page.getByLabel('Language', { exact: true }).selectOption('ru');
    await expect.poll(() => form.locator('#certificate option').first().innerText()).toBe('Без сертификата');
    const russian = await form.locator('#certificate option').allInnerTexts();
    const keptInRussian = await form.locator('#certificate').inputValue();
    // Back to English: the choice is kept in the office member's profile, for the next test's window.
    const saved = page.waitForResponse((r) => r.url().endsWith('/api/me/language') && r.request().method() === 'PUT', WAIT);
    await page.getByLabel('Язык', { exact: true }).selectOption('en');
    expect((await saved).status()).toBe(200);
    // The Russian choice's save may still land after the English one on a busy machine: wait until
    // the profile says English, or the next test's window opens in Russian.
    const language = async () => ((await (await h.get('/api/me', { cookie: office })).json()) as { language?: string }).language;
    await expect.poll(language, WAIT).toBe('en');
    await context.close();
    const stored = await read();

    // Assess
    expect(focused).toBe('completion-heading');
    expect(chosen).toBe(certificate.id);
    expect(choices).toEqual(['No certificate', 'Certificate of attendance.pdf (Certificate of attendance)', 'Transcript of records.pdf (Transcript)']);
    expect(groups).toEqual(['Certificates', 'Other documents']);
    expect(empty).toEqual(['Fill this in', 'Fill this in']);
    expect(endBeforeStart).toBe('The mobility cannot end before it starts');
    expect(endInvalid).toBe('true');
    expect(endFocused).toBe('actualEndDate');
    expect(endAhead).toEqual(['A mobility that has not ended yet cannot be completed']);
    expect(bothWrong).toEqual(['A mobility that has not started yet cannot be completed', 'The mobility cannot end before it starts']);
    expect(notCertificate).toBe('This is not a certificate of this nomination: upload the partner’s certificate to it as a certificate of attendance first');
    expect(certificateInvalid).toBe('true');
    expect(message).toContain('Please check the marked fields.');
    expect(badFile).toBe('Only PDF, DOCX, JPEG or PNG files can be attached');
    expect(russian).toEqual(['Без сертификата', 'Certificate of attendance.pdf (Сертификат о прохождении)', 'Transcript of records.pdf (Академическая справка)']);
    expect(keptInRussian).toBe(transcript.id);
    expect(stored.status).toBe('accepted_by_partner');
    expect(stored.completion).toBeUndefined();
    expect(await documentsOf()).toHaveLength(2);
    expect(errors).toEqual([]);
    expect(offered).toEqual(PASSES);
    expect(datesRefused).toEqual(PASSES);
    expect(certificateRefused).toEqual(PASSES);
  });

  it('completes the nomination with its actual dates and a certificate uploaded through the form, as the API and its history show', async () => {
    // Prepare
    const { context, page, errors } = await open('/office/nominations?status=accepted_by_partner');

    // Act
    const form = await completionForm(page);
    await form.getByLabel(/Or upload the certificate/).setInputFiles({ name: 'Certificate (signed scan).pdf', mimeType: 'application/pdf', buffer: Buffer.from(pdfBytes('signed scan')) });
    await expect.poll(() => form.locator('.message').innerText(), WAIT).toContain('is filed with');
    const uploaded = await form.locator('.message').innerText();
    const choices = await form.locator('#certificate option').allInnerTexts();
    const uploadedPage = await checkPage(page, 'office-completion-uploaded');
    await form.getByLabel('Actual start date').fill(STARTED);
    await form.getByLabel('Actual end date').fill(ENDED);
    const chosen = await form.getByLabel(/Certificate of attendance/).inputValue();
    await form.getByLabel('Actual end date').focus();
    await page.keyboard.press('Enter'); // Save, by keyboard
    await expect.poll(() => page.locator('#message').innerText(), WAIT).toContain(nomination.reference);
    const said = await page.locator('#message').innerText();
    const focusedAfter = await page.evaluate(() => document.activeElement?.id);
    const formHidden = await form.isHidden();
    await page.getByLabel('Status').selectOption('completed');
    await expect.poll(() => page.locator('#registry-body tr', { hasText: nomination.reference }).count(), WAIT).toBe(1);
    const row = await page.locator('#registry-body tr', { hasText: nomination.reference }).innerText();
    const completedPage = await checkPage(page, 'office-completion-done');
    await context.close();
    const stored = await read();
    const event = stored.history.find((e) => e.type === 'completed');
    const scan = (await documentsOf()).find((d) => d.fileName === 'Certificate (signed scan).pdf');

    // Assess
    expect(uploaded).toBe(`Certificate (signed scan).pdf is filed with ${nomination.reference} as its certificate of attendance, and chosen.`);
    expect(choices).toEqual([
      'No certificate',
      'Certificate of attendance.pdf (Certificate of attendance)',
      'Certificate (signed scan).pdf (Certificate of attendance)',
      'Transcript of records.pdf (Transcript)',
    ]);
    expect(scan).toMatchObject({ kind: 'certificate', status: 'uploaded', uploadedBy: { email: 'iro@uni.example' } });
    expect(chosen).toBe(scan!.id);
    expect(said).toBe(`${nomination.reference} is now: Completed.`);
    expect(formHidden).toBe(true);
    // Saved by keyboard, the focus is on the page's heading above the message, not lost to the page's start.
    expect(focusedAfter).toBe('title');
    expect(row).toContain('Completed');
    expect(row).toMatch(/From .+ to .+/);
    expect(stored.status).toBe('completed');
    expect(stored.completion).toMatchObject({ actualStartDate: STARTED, actualEndDate: ENDED, certificateDocumentId: scan!.id, by: { email: 'iro@uni.example' } });
    expect(event).toMatchObject({ actualStartDate: STARTED, actualEndDate: ENDED, actor: { email: 'iro@uni.example' } });
    expect(stored.history.at(-1)!.type).toBe('completed');
    expect(errors).toEqual([]);
    expect(uploadedPage).toEqual(PASSES);
    expect(completedPage).toEqual(PASSES);
  });
});
