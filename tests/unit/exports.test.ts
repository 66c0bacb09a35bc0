/** The export writers: CSV quoting, BOM and the formula guard; XLSX written and read back with exceljs. */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { BOM, csvField, csvLine, csvStream } from '../../functions/lib/exports/csv';
import type { Cell, ExportTable } from '../../functions/lib/exports/table';
import { sheetNames, xlsxStream } from '../../functions/lib/exports/xlsx';

const HYPERLINK = '=HYPERLINK("http://evil.example","Osh")';

describe('CSV', () => {
  it('quotes a field with a comma, quote, CR or LF as RFC 4180 says, and doubles its quotes', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField(null)).toBe('');
    expect(csvLine(['a', 1, undefined])).toBe('a,1,\r\n');
  });

  it('neutralises a text cell that would start a formula, and leaves numbers alone', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r']) expect(csvField(`${start}1+1`).startsWith(`'`) || csvField(`${start}1+1`).startsWith(`"'`)).toBe(true);
    expect(csvField(HYPERLINK)).toBe(`"'=HYPERLINK(""http://evil.example"",""Osh"")"`);
    expect(csvField(-3)).toBe('-3');
    expect(csvField('Ошский государственный университет')).toBe('Ошский государственный университет');
  });

  it('streams UTF-8 with a byte-order mark, the header first, CRLF line ends', async () => {
    const table: ExportTable = { name: 'T', columns: ['name', 'n'], rows: [['Ошский', 1], [HYPERLINK, -2]] };
    const bytes = new Uint8Array(await new Response(csvStream(table)).arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    expect(text).toBe(`${BOM}name,n\r\nОшский,1\r\n"'=HYPERLINK(""http://evil.example"",""Osh"")",-2\r\n`);
  });

  it('pulls rows only as the reader asks for them', async () => {
    let produced = 0;
    async function* rows(): AsyncGenerator<Cell[]> {
      for (let i = 0; i < 20_000; i++) {
        produced++;
        yield [i];
      }
    }
    const reader = csvStream({ name: 'T', columns: ['i'], rows: rows() }).getReader();
    await reader.read(); // the header
    await reader.read(); // one batch
    expect(produced).toBeLessThan(1_000);
    await reader.cancel();
  });
});

describe('XLSX', () => {
  it('writes text as text, a formula-looking name included, and reads back with exceljs', async () => {
    const table: ExportTable = { name: 'Partners', columns: ['name', 'country', 'places'], rows: [[HYPERLINK, 'KG', 3], ['Ошский государственный университет', 'KG', -1]] };
    const buffer = Buffer.from(await new Response(xlsxStream(table)).arrayBuffer());
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(buffer as never);
    const sheet = workbook.getWorksheet('Partners')!;
    expect(sheet.getRow(1).values).toEqual([undefined, 'name', 'country', 'places']);
    const evil = sheet.getCell('A2');
    expect(evil.type).toBe(ExcelJS.ValueType.String);
    expect(evil.value).toBe(HYPERLINK);
    expect(evil.formula).toBeUndefined();
    expect(sheet.getCell('A3').value).toBe('Ошский государственный университет');
    expect(sheet.getCell('C3').value).toBe(-1);
  });

  it('names sheets as Excel allows: 31 characters, none of [ ] : * ? / \\, never blank, never twice ignoring case', () => {
    const long = 'Partner universities by country on 31 December';
    expect(sheetNames(['Figures', 'a/b: [c]*?', long, 'FIGURES', 'figures', '   ', "'quoted'"])).toEqual([
      'Figures',
      'a b c',
      'Partner universities by country',
      'FIGURES (2)',
      'figures (3)',
      'Sheet',
      'quoted',
    ]);
    expect(sheetNames([long, long]).map((n) => n.length)).toEqual([31, 31]);
    expect(sheetNames([long, long])[1]).toBe('Partner universities by cou (2)');
  });

  it('writes several tables as the sheets of one workbook, in order', async () => {
    const sheets: ExportTable[] = [
      { name: 'Figures', columns: ['figure', 'number'], rows: [['signed', 3]] },
      { name: 'Faculties', columns: ['faculty', 'outgoing'], rows: [['Physics', 2]] },
    ];
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await new Response(xlsxStream(sheets)).arrayBuffer()) as never);
    expect(workbook.worksheets.map((w) => [w.name, w.getCell('A2').value, w.getCell('B2').value])).toEqual([
      ['Figures', 'signed', 3],
      ['Faculties', 'Physics', 2],
    ]);
  });
});
