/**
 * The memorandum's text as a file: the templates filled with an agreement's facts, in English and
 * the pair's language, written as DOCX or PDF; and the invitation letter, filled by the service
 * (invitation.ts), written as PDF by the same two-column writer. Given to the app by the exports function and the
 * local server only (functions/exports/handler.ts): the API function's bundle carries neither
 * docx nor pdf-lib.
 */
import type { MemorandumFacts } from './fill';
import { sideBySide } from './fill';
import { memorandumDocx } from './docx';
import type { InvitationTemplate } from './invitation';
import { memorandumPdf, twoColumnPdf, type TwoColumns } from './pdf';
import type { MemorandumTemplate } from './template';
import { MEMORANDUM_TEMPLATES } from './templates';

export type MemorandumFormat = 'docx' | 'pdf';
/** `templates`: English and the pair's language in force (the office's uploads); the built-in files when not given. */
export type MemorandumWriter = (facts: MemorandumFacts, pair: 'ru' | 'uz', format: MemorandumFormat, templates?: [MemorandumTemplate, MemorandumTemplate]) => Promise<Uint8Array>;

export const writeMemorandum: MemorandumWriter = (facts, pair, format, templates = [MEMORANDUM_TEMPLATES.en, MEMORANDUM_TEMPLATES[pair]]) => {
  const text = sideBySide(templates[0], templates[1], facts);
  return format === 'docx' ? memorandumDocx(text) : memorandumPdf(text);
};

/** The invitation letter, filled (invitation.ts's `invitationLetter`), as a PDF. */
export type InvitationWriter = (letter: TwoColumns) => Promise<Uint8Array>;
export const writeInvitation: InvitationWriter = twoColumnPdf;
