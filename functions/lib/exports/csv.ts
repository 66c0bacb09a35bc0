/**
 * CSV as Excel reads it: UTF-8 with a byte-order mark (without it, Excel takes the file for the
 * system's ANSI code page and Cyrillic comes out garbled), fields quoted as RFC 4180 says, lines
 * ended with CRLF, and every text cell that would start a formula prefixed with `'`. Numbers stay
 * numbers (a balance of -3 is a number, not a formula).
 */
import { FORMULA_START, type Cell, type ExportTable } from './table';

export const BOM = '\uFEFF';

export function csvField(cell: Cell): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  const text = FORMULA_START.test(cell) ? `'${cell}` : cell;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export const csvLine = (cells: Cell[]): string => `${cells.map(csvField).join(',')}\r\n`;

/**
 * The table as a stream of UTF-8 bytes, pulled: the next rows are produced only when the reader
 * asks for more, a batch of lines at a time.
 */
export function csvStream(table: ExportTable): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const rows = (Symbol.asyncIterator in table.rows ? table.rows[Symbol.asyncIterator]() : (table.rows as Iterable<Cell[]>)[Symbol.iterator]()) as AsyncIterator<Cell[]> | Iterator<Cell[]>;
  let header = true;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (header) {
        header = false;
        controller.enqueue(encoder.encode(BOM + csvLine(table.columns)));
        return;
      }
      let chunk = '';
      for (let i = 0; i < 500; i++) {
        const next = await rows.next();
        if (next.done) {
          if (chunk) controller.enqueue(encoder.encode(chunk));
          controller.close();
          return;
        }
        chunk += csvLine(next.value);
      }
      controller.enqueue(encoder.encode(chunk));
    },
    async cancel() {
      await rows.return?.();
    },
  });
}
