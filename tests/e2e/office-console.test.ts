/**
 * The office console's agreements in a real browser (Debian Chromium via playwright-core): an
 * admin goes from the home page to the registry, finds the Osh agreement by searching, sees the
 * agreement that ends in 60 days under "expiring soon" and the seeded dormant one under "dormant",
 * and opens the Osh agreement: its places, documents, versions with what changed, and history. A
 * faculty member opening the console is told it is the office's, and is shown nothing. Each page
 * passes axe-core (no serious or critical violation) and fits a 360 px phone.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSeed } from '../../infra/local/seed';
import { uploadPdf } from '../support/documents';
import { startHarness, type Harness } from '../support/harness';
import { launchChromium } from '../support/browser';
import { checkPage, PASSES } from '../support/pages';
import { openSignedIn, signInThroughMailbox, type SignedIn } from '../support/signed-in';

const OSH = { id: 'agr-osh-2024', reference: 'AGR-2024-0003' };
const EXPIRING = { id: 'agr-wust-2025', reference: 'AGR-2025-0002' };
const DORMANT = { id: 'agr-enu-2023', reference: 'AGR-2023-0011' };
/** The registry's "All agreements" lists every seeded agreement, and nothing else. */
const SEEDED = loadSeed().agreements.length;

/** `YYYY-MM-DD`, `days` from today (UTC; the browser and the server share this machine's clock). */
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

let h: Harness;
let browser: Browser;
let admin: SignedIn;
let faculty: SignedIn;

beforeAll(async () => {
  // The demo university, with one agreement in force ending 60 days from now.
  const seed = loadSeed();
  const wust = seed.agreements.find((a) => a.id === EXPIRING.id)!;
  wust.content = { ...wust.content, endDate: inDays(60) };
  h = await startHarness('e2e-office', {}, { seed });
  browser = await launchChromium();
  // Each signs in from the link in their mailbox; every test then opens a window of its own on that session.
  admin = await signInThroughMailbox(browser, h, 'admin@uni.example');
  faculty = await signInThroughMailbox(browser, h, 'faculty@uni.example');
  await admin.close();
  await faculty.close();

  // The Osh agreement gets a signed copy and a second version (a new summary), so that its page has
  // a document to download and a change to show.
  await uploadPdf(h, admin.cookie, `/api/agreements/${OSH.id}`, { kind: 'signed', fileName: 'Osh memorandum (signed).pdf' });
  const osh = (await (await h.get(`/api/agreements/${OSH.id}`, { cookie: admin.cookie })).json()) as { content: Record<string, unknown> };
  const changed = await h.post(`/api/agreements/${OSH.id}/changes`, { content: { ...osh.content, summary: 'Student and staff exchange in physics and mathematics.' }, note: 'Mathematics added' }, { cookie: admin.cookie });
  expect(changed.status).toBe(200);
});
afterAll(async () => {
  await browser?.close();
  await h?.stop();
});

const open = (who: SignedIn, path: string) => openSignedIn(browser, h, who.cookie, path, { locale: 'en-US' });

const rows = (page: Page) => page.locator('#registry-body tr').allInnerTexts();

/** How far the registry's table overflows its box sideways (0: every column in sight), at the window's width. */
const registryOverflow = (page: Page) =>
  page.evaluate(() => {
    const box = document.querySelector<HTMLElement>('#registry .table-scroll')!;
    return box.scrollWidth - box.clientWidth;
  });

