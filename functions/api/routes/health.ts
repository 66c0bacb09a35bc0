/** Liveness: answers without touching the table, so it says the function runs, nothing more. */
import type { ApiRouter } from '../router';

/** Every route can answer it; here it is health's only failure, and the document says so. */
const EDGE_REFUSAL = 'In AWS, a call that did not come through the site (CloudFront) is refused';

export function healthRoutes(r: ApiRouter) {
  r.add({ method: 'get', operationId: 'getHealth', access: 'open', path: '/health', tag: 'health', summary: 'The API is up', responses: { 200: '{ ok: true }', 403: EDGE_REFUSAL } }, (c) => c.json({ ok: true }, 200));
}
