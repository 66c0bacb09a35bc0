/**
 * What a partner coordinator's email link leads to: the approved nomination they are asked to
 * accept or decline. Like an approver's link, every call is a POST with the token in the body.
 */
import * as z from 'zod/mini';
import { ValidationError } from '../../../shared/errors';
import { PartnerAnswerRequestSchema, PreviewRequestSchema } from '../../../shared/schemas';
import * as partnerAnswers from '../../lib/services/partner-answers';
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
      summary: 'The approved nomination a partner coordinator’s link asks them to accept or decline (read-only): {reference, nomination, snapshotHash, choices}',
      description: 'Shows the nominee’s name, role and level, the mobility, its dates and the agreement; never the nominee’s email, motivation or documents. Changes nothing.',
      body: PreviewRequestSchema,
      responses: { 200: 'The nomination as the partner sees it, and the choices this link still has', ...LINK_ERRORS },
    },
    async (c, { body }) => c.json(await partnerAnswers.preview(depsOf(c), body.token), 200),
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
      const key = IdempotencyKeySchema.safeParse(c.req.header('idempotency-key'));
      if (!key.success) throw new ValidationError('Idempotency-Key must be 8 to 100 characters', [{ path: 'Idempotency-Key', message: 'Use 8 to 100 characters' }]);
      return c.json(await partnerAnswers.answer(depsOf(c), { ...body, idempotencyKey: key.data }), 200);
    },
  );
}
