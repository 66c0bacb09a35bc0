/**
 * The submitter's pages in a real browser (Debian Chromium via playwright-core): the item page
 * an email links to shows the approver's comment and leads to the edit form, which resubmits;
 * and the item page withdraws on a press of its button. Each page passes axe-core (no serious or
 * critical violation) and fits a 360 px phone.
 */
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nominationBody, startHarness, to, tokenFrom, type Harness } from '../support/harness';
import { launchChromium, signedInContext } from '../support/browser';
import { checkPage, PASSES } from '../support/pages';

let h: Harness;
let browser: Browser;
let faculty: string;

type NominationView = {
  id: string;
  reference: string;
  status: string;
  review?: { round: number; lastTransition: { comment?: string } };
  content: { motivation: string };
};

beforeAll(async () => {
  h = await startHarness('e2e-submitter');
  faculty = await h.signIn('faculty@uni.example');
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await h?.stop();
});

/** A browser context signed in as the faculty member, with the session cookie the API issued. */
async function facultyContext(viewport?: { width: number; height: number }): Promise<{ context: BrowserContext; scriptErrors: string[] }> {
  const context = await signedInContext(browser, h.url, faculty, viewport ? { viewport } : {});
  const scriptErrors: string[] = [];
  context.on('weberror', (e) => scriptErrors.push(String(e.error())));
  return { context, scriptErrors };
}

async function submitNomination() {
  const res = await h.post('/api/nominations', nominationBody(), { cookie: faculty });
  expect(res.status).toBe(201);
  return (await res.json()) as NominationView;
}

async function read(id: string): Promise<NominationView> {
  const res = await h.get(`/api/nominations/${id}`, { cookie: faculty });
  expect(res.status).toBe(200);
  return (await res.json()) as NominationView;
}

/** Head of physics opens the link from the email and sends the nomination back with a comment. */
async function requestChanges(n: NominationView, comment: string) {
  const email = await h.waitForEmail(
    (e) => to('head.physics@uni.example')(e) && e.subject.includes(n.reference) && /\/act#t=/.test(e.body.text ?? ''),
    'the action email to head.physics',
  );
  const token = tokenFrom(email, 'act');
  const preview = await h.post('/api/actions/preview', { token });
  expect(preview.status).toBe(200);
  const { snapshotHash } = (await preview.json()) as { snapshotHash: string };
  const decided = await h.post('/api/actions/decide', { token, decision: 'request_changes', comment, snapshotHash });
  expect(decided.status).toBe(200);
}

describe('the submitter pages', () => {
  it('show the approver’s comment and resubmit the edited nomination as a new round', async () => {
    // Prepare
    const n = await submitNomination();
    await requestChanges(n, 'Add the department');
    expect((await read(n.id)).status).toBe('changes_requested');
    const { context, scriptErrors } = await facultyContext({ width: 390, height: 844 }); // a phone: the link usually comes from an email
    const page = await context.newPage();
    const motivation = 'Semester in condensed-matter physics at the partner laboratory, Department of General Physics.';

    // Act
    await page.goto(`${h.url}/nominations/${n.id}`);
    await expect.poll(() => page.locator('body').innerText(), { timeout: 10_000 }).toContain('Add the department');
    const itemPage = await checkPage(page, 'item-changes-requested');
    await page.getByRole('link', { name: 'Edit and resubmit' }).click();
    await page.waitForURL(`${h.url}/nominations/${n.id}/edit`);
    const field = page.locator('textarea[name=motivation]');
    await expect.poll(() => field.inputValue(), { timeout: 10_000 }).toBe(nominationBody().motivation);
    await expect.poll(() => page.locator('body').innerText()).toContain('Add the department');
    const editPage = await checkPage(page, 'edit');
    await field.fill(motivation);
    await page.getByRole('button', { name: /resubmit/i }).click();
    await page.waitForURL(`${h.url}/nominations/${n.id}`, { timeout: 10_000 });
    await context.close();

    // Assess
    const after = await read(n.id);
    expect(after.status).toBe('in_review');
    expect(after.review?.round).toBe(2);
    expect(after.content.motivation).toBe(motivation);
    expect(after.content).toEqual({ ...nominationBody(), motivation });
    expect(scriptErrors).toEqual([]);
    expect(itemPage).toEqual(PASSES);
    expect(editPage).toEqual(PASSES);
  });

  it('shows the item’s reference and withdraws it when the submitter presses Withdraw', async () => {
    // Prepare
    const n = await submitNomination();
    const { context, scriptErrors } = await facultyContext();
    const page = await context.newPage();

    // Act
    await page.goto(`${h.url}/nominations/${n.id}`);
    await expect.poll(() => page.locator('h1').innerText(), { timeout: 10_000 }).toContain(n.reference);
    const itemPage = await checkPage(page, 'item');
    await page.getByLabel(/Reason/).fill('The student chose another programme.');
    await page.getByRole('button', { name: 'Withdraw', exact: true }).click();
    await expect.poll(() => page.locator('#item-meta').innerText(), { timeout: 10_000 }).toContain('Withdrawn');
    const withdrawVisible = await page.getByRole('button', { name: 'Withdraw', exact: true }).isVisible();
    const withdrawnPage = await checkPage(page, 'item-withdrawn');
    await context.close();

    // Assess
    const after = await read(n.id);
    expect(after.status).toBe('withdrawn');
    expect(withdrawVisible).toBe(false);
    expect(scriptErrors).toEqual([]);
    expect(itemPage).toEqual(PASSES);
    expect(withdrawnPage).toEqual(PASSES);
  });
});
