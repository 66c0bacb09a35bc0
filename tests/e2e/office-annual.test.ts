/**
 * The annual report for the rector in a real browser (Debian Chromium via playwright-core), on the
 * demo university with its ten years of history loaded as `npm start` loads them: the international
 * office opens a year's report, whose tables hold what GET /api/reports/… answers for that year;
 * printed to A4 PDF by Chromium in English, Russian and Uzbek, the PDF (read back with pdfjs) holds
 * the report's headings in that language and none of the screen's controls. The page passes axe-core
 * and fits a 360 px phone. A faculty member is told the page is the office's; a visitor not signed
 * in is shown the way to sign in.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadHistory } from '../../infra/local/history';
import { ANNUAL_MESSAGES } from '../../web/src/i18n/annual-messages';
import { COMMON_MESSAGES } from '../../web/src/i18n/common-messages';
import { OFFICE_MESSAGES } from '../../web/src/i18n/office-messages';
import { launchChromium } from '../support/browser';
import { startHarness, type Harness } from '../support/harness';
import { checkPage, PASSES, SCREENSHOTS } from '../support/pages';
import { openSignedIn } from '../support/signed-in';

type Yearly = { memoranda: { signed: number; inForceAtEnd: number }; countries: string[]; students: Flow; staff: { teaching: Flow; training: Flow }; byProgramme: { programme: string }[] };
type Flow = { outgoing: number; incoming: number };
type Counted = { total: { count: number; months: number } };

let h: Harness;
let browser: Browser;
let office: string;
let faculty: string;
/** A year of the demo's history with agreements and mobility in it, found by asking the API. */
let year: number;
let yearly: Yearly;

const api = async <T>(path: string, cookie = office): Promise<T> => {
  const res = await h.get(path, { cookie });
  expect(res.status, path).toBe(200);
  return (await res.json()) as T;
};

beforeAll(async () => {
  h = await startHarness('e2e-annual');
  // Signed in first: the history's thousands of stream records keep the notifier busy a while, and
  // a sign-in email queued behind them outlasted the harness's wait on a loaded machine.
  [office, faculty] = await Promise.all([h.signIn('iro@uni.example'), h.signIn('faculty@uni.example')]);
  await loadHistory(h.deps);
  browser = await launchChromium();
  // The latest complete year whose figures have memoranda signed and people moving: what the report is for.
  for (let y = new Date().getUTCFullYear() - 1; y > 2010; y -= 1) {
    const figures = await api<Yearly>(`/api/reports/yearly?year=${y}&period=calendar`);
    if (figures.memoranda.signed > 0 && figures.students.outgoing + figures.students.incoming > 0) {
      year = y;
      yearly = figures;
      break;
    }
  }
  expect(year).toBeDefined();
}, 300_000);
afterAll(async () => {
  await browser?.close();
  await h?.stop();
});

const rows = (page: Page, table: string) =>
  page.locator(`#${table} tbody tr`).evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => (c.textContent ?? '').trim())));

/** The PDF's text, all pages, without spaces or line breaks (Chromium splits runs where it lays them out). */
async function pdfText(pdf: Buffer): Promise<string> {
  const doc = await getDocument({ data: new Uint8Array(pdf) }).promise;
  const parts: string[] = [];
  for (let i = 1; i <= doc.numPages; i += 1) {
    const content = await (await doc.getPage(i)).getTextContent();
    for (const item of content.items) if ('str' in item) parts.push(item.str);
  }
  await doc.destroy();
  return squeeze(parts.join(''));
}
const squeeze = (text: string) => text.normalize('NFKC').replace(/\s+/g, '');

