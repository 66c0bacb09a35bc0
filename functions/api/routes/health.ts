/** Liveness: answers without touching the table, so it says the function runs, nothing more. */
import { ok, type ApiRouter } from '../router';
import { HealthSchema } from '../../../shared/schemas/responses';

export function healthRoutes(r: ApiRouter) {
  r.add({ method: 'get', path: '/health', tag: 'health', summary: 'The API is up', responses: { 200: ok(HealthSchema, '{ ok: true }') } }, (c) => c.json({ ok: true }, 200));
}
