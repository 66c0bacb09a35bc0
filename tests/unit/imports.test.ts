/**
 * Import files read and checked without any service: CSV quoting and delimiters, encodings
 * (UTF-8, its byte-order mark, Windows-1251 detected, anything else refused with how to save it),
 * headers in English, Russian and Uzbek, dd.mm.yyyy dates, XLSX through exceljs, and the plan's
 * errors by row and column, partners and duplicates.
 */
import { createHash } from 'node:crypto';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readXlsx } from '../../functions/lib/imports/xlsx-read';
import { IMPORT_COLUMNS, readHeader, templateRows } from '../../shared/imports/columns';
import { importedItem, parseDate, planImport, type PlanContext } from '../../shared/imports/plan';
import { decodeText, detectDelimiter, FileFormatError, parseCsv } from '../../shared/imports/text';
import { loadSeed } from '../../infra/local/seed';

/** Windows-1251 bytes of a text in Latin and Russian letters (А–я are 0xC0–0xFF there). */
function cp1251(text: string): Uint8Array {
  return Uint8Array.from([...text].map((ch) => {
    const c = ch.codePointAt(0)!;
    if (c < 0x80) return c;
    if (c >= 0x410 && c <= 0x44f) return c - 0x350;
    if (c === 0x451) return 0xb8;
    if (c === 0x401) return 0xa8;
    throw new Error(`not in the test's table: ${ch}`);
  }));
}

describe('reading CSV', () => {
  it('reads quoted fields with delimiters, doubled quotes and line breaks inside, and CRLF or LF records', () => {
    expect(parseCsv('a,b,c\r\n"x, y","say ""hi""","two\nlines"\n1,,3\n')).toEqual([
      ['a', 'b', 'c'],
      ['x, y', 'say "hi"', 'two\nlines'],
      ['1', '', '3'],
    ]);
  });

  it('takes the delimiter Excel chose: semicolons in Russian and Uzbek locales, tabs in Unicode text', () => {
    expect(detectDelimiter('номер;партнёр;страна\n1;"a,b";KG')).toBe(';');
    expect(parseCsv('номер;партнёр\n1;"Ош, университет"')).toEqual([['номер', 'партнёр'], ['1', 'Ош, университет']]);
    expect(detectDelimiter('a\tb\tc\n')).toBe('\t');
    expect(detectDelimiter('"a;b",c,d\n')).toBe(',');
  });

  it('names the line of a quote never closed, and of a quote in the middle of a field', () => {
    expect(() => parseCsv('a,b\n1,"open\n2,3\n')).toThrow(/quote opened on line 2 .*never closed/);
    expect(() => parseCsv('a,b\n1,"closed" and more\n')).toThrow(/Line 2, column 2: text after a closing quote/);
    expect(() => parseCsv('a,b\n1,5" screen\n')).toThrow(/Line 2, column 2: a quote in the middle of a field/);
  });

  it('stops at the row limit with a message saying how to split the file', () => {
    const text = ['h', ...Array.from({ length: 10 }, (_, i) => String(i))].join('\n');
    expect(() => parseCsv(text, { maxRows: 6 })).toThrow(/more than 5 rows below its header; split it/);
    expect(parseCsv(text, { maxRows: 11 })).toHaveLength(11);
  });

  it('drops blank lines and keeps a last record without a line break', () => {
    expect(parseCsv('a,b\n\n1,2')).toEqual([['a', 'b'], ['1', '2']]);
  });
});

