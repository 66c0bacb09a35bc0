/**
 * The office console's people and roles, and its approval chains, in a real browser (Debian
 * Chromium via playwright-core) against the local stack: an admin adds a dean for a faculty that
 * had none and the chains page stops listing that faculty under the dean step; edits a person's
 * roles (and is shown someone else's newer version, and kept from removing the last
 * administrator); is told an address is already in the directory, with a way to edit its person;
 * is refused a chain step nobody could resolve, with the message on that step's field and every
 * edit kept; reorders a chain and finds it so after a reload; adds, moves and removes a step by
 * keyboard alone. The international office reads both pages without an edit control. Each page
 * state passes axe-core (no serious or critical violation) and fits a 360 px phone.
 *
 * The tests share one table: each creates the people it edits and reads a chain's steps before
 * changing them, so they pass in any order.
 */
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '../support/harness';
import { launchChromium } from '../support/browser';
import { checkPage, PASSES } from '../support/pages';
import { openSignedIn } from '../support/signed-in';

type Step = { id: string; role: string; scope: string; policy: string; dueDays: number };
type Chain = { kind: string; steps: Step[]; version: number; gaps: unknown[] };
type Person = { email: string; name: string; language: string; roles: { role: string; scope: Record<string, string> }[]; version: number };

let h: Harness;
let browser: Browser;
let admin: string;
let iro: string;

beforeAll(async () => {
  h = await startHarness('e2e-office-people-chains');
  admin = await h.signIn('admin@uni.example');
  iro = await h.signIn('iro@uni.example');
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await h?.stop();
});

const open = (cookie: string, path: string) => openSignedIn(browser, h, cookie, path);

const chainOf = async (kind: string): Promise<Chain> => {
  const res = await h.get('/api/chains', { cookie: admin });
  expect(res.status).toBe(200);
  return ((await res.json()) as Chain[]).find((c) => c.kind === kind)!;
};
const personOf = async (email: string): Promise<Person | undefined> => ((await (await h.get('/api/people', { cookie: admin })).json()) as Person[]).find((p) => p.email === email);
const addPerson = async (body: Record<string, unknown>) => expect((await h.post('/api/people', body, { cookie: admin })).status).toBe(201);

const rows = (page: Page) => page.locator('#people-body tr').allInnerTexts();
const chainForm = (page: Page, kind: string) => page.locator(`#chain-${kind}`);
const steps = (page: Page, kind: string) => chainForm(page, kind).locator('.step');
const step = (page: Page, kind: string, n: number) => chainForm(page, kind).getByRole('group', { name: `Step ${n}`, exact: true });
const roleRow = (page: Page, n: number) => page.locator('#person-form').getByRole('group', { name: `Role ${n}`, exact: true });
/** The roles of a chain's steps as the page shows them, in order. */
const stepRoles = (page: Page, kind: string) => steps(page, kind).locator('select[data-part="role"]').evaluateAll((ss) => ss.map((s) => (s as HTMLSelectElement).value));
const gapLines = (page: Page, kind: string) => chainForm(page, kind).locator('.gap-list li').allInnerTexts();

async function chainsShown(page: Page): Promise<void> {
  await page.locator('#chains').waitFor({ timeout: 15_000 });
}

async function peopleShown(page: Page): Promise<void> {
  await page.locator('#directory').waitFor({ timeout: 15_000 });
  await expect.poll(async () => (await rows(page)).length, { timeout: 10_000 }).toBeGreaterThan(1);
}

/** Presses Tab until the focused element's text is `text` (keyboard only, as a person would). */
async function tabTo(page: Page, text: string): Promise<void> {
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    if ((await page.evaluate(() => document.activeElement?.textContent?.trim())) === text) return;
  }
  throw new Error(`Tab never reached "${text}"`);
}

const focused = (page: Page) => page.evaluate(() => ({ id: document.activeElement?.id ?? '', text: document.activeElement?.textContent?.trim() ?? '' }));
const valueOf = (l: Locator) => l.inputValue();

