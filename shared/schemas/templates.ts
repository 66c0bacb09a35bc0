/**
 * The templates the office may replace: which document (the memorandum's text, the invitation
 * letter) and which language, and the upload's body (a template as JSON, checked by the server
 * against the document's placeholders: functions/lib/memorandum/template.ts and invitation.ts).
 */
import * as z from 'zod/mini';

export const TemplateDocumentSchema = z.enum(['memorandum', 'invitation']);
export type TemplateDocument = z.infer<typeof TemplateDocumentSchema>;

export const TemplateLanguageSchema = z.enum(['en', 'ru', 'uz']);

/**
 * A JSON object of whatever keys: its shape depends on the document, and a placeholder the document does
 * not know must be refused with its name and place, which the server's check says better than a
 * schema's union would.
 */
export const TemplateUploadSchema = z.record(z.string().check(z.maxLength(100)), z.unknown()).check(
  z.meta({
    id: 'TemplateUpload',
    description: 'A template as JSON, in the shape of the built-in one that `GET /api/templates/{document}/{language}` returns (its `template`).',
    example: {
      language: 'en',
      languageName: 'English',
      title: 'Invitation letter',
      subtitle: 'No. {{nomination.reference}} of {{letter.date}}',
      paragraphs: ['{{university.name}} invites {{student.name}}, holder of passport No. {{passport.number}} valid until {{passport.expiry}}, to study at the {{host.faculty}} from {{stay.start}} to {{stay.end}}.', 'Accommodation: {{accommodation}}.', '{{signature}}'],
      words: { room: 'room', office: 'International Relations Office', signature: 'Signature', date: 'Date', footer: 'Invitation letter', page: 'Page' },
    },
  }),
);

/** The invitation letter's second language, beside English: Russian unless Uzbek is asked for. */
export const InvitationLetterQuerySchema = z.strictObject({ language: z._default(z.enum(['ru', 'uz']), 'ru') });
