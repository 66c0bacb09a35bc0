/** The directory as administrators keep it: people and their roles, approval chains. */
import { EmailSchema } from '../../../shared/schemas/common';
import { ChainUpdateSchema, PersonInputSchema, PersonUpdateSchema } from '../../../shared/schemas/directory';
import * as directory from '../../lib/services/people';
import { depsOf, signedIn } from '../context';
import type { ApiRouter } from '../router';

const READ = { 401: 'Not signed in', 403: 'Not the international office' };
const WRITE = { 400: 'Bad input, with field errors', 401: 'Not signed in', 403: 'Not an administrator' };

export function peopleRoutes(r: ApiRouter) {
  r.add({ method: 'get', operationId: 'listPeople', access: 'session', path: '/people', tag: 'people', summary: 'Everyone in the directory with their roles, by name (international office)', responses: { 200: 'People', ...READ } }, async (c) =>
    c.json(await directory.people(depsOf(c), await signedIn(c)), 200),
  );

  r.add(
    {
      method: 'post',
      operationId: 'addPerson',
      access: 'session',
      path: '/people',
      tag: 'people',
      summary: 'Add a person to the directory (administrators)',
      description:
        'Their faculty, department and the place of each role must be in the directory. Their roles reach the items in review at once: a step waiting on nobody for one of them is given to them, and they are sent its link.',
      body: PersonInputSchema,
      responses: { 201: 'The person, at version 1', ...WRITE, 409: 'Someone with this address is already in the directory: {error: "person_exists", person}' },
    },
    async (c, { body }) => c.json(await directory.addPerson(depsOf(c), body, await signedIn(c)), 201),
  );

  r.add(
    {
      method: 'put',
      operationId: 'editPerson',
      access: 'session',
      path: '/people/:email',
      tag: 'people',
      summary: 'Change a person’s name, language, place and roles (administrators)',
      description:
        'The whole form with the `version` it was read at. Role changes reach every function within 30 seconds (reference data is cached), except a link’s decision, which asks the directory itself: a link whose person lost the step’s role is refused at once (410 `approver_changed`). The steps still open of the items in review that ask a changed role are re-resolved right after (from an event written with the change): new holders are sent links, the old ones’ links stop working, and a step left with nobody waits while the administrators are emailed.',
      params: { email: EmailSchema },
      body: PersonUpdateSchema,
      responses: {
        200: 'The person, one version on',
        ...WRITE,
        404: 'No one with this address',
        409: 'The person changed since it was read (person_changed, with the current person), or the last administrator would lose the role (last_admin)',
      },
    },
    async (c, { params, body }) => c.json(await directory.editPerson(depsOf(c), params.email!, body, await signedIn(c)), 200),
  );

  r.add(
    {
      method: 'get',
      operationId: 'listChains',
      access: 'session',
      path: '/chains',
      tag: 'chains',
      summary: 'The approval chains of nominations and memoranda, with the places where a step finds nobody (international office)',
      responses: { 200: 'Both chains: {kind, steps, version, gaps}; a kind never configured is at version 0', ...READ },
    },
    async (c) => c.json(await directory.chains(depsOf(c), await signedIn(c)), 200),
  );

  r.add(
    {
      method: 'put',
      operationId: 'editChain',
      access: 'session',
      path: '/chains/:kind',
      tag: 'chains',
      summary: 'Replace the steps of an approval chain (administrators)',
      description:
        'The steps in order with the `version` read. A step nobody could resolve is refused with a field error on its role or scope; places where it finds nobody are returned as `gaps`. Applies to submissions from now on.',
      body: ChainUpdateSchema,
      responses: { 200: 'The chain, one version on, with its gaps', ...WRITE, 404: 'No chain of this kind', 409: 'The chain changed since it was read (chain_changed, with the current chain)' },
    },
    async (c, { params, body }) => c.json(await directory.editChain(depsOf(c), params.kind!, body, await signedIn(c)), 200),
  );
}
