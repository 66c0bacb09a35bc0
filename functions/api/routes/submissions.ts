/**
 * Nominations (`/nominations`) and memoranda (`/agreements`) share one shape: submit, read,
 * list, withdraw, resubmit after changes were requested.
 */
import { createRoute, z } from '@hono/zod-openapi';
import { MemorandumInputSchema, NominationInputSchema, WithdrawRequestSchema, type SubmissionKind } from '../../../shared/schemas';
import * as submissions from '../../lib/services/submissions';
import { isAdmin } from '../../lib/services/identity';
import { depsOf, signedIn } from '../context';
import { EntitySchema, ErrorSchema, IdParamSchema, jsonBody, router } from './shared';

const errors = {
  400: { description: 'Bad input, with field errors', content: { 'application/json': { schema: ErrorSchema } } },
  401: { description: 'Not signed in', content: { 'application/json': { schema: ErrorSchema } } },
} as const;
const notFound = { 404: { description: 'No such item (or not yours to see)', content: { 'application/json': { schema: ErrorSchema } } } } as const;
const conflict = { 409: { description: 'Wrong state; the body has the current state', content: { 'application/json': { schema: ErrorSchema } } } } as const;
const entity = (description: string) => ({ description, content: { 'application/json': { schema: EntitySchema } } });

export function submissionRoutes(kind: SubmissionKind, path: '/nominations' | '/agreements') {
  const app = router();
  const schema = kind === 'nomination' ? NominationInputSchema : MemorandumInputSchema;
  const tag = kind === 'nomination' ? 'nominations' : 'agreements';
  const noun = kind === 'nomination' ? 'nomination' : 'memorandum';

  app.openapi(
    createRoute({
      method: 'post',
      path,
      tags: [tag],
      summary: `Submit a ${noun}; it goes straight into review`,
      request: { body: jsonBody(schema) },
      responses: { 201: entity(`The ${noun}, in review`), ...errors },
    }),
    async (c) => {
      const person = await signedIn(c);
      const created = await submissions.submitNew(depsOf(c), kind, c.req.valid('json') as never, person);
      return c.json(created, 201);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path,
      tags: [tag],
      summary:
        kind === 'nomination'
          ? 'Nominations: your own; all of them for admins'
          : 'Agreements in force and memoranda you can see (admins: all)',
      responses: { 200: { description: 'Newest first', content: { 'application/json': { schema: z.array(EntitySchema) } } }, ...errors },
    }),
    async (c) => {
      const person = await signedIn(c);
      const scope = kind === 'memorandum' || isAdmin(person) ? 'all' : 'own';
      return c.json(await submissions.listFor(depsOf(c), kind, person, scope), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: `${path}/{id}`,
      tags: [tag],
      summary: `One ${noun} with its history`,
      request: { params: IdParamSchema },
      responses: { 200: entity(`The ${noun} and its events`), ...errors, ...notFound },
    }),
    async (c) => {
      const deps = depsOf(c);
      const found = await submissions.getVisible(deps, kind, c.req.valid('param').id, await signedIn(c));
      return c.json({ ...found, history: await submissions.historyOf(deps, found) }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'put',
      path: `${path}/{id}`,
      tags: [tag],
      summary: `Resubmit a ${noun} that was sent back for changes (starts a new round)`,
      request: { params: IdParamSchema, body: jsonBody(schema) },
      responses: { 200: entity(`The ${noun}, in review again`), ...errors, ...notFound, ...conflict },
    }),
    async (c) => {
      const person = await signedIn(c);
      const updated = await submissions.resubmit(depsOf(c), kind, c.req.valid('param').id, c.req.valid('json') as never, person);
      return c.json(updated, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: `${path}/{id}/withdraw`,
      tags: [tag],
      summary: `Withdraw your ${noun}`,
      request: { params: IdParamSchema, body: { required: false, content: { 'application/json': { schema: WithdrawRequestSchema } } } },
      responses: { 200: entity(`The ${noun}, withdrawn`), ...errors, ...notFound, ...conflict },
    }),
    async (c) => {
      const person = await signedIn(c);
      const body = c.req.valid('json') ?? {};
      const updated = await submissions.withdraw(depsOf(c), kind, c.req.valid('param').id, person, body.reason);
      return c.json(updated, 200);
    },
  );

  return app;
}
