/**
 * What the international office does on the console beyond reading, in a real browser (Debian
 * Chromium via playwright-core): lets a nomination whose agreement has no place left through its
 * final approval with a justification (refused without one, the error on its field); records both
 * signatures of an approved agreement, which comes into force; records a termination of an
 * Erasmus+ agreement, refused first with too short a notice (the earliest date allowed named on
 * the effective date's field); renews an agreement and follows the link to the renewal; and reads
 * the places used this academic year in the agreements registry. Each page
 * state passes axe-core (no serious or critical violation) and fits a 360 px phone.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSeed } from '../../infra/local/seed';
import { addDaysToDate, addYearsToDate } from '../../shared/workflow/agreement-life';
import { academicYearStart } from '../../shared/workflow/quota';
import { launchChromium } from '../support/browser';
import { approve, approveSteps, linkFor, signBothSides } from '../support/chains';
import { memorandumBody, nominationBody, startHarness, type Harness } from '../support/harness';
import { checkPage, PASSES } from '../support/pages';
import { openSignedIn } from '../support/signed-in';

/** An agreement with Osh State University with exactly one outgoing student place a year. */
const ONE_PLACE = 'agr-one-place';
const YEAR = '2027/2028';

let h: Harness;
let browser: Browser;
let iro: string;
let faculty: string;

beforeAll(async () => {
  const seed = loadSeed();
  const osh = seed.agreements.find((a) => a.id === 'agr-osh-2024')!;
  seed.agreements.push({
    ...osh,
    id: ONE_PLACE,
    reference: 'AGR-2024-0098',
    content: { ...osh.content, cooperationConditions: [{ ...osh.content.cooperationConditions[0]!, mobilitiesPerYear: 1, academicYears: [] }] },
  });
  h = await startHarness('e2e-office-actions', {}, { seed });
  iro = await h.signIn('iro@uni.example');
  faculty = await h.signIn('faculty@uni.example');
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await h?.stop();
});

const open = (path: string) => openSignedIn(browser, h, iro, path, { locale: 'en-US' });

async function get(kind: 'nominations' | 'agreements', id: string): Promise<Record<string, any>> {
  const res = await h.get(`/api/${kind}/${id}`, { cookie: iro });
  expect(res.status).toBe(200);
  return (await res.json()) as Record<string, any>;
}

const today = () => new Date().toISOString().slice(0, 10);

/** A memorandum through its whole chain: approved, not yet signed. */
async function approvedAgreement(overrides: Record<string, unknown> = {}): Promise<{ id: string; reference: string }> {
  const startDate = addDaysToDate(today(), -10);
  const res = await h.post('/api/agreements', memorandumBody({ startDate, endDate: addDaysToDate(addYearsToDate(startDate, 5), -1), ...overrides }), { cookie: faculty });
  expect(res.status, await res.clone().text()).toBe(201);
  const created = (await res.json()) as { id: string; reference: string };
  expect((await approveSteps(h, 'memorandum', created.id)).status).toBe('approved');
  return created;
}

