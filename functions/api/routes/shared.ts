/** What every route module uses: a router whose validation failures are 400s with field errors. */
import { OpenAPIHono, z } from '@hono/zod-openapi';
import type { Person } from '../../../shared/schemas';
import type { AppEnv } from '../context';
import { fieldErrors, validationBody } from '../errors';

export function router() {
  return new OpenAPIHono<AppEnv>({
    defaultHook: (result, c) => {
      if (!result.success) return c.json({ ...validationBody('Some fields are not valid', fieldErrors(result.error)), requestId: c.get('requestId') }, 400);
    },
  });
}

export function jsonBody<S extends z.ZodType>(schema: S) {
  return { required: true, content: { 'application/json': { schema } } } as const;
}

export const ErrorSchema = z
  .object({
    error: z.string(),
    message: z.string(),
    fields: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
    requestId: z.string().optional(),
  })
  .loose()
  .meta({ id: 'Error' });

export const MessageSchema = z.object({ message: z.string() }).meta({ id: 'Message' });

export const PersonViewSchema = z
  .object({
    email: z.string(),
    name: z.string(),
    language: z.string(),
    faculty: z.string().optional(),
    department: z.string().optional(),
    roles: z.array(z.object({ role: z.string(), scope: z.object({ type: z.string() }).loose() })),
  })
  .meta({ id: 'Person' });

export function personView(p: Person) {
  return { email: p.email, name: p.name, language: p.language, faculty: p.faculty, department: p.department, roles: p.roles };
}

export const IdParamSchema = z.object({ id: z.string().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/, 'Not an id') });

/** Loose on purpose: entities are documented by their input schemas and grow over issues. */
export const EntitySchema = z.object({ id: z.string(), reference: z.string(), status: z.string(), version: z.number() }).loose();
