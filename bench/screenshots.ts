/**
 * `npm run screenshots`: the README's pictures (docs/screenshots/*.png), taken from the running
 * app rather than drawn by hand, so they can be made again whenever a page changes.
 *
 * Starts its own local stack (DynamoDB Local in memory, the local SES server, s3rver on a
 * temporary folder, the demo university, free ports: it never touches `npm start`'s data), then
 * walks what people do, each signed in through the real sign-in link from the local mailbox:
 * a faculty member fills in the nomination form (1280 and 360 px wide) and submits it, and
 * drafts a memorandum's conditions; the head of department opens the email's approval link and
 * approves; the faculty member's home page shows the timeline; the international office opens
 * the agreements registry, one agreement, and the nominations; then, with the ten years of demo
 * history loaded, the office's overview, the statistics page and the annual report as printed.
 *
 * Each picture is the viewport or one element, not the whole page, so the files stay small.
 */
import { mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { localAppConfig } from '../functions/lib/config';
import { startAppStack } from '../infra/local/app-stack';
import { loadHistory } from '../infra/local/history';
import { loadSeed } from '../infra/local/seed';
import { freePort, startDynamoLocal, startS3Local, startSesLocal, type RunningService } from '../infra/local/services';
import { buildWeb } from '../infra/web-site';
import { exampleOf, MemorandumInputSchema, NominationInputSchema } from '../shared/schemas';
import { launchChromium } from '../tests/support/browser';
import { to, type StoredEmail } from '../tests/support/harness';
import { signInThroughMailbox } from '../tests/support/signed-in';

const OUT = resolve('docs/screenshots');
const WIDE = { width: 1280, height: 800 };
const NARROW = { width: 360, height: 800 };
const WAIT = { timeout: 30_000 };

/** The local mailbox's emails to `address`, oldest first. */
async function emailsTo(mailbox: string, address: string): Promise<StoredEmail[]> {
  const { emails } = (await (await fetch(`${mailbox}/store`)).json()) as { emails: StoredEmail[] };
  return emails.filter(to(address));
}

/** The links in the local mailbox's emails to `address` (about `about`, when given) matching `pattern`, oldest first. */
async function linksTo(mailbox: string, address: string, pattern: RegExp, about = ''): Promise<string[]> {
  return (await emailsTo(mailbox, address)).filter((e) => e.subject.includes(about)).flatMap((e) => pattern.exec(e.body.text ?? '')?.[0] ?? []);
}

/** The newest such link once there are more than `seen`. */
async function newLinkTo(mailbox: string, address: string, pattern: RegExp, seen = 0, about = ''): Promise<string> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const links = await linksTo(mailbox, address, pattern, about);
    if (links.length > seen) return links.at(-1)!;
    if (Date.now() > deadline) throw new Error(`no email to ${address} with a link like ${pattern} arrived`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

const ACT_LINK = /https?:\/\/\S+\/act#t=[A-Za-z0-9_-]+(&l=[a-z]{2})?/;

/** Saves one picture and says how big it came out. */
async function shoot(target: Page | Locator, name: string, options: { fullPage?: boolean; clip?: { x: number; y: number; width: number; height: number } } = {}): Promise<void> {
  const path = join(OUT, `${name}.png`);
  const page = 'page' in target ? target.page() : target;
  // Two frames, so that what was just drawn is painted; the caret would blink into the picture.
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  await target.screenshot({ path, animations: 'disabled', caret: 'hide', ...options });
  const kb = statSync(path).size / 1024;
  console.log(`  ${name}.png ${kb.toFixed(0)} KB${kb > 250 ? '  (over 250 KB: clip it)' : ''}`);
}

/** The nomination chain's approvers, in order: each decides from the link in their own email. */
const NOMINATION_APPROVERS = ['head.physics@uni.example', 'dean.physics@uni.example', 'iro@uni.example', 'vicerector@uni.example'];

/** Approves every step of a nomination through each approver's emailed link, as their page would. */
async function approveThroughout(app: string, mailbox: string, reference: string): Promise<void> {
  const post = async (path: string, body: unknown) => {
    const res = await fetch(`${app}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', origin: app }, body: JSON.stringify(body) });
    if (res.status !== 200) throw new Error(`${path} answered ${res.status}: ${await res.text()}`);
    return (await res.json()) as Record<string, unknown>;
  };
  for (const approver of NOMINATION_APPROVERS) {
    const token = /#t=([A-Za-z0-9_-]+)/.exec(await newLinkTo(mailbox, approver, ACT_LINK, 0, reference))![1]!;
    const { snapshotHash } = await post('/api/actions/preview', { token });
    await post('/api/actions/decide', { token, decision: 'approve', snapshotHash });
  }
}

const card = (page: Page, heading: string) => page.locator(`section.card[aria-labelledby="${heading}"]`);

async function fillNomination(page: Page): Promise<void> {
  const n = exampleOf(NominationInputSchema) as Record<string, any>;
  await page.locator('#n-name').fill(n.nominee.name);
  await page.locator('#n-email').fill(n.nominee.email);
  await page.locator('#n-role').selectOption(n.nominee.role);
  await page.locator('#n-level').selectOption(n.nominee.studyLevel);
  await page.locator('#n-faculty').selectOption(n.nominee.faculty);
  await page.locator('#n-department').selectOption(n.nominee.department);
  await page.locator('#n-direction').selectOption(n.direction);
  await page.locator('#n-programme').selectOption(n.programme);
  await page.locator('#n-type').selectOption(n.mobilityType);
  await page.locator('#n-period').selectOption(n.period);
  await page.locator('#n-year').fill(n.academicYear);
  await page.locator('#n-partner').selectOption(n.partnerId);
  await page.locator('#n-agreement').selectOption(n.agreementId, WAIT);
  await page.locator('#n-lang').fill(n.language.code);
  await page.locator('#n-cefr').selectOption(n.language.level);
  await page.locator('#n-motivation').fill(n.motivation);
  // The picker says how many places are left once it has counted them.
  await page.locator('#n-agreement option', { hasText: 'places left' }).waitFor({ ...WAIT, state: 'attached' });
}

/**
 * The memorandum's partner and kind, and two conditions: ours go to study, theirs come to teach.
 * Fields by their ids, which follow the schema's paths (`m-c<row>-<field>`), not by their labels,
 * which are reworded more often.
 */
async function fillConditions(page: Page): Promise<void> {
  const m = exampleOf(MemorandumInputSchema) as Record<string, any>;
  const part = (row: number, key: string) => page.locator(`#m-c${row}-${key}`);
  await page.locator('#m-partner').selectOption(m.partnerId);
  await page.locator('#m-kind').selectOption(m.kind);
  const add = page.locator('#memorandum-form button.add-condition');
  await add.click();
  await part(1, 'sender').selectOption('home');
  await part(1, 'type').selectOption('student_studies');
  await part(1, 'mobilitiesPerYear').fill('4');
  await part(1, 'totalMonthsPerYear').fill('20');
  await part(1, 'subjectAreas').fill('0533, 0541');
  await part(1, 'eqf-6').check();
  await part(1, 'eqf-7').check();
  await part(1, 'languages-0-code').fill('en');
  await part(1, 'languages-0-level').selectOption('B2');
  await part(1, 'academicYears').fill('2027/2028');
  await add.click();
  await part(2, 'sender').selectOption('partner');
  await part(2, 'type').selectOption('staff_teaching');
  await part(2, 'mobilitiesPerYear').fill('2');
  await part(2, 'subjectAreas').fill('0533');
}

async function main(): Promise<void> {
  const running: RunningService[] = [];
  const s3Directory = mkdtempSync(join(tmpdir(), 'hamkor-screenshots-'));
  let stack: Awaited<ReturnType<typeof startAppStack>> | undefined;
  let browser: Browser | undefined;
  try {
    console.log('Building the pages and starting the local stack…');
    await buildWeb();
    const dynamoPort = await freePort();
    const sesPort = await freePort();
    const s3Port = await freePort();
    const port = await freePort();
    running.push(await startDynamoLocal({ port: dynamoPort, dataDir: null }));
    const ses = await startSesLocal({ port: sesPort });
    running.push(ses);
    running.push(await startS3Local({ port: s3Port, directory: s3Directory }));
    const config = localAppConfig({ port, dynamoPort, sesPort, s3Port, dataDir: s3Directory, schedulerTickSeconds: 60 }, { LOG_LEVEL: 'silent' });
    stack = await startAppStack({ config, port, seed: loadSeed() });
    const app = config.appUrl;
    browser = await launchChromium();
    // Each person signs in as people do: the address on the sign-in page, then the link from the mailbox.
    const site = { url: app, emailsTo: (address: string) => emailsTo(ses.url, address) };
    mkdirSync(OUT, { recursive: true });
    console.log(`Saving to ${OUT}:`);

    // The faculty member: the nomination form, filled in, wide and narrow; then sent.
    const faculty = await signInThroughMailbox(browser, site, 'faculty@uni.example', { context: { viewport: WIDE } });
    const home = faculty.page;
    await home.locator('#nomination-form[data-ready]').waitFor(WAIT);
    await fillNomination(home);
    await shoot(card(home, 'nominate-heading'), 'nomination-form');
    await home.setViewportSize(NARROW);
    // The top of the form on a phone: what fits on the screen, not the whole length.
    await home.evaluate(() => document.querySelector('section.card[aria-labelledby="nominate-heading"]')!.scrollIntoView({ block: 'start' }));
    await shoot(home, 'nomination-form-360');
    await home.setViewportSize(WIDE);
    await home.locator('#nomination-form button[type=submit]').click();
    await home.locator('#nomination-form .message a').waitFor(WAIT);
    const reference = (await home.locator('#nomination-form .message a').innerText()).trim();

    // The memorandum form's conditions table, two rows filled in (not sent).
    await fillConditions(home);
    await shoot(home.locator('#memorandum-form section.conditions'), 'memorandum-conditions');

    // The head of department: the approval link from the email, in English, then approved.
    // The head of department reads Uzbek: the link opens the page in it; the switcher turns it to English.
    const link = await newLinkTo(ses.url, 'head.physics@uni.example', ACT_LINK);
    const approverContext = await browser.newContext({ locale: 'en-US', viewport: WIDE });
    const approver = await approverContext.newPage();
    await approver.goto(link);
    await approver.locator('#decision-section:not([hidden])').waitFor(WAIT);
    await approver.locator('#language').selectOption('en');
    await approver.getByRole('heading', { name: 'Your decision' }).waitFor(WAIT);
    await shoot(approver, 'approver', { fullPage: true });
    await approver.locator('input[type=radio][value=approve]').check();
    await approver.locator('#decide-button').click();
    await approver.getByText('Recorded on', { exact: false }).waitFor(WAIT);
    await approverContext.close();

    // The faculty member's home page again: the nomination's timeline, one step done.
    await home.reload();
    await home.locator('ol.timeline > li[aria-current=step]').waitFor(WAIT);
    await home.locator('ol.timeline > li', { hasText: 'Approved by' }).first().waitFor(WAIT);
    await shoot(home, 'home-timeline');

    // A second nomination, approved at every step, so that the office has a partner's answer to record.
    const second = await home.evaluate(async (body) => {
      const res = await fetch('/api/nominations', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
      return { status: res.status, reference: ((await res.json()) as { reference?: string }).reference ?? '' };
    }, { ...(exampleOf(NominationInputSchema) as Record<string, any>), nominee: { ...(exampleOf(NominationInputSchema) as any).nominee, name: 'Jasur Toshmatov', email: 'jasur.toshmatov@student.uni.example' } });
    if (second.status !== 201) throw new Error(`the second nomination answered ${second.status}`);
    await approveThroughout(app, ses.url, second.reference);
    await faculty.context.close();

    // The international office: the registry, one agreement, the nominations.
    const office = await signInThroughMailbox(browser, site, 'iro@uni.example', { context: { viewport: WIDE } });
    const page = office.page;
    await page.goto(`${app}/office/agreements`);
    await page.locator('#registry-body tr').first().waitFor(WAIT);
    await shoot(page, 'office-agreements');
    await page.getByRole('link', { name: 'AGR-2024-0003' }).click();
    await page.locator('#places-body tr').first().waitFor(WAIT);
    await page.locator('#history li').first().waitFor(WAIT);
    await shoot(page, 'office-agreement', { fullPage: true, clip: { x: 0, y: 0, width: WIDE.width, height: 1500 } });
    await page.goto(`${app}/office/nominations`);
    await page.locator('#registry-body tr', { hasText: reference }).waitFor(WAIT);
    await page.locator('#registry-body tr', { hasText: second.reference }).waitFor(WAIT);
    await shoot(page, 'office-nominations');

    // The office's numbers, on the ten years of history `npm start` loads: the overview, the
    // statistics (mobilities by direction over five years) and the annual report as printed to A4.
    await loadHistory(stack.deps);
    const year = new Date().getUTCFullYear() - 1;
    await page.goto(`${app}/office`);
    await page.locator('main table').first().waitFor(WAIT);
    await shoot(page, 'office-dashboard', { fullPage: true, clip: { x: 0, y: 0, width: WIDE.width, height: 1000 } });
    await page.goto(`${app}/office/reports?count=mobilities&period=academic&from=${year - 5}&to=${year}&by=direction`);
    await page.locator('.bar-chart svg').first().waitFor(WAIT);
    await shoot(page, 'office-reports', { fullPage: true, clip: { x: 0, y: 0, width: WIDE.width, height: 1100 } });
    await page.goto(`${app}/office/reports/annual?year=${year}`);
    await page.locator('#mobility-table').waitFor(WAIT);
    await page.emulateMedia({ media: 'print' });
    await page.setViewportSize({ width: 794, height: 1123 }); // A4 at 96 dpi, as the print stylesheet lays it out
    await shoot(page, 'office-annual-print', { fullPage: true, clip: { x: 0, y: 0, width: 794, height: 1123 } });
    await office.context.close();

    // An administrator: the approval chains, with the places where a step finds nobody.
    const admin = await signInThroughMailbox(browser, site, 'admin@uni.example', { context: { viewport: WIDE } });
    await admin.page.goto(`${app}/office/chains`);
    await admin.page.locator('fieldset legend').first().waitFor(WAIT);
    await shoot(admin.page, 'office-chains', { fullPage: true, clip: { x: 0, y: 0, width: WIDE.width, height: 1100 } });
    await admin.context.close();
  } finally {
    await browser?.close();
    await stack?.stop().catch(() => undefined);
    for (const service of running.reverse()) await service.stop().catch(() => undefined);
    rmSync(s3Directory, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error instanceof Error ? error.stack : String(error));
    process.exit(1);
  },
);
