/**
 * The response half of the API's contract, checked without any service: every route declares the
 * schema of each success it answers, the OpenAPI document carries those schemas, every example
 * given in them is valid, and the check the tests' stack runs on every real response does catch a
 * response that drifts. (That every real response of the integration suite follows its schema is
 * checked by the suite itself: tests/support/harness.ts fails a file that saw a mismatch.)
 */
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { contractProblems, ok, type RouteSpec } from '../../functions/api/router';
import { API_CONTRACT } from '../../shared/api-contract';
import * as responses from '../../shared/schemas/responses';
import { offlineApp as app } from '../support/offline-app';

type Operation = {
  requestBody?: { content: Record<string, { schema: { $ref?: string } }> };
  responses: Record<string, { content?: Record<string, { schema: Record<string, unknown> }> }>;
};
type Doc = { paths: Record<string, Record<string, Operation>>; components: { schemas: Record<string, unknown> } };

async function openApi(): Promise<Doc> {
  const res = await app.request('/api/openapi.json');
  return (await res.json()) as Doc;
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

  it('is the browser’s contract too: shared/api-contract.ts names every route with the very schemas the server declares', async () => {
    const doc = await openApi();
    const idOf = (schema: z.ZodType) => z.globalRegistry.get(schema)?.id;
    const refName = (schema: { $ref?: unknown } | undefined) => (typeof schema?.$ref === 'string' ? schema.$ref.split('/').pop() : undefined);
    const served = Object.entries(doc.paths).flatMap(([path, ops]) => Object.entries(ops).map(([method, op]) => ({ key: `${method.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`, op })));
    expect(served.map((s) => s.key).sort()).toEqual(Object.keys(API_CONTRACT).sort());
    for (const { key, op } of served) {
      const route = API_CONTRACT[key as keyof typeof API_CONTRACT] as { body?: z.ZodType; ok: Record<string, z.ZodType> };
      expect(refName(op.requestBody?.content['application/json']?.schema), `${key}'s body`).toBe(route.body ? idOf(route.body) : undefined);
      const successes = Object.entries(op.responses).filter(([status]) => Number(status) < 400);
      expect(successes.map(([status]) => status).sort(), `${key}'s success statuses`).toEqual(Object.keys(route.ok).sort());
      for (const [status, answer] of successes) {
        const schema = route.ok[status]!;
        expect(idOf(schema), `${key} ${status}: the contract's schema has an id`).toBeDefined();
        // JSON, or a file (an export) in each of its media types.
        for (const content of Object.values(answer.content ?? {})) expect(refName(content.schema), `${key} ${status}`).toBe(idOf(schema));
      }
    }
  });

  it('has a valid example in every response schema that gives one', () => {
    const withExamples = Object.entries(responses).filter(([, s]) => s instanceof z.ZodType && s.meta()?.example !== undefined) as [string, z.ZodType][];
    expect(withExamples.length).toBeGreaterThanOrEqual(10);
    for (const [name, schema] of withExamples) {
      const parsed = schema.safeParse(schema.meta()!.example);
      expect(parsed.success, `${name}'s example: ${parsed.error?.message ?? ''}`).toBe(true);
    }
  });

  it('finds a body that does not follow its schema, and a status the route does not declare', async () => {
    const spec: RouteSpec<undefined> = { method: 'get', path: '/health', tag: 'health', summary: 'up', responses: { 200: ok(responses.HealthSchema, '{ ok: true }'), 503: 'Down' } };
    const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
    expect(await contractProblems(spec, json(200, { ok: true }))).toEqual([]);
    expect(await contractProblems(spec, json(200, { ok: 'yes' }))).toEqual([expect.stringMatching(/^ok: /)]);
    expect(await contractProblems(spec, json(200, 'not an object'))).toHaveLength(1);
    expect(await contractProblems(spec, json(201, { ok: true }))).toEqual(['status 201 is not declared']);
    // A documented answer with no schema (an error) is checked for its status only.
    expect(await contractProblems(spec, json(503, { anything: 1 }))).toEqual([]);
  });

  it('reads a clone: the response checked can still be read by its caller', async () => {
    const spec: RouteSpec<undefined> = { method: 'get', path: '/health', tag: 'health', summary: 'up', responses: { 200: ok(responses.HealthSchema, '{ ok: true }') } };
    const res = new Response(JSON.stringify({ ok: true }), { status: 200 });
    await contractProblems(spec, res);
    expect(await res.json()).toEqual({ ok: true });
  });
});
