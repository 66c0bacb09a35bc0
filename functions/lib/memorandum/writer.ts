/**
 * The memorandum's text as a file: the templates filled with an agreement's facts, in English and
 * the pair's language, written as DOCX or PDF. Given to the app by the exports function and the
 * local server only (functions/exports/handler.ts): the API function's bundle carries neither
 * docx nor pdf-lib.
 */
import type { MemorandumFacts } from './fill';
import { sideBySide } from './fill';
import { memorandumDocx } from './docx';
import { memorandumPdf } from './pdf';
import { MEMORANDUM_TEMPLATES } from './templates';

export type MemorandumFormat = 'docx' | 'pdf';
export type MemorandumWriter = (facts: MemorandumFacts, pair: 'ru' | 'uz', format: MemorandumFormat) => Promise<Uint8Array>;

export const writeMemorandum: MemorandumWriter = (facts, pair, format) => {
  const text = sideBySide(MEMORANDUM_TEMPLATES.en, MEMORANDUM_TEMPLATES[pair], facts);
  return format === 'docx' ? memorandumDocx(text) : memorandumPdf(text);
};
