/**
 * Routes declared once, as data plus a handler: the same declaration validates the request
 * (zod) and, with the contract's response schemas (shared/api-contract.ts), makes the OpenAPI
 * document (openapi.ts). Small on purpose: @hono/zod-openapi pulls the
 * whole zod namespace (all locales) into the Lambda bundle, which tripled zod's share of it.
 * Schemas are zod's core type, parsed with `z.safeParse`: the shared request schemas and the
 * router's own are zod/mini (the pages check their forms with the shared ones, and the function
 * then carries no classic zod); any zod schema parses alike.
 */
import type { Context } from 'hono';
import { Hono } from 'hono';
import * as z from 'zod/mini';
import { ValidationError } from '../../shared/errors';
import { sessionRequired, type AppEnv } from './context';
import { fieldErrors } from './errors';

export type Method = 'get' | 'post' | 'put' | 'delete';

/**
 * Who may call a route, declared with it; the document's `security` is made from it (openapi.ts)
 * and the router enforces it (`sessionRequired`), so the two cannot drift:
 * - `session`: a signed-in person (the session cookie); without one, 401 before anything else;
 * - `link`: an emailed link's token, sent in the body; no session is asked for or read;
 * - `open`: anyone (liveness, asking for a sign-in link, signing out).
 */
export type Access = 'session' | 'link' | 'open';

export type RouteSpec<B extends z.core.$ZodType | undefined, Q extends z.core.$ZodType | undefined = undefined> = {
  method: Method;
  /**
   * The operation's name for generated clients, stable and unique: a verb and the office's noun
   * (`listAgreements`, `decideAction`). Declared, not derived from the path, so renaming a path
   * does not rename every integrator's client call.
   */
  operationId: string;
  access: Access;
  /** Hono path; its parameters (`:id`, and `:docId` under an item) are ids, validated as such. */
  path: string;
  tag: string;
  summary: string;
  description?: string;
  body?: B;
  /** Path parameters that are not ids (a person's address), with their own schema. */
  params?: Record<string, z.core.$ZodType<string>>;
  /**
   * The query string, as an object schema of strings (coerced where numbers): unknown parameters
   * are the schema's to refuse. A parameter given twice counts as its values joined by commas.
   */
  query?: Q;
  /**
   * The body is a file, not JSON (an import): the media types it may come as, for the document.
   * The route reads the bytes itself.
   */
  file?: readonly string[];
  /** An empty body counts as `{}` (withdraw takes an optional reason). */
  bodyOptional?: boolean;
  /** Status → what it means. The schema of each success is the contract's (shared/api-contract.ts). */
  responses: Record<number, string>;
};

/** A route's schemas as the contract gives them: its body and each success it answers. */
/**
 * A route's schemas as the contract gives them: its body and each success it answers. A file
 * answer (an export) also names its media types: the check is then that the response is one of them.
 */
export type ContractEntry = { body?: z.core.$ZodType; ok: Partial<Record<number, z.core.$ZodType>>; files?: Partial<Record<number, readonly string[]>> };
export type ContractTable = Readonly<Record<string, ContractEntry>>;

/** A response that does not follow its route's contract (found by a `ContractCheck`). */
export type ContractMismatch = { method: string; path: string; status: number; problems: string[] };

/** The tests' check of every success response against the contract; never on in production. */
export type ContractCheck = { contract: ContractTable; onMismatch: (mismatch: ContractMismatch) => void };

/** `'GET /partners/:id'`: how the contract names a route. */
export const routeKey = (spec: Pick<RouteSpec<z.core.$ZodType | undefined, z.core.$ZodType | undefined>, 'method' | 'path'>) => `${spec.method.toUpperCase()} ${spec.path}`;

export type Input<B, Q = undefined> = { body: B extends z.core.$ZodType ? z.output<B> : undefined; query: Q extends z.core.$ZodType ? z.output<Q> : undefined; id: string; params: Record<string, string> };
type Handler<B, Q> = (c: Context<AppEnv>, input: Input<B, Q>) => Response | Promise<Response>;

