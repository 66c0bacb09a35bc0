/** Request bodies of the API that are not entities: sign-in and approval actions. */
import * as z from 'zod';
import { EmailSchema, LanguageSchema } from './common';

const TokenSchema = z.string().min(1).max(256);

/**
 * `language`: the one the sign-in page is read in; the link's email comes in it (a person not yet
 * signed in has no other way to say it). Unset, the email follows the person's profile.
 */
export const LinkRequestSchema = z
  .object({ email: EmailSchema, language: LanguageSchema.optional() })
  .strict()
  .meta({ id: 'LinkRequest', example: { email: 'faculty@uni.example', language: 'uz' } });

/** A signed-in person's own choice of language: for the pages, and for every email they are sent from then on. */
export const LanguageChoiceSchema = z.object({ language: LanguageSchema }).strict().meta({ id: 'LanguageChoice', example: { language: 'uz' } });

export const SessionRequestSchema = z
  .object({ token: TokenSchema })
  .strict()
  .meta({ id: 'SessionRequest', example: { token: 'mB2w3D4rQ0p7y8cVdE5fG6hJ9kL1nP3sT5vW7xZ0aB2' } });

export const PreviewRequestSchema = z
  .object({ token: TokenSchema })
  .strict()
  .meta({ id: 'PreviewRequest', example: { token: 'mB2w3D4rQ0p7y8cVdE5fG6hJ9kL1nP3sT5vW7xZ0aB2' } });

/** One of the documents the preview listed, asked for with the same link (the token stays in the body). */
export const ActionDocumentRequestSchema = z
  .object({ token: TokenSchema, documentId: z.string().min(1).max(100).regex(/^[A-Za-z0-9_-]+$/, 'A document id from the preview') })
  .strict()
  .meta({ id: 'ActionDocumentRequest', example: { token: 'mB2w3D4rQ0p7y8cVdE5fG6hJ9kL1nP3sT5vW7xZ0aB2', documentId: '00mhz3k9a-Qm9sZXMtYW5kLW5vdGVz' } });

export const DecisionSchema = z.enum(['approve', 'reject', 'request_changes']);

export const DecideRequestSchema = z
  .object({
    token: TokenSchema,
    decision: DecisionSchema,
    comment: z.string().max(4000).optional(),
    /** The hash the preview returned: a decision on content that changed since is refused. */
    snapshotHash: z.string().regex(/^[0-9a-f]{64}$/, 'The snapshotHash from the preview'),
  })
  .strict()
  .meta({
    id: 'DecideRequest',
    example: {
      token: 'mB2w3D4rQ0p7y8cVdE5fG6hJ9kL1nP3sT5vW7xZ0aB2',
      decision: 'approve',
      comment: 'Supported by the department.',
      snapshotHash: '3f0a1c9e5b7d2f4a6c8e0b1d3f5a7c9e1b3d5f7a9c1e3b5d7f9a1c3e5b7d9f1a',
    },
  });

export const WithdrawRequestSchema = z
  .object({ reason: z.string().trim().max(1000).optional() })
  .strict()
  .meta({ id: 'WithdrawRequest', example: { reason: 'The student chose another programme.' } });
