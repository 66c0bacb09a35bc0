/**
 * What an approver's email link leads to. Every call is a POST with the token in the body:
 * a GET never changes anything, and the token never appears in a URL a server logs.
 */
import * as z from 'zod/mini';
import { ValidationError } from '../../../shared/errors';
import { ActionDocumentRequestSchema, DecideRequestSchema, PreviewRequestSchema } from '../../../shared/schemas/api';
import * as approvals from '../../lib/services/approvals';
import { depsOf } from '../context';
import type { ApiRouter } from '../router';

const LINK_ERRORS = {
  400: 'Bad input',
  404: 'Unknown or tampered link (the same answer for both)',
  410:
    'Expired or replaced link (`link_expired`, `link_replaced`), or one whose person no longer holds the step’s role in its scope (`approver_changed`, with `role` and `waitingOn` [{name}], empty when nobody holds it and the office has been told; nothing is recorded); `freshLink` says whether a fresh one can be requested',
};

const IdempotencyKeySchema = z.optional(z.string().check(z.minLength(8), z.maxLength(100)));

export function actionRoutes(r: ApiRouter) {
  r.add(
    {
      method: 'post',
      operationId: 'previewAction',
      access: 'link',
      path: '/actions/preview',
      tag: 'approvals',
      summary: 'What this link asks the approver to decide (read-only): {kind, reference, summary, step, snapshotHash, choices, history, documents}',
      body: PreviewRequestSchema,
      responses: { 200: 'The item, the step and the choices', ...LINK_ERRORS },
    },
    async (c, { body }) => c.json(await approvals.preview(depsOf(c), body.token), 200),
  );

  r.add(
    {
      method: 'post',
      operationId: 'downloadActionDocument',
      access: 'link',
      path: '/actions/document',
      tag: 'approvals',
      summary: 'A download URL, valid five minutes, for one of the documents the preview lists: {url, expiresAt}',
      description: 'Answers to exactly the links that can preview (decided or not, while not expired or replaced). The token is in the body, never in a URL.',
      body: ActionDocumentRequestSchema,
      responses: {
        200: '`{url, expiresAt}`: the file as an attachment under its original name',
        404: 'Unknown or tampered link, or no such document of this item',
        409: 'The stored file is no longer the one that was checked (document_changed), so it is not served',
        410: LINK_ERRORS[410],
        400: LINK_ERRORS[400],
      },
    },
    async (c, { body }) => c.json(await approvals.documentDownload(depsOf(c), body.token, body.documentId), 200),
  );

  r.add(
    {
      method: 'post',
      operationId: 'decideAction',
      access: 'link',
      path: '/actions/decide',
      tag: 'approvals',
      summary: 'Approve, reject (reason required) or request changes (comment required)',
      description:
        'Send an `Idempotency-Key` header to make a retry of the same request return the same answer. Without it, a second decision on a used link is a 409 naming the recorded decision.',
      body: DecideRequestSchema,
      responses: { 200: 'Recorded: {status, decision, decidedBy, at, receipt}', 409: 'Lost race or changed item: {error, decidedBy, decision, at}', ...LINK_ERRORS },
    },
    async (c, { body }) => {
      const key = IdempotencyKeySchema.safeParse(c.req.header('idempotency-key'));
      if (!key.success) throw new ValidationError('Idempotency-Key must be 8 to 100 characters', [{ path: 'Idempotency-Key', message: 'Use 8 to 100 characters' }]);
      return c.json(await approvals.decide(depsOf(c), { ...body, idempotencyKey: key.data }), 200);
    },
  );

  r.add(
    {
      method: 'post',
      operationId: 'requestFreshLink',
      access: 'link',
      path: '/actions/refresh',
      tag: 'approvals',
      summary: 'Send me a fresh link for this step, from an expired link (the old one stops working)',
      description:
        'Only the approver\'s current link may ask, once it has expired: a replaced link is 410, a live one 409 `link_live`. Asking again from the same link sends nothing more (202 again); at most three fresh links per approver and step (then 409 `fresh_link_limit`). The link goes to the step\'s approver only.',
      body: PreviewRequestSchema,
      responses: {
        202: 'A fresh link is on its way, or was already sent for this link: {message}',
        409: 'The step no longer waits for this approver (`link_closed`), the link still works (`link_live`), or the step\'s fresh links are spent (`fresh_link_limit`)',
        ...LINK_ERRORS,
      },
    },
    async (c, { body }) => c.json(await approvals.requestFreshLink(depsOf(c), body.token), 202),
  );
}