describe('encodings', () => {
  it('reads UTF-8 and drops its byte-order mark', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('партнёр,страна')]);
    expect(decodeText(bytes)).toEqual({ text: 'партнёр,страна', encoding: 'utf-8' });
  });

  it('detects a Windows-1251 CSV from an old Excel and reads its Cyrillic right', () => {
    const { text, encoding } = decodeText(cp1251('партнёр;страна\nОшский государственный университет;KG\n'));
    expect(encoding).toBe('windows-1251');
    expect(parseCsv(text)).toEqual([['партнёр', 'страна'], ['Ошский государственный университет', 'KG']]);
  });

  it('reads UTF-16 with its mark (Excel’s Unicode text)', () => {
    const body = 'a\tб\n';
    const bytes = new Uint8Array([0xff, 0xfe, ...new Uint8Array(Buffer.from(body, 'utf16le'))]);
    expect(decodeText(bytes)).toEqual({ text: body, encoding: 'utf-16le' });
  });

  it('refuses bytes that are neither UTF-8 nor Windows-1251, saying where and how to save as CSV UTF-8', () => {
    // Latin-1 accented letters: high bytes mostly below 0xC0 would be mojibake in either reading.
    const bytes = new Uint8Array([...new TextEncoder().encode('name\nline two\n'), 0xa9, 0xa3, 0xb5, 0x41]);
    expect(() => decodeText(bytes)).toThrow(FileFormatError);
    expect(() => decodeText(bytes)).toThrow(/line 3.*CSV UTF-8/);
  });
});

describe('the templates’ headers', () => {
  it('understands the English, Russian and Uzbek headers of every column, whatever the case and spacing', () => {
    for (const kind of ['mobilities', 'agreements'] as const) {
      for (const language of ['en', 'ru', 'uz'] as const) {
        const [header] = templateRows(kind, language);
        const { keys, problems } = readHeader(kind, header!.map((h) => `  ${h.toUpperCase()} `));
        expect(problems, `${kind} ${language}`).toEqual([]);
        expect(keys).toEqual(IMPORT_COLUMNS[kind].map((c) => c.key));
      }
    }
  });

  it('names a missing required column, an unknown one and one given twice, all on row 1', () => {
    const { problems } = readHeader('agreements', ['партнёр', 'страна', 'colour', 'country']);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ row: 1, column: 'C (colour)', message: expect.stringMatching(/^Unknown column “colour”/) }),
        expect.objectContaining({ row: 1, column: 'D (country)', message: expect.stringMatching(/given twice/) }),
        expect.objectContaining({ row: 1, column: 'start date', message: expect.stringMatching(/required column “start date” \(дата начала \/ boshlanish sanasi\) is missing/) }),
      ]),
    );
  });
});

describe('dates', () => {
  it('reads dd.mm.yyyy, d.m.yyyy, dd/mm/yyyy and yyyy-mm-dd as real days, and nothing else', () => {
    expect(parseDate('02.09.2019')).toBe('2019-09-02');
    expect(parseDate('2.9.2019')).toBe('2019-09-02');
    expect(parseDate('31/01/2020')).toBe('2020-01-31');
    expect(parseDate('2020-01-31')).toBe('2020-01-31');
    expect(parseDate('31.02.2020')).toBeUndefined();
    expect(parseDate('09/02/19')).toBeUndefined();
    expect(parseDate('next week')).toBeUndefined();
  });
});

describe('XLSX', () => {
  it('reads the first sheet as text rows, dates as yyyy-mm-dd, a Russian header as written', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Соглашения');
    sheet.addRow(['партнёр', 'дата начала', 'мест']);
    sheet.addRow(['Ошский государственный университет', new Date(Date.UTC(2018, 8, 1)), 4]);
    sheet.addRow([]);
    sheet.addRow([{ richText: [{ text: 'Wuhan ' }, { text: 'University' }] }, '01.09.2020', { formula: '2+2', result: 4 }]);
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    expect(await readXlsx(bytes, 100)).toEqual([
      ['партнёр', 'дата начала', 'мест'],
      ['Ошский государственный университет', '2018-09-01', '4'],
      ['Wuhan University', '01.09.2020', '4'],
    ]);
  });

  it('refuses a file that only starts like one, saying how to save it again', async () => {
    await expect(readXlsx(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), 100)).rejects.toThrow(/cannot be read as one.*CSV UTF-8/);
  });
});

const seed = loadSeed();
const ctx = (over: Partial<PlanContext> = {}): PlanContext => ({
  fileName: 'past.csv',
  today: '2026-05-01',
  partners: seed.partners,
  faculties: seed.faculties,
  agreements: seed.agreements.map((a) => ({ id: a.id, reference: a.reference, partnerId: a.content.partnerId, kind: a.content.kind, startDate: a.content.startDate })),
  nominations: [],
  hash: (t) => createHash('sha256').update(t).digest('hex'),
  ...over,
});
const mobilityHeader = IMPORT_COLUMNS.mobilities.map((c) => c.headers.ru);
const mobility = (over: Record<string, string> = {}) => IMPORT_COLUMNS.mobilities.map((c) => over[c.key] ?? { reference: '', agreement: 'AGR-2024-0003', academicYear: '2024/2025', actualStart: '02.09.2024', actualEnd: '31.01.2025', format: '', plannedStart: '', plannedEnd: '' }[c.key] ?? c.example);

