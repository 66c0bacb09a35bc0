/**
 * A memorandum sent back for changes and fixed, in a real browser (Debian Chromium via
 * playwright-core), with nothing but pages and emails: the faculty member signs in from their
 * mailbox and proposes a memorandum through the form; the international office approves from its
 * email; legal sends it back with a comment from its own; the faculty member reads the comment on
 * the home page, edits and resubmits; the first round's links no longer decide anything (their
 * pages say why), the second round's do, and the memorandum goes on to the vice-rector. Every page
 * visited passes axe-core (no serious or critical violation) and fits a 360 px phone.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MemorandumInput } from '../../shared/schemas/agreement';
import { launchChromium } from '../support/browser';
import { memorandumBody, startHarness, type Harness, type StoredEmail } from '../support/harness';
import { checkPage, PASSES, watchErrors } from '../support/pages';
import { aboutTo, signInThroughMailbox, type PageQuality } from '../support/signed-in';

let h: Harness;
let browser: Browser;

beforeAll(async () => {
  h = await startHarness('e2e-story-memorandum');
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await h?.stop();
});

const ACT_LINK = /https?:\/\/\S+\/act#t=[A-Za-z0-9_-]{43}(?:&l=[a-z]{2})?/;
const COMMENT = 'Name the joint laboratory in the summary, so that the partner’s rector can sign it.';
const FIXED_SUMMARY = 'Student and staff exchange in physics and materials science, and the joint laboratory of thin-film materials.';

/** The memorandum form filled in as a person would, from the schema's example, with its one condition. */
async function fillMemorandum(page: Page, m: MemorandumInput): Promise<void> {
  await page.locator('#m-partner').selectOption(m.partnerId);
  await page.locator('#m-kind').selectOption(m.kind);
  for (const s of m.scope) await page.locator(`#memorandum-form input[name=scope][value=${s}]`).check();
  const c = m.cooperationConditions[0]!;
  await page.getByRole('button', { name: 'Add condition' }).click();
  const field = (name: string) => page.getByLabel(`${name}, condition 1`, { exact: true });
  await field('Direction').selectOption(c.sender);
  await field('Mobility type').selectOption(c.type);
  await field('Places a year').fill(String(c.mobilitiesPerYear));
  await field('Total months a year (optional)').fill(String(c.totalMonthsPerYear));
  await field('Subject areas (ISCED-F, comma-separated)').fill(c.subjectAreas.join(', '));
  for (const level of c.eqfLevels) await page.locator(`#m-c1-eqf-${level}`).check();
  await field('Language 1 code (optional: en, ru…)').fill(c.languages[0]!.code);
  await field('Language 1 level (CEFR)').selectOption(c.languages[0]!.level);
  await field('Academic years (optional, comma-separated)').fill(c.academicYears.join(', '));
  await page.locator('#m-start').fill(m.startDate);
  await page.locator('#m-end').fill(m.endDate!);
  await page.locator('#m-coord-name').fill(m.coordinator.name);
  await page.locator('#m-coord-email').fill(m.coordinator.email);
  await page.locator('#m-faculty').selectOption(m.initiatingFaculty);
  await page.locator('#m-summary').fill(m.summary);
  await page.locator('#m-research').fill((m.researchAreas ?? []).join('; '));
  await page.locator('#m-labs').fill((m.jointLaboratories ?? []).join('; '));
}

/** The `nth` (from 0) action email to `address` about the memorandum, once it has come. */
async function actionEmail(address: string, reference: string, nth: number): Promise<string> {
  const isAction = (e: StoredEmail) => aboutTo(address, reference)(e) && ACT_LINK.test(e.body.text ?? '');
  let mail: StoredEmail | undefined;
  await expect
    .poll(async () => ((mail = (await h.emails()).filter(isAction)[nth]), Boolean(mail)), { timeout: 20_000, interval: 100, message: `action email ${nth + 1} to ${address}` })
    .toBe(true);
  return ACT_LINK.exec(mail!.body.text ?? '')![0];
}

type Visit = { page: Page; errors: string[]; quality: PageQuality; close(): Promise<void> };

/** An approver's link opened in a browser of their own (no account, no cookie), once the page has read its preview. */
async function openLink(link: string, reference: string, check: string): Promise<Visit> {
  const context = await browser.newContext({ locale: 'en-US' });
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(link);
  await expect.poll(() => page.locator('#meta').innerText(), { timeout: 15_000 }).toContain(reference);
  await expect.poll(() => page.locator('#message').innerText(), { timeout: 10_000 }).not.toBe('Loading…');
  return { page, errors, quality: await checkPage(page, check), close: () => context.close() };
}

