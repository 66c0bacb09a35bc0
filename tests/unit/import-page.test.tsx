// @vitest-environment happy-dom
/**
 * The import page's pieces without a browser (happy-dom), the API answered by a stub: the dry
 * run's errors in a table by row and column, in the reader's language; Import disabled until this
 * very file is checked; a file with errors imported only once "the valid rows only" is ticked; a
 * file too large or of another kind refused before anything is sent; the office-only gate; and
 * every problem the API's planner and readers report carrying a code the page has words for in
 * English, Russian and Uzbek, so that none reaches a Russian or Uzbek reader in English.
 */
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadSeed } from '../../infra/local/seed';
import { IMPORT_COLUMNS } from '../../shared/imports/columns';
import { planImport, type PlanContext } from '../../shared/imports/plan';
import { importProblem as problemOf, IMPORT_PROBLEM_CODES, IMPORT_PROBLEMS } from '../../shared/imports/problems';
import { decodeText, FileFormatError, parseCsv } from '../../shared/imports/text';
import { IMPORT_MESSAGES } from '../../web/src/i18n/import-messages';
import { problemText } from '../../web/src/components/import-report';
import type { ImportReport, ImportResult } from '../../web/src/api-types';
import { OfficeImportPage } from '../../web/src/pages/office-import-page';
import { importProblem } from '../../web/src/import-problems';
import { chooseLanguage, startWords, type WordChunks } from '../../web/src/i18n/live';
import { ImportWork, importWork } from '../../web/src/pages/import-work';
import { MAX_IMPORT_BYTES } from '../../shared/media-types';
import { clearRoot, freshRoot } from '../support/page-root';

const WORDS: WordChunks = {
  en: () => import('../../web/src/i18n/import-words?lang=en'),
  ru: () => import('../../web/src/i18n/import-words?lang=ru'),
  uz: () => import('../../web/src/i18n/import-words?lang=uz'),
};

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
const $ = <T extends Element = HTMLElement>(selector: string) => document.querySelector<T>(selector);
const importButton = () => $<HTMLButtonElement>('#import-button')!;
const cells = (selector: string) => [...document.querySelectorAll(`${selector} tbody tr`)].map((tr) => [...tr.children].map((c) => c.textContent));

const REPORT: ImportReport = {
  kind: 'mobilities',
  fileName: 'mobilities.csv',
  fileHash: 'a'.repeat(64),
  format: 'csv',
  encoding: 'windows-1251',
  rows: 3,
  valid: 2,
  toCreate: 2,
  rowsWithErrors: 1,
  errorCount: 2,
  errors: [
    { row: 4, column: 'S (actual start)', code: 'notADate', values: { value: '31.02.2020' }, message: '“31.02.2020” is not a date; write dd.mm.yyyy (31.01.2020) or yyyy-mm-dd (2020-01-31)' },
    { row: 4, column: 'E (level)', code: 'notOneOf', values: { value: 'professor', options: 'bachelor, master, doctoral, none' }, message: '“professor” is not one of bachelor, master, doctoral, none' },
  ],
  partners: { matched: [{ partnerId: 'osh-state-university', name: 'Osh State University', rows: 2 }], toCreate: [{ name: 'Samarkand State University', country: 'UZ', rows: 2, firstRow: 3, alsoWritten: [{ row: 5, given: 'Самаркандский государственный университет', why: 'same_words' }] }], byLikeness: [] },
  duplicateCount: 0,
  duplicates: [],
};
const CLEAN: ImportReport = { ...REPORT, encoding: 'utf-8', valid: 3, toCreate: 3, rowsWithErrors: 0, errorCount: 0, errors: [] };
const applied = (report: ImportReport, created: number): ImportResult => ({ ...report, applied: { created, alreadyThere: 0, skippedWithErrors: report.rowsWithErrors, duplicates: 0, partnersCreated: 0 } });

type Call = { path: string; body: unknown; type: string | undefined };

/** A stub of the API: each call answered by `answer(path)`; the calls are kept. */
function stubApi(answer: (path: string) => { status: number; data: unknown }) {
  const calls: Call[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (path: string, init: RequestInit) => {
      calls.push({ path, body: init.body, type: (init.headers as Record<string, string>)['content-type'] });
      const { status, data } = answer(path);
      return new Response(JSON.stringify(data), { status, headers: { 'content-type': 'application/json' } });
    }),
  );
  return calls;
}