describe('a nomination with no place left', () => {
  it('is let through its final approval when the office gives a justification, refused without one', async () => {
    // Prepare: the agreement's one place goes to the first nomination; the second reaches its last step.
    const submit = async (i: number) => {
      const nominee = { ...(nominationBody().nominee as object), name: `Student ${i}`, email: `student${i}@student.uni.example` };
      const res = await h.post('/api/nominations', nominationBody({ agreementId: ONE_PLACE, academicYear: YEAR, nominee }), { cookie: faculty });
      expect(res.status).toBe(201);
      return (await res.json()) as { id: string; reference: string };
    };
    const first = await submit(1);
    const second = await submit(2);
    expect((await approveSteps(h, 'nomination', first.id)).status).toBe('approved');
    await approveSteps(h, 'nomination', second.id, { to: 3 });
    const refused = await approve(h, await linkFor(h, 'nomination', second.id, 3));
    expect(refused.status).toBe(409);
    expect(((await refused.json()) as { error: string }).error).toBe('no_place_left');
    const { context, page, errors } = await open('/office/nominations?status=in_review');
    const row = page.locator('#registry-body tr', { hasText: second.reference });

    // Act
    await expect.poll(() => row.innerText(), { timeout: 15_000 }).toContain(`No place left (${YEAR})`);
    const firstOffered = await page.getByRole('button', { name: `Approve ${first.reference} beyond the places` }).count();
    const listed = await checkPage(page, 'office-nominations-no-place');
    await page.getByRole('button', { name: `Approve ${second.reference} beyond the places` }).click();
    const heading = await page.locator('#override-heading').innerText();
    const focused = await page.evaluate(() => document.activeElement?.id);
    const explained = await page.locator('#override-explain').innerText();
    await page.getByRole('button', { name: 'Allow beyond the places' }).click();
    await expect.poll(() => page.locator('#override-form .field-error').innerText(), { timeout: 10_000 }).toBe('Give the justification for going beyond the places');
    const invalid = await page.getByLabel('Justification for going beyond the places').getAttribute('aria-invalid');
    const refusedPage = await checkPage(page, 'office-nominations-override-refused');
    await page.getByLabel('Justification for going beyond the places').fill('The partner agreed by letter of 3 March to host a second student this year.');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter'); // Allow, by keyboard
    await expect.poll(() => page.locator('#message').innerText(), { timeout: 10_000 }).toContain('approval beyond the places is allowed');
    const done = await page.locator('#message').innerText();
    const marked = await row.innerText();
    const overriddenPage = await checkPage(page, 'office-nominations-overridden');
    // The final approver decides again, and this time the place is taken beyond the plan.
    const approved = await approve(h, await linkFor(h, 'nomination', second.id, 3));
    await page.reload();
    await page.getByLabel('Status').selectOption('approved');
    await expect.poll(() => page.locator('#registry-body tr', { hasText: second.reference }).innerText(), { timeout: 15_000 }).toContain('Approved');
    // On the agreement's page, the year given beyond its one place reads "1 over", not "−1" left.
    await page.goto(`${h.url}/office/agreements?id=${ONE_PLACE}`);
    const yearRow = page.locator('#places-body tr', { hasText: YEAR }).filter({ hasText: 'Outgoing' });
    await expect.poll(() => yearRow.innerText(), { timeout: 15_000 }).toContain('beyond the plan');
    const placesRow = (await yearRow.innerText()).split('\t').map((c) => c.trim());
    await context.close();
    const stored = await get('nominations', second.id);
    const places = (await (await h.get(`/api/agreements/${ONE_PLACE}/places`, { cookie: iro })).json()) as { academicYear: string; used: number; overridden: number }[];

    // Assess
    expect(firstOffered).toBe(0);
    expect(heading).toBe(`Beyond the places: ${second.reference}`);
    expect(focused).toBe('override-heading');
    expect(explained).toContain(`no place left for ${YEAR}`);
    expect(invalid).toBe('true');
    expect(done).toBe(`${second.reference}: approval beyond the places is allowed. The final approver can now approve it with the link they already have.`);
    expect(marked).toContain('Allowed beyond the places');
    expect(marked).not.toContain('No place left');
    expect(approved.status).toBe(200);
    expect(stored.status).toBe('approved');
    expect(stored.quotaOverride.reason).toBe('The partner agreed by letter of 3 March to host a second student this year.');
    expect(stored.history.map((e: { type: string }) => e.type)).toContain('quota_overridden');
    expect(places.find((r) => r.academicYear === YEAR)).toMatchObject({ used: 2, overridden: 1 });
    expect(placesRow.at(-1)).toBe('1 over');
    expect(errors).toEqual([]);
    expect(listed).toEqual(PASSES);
    expect(refusedPage).toEqual(PASSES);
    expect(overriddenPage).toEqual(PASSES);
  });
});