describe('the plan of a file', () => {
  it('turns good rows into completed mobilities under registered partners, with the same id from the same row', () => {
    const plan = planImport('mobilities', [mobilityHeader, mobility(), mobility({ nomineeEmail: 'b@student.uni.example', partner: 'Ошский государственный университет' })], ctx());
    expect(plan.errors).toEqual([]);
    expect(plan.planned).toHaveLength(2);
    expect(plan.partners.matched).toEqual([{ partnerId: 'osh-state-university', name: 'Osh State University', rows: 2 }]);
    const again = planImport('mobilities', [mobilityHeader, mobility()], ctx({ fileName: 'another name.csv' }));
    expect(again.planned[0]!.id).toBe(plan.planned[0]!.id);
    const { entity, event } = importedItem(plan.planned[0]!, 'osh-state-university', { actor: { email: 'iro@uni.example', name: 'Nodira' }, now: '2026-05-01T10:00:00.000Z', fileName: 'past.csv', fileHash: 'f'.repeat(64) });
    expect(entity).toMatchObject({ kind: 'nomination', status: 'completed', source: 'import', importedFrom: { fileName: 'past.csv', row: 2 }, completion: { actualStartDate: '2024-09-02', actualEndDate: '2025-01-31' } });
    expect(event).toMatchObject({ type: 'imported', source: 'import', fileName: 'past.csv', fileHash: 'f'.repeat(64), row: 2 });
  });

  it('names every error of a row by its row and column', () => {
    const plan = planImport('mobilities', [mobilityHeader, mobility({ role: 'dean', actualStart: '31.02.2025', faculty: 'chemistry', agreement: 'AGR-1999-0001' })], ctx());
    expect(plan.planned).toEqual([]);
    expect(plan.rowsWithErrors).toEqual([2]);
    expect(plan.errors).toEqual(
      expect.arrayContaining([
        { row: 2, column: 'D (роль)', code: 'notOneOf', values: { value: 'dean', options: 'student, academic_staff, administrative_staff' }, message: expect.stringMatching(/“dean” is not one of student/) },
        { row: 2, column: 'S (фактическое начало)', code: 'notADate', values: { value: '31.02.2025' }, message: expect.stringMatching(/“31.02.2025” is not a date; write dd.mm.yyyy/) },
        { row: 2, column: 'F (факультет)', code: 'noFaculty', values: { value: 'chemistry', options: expect.any(String) }, message: expect.stringMatching(/No faculty “chemistry”/) },
        { row: 2, column: 'K (соглашение)', code: 'noAgreement', values: { value: 'AGR-1999-0001' }, message: expect.stringMatching(/No agreement “AGR-1999-0001”.*import the agreements first/) },
      ]),
    );
  });

  it('takes a mobility’s format and planned dates, each refused on its own column', () => {
    const plan = planImport('mobilities', [mobilityHeader, mobility({ format: 'Virtual', plannedStart: '02.09.2024', plannedEnd: '20.12.2024' }), mobility({ nomineeEmail: 'b@student.uni.example' })], ctx());
    expect(plan.errors).toEqual([]);
    expect(plan.planned[0]).toMatchObject({ content: { format: 'virtual', plannedStartDate: '2024-09-02', plannedEndDate: '2024-12-20' } });
    // No format given: stored as before formats (read as physical), no planned dates.
    expect(plan.planned[1]!.content).not.toHaveProperty('format');
    expect(plan.planned[1]!.content).not.toHaveProperty('plannedStartDate');

    const bad = planImport(
      'mobilities',
      [mobilityHeader, mobility({ format: 'online' }), mobility({ nomineeEmail: 'c@student.uni.example', plannedStart: '02.09.2024' }), mobility({ nomineeEmail: 'd@student.uni.example', plannedStart: '02.09.2023', plannedEnd: '20.12.2023' })],
      ctx(),
    );
    expect(bad.planned).toEqual([]);
    expect(bad.errors).toEqual([
      expect.objectContaining({ row: 2, column: 'U (формат)', code: 'notOneOf' }),
      expect.objectContaining({ row: 3, column: 'W (плановое окончание)', code: 'bothDates' }),
      expect.objectContaining({ row: 4, column: 'V (плановое начало)', code: 'field' }),
    ]);
  });

  it('lists a partner not registered (in the Uzbek template) as one the import registers', () => {
    const plan = planImport('agreements', [IMPORT_COLUMNS.agreements.map((c) => c.headers.uz), IMPORT_COLUMNS.agreements.map((c) => ({ partner: 'Samarkand State University', country: 'UZ', reference: 'AGR-2015-0001', endDate: '', status: '' })[c.key as 'partner'] ?? c.example)], ctx());
    expect(plan.errors).toEqual([]);
    expect(plan.partners.toCreate).toEqual([expect.objectContaining({ name: 'Samarkand State University', country: 'UZ', rows: 1, firstRow: 2 })]);
    expect(plan.planned[0]).toMatchObject({ status: 'active', partner: { create: 'UZ#samarkand state university' } });
  });

  it('matches a partner written another way (word order, “named after”, Cyrillic, an abbreviation) to the registered one, and says which rows were', () => {
    const enu = (nomineeEmail: string, partner: string) => mobility({ nomineeEmail, partner, country: 'KZ', agreement: 'AGR-2023-0011' });
    const plan = planImport(
      'mobilities',
      [
        mobilityHeader,
        enu('a@student.uni.example', 'Eurasian National University named after L.N. Gumilyov'),
        enu('b@student.uni.example', 'Евразийский национальный университет им. Л. Н. Гумилева'),
        enu('c@student.uni.example', 'ENU'),
        mobility({ nomineeEmail: 'd@student.uni.example', partner: 'Oshskiy gosudarstvennyy universitet' }),
        mobility({ nomineeEmail: 'e@student.uni.example', partner: 'Osh State University' }),
      ],
      ctx(),
    );
    expect(plan.errors).toEqual([]);
    expect(plan.partners.toCreate).toEqual([]);
    expect(plan.planned.map((r) => r.partner)).toEqual([{ id: 'enu-gumilyov' }, { id: 'enu-gumilyov' }, { id: 'enu-gumilyov' }, { id: 'osh-state-university' }, { id: 'osh-state-university' }]);
    // The row written as registered is matched, not "by likeness".
    expect(plan.partners.byLikeness.map(({ row, partnerId, why }) => ({ row, partnerId, why }))).toEqual([
      { row: 2, partnerId: 'enu-gumilyov', why: 'same_words' },
      { row: 3, partnerId: 'enu-gumilyov', why: 'same_words' },
      { row: 4, partnerId: 'enu-gumilyov', why: 'abbreviation' },
      { row: 5, partnerId: 'osh-state-university', why: 'same_words' },
    ]);
    expect(plan.partners.byLikeness[0]).toMatchObject({ given: 'Eurasian National University named after L.N. Gumilyov', name: 'L.N. Gumilyov Eurasian National University' });
  });

  it('registers one partner for a new partner the file writes several ways (word order, Cyrillic), and says which rows wrote it how', () => {
    // Prepare: Kokand State University is not registered; the file writes it three ways, and names an institute of the same town.
    const header = IMPORT_COLUMNS.agreements.map((c) => c.headers.en);
    const kokand = (reference: string, partner: string) => IMPORT_COLUMNS.agreements.map((c) => ({ partner, country: 'UZ', reference, endDate: '', status: '' })[c.key as 'partner'] ?? c.example);

    // Act
    const plan = planImport(
      'agreements',
      [header, kokand('A-1', 'Kokand State University'), kokand('A-2', 'State University of Kokand'), kokand('A-3', 'Кокандский государственный университет'), kokand('A-4', 'Kokand State Pedagogical Institute')],
      ctx(),
    );

    // Assess: two partners to register, the university's other spellings listed under it
    expect(plan.errors).toEqual([]);
    expect(plan.partners.toCreate.map(({ name, rows, firstRow, alsoWritten }) => ({ name, rows, firstRow, alsoWritten }))).toEqual([
      {
        name: 'Kokand State University',
        rows: 3,
        firstRow: 2,
        alsoWritten: [
          { row: 3, given: 'State University of Kokand', why: 'same_words' },
          { row: 4, given: 'Кокандский государственный университет', why: 'same_words' },
        ],
      },
      { name: 'Kokand State Pedagogical Institute', rows: 1, firstRow: 5, alsoWritten: undefined },
    ]);
    const [university, institute] = plan.partners.toCreate;
    expect(plan.planned.map((r) => r.partner)).toEqual([{ create: university!.key }, { create: university!.key }, { create: university!.key }, { create: institute!.key }]);
  });

  it('finds the same agreement written twice with two spellings of one new partner', () => {
    const header = IMPORT_COLUMNS.agreements.map((c) => c.headers.en);
    const row = (partner: string) => IMPORT_COLUMNS.agreements.map((c) => ({ partner, country: 'UZ', reference: '', endDate: '', status: '' })[c.key as 'partner'] ?? c.example);
    const plan = planImport('agreements', [header, row('Kokand State University'), row('State University of Kokand')], ctx());
    expect(plan.planned.map((r) => r.row)).toEqual([2]);
    expect(plan.errors).toEqual([expect.objectContaining({ row: 3, code: 'sameAgreement' })]);
  });

  it('refuses a row whose partner is like two registered partners, naming both, and registers none', () => {
    const arts = { ...seed.partners.find((p) => p.id === 'enu-gumilyov')!, id: 'enu-arts', name: 'L.N. Gumilyov Eurasian National University of Arts', names: {} };
    const plan = planImport('mobilities', [mobilityHeader, mobility({ partner: 'Eurasian National University named after L.N. Gumilyov', country: 'KZ', agreement: 'AGR-2023-0011' })], ctx({ partners: [...seed.partners, arts] }));
    expect(plan.planned).toEqual([]);
    expect(plan.partners.toCreate).toEqual([]);
    expect(plan.errors).toEqual([
      expect.objectContaining({
        row: 2,
        code: 'partnerAmbiguous',
        values: { given: 'Eurasian National University named after L.N. Gumilyov', candidates: 'L.N. Gumilyov Eurasian National University; L.N. Gumilyov Eurasian National University of Arts' },
      }),
    ]);
  });

  it('finds a row repeating a record already in the table, and a row repeating an earlier row', () => {
    const existing = { id: 'n-1', reference: 'NOM-2024-0009', email: 'dilnoza.karimova@student.uni.example', partnerId: 'osh-state-university', academicYear: '2024/2025', period: 'first_semester' };
    const plan = planImport('mobilities', [mobilityHeader, mobility(), mobility({ nomineeEmail: 'x@student.uni.example' }), mobility({ nomineeEmail: 'X@student.uni.example' })], ctx({ nominations: [existing] }));
    expect(plan.duplicates).toEqual([{ row: 2, existingId: 'n-1', reference: 'NOM-2024-0009', alreadyImported: false }]);
    expect(plan.errors).toEqual([expect.objectContaining({ row: 4, message: expect.stringMatching(/same mobility .* as row 3/) })]);
    expect(plan.planned.map((p) => p.row)).toEqual([3]);
  });

  it('derives an agreement’s status from its end date, and refuses one that contradicts it', () => {
    const header = IMPORT_COLUMNS.agreements.map((c) => c.headers.en);
    const row = (over: Record<string, string>) => IMPORT_COLUMNS.agreements.map((c) => over[c.key] ?? c.example);
    const plan = planImport('agreements', [header, row({ reference: 'A-1', endDate: '31.08.2023', status: '' }), row({ reference: 'A-2', endDate: '', status: 'expired' }), row({ reference: 'A-3', endDate: '2030-01-01', status: '' })], ctx());
    expect(plan.planned.map((p) => [p.reference, p.status])).toEqual([['A-1', 'expired'], ['A-3', 'active']]);
    expect(plan.errors).toEqual([expect.objectContaining({ row: 3, column: 'I (status)', message: expect.stringMatching(/open-ended/) })]);
  });
});