const csv = (name = 'mobilities.csv', text = 'nominee name,nominee email\r\nA,a@x.example\r\n') => new File([text], name, { type: 'text/csv' });

let root: HTMLElement;
beforeEach(async () => {
  root = await freshRoot(WORDS);
});
afterEach(() => clearRoot(root));

/** The page's content with a kind and a file chosen, checked against `report`. */
async function checked(report: ImportReport, answerApply: (path: string) => { status: number; data: unknown } = () => ({ status: 200, data: applied(report, report.toCreate) })) {
  const calls = stubApi((path) => (path.startsWith('/api/imports/dry-run') ? { status: 200, data: report } : answerApply(path)));
  const model = importWork();
  render(<ImportWork model={model} />, root);
  model.chooseKind('mobilities');
  const file = csv();
  model.chooseFile(file);
  await model.check();
  await settle();
  return { model, calls, file };
}

describe('the dry run', () => {
  it('sends the file itself with its kind and name, and shows every error by row and column, the summary taking the focus', async () => {
    // Act
    const { calls, file } = await checked(REPORT);

    // Assess
    expect(calls).toHaveLength(1);
    expect(calls[0]!.path).toBe('/api/imports/dry-run?kind=mobilities&fileName=mobilities.csv');
    expect(calls[0]!.type).toBe('text/csv');
    expect(await (calls[0]!.body as Blob).text()).toBe(await file.text());
    expect($('#errors-caption')!.textContent).toBe('Errors, by row and column');
    expect([...document.querySelectorAll('#import-errors thead th')].map((th) => th.getAttribute('scope'))).toEqual(['col', 'col', 'col']);
    expect(cells('#import-errors')).toEqual([
      ['4', 'S (actual start)', '“31.02.2020” is not a date: write dd.mm.yyyy (31.01.2020) or yyyy-mm-dd (2020-01-31).'],
      ['4', 'E (level)', '“professor” is not one of bachelor, master, doctoral, none.'],
    ]);
    expect(document.activeElement?.id).toBe('summary-heading');
    const summary = $('#summary')!.textContent!;
    expect(summary).toContain('Rows read3');
    expect(summary).toContain('Rows with errors1');
    expect(summary).toContain('Windows-1251');
    expect($('#encoding-note')!.textContent).toMatch(/Check that the names below look right/);
    expect($('#partners-new')!.textContent).toBe('Samarkand State University (Uzbekistan): rows 2; also written “Самаркандский государственный университет” (row 5)');
  });

  it('words the errors in Russian and Uzbek after a switch, the file’s own values as they were', async () => {
    await checked(REPORT);

    await chooseLanguage('ru');
    await settle();
    const ru = cells('#import-errors');
    await chooseLanguage('uz');
    await settle();
    const uz = cells('#import-errors');

    expect(ru[0]).toEqual(['4', 'S (actual start)', '«31.02.2020» — не дата: пишите дд.мм.гггг (31.01.2020) или гггг-мм-дд (2020-01-31).']);
    expect(ru[1]![2]).toBe('«professor» — не одно из значений: bachelor, master, doctoral, none.');
    expect($('#errors-caption')!.textContent).toBe("Xatolar, qator va ustun bo'yicha");
    expect(uz[1]![2]).toBe('“professor” quyidagilardan biri emas: bachelor, master, doctoral, none.');
  });

  it('words a problem by its code and values, not by its English sentence', async () => {
    await checked({ ...REPORT, errors: [{ row: 3, column: 'T (actual end)', code: 'expiredRuns', values: { date: '2030-01-31' }, message: 'Reworded by a newer server' }] });
    await chooseLanguage('ru');
    await settle();
    const cell = $('#import-errors tbody td:last-child')!;
    expect(cell.textContent).toMatch(/^Указано expired, но соглашение действует до .*2030/);
    expect(cell.getAttribute('lang')).toBe(null);
  });

  it('shows a problem without a code (an older server), or with a code it does not know, as the API wrote it, marked as English', async () => {
    // An older server's problem has no code; the report's type (today's) says it always has one.
    const older = { row: 2, column: 'A (reference)', message: 'Something an older server says' } as ImportReport['errors'][number];
    const newer = { row: 2, column: 'B (nominee name)', code: 'somethingNew', values: {}, message: 'Something new the server says' } as unknown as ImportReport['errors'][number];
    await checked({ ...REPORT, errors: [older, newer] });
    await chooseLanguage('ru');
    await settle();
    const problems = [...document.querySelectorAll('#import-errors tbody td:last-child')];
    expect(problems.map((cell) => [cell.textContent, cell.getAttribute('lang')])).toEqual([
      ['Something an older server says', 'en'],
      ['Something new the server says', 'en'],
    ]);
  });

  it('puts a file the server cannot read on the file’s field, located and worded', async () => {
    stubApi(() => ({ status: 400, data: { error: 'validation', message: 'The file cannot be read', fields: [{ path: 'file', code: 'quoteOpen', values: { line: '7', column: '3' }, message: 'A quote opened on line 7 (column 3) is never closed; check that every " in a field is doubled ("")' }] } }));
    const model = importWork();
    render(<ImportWork model={model} />, root);
    model.chooseKind('agreements');
    model.chooseFile(csv());
    await model.check();
    await settle();
    expect($('#import-file-error')!.textContent).toBe('The file cannot be read: a quote opened on line 7 (column 3) is never closed; check that every " inside a field is doubled ("").');
    expect($('.error-summary a')!.getAttribute('href')).toBe('#import-file');
    expect(importButton().disabled).toBe(true);
    await chooseLanguage('ru');
    await settle();
    expect($('#import-file-error')!.textContent).toMatch(/^Файл не удаётся прочитать: .*7.*3/);
  });

  it('puts an unreadable file’s problem without a code (an older server) on the file’s field as the API wrote it', async () => {
    stubApi(() => ({ status: 400, data: { error: 'validation', message: 'The file cannot be read', fields: [{ path: 'file', message: 'The file is empty' }] } }));
    const model = importWork();
    render(<ImportWork model={model} />, root);
    model.chooseKind('agreements');
    model.chooseFile(csv());
    await model.check();
    await settle();
    expect($('#import-file-error')!.textContent).toBe('The file cannot be read: The file is empty');
  });
});

