/**
 * The memorandum as a Word document (docx): one two-column table, English on the left and the
 * other language on the right, a row per clause, so either side can edit a clause in both
 * languages at once; the conditions as a table in each column; and at the foot of every page the
 * reference, the hash and the page's number.
 */
import { AlignmentType, BorderStyle, Document, Footer, Packer, PageNumber, Paragraph, Table, TableCell, TableLayoutType, TableRow, TextRun, WidthType } from 'docx';
import type { Block, SideBySide } from './fill';

/** A4 and its margins, in twentieths of a point (docx's unit). */
const PAGE = { width: 11906, height: 16838, margin: 1000 };
const COLUMN = (PAGE.width - 2 * PAGE.margin) / 2;
const FONT = 'DejaVu Sans';
const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const THIN = { style: BorderStyle.SINGLE, size: 4, color: '999999' };
const noBorders = { top: NONE, bottom: NONE, left: NONE, right: NONE };
const thinBorders = { top: THIN, bottom: THIN, left: THIN, right: THIN };

/** Half-points: docx's unit of type size. */
const run = (text: string, size: number, bold = false) => new TextRun({ text, size: size * 2, bold, font: FONT });
const para = (text: string, size: number, bold = false, before = 0) => new Paragraph({ children: [run(text, size, bold)], spacing: { before: before * 20, after: 60 } });

function conditionsTable(block: Extract<Block, { kind: 'table' }>): (Paragraph | Table)[] {
  if (block.rows.length === 0) return [para(block.empty, 9)];
  const width = Math.floor((COLUMN - 200) / block.columns.length);
  const cell = (text: string, bold: boolean) => new TableCell({ children: [para(text, 7.5, bold)], borders: thinBorders, width: { size: width, type: WidthType.DXA } });
  return [
    new Table({
      layout: TableLayoutType.FIXED,
      columnWidths: block.columns.map(() => width),
      rows: [
        new TableRow({ tableHeader: true, children: block.columns.map((c) => cell(c, true)) }),
        ...block.rows.map((r) => new TableRow({ cantSplit: true, children: r.map((c) => cell(c, false)) })),
      ],
    }),
    // Word wants a paragraph after a table at the end of a cell.
    new Paragraph({ children: [] }),
  ];
}

function contentOf(block: Block): (Paragraph | Table)[] {
  switch (block.kind) {
    case 'title':
      return [para(block.text, 14, true)];
    case 'subtitle':
      return [para(block.text, 10)];
    case 'heading':
      return [para(block.text, 10.5, true, 4)];
    case 'paragraph':
      return [para(block.text, 9)];
    case 'table':
      return conditionsTable(block);
    case 'parties':
      return block.parties.flatMap((p) => [para(p.title, 9, true, 6), ...p.lines.map((l) => para(l, 9))]);
  }
}

const column = (children: (Paragraph | Table)[]) => new TableCell({ children, borders: noBorders, width: { size: COLUMN, type: WidthType.DXA }, margins: { left: 80, right: 160 } });

export async function memorandumDocx(text: SideBySide): Promise<Uint8Array> {
  const footer = new Footer({
    children: [
      new Paragraph({ children: [run(text.footer, 7)] }),
      new Paragraph({ children: [run(text.hash, 7)] }),
      new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ children: [`${text.page} `, PageNumber.CURRENT, '/', PageNumber.TOTAL_PAGES], size: 14, font: FONT })] }),
    ],
  });
  const table = new Table({
    layout: TableLayoutType.FIXED,
    columnWidths: [COLUMN, COLUMN],
    borders: { ...noBorders, insideHorizontal: NONE, insideVertical: NONE },
    rows: [
      new TableRow({ tableHeader: true, children: text.languages.map((l) => column([para(l.languageName, 9, true)])) }),
      ...text.rows.map(([left, right]) => new TableRow({ children: [column(contentOf(left)), column(contentOf(right))] })),
    ],
  });
  const doc = new Document({
    creator: 'Hamkor',
    title: `${text.reference}`,
    sections: [
      {
        properties: { page: { size: { width: PAGE.width, height: PAGE.height }, margin: { top: PAGE.margin, bottom: PAGE.margin, left: PAGE.margin, right: PAGE.margin, footer: 500 } } },
        footers: { default: footer },
        children: [table],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}