describe('the office console’s people and roles', () => {
  it('let an admin add a dean for economics, after which the chains page no longer lists economics under the dean step', async () => {
    // Prepare
    const { context, page, errors } = await open(admin, '/office/chains');
    await chainsShown(page);
    const deanGaps = () => gapLines(page, 'nomination').then((lines) => lines.filter((l) => l.includes('(Dean)')));
    await expect.poll(deanGaps, { timeout: 10_000 }).toHaveLength(1);
    const before = (await deanGaps())[0];
    const chainsPage = await checkPage(page, 'office-chains');

    // Act: from the console's navigation to People, and a new person with a dean's role there.
    await page.getByRole('navigation', { name: 'Office console' }).getByRole('link', { name: 'People' }).click();
    await page.waitForURL(`${h.url}/office/people`);
    await peopleShown(page);
    const peoplePage = await checkPage(page, 'office-people');
    const form = page.locator('#person-form');
    await form.getByLabel('Name', { exact: true }).fill('Kamola Usmonova');
    await form.getByLabel(/^Email/).fill('dean.economics@uni.example');
    await form.getByLabel(/^Language/).selectOption('ru');
    await form.getByLabel(/^Faculty/).selectOption({ label: 'Faculty of Economics' });
    await form.getByRole('button', { name: 'Add a role' }).click();
    await roleRow(page, 1).getByLabel('Role', { exact: true }).selectOption('dean');
    const offeredScope = await valueOf(roleRow(page, 1).getByLabel('Applies in'));
    const offeredFaculty = await valueOf(roleRow(page, 1).getByLabel('Faculty', { exact: true }));
    const scopeChoices = await roleRow(page, 1).getByLabel('Applies in').locator('option').allInnerTexts();
    const rolePage = await checkPage(page, 'office-people-new-role');
    await form.getByRole('button', { name: 'Add to the directory' }).click();
    await expect.poll(() => form.locator('.message').innerText(), { timeout: 10_000 }).toContain('is added');
    await page.getByRole('searchbox', { name: /Search people/ }).fill('usmonova');
    await expect.poll(() => rows(page)).toHaveLength(1);
    const listed = (await rows(page))[0];
    // The chains page, read again until the directory's change shows (the API reads people fresh).
    await page.getByRole('navigation', { name: 'Office console' }).getByRole('link', { name: 'Approval chains' }).click();
    await chainsShown(page);
    await expect
      .poll(
        async () => {
          await page.reload();
          await chainsShown(page);
          return deanGaps();
        },
        { timeout: 45_000, interval: 1000 },
      )
      .toEqual([]);
    const headGaps = (await gapLines(page, 'nomination')).filter((l) => l.includes('(Head of department)'));
    await context.close();
    const stored = await personOf('dean.economics@uni.example');

    // Assess
    expect(before).toMatch(/^Step \d \(Dean\): nobody holds it in Faculty of Economics$/);
    expect(offeredScope).toBe('faculty');
    expect(offeredFaculty).toBe('economics');
    expect(scopeChoices[0]).toBe('A faculty');
    expect(listed).toContain('Kamola Usmonova');
    expect(listed).toContain('dean.economics@uni.example');
    expect(listed).toContain('Dean — Faculty of Economics');
    expect(stored).toMatchObject({ name: 'Kamola Usmonova', language: 'ru', version: 1, roles: [{ role: 'dean', scope: { type: 'faculty', faculty: 'economics' } }] });
    expect(headGaps[0]).toContain('Faculty of Economics / Department of World Economy');
    expect(errors).toEqual([]);
    expect(chainsPage).toEqual(PASSES);
    expect(peoplePage).toEqual(PASSES);
    expect(rolePage).toEqual(PASSES);
  });

  it('let an admin change a person’s roles, show someone else’s newer version instead of overwriting it, and keep the last administrator', async () => {
    // Prepare
    await addPerson({ email: 'jasur.olimov@uni.example', name: 'Jasur Olimov', language: 'en', faculty: 'physics', roles: [{ role: 'submitter', scope: { type: 'faculty', faculty: 'physics' } }] });
    const { context, page, errors } = await open(admin, '/office/people?q=olimov');
    await page.locator('#directory').waitFor({ timeout: 15_000 });
    await expect.poll(() => rows(page), { timeout: 10_000 }).toHaveLength(1);
    const form = page.locator('#person-form');

    // Act: a head of department of theoretical physics instead of a submitter, and legal besides.
    await page.getByRole('button', { name: 'Edit Jasur Olimov' }).click();
    const heading = await page.locator('#person-heading').innerText();
    const headingFocused = (await focused(page)).id;
    const emailShown = await form.getByLabel(/^Email/).isVisible();
    await roleRow(page, 1).getByLabel('Role', { exact: true }).selectOption('head_of_department');
    const offeredScope = await valueOf(roleRow(page, 1).getByLabel('Applies in'));
    const departments = await roleRow(page, 1).getByLabel('Department', { exact: true }).locator('option').allInnerTexts();
    await roleRow(page, 1).getByLabel('Department', { exact: true }).selectOption('theoretical-physics');
    await form.getByRole('button', { name: 'Add a role' }).click();
    await roleRow(page, 2).getByLabel('Role', { exact: true }).selectOption('legal');
    await form.getByRole('button', { name: 'Save changes' }).click();
    await expect.poll(() => form.locator('.message').innerText(), { timeout: 10_000 }).toContain('are saved');
    const saved = await form.locator('.message').innerText();
    const focusAfterSave = (await focused(page)).id;
    const listed = (await rows(page))[0];
    const afterEdit = await personOf('jasur.olimov@uni.example');
    // Someone else changes the same person; this form is still at version 2.
    const elsewhere = await h.fetchPut('/api/people/jasur.olimov%40uni.example', { name: 'Jasur Olimov', language: 'uz', faculty: 'physics', roles: afterEdit!.roles, version: 2 }, admin);
    await roleRow(page, 2).getByRole('button', { name: 'Remove role 2' }).click();
    await form.getByRole('button', { name: 'Save changes' }).click();
    await expect.poll(() => form.locator('.message').innerText(), { timeout: 10_000 }).toContain('Someone else changed Jasur Olimov');
    const reloadedLanguage = await valueOf(form.getByLabel(/^Language/));
    const reloadedRoles = await form.locator('.role-row').count();
    const versionNote = await page.locator('#editing-email').innerText();
    const changedPage = await checkPage(page, 'office-people-changed');
    // The last administrator keeps the role.
    await page.getByRole('searchbox', { name: /Search people/ }).fill('');
    await page.getByLabel('Role', { exact: true }).first().selectOption('admin');
    await expect.poll(() => rows(page)).toHaveLength(1);
    await page.getByRole('button', { name: 'Edit Malika Yusupova' }).click();
    // An administrator is one for the whole university: no other place is offered.
    const adminPlaces = await roleRow(page, 1).getByLabel('Applies in').locator('option').allInnerTexts();
    await roleRow(page, 1).getByLabel('Role', { exact: true }).selectOption('dean');
    const deanPlaces = await roleRow(page, 1).getByLabel('Applies in').locator('option').count();
    await roleRow(page, 1).getByLabel('Role', { exact: true }).selectOption('admin');
    await roleRow(page, 1).getByRole('button', { name: 'Remove role 1' }).click();
    await form.getByRole('button', { name: 'Save changes' }).click();
    await expect.poll(() => form.locator('.message').innerText(), { timeout: 10_000 }).toContain('no administrator left');
    const lastAdminPage = await checkPage(page, 'office-people-last-admin');
    await context.close();
    const adminAfter = await personOf('admin@uni.example');
    const jasurAfter = await personOf('jasur.olimov@uni.example');

    // Assess
    expect(heading).toBe('Edit Jasur Olimov');
    expect(headingFocused).toBe('person-heading');
    expect(emailShown).toBe(false);
    expect(offeredScope).toBe('department');
    expect(departments.slice(1)).toEqual(['Department of General Physics', 'Department of Theoretical Physics']);
    expect(afterEdit).toMatchObject({
      version: 2,
      roles: [
        { role: 'head_of_department', scope: { type: 'department', faculty: 'physics', department: 'theoretical-physics' } },
        { role: 'legal', scope: { type: 'university' } },
      ],
    });
    expect(listed).toContain('Head of department — Faculty of Physics / Department of Theoretical Physics');
    expect(listed).toContain('Legal department — the whole university');
    expect(elsewhere.status).toBe(200);
    expect(reloadedLanguage).toBe('uz');
    expect(reloadedRoles).toBe(2);
    expect(versionNote).toBe('Signs in as jasur.olimov@uni.example.');
    expect(saved).toBe('Changes to Jasur Olimov are saved.');
    expect(focusAfterSave).toBe('person-heading');
    expect(jasurAfter?.version).toBe(3);
    expect(adminAfter?.roles.map((r) => r.role)).toEqual(['admin']);
    expect(adminPlaces).toEqual(['The whole university']);
    expect(deanPlaces).toBe(3);
    expect(errors).toEqual([]);
    expect(changedPage).toEqual(PASSES);
    expect(lastAdminPage).toEqual(PASSES);
  });

  it('check a role’s place before sending, and tell an admin who already has an address, with a way to edit them', async () => {
    // Prepare
    const { context, page, errors } = await open(admin, '/office/people');
    await peopleShown(page);
    const form = page.locator('#person-form');

    // Act: a department role with no department is refused on that row's field, before sending.
    await form.getByLabel('Name', { exact: true }).fill('Someone Else');
    await form.getByLabel(/^Email/).fill('FACULTY@uni.example');
    await form.getByRole('button', { name: 'Add a role' }).click();
    await roleRow(page, 1).getByLabel('Role', { exact: true }).selectOption('submitter');
    await roleRow(page, 1).getByLabel('Applies in').selectOption('department');
    await roleRow(page, 1).getByLabel('Faculty', { exact: true }).selectOption('physics');
    await form.getByRole('button', { name: 'Add to the directory' }).click();
    await expect.poll(() => form.locator('.field-error').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    const departmentField = roleRow(page, 1).getByLabel('Department', { exact: true });
    const invalid = await departmentField.getAttribute('aria-invalid');
    const fieldError = await departmentField.locator('xpath=..').locator('.field-error').innerText();
    const invalidPage = await checkPage(page, 'office-people-invalid');
    // With a department the server answers: that address is already someone's.
    await departmentField.selectOption('general-physics');
    await form.getByRole('button', { name: 'Add to the directory' }).click();
    await expect.poll(() => form.locator('.message').innerText(), { timeout: 10_000 }).toContain('already in the directory');
    const exists = await form.locator('.message').innerText();
    const existsPage = await checkPage(page, 'office-people-exists');
    await form.locator('.message').getByRole('button', { name: 'Edit Aziz Rakhimov' }).click();
    const heading = await page.locator('#person-heading').innerText();
    const name = await valueOf(form.getByLabel('Name', { exact: true }));
    const address = page.url();
    await context.close();

    // Assess
    expect(invalid).toBe('true');
    expect(fieldError).toBe('Choose one');
    expect(exists).toContain('Aziz Rakhimov (faculty@uni.example) is already in the directory.');
    expect(heading).toBe('Edit Aziz Rakhimov');
    expect(name).toBe('Aziz Rakhimov');
    expect(address).toBe(`${h.url}/office/people?edit=faculty%40uni.example`);
    expect(await personOf('faculty@uni.example')).toMatchObject({ name: 'Aziz Rakhimov', version: 1 });
    expect(errors).toEqual([]);
    expect(invalidPage).toEqual(PASSES);
    expect(existsPage).toEqual(PASSES);
  });
});

describe('the office console’s approval chains', () => {
  it('refuse a step nobody could resolve, with the message on that step’s field and the admin’s edits kept', async () => {
    // Prepare
    const stored = await chainOf('nomination');
    const { context, page, errors } = await open(admin, '/office/chains');
    await chainsShown(page);
    const last = stored.steps.length;

    // Act: three more days for step 1, and the last step a rector of the nominee's faculty.
    await step(page, 'nomination', 1).getByLabel(/^Days to decide/).fill('9');
    await step(page, 'nomination', last).getByLabel('Who decides').selectOption('rector');
    await step(page, 'nomination', last).getByLabel('Looked up in').selectOption('faculty');
    await chainForm(page, 'nomination').getByRole('button', { name: 'Save the nomination chain' }).click();
    await expect.poll(() => chainForm(page, 'nomination').locator('.field-error').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    const scopeField = step(page, 'nomination', last).getByLabel('Looked up in');
    const scopeInvalid = await scopeField.getAttribute('aria-invalid');
    const scopeError = await scopeField.locator('xpath=..').locator('.field-error').innerText();
    const message = await chainForm(page, 'nomination').locator(':scope > .message').innerText();
    const kept = {
      days: await valueOf(step(page, 'nomination', 1).getByLabel(/^Days to decide/)),
      role: await valueOf(step(page, 'nomination', last).getByLabel('Who decides')),
      scope: await valueOf(scopeField),
      steps: await steps(page, 'nomination').count(),
    };
    const refusedPage = await checkPage(page, 'office-chains-refused');
    await context.close();
    const after = await chainOf('nomination');

    // Assess
    expect(scopeInvalid).toBe('true');
    expect(scopeError).toBe('Nobody holds this role at this level; choose the level it is given at');
    expect(message).toContain('Your edits are kept');
    expect(kept).toEqual({ days: '9', role: 'rector', scope: 'faculty', steps: last });
    expect(after).toMatchObject({ version: stored.version, steps: stored.steps });
    expect(errors).toEqual([]);
    expect(refusedPage).toEqual(PASSES);
  });

  it('save a reordered chain, which a reload shows in its new order', async () => {
    // Prepare
    const stored = await chainOf('nomination');
    const { context, page, errors } = await open(admin, '/office/chains');
    await chainsShown(page);
    const expected = stored.steps.map((s) => s.role);
    [expected[1], expected[2]] = [expected[2]!, expected[1]!];

    // Act
    await step(page, 'nomination', 2).getByRole('button', { name: 'Move step 2 down' }).click();
    const focusAfterMove = (await focused(page)).text;
    await chainForm(page, 'nomination').getByRole('button', { name: 'Save the nomination chain' }).click();
    await expect.poll(() => chainForm(page, 'nomination').locator(':scope > .message').innerText(), { timeout: 10_000 }).toContain('applies to submissions made from now on');
    const said = await chainForm(page, 'nomination').locator(':scope > .message').innerText();
    const focusAfterSave = (await focused(page)).id;
    await page.reload();
    await chainsShown(page);
    const shown = await stepRoles(page, 'nomination');
    const version = await chainForm(page, 'nomination').locator('.chain-version').innerText();
    await context.close();
    const after = await chainOf('nomination');

    // Assess
    expect(focusAfterMove).toBe('Move step 3 down');
    // No internal version number in what the admin reads; the focus on the chain's heading, not lost.
    expect(said).not.toMatch(/version|\d/);
    expect(focusAfterSave).toBe('chain-nomination-heading');
    expect(shown).toEqual(expected);
    // When it was changed, not its internal version number.
    expect(version).toMatch(/^Last changed on \S.*\d{4}/);
    expect(after.steps.map((s) => s.role)).toEqual(expected);
    expect(after.version).toBe(stored.version + 1);
    expect(errors).toEqual([]);
  });

  it('tell an admin someone else saved the chain meanwhile, keep their edits, and save them over it when asked', async () => {
    // Prepare
    const stored = await chainOf('memorandum');
    const { context, page, errors } = await open(admin, '/office/chains');
    await chainsShown(page);
    const form = chainForm(page, 'memorandum');
    const message = form.locator(':scope > .message');

    // Act: eleven days for step 1 here; meanwhile someone else saves another change.
    await step(page, 'memorandum', 1).getByLabel(/^Days to decide/).fill('11');
    const theirs = stored.steps.map((s, i) => (i === stored.steps.length - 1 ? { ...s, dueDays: s.dueDays + 2 } : s));
    const elsewhere = await h.fetchPut('/api/chains/memorandum', { steps: theirs, version: stored.version }, admin);
    await form.getByRole('button', { name: 'Save the memorandum chain' }).click();
    await expect.poll(() => message.innerText(), { timeout: 10_000 }).toContain('Someone else saved this chain');
    const conflict = await message.innerText();
    const keptDays = await valueOf(step(page, 'memorandum', 1).getByLabel(/^Days to decide/));
    const conflictPage = await checkPage(page, 'office-chains-changed');
    await message.getByRole('button', { name: 'Save mine over it' }).click();
    await expect.poll(() => message.innerText(), { timeout: 10_000 }).toContain('Saved. It applies to submissions made from now on.');
    await context.close();
    const after = await chainOf('memorandum');

    // Assess
    expect(elsewhere.status).toBe(200);
    expect(conflict).toContain('Someone else saved this chain while you were editing. Your edits are still here.');
    expect(keptDays).toBe('11');
    expect(after.version).toBe(stored.version + 2);
    expect(after.steps).toEqual(stored.steps.map((s, i) => (i === 0 ? { ...s, dueDays: 11 } : s)));
    expect(errors).toEqual([]);
    expect(conflictPage).toEqual(PASSES);
  });

  it('let an admin add, move and remove a step with the keyboard alone', async () => {
    // Prepare
    const stored = await chainOf('memorandum');
    const { context, page, errors } = await open(admin, '/office/chains');
    await chainsShown(page);
    const n = stored.steps.length + 1;

    // Act: a dean's step, added at the end, moved up twice, then the step after it removed.
    await chainForm(page, 'memorandum').getByRole('button', { name: 'Add a step' }).focus();
    await page.keyboard.press('Enter');
    const afterAdd = await focused(page);
    await page.keyboard.type('Dean');
    const scopeOffered = await valueOf(step(page, 'memorandum', n).getByLabel('Looked up in'));
    const scopeChoices = await step(page, 'memorandum', n).getByLabel('Looked up in').locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
    await tabTo(page, `Move step ${n} up`);
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    const afterMoves = await focused(page);
    const announced = await chainForm(page, 'memorandum').locator('.step-moved').innerText();
    await tabTo(page, `Remove step ${n - 1}`);
    const removedRole = await valueOf(step(page, 'memorandum', n - 1).getByLabel('Who decides'));
    await page.keyboard.press('Enter');
    const afterRemove = await focused(page);
    const shown = await stepRoles(page, 'memorandum');
    const keyboardPage = await checkPage(page, 'office-chains-keyboard');
    await tabTo(page, 'Save the memorandum chain');
    await page.keyboard.press('Enter');
    await expect.poll(() => chainForm(page, 'memorandum').locator(':scope > .message').innerText(), { timeout: 10_000 }).toContain('Saved. It applies to submissions made from now on.');
    const afterSave = await focused(page);
    await context.close();
    const after = await chainOf('memorandum');

    // Assess
    const expected = stored.steps.map((s) => s.role);
    expected.splice(n - 3, 0, 'dean');
    expected.splice(n - 2, 1);
    expect(afterAdd.id).toBe(`memorandum-step-${n}-role`);
    expect(scopeOffered).toBe('faculty');
    expect(scopeChoices).toEqual(['faculty', 'university']);
    expect(afterMoves.text).toBe(`Move step ${n - 2} up`);
    expect(announced).toBe(`Dean is now step ${n - 2} of ${n}.`);
    expect(removedRole).toBe(stored.steps[n - 3]!.role);
    expect(afterRemove.id).toBe(`memorandum-step-${n - 1}-role`);
    expect(afterSave.id).toBe('chain-memorandum-heading');
    expect(shown).toEqual(expected);
    expect(after.steps.map((s) => s.role)).toEqual(expected);
    expect(after.steps[n - 3]).toEqual({ id: 'dean', role: 'dean', scope: 'faculty', policy: 'any', dueDays: 5 });
    expect(errors).toEqual([]);
    expect(keyboardPage).toEqual(PASSES);
  });
});

describe('the language a person reads the console in', () => {
  it('is kept in their profile once per choice: two devices with different languages do not write over each other at every page load', async () => {
    // Prepare: someone of the international office, signed in on two devices (two browser contexts).
    await addPerson({ email: 'two.devices@uni.example', name: 'Two Devices', language: 'en', roles: [{ role: 'international_office', scope: { type: 'university' } }] });
    const cookie = await h.signIn('two.devices@uni.example');
    const phone = await open(cookie, '/office/people');
    const laptop = await open(cookie, '/office/people');
    await peopleShown(phone.page);
    await peopleShown(laptop.page);
    const switched = (page: Page) => page.waitForResponse((r) => r.url().endsWith('/api/me/language') && r.request().method() === 'PUT');

    // Act: Russian chosen on the phone, then Uzbek on the laptop; then each page loaded again, twice.
    let sent = switched(phone.page);
    await phone.page.locator('#language').selectOption('ru');
    await sent;
    sent = switched(laptop.page);
    await laptop.page.locator('#language').selectOption('uz');
    await sent;
    const afterChoices = (await personOf('two.devices@uni.example'))!;
    const puts: string[] = [];
    for (const device of [phone, laptop]) device.page.on('request', (r) => r.url().endsWith('/api/me/language') && puts.push(r.postData() ?? ''));
    for (let i = 0; i < 2; i++) {
      for (const device of [phone, laptop]) {
        await device.page.reload();
        await peopleShown(device.page);
      }
    }
    const phoneLanguage = await phone.page.locator('html').getAttribute('lang');
    await phone.context.close();
    await laptop.context.close();
    const after = (await personOf('two.devices@uni.example'))!;

    // Assess: the last choice made (Uzbek) stands, and the phone follows it rather than writing Russian back.
    expect(afterChoices.language).toBe('uz');
    expect(puts).toEqual([]);
    expect(after).toMatchObject({ language: 'uz', version: afterChoices.version });
    expect(phoneLanguage).toBe('uz');
    expect(phone.errors).toEqual([]);
    expect(laptop.errors).toEqual([]);
  });

  it('keeps a choice whose write to the profile was cut off by leaving the page, instead of taking the profile’s older language', async () => {
    // Prepare
    await addPerson({ email: 'cut.off@uni.example', name: 'Cut Off', language: 'en', roles: [{ role: 'international_office', scope: { type: 'university' } }] });
    const cookie = await h.signIn('cut.off@uni.example');
    const device = await open(cookie, '/office/people');
    await peopleShown(device.page);

    // Act: Uzbek chosen, its write to the profile lost (the page left at once), then the page loaded again.
    await device.page.route('**/api/me/language', (route) => route.abort());
    const lost = device.page.waitForEvent('requestfailed', (r) => r.url().endsWith('/api/me/language'));
    await device.page.locator('#language').selectOption('uz');
    await lost;
    await device.page.unroute('**/api/me/language');
    const resent = device.page.waitForResponse((r) => r.url().endsWith('/api/me/language') && r.request().method() === 'PUT', { timeout: 15_000 });
    await device.page.reload();
    await peopleShown(device.page);
    const status = (await resent).status();
    const language = await device.page.locator('html').getAttribute('lang');
    await device.context.close();

    // Assess: the page stays Uzbek and sends the choice again; the profile has it.
    expect(language).toBe('uz');
    expect(status).toBe(200);
    expect((await personOf('cut.off@uni.example'))!.language).toBe('uz');
    expect(device.errors).toEqual(['Failed to load resource: net::ERR_FAILED']); // the write the test cut off, and nothing else
  });
});

describe('the people and chains pages, for the international office and in other languages', () => {
  it('show the international office both pages without a single edit control', async () => {
    // Prepare
    const { context, page, errors } = await open(iro, '/office/people');

    // Act
    await peopleShown(page);
    const people = await rows(page);
    const editButtons = await page.locator('#people-body button').count();
    const formShown = await page.locator('#person-form').isVisible();
    const note = await page.locator('#read-only').innerText();
    const peoplePage = await checkPage(page, 'office-people-read-only');
    await page.goto(`${h.url}/office/chains`);
    await chainsShown(page);
    const controls = await page.locator('#chain-forms').locator('input, select, button:visible').count();
    const firstStep = await chainForm(page, 'nomination').locator('.step').first().innerText();
    const chainsPage = await checkPage(page, 'office-chains-read-only');
    await context.close();
    const refused = await h.fetchPut('/api/chains/nomination', { steps: (await chainOf('nomination')).steps, version: (await chainOf('nomination')).version }, iro);

    // Assess
    expect(people.some((r) => r.includes('Nodira Alimova') && r.includes('International office — the whole university'))).toBe(true);
    expect(editButtons).toBe(0);
    expect(formShown).toBe(false);
    expect(note).toContain('only administrators can change them');
    expect(controls).toBe(0);
    expect(firstStep).toMatch(/^Step 1: /);
    expect(firstStep).toContain('days to decide');
    expect(refused.status).toBe(403);
    expect(errors).toEqual([]);
    expect(peoplePage).toEqual(PASSES);
    expect(chainsPage).toEqual(PASSES);
  });

  it('word both pages in Uzbek when the language is switched, without a reload', async () => {
    // Prepare
    const { context, page, errors } = await open(admin, '/office/chains');
    await chainsShown(page);

    // Act
    await page.getByLabel('Language', { exact: true }).selectOption('uz');
    // The Uzbek words arrive as a chunk of their own (the Preact pages load one language at a time): wait for them.
    await page.getByRole('heading', { level: 1, name: 'Tasdiqlash zanjirlari' }).waitFor({ timeout: 10_000 });
    const title = await page.locator('#title').innerText();
    const notice = await page.locator('#chains .notice').innerText();
    const legend = await chainForm(page, 'nomination').locator('legend').first().innerText();
    const save = await chainForm(page, 'memorandum').locator('.save-chain').innerText();
    await page.getByRole('navigation').getByRole('link', { name: 'Odamlar' }).click();
    await peopleShown(page);
    const peopleTitle = await page.locator('#title').innerText();
    const people = await rows(page);
    const uzPage = await checkPage(page, 'office-people-uz');
    await context.close();

    // Assess
    expect(title).toBe('Tasdiqlash zanjirlari');
    expect(notice).toContain('bundan keyin topshiriladigan arizalarga');
    expect(legend).toBe('1-bosqich');
    expect(save).toBe('Memorandum zanjirini saqlash');
    expect(peopleTitle).toBe('Odamlar va rollar');
    // The faculty by its Uzbek name, as the directory gives it.
    expect(people.some((r) => r.includes('Dekan — Fizika fakulteti'))).toBe(true);
    expect(errors).toEqual([]);
    expect(uzPage).toEqual(PASSES);
  });
});
