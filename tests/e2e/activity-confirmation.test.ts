/**
 * An activity's documents and the confirmation of faculty members' activities, in a real browser on
 * /office/activities: the office opens the Osh conference, uploads its programme as a PDF and sees
 * it listed with a download; an administrator asks the office to confirm what faculty members
 * record; a physics member's webinar is then proposed (marked on the list, counted by no report),
 * the office returns it with a comment the member reads on the page, the member edits it, which
 * proposes it again, and the office confirms it from the page, after which the report counts it.
 * Each page state passes axe-core (no serious or critical violation) and fits a 360 px phone.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exampleOf } from '../../shared/schemas/common';
import { ActivityInputSchema, type Activity } from '../../shared/schemas/activity';
import { launchChromium } from '../support/browser';
import { pdfBytes } from '../support/documents';
import { startHarness, type Harness } from '../support/harness';
import { checkPage, PASSES } from '../support/pages';
import { openSignedIn } from '../support/signed-in';

let h: Harness;
let browser: Browser;
let admin: string;
let iro: string;
let faculty: string;

beforeAll(async () => {
  h = await startHarness('e2e-activity-confirmation');
  admin = await h.signIn('admin@uni.example');
  iro = await h.signIn('iro@uni.example');
  faculty = await h.signIn('faculty@uni.example');
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await h?.stop();
});

async function open(cookie: string) {
  const opened = await openSignedIn(browser, h, cookie, '/office/activities', { locale: 'en-US' });
  await expect.poll(() => opened.page.locator('#registry-body tr').count(), { timeout: 15_000 }).toBeGreaterThan(0);
  await expect.poll(() => opened.page.locator('#field-partnerIds option').count(), { timeout: 15_000 }).toBeGreaterThan(1);
  return opened;
}

const counted = async () => ((await (await h.get('/api/reports/activities?years=2032', { cookie: iro })).json()) as { total: number }).total;

describe('an activity’s documents on the page', () => {
  it('uploads a programme PDF to the Osh conference and lists it with a download', async () => {
    // Prepare
    const { context, page, errors } = await open(iro);
    const row = page.locator('#activity-act-osh-conference-2026');

    // Act
    await row.getByRole('button', { name: /^Open .*confirmation and documents$/ }).click();
    await expect.poll(() => page.locator('#activity-documents').innerText(), { timeout: 10_000 }).toContain('No documents yet');
    const panel = page.locator('#activity-detail');
    await panel.getByLabel('Kind of document').selectOption('programme');
    await panel.getByLabel(/^File/).setInputFiles({ name: 'Conference programme.pdf', mimeType: 'application/pdf', buffer: Buffer.from(pdfBytes('programme')) });
    await panel.getByRole('button', { name: 'Upload' }).click();
    await expect.poll(() => page.locator('#documents-message').innerText(), { timeout: 15_000 }).toContain('is filed as Programme');
    const listed = await page.locator('#activity-documents').innerText();
    const quality = await checkPage(page, 'activity-documents');
    await context.close();

    // Assess
    expect(listed).toContain('Download Conference programme.pdf');
    expect(listed).toContain('Programme');
    const stored = (await (await h.get('/api/activities/act-osh-conference-2026/documents', { cookie: iro })).json()) as { kind: string; fileName: string }[];
    expect(stored.map((d) => [d.kind, d.fileName])).toEqual([['programme', 'Conference programme.pdf']]);
    expect(quality).toEqual(PASSES);
    expect(errors).toEqual([]);
  });
});

describe('a faculty member’s activity confirmed by the office', () => {
  let proposed: Activity;

  it('lets an administrator ask the office to confirm what faculty members record', async () => {
    const { context, page, errors } = await open(admin);
    await page.getByLabel('Who confirms the activities faculty members record').selectOption('office');
    await page.getByRole('button', { name: 'Save the setting' }).click();
    await expect.poll(() => page.locator('#setting-message').innerText(), { timeout: 10_000 }).toContain('Saved: The international office');
    await context.close();

    const body = { ...(exampleOf(ActivityInputSchema) as Record<string, unknown>), title: 'Webinars on optics with Osh', kind: 'webinar', startDate: '2032-02-10', endDate: '2032-02-12' };
    const res = await h.post('/api/activities', body, { cookie: faculty });
    expect(res.status).toBe(201);
    proposed = (await res.json()) as Activity;
    expect(proposed).toMatchObject({ status: 'proposed', confirmer: 'office' });
    expect(await counted()).toBe(0);
    expect(errors).toEqual([]);
  });

  it('is returned with a comment, which the member reads, edits and proposes again', async () => {
    // Prepare
    const office = await open(iro);
    const row = office.page.locator(`#activity-${proposed.id}`);

    // Act: the office returns it.
    const marked = await row.innerText();
    await row.getByRole('button', { name: /^Open / }).click();
    await office.page.getByRole('button', { name: 'Return with a comment' }).click();
    const refused = await office.page.locator('#decision-comment-error').innerText();
    await office.page.getByLabel(/^Comment for the faculty/).fill('Add how many of our students took part.');
    await office.page.getByRole('button', { name: 'Return with a comment' }).click();
    await expect.poll(() => office.page.locator('#detail-message').innerText(), { timeout: 10_000 }).toContain('is returned to its faculty');
    await office.context.close();
    // The member opens it, reads the comment, edits it and saves: it is proposed again.
    const member = await open(faculty);
    await member.page.locator(`#activity-${proposed.id}`).getByRole('button', { name: /^Open / }).click();
    const comment = await member.page.locator('#returned-comment').innerText();
    const quality = await checkPage(member.page, 'activity-returned');
    await member.page.locator(`#activity-${proposed.id}`).getByRole('button', { name: /^Edit / }).click();
    await member.page.locator('#activity-form').getByLabel('Of them students').fill('35');
    await member.page.getByRole('button', { name: 'Save and propose again' }).click();
    await expect.poll(() => member.page.locator('#form-message').innerText(), { timeout: 10_000 }).toContain('is proposed');
    await member.context.close();

    // Assess
    expect(marked).toContain('Awaiting confirmation');
    expect(marked).toContain('by the international office');
    expect(refused).toContain('Write what the faculty should change');
    expect(comment).toContain('Add how many of our students took part.');
    expect(comment).toContain('Edit it and save');
    expect(quality).toEqual(PASSES);
    const now = (await (await h.get(`/api/activities/${proposed.id}`, { cookie: iro })).json()) as Activity;
    expect(now).toMatchObject({ status: 'proposed', version: 3, participants: { students: 35 } });
    expect(office.errors).toEqual([]);
    expect(member.errors).toEqual([]);
  });

  it('is confirmed by the office on the page, and then the report counts it', async () => {
    // Prepare
    const { context, page, errors } = await open(iro);

    // Act
    await page.locator(`#activity-${proposed.id}`).getByRole('button', { name: /^Open / }).click();
    await page.locator('#confirm-activity').click();
    await expect.poll(() => page.locator('#detail-message').innerText(), { timeout: 10_000 }).toContain('is confirmed');
    await expect.poll(() => page.locator(`#activity-${proposed.id}`).innerText(), { timeout: 10_000 }).toContain('Recorded');
    const quality = await checkPage(page, 'activity-confirmed');
    await context.close();

    // Assess
    const now = (await (await h.get(`/api/activities/${proposed.id}`, { cookie: iro })).json()) as Activity;
    expect(now).toMatchObject({ status: 'recorded', decisions: [{ decision: 'returned' }, { decision: 'confirmed', by: { email: 'iro@uni.example' } }] });
    expect(await counted()).toBe(1);
    expect(quality).toEqual(PASSES);
    expect(errors).toEqual([]);
  });
});
