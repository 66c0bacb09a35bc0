/**
 * The invitation letter from the office's nominations, in a real browser: an incoming nomination
 * whose submitter gave the passport offers the letter in both pairs, and the PDF the browser
 * downloads reads back (pdftotext) with the student's name and the passport's expiry in English
 * and Russian.
 */
import { execFileSync } from 'node:child_process';
import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { keys } from '../../functions/lib/db/keys';
import { launchChromium } from '../support/browser';
import { nominationBody, startHarness, type Harness } from '../support/harness';
import { checkPage, PASSES } from '../support/pages';
import { openSignedIn } from '../support/signed-in';

let h: Harness;
let browser: Browser;
let iro: string;
let nomination: { id: string; reference: string };

beforeAll(async () => {
  h = await startHarness('e2e-invitation-letter');
  const faculty = await h.signIn('faculty@uni.example');
  iro = await h.signIn('iro@uni.example');
  browser = await launchChromium();
  const nominee = { ...(nominationBody().nominee as object), name: 'Aliya Serikovna', email: 'aliya@enu.kz.example' };
  const incoming = { homeContact: { name: 'Aigerim Nurlanovna', email: 'international@enu.kz.example' }, coordinator: { name: 'Yerlan Bekov', email: 'e.bekov@enu.kz.example' } };
  const res = await h.post('/api/nominations', nominationBody({ direction: 'incoming', nominee, incoming, accommodation: { request: 'dormitory' } }), { cookie: faculty });
  expect(res.status).toBe(201);
  nomination = (await res.json()) as { id: string; reference: string };
  const data = await h.fetchPut(`/api/nominations/${nomination.id}/invitation-data`, { nationality: 'KZ', dateOfBirth: '2004-05-17', passportNumber: 'N12345678', passportExpiry: '2031-03-01' }, faculty);
  expect(data.status).toBe(200);
});
afterAll(async () => {
  await browser?.close();
  await h?.stop();
});

describe('the invitation letter on the office’s nominations', () => {
  it('is offered for an incoming student in both pairs, and the PDF downloaded names the student and the passport’s expiry in both languages', async () => {
    // Prepare
    const { context, page, errors } = await openSignedIn(browser, h, iro, '/office/nominations', { locale: 'en-US', acceptDownloads: true });
    const link = page.locator(`#letter-ru-${nomination.id}`);
    await link.waitFor({ state: 'visible', timeout: 20_000 });
    expect(await page.locator(`#letter-uz-${nomination.id}`).getAttribute('href')).toBe(`/api/nominations/${nomination.id}/invitation-letter.pdf?language=uz`);
    expect(await checkPage(page, 'office-invitation-letter')).toEqual(PASSES);

    // Act: the browser downloads the English and Russian letter.
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toBe(`${nomination.reference.toLowerCase()}-invitation-en-ru.pdf`);
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', (await download.path())!, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');

    // Assess
    for (const expected of ['Invitation letter', 'Приглашение на учёбу', 'Aliya Serikovna', 'valid until 1 March 2031', 'действителен до 1 марта 2031']) expect(text, expected).toContain(expected);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows the room on the nomination’s page and, worded for people, in its history', async () => {
    // Prepare: the chain's approval set directly (the room needs it), then the office gives a room.
    await h.deps.db.doc.send(
      new UpdateCommand({ TableName: h.deps.db.table, Key: keys.submission('nomination', nomination.id), UpdateExpression: 'SET #s = :a REMOVE duePk, dueAt', ExpressionAttributeNames: { '#s': 'status' }, ExpressionAttributeValues: { ':a': 'approved' } }),
    );
    const given = await h.post(`/api/nominations/${nomination.id}/accommodation`, { residenceId: 'residence-2', room: '101', from: '2027-08-30', to: '2028-02-01' }, { cookie: iro });
    expect(given.status).toBe(200);

    // Act
    const { context, page, errors } = await openSignedIn(browser, h, iro, `/nominations/${nomination.id}`, { locale: 'en-US' });
    const content = page.locator('#item-content');
    await content.waitFor({ state: 'visible', timeout: 20_000 });

    // Assess
    await expect.poll(() => content.innerText(), { timeout: 10_000 }).toMatch(/Accommodation\s+.+, room 101, August 30, 2027 – February 1, 2028/);
    await expect.poll(() => page.locator('section[aria-labelledby="history-heading"]').innerText(), { timeout: 10_000 }).toMatch(/gave the student room 101 in /);
    expect(errors).toEqual([]);
    await context.close();
  });
});
