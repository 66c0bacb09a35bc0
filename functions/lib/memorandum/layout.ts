/**
 * The PDF's two columns as lines of text: each block of a row turned into lines that fit the
 * column's width, and a row cut into the parts that line up across the columns (each condition,
 * each party). Pure: the width of a text is a function given by the writer (the font's metrics).
 */
import type { Block } from './fill';

export type FontName = 'regular' | 'bold';
export type Measure = (text: string, font: FontName, size: number) => number;
export type Line = { text: string; font: FontName; size: number; indent: number; gapBefore: number };

/**
 * A text broken into lines no wider than `width`, at spaces; a word wider than a line (a hash, an
 * address) is cut where it must. Line breaks in the text are kept.
 */
export function wrapText(text: string, width: number, measure: (s: string) => number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const candidate = line ? `${line} ${word}` : word;
      if (measure(candidate) <= width) {
        line = candidate;
        continue;
      }
      if (line) lines.push(line);
      line = '';
      let rest = word;
      while (measure(rest) > width) {
        let cut = rest.length - 1;
        while (cut > 1 && measure(rest.slice(0, cut)) > width) cut--;
        lines.push(rest.slice(0, cut));
        rest = rest.slice(cut);
      }
      line = rest;
    }
    lines.push(line);
  }
  return lines;
}

const SIZES = { title: 14, subtitle: 10, heading: 10.5, paragraph: 9, table: 8.5 };

function wrapped(text: string, font: FontName, size: number, width: number, measure: Measure, indent = 0, gapBefore = 0): Line[] {
  return wrapText(text, width - indent, (s) => measure(s, font, size)).map((t, i) => ({ text: t, font, size, indent, gapBefore: i === 0 ? gapBefore : 0 }));
}

/** A block as the parts that line up with the other column's: one for most, one per condition or party. */
export function partsOf(block: Block, width: number, measure: Measure): Line[][] {
  switch (block.kind) {
    case 'title':
      return [wrapped(block.text, 'bold', SIZES.title, width, measure)];
    case 'subtitle':
      return [wrapped(block.text, 'regular', SIZES.subtitle, width, measure)];
    case 'heading':
      return [wrapped(block.text, 'bold', SIZES.heading, width, measure, 0, 6)];
    case 'paragraph':
      return [wrapped(block.text, 'regular', SIZES.paragraph, width, measure, 0, 2)];
    case 'table':
      if (block.rows.length === 0) return [wrapped(block.empty, 'regular', SIZES.paragraph, width, measure, 0, 2)];
      // Two columns of a half page leave no room for four more: each condition is a record, its
      // first cell as the record's title and the others under it, each named by its column.
      return block.rows.map((row, i) => [
        ...wrapped(`${i + 1}. ${row[0] ?? ''}`, 'bold', SIZES.table, width, measure, 0, 4),
        ...row.slice(1).flatMap((cell, j) => wrapped(`${block.columns[j + 1] ?? ''}: ${cell}`, 'regular', SIZES.table, width, measure, 10)),
      ]);
    case 'parties':
      return block.parties.map((p) => [
        ...wrapped(p.title, 'bold', SIZES.paragraph, width, measure, 0, 6),
        ...p.lines.flatMap((l) => wrapped(l, 'regular', SIZES.paragraph, width, measure, 10, 3)),
      ]);
  }
}

/** A line's height: its size and leading, and the space before it. */
export const lineHeight = (line: Line | undefined): number => (line ? line.size * 1.35 + line.gapBefore : 0);
