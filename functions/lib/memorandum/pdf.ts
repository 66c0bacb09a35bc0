/**
 * Two languages side by side as a PDF, written with pdf-lib and an embedded TrueType font
 * (fonts.ts): two columns, English on the left, and at the foot of every page a line, a note (the
 * memorandum's hash) and the page's number. The memorandum and the invitation letter are both
 * written by it. No browser: this runs in the exports function as it is (README says why).
 */
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import type { Block, SideBySide } from './fill';
import { memorandumFonts } from './fonts';
import { lineHeight, partsOf, type FontName, type Line, type Measure } from './layout';

/** A4 in points, with margins that leave room for the footer. */
const PAGE = { width: 595.28, height: 841.89 };
const MARGIN = { side: 42, top: 48, bottom: 64 };
const GAP = 18;
const COLUMN = (PAGE.width - 2 * MARGIN.side - GAP) / 2;
const INK = rgb(0.1, 0.1, 0.1);
const GREY = rgb(0.4, 0.4, 0.4);

/** What the PDF lays out: the columns' headings, the rows of blocks, and the foot of every page. */
export type TwoColumns = {
  /** The file's title (its properties, not printed). */
  title: string;
  languageNames: [string, string];
  rows: [Block, Block][];
  /** The foot's first line, and the line under it (the memorandum's hash). */
  footer: string;
  footnote: string;
  /** "Page / Стр." before the page's number. */
  page: string;
};

export function memorandumPdf(text: SideBySide): Promise<Uint8Array> {
  return twoColumnPdf({
    title: `${text.reference}: ${text.languages.map((l) => l.blocks.find((b) => b.kind === 'title')?.text ?? '').join(' / ')}`,
    languageNames: [text.languages[0].languageName, text.languages[1].languageName],
    rows: text.rows,
    footer: text.footer,
    footnote: text.hash,
    page: text.page,
  });
}

export async function twoColumnPdf(text: TwoColumns): Promise<Uint8Array> {
  const files = await memorandumFonts();
  const pdf = await PDFDocument.create();
  pdf.registerFontkit(fontkit);
  // Subset: only the glyphs used travel in the file (tens of KB, not 1.4 MB).
  const fonts: Record<FontName, PDFFont> = { regular: await pdf.embedFont(files.regular, { subset: true }), bold: await pdf.embedFont(files.bold, { subset: true }) };
  const measure: Measure = (s, font, size) => fonts[font].widthOfTextAtSize(s, size);
  pdf.setTitle(text.title);
  pdf.setLanguage('en');
  pdf.setCreator('Hamkor');
  pdf.setProducer('Hamkor (pdf-lib)');

  let page: PDFPage = pdf.addPage([PAGE.width, PAGE.height]);
  let y = PAGE.height - MARGIN.top;
  const x = [MARGIN.side, MARGIN.side + COLUMN + GAP] as const;

  const draw = (line: Line | undefined, column: 0 | 1, top: number) => {
    if (!line || !line.text) return;
    page.drawText(line.text, { x: x[column] + line.indent, y: top - line.gapBefore - line.size, size: line.size, font: fonts[line.font], color: INK });
  };
  const header = () => {
    text.languageNames.forEach((name, i) => page.drawText(name, { x: x[i as 0 | 1], y: y - 9, size: 9, font: fonts.bold, color: GREY }));
    y -= 14;
    page.drawLine({ start: { x: MARGIN.side, y }, end: { x: PAGE.width - MARGIN.side, y }, thickness: 0.5, color: GREY });
    y -= 8;
  };
  header();

  for (const [left, right] of text.rows) {
    const leftParts = partsOf(left, COLUMN, measure);
    const rightParts = partsOf(right, COLUMN, measure);
    for (let p = 0; p < Math.max(leftParts.length, rightParts.length); p++) {
      const l = leftParts[p] ?? [];
      const r = rightParts[p] ?? [];
      // Line by line in step: the same clause starts on the same height in both columns, and a
      // long one goes on to the next page in both.
      for (let i = 0; i < Math.max(l.length, r.length); i++) {
        const h = Math.max(lineHeight(l[i]), lineHeight(r[i]));
        if (y - h < MARGIN.bottom) {
          page = pdf.addPage([PAGE.width, PAGE.height]);
          y = PAGE.height - MARGIN.top;
          header();
        }
        draw(l[i], 0, y);
        draw(r[i], 1, y);
        y -= h;
      }
    }
    y -= 3;
  }

  const pages = pdf.getPages();
  pages.forEach((p, i) => {
    p.drawLine({ start: { x: MARGIN.side, y: 48 }, end: { x: PAGE.width - MARGIN.side, y: 48 }, thickness: 0.5, color: GREY });
    p.drawText(text.footer, { x: MARGIN.side, y: 38, size: 7, font: fonts.regular, color: GREY });
    const number = `${text.page} ${i + 1}/${pages.length}`;
    p.drawText(number, { x: PAGE.width - MARGIN.side - fonts.regular.widthOfTextAtSize(number, 7), y: 38, size: 7, font: fonts.regular, color: GREY });
    if (text.footnote) p.drawText(text.footnote, { x: MARGIN.side, y: 28, size: 7, font: fonts.regular, color: INK });
  });
  return pdf.save();
}