describe('the import button', () => {
  it('is disabled until this file is checked, and again once another file is chosen', async () => {
    // Prepare
    stubApi(() => ({ status: 200, data: CLEAN }));
    const model = importWork();
    render(<ImportWork model={model} />, root);
    const before = importButton().disabled;
    const hint = $('#import-hint')!.textContent;

    // Act
    model.chooseKind('mobilities');
    model.chooseFile(csv());
    await settle();
    const chosen = importButton().disabled;
    await model.check();
    await settle();
    const afterCheck = importButton().disabled;
    model.chooseFile(csv('another.csv'));
    await settle();
    const another = importButton().disabled;

    // Assess
    expect([before, chosen, afterCheck, another]).toEqual([true, true, false, true]);
    expect(hint).toMatch(/once this file is checked/);
    expect($('#summary')).toBeNull();
  });

  it('imports a clean file with validOnly=false and shows what was added, with the way to the nominations', async () => {
    const { model, calls } = await checked(CLEAN);
    await model.apply();
    await settle();
    expect(calls.map((c) => c.path)).toEqual(['/api/imports/dry-run?kind=mobilities&fileName=mobilities.csv', '/api/imports/apply?kind=mobilities&fileName=mobilities.csv&validOnly=false']);
    expect($('#result')!.textContent).toContain('Added3');
    expect($<HTMLAnchorElement>('#result a')!.getAttribute('href')).toBe('/office/nominations');
    expect(document.activeElement?.id).toBe('result-heading');
  });

  it('needs “the valid rows only” ticked for a file with errors, and only then imports them', async () => {
    // Prepare
    const { model, calls } = await checked(REPORT);

    // Act: Import without the choice, then with it.
    importButton().click();
    await settle();
    const refused = { calls: calls.length, error: $('#valid-only-error')?.textContent, summary: $('.error-summary a')?.getAttribute('href') };
    $<HTMLInputElement>('#valid-only')!.click();
    await settle();
    await model.apply();
    await settle();

    // Assess
    expect(refused).toEqual({ calls: 1, error: 'The file has rows with errors: fix them and check the file again, or choose to import the valid rows only.', summary: '#valid-only' });
    expect(calls[1]!.path).toBe('/api/imports/apply?kind=mobilities&fileName=mobilities.csv&validOnly=true');
    expect($('#result')!.textContent).toContain('Left out with errors1');
  });

  it('stays disabled when the header is wrong: no row can be imported', async () => {
    await checked({ ...REPORT, valid: 0, rowsWithErrors: 0, errors: [{ row: 1, column: 'nominee email', code: 'missingColumn', values: { header: 'nominee email', headerRu: 'эл. почта участника', headerUz: 'ishtirokchi e-pochtasi' }, message: 'The required column “nominee email” (эл. почта участника / ishtirokchi e-pochtasi) is missing' }] });
    expect(importButton().disabled).toBe(true);
    expect($('#import-hint')!.textContent).toMatch(/header row has errors/);
    await chooseLanguage('ru');
    await settle();
    expect(cells('#import-errors')[0]![2]).toBe('Нет обязательного столбца «эл. почта участника».');
  });

  it('after a dropped connection says the import may have run and that sending it again is safe', async () => {
    const { model } = await checked(CLEAN, () => {
      throw new TypeError('Failed to fetch');
    });
    await model.apply();
    await settle();
    expect($('#message')!.textContent).toMatch(/may have finished; importing the same file again is safe/);
    expect(importButton().disabled).toBe(false);
  });
});

