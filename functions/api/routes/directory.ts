/** Reference data for the forms and reports: faculties, the university's name (partners have their own routes, routes/partners.ts). */
import { NotFoundError } from '../../../shared/errors';
import { getUniversity, listFaculties } from '../../lib/db/directory';
import { depsOf, signedIn } from '../context';
import type { ApiRouter } from '../router';

export function directoryRoutes(r: ApiRouter) {
  r.add({ method: 'get', operationId: 'listFaculties', access: 'session', path: '/faculties', tag: 'directory', summary: 'Faculties and their departments', responses: { 200: 'Faculties', 401: 'Not signed in' } }, async (c) => {
    await signedIn(c);
    return c.json(await listFaculties(depsOf(c).db), 200);
  });
  r.add(
    { method: 'get', operationId: 'getUniversity', access: 'session', path: '/university', tag: 'directory', summary: 'The university’s name, as its reports are headed', responses: { 200: 'Its name, and in other languages', 401: 'Not signed in', 404: 'No name recorded: the directory file names it (`university`)' } },
    async (c) => {
      await signedIn(c);
      const university = await getUniversity(depsOf(c).db);
      if (!university) throw new NotFoundError('No university name is recorded; the directory file names it (`university`)');
      return c.json(university, 200);
    },
  );
}