describe('the agreements registry', () => {
  it('shows, for each agreement in force, the places used against those planned this academic year', async () => {
    // Prepare: one of the one-place agreement's places taken this academic year.
    const start = academicYearStart(today());
    const year = `${start}/${start + 1}`;
    const res = await h.post('/api/nominations', nominationBody({ agreementId: ONE_PLACE, academicYear: year }), { cookie: faculty });
    expect(res.status, await res.clone().text()).toBe(201);
    expect((await approveSteps(h, 'nomination', ((await res.json()) as { id: string }).id)).status).toBe('approved');
    const { context, page, errors } = await open('/office/agreements');
    const rowOf = (reference: string) => page.locator('#registry-body tr', { hasText: reference });

    // Act
    await expect.poll(() => rowOf('AGR-2024-0098').innerText(), { timeout: 15_000 }).toContain('1 of 1 used');
    const header = await page.locator('#registry-head').innerText();
    const osh = await rowOf('AGR-2024-0003').innerText();
    const expired = await rowOf('AGR-2021-0005').innerText();
    const registry = await checkPage(page, 'office-agreements-places');
    await context.close();

    // Assess
    expect(header).toContain(`Places ${year}`);
    expect(osh).toMatch(/\d+ of 10 used/); // five places each way
    expect(expired).not.toContain('used');
    expect(errors).toEqual([]);
    expect(registry).toEqual(PASSES);
  });
});

