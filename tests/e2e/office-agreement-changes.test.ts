/**
 * Changing an agreement after its approval, from its page on the office console, in a real
 * browser (Debian Chromium via playwright-core). The international office edits the Osh
 * agreement in force: a new coordinator address and summary are said, before saving, to take
 * effect at once as version 2, and do; a change of places is said to be an amendment through the
 * chain while version 2 stays in force, and is sent as one; another change of dates meanwhile is
 * refused naming the amendment, with the form kept as typed; a bad end date and an empty address
 * are marked on their fields. Once the chain approves the amendment, version 3 is in force and
 * the versions' diff says "Condition 1: places a year" (and in Russian). Each page state passes
 * axe-core (no serious or critical violation) and fits a 360 px phone.
 */
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/browser';
import { approveSteps } from '../support/chains';
import { startHarness, type Harness } from '../support/harness';
import { checkPage, PASSES } from '../support/pages';
import { openSignedIn } from '../support/signed-in';

const OSH = { id: 'agr-osh-2024', reference: 'AGR-2024-0003' };
const WAIT = { timeout: 15_000 };

type Agreement = { id: string; reference: string; status: string; contentVersion?: number; pendingAmendment?: string; amends?: string; content: Record<string, any>; history: { type: string }[] };

let h: Harness;
let browser: Browser;
let iro: string;
/** The amendment the second test sends, approved by the fourth. */
let amendment: { id: string; reference: string } | undefined;

beforeAll(async () => {
  h = await startHarness('e2e-office-agreement-changes');
  iro = await h.signIn('iro@uni.example');
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await h?.stop();
});

async function open(path: string) {
  const opened = await openSignedIn(browser, h, iro, path, { locale: 'en-US' });
  await expect.poll(() => opened.page.locator('h1').innerText(), WAIT).toBe(`Agreement ${OSH.reference}`);
  return opened;
}

async function read(id = OSH.id): Promise<Agreement> {
  const res = await h.get(`/api/agreements/${id}`, { cookie: iro });
  expect(res.status).toBe(200);
  return (await res.json()) as Agreement;
}

/** Opens the edit form and answers it, once it shows the agreement's content. */
async function edit(page: Page): Promise<Locator> {
  await page.getByRole('button', { name: 'Edit agreement' }).click();
  const form = page.locator('#edit-form');
  await expect.poll(() => form.getByLabel('Places a year, condition 1').inputValue(), WAIT).not.toBe('');
  return form;
}

const kindNote = (form: Locator) => form.locator('#edit-kind-note').innerText();