describe('the annual report', () => {
  it('shows the international office the year’s figures as the reports API counts them, and passes axe at 360 px', async () => {
    // Prepare
    const faculties = await api<Counted>(`/api/reports/mobilities?period=calendar&years=${year}&by=faculty,direction`);
    const inForce = await api<{ total: number }>(`/api/reports/agreements?view=in_force&at=${year}-12-31&by=country,partner`);

    // Act
    const { context, page, errors } = await openSignedIn(browser, h, office, `/office/reports/annual?year=${year}`, { locale: 'en-US' });
    await page.locator('#mobility-table').waitFor({ timeout: 15_000 });
    const shown = {
      h1: await page.locator('h1').innerText(),
      agreements: (await rows(page, 'agreements-table')).map((r) => r[1]),
      mobility: (await rows(page, 'mobility-table')).map((r) => r.slice(1)),
      programmes: (await rows(page, 'programme-table')).length,
      partnersTotal: (await rows(page, 'partners-table')).reduce((sum, r) => sum + Number(r[2]!.replace(/\D/g, '')), 0),
      facultiesTotal: (await rows(page, 'faculty-table')).at(-1)![3],
      captions: await page.locator('table caption').count(),
      charts: await page.locator('figure.chart svg[role=img]').count(),
      address: new URL(page.url()).search,
    };
    const quality = await checkPage(page, 'office-annual');
    await context.close();

    // Assess
    const n = (x: number) => x.toLocaleString('en-US');
    const flow = (f: Flow) => [n(f.outgoing), n(f.incoming), n(f.outgoing + f.incoming)];
    const total = { outgoing: yearly.students.outgoing + yearly.staff.teaching.outgoing + yearly.staff.training.outgoing, incoming: yearly.students.incoming + yearly.staff.teaching.incoming + yearly.staff.training.incoming };
    expect(shown).toEqual({
      h1: `Annual report on international cooperation, ${year}`,
      agreements: [n(yearly.memoranda.signed), n(yearly.memoranda.inForceAtEnd), n(yearly.countries.length)],
      mobility: [flow(yearly.students), flow(yearly.staff.teaching), flow(yearly.staff.training), flow(total)],
      programmes: yearly.byProgramme.length,
      partnersTotal: inForce.total,
      facultiesTotal: n(faculties.total.count),
      captions: expect.any(Number),
      charts: 3,
      address: `?year=${year}`,
    });
    expect(shown.captions).toBeGreaterThanOrEqual(5);
    expect(quality).toEqual(PASSES);
    expect(errors).toEqual([]);
  });

  it('prints to A4 PDF in English, Russian and Uzbek with the report’s headings and none of the screen’s controls', async () => {
    const { context, page, errors } = await openSignedIn(browser, h, office, `/office/reports/annual?year=${year}`, { locale: 'en-US' });
    await page.locator('#mobility-table').waitFor({ timeout: 15_000 });
    const printed: Record<string, { missing: string[]; present: string[]; pages: number }> = {};

    for (const language of ['en', 'ru', 'uz'] as const) {
      // Prepare: the page in the language, as the reader's switch makes it.
      const words = (key: keyof typeof ANNUAL_MESSAGES) => ANNUAL_MESSAGES[key][language].replace('{year}', String(year));
      await page.locator('#language').selectOption(language);
      await expect.poll(() => page.locator('h1').innerText()).toBe(words('annual.title'));

      // Act
      await page.emulateMedia({ media: 'print' });
      const pdf = await page.pdf({ format: 'A4' });
      // What the paper shows, for a person to look at (tests/e2e/.screenshots/, as checkPage saves).
      await page.screenshot({ path: join(SCREENSHOTS, `office-annual-print-${language}.png`), fullPage: true });
      await page.emulateMedia({ media: 'screen' });
      const text = await pdfText(pdf);

      // Assess (below): the headings are there, the controls are not.
      const headings = [words('annual.title'), words('annual.figures'), words('annual.partners'), words('annual.newAgreements'), words('annual.ended'), words('annual.byFaculty'), words('annual.mobilityCaption')];
      const controls = [words('annual.print'), words('annual.show'), words('annual.downloads'), COMMON_MESSAGES['chrome.skip'][language], '(XLSX)'];
      const doc = await getDocument({ data: new Uint8Array(pdf) }).promise;
      printed[language] = { missing: headings.filter((w) => !text.includes(squeeze(w))), present: controls.filter((w) => text.includes(squeeze(w))), pages: doc.numPages };
      await doc.destroy();
    }
    await context.close();

    for (const language of ['en', 'ru', 'uz']) {
      expect(printed[language]!.missing, language).toEqual([]);
      expect(printed[language]!.present, language).toEqual([]);
      expect(printed[language]!.pages, language).toBeGreaterThan(0);
    }
    expect(errors).toEqual([]);
  });

  it('is headed by the university and saves as one workbook, a sheet per table in the page’s words, read back with exceljs', async () => {
    // Prepare
    const { context, page, errors } = await openSignedIn(browser, h, office, `/office/reports/annual?year=${year}`, { locale: 'en-US' });
    await page.locator('#mobility-table').waitFor({ timeout: 15_000 });
    await page.locator('#language').selectOption('ru');
    await expect.poll(() => page.locator('h1').innerText()).toBe(ANNUAL_MESSAGES['annual.title'].ru.replace('{year}', String(year)));
    const university = await page.locator('#university').innerText();
    const captions = await page.locator('table caption').allInnerTexts();

    // Act
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), page.locator('#workbook-button').click()]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync(await download.path()) as never);
    await context.close();

    // Assess
    expect(university).toBe('Демонстрационный государственный университет');
    expect(download.suggestedFilename()).toBe(`Годовой отчёт ${year}.xlsx`);
    const sheets = workbook.worksheets.map((s) => s.name);
    expect(sheets).toContain('Меморандумы');
    expect(sheets.length).toBe(captions.length + (sheets[0] === ANNUAL_MESSAGES['annual.notable'].ru ? 1 : 0));
    const memoranda = workbook.getWorksheet('Меморандумы')!;
    expect(memoranda.getRow(1).values).toEqual([undefined, ANNUAL_MESSAGES['annual.figure'].ru, ANNUAL_MESSAGES['annual.number'].ru]);
    expect([memoranda.getCell('B2').value, memoranda.getCell('B3').value]).toEqual([yearly.memoranda.signed, yearly.memoranda.inForceAtEnd]);
    expect(errors).toEqual([]);
  });

  it('tells a faculty member the page is the international office’s, and shows no figures', async () => {
    const { context, page, errors } = await openSignedIn(browser, h, faculty, `/office/reports/annual?year=${year}`, { locale: 'en-US' });
    const reports: string[] = [];
    page.on('request', (r) => r.url().includes('/api/reports') && reports.push(r.url()));
    await expect.poll(() => page.locator('h1').innerText(), { timeout: 15_000 }).toBe(OFFICE_MESSAGES['office.forOffice'].en);
    const message = await page.locator('#message').innerText();
    const tables = await page.locator('table').count();
    const quality = await checkPage(page, 'office-annual-faculty');
    await context.close();

    expect(message).toBe(OFFICE_MESSAGES['office.onlyOffice'].en);
    expect(tables).toBe(0);
    expect(reports).toEqual([]);
    expect(quality).toEqual(PASSES);
    expect(errors).toEqual([]);
  });

  it('shows a visitor who is not signed in the way to sign in, and back to this report after', async () => {
    const context = await browser.newContext({ locale: 'en-US' });
    const page = await context.newPage();
    await page.goto(`${h.url}/office/reports/annual`);
    await expect.poll(() => page.locator('#message').innerText(), { timeout: 15_000 }).toContain(COMMON_MESSAGES['common.notSignedIn'].en);
    const link = await page.locator('#message a').getAttribute('href');
    await context.close();

    expect(link).toBe(`/signin?next=${encodeURIComponent('/office/reports/annual')}`);
  });
});
