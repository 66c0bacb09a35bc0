/**
 * The words for each kind of document (a transcript, a signed copy): apart from document-upload.ts,
 * which carries the upload's checks (and zod), so that a page that only lists documents (the
 * approver's) does not carry them.
 */
import type { MessageKey } from './i18n/messages';

export const DOCUMENT_KIND_WORDS: Record<string, MessageKey> = {
  draft: 'office.doc.draft',
  signed: 'office.doc.signed',
  annex: 'office.doc.annex',
  transcript: 'nom.doc.transcript',
  cv: 'nom.doc.cv',
  language_certificate: 'nom.doc.language_certificate',
  motivation_letter: 'nom.doc.motivation_letter',
  certificate: 'nom.doc.certificate',
  other: 'nom.doc.other',
  programme: 'activities.doc.programme',
  report: 'activities.doc.report',
  photo: 'activities.doc.photo',
};
