/**
 * Routes declared once, as data plus a handler: the same declaration validates the request
 * (zod), declares the response (zod, checked in the tests) and describes both in the OpenAPI
 * document. Small on purpose: @hono/zod-openapi pulls the
 * whole zod namespace (all locales) into the Lambda bundle, which tripled zod's share of it.
 */
import type { Context } from 'hono';
import { Hono } from 'hono';
import * as z from 'zod';
import { ValidationError } from '../../shared/errors';
import type { AppEnv } from './context';
import { fieldErrors } from './errors';

export type Method = 'get' | 'post' | 'put';

export type RouteSpec<B extends z.ZodType | undefined, Q extends z.ZodType | undefined = undefined> = {
  method: Method;
  /** Hono path; its parameters (`:id`, and `:docId` under an item) are ids, validated as such. */
  path: string;
  tag: string;
  summary: string;
  description?: string;
  body?: B;
  /** Path parameters that are not ids (a person's address), with their own schema. */
  params?: Record<string, z.ZodType<string>>;
  /**
   * The query string, as an object schema of strings (coerced where numbers): unknown parameters
   * are the schema's to refuse. A parameter given twice counts as its values joined by commas.
   */
  query?: Q;
  /** An empty body counts as `{}` (withdraw takes an optional reason). */
  bodyOptional?: boolean;
  /**
   * Status → what it means, and for a success the schema its body follows (`ok(schema, text)`).
   * The schema is the contract: the OpenAPI document carries it, the tests check every real
   * response against it (`checkResponses`), and the pages take their types from it.
   */
  responses: Record<number, string | Answer>;
};

/**
 * A documented answer with the schema of its body (in shared/schemas, with an example). A file
 * (an export) names its media types instead of a JSON body: the check is then that the response
 * is one of them.
 */
export type Answer = { description: string; schema: z.ZodType; mediaTypes?: string[] };

export const ok = (schema: z.ZodType, description: string): Answer => ({ description, schema });

/** A file download: `schema` describes it as a string (shared/schemas/responses.ts `ExportFileSchema`). */
export const file = (schema: z.ZodType, mediaTypes: string[], description: string): Answer => ({ description, schema, mediaTypes });

/** A response that does not follow its route's declared contract (found by `checkResponses`). */
export type ContractMismatch = { method: string; path: string; status: number; problems: string[] };

const describe = (r: string | Answer) => (typeof r === 'string' ? r : r.description);

export type Input<B, Q = undefined> = { body: B extends z.ZodType ? z.output<B> : undefined; query: Q extends z.ZodType ? z.output<Q> : undefined; id: string; params: Record<string, string> };
type Handler<B, Q> = (c: Context<AppEnv>, input: Input<B, Q>) => Response | Promise<Response>;

export const IdSchema = z.string().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/, 'Not an id');

const pathParams = (path: string) => [...path.matchAll(/:(\w+)/g)].map((m) => m[1]!);

async function readBody(c: Context, spec: { bodyOptional?: boolean }): Promise<unknown> {
  const text = await c.req.text();
  if (text.trim() === '' && spec.bodyOptional) return {};
  try {
    return JSON.parse(text);
  } catch {
    throw new ValidationError('The request body is not valid JSON', [{ path: '', message: 'Malformed JSON' }]);
  }
}

/**
 * Checks a success response against its route's contract: the status must be declared, and where
 * a schema is declared the body must parse against it. Reads a clone, so the caller's response is
 * untouched. Used by the tests' stack, never in production (it reads every body twice).
 */
export async function contractProblems(spec: RouteSpec<z.ZodType | undefined, z.ZodType | undefined>, res: Response): Promise<string[]> {
  const declared = spec.responses[res.status];
  if (declared === undefined) return [`status ${res.status} is not declared`];
  if (typeof declared === 'string') return [];
  if (declared.mediaTypes) {
    const type = (res.headers.get('content-type') ?? '').split(';')[0]!.trim();
    return declared.mediaTypes.includes(type) ? [] : [`content type ${type || '(none)'} is not one of ${declared.mediaTypes.join(', ')}`];
  }
  const body: unknown = await res.clone().json().catch(() => undefined);
  const parsed = declared.schema.safeParse(body);
  return parsed.success ? [] : parsed.error.issues.slice(0, 10).map((i) => `${i.path.map(String).join('.') || '(body)'}: ${i.message}`);
}

export class ApiRouter {
  readonly app = new Hono<AppEnv>();
  readonly specs: RouteSpec<z.ZodType | undefined, z.ZodType | undefined>[] = [];

  /** `onMismatch`: when given, every success response is checked against its contract and mismatches reported to it. */
  constructor(private readonly onMismatch?: (mismatch: ContractMismatch) => void) {}

