/** Request bodies of the API that are not entities: sign-in and approval actions. */
import * as z from 'zod/mini';
import { isReturnPath, RETURN_PATH_MAX } from '../return-path';
import { EmailSchema, LanguageSchema } from './common';

const TokenSchema = z.string().check(z.minLength(1), z.maxLength(256));

/**
 * A page of this site that sign-in may send a person on to (`/office/activities?activity=…`): the
 * rule is shared/return-path.ts, which says what is refused and why (an open redirect).
 */
export const ReturnPathSchema = z
  .string()
  .check(z.maxLength(RETURN_PATH_MAX), z.refine(isReturnPath, 'A page of this site, as a path: /office/activities?activity=…'), z.meta({ example: '/office/activities?activity=act-1' }));

/**
 * `language`: the one the sign-in page is read in; the link's email comes in it (a person not yet
 * signed in has no other way to say it). Unset, the email follows the person's profile.
 * `next`: the page the person was going to; using the link lands there. It is kept with the link,
 * server side, never put in the email. One that is not a page of this site (ReturnPathSchema) is
 * dropped, not refused: the person still gets their link, and lands on the default page.
 */
export const LinkRequestSchema = z
  .strictObject({ email: EmailSchema, language: z.optional(LanguageSchema), next: z.catch(z.optional(ReturnPathSchema), undefined) })
  .check(z.meta({ id: 'LinkRequest', example: { email: 'faculty@uni.example', language: 'uz', next: '/office/activities?activity=act-1' } }));

/** A signed-in person's own choice of language: for the pages, and for every email they are sent from then on. */
export const LanguageChoiceSchema = z.strictObject({ language: LanguageSchema }).check(z.meta({ id: 'LanguageChoice', example: { language: 'uz' } }));

export const SessionRequestSchema = z
  .strictObject({ token: TokenSchema })
  .check(z.meta({ id: 'SessionRequest', example: { token: 'mB2w3D4rQ0p7y8cVdE5fG6hJ9kL1nP3sT5vW7xZ0aB2' } }));

export const PreviewRequestSchema = z
  .strictObject({ token: TokenSchema })
  .check(z.meta({ id: 'PreviewRequest', example: { token: 'mB2w3D4rQ0p7y8cVdE5fG6hJ9kL1nP3sT5vW7xZ0aB2' } }));

/** One of the documents the preview listed, asked for with the same link (the token stays in the body). */
export const ActionDocumentRequestSchema = z
  .strictObject({ token: TokenSchema, documentId: z.string().check(z.minLength(1), z.maxLength(100), z.regex(/^[A-Za-z0-9_-]+$/, 'A document id from the preview')) })
  .check(z.meta({ id: 'ActionDocumentRequest', example: { token: 'mB2w3D4rQ0p7y8cVdE5fG6hJ9kL1nP3sT5vW7xZ0aB2', documentId: '00mhz3k9a-Qm9sZXMtYW5kLW5vdGVz' } }));

export const DecisionSchema = z.enum(['approve', 'reject', 'request_changes']);

export const DecideRequestSchema = z
  .strictObject({
    token: TokenSchema,
    decision: DecisionSchema,
    comment: z.optional(z.string().check(z.maxLength(4000))),
    /** The hash the preview returned: a decision on content that changed since is refused. */
    snapshotHash: z.string().check(z.regex(/^[0-9a-f]{64}$/, 'The snapshotHash from the preview')),
  })
  .check(z.meta({
    id: 'DecideRequest',
    example: {
      token: 'mB2w3D4rQ0p7y8cVdE5fG6hJ9kL1nP3sT5vW7xZ0aB2',
      decision: 'approve',
      comment: 'Supported by the department.',
      snapshotHash: '3f0a1c9e5b7d2f4a6c8e0b1d3f5a7c9e1b3d5f7a9c1e3b5d7f9a1c3e5b7d9f1a',
    },
  }));

export const WithdrawRequestSchema = z
  .strictObject({ reason: z.optional(z.string().check(z.trim(), z.maxLength(1000))) })
  .check(z.meta({ id: 'WithdrawRequest', example: { reason: 'The student chose another programme.' } }));

/** The partner coordinator's answer to an approved nomination, from their link (a decline needs a reason). */
export const PartnerAnswerSchema = z.enum(['accept', 'decline']);

export const PartnerAnswerRequestSchema = z
  .strictObject({
    token: TokenSchema,
    answer: PartnerAnswerSchema,
    reason: z.optional(z.string().check(z.maxLength(4000))),
    /** The hash the preview returned: an answer to a nomination that changed since is refused. */
    snapshotHash: z.string().check(z.regex(/^[0-9a-f]{64}$/, 'The snapshotHash from the preview')),
  })
  .check(z.meta({
    id: 'PartnerAnswerRequest',
    example: {
      token: 'mB2w3D4rQ0p7y8cVdE5fG6hJ9kL1nP3sT5vW7xZ0aB2',
      answer: 'decline',
      reason: 'No supervisor in condensed-matter physics is free in the autumn semester.',
      snapshotHash: '3f0a1c9e5b7d2f4a6c8e0b1d3f5a7c9e1b3d5f7a9c1e3b5d7f9a1c3e5b7d9f1a',
    },
  }));