describe('the office console’s agreements', () => {
  it('lead an admin from the home page to the registry, where a search for “Osh” finds the Osh agreement', async () => {
    // Prepare
    const { context, page, errors } = await open(admin, '/');

    // Act
    // The console opens on its overview; the registry is a link of its navigation.
    await page.getByRole('link', { name: 'Office console', exact: true }).click();
    await page.waitForURL(`${h.url}/office`);
    await page.getByRole('navigation', { name: 'Office console' }).getByRole('link', { name: 'Agreements' }).click();
    await page.waitForURL(`${h.url}/office/agreements`);
    await expect.poll(() => rows(page), { timeout: 10_000 }).toHaveLength(SEEDED);
    const registry = await checkPage(page, 'office-registry');
    await page.getByLabel(/Partner or country/).fill('Osh');
    await expect.poll(() => rows(page)).toHaveLength(1);
    const found = await rows(page);
    const searched = await checkPage(page, 'office-registry-search');
    // The filters are in the address, so that going back from an agreement finds them again.
    const address = page.url();
    await context.close();

    // Assess
    expect(found[0]).toContain(OSH.reference);
    expect(found[0]).toContain('Osh State University');
    expect(found[0]).toContain('Kyrgyzstan');
    expect(found[0]).toContain('Active');
    expect(address).toBe(`${h.url}/office/agreements?q=Osh`);
    expect(errors).toEqual([]);
    expect(registry).toEqual(PASSES);
    expect(searched).toEqual(PASSES);
  });

  it('show, by keyboard alone, the agreement ending within 180 days as expiring soon and the dormant one as dormant', async () => {
    // Prepare
    const { context, page, errors } = await open(admin, '/office/agreements');
    await expect.poll(() => rows(page), { timeout: 10_000 }).toHaveLength(SEEDED);

    // Act: the views are radio buttons; arrow keys move between them.
    await page.getByRole('radio', { name: 'All agreements' }).focus();
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => page.locator('#registry-caption').textContent()).toContain('180 days');
    const expiring = await rows(page);
    const expiringPage = await checkPage(page, 'office-expiring');
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => page.locator('#registry-caption').textContent()).toContain('no mobility');
    const dormant = await rows(page);
    const dormantPage = await checkPage(page, 'office-dormant');
    // At 1280 px every column is in sight, the places included, in English and in Russian.
    await page.setViewportSize({ width: 1280, height: 800 });
    const overflow = { dormant: await registryOverflow(page) } as Record<string, number>;
    await page.keyboard.press('ArrowUp');
    overflow.expiring = await registryOverflow(page);
    await page.keyboard.press('ArrowUp');
    overflow.all = await registryOverflow(page);
    const placesHead = await page.locator('#registry-head th').last().innerText();
    const kept = page.waitForResponse((r) => r.url().endsWith('/api/me/language') && Boolean(r.request().postData()?.includes('"en"')));
    await page.getByLabel('Language', { exact: true }).selectOption('ru');
    await expect.poll(() => page.locator('#registry-caption').textContent()).not.toContain('180 days');
    overflow.allRu = await registryOverflow(page);
    await page.getByRole('radio', { name: /без мобильности/ }).check();
    await expect.poll(() => rows(page)).toHaveLength(1);
    overflow.dormantRu = await registryOverflow(page);
    await page.getByLabel('Язык', { exact: true }).selectOption('en');
    await kept; // the switch is kept in the profile, which the next tests read
    await context.close();

    // Assess: the expired KNU agreement and those ending years from now are not "expiring soon".
    expect(expiring).toHaveLength(1);
    expect(expiring[0]).toContain(EXPIRING.reference);
    expect(expiring[0]).toContain('60 days left');
    expect(dormant).toHaveLength(1);
    expect(dormant[0]).toContain(DORMANT.reference);
    expect(dormant[0]).toContain('Gumilyov');
    // Its last mobility as a day: a stored midnight is not a time anyone recorded.
    expect(dormant[0]).not.toMatch(/\d:\d\d/);
    expect(overflow).toEqual({ dormant: 0, expiring: 0, all: 0, allRu: 0, dormantRu: 0 });
    expect(placesHead).toMatch(/^Places \d{4}\/\d{4}$/);
    expect(errors).toEqual([]);
    expect(expiringPage).toEqual(PASSES);
    expect(dormantPage).toEqual(PASSES);
  });

  it('open an agreement with its places, documents, what changed in its last version, and its history', async () => {
    // Prepare
    const { context, page, errors } = await open(admin, '/office/agreements?q=Osh');
    await expect.poll(() => rows(page), { timeout: 10_000 }).toHaveLength(1);

    // Act
    await page.getByRole('link', { name: OSH.reference }).click();
    await page.waitForURL(`${h.url}/office/agreements?id=${OSH.id}`);
    await expect.poll(() => page.locator('h1').innerText(), { timeout: 10_000 }).toBe(`Agreement ${OSH.reference}`);
    const places = await page.locator('#places-body tr').allInnerTexts();
    const documents = await page.locator('#documents').innerText();
    const versions = await page.locator('#versions').innerText();
    const diff = await page.locator('#diff-body').innerText();
    const history = await page.locator('#history').innerText();
    const conditions = await page.locator('#detail-content').innerText();
    // Imported in force with no signature on record: said so, and the office can fill them in.
    const signatures = await page.locator('#life-facts').innerText();
    const offered = await page.locator('#life-actions button').allInnerTexts();
    const detailPage = await checkPage(page, 'office-agreement');
    const download = page.waitForEvent('download', { timeout: 10_000 });
    await page.getByRole('button', { name: /Download Osh memorandum/ }).click();
    const file = await download;
    // The language switch words the page again in place, data included.
    await page.getByLabel('Language', { exact: true }).selectOption('ru');
    await expect.poll(() => page.locator('h1').innerText()).toBe(`Соглашение ${OSH.reference}`);
    const placesInRussian = await page.locator('#places-body tr').first().innerText();
    const conditionsInRussian = await page.locator('#detail-content').innerText();
    await context.close();

    // Assess
    expect(places.length).toBeGreaterThan(0);
    expect(places.some((r) => r.includes('Outgoing') && r.includes('Student studies'))).toBe(true);
    expect(documents).toContain('Signed copy');
    expect(file.suggestedFilename()).toBe('Osh memorandum (signed).pdf');
    expect(versions).toContain('Version 1');
    expect(versions).toContain('Version 2: edited');
    expect(diff).toContain('Summary');
    expect(diff).toContain('physics and mathematics');
    expect(history).toContain('changed it: version 2 is in force');
    expect(history).toContain('Mathematics added');
    expect(placesInRussian).toContain('Исходящая');
    // A condition's languages by their names, as the nomination names its language, not by code.
    expect(signatures).toContain('Not recorded');
    expect(signatures).not.toContain('Not signed yet');
    expect(offered).toContain('Record a signature');
    expect(conditions).toContain('Russian B2');
    expect(conditions).not.toMatch(/\bru B2/);
    expect(conditionsInRussian).toContain('русский B2');
    expect(errors).toEqual([]);
    expect(detailPage).toEqual(PASSES);
  });

  it('tell a faculty member the console is for the international office, and show no agreement', async () => {
    // Prepare
    const { context, page, errors } = await open(faculty, '/office/agreements');

    // Act
    await expect.poll(() => page.locator('#message').innerText(), { timeout: 10_000 }).toContain('for the international office');
    const registryShown = await page.locator('#registry').isVisible();
    const body = await page.locator('body').innerText();
    const deniedPage = await checkPage(page, 'office-not-office');
    // The console's navigation leads nowhere this visitor may go: on none of its pages is it shown.
    const navShown: Record<string, boolean> = {};
    for (const path of ['/office/agreements', '/office/nominations', '/office/partners', '/office/people', '/office/chains']) {
      await page.goto(`${h.url}${path}`);
      await expect.poll(() => page.locator('#message').innerText(), { timeout: 10_000 }).toContain('for the international office');
      navShown[path] = await page.locator('nav.office-nav').isVisible();
    }
    const home = await context.newPage();
    await home.goto(`${h.url}/`);
    await expect.poll(() => home.locator('h1').innerText(), { timeout: 10_000 }).toContain('Hello');
    const consoleLinkShown = await home.getByRole('link', { name: 'Office console', exact: true }).isVisible();
    await context.close();

    // Assess
    expect(registryShown).toBe(false);
    expect(body).not.toContain(OSH.reference);
    expect(consoleLinkShown).toBe(false);
    expect(navShown).toEqual({ '/office/agreements': false, '/office/nominations': false, '/office/partners': false, '/office/people': false, '/office/chains': false });
    expect(errors).toEqual([]);
    expect(deniedPage).toEqual(PASSES);
  });
});
