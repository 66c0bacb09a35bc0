/**
 * The office's nominations list says where an incoming student's study plan stands, in a real
 * browser: "none yet" for an incoming nomination without one, "sent to" the host faculty's
 * coordinator once sent, "approved" after the coordinator's link; in English, then in Russian.
 * An outgoing nomination's row says nothing of a plan.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/browser';
import { nominationBody, startHarness, to, type Harness } from '../support/harness';
import { openSignedIn } from '../support/signed-in';

let h: Harness;
let browser: Browser;
let admin: string;
let faculty: string;
const COORDINATOR = 'coordinator.physics@uni.example';

beforeAll(async () => {
  h = await startHarness('e2e-office-study-plan-status');
  admin = await h.signIn('admin@uni.example');
  faculty = await h.signIn('faculty@uni.example');
  const person = await h.post(
    '/api/people',
    { email: COORDINATOR, name: 'Dilnoza Karimova', language: 'en', faculty: 'physics', roles: [{ role: 'faculty_coordinator', scope: { type: 'faculty', faculty: 'physics' } }] },
    { cookie: admin },
  );
  expect(person.status).toBe(201);
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await h?.stop();
});

const incoming = { homeContact: { name: 'Aigerim Nurlanovna', email: 'international@enu.kz.example' }, coordinator: { name: 'Yerlan Bekov', email: 'e.bekov@enu.kz.example' } };

async function submit(body: Record<string, unknown>): Promise<{ id: string; reference: string }> {
  const res = await h.post('/api/nominations', body, { cookie: faculty });
  expect(res.status, await res.clone().text()).toBe(201);
  return (await res.json()) as { id: string; reference: string };
}

const planLine = (page: Page, id: string) => page.locator(`#plan-${id}`).innerText();

describe('the office’s nominations list', () => {
  it('says for each incoming nomination where its study plan stands, in English and in Russian', async () => {
    // Prepare: an incoming nomination without a plan, one whose plan is sent, and an outgoing one.
    const nominee = (name: string, email: string) => ({ ...(nominationBody().nominee as object), name, email });
    const bare = await submit(nominationBody({ direction: 'incoming', nominee: nominee('Dana Ospanova', 'dana@enu.kz.example'), incoming }));
    const planned = await submit(nominationBody({ direction: 'incoming', nominee: nominee('Aruzhan Serikova', 'aruzhan@enu.kz.example'), incoming }));
    const outgoing = await submit(nominationBody());
    const saved = await h.fetchPut(`/api/nominations/${planned.id}/study-plan`, { period: 'first_semester', courses: [{ code: 'PHY-301', title: 'Solid state physics', credits: 6, creditSystem: 'ects' }], revision: 0 }, faculty);
    expect(saved.status).toBe(200);
    expect((await h.post(`/api/nominations/${planned.id}/study-plan/send`, undefined, { cookie: admin })).status).toBe(200);

    // Act: the office opens its list.
    const { context, page, errors } = await openSignedIn(browser, h, admin, '/office/nominations');

    // Assess
    await expect.poll(() => planLine(page, planned.id), { timeout: 15_000 }).toBe('Study plan: version 1 sent to Dilnoza Karimova');
    expect(await planLine(page, bare.id)).toBe('Study plan: none yet');
    expect(await page.locator(`#plan-${outgoing.id}`).count()).toBe(0);

    // The coordinator approves through the emailed link; the list, read again, says so, in Russian.
    const mail = await h.waitForEmail((e) => to(COORDINATOR)(e) && e.subject.includes(planned.reference), 'the coordinator’s link');
    const token = /\/act#t=([A-Za-z0-9_-]{43})&k=study-plan/.exec(mail.body.text ?? '')![1]!;
    const shown = (await (await h.post('/api/study-plan-links/preview', { token })).json()) as { snapshotHash: string };
    expect((await h.post('/api/study-plan-links/answer', { token, decision: 'approve', snapshotHash: shown.snapshotHash })).status).toBe(200);
    expect((await h.fetchPut('/api/me/language', { language: 'ru' }, admin)).status).toBe(200);
    await page.reload();
    await expect.poll(() => planLine(page, planned.id), { timeout: 15_000 }).toBe('Учебный план: версия 1 утверждена');
    expect(await planLine(page, bare.id)).toBe('Учебный план: ещё нет');
    expect(errors).toEqual([]);
    await context.close();
  });
});
