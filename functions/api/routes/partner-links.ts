/**
 * What a partner coordinator's email link leads to: the approved nomination they are asked to
 * accept or decline. Like an approver's link, every call is a POST with the token in the body.
 */
import * as z from 'zod/mini';
import { ValidationError } from '../../../shared/errors';
import { PartnerAnswerRequestSchema, PreviewRequestSchema } from '../../../shared/schemas/api';
import { SignatoryAnswerRequestSchema, SignedCopyCompleteRequestSchema, SignedCopyRequestSchema } from '../../../shared/schemas/partner-signing';
import * as partnerAnswers from '../../lib/services/partner-answers';
import * as partnerSigning from '../../lib/services/partner-signing';
import { depsOf } from '../context';
import type { ApiRouter } from '../router';

const LINK_ERRORS = {
  400: 'Bad input',
  404: 'Unknown or tampered link (the same answer for both, and the same as an approver’s)',
  410: 'Expired or replaced link (`link_expired`, `link_replaced`), as an approver’s',
};

const IdempotencyKeySchema = z.optional(z.string().check(z.minLength(8), z.maxLength(100)));

export function partnerLinkRoutes(r: ApiRouter) {
  r.add(
    {
      method: 'post',
      operationId: 'previewPartnerAnswer',
      access: 'link',
      path: '/partner-links/preview',
      tag: 'approvals',
      summary: 'What a partner link shows (read-only): the approved nomination a coordinator accepts or declines (`kind: nomination`), or the exact text of a memorandum its signatory approves (`kind: memorandum`)',
      description: 'For a nomination: the nominee’s name, role and level, the mobility, its dates and the agreement; never the nominee’s email, motivation or documents. For a memorandum: its content as sent, the SHA-256 of that text (`snapshotHash`, the one printed in its PDF), and whether the signed copy can be uploaded. Changes nothing.',
      body: PreviewRequestSchema,
      responses: { 200: 'The nomination as the partner sees it, and the choices this link still has', ...LINK_ERRORS },
    },
    async (c, { body }) => c.json(await partnerAnswers.previewAny(depsOf(c), body.token), 200),
  );

  r.add(
    {
      method: 'post',
      operationId: 'answerAsPartner',
      access: 'link',
      path: '/partner-links/answer',
      tag: 'approvals',
      summary: 'Accept or decline (reason required) an approved nomination for the partner university',
      description:
        'Send an `Idempotency-Key` header to make a retry of the same request return the same answer. The office may have recorded the partner’s answer by hand first: then 409 `already_answered` with the recorded one.',
      body: PartnerAnswerRequestSchema,
      responses: {
        200: 'Recorded: {status, answer, decidedBy, at, snapshotHash}',
        409: 'Already answered, through this link (`already_decided`) or by the office (`already_answered`), or the nomination changed (`snapshot_changed`): with the current state',
        ...LINK_ERRORS,
      },
    },
    async (c, { body }) => {
      return c.json(await partnerAnswers.answer(depsOf(c), { ...body, idempotencyKey: idempotencyKeyOf(c.req.header('idempotency-key')) }), 200);
    },
  );

  r.add(
    {
      method: 'post',
      operationId: 'answerAsSignatory',
      access: 'link',
      path: '/partner-links/sign',
      tag: 'approvals',
      summary: 'The partner’s signatory approves the exact text of a memorandum (name and position: their receipt) or asks for changes (comment required)',
      description:
        'With the `snapshotHash` the preview gave: an answer to a text that changed since is refused. Asking for changes hands the memorandum back to the office with the comment; its next sending is a new link, and this one is dead (410 `link_replaced`). Send an `Idempotency-Key` header to make a retry return the same answer.',
      body: SignatoryAnswerRequestSchema,
      responses: {
        200: 'Recorded: {status, answer, decidedBy, at, snapshotHash, receipt}',
        409: 'Already answered through this link (`already_decided`), no longer waiting (`already_answered`: the office recorded the partner’s signature, or sent a new text), or the text changed (`snapshot_changed`): with the current state',
        ...LINK_ERRORS,
      },
    },
    async (c, { body }) => c.json(await partnerSigning.answer(depsOf(c), { ...body, idempotencyKey: idempotencyKeyOf(c.req.header('idempotency-key')) }), 200),
  );

  r.add(
    {
      method: 'post',
      operationId: 'requestSignedCopyUpload',
      access: 'link',
      path: '/partner-links/signed-copy',
      tag: 'approvals',
      summary: 'Declare the partner’s signed copy of an approved text, and get a URL to upload it to',
      description:
        'The same link, once its text is approved, while the partner’s signature is not on record. PDF, DOCX, JPEG or PNG, at most 20 MB (the documents’ rules). Send the file with exactly the answer’s headers, then call `…/signed-copy/complete`.',
      body: SignedCopyRequestSchema,
      responses: { 201: 'The pending document and its upload URL', 409: 'The text is not approved through this link (`not_approved`), or the signature is on record (`already_signed`)', ...LINK_ERRORS },
    },
    async (c, { body }) => c.json(await partnerSigning.requestSignedCopy(depsOf(c), body), 201),
  );

  r.add(
    {
      method: 'post',
      operationId: 'completeSignedCopy',
      access: 'link',
      path: '/partner-links/signed-copy/complete',
      tag: 'approvals',
      summary: 'The signed copy uploaded: checked in storage as any document, and the partner’s signature recorded from it (date, signatory)',
      description: 'With the home signature already recorded and the start date come, the agreement is in force. Repeating it after success answers the same.',
      body: SignedCopyCompleteRequestSchema,
      responses: {
        200: 'The partner’s signature, and whether the agreement came into force',
        409: 'Nothing uploaded yet, the upload refused, the text not approved, or the signature already on record: with the current state',
        ...LINK_ERRORS,
      },
    },
    async (c, { body }) => c.json(await partnerSigning.completeSignedCopy(depsOf(c), body), 200),
  );
}

function idempotencyKeyOf(header: string | undefined): string | undefined {
  const key = IdempotencyKeySchema.safeParse(header);
  if (!key.success) throw new ValidationError('Idempotency-Key must be 8 to 100 characters', [{ path: 'Idempotency-Key', message: 'Use 8 to 100 characters' }]);
  return key.data;
}
