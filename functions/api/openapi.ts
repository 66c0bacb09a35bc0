/**
 * The API's OpenAPI 3.1 document, made from the routes' declarations (router.ts) and the
 * contract's response schemas (shared/api-contract.ts). Made at build time, not in the function:
 * the web build writes it beside the pages as /openapi.json (infra/web-site.ts), and the API's
 * /api/openapi.json points there. So the function carries neither the response schemas nor zod's
 * JSON Schema writer.
 */
import * as z from 'zod';
import { API_CONTRACT } from '../../shared/api-contract';
import { apiRoutes } from './app';
import { pathParams, routeKey, type ContractTable, type RouteSpec } from './router';

export const API_INFO = {
  title: 'Hamkor API',
  version: '0.1.0',
  description: 'Memoranda of cooperation and exchange nominations, decided through email links.',
};

/** The document for this API as it stands: every route, with the contract's schemas. */
export function apiDescription() {
  return openApiDocument(apiRoutes().specs, API_CONTRACT, API_INFO);
}

/** A response body's JSON Schema: a reference when the schema is registered with an id, else inline. */
function schemaOf(schema: z.ZodType | undefined): Record<string, unknown> {
  if (!schema) return {};
  const id = z.globalRegistry.get(schema)?.id as string | undefined;
  return id ? { $ref: `#/components/schemas/${id}` } : (z.toJSONSchema(schema, { io: 'output', unrepresentable: 'any' }) as Record<string, unknown>);
}

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

/** The OpenAPI 3.1 document, from the route declarations, the contract's response schemas and the zod schemas' examples. */
export function openApiDocument(specs: RouteSpec<z.ZodType | undefined, z.ZodType | undefined>[], contract: ContractTable, info: { title: string; version: string; description: string }) {
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
        : spec.file
          ? { requestBody: { required: true, content: Object.fromEntries(spec.file.map((type) => [type, { schema: { type: 'string', format: 'binary' } }])) } }
          : {}),
      responses: Object.fromEntries(
        Object.entries(spec.responses).map(([status, description]) => {
          const entry = contract[routeKey(spec)];
          const schema = Number(status) >= 400 ? { $ref: '#/components/schemas/Error' } : schemaOf(entry?.ok[Number(status)]);
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
