/**
 * An import file's bytes as text, and that text as rows: pure, so every odd file the office may
 * have (a Windows-1251 CSV from an old Excel, semicolons from a Russian-locale Excel, a quote left
 * open) is a unit test, and every failure names where it is.
 *
 * Encodings. UTF-8 (with or without a byte-order mark) is read as is; UTF-16 with its mark (Excel's
 * "Unicode text") too. Bytes that are not valid UTF-8 are read as Windows-1251 when they look like
 * it: Cyrillic letters are 0xC0–0xFF there, so a Russian or Uzbek-Cyrillic text from an old Excel
 * has most of its high bytes in that range. The report says the file was read so, and the office
 * checks a name or two in the dry run before applying. Anything else is refused with how to save
 * the file as "CSV UTF-8", rather than imported as mojibake.
 */
export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1251';

import { importProblem, type ImportProblem } from './problems';

export { SAVE_AS_UTF8 } from './problems';

/** A problem of a row (1 = the header line), at a column: its code, values and English sentence. */
export type CellError = { row: number; column: string } & ImportProblem;

/** A file that cannot be read at all: the problem (code, values, sentence) is the whole answer. */
export class FileFormatError extends Error {
  override readonly name = 'FileFormatError';
  readonly code: ImportProblem['code'];
  readonly values: ImportProblem['values'];
  constructor(
    problem: ImportProblem,
    /** Where: the row (1 = the header line) and column, when the problem has a place. */
    readonly at: { row?: number; column?: string } = {},
  ) {
    super(problem.message);
    this.code = problem.code;
    this.values = problem.values;
  }
}

/** Share of high bytes in 0xC0–0xFF above which undecodable bytes are taken for Windows-1251 Cyrillic. */
const CP1251_SHARE = 0.6;

export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncodingName } {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  try {
    // ignoreBOM: false (the default) drops a UTF-8 byte-order mark, as Excel's "CSV UTF-8" writes one.
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    let high = 0;
    let cyrillic = 0;
    for (const b of bytes) {
      if (b >= 0x80) high++;
      if (b >= 0xc0) cyrillic++;
    }
    if (high > 0 && cyrillic / high >= CP1251_SHARE) return { text: new TextDecoder('windows-1251').decode(bytes), encoding: 'windows-1251' };
    const at = firstInvalidUtf8(bytes);
    throw new FileFormatError(importProblem('encoding', { line: at.line, byte: at.offset + 1 }), { row: at.line });
  }
}

/** Where UTF-8 decoding first fails: the line (1-based) and the byte offset in the file. */
function firstInvalidUtf8(bytes: Uint8Array): { line: number; offset: number } {
  let lo = 0;
  let hi = bytes.length;
  // The longest valid prefix, by bisection (a decoder reports no position of its own).
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, mid), { stream: true });
      lo = mid;
    } catch {
      hi = mid;
    }
  }
  let line = 1;
  for (let i = 0; i < lo; i++) if (bytes[i] === 0x0a) line++;
  return { line, offset: lo };
}

/**
 * The delimiter of a CSV: Excel writes `;` where the decimal separator is a comma (Russian and
 * Uzbek locales), `,` elsewhere, and a tab for "Unicode text". Read from the header line, outside quotes.
 */
export function detectDelimiter(text: string): ',' | ';' | '\t' {
  const counts = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && ch in counts) counts[ch as keyof typeof counts]++;
  }
  const best = (Object.entries(counts) as [',' | ';' | '\t', number][]).sort((a, b) => b[1] - a[1])[0]!;
  return best[1] > 0 ? best[0] : ',';
}

/**
 * RFC 4180 rows: fields separated by the delimiter, quoted with `"` (a quote inside doubled),
 * records ended by CRLF or LF (inside quotes, a line break belongs to the field). A quote opened
 * and never closed, or a quote in the middle of an unquoted field followed by more text after
 * the closing one, is a FileFormatError naming the row where it started. Blank lines are dropped.
 * `maxRows` stops early (the caller's limit), counting the header.
 */
export function parseCsv(text: string, opts: { delimiter?: string; maxRows?: number } = {}): string[][] {
  const delimiter = opts.delimiter ?? detectDelimiter(text);
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let line = 1;
  let i = 0;
  const endRow = () => {
    row.push(field);
    field = '';
    if (!(row.length === 1 && row[0] === '')) rows.push(row);
    row = [];
    if (opts.maxRows !== undefined && rows.length > opts.maxRows) throw new FileFormatError(importProblem('fileTooManyRows', { where: 'file', max: opts.maxRows - 1 }), { row: rows.length });
  };
  while (i < text.length) {
    const ch = text[i]!;
    if (ch === '"' && field === '') {
      // A quoted field: to the closing quote, doubled quotes standing for one.
      const startLine = line;
      i++;
      for (;;) {
        if (i >= text.length) throw new FileFormatError(importProblem('quoteOpen', { line: startLine, column: row.length + 1 }), { row: startLine, column: String(row.length + 1) });
        const c = text[i]!;
        if (c === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        if (c === '\n') line++;
        field += c;
        i++;
      }
      const next = text[i];
      if (next !== undefined && next !== delimiter && next !== '\n' && next !== '\r') {
        throw new FileFormatError(importProblem('afterQuote', { line, column: row.length + 1 }), { row: line, column: String(row.length + 1) });
      }
      continue;
    }
    if (ch === delimiter) {
      row.push(field);
      field = '';
      i++;
    } else if (ch === '\r' || ch === '\n') {
      endRow();
      i += ch === '\r' && text[i + 1] === '\n' ? 2 : 1;
      line++;
    } else {
      if (ch === '"') throw new FileFormatError(importProblem('midQuote', { line, column: row.length + 1 }), { row: line, column: String(row.length + 1) });
      field += ch;
      i++;
    }
  }
  if (field !== '' || row.length > 0) endRow();
  return rows;
}
