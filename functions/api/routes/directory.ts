/** Reference data for the forms: partner universities and faculties. */
import { createRoute, z } from '@hono/zod-openapi';
import { listFaculties, listPartners } from '../../lib/db/directory';
import { depsOf, signedIn } from '../context';
import { ErrorSchema, router } from './shared';

export function directoryRoutes() {
  const app = router();
  app.openapi(
    createRoute({
      method: 'get',
      path: '/partners',
      tags: ['directory'],
      summary: 'Partner universities',
      responses: {
        200: { description: 'Partners, by name', content: { 'application/json': { schema: z.array(z.object({ id: z.string(), name: z.string() }).loose()) } } },
        401: { description: 'Not signed in', content: { 'application/json': { schema: ErrorSchema } } },
      },
    }),
    async (c) => {
      await signedIn(c);
      return c.json(await listPartners(depsOf(c).db), 200);
    },
  );
  app.openapi(
    createRoute({
      method: 'get',
      path: '/faculties',
      tags: ['directory'],
      summary: 'Faculties and their departments',
      responses: {
        200: { description: 'Faculties', content: { 'application/json': { schema: z.array(z.object({ id: z.string(), name: z.string() }).loose()) } } },
        401: { description: 'Not signed in', content: { 'application/json': { schema: ErrorSchema } } },
      },
    }),
    async (c) => {
      await signedIn(c);
      return c.json(await listFaculties(depsOf(c).db), 200);
    },
  );
  return app;
}
