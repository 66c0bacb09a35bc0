/** Liveness: answers without touching the table, so it says the function runs, nothing more. */
import type { ApiRouter } from '../router';

export function healthRoutes(r: ApiRouter) {
  r.add({ method: 'get', path: '/health', tag: 'health', summary: 'The API is up', responses: { 200: '{ ok: true }' } }, (c) => c.json({ ok: true }, 200));
}
