/**
 * Documents attached to a nomination or a memorandum: what may be uploaded (kinds, types, size),
 * checked before any upload URL is issued, and how an upload is checked once it is in storage.
 * Pure: no I/O, so the same rules can run in the browser before the file is sent.
 */
import * as z from 'zod/mini';
import type { Actor } from '../workflow/types';
import type { SubmissionKind } from './entities';

/** What the office keeps per memorandum and per nomination. */
export const AGREEMENT_DOCUMENT_KINDS = ['draft', 'signed', 'annex'] as const;
/** `certificate`: the partner's certificate of attendance, filed by the office when the mobility is complete. */
export const NOMINATION_DOCUMENT_KINDS = ['transcript', 'cv', 'language_certificate', 'motivation_letter', 'certificate', 'other'] as const;
/** An international activity's: its programme (agenda), its report, photographs, anything else. */
export const ACTIVITY_DOCUMENT_KINDS = ['programme', 'report', 'photo', 'other'] as const;
export type DocumentKind = (typeof AGREEMENT_DOCUMENT_KINDS)[number] | (typeof NOMINATION_DOCUMENT_KINDS)[number] | (typeof ACTIVITY_DOCUMENT_KINDS)[number];
/** What a document belongs to: a nomination, a memorandum or an international activity. */
export type DocumentHolderKind = SubmissionKind | 'activity';

/** 20 MiB: a scanned, signed memorandum of a few dozen pages fits; a video does not. */
export const MAX_DOCUMENT_BYTES = 20 * 1024 * 1024;

/** The accepted types, with the file-name extensions and the first bytes each must have. */
export const DOCUMENT_TYPES = {
  'application/pdf': { label: 'PDF', extensions: ['.pdf'], signature: [0x25, 0x50, 0x44, 0x46, 0x2d] }, // %PDF-
  // A .docx is a ZIP archive.
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': { label: 'DOCX', extensions: ['.docx'], signature: [0x50, 0x4b, 0x03, 0x04] },
  'image/jpeg': { label: 'JPEG', extensions: ['.jpg', '.jpeg'], signature: [0xff, 0xd8, 0xff] },
  'image/png': { label: 'PNG', extensions: ['.png'], signature: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
} as const;
export type DocumentContentType = keyof typeof DOCUMENT_TYPES;
const CONTENT_TYPES = Object.keys(DOCUMENT_TYPES) as [DocumentContentType, ...DocumentContentType[]];

/** The longest file signature: how many bytes to read back to check one. */
export const SIGNATURE_BYTES = Math.max(...Object.values(DOCUMENT_TYPES).map((t) => t.signature.length));

export const DocumentContentTypeSchema = z.enum(CONTENT_TYPES, { error: 'Only PDF, DOCX, JPEG or PNG files can be attached' });

export const DocumentSizeSchema = z
  .number({ error: 'The size in bytes, as a number' })
  .check(z.int('The size in bytes, as a whole number'), z.minimum(1, 'The file is empty'), z.maximum(MAX_DOCUMENT_BYTES, 'A document may be at most 20 MB'));

/** The name people see and download under; never a path, never a control character. */
export const DocumentFileNameSchema = z
  .string()
  .check(
    z.trim(),
    z.minLength(1, 'The file name is missing'),
    z.maxLength(200, 'At most 200 characters'),
    z.refine((s) => !/[\u0000-\u001f\u007f/\\]/.test(s), 'A file name without slashes or control characters'),
  );

function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot < 0 ? '' : fileName.slice(dot).toLowerCase();
}

/**
 * The extension must match the declared type: a file saved as `transcript.exe` but declared a
 * PDF would reach an approver's disk under a name that runs.
 */
export function extensionMatchesType(value: { fileName: string; contentType: DocumentContentType }, ctx: z.core.$RefinementCtx) {
  const type = DOCUMENT_TYPES[value.contentType];
  if (!(type.extensions as readonly string[]).includes(extensionOf(value.fileName))) {
    ctx.addIssue({ code: 'custom', path: ['fileName'], message: `A ${type.label} file's name ends in ${type.extensions.join(' or ')}` });
  }
}

function documentRequestSchema<K extends readonly [string, ...string[]]>(kinds: K) {
  return z
    .strictObject({
      kind: z.enum(kinds),
      fileName: DocumentFileNameSchema,
      contentType: DocumentContentTypeSchema,
      size: DocumentSizeSchema,
    })
    .check(z.superRefine(extensionMatchesType));
}

export const NominationDocumentRequestSchema = documentRequestSchema(NOMINATION_DOCUMENT_KINDS).check(z.meta({
  id: 'NominationDocumentRequest',
  description: 'Declares a file before it is uploaded: the answer carries a URL for one PUT of exactly this type and size.',
  example: { kind: 'transcript', fileName: 'transcript-2025.pdf', contentType: 'application/pdf', size: 482133 },
}));

export const AgreementDocumentRequestSchema = documentRequestSchema(AGREEMENT_DOCUMENT_KINDS).check(z.meta({
  id: 'AgreementDocumentRequest',
  description: 'Declares a file before it is uploaded: the answer carries a URL for one PUT of exactly this type and size.',
  example: { kind: 'signed', fileName: 'MoU Osh State University (signed).pdf', contentType: 'application/pdf', size: 2318112 },
}));

export const ActivityDocumentRequestSchema = documentRequestSchema(ACTIVITY_DOCUMENT_KINDS).check(z.meta({
  id: 'ActivityDocumentRequest',
  description: 'Declares a file of an international activity (its programme, report or a photograph) before it is uploaded: the answer carries a URL for one PUT of exactly this type and size.',
  example: { kind: 'programme', fileName: 'Conference programme.pdf', contentType: 'application/pdf', size: 318204 },
}));

export type DocumentRequest = { kind: DocumentKind; fileName: string; contentType: DocumentContentType; size: number };

export function documentRequestSchemaFor(kind: SubmissionKind) {
  return kind === 'nomination' ? NominationDocumentRequestSchema : AgreementDocumentRequestSchema;
}

/** `pending` from the upload URL until the file is checked in storage; then `uploaded` or `rejected`. */
export type DocumentStatus = 'pending' | 'uploaded' | 'rejected';

/** A document as the API shows it. Where it is stored is not shown. */
export type AttachedDocument = {
  id: string;
  entity: { kind: DocumentHolderKind; id: string };
  kind: DocumentKind;
  fileName: string;
  contentType: DocumentContentType;
  size: number;
  status: DocumentStatus;
  uploadedBy: Actor;
  createdAt: string;
  uploadedAt?: string;
  rejectedReason?: string;
};

/**
 * Why what arrived in storage is not what was declared, or undefined if it is. S3 already refuses
 * a PUT whose type or length differs from the signed ones; this is the second look, and the only
 * one for what a signature cannot see: the first bytes of the file.
 */
export function uploadMismatch(
  declared: { contentType: DocumentContentType; size: number },
  stored: { size: number; contentType?: string; firstBytes: Uint8Array },
): string | undefined {
  if (stored.size !== declared.size) return `The stored file has ${stored.size} bytes, not the ${declared.size} declared`;
  if ((stored.contentType ?? '').split(';')[0]!.trim().toLowerCase() !== declared.contentType) {
    return `The stored file is of type ${stored.contentType ?? 'unknown'}, not ${declared.contentType}`;
  }
  const { signature, label } = DOCUMENT_TYPES[declared.contentType];
  if (!signature.every((byte, i) => stored.firstBytes[i] === byte)) return `The file does not start like a ${label} file`;
  return undefined;
}
