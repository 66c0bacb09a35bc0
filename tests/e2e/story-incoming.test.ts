/**
 * An incoming student's whole story, in Russian, in a real browser (Debian Chromium via
 * playwright-core), with pages and emails: the faculty member signs in from the link in their
 * mailbox with the sign-in page in Russian and files the nomination of a student of L.N. Gumilyov
 * Eurasian National University (ENU) coming to our Physics faculty for the academic year, with the
 * home institution's contacts and the invitation letter's data; the head of department sends it
 * back from their email's link asking whether the student needs a dormitory, and the faculty member
 * asks for one in the form of "Edit and resubmit"; the head of department, the dean, the international office and the vice-rector each
 * open the link in their own email and approve. The faculty member adds the study plan's courses on
 * the nomination's page and sends them; the host faculty's coordinator approves them from the link
 * in their email. The international office, signed in from its mailbox in Russian, records the
 * partner's acceptance, gives the student a room in a residence, downloads the invitation letter
 * (English and Russian, naming the room: read with pdftotext) and records the arrival, reading at
 * each step the status words in Russian. Every page visited
 * passes axe-core (no serious or critical violation) and fits a 360 px phone.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/browser';
import { agreementInForce, NOMINATION_CHAIN } from '../support/chains';
import { memorandumBody, startHarness, to, type Harness } from '../support/harness';
import { checkPage, PASSES, watchErrors } from '../support/pages';
import { aboutTo, signInThroughMailbox, type PageQuality } from '../support/signed-in';

let h: Harness;
let browser: Browser;
let agreement: { id: string; reference: string };

/**
 * The academic year under way (`A/A+1`, from September), so that the stay has begun and the
 * arrival on its first day is not in the future, whichever day the test runs.
 */
const today = new Date().toISOString().slice(0, 10);
const A = Number(today.slice(0, 4)) - (Number(today.slice(5, 7)) >= 9 ? 0 : 1);
const YEAR = `${A}/${A + 1}`;
const START = `${A}-09-01`;
const END = `${A + 1}-06-30`;

beforeAll(async () => {
  h = await startHarness('e2e-story-incoming');
  browser = await launchChromium();
  // The demo's agreement for ENU's students (AGR-2026-0006) is in force from September 2026 to
  // August 2031 only, and this walk runs in whichever academic year is under way: an agreement in
  // force now that plans two ENU students a year with us is made first, as the office makes one.
  const [faculty, iro, admin] = await Promise.all([h.signIn('faculty@uni.example'), h.signIn('iro@uni.example'), h.signIn('admin@uni.example')]);
  // The host faculty's coordinator, who approves the study plan: the demo directory names none.
  const person = await h.post('/api/people', { email: COORDINATOR, name: 'Бобур Алиев', language: 'ru', faculty: 'physics', roles: [{ role: 'faculty_coordinator', scope: { type: 'faculty', faculty: 'physics' } }] }, { cookie: admin });
  expect(person.status).toBe(201);
  agreement = await agreementInForce(
    h,
    memorandumBody({
      partnerId: 'enu-gumilyov',
      startDate: `${A}-08-01`,
      endDate: `${A + 4}-08-31`,
      cooperationConditions: [{ type: 'student_studies', sender: 'partner', mobilitiesPerYear: 2, subjectAreas: [], eqfLevels: [], languages: [], academicYears: [] }],
      summary: 'Two ENU students a year study physics with us.',
    }),
    { proposer: faculty, office: iro },
  );
});
afterAll(async () => {
  await browser?.close();
  await h?.stop();
});

const ACT_LINK = /https?:\/\/\S+\/act#t=[A-Za-z0-9_-]{43}(?:&l=[a-z]{2})?/;

/** Each approver reads the page in their email's language (the demo directory's): the choices are named in it. */
const CHOICE_IN: Record<string, { approve: string; sendBack?: string }> = {
  'head.physics@uni.example': { approve: 'Tasdiqlash', sendBack: 'Qayta ishlashga qaytarish' },
  'dean.physics@uni.example': { approve: 'Одобрить' },
  'iro@uni.example': { approve: 'Approve' },
  'vicerector@uni.example': { approve: 'Approve' },
};