describe('an agreement after its chain', () => {
  const history = (page: Page) => page.locator('#history').innerText();
  const lifeMessage = (page: Page) => page.locator('#life-message').innerText();

  it('is signed on both sides from its page and comes into force, then renewed with a link to the renewal', async () => {
    // Prepare
    const agreement = await approvedAgreement();
    const { context, page, errors } = await open(`/office/agreements?id=${agreement.id}`);
    await expect.poll(() => page.locator('#life-facts').innerText(), { timeout: 15_000 }).toContain('Not signed yet');
    const offeredBefore = await page.locator('#life-actions button').allInnerTexts();
    const approvedPage = await checkPage(page, 'office-agreement-approved');

    // Act: our side, then the partner's.
    await page.getByRole('button', { name: 'Record a signature' }).click();
    const sides = await page.locator('#sign-party label').allInnerTexts();
    await page.getByLabel('Signatory’s full name').fill('Rustam Nazarov');
    await page.getByLabel('Signatory’s position').fill('Rector');
    const signingPage = await checkPage(page, 'office-agreement-signing');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => lifeMessage(page), { timeout: 15_000 }).toBe('The signature is recorded.');
    const afterHome = { facts: await page.locator('#life-facts').innerText(), history: await history(page) };
    await page.getByRole('button', { name: 'Record a signature' }).click();
    const sidesLeft = await page.locator('#sign-party label').allInnerTexts();
    await page.getByLabel('Signatory’s full name').fill('Kanybek Izakov');
    await page.getByLabel('Signatory’s position').fill('Rector');
    await page.keyboard.press('Enter'); // Save, by keyboard from the last field
    await expect.poll(() => lifeMessage(page), { timeout: 15_000 }).toBe('Both sides have signed: the agreement is now in force.');
    const inForce = { status: await page.locator('#detail-meta').innerText(), history: await history(page), offered: await page.locator('#life-actions button').allInnerTexts() };
    const activePage = await checkPage(page, 'office-agreement-active');

    // Act: renewed for five more years from the day after it ends.
    await page.getByRole('button', { name: 'Renew' }).click();
    const proposedStart = await page.getByLabel('New start date').inputValue();
    await page.getByLabel('Summary').fill('Renewal for five more years on the same terms.');
    const renewingPage = await checkPage(page, 'office-agreement-renewing');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => lifeMessage(page), { timeout: 15_000 }).toContain('is sent for approval');
    const renewed = { message: await lifeMessage(page), facts: await page.locator('#life-facts').innerText(), history: await history(page) };
    await page.locator('#life-message').getByRole('link').click();
    await expect.poll(() => page.locator('#life-facts').innerText(), { timeout: 15_000 }).toContain(agreement.reference);
    const renewalPage = { status: await page.locator('#detail-meta').innerText(), facts: await page.locator('#life-facts').innerText(), offered: await page.locator('#life-actions button').count() };
    const renewalId = new URL(page.url()).searchParams.get('id')!;
    const renewalChecked = await checkPage(page, 'office-agreement-renewal');
    await context.close();
    const stored = await get('agreements', agreement.id);
    const renewal = await get('agreements', renewalId);

    // Assess
    expect(offeredBefore).toEqual(['Send to the partner’s signatory', 'Record a signature', 'Record a termination', 'Renew']);
    expect(sides).toEqual(['Our university', 'The partner']);
    expect(afterHome.facts).toContain('Rustam Nazarov, Rector');
    expect(afterHome.history).toContain('recorded our signature (Rustam Nazarov');
    expect(sidesLeft).toEqual(['The partner']);
    expect(inForce.status).toBe('Active');
    expect(inForce.history).toContain('now in force');
    expect(inForce.offered).toEqual(['Record a termination', 'Renew']);
    expect(proposedStart).toBe(addDaysToDate(stored.content.endDate, 1));
    expect(renewed.message).toBe(`The renewal ${renewal.reference} is sent for approval.`);
    expect(renewed.facts).toContain('Renewed by');
    expect(renewed.facts).toContain(renewal.reference);
    expect(renewed.history).toContain(`renewed it as ${renewal.reference}`);
    expect(renewalPage.status).toBe('In review');
    expect(renewalPage.offered).toBe(0);
    expect(stored).toMatchObject({ status: 'active', renewedBy: renewalId });
    expect(stored.signatures.partner).toMatchObject({ signatoryName: 'Kanybek Izakov', signatoryPosition: 'Rector' });
    expect(renewal).toMatchObject({ status: 'in_review', renews: agreement.id, content: { startDate: proposedStart, summary: 'Renewal for five more years on the same terms.' } });
    expect(errors).toEqual([]);
    expect(approvedPage).toEqual(PASSES);
    expect(signingPage).toEqual(PASSES);
    expect(activePage).toEqual(PASSES);
    expect(renewingPage).toEqual(PASSES);
    expect(renewalChecked).toEqual(PASSES);
  });

  it('marks a signature dated in the future and its empty names at once, then, signed on both sides ahead of its start, says in Russian when it comes into force with one full stop', async () => {
    // Prepare: approved, starting in a month.
    const startDate = addDaysToDate(today(), 30);
    const agreement = await approvedAgreement({ startDate, endDate: addDaysToDate(addYearsToDate(startDate, 5), -1) });
    let opened = await open(`/office/agreements?id=${agreement.id}`);
    let posted = 0;
    opened.page.on('request', (r) => {
      if (r.method() === 'POST' && r.url().endsWith('/signatures')) posted++;
    });
    await expect.poll(() => opened.page.locator('#life-facts').innerText(), { timeout: 15_000 }).toContain('Not signed yet');

    // Act: a date tomorrow (UTC), no names.
    await opened.page.getByRole('button', { name: 'Record a signature' }).click();
    await opened.page.getByLabel('Date of signature').fill(addDaysToDate(today(), 2));
    await opened.page.getByRole('button', { name: 'Save' }).click();
    const form = opened.page.locator('#sign-form');
    await expect.poll(() => form.locator('.field-error').count(), { timeout: 15_000 }).toBe(3);
    const marked = await form.locator('.field-error').allInnerTexts();
    const said = await form.locator('.message').last().innerText();
    const refusedPage = await checkPage(opened.page, 'office-agreement-signature-refused');
    await opened.context.close();

    // Act: both sides signed (the start is a month away), read in Russian.
    await signBothSides(h, agreement.id, iro);
    opened = await open(`/office/agreements?id=${agreement.id}`);
    await expect.poll(() => opened.page.locator('#life-facts').innerText(), { timeout: 15_000 }).toContain('comes into force');
    await opened.page.getByLabel('Language', { exact: true }).selectOption('ru');
    await expect.poll(() => opened.page.locator('#life-facts').innerText()).toContain('вступит в силу');
    const russian = await opened.page.locator('#life-facts').innerText();
    // Back to English: the switch is remembered in the profile, which the next tests read.
    const kept = opened.page.waitForResponse((r) => r.url().endsWith('/api/me/language') && Boolean(r.request().postData()?.includes('"en"')));
    await opened.page.getByLabel('Язык', { exact: true }).selectOption('en');
    await kept;
    await opened.context.close();

    // Act: a termination taking effect before its start is recorded; the page stops saying it will come into force.
    const ended = await h.post(`/api/agreements/${agreement.id}/termination`, { reason: 'The partner withdrew.', noticeDate: today(), effectiveDate: addDaysToDate(today(), 10) }, { cookie: iro });
    expect(ended.status).toBe(200);
    opened = await open(`/office/agreements?id=${agreement.id}`);
    await expect.poll(() => opened.page.locator('#life-facts').innerText(), { timeout: 15_000 }).toContain('Notice given on');
    const ending = { facts: await opened.page.locator('#life-facts').innerText(), offered: await opened.page.locator('#life-actions button').allInnerTexts() };
    await opened.context.close();

    // Assess
    expect(ending.facts).not.toContain('comes into force');
    expect(ending.offered).toEqual([]);
    expect(marked).toEqual(['A signature cannot be dated in the future', 'Fill this in', 'Fill this in']);
    expect(said).toContain('Please check the marked fields.');
    expect(posted).toBe(0);
    expect(russian).toMatch(/вступит в силу \d+ \S+ \d{4} г\.(\n|$)/);
    expect(russian).not.toContain('г..');
    expect(opened.errors).toEqual([]);
    expect(refusedPage).toEqual(PASSES);
  });

  it('refuses an Erasmus+ termination with less than a year’s notice, naming the earliest date on its field, then records one', async () => {
    // Prepare: an Erasmus+ inter-institutional agreement in force.
    const agreement = await approvedAgreement({ kind: 'erasmus_plus_iia' });
    await signBothSides(h, agreement.id, iro);
    const { context, page, errors } = await open(`/office/agreements?id=${agreement.id}`);
    await expect.poll(() => page.locator('#life-actions').innerText(), { timeout: 15_000 }).toContain('Record a termination');

    // Act
    await page.getByRole('button', { name: 'Record a termination' }).click();
    const notice = await page.getByLabel('Notice given on').inputValue();
    const hint = await page.locator('#term-effective').locator('xpath=..').locator('.hint').innerText();
    await page.getByLabel('Reason').fill('No mobility in either direction for three years.');
    // Closed with Esc and opened again: the reason typed is still there.
    await page.keyboard.press('Escape');
    const closedByEsc = await page.locator('#terminate-form').count();
    await page.getByRole('button', { name: 'Record a termination' }).click();
    const reasonKept = await page.getByLabel('Reason').inputValue();
    await page.getByLabel(/Takes effect on/).fill(addDaysToDate(notice, 30));
    await page.getByRole('button', { name: 'Save' }).click();
    const effectiveError = page.locator('#term-effective').locator('xpath=..').locator('.field-error');
    await expect.poll(() => effectiveError.count(), { timeout: 15_000 }).toBe(1);
    const refusal = await effectiveError.innerText();
    const invalid = await page.getByLabel(/Takes effect on/).getAttribute('aria-invalid');
    const refusedPage = await checkPage(page, 'office-agreement-termination-refused');
    const earliest = addYearsToDate(notice, 1);
    await page.getByLabel(/Takes effect on/).fill(earliest);
    await page.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => page.locator('#life-message').innerText(), { timeout: 15_000 }).toContain('The termination is recorded');
    const recorded = {
      message: await page.locator('#life-message').innerText(),
      facts: await page.locator('#life-facts').innerText(),
      history: await page.locator('#history').innerText(),
      offered: await page.locator('#life-actions button').allInnerTexts(),
    };
    const recordedPage = await checkPage(page, 'office-agreement-termination-recorded');
    await context.close();
    const stored = await get('agreements', agreement.id);

    // Assess: dates as the page writes them (English, long form).
    const long = (date: string) => new Intl.DateTimeFormat('en', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));
    expect(hint).toBe('An Erasmus+ inter-institutional agreement needs one academic year’s notice.');
    expect(refusal).toBe(`With notice given on ${long(notice)}, the termination can take effect no earlier than ${long(earliest)}.`);
    expect(invalid).toBe('true');
    expect(recorded.message).toBe(`The termination is recorded: the agreement ends on ${long(earliest)}.`);
    expect(recorded.facts).toContain(`Notice given on ${long(notice)}; takes effect on ${long(earliest)}`);
    expect(recorded.history).toContain(`recorded a termination taking effect on ${long(earliest)}`);
    expect(closedByEsc).toBe(0);
    expect(reasonKept).toBe('No mobility in either direction for three years.');
    // Being ended, it is not offered for renewal (the API refuses it too).
    expect(recorded.offered).toEqual([]);
    expect(stored).toMatchObject({ status: 'active', termination: { noticeDate: notice, effectiveDate: earliest, reason: 'No mobility in either direction for three years.' } });
    expect(errors).toEqual([]);
    expect(refusedPage).toEqual(PASSES);
    expect(recordedPage).toEqual(PASSES);
  });
});