/** Chooses, comments when there is something to say, sends, and answers what the page recorded. */
async function decide(visit: Visit, choice: 'Approve' | 'Request changes', comment?: string): Promise<string> {
  const { page } = visit;
  await page.getByRole('radio', { name: choice }).check();
  if (comment) await page.getByLabel(/^Comment/).fill(comment);
  await page.locator('#decide-button').click();
  await page.locator('#message.ok').waitFor({ state: 'visible', timeout: 15_000 });
  return page.locator('#message').innerText();
}

type Stored = { status: string; content: MemorandumInput; review: { round: number; stepIndex: number } };

describe('a memorandum sent back for changes', () => {
  it('is fixed and resubmitted from the home page; the first round’s links are spent, the second round’s decide, and it goes on', { timeout: 180_000 }, async () => {
    // Prepare: the faculty member signs in from the link in their mailbox.
    const faculty = await signInThroughMailbox(browser, h, 'faculty@uni.example', { check: 'story-memorandum' });
    const { page } = faculty;
    const m = memorandumBody() as MemorandumInput;
    const quality: PageQuality[] = [...faculty.quality];
    const visits: Visit[] = [];

    // Act: the memorandum, proposed through the form.
    await expect.poll(() => page.locator('#m-partner option').count(), { timeout: 10_000 }).toBeGreaterThan(1);
    await fillMemorandum(page, m);
    quality.push(await checkPage(page, 'story-memorandum-form'));
    await page.locator('#memorandum-form button[type=submit]').click();
    await expect.poll(() => page.locator('#memorandum-form .message').innerText(), { timeout: 15_000 }).toMatch(/^Submitted as AGR-\d{4}-\d{4}\.$/);
    const reference = await page.locator('#memorandum-form .message a').innerText();
    const itemPath = (await page.locator('#memorandum-form .message a').getAttribute('href'))!;
    const id = decodeURIComponent(itemPath.split('/').at(-1)!);
    const read = async () => (await (await h.get(`/api/agreements/${id}`, { cookie: faculty.cookie })).json()) as Stored;

    // Act: the international office approves; legal sends it back with a comment.
    const officeFirst = await actionEmail('iro@uni.example', reference, 0);
    visits.push(await openLink(officeFirst, reference, 'story-memorandum-office'));
    const officeRecorded = await decide(visits.at(-1)!, 'Approve');
    const legalFirst = await actionEmail('legal@uni.example', reference, 0);
    visits.push(await openLink(legalFirst, reference, 'story-memorandum-legal'));
    const legalRecorded = await decide(visits.at(-1)!, 'Request changes', COMMENT);
    quality.push(await checkPage(visits.at(-1)!.page, 'story-memorandum-legal-sent-back'));
    const sentBack = await read();

    // Act: the home page shows what legal asked; the faculty member edits and resubmits.
    await page.reload();
    const entry = page.locator('#agreements > li', { hasText: reference });
    await expect.poll(() => entry.locator('blockquote').innerText(), { timeout: 15_000 }).toBe(COMMENT);
    const onHome = {
      badge: await entry.locator('.badge').first().innerText(),
      asked: await entry.locator('blockquote').locator('xpath=preceding-sibling::p[1]').innerText(),
      timeline: await entry.getByRole('list', { name: `Progress of ${reference}` }).locator(':scope > li').allInnerTexts(),
    };
    quality.push(await checkPage(page, 'story-memorandum-home-sent-back'));
    await entry.getByRole('link', { name: `Edit and resubmit ${reference}` }).click();
    await page.waitForURL(`${h.url}${itemPath}/edit`);
    const summary = page.locator('#m-summary');
    await expect.poll(() => summary.inputValue(), { timeout: 15_000 }).toBe(m.summary);
    const onEdit = { comment: await page.locator('#edit-comment').innerText(), conditions: await page.locator('#memorandum-form .condition').count() };
    quality.push(await checkPage(page, 'story-memorandum-edit'));
    await summary.fill(FIXED_SUMMARY);
    await page.getByRole('button', { name: 'Resubmit memorandum' }).click();
    await page.waitForURL(`${h.url}${itemPath}`, { timeout: 15_000 });
    await expect.poll(() => page.locator('#item-meta').innerText(), { timeout: 15_000 }).toContain('In review');
    const onItem = { chainNote: await page.locator('#chain-note').innerText(), history: await page.locator('#item-history').innerText() };
    quality.push(await checkPage(page, 'story-memorandum-resubmitted'));
    const errors = faculty.errors;
    await faculty.close();

    // Act: the first round's links, opened again.
    await h.settle();
    visits.push(await openLink(officeFirst, reference, 'story-memorandum-office-old-link'));
    const officeOld = { message: await visits.at(-1)!.page.locator('#message').innerText(), form: await visits.at(-1)!.page.locator('#decision-section').isVisible() };
    visits.push(await openLink(legalFirst, reference, 'story-memorandum-legal-old-link'));
    const legalOld = { message: await visits.at(-1)!.page.locator('#message').innerText(), form: await visits.at(-1)!.page.locator('#decision-section').isVisible() };
    const oldToken = /#t=([A-Za-z0-9_-]{43})/.exec(legalFirst)![1]!;
    const oldPreview = (await (await h.post('/api/actions/preview', { token: oldToken })).json()) as { snapshotHash: string; choices: string[] };
    const oldDecision = await h.post('/api/actions/decide', { token: oldToken, decision: 'approve', snapshotHash: oldPreview.snapshotHash });

    // Act: the second round, from the new emails.
    const officeSecond = await actionEmail('iro@uni.example', reference, 1);
    visits.push(await openLink(officeSecond, reference, 'story-memorandum-office-round-2'));
    const officeContent = await visits.at(-1)!.page.locator('#content').innerText();
    await decide(visits.at(-1)!, 'Approve');
    const legalSecond = await actionEmail('legal@uni.example', reference, 1);
    visits.push(await openLink(legalSecond, reference, 'story-memorandum-legal-round-2'));
    const legalRound2 = await decide(visits.at(-1)!, 'Approve');
    await actionEmail('vicerector@uni.example', reference, 0);
    const after = await read();
    for (const v of visits) await v.close();

    // Assess: legal's comment sent it back to the submitter.
    expect(officeRecorded).toMatch(/^Approved\. Recorded on .*\. It has moved to the next step\./);
    expect(legalRecorded).toMatch(/^Changes requested\. Recorded on .*\. It goes back to the submitter\./);
    expect(sentBack.status).toBe('changes_requested');

    // Assess: the home page said so, with the comment and the way to the edit form, which had it filled in.
    expect(onHome.badge).toBe('Changes requested');
    expect(onHome.asked).toMatch(/^Sardor Tursunov asked for changes on .*\d.*:$/);
    expect(onHome.timeline[0]).toMatch(/^Step 1: International office — Approved by Nodira Alimova on /);
    expect(onHome.timeline[1]).toMatch(/^Step 2: Legal department — Changes requested by Sardor Tursunov on /);
    expect(onHome.timeline.at(-1)).toMatch(/^Result — sent back to you for changes on /);
    expect(onEdit).toEqual({ comment: COMMENT, conditions: 1 });
    expect(onItem.chainNote).toMatch(/^Round 2\./);
    expect(onItem.history).toContain('Aziz Rakhimov resubmitted it (round 2)');

    // Assess: the first round's links decide nothing, and their pages say why.
    expect(officeOld.form).toBe(false);
    expect(officeOld.message).toMatch(/^Already decided: Approved by you on .*It was resubmitted on .*, so this link belongs to the round before\./);
    expect(legalOld.form).toBe(false);
    expect(legalOld.message).toMatch(/^Already decided: Changes requested by you on .*It was resubmitted on .*, so this link belongs to the round before\./);
    expect(oldPreview.choices).toEqual([]);
    expect(oldDecision.status).toBe(409);

    // Assess: the second round saw the fix and went on to the vice-rector.
    expect(officeContent).toContain('joint laboratory of thin-film materials');
    expect(legalRound2).toMatch(/^Approved\. Recorded on .*\. It has moved to the next step\./);
    expect(after.status).toBe('in_review');
    expect(after.review).toMatchObject({ round: 2, stepIndex: 2 });
    expect(after.content).toEqual({ ...m, summary: FIXED_SUMMARY });
    const receipt = await h.waitForEmail((e) => aboutTo('faculty@uni.example', reference)(e) && e.subject.startsWith('Resubmitted: '), 'the resubmission receipt');
    expect(receipt.body.text).toContain('Links sent in the previous round no longer work.');

    // Assess: every page met the bars, and no script failed.
    for (const q of [...quality, ...visits.map((v) => v.quality)]) expect(q).toEqual(PASSES);
    expect([...errors, ...visits.flatMap((v) => v.errors)]).toEqual([]);
  });
});
