/**
 * Request bodies of the partner's signatory's link (shared/workflow/partner-signing.ts) and of the
 * office's "send to the partner's signatory". As every link call, the token travels in the body.
 */
import * as z from 'zod/mini';
import { EmailSchema, IsoDateSchema, LanguageSchema, PersonNameSchema } from './common';
import { DocumentContentTypeSchema, DocumentFileNameSchema, DocumentSizeSchema, extensionMatchesType } from './document';

const TokenSchema = z.string().check(z.minLength(1), z.maxLength(256));
const HashSchema = z.string().check(z.regex(/^[0-9a-f]{64}$/, 'The snapshotHash from the preview'));
const PositionSchema = z.string().check(z.trim(), z.maxLength(200));
const TOKEN = 'mB2w3D4rQ0p7y8cVdE5fG6hJ9kL1nP3sT5vW7xZ0aB2';
const HASH = '3f0a1c9e5b7d2f4a6c8e0b1d3f5a7c9e1b3d5f7a9c1e3b5d7f9a1c3e5b7d9f1a';

/** Approve (name and position: the receipt) or ask for changes (comment); which fields an answer needs is the core's rule, said per field. */
export const SignatoryAnswerRequestSchema = z
  .strictObject({
    token: TokenSchema,
    answer: z.enum(['approve', 'request_changes']),
    name: z.optional(z.string().check(z.trim(), z.maxLength(200))),
    position: z.optional(PositionSchema),
    comment: z.optional(z.string().check(z.maxLength(4000))),
    snapshotHash: HashSchema,
  })
  .check(
    z.meta({
      id: 'SignatoryAnswerRequest',
      example: { token: TOKEN, answer: 'approve', name: 'Kanybek Izakov', position: 'Rector', snapshotHash: HASH },
      examples: [
        { token: TOKEN, answer: 'approve', name: 'Kanybek Izakov', position: 'Rector', snapshotHash: HASH },
        { token: TOKEN, answer: 'request_changes', comment: 'Article 4: our students need five places a year, not four.', snapshotHash: HASH },
      ],
    }),
  );
export type SignatoryAnswerRequest = z.infer<typeof SignatoryAnswerRequestSchema>;

/**
 * The memorandum's text as a PDF through the link: the version the link was sent with, in the
 * pair the office chose for the agreement (no `pair` here: the partner signs the office's choice).
 */
export const SignatoryTextRequestSchema = z
  .strictObject({ token: TokenSchema })
  .check(z.meta({ id: 'SignatoryTextRequest', example: { token: TOKEN } }));

/** The signed copy declared before it is uploaded: the same types, sizes and name rules as any document. */
export const SignedCopyRequestSchema = z
  .strictObject({ token: TokenSchema, fileName: DocumentFileNameSchema, contentType: DocumentContentTypeSchema, size: DocumentSizeSchema })
  .check(z.superRefine(extensionMatchesType))
  .check(z.meta({ id: 'SignedCopyRequest', example: { token: TOKEN, fileName: 'MoU signed.pdf', contentType: 'application/pdf', size: 2318112 } }));

/** The upload done: checked in storage, and the partner's signature recorded from it. */
export const SignedCopyCompleteRequestSchema = z
  .strictObject({ token: TokenSchema, documentId: z.string().check(z.minLength(1), z.maxLength(100)), date: IsoDateSchema, signatoryName: PersonNameSchema, signatoryPosition: z.string().check(z.trim(), z.minLength(1), z.maxLength(200)) })
  .check(z.meta({ id: 'SignedCopyCompleteRequest', example: { token: TOKEN, documentId: 'mh2x1k9c0-q3vW8r5tY2uI7oP4', date: '2026-12-07', signatoryName: 'Kanybek Izakov', signatoryPosition: 'Rector' } }));

/** The office's "send to the partner's signatory": to the partner's signatory contact, or to the one named here. */
export const SignatorySendRequestSchema = z
  .strictObject({ contact: z.optional(z.strictObject({ email: EmailSchema, name: PersonNameSchema, language: z.optional(LanguageSchema) })) })
  .check(z.meta({ id: 'SignatorySendRequest', example: { contact: { email: 'rector@oshsu.example.org', name: 'Kanybek Izakov', language: 'ru' } } }));
