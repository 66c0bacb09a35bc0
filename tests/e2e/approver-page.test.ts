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
import { pdfBytes, uploadPdf } from '../support/documents';

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
    await expect.poll(() => page.locator('#message').innerText(), { timeout: 10_000 }).toContain('Recorded on');
    // An approval that moves the item on says so once, in its own sentence.
    expect(await page.locator('#message').innerText()).toContain('It has moved to the next step.');
    const quality = await checkPage(page, 'approver-decided');
    await page.close();
    expect(quality).toEqual(PASSES);
  });

  it('names the item in the page’s language, and again in another when the language is switched', async () => {
    const { token } = await submitAndLink();
    const page = await browser.newPage();
    // The head of department reads Uzbek: the email's link opens the page in Uzbek.
    await page.goto(`${h.url}/act#t=${token}&l=uz`);
    await expect.poll(() => page.locator('h1').innerText(), { timeout: 10_000 }).toContain('O‘sh davlat universiteti, 2027/2028');
    await page.locator('#language').selectOption('ru');
    await expect.poll(() => page.locator('h1').innerText()).toContain('Ошский государственный университет, 2027/2028');
    expect(await page.locator('#content').innerText()).toContain('Ошский государственный университет');
    await page.locator('#language').selectOption('en');
    await expect.poll(() => page.locator('h1').innerText()).toContain('Osh State University, 2027/2028');
    await page.close();
  });

  it('lists the documents attached to the item and downloads one with the link', async () => {
    const res = await h.post('/api/nominations', nominationBody(), { cookie: faculty });
    const n = (await res.json()) as { id: string; reference: string };
    await uploadPdf(h, faculty, `/api/nominations/${n.id}`, { kind: 'transcript', fileName: 'transcript-2026.pdf', bytes: pdfBytes('t') });
    const email = await h.waitForEmail((e) => to('head.physics@uni.example')(e) && e.subject.includes(n.reference) && /\/act#t=/.test(e.body.text ?? ''), 'the action email');
    const token = tokenFrom(email, 'act');
    const page = await browser.newPage();
    const asked: string[] = [];
    page.on('request', (r) => r.url().includes('/api/actions/document') && asked.push(`${r.url()} ${r.postData() ?? ''}`));
    await page.goto(`${h.url}/act#t=${token}&l=en`);
    const list = page.locator('#documents');
    await expect.poll(() => list.innerText(), { timeout: 10_000 }).toContain('transcript-2026.pdf');
    expect(await list.innerText()).toContain('Transcript, 1 KB');
    const quality = await checkPage(page, 'approver-documents');
    const download = page.waitForEvent('download');
    await list.getByRole('button', { name: 'Download transcript-2026.pdf' }).click();
    expect((await download).suggestedFilename()).toBe('transcript-2026.pdf');
    await page.close();
    expect(quality).toEqual(PASSES);
    // The token went in the body, never in the address.
    expect(asked).toHaveLength(1);
    expect(asked[0]!.split(' ')[0]).not.toContain(token);
    expect(asked[0]).toContain(token);
  });

  it('after a rejection shows the new status and the history with it, words it once, and no longer says who is deciding', async () => {
    const { n, token } = await submitAndLink();
    const page = await browser.newPage();
    await page.goto(`${h.url}/act#t=${token}&l=en`);
    await expect.poll(() => page.locator('#approver').innerText(), { timeout: 10_000 }).toContain('You are deciding as');
    expect(await page.locator('#meta').innerText()).toContain('In review');
    await page.locator('input[type=radio][value=reject]').check();
    await page.locator('#comment').fill('Not this year.');
    await page.locator('#decide-button').click();
    await expect.poll(() => page.locator('#message').innerText(), { timeout: 10_000 }).toMatch(/^Rejected\. Recorded on .+\. You can close this page\.$/);
    expect(await page.locator('#message').innerText()).not.toMatch(/rejected/);
    await expect.poll(() => page.locator('#meta').innerText()).toContain('Rejected');
    expect(await page.locator('#meta').innerText()).not.toContain('In review');
    await expect.poll(() => page.locator('#history').innerText()).toContain('Bobur Karimov: Rejected');
    expect(await page.locator('#history').innerText()).not.toContain('— rejected');
    expect(await page.locator('#approver').isVisible()).toBe(false);
    const quality = await checkPage(page, 'approver-rejected');
    // Opened again from the email, the used link shows the same, and still no "deciding as". (A
    // reload would not do: the token left the address bar when the page first read it.)
    await page.goto('about:blank');
    await page.goto(`${h.url}/act#t=${token}&l=en`);
    await expect.poll(() => page.locator('#message').innerText(), { timeout: 10_000 }).toContain('Already decided: Rejected by you on');
    expect(await page.locator('#approver').isVisible()).toBe(false);
    expect(await page.locator('#meta').innerText()).toContain('Rejected');
    await page.close();
    expect(quality).toEqual(PASSES);
    expect((await getSubmission(h.deps.db, 'nomination', n.id))?.status).toBe('rejected');
  });

  it('says the approver no longer holds the role, and whom the item waits on, when it was taken away while the page was open', async () => {
    // Prepare: the page open with the head's choices; then the administrator gives the role to someone else.
    const { n, token } = await submitAndLink();
    const page = await browser.newPage();
    await page.goto(`${h.url}/act#t=${token}&l=en`);
    await expect.poll(() => page.locator('#approver').innerText(), { timeout: 10_000 }).toContain('You are deciding as');
    const admin = await h.signIn('admin@uni.example');
    const people = (await (await h.get('/api/people', { cookie: admin })).json()) as { email: string; name: string; version: number; roles: unknown[]; language: string; faculty?: string; department?: string }[];
    const head = people.find((p) => p.email === 'head.physics@uni.example')!;
    const put = (body: unknown) => h.fetchPut('/api/people/head.physics%40uni.example', body, admin);
    const { email: _e, ...form } = head;
    const scope = { type: 'department', faculty: 'physics', department: 'general-physics' };
    const added = await h.post('/api/people', { email: 'deputy.physics@uni.example', name: 'Laylo Saidova', roles: [{ role: 'head_of_department', scope }] }, { cookie: admin });
    expect(added.status).toBe(201);
    expect((await put({ ...form, roles: [] })).status).toBe(200);
    await h.settle();

    // Act
    await page.locator('input[type=radio][value=approve]').check();
    await page.locator('#decide-button').click();

    // Assess
    await expect.poll(() => page.locator('#message').innerText(), { timeout: 10_000 }).toContain('You no longer hold the role this step needs (Head of department)');
    expect(await page.locator('#message').innerText()).toContain('The item now waits on Laylo Saidova.');
    expect(await page.locator('#decision-section').isVisible()).toBe(false);
    // Opened again from the email (a reload finds no token: it left the address bar on load).
    await page.goto('about:blank');
    await page.goto(`${h.url}/act#t=${token}&l=en`);
    await expect.poll(() => page.locator('h1').innerText(), { timeout: 10_000 }).toBe('You no longer decide this step');
    const quality = await checkPage(page, 'approver-changed');
    await page.close();
    expect(quality).toEqual(PASSES);
    expect((await getSubmission(h.deps.db, 'nomination', n.id))?.review?.stepIndex).toBe(0);
    // The role back, for whatever runs after.
    expect((await put({ ...form, version: head.version + 1 })).status).toBe(200);
  });
});