describe('changing an agreement after approval', () => {
  it('saves a new coordinator address and summary at once as version 2, said so before saving', async () => {
    // Prepare
    const { context, page, errors } = await open(`/office/agreements?id=${OSH.id}`);

    // Act
    const form = await edit(page);
    const focused = await page.evaluate(() => document.activeElement?.id);
    const untouched = await kindNote(form);
    const filled = {
      summary: await form.getByLabel('Summary').inputValue(),
      email: await form.getByLabel('Email').inputValue(),
      places: await form.getByLabel('Places a year, condition 1').inputValue(),
      end: await form.getByLabel('End date', { exact: true }).inputValue(),
      kind: await form.getByLabel('Kind').inputValue(),
    };
    await form.getByLabel('Email').fill('nodira.alimova@uni.example');
    await form.getByLabel('Summary').fill('Student and staff exchange in physics, five places a year each way; a new coordinator address.');
    await expect.poll(() => kindNote(form)).toContain('version 2');
    const said = await kindNote(form);
    const button = await form.locator('button[type=submit]').innerText();
    const editing = await checkPage(page, 'office-agreement-edit');
    const facultyIn = async (language: 'ru' | 'uz' | 'en', caption: string) => {
      await page.getByLabel(caption, { exact: true }).selectOption(language);
      await expect.poll(() => page.locator('html').getAttribute('lang')).toBe(language);
      return form.locator('#edit-faculty option:checked').innerText();
    };
    // The initiating faculty is listed in the reader's language, worded again on a switch.
    const englishKept = page.waitForResponse((r) => r.url().endsWith('/api/me/language') && Boolean(r.request().postData()?.includes('"en"')));
    const faculties = { ru: await facultyIn('ru', 'Language'), uz: await facultyIn('uz', 'Язык'), en: await facultyIn('en', 'Til') };
    await englishKept; // the switch is kept in the profile, which the next tests read
    await form.getByLabel(/Note for the history/).fill('The coordinator has a new address.');
    await form.getByRole('button', { name: 'Save as version 2' }).click();
    await expect.poll(() => page.locator('#edit-message').innerText(), WAIT).toBe('Saved: version 2 is in force.');
    const formGone = await page.locator('#edit-form').count();
    const versions = await page.locator('#versions').innerText();
    const diff = await page.locator('#diff-body tr').allInnerTexts();
    const history = await page.locator('#history').innerText();
    const savedPage = await checkPage(page, 'office-agreement-edited');
    await context.close();
    const stored = await read();

    // Assess
    expect(focused).toBe('edit-heading');
    expect(untouched).toBe('Nothing is changed yet.');
    expect(filled).toEqual({ summary: 'Student and staff exchange in physics, five places a year each way.', email: 'iro@uni.example', places: '5', end: '2029-08-31', kind: 'academic_mobility_agreement' });
    expect(said).toContain('This change takes effect at once as version 2.');
    expect(said).toContain('Changed: Coordinator: email and Summary.');
    expect(button).toBe('Save as version 2');
    expect(faculties).toEqual({ ru: 'Физический факультет', uz: 'Fizika fakulteti', en: 'Faculty of Physics' });
    expect(formGone).toBe(0);
    expect(versions).toContain('Version 2: edited');
    expect(versions).toContain('The coordinator has a new address.');
    expect(diff.some((r) => r.includes('Coordinator: email') && r.includes('iro@uni.example') && r.includes('nodira.alimova@uni.example'))).toBe(true);
    expect(diff.some((r) => r.startsWith('Summary'))).toBe(true);
    expect(history).toContain('changed it: version 2 is in force — Coordinator: email and Summary');
    expect(stored).toMatchObject({ status: 'active', contentVersion: 2, content: { coordinator: { email: 'nodira.alimova@uni.example' } } });
    expect(stored.content.cooperationConditions[0].mobilitiesPerYear).toBe(5);
    expect(errors).toEqual([]);
    expect(editing).toEqual(PASSES);
    expect(savedPage).toEqual(PASSES);
  });

  it('sends a change of places through the chain as an amendment while version 2 stays in force, and keeps a second one as typed, naming the first', async () => {
    // Prepare
    const { context, page, errors } = await open(`/office/agreements?id=${OSH.id}`);

    // Act: places 5 → 7 in the first condition.
    let form = await edit(page);
    await form.getByLabel('Places a year, condition 1').fill('7');
    await expect.poll(() => kindNote(form)).toContain('amendment');
    const said = await kindNote(form);
    const button = await form.locator('button[type=submit]').innerText();
    const amending = await checkPage(page, 'office-agreement-amending');
    await form.getByRole('button', { name: 'Send the amendment for approval' }).click();
    await expect.poll(() => page.locator('#edit-message').innerText(), WAIT).toContain('is sent for approval');
    const sent = await page.locator('#edit-message').innerText();
    const sentLink = await page.locator('#edit-message a').getAttribute('href');
    await expect.poll(() => page.locator('#edit-facts').innerText(), WAIT).toContain('Amendment in approval');
    const facts = await page.locator('#edit-facts').innerText();
    const history = await page.locator('#history').innerText();
    const conditions = await page.locator('#detail-content').innerText();
    const sentPage = await checkPage(page, 'office-agreement-amendment-sent');
    const stored = await read();
    amendment = { id: stored.pendingAmendment!, reference: (await read(stored.pendingAmendment)).reference };

    // A change of dates meanwhile: said to wait for the amendment, and refused naming it.
    form = await edit(page);
    await form.getByLabel('End date', { exact: true }).fill('2030-08-31');
    await expect.poll(() => kindNote(form)).toContain(amendment.reference);
    const warned = await kindNote(form);
    await form.getByRole('button', { name: 'Send the amendment for approval' }).click();
    const box = form.locator('#edit-form-message');
    await expect.poll(() => box.innerText(), WAIT).toContain(amendment.reference);
    const refused = await box.innerText();
    const refusedLink = await box.locator('a').getAttribute('href');
    const kept = await form.getByLabel('End date', { exact: true }).inputValue();
    const refusedPage = await checkPage(page, 'office-agreement-amendment-pending');
    await page.keyboard.press('Escape');
    const closed = await page.locator('#edit-form').count();
    const focusBack = await page.evaluate(() => document.activeElement?.id);

    // The amendment's own page names the agreement it amends, and offers no edit of its own.
    await page.goto(`${h.url}${sentLink}`);
    await expect.poll(() => page.locator('h1').innerText(), WAIT).toBe(`Agreement ${amendment.reference}`);
    await expect.poll(() => page.locator('#edit-facts').innerText(), WAIT).toContain('Amends');
    const amends = await page.locator('#edit-facts').innerText();
    const editOffered = await page.getByRole('button', { name: 'Edit agreement' }).count();
    // It says what it changes against the version in force, shows the places of the agreement it
    // amends (none of its own), and has no signatures of its own.
    await expect.poll(() => page.locator('#diff-body').innerText(), WAIT).toContain('Condition 1: places a year');
    const proposes = {
      heading: await page.locator('#versions-heading').innerText(),
      against: await page.locator('#diff-note').innerText(),
      rows: (await page.locator('#diff-body tr').allInnerTexts()).map((r) => r.replace(/\s+/g, ' ')),
      places: await page.locator('#places-note').innerText(),
      placesRows: await page.locator('#places-body tr').count(),
      life: await page.locator('#life').isVisible(),
    };
    const amendmentPage = await checkPage(page, 'office-amendment-in-review');
    // In the registry it is listed as what it is: an amendment of the agreement, not a new one.
    await page.goto(`${h.url}/office/agreements`);
    const listed = page.locator('#registry-body tr', { hasText: amendment.reference });
    await expect.poll(() => listed.innerText(), WAIT).toContain('Amendment of ');
    const listedAs = await listed.innerText();
    await context.close();
    const after = await read();
    const proposed = await read(amendment.id);

    // Assess
    expect(said).toContain('This changes the cooperation conditions: it will go through approval as an amendment; version 2 stays in force until then.');
    expect(said).toContain('Changed: Condition 1: places a year.');
    expect(button).toBe('Send the amendment for approval');
    expect(sent).toBe(`The amendment ${amendment.reference} is sent for approval; version 2 stays in force until it is approved.`);
    expect(sentLink).toBe(`/office/agreements?id=${amendment.id}`);
    expect(listedAs).toContain(`Amendment of ${OSH.reference}`);
    expect(facts).toContain(`${amendment.reference} (In review)`);
    expect(history).toContain(`proposed the amendment ${amendment.reference} — Condition 1: places a year`);
    expect(conditions).toContain('5 per year');
    expect(warned).toContain(`waits until the amendment ${amendment.reference}, still in approval, is decided`);
    expect(refused).toContain(`A change of the cooperation conditions or the dates waits until the amendment ${amendment.reference}`);
    expect(refusedLink).toBe(`/office/agreements?id=${amendment.id}`);
    expect(kept).toBe('2030-08-31');
    expect(closed).toBe(0);
    expect(focusBack).toBe('edit-open');
    expect(amends).toContain(OSH.reference);
    expect(editOffered).toBe(0);
    expect(proposes).toEqual({
      heading: 'What the amendment changes',
      against: `Compared with ${OSH.reference} as in force (version 2).`,
      rows: ['Condition 1: places a year 5 7'],
      places: `The places of ${OSH.reference}, the agreement this amendment changes.`,
      placesRows: proposes.placesRows,
      life: false,
    });
    expect(proposes.placesRows).toBeGreaterThan(0);
    expect(amendmentPage).toEqual(PASSES);
    expect(after).toMatchObject({ status: 'active', contentVersion: 2, pendingAmendment: amendment.id, content: { endDate: '2029-08-31' } });
    expect(after.content.cooperationConditions[0].mobilitiesPerYear).toBe(5);
    expect(proposed).toMatchObject({ status: 'in_review', amends: OSH.id });
    expect(proposed.content.cooperationConditions[0].mobilitiesPerYear).toBe(7);
    expect(errors).toEqual([]);
    expect(amending).toEqual(PASSES);
    expect(sentPage).toEqual(PASSES);
    expect(refusedPage).toEqual(PASSES);
  });

  it('marks at once months that are not a number, an end date before the start, a made-up language and an empty coordinator address, and sends nothing', async () => {
    // Prepare
    const { context, page, errors } = await open(`/office/agreements?id=${OSH.id}`);
    const before = await read();
    let posted = 0;
    page.on('request', (r) => {
      if (r.method() === 'POST' && r.url().endsWith('/changes')) posted++;
    });

    // Act
    const form = await edit(page);
    const months = form.getByLabel('Total months a year (optional), condition 1');
    const language = form.getByLabel('Language 1 code (optional: en, ru…), condition 1');
    await months.fill('abc');
    await form.getByLabel('End date', { exact: true }).fill('2020-01-31');
    await language.fill('zz');
    await form.getByLabel('Email').fill('');
    await form.locator('button[type=submit]').click();
    await expect.poll(() => form.locator('.field-error').count(), WAIT).toBe(4);
    const errorOf = (control: Locator) => control.locator('xpath=..').locator('.field-error').innerText();
    const endError = await errorOf(form.getByLabel('End date', { exact: true }));
    const emailError = await errorOf(form.getByLabel('Email'));
    const monthsError = await errorOf(months);
    const languageError = await errorOf(language);
    const invalid = await Promise.all([form.getByLabel('End date', { exact: true }), form.getByLabel('Email'), months, language].map((c) => c.getAttribute('aria-invalid')));
    const summary = await form.locator('.error-summary').innerText();
    const markedPage = await checkPage(page, 'office-agreement-edit-refused');
    await context.close();
    const after = await read();

    // Assess
    expect(endError).toBe('The end date must be after the start date');
    expect(emailError).toBe('Fill this in');
    expect(monthsError).not.toBe('');
    expect(languageError).toBe('No language has this code; use an ISO 639-1 code such as en, ru, uz');
    expect(invalid).toEqual(['true', 'true', 'true', 'true']);
    expect(summary).toContain('End date: The end date must be after the start date');
    expect(posted).toBe(0);
    expect(after.contentVersion).toBe(before.contentVersion);
    expect(errors).toEqual([]);
    expect(markedPage).toEqual(PASSES);
  });

  it('shows version 3 once the chain approves the amendment, with what changed worded in English and Russian', async () => {
    // Prepare
    expect(amendment).toBeDefined();
    expect((await approveSteps(h, 'memorandum', amendment!.id)).status).toBe('approved');
    const { context, page, errors } = await open(`/office/agreements?id=${OSH.id}`);

    // Act
    await expect.poll(() => page.locator('#versions').innerText(), WAIT).toContain('Version 3');
    const versions = await page.locator('#versions').innerText();
    const heading = await page.locator('#diff-heading').innerText();
    const diff = await page.locator('#diff-body tr').allInnerTexts();
    const history = await page.locator('#history').innerText();
    const facts = await page.locator('#edit-facts').isVisible();
    const editOffered = await page.getByRole('button', { name: 'Edit agreement' }).count();
    const approvedPage = await checkPage(page, 'office-agreement-amended');
    // The approved amendment's own page: the version it made, and no signature block.
    await page.goto(`${h.url}/office/agreements?id=${amendment!.id}`);
    await expect.poll(() => page.locator('#diff-note').innerText(), WAIT).toContain('Approved');
    const amendmentApproved = { note: await page.locator('#diff-note').innerText(), rows: await page.locator('#diff-body tr').count(), life: await page.locator('#life').isVisible() };
    await page.goto(`${h.url}/office/agreements?id=${OSH.id}`);
    await expect.poll(() => page.locator('#versions').innerText(), WAIT).toContain('Version 3');
    await page.getByLabel('Language', { exact: true }).selectOption('ru');
    await expect.poll(() => page.locator('#diff-body').innerText()).toContain('Условие 1');
    const russian = await page.locator('#diff-body tr').allInnerTexts();
    await page.getByLabel('Язык', { exact: true }).selectOption('uz');
    await expect.poll(() => page.locator('#diff-body').innerText()).toContain('1-shart');
    const uzbek = await page.locator('#diff-body tr').allInnerTexts();
    await context.close();
    const stored = await read();

    // Assess
    expect(versions).toContain(`Version 3: amendment approved`);
    expect(versions).toContain(amendment!.reference);
    expect(heading).toBe('What changed from version 2 to 3');
    expect(diff).toHaveLength(1);
    expect(diff[0]!.replace(/\s+/g, ' ')).toBe('Condition 1: places a year 5 7');
    expect(russian[0]!.replace(/\s+/g, ' ')).toBe('Условие 1: мест в год 5 7');
    expect(uzbek[0]!.replace(/\s+/g, ' ')).toBe("1-shart: yiliga o'rinlar 5 7");
    expect(history).toContain(`changed it: version 3 is in force (${amendment!.reference}) — Condition 1: places a year`);
    expect(facts).toBe(false);
    expect(editOffered).toBe(1);
    expect(stored).toMatchObject({ contentVersion: 3 });
    expect(stored.pendingAmendment).toBeUndefined();
    expect(stored.content.cooperationConditions[0].mobilitiesPerYear).toBe(7);
    expect(errors).toEqual([]);
    expect(approvedPage).toEqual(PASSES);
    expect(amendmentApproved).toEqual({ note: `Approved: it made version 3 of ${OSH.reference}.`, rows: 1, life: false });
  });
});