describe('a file refused before it is sent', () => {
  it('is one over 4 MB, or not CSV or XLSX, told on the file’s field and in the summary, and nothing is sent', async () => {
    // Prepare
    const calls = stubApi(() => ({ status: 200, data: CLEAN }));
    const model = importWork();
    render(<ImportWork model={model} />, root);
    model.chooseKind('mobilities');

    // Act
    model.chooseFile(new File([new Uint8Array(MAX_IMPORT_BYTES + 1)], 'big.csv', { type: 'text/csv' }));
    await model.check();
    await settle();
    const big = $('#import-file-error')!.textContent;
    const summary = $('.error-summary')!.textContent;
    model.chooseFile(new File(['%PDF-1.7'], 'memoranda.pdf', { type: 'application/pdf' }));
    await model.check();
    await settle();
    const pdf = $('#import-file-error')!.textContent;
    model.chooseFile(new File(['x'], 'old.xls'));
    await settle();
    const xls = $('#import-file-error')!.textContent;

    // Assess
    expect(big).toBe('“big.csv” is 4 MB; the import takes at most 4 MB (about 20,000 rows). Split it into smaller files.');
    expect(summary).toContain(big);
    expect(pdf).toMatch(/^“memoranda.pdf” is not a CSV or XLSX file/);
    expect(xls).toMatch(/Excel 97–2003 workbook \(\.xls\)/);
    expect($<HTMLInputElement>('#import-file')!.getAttribute('aria-invalid')).toBe('true');
    expect(calls).toEqual([]);
  });

  it('is none chosen: the kind and the file are asked for, each linked from the summary', async () => {
    const calls = stubApi(() => ({ status: 200, data: CLEAN }));
    const model = importWork();
    render(<ImportWork model={model} />, root);
    await model.check();
    await settle();
    expect([...document.querySelectorAll('.error-summary a')].map((a) => [a.getAttribute('href'), a.textContent])).toEqual([
      ['#kind-mobilities', 'Choose what the file holds.'],
      ['#import-file', 'Choose the file to import.'],
    ]);
    expect($('#kind-mobilities')).not.toBeNull();
    expect(calls).toEqual([]);
  });
});

describe('the page in the console’s frame', () => {
  it('tells someone not signed in so, with a link to sign in, and someone not of the office that the page is the office’s', async () => {
    let me: { status: number; data: unknown } = { status: 401, data: { error: 'unauthenticated' } };
    stubApi(() => me);
    const show = async () => {
      render(null, root);
      render(<OfficeImportPage model={importWork()} />, root);
      await settle();
      await settle();
      return { h1: $('h1')?.textContent, message: $('#message')?.textContent, link: $('#message a')?.getAttribute('href'), work: Boolean($('#kind-mobilities')), current: $('nav.office-nav [aria-current=page]')?.textContent };
    };

    const signedOut = await show();
    me = { status: 200, data: { email: 'faculty@uni.example', name: 'Aziz Rakhimov', roles: [{ role: 'submitter', scope: 'faculty:physics' }] } };
    const faculty = await show();
    me = { status: 200, data: { email: 'iro@uni.example', name: 'Nodira Alimova', roles: [{ role: 'international_office', scope: 'university' }] } };
    const office = await show();

    expect(signedOut).toEqual({ h1: 'Import past records', message: 'You are not signed in. Sign in', link: '/signin', work: false, current: undefined });
    expect(faculty).toMatchObject({ h1: 'For the international office', message: expect.stringMatching(/^This page is for the international office/), work: false, current: undefined });
    expect(office).toMatchObject({ h1: 'Import past records', work: true, current: 'Import' });
  });
});

