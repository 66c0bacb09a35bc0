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
import { approveSteps } from '../support/chains';

let h: Harness;
let browser: Browser;
let faculty: string;
let offsetMs = 0;

type NominationView = {
  id: string;
  reference: string;
  status: string;
  review?: { round: number; lastTransition: { comment?: string } };
  content: { motivation: string };
};

beforeAll(async () => {
  // The server's clock can be moved on: a withdrawal hours after the approval, to tell their dates apart.
  h = await startHarness('e2e-submitter', {}, { deps: { clock: () => new Date(Date.now() + offsetMs) } });
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

  it('withdraws an approved nomination, saying its place goes back; the home timeline dates the withdrawal, not the approval; the chain’s cards hold their addresses at 360 px', async () => {
    // Prepare: approved at every step now; withdrawn two hours later.
    const n = await submitNomination();
    await approveSteps(h, 'nomination', n.id);
    expect((await read(n.id)).status).toBe('approved');
    const { context, scriptErrors } = await facultyContext({ width: 360, height: 780 });
    const page = await context.newPage();

    // Act
    await page.goto(`${h.url}/nominations/${n.id}`);
    await page.locator('#item').waitFor({ state: 'visible', timeout: 15_000 });
    // How far any text in a step's card runs past the card's right edge, in CSS pixels.
    const pastEdge = await page.evaluate(() =>
      Math.max(0, ...[...document.querySelectorAll('#item-chain > li')].flatMap((card) => {
        const right = card.getBoundingClientRect().right;
        return [...card.querySelectorAll('span, strong, div, p')].map((e) => e.getBoundingClientRect().right - right);
      })),
    );
    const offered = { visible: await page.locator('#withdraw-section').isVisible(), said: await page.locator('#withdraw-explained').innerText(), hint: await page.locator('#withdraw-form .hint').innerText() };
    const approvedPage = await checkPage(page, 'item-approved-360');
    offsetMs = 2 * 3_600_000;
    await page.getByLabel(/Reason/).fill('The student changed plans.');
    await page.getByRole('button', { name: 'Withdraw', exact: true }).click();
    await expect.poll(() => page.locator('#item-meta').innerText(), { timeout: 10_000 }).toContain('Withdrawn');
    offsetMs = 0;
    await page.goto(`${h.url}/`);
    const steps = page.getByRole('list', { name: `Progress of ${n.reference}` }).locator(':scope > li');
    await expect.poll(() => steps.count(), { timeout: 15_000 }).toBeGreaterThan(4);
    const timeline = await steps.allInnerTexts();
    await context.close();

    // Assess
    const after = (await (await h.get(`/api/nominations/${n.id}`, { cookie: faculty })).json()) as { status: string; history: { type: string; at: string }[] };
    expect(after.status).toBe('withdrawn');
    expect(pastEdge).toBeLessThanOrEqual(0.5);
    expect(offered.visible).toBe(true);
    expect(offered.said).toMatch(/^It is approved: withdrawing it gives its place under the agreement back/);
    expect(offered.hint).toBe('Optional. It is kept in the history, where the international office sees it.'); // nobody is waiting to decide
    const approved = /^Result — Approved, (.+)$/.exec(timeline[4] ?? '')?.[1];
    const withdrawn = /^Withdrawal — withdrawn on (.+), after its approval$/.exec(timeline[5] ?? '')?.[1];
    expect(approved).toBeTruthy();
    expect(withdrawn).toBeTruthy();
    expect(withdrawn).not.toBe(approved);
    expect(timeline).toHaveLength(6);
    expect(approvedPage).toEqual(PASSES);
    expect(scriptErrors).toEqual([]);
  });

  it('answers an unknown address with the app’s own not-found page in Uzbek, as an unknown item; a missing file and API route keep their bare 404', async () => {
    // Prepare
    const { context, scriptErrors } = await facultyContext();
    const page = await context.newPage();
    const seen: Record<string, { status: number | undefined; title: string; message: string }> = {};

    // Act
    for (const path of ['/nominations/no-such-item', '/foo/bar']) {
      const response = await page.goto(`${h.url}${path}`);
      await page.locator('#language').selectOption('uz');
      await expect.poll(() => page.locator('#message').innerText(), { timeout: 10_000 }).not.toBe('');
      // The title follows the words once they have arrived (in an effect after they are drawn): read it then.
      await expect.poll(() => page.locator('#title').innerText(), { timeout: 10_000 }).not.toBe('Not found');
      seen[path] = { status: response?.status(), title: await page.locator('#title').innerText(), message: await page.locator('#message').innerText() };
    }
    const quality = await checkPage(page, 'unknown-address-uz');
    await context.close();
    const file = await fetch(`${h.url}/assets/no-such-file.js`);
    const route = await h.get('/api/no-such-route', { cookie: faculty });

    // Assess
    expect(seen['/nominations/no-such-item']).toEqual({ status: 200, title: 'Topilmadi', message: "Topilmadi (yoki sizga ko'rish uchun ruxsat yo'q)." });
    expect(seen['/foo/bar']).toEqual({ status: 200, title: 'Topilmadi', message: "Bu manzilda sahifa yo'q." });
    expect({ status: file.status, body: await file.text() }).toEqual({ status: 404, body: 'Not found' });
    expect({ status: route.status, body: await route.json() }).toEqual({ status: 404, body: { error: 'not_found', message: 'No such route' } });
    expect(quality).toEqual(PASSES);
    expect(scriptErrors).toEqual([]);
  });
});