const COORDINATOR = 'coordinator.physics@uni.example';

const STUDENT = { name: 'Даурен Жумабаев', email: 'd.zhumabayev@enu.kz.example' };

/** A field filled only where the form shows it (the incoming form may leave out what an incoming student does not need). */
async function fillIfAsked(page: Page, selector: string, fill: (page: Page) => Promise<unknown>): Promise<void> {
  if (await page.locator(selector).isVisible()) await fill(page);
}

/** The incoming nomination filled in as the faculty member would, the page in Russian. */
async function fillIncoming(page: Page): Promise<void> {
  // The direction first: it is what makes the form ask for the home institution and the letter's data.
  await page.locator('#n-direction').selectOption('incoming');
  await page.locator('#n-passport').waitFor({ state: 'visible', timeout: 5_000 });
  await page.locator('#n-name').fill(STUDENT.name);
  await page.locator('#n-email').fill(STUDENT.email);
  await page.locator('#n-role').selectOption('student');
  await page.locator('#n-level').selectOption('bachelor');
  await page.locator('#n-faculty').selectOption('physics');
  await page.locator('#n-department').selectOption('general-physics');
  await page.locator('#n-programme').selectOption('bilateral');
  await page.locator('#n-partner').selectOption('enu-gumilyov');
  await page.locator('#n-type').selectOption('full_year_study');
  await page.locator('#n-period').selectOption('full_year');
  await page.locator('#n-year').fill(YEAR);
  await page.locator('#n-format').selectOption('physical');
  await page.locator('#n-start').fill(START);
  await page.locator('#n-end').fill(END);
  await expect.poll(() => page.locator('#n-agreement option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value)), { timeout: 10_000 }).toContain(agreement.id);
  await page.locator('#n-agreement').selectOption(agreement.id);
  await fillIfAsked(page, '#n-lang', (p) => p.locator('#n-lang').fill('ru'));
  await fillIfAsked(page, '#n-cefr', (p) => p.locator('#n-cefr').selectOption('C1'));
  await fillIfAsked(page, '#n-motivation', (p) => p.locator('#n-motivation').fill('Год физики конденсированного состояния в нашей лаборатории по программе обмена с ЕНУ.'));
  await page.locator('#n-home-contact-name').fill('Асель Бекова');
  await page.locator('#n-home-contact-email').fill('international@enu.kz.example');
  await page.locator('#n-home-coordinator-name').fill('Ерлан Сатпаев');
  await page.locator('#n-home-coordinator-email').fill('e.satpayev@enu.kz.example');
  await page.locator('#n-nationality').fill('KZ');
  await page.locator('#n-birth').fill('2004-05-17');
  await page.locator('#n-passport').fill('N12345678');
  await page.locator('#n-passport-expiry').fill(`${A + 5}-05-16`);
}

/** The `nth` email (from 0) to `email` about the nomination that carries an action link. */
async function actionEmail(email: string, reference: string, nth: number): Promise<string> {
  const carries = (e: { body: { text?: string } }) => ACT_LINK.test(e.body.text ?? '');
  const deadline = Date.now() + 20_000;
  for (;;) {
    const found = (await h.emailsTo(email)).filter((e) => aboutTo(email, reference)(e) && carries(e));
    if (found[nth]) return ACT_LINK.exec(found[nth].body.text ?? '')![0];
    if (Date.now() > deadline) throw new Error(`Timed out waiting for action email ${nth + 1} to ${email} about ${reference}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

type Turn = { content: string; invitation: string; recorded: string; quality: PageQuality; errors: string[] };

/**
 * One approver's turn: their `nth` email about the nomination, its link opened in a browser of
 * their own (no account, no cookie), a choice pressed (with a comment when sending back).
 */
async function decideFromEmail(email: string, reference: string, nth: number, check: string, sendBack?: string): Promise<Turn> {
  const link = await actionEmail(email, reference, nth);
  const context = await browser.newContext({ locale: 'en-US' });
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(link);
  await page.locator('#decision-section').waitFor({ state: 'visible', timeout: 15_000 });
  await expect.poll(() => page.locator('#meta').innerText(), { timeout: 10_000 }).toContain(reference);
  const content = await page.locator('#content').innerText();
  const invitation = await page.locator('#invitation-data').innerText();
  const quality = await checkPage(page, check);
  const choice = CHOICE_IN[email]!;
  await page.getByRole('radio', { name: sendBack ? choice.sendBack! : choice.approve }).check();
  if (sendBack) await page.locator('#comment').fill(sendBack);
  await page.locator('#decide-button').click();
  await page.locator('#message.ok').waitFor({ state: 'visible', timeout: 15_000 });
  const recorded = await page.locator('#message').innerText();
  await context.close();
  return { content, invitation, recorded, quality, errors };
}

/** The nomination's row in the office's list, and its status words once they read `status`. */
async function officeRow(page: Page, reference: string, status: string) {
  const row = page.locator('#registry-body tr', { hasText: reference });
  await expect.poll(() => row.locator('.badge').innerText(), { timeout: 15_000 }).toBe(status);
  return row;
}

/**
 * The office's step form opened from its button in the row, filled by `fill`, saved; what the page
 * said after (the page's message once it changed: the form closes before the list is read again).
 */
async function officeStep(page: Page, button: string, form: string, fill: () => Promise<unknown>): Promise<string> {
  const before = await page.locator('#message').innerText();
  await page.locator(button).click();
  await page.locator(`${form}-heading`).waitFor({ state: 'visible', timeout: 10_000 });
  await fill();
  await page.locator(`${form}-save`).click();
  await page.locator(`${form}-form`).waitFor({ state: 'detached', timeout: 15_000 });
  await expect.poll(() => page.locator('#message').innerText(), { timeout: 15_000 }).not.toBe(before);
  return page.locator('#message').innerText();
}

describe('an incoming student from ENU, in Russian', () => {
  it('is nominated from the form, sent back for the dormitory, approved at every step, its study plan approved by the coordinator, given a room and recorded as arrived', { timeout: 240_000 }, async () => {
    // Prepare: the faculty member signs in from the link in their mailbox, the sign-in page in Russian.
    const faculty = await signInThroughMailbox(browser, h, 'faculty@uni.example', { language: 'ru', check: 'story-incoming' });
    const { page } = faculty;
    await expect.poll(() => page.locator('h1').innerText(), { timeout: 10_000 }).toBe('Здравствуйте, Aziz Rakhimov');
    await page.locator('#nomination-form[data-ready]').waitFor({ state: 'attached', timeout: 15_000 });
    await expect.poll(() => page.locator('#n-partner option').count(), { timeout: 10_000 }).toBeGreaterThan(1);
    // The form is worded again once the Russian words have arrived: the partner's label says when.
    await page.locator('label[for=n-partner]', { hasText: 'Вуз-партнёр' }).waitFor({ timeout: 10_000 });

    // Act: the form, filled in and sent.
    await fillIncoming(page);
    const hostNote = await page.locator('#n-host-note').innerText();
    const formPage = await checkPage(page, 'story-incoming-form');
    await page.locator('#nomination-form button[type=submit]').click();
    await expect.poll(() => page.locator('#nomination-form .message a').count(), { timeout: 15_000 }).toBe(1);
    const submitted = await page.locator('#nomination-form .message').innerText();
    const reference = await page.locator('#nomination-form .message a').innerText();
    const id = decodeURIComponent((await page.locator('#nomination-form .message a').getAttribute('href'))!.split('/').at(-1)!);
    const draft = await page.evaluate(() => JSON.stringify(localStorage));
    const submittedPage = await checkPage(page, 'story-incoming-submitted');

    // Act: the head of department, from their email, asks whether the student needs a dormitory.
    const sentBack = await decideFromEmail('head.physics@uni.example', reference, 0, 'story-incoming-sent-back', 'Talabaga yotoqxona kerakmi? Ko‘rsating.');
    await page.reload();
    const badgeOf = () => page.locator('#nominations li', { hasText: reference }).locator('.badge').first().innerText();
    await expect.poll(badgeOf, { timeout: 15_000 }).toBe('На доработке');
    const homeSentBack = await checkPage(page, 'story-incoming-home-sent-back');
    const changesEmail = await h.waitForEmail((e) => aboutTo('faculty@uni.example', reference)(e) && e.body.text?.includes('Talabaga yotoqxona kerakmi') === true, 'the decision, to the submitter');

    // Act: the faculty member answers from the nomination's page: "Edit and resubmit", the dormitory
    // asked for in the form, the letter's data left empty (kept as sent: the submitter cannot read it back).
    await page.goto(`${h.url}/nominations/${encodeURIComponent(id)}`);
    await page.getByRole('link', { name: 'Исправить и подать снова' }).click();
    await page.waitForURL(`${h.url}/nominations/${encodeURIComponent(id)}/edit`);
    await expect.poll(() => page.locator('#n-name').inputValue(), { timeout: 15_000 }).toBe(STUDENT.name);
    const keptNote = await page.locator('#n-invitation-kept').innerText();
    await page.locator('#n-accommodation').selectOption('dormitory');
    await page.locator('#n-accommodation-note').fill('Нужно место в общежитии на весь учебный год');
    const editPage = await checkPage(page, 'story-incoming-edit');
    await page.getByRole('button', { name: 'Подать выдвижение снова' }).click();
    await page.waitForURL(`${h.url}/nominations/${encodeURIComponent(id)}`, { timeout: 15_000 });
    await page.goto(`${h.url}/`);

    // Act: every approver in turn, from their own email (the head of department's second one).
    const turns: Turn[] = [];
    for (const [i, approver] of NOMINATION_CHAIN.entries()) turns.push(await decideFromEmail(approver.email, reference, i === 0 ? 1 : 0, `story-incoming-approver-${i + 1}`));
    await page.reload();
    await expect.poll(badgeOf, { timeout: 15_000 }).toBe('Одобрено');
    const homeApproved = await checkPage(page, 'story-incoming-home-approved');
    const outcome = await h.waitForEmail((e) => aboutTo('faculty@uni.example', reference)(e) && e.subject.startsWith('Одобрено'), 'the outcome email, in Russian');
    await h.waitForEmail((e) => to(STUDENT.email)(e) && e.subject.includes(reference), 'the email to the student');

    // Act: the study plan, on the nomination's page: two courses, saved and sent to the host
    // faculty's coordinator, who approves it from the link in their email.
    await page.goto(`${h.url}/nominations/${encodeURIComponent(id)}`);
    await expect.poll(() => page.locator('#study-plan-heading').innerText(), { timeout: 15_000 }).toBe('Учебный план');
    await page.locator('#plan-code-0').fill('PHY-301');
    await page.locator('#plan-title-0').fill('Физика твёрдого тела');
    await page.locator('#plan-credits-0').fill('6');
    await page.locator('#plan-add').click();
    await page.locator('#plan-code-1').fill('PHY-214');
    await page.locator('#plan-title-1').fill('Лаборатория оптики');
    await page.locator('#plan-system-1').selectOption('local');
    await page.locator('#plan-credits-1').fill('4');
    await page.locator('#plan-ects-1').fill('5');
    await page.locator('#plan-save').click();
    await expect.poll(() => page.locator('#study-plan-message').innerText(), { timeout: 10_000 }).toContain('Сохранено как версия 1');
    await page.locator('#plan-send').click();
    await expect.poll(() => page.locator('#study-plan-message').innerText(), { timeout: 10_000 }).toContain('Направлено координатору факультета: Бобур Алиев');
    const planMail = await h.waitForEmail((e) => to(COORDINATOR)(e) && e.subject.includes(reference), 'the coordinator’s email');
    const planLink = /https?:\/\/\S+\/act#t=[A-Za-z0-9_-]{43}&k=study-plan&l=ru/.exec(planMail.body.text ?? '')![0];
    const coordinator = await browser.newPage({ viewport: { width: 360, height: 780 } });
    const coordinatorErrors = watchErrors(coordinator);
    await coordinator.goto(planLink);
    await expect.poll(() => coordinator.locator('#approval-plan').innerText(), { timeout: 15_000 }).toContain(STUDENT.name);
    const planTotal = await coordinator.locator('#approval-total').innerText();
    const planPage = await checkPage(coordinator, 'story-incoming-study-plan');
    await coordinator.locator('input[type=radio][value=approve]').check();
    await coordinator.locator('#plan-answer-send').click();
    await expect.poll(() => coordinator.locator('#message').innerText(), { timeout: 10_000 }).toContain('Записано: вы утвердили версию 1 учебного плана');
    await coordinator.close();
    await page.reload();
    await expect.poll(() => page.locator('#study-plan-status').innerText(), { timeout: 10_000 }).toContain('Версия 1: утверждён');
    const planStatus = await page.locator('#study-plan-status').innerText();
    const errors = [...faculty.errors, ...coordinatorErrors];
    await faculty.close();

    // Act: the international office, signed in from its mailbox in Russian, on its nominations list.
    const iro = await signInThroughMailbox(browser, h, 'iro@uni.example', { language: 'ru' });
    const office = await iro.open('/office/nominations');
    const op = office.page;
    await expect.poll(() => op.locator('h1').innerText(), { timeout: 15_000 }).toBe('Номинации');
    let row = await officeRow(op, reference, 'Одобрено');
    const approvedRow = await row.innerText();
    const officeApproved = await checkPage(op, 'story-incoming-office-approved');

    // Act: the partner's acceptance (ENU answered by email), recorded by the office.
    const accepted = await officeStep(op, `[id="answer-${id}"]`, '#answer', () => op.locator('#accepted-yes').check());
    row = await officeRow(op, reference, 'Принято партнёром');

    // Act: a room in a residence for the whole stay (the form offers the planned dates).
    const roomGiven = await officeStep(op, `[id="room-${id}"]`, '#room', async () => {
      await expect.poll(() => op.locator('#residence option').count(), { timeout: 10_000 }).toBeGreaterThan(1);
      await op.locator('#residence').selectOption('residence-1');
      await op.locator('#room').selectOption('301');
      expect([await op.locator('#move-in').inputValue(), await op.locator('#move-out').inputValue()]).toEqual([START, END]);
    });
    row = await officeRow(op, reference, 'Принято партнёром');
    const roomRow = await row.innerText();
    const officeRoom = await checkPage(op, 'story-incoming-office-room');

    // Act: the invitation letter in English and Russian, from the row's link (the room is given now).
    const letterLink = op.locator(`[id="letter-ru-${id}"]`);
    await expect.poll(() => letterLink.innerText(), { timeout: 10_000 }).toBe('английский и русский');
    const letter = await op.context().request.get(`${h.url}${await letterLink.getAttribute('href')}`);
    const letterFile = join(mkdtempSync(join(tmpdir(), 'hamkor-story-letter-')), 'letter.pdf');
    writeFileSync(letterFile, await letter.body());
    const letterText = execFileSync('pdftotext', ['-enc', 'UTF-8', letterFile, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');

    // Act: the arrival, on the first day of the stay; the form shows the letter's data.
    let invitationShown = '';
    const arrived = await officeStep(op, `[id="arrival-${id}"]`, '#arrival', async () => {
      await expect.poll(() => op.locator('#invitation-data').innerText(), { timeout: 10_000 }).toContain('N12345678');
      invitationShown = await op.locator('#invitation-data').innerText();
      await op.locator('#arrivalDate').fill(START);
    });
    row = await officeRow(op, reference, 'Прибыл(а)');
    const arrivedRow = await row.innerText();
    const officeArrived = await checkPage(op, 'story-incoming-office-arrived');
    const officeErrors = [...iro.errors, ...office.errors];
    await iro.close();

    // Assess: the letter names the student, the passport's expiry and the room in both languages.
    expect(letter.status()).toBe(200);
    for (const expected of ['Invitation letter', 'Приглашение на учёбу', STUDENT.name, 'N12345678', `valid until 16 May ${A + 5}`, `действителен до 16 мая ${A + 5}`, 'room 301', 'комната 301']) {
      expect(letterText, expected).toContain(expected);
    }

    // Assess: the form said our faculty is the host's, and sent; the letter's data kept off the device.
    expect(hostNote).toBe('Для входящего студента — наш факультет и кафедра, которые его принимают');
    expect(submitted).toBe(`Подано под номером ${reference}.`);
    expect(draft).not.toContain('N12345678');
    expect(keptNote).toBe('Отправлены вместе с выдвижением и сохранены: оставьте поля пустыми, чтобы их сохранить, или заполните все четыре, чтобы заменить');

    // Assess: the approvers, each in their email's language, saw the home institution and the
    // passport's data on their page, and what they decided was recorded.
    for (const t of [sentBack, ...turns]) {
      expect(t.content).toContain(STUDENT.name);
      expect(t.invitation).toContain('N12345678');
    }
    expect(sentBack.recorded).toMatch(/Ariza beruvchiga qaytarildi\./);
    expect(changesEmail.subject).toBe(`Возвращено на доработку: ${reference} — Выдвижение на обмен`);
    expect(outcome.subject).toBe(`Одобрено: ${reference} — Выдвижение на обмен`);
    expect(turns.map((t) => t.recorded.split('.')[0])).toEqual(['Tasdiqlandi', 'Одобрено', 'Approved', 'Approved']);
    expect(turns[3]!.recorded).toContain('This was the final approval');
    expect(outcome.body.text).toContain(STUDENT.name);
    expect(outcome.body.text).not.toContain('N12345678');

    // Assess: the office read each step in Russian.
    expect(approvedRow).toContain(STUDENT.name);
    expect(approvedRow).toContain('Просит место в общежитии');
    // The study plan the coordinator approved, said on the row without opening the nomination.
    expect(approvedRow).toContain('Учебный план: версия 1 утверждена');
    expect(approvedRow).toContain('Входящая (участник партнёра приезжает к нам)');
    expect(approvedRow).toContain('Евразийский национальный университет имени Л.Н. Гумилёва');
    expect(accepted).toBe(`${reference}: теперь «Принято партнёром».`);
    expect(roomGiven).toBe(`${reference}: комната 301, Student Residence No. 1.`);
    expect(roomRow).toMatch(new RegExp(`Комната 301, .+: 1 сентября ${A} г\\. – 30 июня ${A + 1} г\\.`));
    expect(invitationShown).toBe(`Для приглашения (только международный отдел и согласующие) Гражданство KZ, дата рождения 2004-05-17, паспорт N12345678 действителен до ${A + 5}-05-16`);
    expect(arrived).toBe(`${reference}: теперь «Прибыл(а)».`);
    expect(arrivedRow).toContain(`Прибыл(а) 1 сентября ${A} г.`);

    // Assess: the study plan was approved by the host faculty's coordinator, in Russian.
    expect(planMail.subject).toContain('Учебный план на утверждение');
    expect(planTotal).toBe('Итого: 11 ECTS, курсов: 2');
    expect(planStatus).toContain('Утвердил(а) Бобур Алиев');

    // Assess: the nomination as the API has it.
    const final = (await (await h.get(`/api/nominations/${id}`, { cookie: iro.cookie })).json()) as {
      status: string;
      content: Record<string, unknown>;
      roomAssignment: Record<string, unknown>;
      arrival: { date: string };
      events: { type: string }[];
    };
    expect(final.status).toBe('arrived');
    expect(final.content).toMatchObject({ direction: 'incoming', partnerId: 'enu-gumilyov', agreementId: agreement.id, accommodation: { request: 'dormitory' }, nominee: { name: STUDENT.name } });
    expect(final.roomAssignment).toMatchObject({ residenceId: 'residence-1', room: '301', from: START, to: END });
    expect(final.arrival.date).toBe(START);
    expect(JSON.stringify(final)).not.toContain('N12345678');

    // Assess: every page met the bars, and no script failed.
    for (const quality of [...faculty.quality, formPage, submittedPage, homeSentBack, homeApproved, officeApproved, officeRoom, officeArrived, planPage, editPage, sentBack.quality, ...turns.map((t) => t.quality)]) expect(quality).toEqual(PASSES);
    expect([...errors, ...officeErrors, ...sentBack.errors, ...turns.flatMap((t) => t.errors)]).toEqual([]);
  });
});