describe('the API’s messages about a file', () => {
  // A path, not the module's URL: under happy-dom a URL is the DOM's, which node:fs does not take.
  const seed = loadSeed(join(process.cwd(), 'infra/local/seed/demo-university.json'));
  const ctx: PlanContext = {
    fileName: 'past.csv',
    today: '2026-05-01',
    partners: seed.partners,
    faculties: seed.faculties,
    agreements: seed.agreements.map((a) => ({ id: a.id, reference: a.reference, partnerId: a.content.partnerId, kind: a.content.kind, startDate: a.content.startDate })),
    nominations: [],
    hash: (text) => createHash('sha256').update(text).digest('hex'),
  };
  const row = (kind: 'mobilities' | 'agreements', over: Record<string, string>) => IMPORT_COLUMNS[kind].map((c) => over[c.key] ?? c.example);

  it('each have their words in English, Russian and Uzbek, by their code', () => {
    for (const code of IMPORT_PROBLEM_CODES) {
      const words = (IMPORT_MESSAGES as Record<string, { en: string; ru: string; uz: string }>)[`import.problem.${code}`];
      expect(words, code).toBeDefined();
      expect(importProblem({ code, values: {}, message: 'as the API wrote it' })?.key).toBe(`import.problem.${code}`);
      for (const language of ['en', 'ru', 'uz'] as const) expect(words![language].trim(), `${code} ${language}`).not.toBe('');
    }
  });

  it('carry their code and values, for every problem a row or a header can have, and are worded in Russian from them', async () => {
    const mobilities = planImport('mobilities', [
      IMPORT_COLUMNS.mobilities.map((c) => c.headers.en),
      row('mobilities', { nomineeName: '', role: '', level: 'professor', actualStart: '31.02.2020', language: 'xx', faculty: 'chemistry', agreement: 'AGR-1999-0001', country: 'UZ', partner: 'Osh State University' }),
      row('mobilities', { department: 'nowhere', status: 'withdrawn', actualEnd: '', academicYear: '2019', languageLevel: 'Z9', nomineeEmail: 'not an address', agreement: 'AGR-2024-0003', partner: 'Wuhan University of Science and Technology', country: 'CN' }),
      row('mobilities', { actualStart: '01.02.2020', actualEnd: '01.01.2020', partner: '!!!', country: 'KG' }),
      row('mobilities', { actualStart: '01.02.2026', actualEnd: '01.12.2026', agreement: 'AGR-2024-0003', partner: 'A New University', country: 'KG' }),
      [...row('mobilities', { agreement: 'AGR-2024-0003' }), 'extra'],
      row('mobilities', { agreement: 'AGR-2024-0003' }),
      row('mobilities', { partner: 'osh-state-university', country: 'UZ' }),
    ], ctx);
    const agreements = planImport('agreements', [
      IMPORT_COLUMNS.agreements.map((c) => c.headers.en),
      row('agreements', { reference: 'AGR-2010-0001', startDate: '', endDate: '01.01.2010', scope: 'dancing', kind: '' }),
      row('agreements', { reference: 'AGR-2010-0002', startDate: '01.01.2030', status: 'active', endDate: '01.01.2031' }),
      row('agreements', { reference: 'AGR-2010-0003', startDate: '01.01.2012', endDate: '01.01.2011' }),
      row('agreements', { reference: 'AGR-2010-0004', startDate: '01.01.2012', endDate: '01.01.2014', status: 'active' }),
      row('agreements', { reference: 'AGR-2010-0005', startDate: '01.01.2012', endDate: '01.01.2030', status: 'expired' }),
      row('agreements', { reference: 'AGR-2010-0006', startDate: '01.01.2012', endDate: '', status: 'expired' }),
      row('agreements', { reference: 'AGR-2010-0007', startDate: '01.01.2012', endDate: '' }),
      row('agreements', { reference: 'AGR-2010-0007', startDate: '01.01.2012', endDate: '' }),
      row('agreements', { reference: 'AGR-2010-0008', startDate: '01.01.2012', endDate: '', status: '' }),
      row('agreements', { reference: 'AGR-2010-0008', startDate: '01.01.2012', endDate: '', status: '' }),
    ], ctx);
    const header = planImport('mobilities', [['nominee name', 'nominee name', 'shoe size']], ctx);
    const tooMany = planImport('agreements', [IMPORT_COLUMNS.agreements.map((c) => c.headers.en), ...Array.from({ length: 20_001 }, () => [])], ctx);
    const errors = [...mobilities.errors, ...agreements.errors, ...header.errors, ...tooMany.errors];

    expect(errors.length).toBeGreaterThan(25);
    // Each its code's sentence, made from its own values: the code and values say all the English says.
    for (const e of errors) expect(e.message, e.code).toBe(IMPORT_PROBLEMS[e.code].replace(/\{(\w+)\}/g, (_, name: string) => e.values[name]!));
    expect(new Set(errors.map((e) => e.code))).toEqual(
      new Set(['empty', 'dateRequired', 'requiredOneOf', 'notADate', 'notOneOf', 'invalidValue', 'languageCode', 'cellCount', 'partnerCountry', 'partnerName', 'noFaculty', 'noDepartment', 'sameAgreement', 'bothDates', 'endBeforeStart', 'endAfterToday', 'datesNotCompleted', 'noAgreement', 'agreementOtherPartner', 'agreementRegisteredPartner', 'endBeforeStartDate', 'startAfterToday', 'activeEnded', 'expiredRuns', 'expiredOpen', 'unknownColumn', 'columnTwice', 'missingColumn', 'tooManyRows']),
    );
    expect(errors.find((e) => e.code === 'notADate')!.values).toEqual({ value: '31.02.2020' });
    expect(errors.find((e) => e.code === 'partnerCountry')!.values).toEqual({ partner: 'Osh State University', registered: 'KG', given: 'UZ' });
    expect(errors.find((e) => e.code === 'sameAgreement')!.values).toEqual({ row: '10' });
    expect(errors.find((e) => e.code === 'columnTwice')!.values).toEqual({ header: 'nominee name', other: '1' });

    await chooseLanguage('ru');
    const worded = errors.map((e) => problemText(e, e.row === 1 ? 'mobilities' : 'agreements'));
    expect(worded.filter((w) => w.english)).toEqual([]);
    expect(worded.map((w) => w.text).filter((text) => /\{\w+\}/.test(text))).toEqual([]);
    expect(problemText(errors.find((e) => e.code === 'notADate')!, 'mobilities').text).toBe('«31.02.2020» — не дата: пишите дд.мм.гггг (31.01.2020) или гггг-мм-дд (2020-01-31).');
  });

  it('carry their code and values for a file that cannot be read at all', () => {
    const unreadable = (read: () => unknown) => {
      try {
        read();
      } catch (error) {
        if (error instanceof FileFormatError) return { code: error.code, values: error.values, message: error.message };
      }
      throw new Error('read without a FileFormatError');
    };
    const problems = [
      unreadable(() => decodeText(Uint8Array.from([0x61, 0x80, 0x81, 0x82, 0x0a]))),
      unreadable(() => parseCsv('a,b\n"open,c\n')),
      unreadable(() => parseCsv('a,b\n"x"y,c\n')),
      unreadable(() => parseCsv('a,b\nx"y,c\n')),
      unreadable(() => parseCsv('a\n1\n2\n3\n', { maxRows: 2 })),
    ];
    expect(problems.map((p) => [p.code, p.values])).toEqual([
      ['encoding', { line: '1', byte: '2' }],
      ['quoteOpen', { line: '2', column: '1' }],
      ['afterQuote', { line: '2', column: '1' }],
      ['midQuote', { line: '2', column: '1' }],
      ['fileTooManyRows', { where: 'file', max: '1' }],
    ]);
    expect(problems[4]!.message).toBe('The file has more than 1 rows below its header; split it into files of at most 1');
    // The service's and the XLSX reader's own: the sentences they have always written.
    expect(problemOf('fileTooLarge', { size: '5.2' }).message).toBe('The file is 5.2 MB; at most 4 MB (about 20,000 rows): split it');
    expect(problemOf('fileTooManyRows', { where: 'sheet', max: 20000 }).message).toBe('The sheet has more than 20000 rows below its header; split it into files of at most 20000');
    expect(problemOf('badXlsx', { reason: 'end of central directory not found' }).message).toBe('The file starts like an XLSX workbook but cannot be read as one (end of central directory not found); save it again from Excel as .xlsx, or as CSV UTF-8');
  });
});
