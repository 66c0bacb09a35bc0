/**
 * Imports against DynamoDB Local: dry run and apply of agreements and mobilities, the same file
 * twice adding nothing, a crash between chunks and a rerun completing it without doubles, a file
 * with errors writing nothing unless asked for its valid rows, who may import, and the imported
 * records counted by the reports, with no email sent for them. The big ones (20,000 rows, the demo
 * office's ten years) are in tests/load/imports.test.ts, run alone after the rest.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mobilityFactsOf } from '../../functions/lib/db/facts';
import { getPerson } from '../../functions/lib/db/directory';
import { applyImport } from '../../functions/lib/services/imports';
import { readXlsx } from '../../functions/lib/imports/xlsx-read';
import { startHarness, type Harness } from '../support/harness';
import { agreementsCsv, mobilitiesCsv } from '../support/imports';

let h: Harness;
let office: string;
let faculty: string;

beforeAll(async () => {
  h = await startHarness('imports');
  [office, faculty] = await Promise.all([h.signIn('iro@uni.example'), h.signIn('faculty@uni.example')]);
});
afterAll(() => h?.stop());

type Report = { rows: number; valid: number; toCreate: number; rowsWithErrors: number; encoding: string; fileHash: string; errors: { row: number; column: string; code: string; values: Record<string, string>; message: string }[]; duplicates: { row: number; alreadyImported: boolean }[]; duplicateCount: number; partners: { matched: { partnerId: string; rows: number }[]; toCreate: { name: string; country: string }[] } };
type Result = Report & { applied: { created: number; alreadyThere: number; skippedWithErrors: number; partnersCreated: number } };

const send = (path: string, body: string | Uint8Array, cookie = office, type = 'text/csv') =>
  fetch(`${h.url}/api/imports/${path}`, { method: 'POST', headers: { 'content-type': type, origin: h.url, cookie }, body: body as BodyInit });

async function ok<T>(res: Response): Promise<T> {
  const text = await res.text();
  expect(res.status, text.slice(0, 500)).toBe(200);
  return JSON.parse(text) as T;
}

const AGREEMENTS = agreementsCsv([
  { reference: 'AGR-2016-0004', partner: 'Samarkand State University', country: 'UZ', city: 'Samarkand', kind: 'academic_mobility_agreement', scope: 'student_exchange; staff_exchange', startDate: '01.09.2016', endDate: '31.08.2021', status: '' },
  { reference: 'AGR-2019-0002', partner: 'Ошский государственный университет', country: 'KG', city: '', kind: 'cooperation_agreement', scope: 'joint_research', startDate: '15.03.2019', endDate: '', status: '' },
]);

describe('importing agreements', () => {
  it('shows a dry run first: partners matched and to register, nothing written', async () => {
    const report = await ok<Report>(await send('dry-run?kind=agreements&fileName=agreements.csv', AGREEMENTS));
    expect(report).toMatchObject({ rows: 2, valid: 2, toCreate: 2, rowsWithErrors: 0, encoding: 'utf-8' });
    expect(report.fileHash).toMatch(/^[0-9a-f]{64}$/);
    expect(report.partners.matched).toEqual([expect.objectContaining({ partnerId: 'osh-state-university', rows: 1 })]);
    expect(report.partners.toCreate).toEqual([expect.objectContaining({ name: 'Samarkand State University', country: 'UZ' })]);
    expect((await ok<{ name: string }[]>(await h.get('/api/partners', { cookie: office }))).some((p) => p.name === 'Samarkand State University')).toBe(false);
  });

  it('applies: the agreements in their final status with an imported event, the partner registered; the same file again adds nothing', async () => {
    const first = await ok<Result>(await send('apply?kind=agreements&fileName=agreements.csv', AGREEMENTS));
    expect(first.applied).toMatchObject({ created: 2, alreadyThere: 0, partnersCreated: 1 });
    const second = await ok<Result>(await send('apply?kind=agreements&fileName=agreements-again.csv', AGREEMENTS));
    expect(second.applied).toMatchObject({ created: 0, alreadyThere: 2, partnersCreated: 0 });
    expect(second.duplicates.every((d) => d.alreadyImported)).toBe(true);
    const list = await ok<{ id: string; reference: string; status: string }[]>(await h.get('/api/agreements', { cookie: office }));
    const imported = list.filter((a) => a.reference === 'AGR-2016-0004' || a.reference === 'AGR-2019-0002');
    expect(imported.map((a) => [a.reference, a.status]).sort()).toEqual([['AGR-2016-0004', 'expired'], ['AGR-2019-0002', 'active']]);
    const one = await ok<{ source: string; history: { type: string; source?: string; fileName?: string; fileHash?: string; row?: number }[] }>(await h.get(`/api/agreements/${imported[0]!.id}`, { cookie: office }));
    expect(one.source).toBe('import');
    expect(one.history).toEqual([expect.objectContaining({ type: 'imported', source: 'import', fileName: 'agreements.csv', fileHash: first.fileHash })]);
  });

  it('registers one partner for a new partner written in Latin and in Cyrillic in one file', async () => {
    // Prepare: Termez State University is not registered; the file writes it two ways.
    const file = agreementsCsv([
      { reference: 'AGR-2017-0101', partner: 'Termez State University', country: 'UZ', city: 'Termez', kind: 'cooperation_agreement', scope: 'joint_research', startDate: '01.02.2017', endDate: '31.01.2022', status: '' },
      { reference: 'AGR-2018-0102', partner: 'Термезский государственный университет', country: 'UZ', city: '', kind: 'cooperation_agreement', scope: 'student_exchange', startDate: '01.03.2018', endDate: '28.02.2023', status: '' },
    ]);

    // Act
    const result = await ok<Result & { partners: { toCreate: { name: string; alsoWritten?: { row: number; given: string }[] }[] } }>(await send('apply?kind=agreements&fileName=termez.csv', file));

    // Assess: one partner registered, both agreements under it
    expect(result.applied).toMatchObject({ created: 2, partnersCreated: 1 });
    expect(result.partners.toCreate).toEqual([expect.objectContaining({ name: 'Termez State University', alsoWritten: [expect.objectContaining({ row: 3, given: 'Термезский государственный университет' })] })]);
    const partners = await ok<{ id: string; name: string }[]>(await h.get('/api/partners', { cookie: office }));
    const termez = partners.filter((p) => /termez|термез/i.test(p.name));
    expect(termez.map((p) => p.name)).toEqual(['Termez State University']);
    const list = await ok<{ reference: string; content: { partnerId: string } }[]>(await h.get('/api/agreements', { cookie: office }));
    expect(list.filter((a) => a.reference === 'AGR-2017-0101' || a.reference === 'AGR-2018-0102').map((a) => a.content.partnerId)).toEqual([termez[0]!.id, termez[0]!.id]);
  });
});

describe('importing mobilities', () => {
  it('refuses a file with errors whole unless the valid rows are asked for; then writes those and counts the rest', async () => {
    const csv = mobilitiesCsv(6, { tag: 'err', over: (i): Record<string, string> => (i === 4 ? { actualStart: '31.02.2020', level: 'professor' } : {}) });
    const report = await ok<Report>(await send('dry-run?kind=mobilities', csv));
    expect(report).toMatchObject({ rows: 6, valid: 5, rowsWithErrors: 1 });
    expect(report.errors.map((e) => [e.row, e.column])).toEqual([[6, 'E (level)'], [6, 'S (actual start)']]);
    // Each error by its code and values too, beside its English sentence.
    expect(report.errors.map((e) => [e.code, e.values])).toEqual([
      ['notOneOf', { value: 'professor', options: 'bachelor, master, doctoral, none' }],
      ['notADate', { value: '31.02.2020' }],
    ]);
    expect(report.errors[1]!.message).toBe('“31.02.2020” is not a date; write dd.mm.yyyy (31.01.2020) or yyyy-mm-dd (2020-01-31)');
    const refused = await send('apply?kind=mobilities', csv);
    expect(refused.status).toBe(409);
    expect(await refused.json()).toMatchObject({ error: 'import_has_errors', rowsWithErrors: 1 });
    expect(await importedNominations('err')).toBe(0);
    const applied = await ok<Result>(await send('apply?kind=mobilities&validOnly=true', csv));
    expect(applied.applied).toMatchObject({ created: 5, skippedWithErrors: 1 });
    expect(await importedNominations('err')).toBe(5);
  });

  it('matches the seed’s other spelling of ENU and its Cyrillic name to the registered partner, says which rows, and registers no second ENU', async () => {
    const spellings = ['Eurasian National University named after L.N. Gumilyov', 'Евразийский национальный университет им. Л. Н. Гумилева'];
    const csv = mobilitiesCsv(2, { tag: 'enu', over: (i) => ({ partner: spellings[i]!, country: 'KZ', agreement: 'AGR-2023-0011' }) });
    const report = await ok<Report & { partners: { byLikeness: { row: number; given: string; partnerId: string; why: string }[] } }>(await send('dry-run?kind=mobilities&fileName=enu.csv', csv));
    expect(report.errors).toEqual([]);
    expect(report.partners.toCreate).toEqual([]);
    expect(report.partners.matched).toEqual([expect.objectContaining({ partnerId: 'enu-gumilyov', rows: 2 })]);
    expect(report.partners.byLikeness).toEqual([
      expect.objectContaining({ row: 2, given: spellings[0], partnerId: 'enu-gumilyov', why: 'same_words' }),
      expect.objectContaining({ row: 3, given: spellings[1], partnerId: 'enu-gumilyov', why: 'same_words' }),
    ]);
    const applied = await ok<Result>(await send('apply?kind=mobilities&fileName=enu.csv', csv));
    expect(applied.applied).toMatchObject({ created: 2, partnersCreated: 0 });
    const partners = await ok<{ id: string; country: string }[]>(await h.get('/api/partners', { cookie: office }));
    expect(partners.filter((p) => p.country === 'KZ').map((p) => p.id).sort()).toEqual(['auezov-south-kazakhstan', 'enu-gumilyov']);
  });

  it('reads a Windows-1251 CSV with semicolons and Russian headers, and says it read it so', async () => {
    const text = mobilitiesCsv(2, { language: 'ru', delimiter: ';', tag: 'cp', over: (i) => ({ nomineeName: i ? 'Иван Петров' : 'Олег Ёлкин', partner: 'Ошский государственный университет' }) });
    const bytes = Uint8Array.from([...text].map((ch) => {
      const c = ch.codePointAt(0)!;
      return c < 0x80 ? c : c === 0x451 ? 0xb8 : c === 0x401 ? 0xa8 : c - 0x350;
    }));
    const report = await ok<Result>(await send('apply?kind=mobilities&fileName=old-excel.csv', bytes));
    expect(report).toMatchObject({ encoding: 'windows-1251', valid: 2 });
    expect(report.applied.created).toBe(2);
    const list = await ok<{ content: { nominee: { name: string } } }[]>(await h.get('/api/nominations', { cookie: office }));
    expect(list.some((n) => n.content.nominee.name === 'Олег Ёлкин')).toBe(true);
  });

  it('completes after a crash between chunks: the rerun writes what is missing, no row twice', async () => {
    const csv = mobilitiesCsv(300, { tag: 'crash' });
    const person = (await getPerson(h.deps.db, 'iro@uni.example'))!;
    const file = { bytes: new TextEncoder().encode(csv), name: 'crash.csv' };
    await expect(
      applyImport(h.deps, person, file, { kind: 'mobilities', fileName: 'crash.csv', validOnly: false }, readXlsx, {
        afterChunk: (n) => {
          if (n === 3) throw new Error('injected: the function died after 3 chunks');
        },
      }),
    ).rejects.toThrow(/injected/);
    const partly = await importedNominations('crash');
    expect(partly).toBeGreaterThanOrEqual(3 * 33);
    expect(partly).toBeLessThan(300);
    const rerun = await ok<Result>(await send('apply?kind=mobilities&fileName=crash.csv', csv));
    expect(rerun.applied.created).toBe(300 - partly);
    expect(rerun.applied.alreadyThere).toBe(partly);
    expect(await importedNominations('crash')).toBe(300);
  });

  it('counts the imported mobilities in the reports and emails nobody about them', async () => {
    const csv = mobilitiesCsv(9, { tag: 'rep', over: () => ({ academicYear: '2012/2013', actualStart: '03.09.2012', actualEnd: '30.01.2013' }) });
    expect((await ok<Result>(await send('apply?kind=mobilities', csv))).applied.created).toBe(9);
    const report = await ok<{ rows: { year: string; count: number; groups: Record<string, string> }[] }>(await h.get('/api/reports/mobilities?period=academic&years=2012&by=direction', { cookie: office }));
    expect(report.rows.reduce((sum, r) => sum + r.count, 0)).toBe(9);
    expect((await mobilityFactsOf(h.deps.db, [2012])).every((f) => f.status === 'completed')).toBe(true);
    await h.settle();
    expect(await h.emailsTo('s0rep@st.uni.example')).toEqual([]);
    expect((await h.emails()).filter((e) => /NOM-2012-I/.test(e.subject))).toEqual([]);
  });

});

describe('a file that cannot be read at all', () => {
  it('is a 400 whose `file` field carries the problem’s code and values beside its sentence', async () => {
    const refusal = async (body: string | Uint8Array, type?: string) => {
      const res = await send('dry-run?kind=agreements', body, office, type);
      expect(res.status).toBe(400);
      const answer = (await res.json()) as { error: string; fields: { path: string; code?: string; values?: Record<string, string>; message: string }[] };
      expect(answer.error).toBe('validation_failed');
      return answer.fields;
    };
    expect(await refusal('reference,partner\n"AGR-1,Osh\n')).toEqual([
      { path: 'file', code: 'quoteOpen', values: { line: '2', column: '1' }, message: 'A quote opened on line 2 (column 1) is never closed; check that every " in a field is doubled ("")' },
    ]);
    expect(await refusal(Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), 'application/octet-stream')).toEqual([
      { path: 'file', code: 'xls', values: {}, message: 'This is an Excel 97–2003 workbook (.xls); save it as .xlsx (Excel Workbook) or as CSV UTF-8' },
    ]);
    const [badXlsx] = await refusal(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8]), 'application/octet-stream');
    expect(badXlsx).toMatchObject({ path: 'file', code: 'badXlsx', values: { reason: expect.any(String) }, message: expect.stringMatching(/^The file starts like an XLSX workbook but cannot be read as one/) });
  });
});

describe('who may import', () => {
  it('is the international office and admins: others get 403, nobody signed in 401, and nothing is written', async () => {
    for (const path of ['dry-run?kind=mobilities', 'apply?kind=mobilities']) {
      expect((await send(path, mobilitiesCsv(1, { tag: 'nope' }), faculty)).status).toBe(403);
      expect((await send(path, mobilitiesCsv(1, { tag: 'nope' }), '')).status).toBe(401);
    }
    expect((await h.get('/api/imports/template?kind=mobilities', { cookie: faculty })).status).toBe(403);
    expect(await importedNominations('nope')).toBe(0);
  });
});

describe('the templates', () => {
  it('come as CSV with the header in the chosen language and as XLSX', async () => {
    const res = await h.get('/api/imports/template?kind=agreements&language=ru', { cookie: office });
    expect(res.status).toBe(200);
    const text = new TextDecoder().decode(await res.arrayBuffer());
    expect(text.split('\r\n')[0]).toMatch(/^номер,партнёр,страна,город партнёра/);
    const xlsx = await h.get('/api/imports/template?kind=mobilities&language=uz&format=xlsx', { cookie: office });
    expect(xlsx.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const rows = await readXlsx(new Uint8Array(await xlsx.arrayBuffer()), 10);
    expect(rows[0]!.slice(0, 3)).toEqual(['raqam', 'ishtirokchi F.I.Sh.', 'ishtirokchi e-pochtasi']);
    // The template's own example row is a valid file (a dry run of it finds the agreement missing, nothing else).
    const report = await ok<Report>(await send('dry-run?kind=mobilities', xlsx.body ? new Uint8Array(await (await h.get('/api/imports/template?kind=mobilities&format=xlsx', { cookie: office })).arrayBuffer()) : '', office, 'application/octet-stream'));
    expect(report.errors.map((e) => e.column)).toEqual(['K (agreement)']);
  });
});

/** The nominations imported for a test (its nominees' addresses carry its tag), by their facts' absence of doubles. */
async function importedNominations(tag: string): Promise<number> {
  const list: { content: { nominee: { email: string } } }[] = [];
  const { submissionPages } = await import('../../functions/lib/db/submissions');
  for await (const page of submissionPages(h.deps.db, 'nomination')) list.push(...(page as never[]));
  const mine = list.filter((n) => new RegExp(`^s\\d+${tag}@`).test(n.content.nominee.email));
  expect(new Set(mine.map((n) => n.content.nominee.email)).size).toBe(mine.length);
  return mine.length;
}
