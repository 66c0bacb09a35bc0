/** Reference data for the forms: faculties (partners have their own routes, routes/partners.ts). */
import { listFaculties } from '../../lib/db/directory';
import { depsOf, signedIn } from '../context';
import type { ApiRouter } from '../router';

export function directoryRoutes(r: ApiRouter) {
  r.add({ method: 'get', operationId: 'listFaculties', access: 'session', path: '/faculties', tag: 'directory', summary: 'Faculties and their departments', responses: { 200: 'Faculties', 401: 'Not signed in' } }, async (c) => {
    await signedIn(c);
    return c.json(await listFaculties(depsOf(c).db), 200);
  });
}
