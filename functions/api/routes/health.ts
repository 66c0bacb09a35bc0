/** Liveness: answers without touching the table, so it says the function runs, nothing more. */
import { createRoute, z } from '@hono/zod-openapi';
import { router } from './shared';

export function healthRoutes() {
  const app = router();
  app.openapi(
    createRoute({
      method: 'get',
      path: '/health',
      tags: ['health'],
      summary: 'The API is up',
      responses: { 200: { description: 'OK', content: { 'application/json': { schema: z.object({ ok: z.boolean() }) } } } },
    }),
    (c) => c.json({ ok: true }, 200),
  );
  return app;
}
