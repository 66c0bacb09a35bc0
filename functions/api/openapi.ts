/**
 * The API's OpenAPI 3.1 document, made from the routes' declarations (router.ts) and the
 * contract's response schemas (shared/api-contract.ts). Made at build time, not in the function:
 * the web build writes it beside the pages as /openapi.json (infra/web-site.ts), and the API's
 * /api/openapi.json points there. So the function carries neither the response schemas nor zod's
 * JSON Schema writer.
 *
 * Written for the tools integrators use as much as for the validator: every operation has an
 * `operationId` and a `security` (both declared on its route), every failure the shared error
 * schema, and the component schemas carry no `$id`, so a plain JSON Schema resolver finds every
 * `#/components/schemas/…` reference from inside them (tests/unit/openapi.test.ts,
 * tests/infra/openapi-tools.test.ts).
 */
import * as z from 'zod';
import { API_CONTRACT } from '../../shared/api-contract';
import { apiRoutes } from './app';
import { SESSION_COOKIE } from './context';
import { pathParams, routeKey, type Access, type ContractTable, type RouteSpec } from './router';

export type ApiInfo = {
  title: string;
  version: string;
  description: string;
  license: { name: string; identifier?: string; url?: string };
  contact: { name: string; url?: string; email?: string };
};

export const API_INFO: ApiInfo = {
  title: 'Hamkor API',
  version: '0.1.0',
  description:
    'Memoranda of cooperation and exchange nominations, decided through email links.\n\n' +
    'Who may call what: most operations need a session (the `session` cookie, set by `startSession`); ' +
    "an approver's operations (`previewAction`, `downloadActionDocument`, `decideAction`, `requestFreshLink`) and `startSession` " +
    "are reached by an emailed link's token, sent in the body, with no session (`x-access: link`); " +
    '`getHealth`, `requestSignInLink` and `signOut` are open.',
  // The university's own code, published to nobody else: said plainly rather than left out.
  license: { name: 'Proprietary: the university’s own, not licensed for use elsewhere', identifier: 'LicenseRef-Proprietary' },
  contact: { name: 'The international office’s Hamkor maintainers' },
};

/** The name of the one security scheme: the session cookie. */
export const SESSION_SCHEME = 'session';

const ACCESS_NOTE: Record<Access, string> = {
  session: 'Needs a session: the session cookie; without a live one, 401 before the input is read.',
  link: 'Reached by an emailed link: its token is in the body (`token`); no session is needed or read.',
  open: 'Open to anyone.',
};

/** The document for this API as it stands: every route, with the contract's schemas. */
export function apiDescription() {
  return openApiDocument(apiRoutes().specs, API_CONTRACT, API_INFO);
}

/** A schema's JSON Schema: a reference when the schema is registered with an id, else inline. */
function schemaOf(schema: z.core.$ZodType | undefined, io: 'input' | 'output'): Record<string, unknown> {
  if (!schema) return {};
  const id = z.globalRegistry.get(schema)?.id as string | undefined;
  return id ? { $ref: `#/components/schemas/${id}` } : (z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as Record<string, unknown>);
}

/** A query schema's parameters for the OpenAPI document: one per key of its object shape. */
function queryParameters(query: z.core.$ZodType | undefined): Record<string, unknown>[] {
  const shape = (query as unknown as { shape?: Record<string, z.core.$ZodType> } | undefined)?.shape;
  if (!shape) return [];
  return Object.entries(shape).map(([name, schema]) => ({
    name,
    in: 'query',
    required: !z.safeParse(schema, undefined).success,
    schema: z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }),
  }));
}

/**
 * Each registered schema as a component. zod marks each with `$id` (its own address) and
 * `$schema`; a `$id` makes the schema its own base URI, against which `#/components/schemas/Other`
 * means nothing, so a standard resolver fails on every reference inside it. Without them the
 * references resolve against the document, and the dialect is the document's own (3.1: 2020-12).
 */
function componentSchemas(): Record<string, Record<string, unknown>> {
  const { schemas } = z.toJSONSchema(z.globalRegistry, {
    target: 'draft-2020-12',
    io: 'input',
    unrepresentable: 'any',
    uri: (id) => `#/components/schemas/${id}`,
    // zod drops `examples` from the input side of a schema with a transform in it (an Erasmus code
    // padded, a passport number upper-cased), taking them for outputs; ours are bodies as sent,
    // which the tests validate against this very input schema (openapi-json-schema.test.ts).
    override: ({ zodSchema, jsonSchema }) => {
      const examples = z.globalRegistry.get(zodSchema)?.examples;
      if (Array.isArray(examples)) jsonSchema.examples = examples;
    },
  });
  return Object.fromEntries(
    Object.entries(schemas).map(([name, schema]) => {
      const { $id: _id, $schema: _schema, ...rest } = schema as Record<string, unknown>;
      return [name, rest];
    }),
  );
}

const failure = (status: number) => ({ $ref: `#/components/schemas/${status === 400 ? 'ValidationFailure' : 'Error'}` });

/** The OpenAPI 3.1 document, from the route declarations, the contract's response schemas and the zod schemas' examples. */
export function openApiDocument(specs: RouteSpec<z.core.$ZodType | undefined, z.core.$ZodType | undefined>[], contract: ContractTable, info: ApiInfo) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const spec of specs) {
    const path = spec.path.replace(/:(\w+)/g, '{$1}');
    paths[path] ??= {};
    paths[path][spec.method] = {
      operationId: spec.operationId,
      tags: [spec.tag],
      summary: spec.summary,
      description: spec.description ? `${spec.description}\n\n${ACCESS_NOTE[spec.access]}` : ACCESS_NOTE[spec.access],
      security: spec.access === 'session' ? [{ [SESSION_SCHEME]: [] }] : [],
      // OpenAPI has no security scheme for a token in the body: the link is said here and in the description.
      'x-access': spec.access,
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
        ? { requestBody: { required: !spec.bodyOptional, content: { 'application/json': { schema: schemaOf(spec.body, 'input') } } } }
        : spec.file
          ? { requestBody: { required: true, content: Object.fromEntries(spec.file.map((type) => [type, { schema: { type: 'string', format: 'binary' } }])) } }
          : {}),
      responses: Object.fromEntries(
        Object.entries(spec.responses).map(([status, description]) => {
          const entry = contract[routeKey(spec)];
          const own = Number(status) >= 400 && entry && 'failures' in entry ? (entry.failures as Record<number, z.core.$ZodType | undefined>)[Number(status)] : undefined;
          const schema = own ? schemaOf(own, 'output') : Number(status) >= 400 ? failure(Number(status)) : schemaOf(entry?.ok[Number(status)], 'output');
          // A file (an export) is described once per media type it comes in.
          const mediaTypes = Number(status) < 400 ? entry?.files?.[Number(status)] : undefined;
          return [status, { description, content: Object.fromEntries((mediaTypes ?? ['application/json']).map((type) => [type, { schema }])) }];
        }),
      ),
    };
  }
  return {
    openapi: '3.1.0',
    info,
    servers: [{ url: '/api' }],
    paths,
    components: {
      schemas: componentSchemas(),
      securitySchemes: {
        [SESSION_SCHEME]: {
          type: 'apiKey',
          in: 'cookie',
          name: SESSION_COOKIE,
          description: 'The session cookie (HttpOnly, SameSite=Lax), set by `POST /auth/session` in exchange for a sign-in link’s token and ended by `POST /auth/signout`.',
        },
      },
    },
  };
}
