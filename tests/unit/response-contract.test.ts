/**
 * The API's contract (shared/api-contract.ts), checked without any service: it names exactly the
 * routes the server has, with the same body schemas; the OpenAPI document carries a schema for
 * every success; every example given is valid; and the check the tests' stack runs on every real
 * response does catch one that drifts. (That every real response of the integration suite follows
 * the contract is checked by the suite itself: tests/support/harness.ts fails a file that saw a
 * mismatch.)
 */
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { apiDescription } from '../../functions/api/openapi';
import { apiRoutes } from '../../functions/api/app';
import { contractProblems, routeKey, type ContractTable, type RouteSpec } from '../../functions/api/router';
import { API_CONTRACT } from '../../shared/api-contract';
import { exampleOf } from '../../shared/schemas/common';
import * as responses from '../../shared/schemas/responses';

type Operation = {
  requestBody?: { content: Record<string, { schema: { $ref?: string } }> };
  responses: Record<string, { content?: Record<string, { schema: Record<string, unknown> }> }>;
};
type Doc = { paths: Record<string, Record<string, Operation>>; components: { schemas: Record<string, unknown> } };

async function openApi(): Promise<Doc> {
  return apiDescription() as unknown as Doc;
}

describe('the response contract', () => {
  it('gives every success answer of every route a schema in the OpenAPI document, by reference or inline', async () => {
    const doc = await openApi();
    const successes = Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.entries(ops).flatMap(([method, op]) =>
        Object.entries(op.responses)
          .filter(([status]) => Number(status) < 400)
          .map(([status, r]) => ({ at: `${method.toUpperCase()} ${path} ${status}`, schema: Object.values(r.content ?? {})[0]?.schema ?? {} })),
      ),
    );
    const without = successes.filter((s) => Object.keys(s.schema).length === 0).map((s) => s.at);
    expect(successes.length).toBeGreaterThan(40);
    expect(without).toEqual([]);
    for (const { at, schema } of successes) {
      const ref = typeof schema.$ref === 'string' ? schema.$ref.split('/').pop()! : undefined;
      if (ref) expect(doc.components.schemas[ref], `${at} refers to a schema the document has`).toBeDefined();
    }
  });

  it('names exactly the routes the server has, with the very body schemas its routes validate with, and the same successes', () => {
    const specs = apiRoutes().specs;
    expect(specs.map(routeKey).sort()).toEqual(Object.keys(API_CONTRACT).sort());
    for (const spec of specs) {
      const entry = (API_CONTRACT as ContractTable)[routeKey(spec)]!;
      expect(entry.body, `${routeKey(spec)}'s body`).toBe(spec.body);
      const successes = Object.keys(spec.responses).filter((status) => Number(status) < 400);
      expect(successes.sort(), `${routeKey(spec)}'s successes`).toEqual(Object.keys(entry.ok).sort());
      for (const schema of Object.values(entry.ok)) expect(z.globalRegistry.get(schema!)?.id, `${routeKey(spec)}: each answer's schema is named in the document`).toBeDefined();
    }
  });

  it('has a valid example in every response schema that gives one', () => {
    // zod's core type: an answer made of an input schema (Partner) is a zod/mini schema.
    const withExamples = Object.entries(responses).filter(([, s]) => s instanceof z.core.$ZodType && exampleOf(s) !== undefined) as [string, z.core.$ZodType][];
    expect(withExamples.length).toBeGreaterThanOrEqual(10);
    for (const [name, schema] of withExamples) {
      const parsed = z.safeParse(schema, exampleOf(schema));
      expect(parsed.success, `${name}'s example: ${parsed.error?.message ?? ''}`).toBe(true);
    }
  });

  it('finds a body that does not follow its schema, a success the contract does not list, and a route it lacks', async () => {
    const spec: RouteSpec<undefined> = { method: 'get', operationId: 'getHealth', access: 'open', path: '/health', tag: 'health', summary: 'up', responses: { 200: '{ ok: true }', 503: 'Down' } };
    const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
    expect(await contractProblems(spec, json(200, { ok: true }), API_CONTRACT)).toEqual([]);
    expect(await contractProblems(spec, json(200, { ok: 'yes' }), API_CONTRACT)).toEqual([expect.stringMatching(/^ok: /)]);
    expect(await contractProblems(spec, json(200, 'not an object'), API_CONTRACT)).toHaveLength(1);
    expect(await contractProblems(spec, json(201, { ok: true }), API_CONTRACT)).toEqual([expect.stringMatching(/^status 201 is not one of/)]);
    expect(await contractProblems({ ...spec, path: '/nowhere' }, json(200, { ok: true }), API_CONTRACT)).toEqual(['the route is not in the contract']);
    // An error is the one error shape (errors.ts), not a route's: not checked here.
    expect(await contractProblems(spec, json(503, { anything: 1 }), API_CONTRACT)).toEqual([]);
  });

  it('reads a clone: the response checked can still be read by its caller', async () => {
    const spec: RouteSpec<undefined> = { method: 'get', operationId: 'getHealth', access: 'open', path: '/health', tag: 'health', summary: 'up', responses: { 200: '{ ok: true }' } };
    const res = new Response(JSON.stringify({ ok: true }), { status: 200 });
    await contractProblems(spec, res, API_CONTRACT);
    expect(await res.json()).toEqual({ ok: true });
  });
});