  add<B extends z.ZodType | undefined = undefined, Q extends z.ZodType | undefined = undefined>(spec: RouteSpec<B, Q>, handler: Handler<B, Q>): this {
    this.specs.push(spec as RouteSpec<z.ZodType | undefined, z.ZodType | undefined>);
    this.app.on(spec.method.toUpperCase(), spec.path, async (c) => {
      const params: Record<string, string> = {};
      for (const name of pathParams(spec.path)) {
        const parsed = (spec.params?.[name] ?? IdSchema).safeParse(c.req.param(name));
        if (!parsed.success) throw new ValidationError(spec.params?.[name] ? `Not a valid ${name}` : 'Not a valid id', fieldErrors(parsed.error).map((f) => ({ ...f, path: name })));
        params[name] = parsed.data;
      }
      const id = params.id ?? '';
      let body: unknown;
      if (spec.body) {
        const parsed = spec.body.safeParse(await readBody(c, spec));
        if (!parsed.success) throw new ValidationError('Some fields are not valid', fieldErrors(parsed.error));
        body = parsed.data;
      }
      let query: unknown;
      if (spec.query) {
        const given = Object.fromEntries(Object.entries(c.req.queries()).map(([k, v]) => [k, v.join(',')]));
        const parsed = spec.query.safeParse(given);
        if (!parsed.success) throw new ValidationError('Some query parameters are not valid', fieldErrors(parsed.error));
        query = parsed.data;
      }
      const res = await handler(c, { body, query, id, params } as Input<B, Q>);
      if (this.onMismatch) {
        const problems = await contractProblems(spec as RouteSpec<z.ZodType | undefined, z.ZodType | undefined>, res);
        if (problems.length) this.onMismatch({ method: spec.method.toUpperCase(), path: spec.path, status: res.status, problems });
      }
      return res;
    });
    return this;
  }
}

/** A response body's JSON Schema: a reference when the schema is registered with an id, else inline. */
function schemaOf(answer: string | Answer): Record<string, unknown> {
  if (typeof answer === 'string') return {};
  const id = z.globalRegistry.get(answer.schema)?.id as string | undefined;
  return id ? { $ref: `#/components/schemas/${id}` } : (z.toJSONSchema(answer.schema, { io: 'output', unrepresentable: 'any' }) as Record<string, unknown>);
}

/** The OpenAPI 3.1 document, from the route declarations and the zod schemas (with their examples). */
/** A query schema's parameters for the OpenAPI document: one per key of its object shape. */
function queryParameters(query: z.ZodType | undefined): Record<string, unknown>[] {
  const shape = (query as unknown as { shape?: Record<string, z.ZodType> } | undefined)?.shape;
  if (!shape) return [];
  return Object.entries(shape).map(([name, schema]) => ({
    name,
    in: 'query',
    required: !schema.safeParse(undefined).success,
    schema: z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }),
  }));
}

export function openApiDocument(specs: RouteSpec<z.ZodType | undefined, z.ZodType | undefined>[], info: { title: string; version: string; description: string }) {
  const { schemas } = z.toJSONSchema(z.globalRegistry, {
    target: 'draft-2020-12',
    io: 'input',
    unrepresentable: 'any',
    uri: (id) => `#/components/schemas/${id}`,
  });
  const paths: Record<string, Record<string, unknown>> = {};
  for (const spec of specs) {
    const path = spec.path.replace(/:(\w+)/g, '{$1}');
    const id = spec.body ? (z.globalRegistry.get(spec.body)?.id as string | undefined) : undefined;
    paths[path] ??= {};
    paths[path][spec.method] = {
      tags: [spec.tag],
      summary: spec.summary,
      ...(spec.description ? { description: spec.description } : {}),
      ...(pathParams(spec.path).length > 0 || spec.query
        ? {
            parameters: [
              ...pathParams(spec.path).map((name) => ({
                name,
                in: 'path',
                required: true,
                schema: spec.params?.[name] ? z.toJSONSchema(spec.params[name], { io: 'input', unrepresentable: 'any' }) : { type: 'string', pattern: '^[A-Za-z0-9_-]+$', maxLength: 64 },
              })),
              ...queryParameters(spec.query),
            ],
          }
        : {}),
      ...(spec.body
        ? {
            requestBody: {
              required: !spec.bodyOptional,
              content: { 'application/json': { schema: id ? { $ref: `#/components/schemas/${id}` } : z.toJSONSchema(spec.body, { io: 'input', unrepresentable: 'any' }) } },
            },
          }
        : {}),
      responses: Object.fromEntries(
        Object.entries(spec.responses).map(([status, answer]) => [
          status,
          {
            description: describe(answer),
            content:
              typeof answer !== 'string' && answer.mediaTypes && Number(status) < 400
                ? Object.fromEntries(answer.mediaTypes.map((type) => [type, { schema: schemaOf(answer) }]))
                : { 'application/json': { schema: Number(status) >= 400 ? { $ref: '#/components/schemas/Error' } : schemaOf(answer) } },
          },
        ]),
      ),
    };
  }
  return {
    openapi: '3.1.0',
    info,
    servers: [{ url: '/api' }],
    paths,
    components: {
      schemas: {
        ...schemas,
        Error: {
          type: 'object',
          required: ['error', 'message'],
          properties: {
            error: { type: 'string', description: 'Machine-readable code, e.g. validation_failed, link_invalid, already_decided' },
            message: { type: 'string' },
            fields: { type: 'array', items: { type: 'object', properties: { path: { type: 'string' }, message: { type: 'string' } } } },
            requestId: { type: 'string' },
          },
        },
      },
    },
  };
}
