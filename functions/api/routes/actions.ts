/**
 * What an approver's email link leads to. Both calls are POSTs with the token in the body:
 * a GET never changes anything, and the token never appears in a URL a server logs.
 */
import { createRoute, z } from '@hono/zod-openapi';
import { DecideRequestSchema, PreviewRequestSchema } from '../../../shared/schemas';
import * as approvals from '../../lib/services/approvals';
import { depsOf } from '../context';
import { ErrorSchema, jsonBody, MessageSchema, router } from './shared';

const linkErrors = {
  400: { description: 'Bad input', content: { 'application/json': { schema: ErrorSchema } } },
  404: { description: 'Unknown or tampered link (the same answer for both)', content: { 'application/json': { schema: ErrorSchema } } },
  410: { description: 'Expired or replaced link; `freshLink` says whether a fresh one can be requested', content: { 'application/json': { schema: ErrorSchema } } },
} as const;

const PreviewSchema = z
  .object({ kind: z.string(), reference: z.string(), summary: z.object({}).loose(), step: z.object({}).loose(), snapshotHash: z.string(), choices: z.array(z.string()) })
  .loose()
  .meta({ id: 'Preview' });
const ConflictSchema = z.object({ error: z.string(), decidedBy: z.string().optional(), decision: z.string().optional(), at: z.string().optional() }).loose();

export function actionRoutes() {
  const app = router();

  app.openapi(
    createRoute({
      method: 'post',
      path: '/actions/preview',
      tags: ['approvals'],
      summary: 'What this link asks the approver to decide (read-only)',
      request: { body: jsonBody(PreviewRequestSchema) },
      responses: { 200: { description: 'The item, the step and the choices', content: { 'application/json': { schema: PreviewSchema } } }, ...linkErrors },
    }),
    async (c) => c.json(await approvals.preview(depsOf(c), c.req.valid('json').token), 200),
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/actions/decide',
      tags: ['approvals'],
      summary: 'Approve, reject (reason required) or request changes (comment required)',
      description:
        'Send an `Idempotency-Key` header to make a retry of the same request return the same answer. Without it, a second decision on a used link is a 409.',
      request: { body: jsonBody(DecideRequestSchema), headers: z.object({ 'idempotency-key': z.string().min(8).max(100).optional() }) },
      responses: {
        200: { description: 'Recorded', content: { 'application/json': { schema: z.object({ status: z.string() }).loose() } } },
        409: { description: 'Lost race or changed item: who decided what and when', content: { 'application/json': { schema: ConflictSchema } } },
        ...linkErrors,
      },
    }),
    async (c) => {
      const body = c.req.valid('json');
      const idempotencyKey = c.req.valid('header')['idempotency-key'];
      return c.json(await approvals.decide(depsOf(c), { ...body, idempotencyKey }), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/actions/refresh',
      tags: ['approvals'],
      summary: 'Send me a fresh link for this step (the old one stops working)',
      request: { body: jsonBody(PreviewRequestSchema) },
      responses: {
        202: { description: 'A fresh link is on its way', content: { 'application/json': { schema: MessageSchema } } },
        409: { description: 'The step no longer waits for this approver', content: { 'application/json': { schema: ConflictSchema } } },
        ...linkErrors,
      },
    }),
    async (c) => {
      await approvals.requestFreshLink(depsOf(c), c.req.valid('json').token);
      return c.json({ message: 'A fresh link is on its way to your inbox.' }, 202);
    },
  );

  return app;
}
