/** Reference data for the forms: partner universities and faculties. */
import { listFaculties, listPartners } from '../../lib/db/directory';
import { depsOf, signedIn } from '../context';
import type { ApiRouter } from '../router';

export function directoryRoutes(r: ApiRouter) {
  r.add({ method: 'get', path: '/partners', tag: 'directory', summary: 'Partner universities, by name', responses: { 200: 'Partners', 401: 'Not signed in' } }, async (c) => {
    await signedIn(c);
    return c.json(await listPartners(depsOf(c).db), 200);
  });
  r.add({ method: 'get', path: '/faculties', tag: 'directory', summary: 'Faculties and their departments', responses: { 200: 'Faculties', 401: 'Not signed in' } }, async (c) => {
    await signedIn(c);
    return c.json(await listFaculties(depsOf(c).db), 200);
  });
}
