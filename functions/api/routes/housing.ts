/** Residences (directory data, kept by the international office) and the rooms it gives incoming students. */
import { ResidenceUpdateSchema, RoomAssignmentRequestSchema } from '../../../shared/schemas/residence';
import * as housing from '../../lib/services/housing';
import { depsOf, signedIn } from '../context';
import type { ApiRouter } from '../router';

const OFFICE = { 400: 'Bad input, with field errors', 401: 'Not signed in', 403: 'Not the international office' };

export function housingRoutes(r: ApiRouter) {
  r.add({ method: 'get', operationId: 'listResidences', access: 'session', path: '/residences', tag: 'directory', summary: 'The university’s residences and their rooms, by name', responses: { 200: 'Residences', 401: 'Not signed in' } }, async (c) => {
    await signedIn(c);
    return c.json(await housing.allResidences(depsOf(c)), 200);
  });

  r.add(
    {
      method: 'put',
      operationId: 'saveResidence',
      access: 'session',
      path: '/residences/:id',
      tag: 'directory',
      summary: 'Register or edit a residence and its rooms (international office)',
      description: 'The whole residence with the `version` it was read at; version 0 registers a new one under this id.',
      body: ResidenceUpdateSchema,
      responses: { 200: 'The residence, one version on', ...OFFICE, 409: 'The residence changed since it was read (residence_changed, with the current residence)' },
    },
    async (c, { id, body }) => c.json(await housing.saveResidence(depsOf(c), id, body, await signedIn(c)), 200),
  );

  r.add(
    {
      method: 'post',
      operationId: 'assignRoom',
      access: 'session',
      path: '/nominations/:id/accommodation',
      tag: 'nominations',
      summary: 'Give an approved incoming student who asked for a dormitory a room, or move them to another (international office)',
      description:
        'Moving in no earlier than a week before the mobility’s planned start, leaving no later than a week after its end. A room takes as many students on a night as it has beds; `to` is the day of leaving, free for the next.',
      body: RoomAssignmentRequestSchema,
      responses: {
        200: 'The nomination, with its room',
        ...OFFICE,
        404: 'No such nomination',
        409: 'No free bed for these dates (room_full or room_busy, with the room’s occupancy), or the nomination cannot be given a room (not_assignable)',
      },
    },
    async (c, { id, body }) => c.json(await housing.assignRoom(depsOf(c), id, await signedIn(c), body), 200),
  );

  r.add(
    {
      method: 'post',
      operationId: 'cancelRoom',
      access: 'session',
      path: '/nominations/:id/accommodation/cancel',
      tag: 'nominations',
      summary: 'Take back the room given to a nomination, freeing its bed (international office)',
      responses: { 200: 'The nomination, without a room', ...OFFICE, 404: 'No such nomination', 409: 'It has no room (no_room_assigned)' },
    },
    async (c, { id }) => c.json(await housing.cancelRoom(depsOf(c), id, await signedIn(c)), 200),
  );
}