export const IdSchema = z.string().check(z.minLength(1), z.maxLength(64), z.regex(/^[A-Za-z0-9_-]+$/, 'Not an id'));

export const pathParams = (path: string) => [...path.matchAll(/:(\w+)/g)].map((m) => m[1]!);

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
 * Checks a success response against its route's contract: the route must be in the contract, the
 * status one of its successes, and the body must parse against that status's schema. Reads a
 * clone, so the caller's response is untouched. Errors (4xx, 5xx) are the one error shape, mapped
 * in one place (errors.ts), and are not checked here.
 */
export async function contractProblems(spec: RouteSpec<z.core.$ZodType | undefined, z.core.$ZodType | undefined>, res: Response, contract: ContractTable): Promise<string[]> {
  if (res.status >= 400) return [];
  const entry = contract[routeKey(spec)];
  if (!entry) return ['the route is not in the contract'];
  const schema = entry.ok[res.status];
  if (!schema) return [`status ${res.status} is not one of the route's successes in the contract`];
  const mediaTypes = entry.files?.[res.status];
  if (mediaTypes) {
    const type = (res.headers.get('content-type') ?? '').split(';')[0]!.trim();
    return mediaTypes.includes(type) ? [] : [`content type ${type || '(none)'} is not one of ${mediaTypes.join(', ')}`];
  }
  const body: unknown = await res.clone().json().catch(() => undefined);
  const parsed = z.safeParse(schema, body);
  return parsed.success ? [] : parsed.error.issues.slice(0, 10).map((i) => `${i.path.map(String).join('.') || '(body)'}: ${i.message}`);
}

export class ApiRouter {
  readonly app = new Hono<AppEnv>();
  readonly specs: RouteSpec<z.core.$ZodType | undefined, z.core.$ZodType | undefined>[] = [];

  /** With a check (the tests' stack), every response is checked against the contract and mismatches reported. */
  constructor(private readonly check?: ContractCheck) {}

  add<B extends z.core.$ZodType | undefined = undefined, Q extends z.core.$ZodType | undefined = undefined>(spec: RouteSpec<B, Q>, handler: Handler<B, Q>): this {
    this.specs.push(spec as RouteSpec<z.core.$ZodType | undefined, z.core.$ZodType | undefined>);
    // Registered first on the same method and path, so it runs before the input is read.
    if (spec.access === 'session') this.app.on(spec.method.toUpperCase(), spec.path, sessionRequired());
    this.app.on(spec.method.toUpperCase(), spec.path, async (c) => {
      const params: Record<string, string> = {};
      for (const name of pathParams(spec.path)) {
        const parsed = z.safeParse(spec.params?.[name] ?? IdSchema, c.req.param(name));
        if (!parsed.success) throw new ValidationError(spec.params?.[name] ? `Not a valid ${name}` : 'Not a valid id', fieldErrors(parsed.error).map((f) => ({ ...f, path: name })));
        params[name] = parsed.data;
      }
      const id = params.id ?? '';
      let body: unknown;
      if (spec.body) {
        const parsed = z.safeParse(spec.body, await readBody(c, spec));
        if (!parsed.success) throw new ValidationError('Some fields are not valid', fieldErrors(parsed.error));
        body = parsed.data;
      }
      let query: unknown;
      if (spec.query) {
        const given = Object.fromEntries(Object.entries(c.req.queries()).map(([k, v]) => [k, v.join(',')]));
        const parsed = z.safeParse(spec.query, given);
        if (!parsed.success) throw new ValidationError('Some query parameters are not valid', fieldErrors(parsed.error));
        query = parsed.data;
      }
      const res = await handler(c, { body, query, id, params } as Input<B, Q>);
      if (this.check) {
        const problems = await contractProblems(spec as RouteSpec<z.core.$ZodType | undefined, z.core.$ZodType | undefined>, res, this.check.contract);
        if (problems.length) this.check.onMismatch({ method: spec.method.toUpperCase(), path: spec.path, status: res.status, problems });
      }
      return res;
    });
    return this;
  }
}
