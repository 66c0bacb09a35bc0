/**
 * The university's residences (dormitories) and their rooms, kept in the directory, and what the
 * international office sends to give an incoming student a room. Requests are zod/mini like the
 * other input schemas: the office's page checks its form with the same ones.
 */
import * as z from 'zod/mini';
import { IdSchema, IsoDateSchema } from './common';

/** A room's number as the residence writes it on the door: `101`, `2-14`, `B12`. */
export const RoomNumberSchema = z.string().check(z.trim(), z.minLength(1), z.maxLength(20), z.regex(/^[A-Za-z0-9][A-Za-z0-9 ._/-]*$/, 'Use letters, digits, spaces and . _ / -'));

export const RoomSchema = z.strictObject({
  number: RoomNumberSchema,
  beds: z.number().check(z.int(), z.minimum(1, 'A room has at least one bed'), z.maximum(20)),
});
export type Room = z.infer<typeof RoomSchema>;

const residenceFields = {
  name: z.string().check(z.trim(), z.minLength(1), z.maxLength(200)),
  address: z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(300))),
  rooms: z.array(RoomSchema).check(
    z.maxLength(2000),
    z.superRefine((rooms, ctx) => {
      const seen = new Set<string>();
      rooms.forEach((r, i) => {
        if (seen.has(r.number)) ctx.addIssue({ code: 'custom', path: [i, 'number'], message: 'Two rooms cannot have the same number', input: r.number });
        seen.add(r.number);
      });
    }),
  ),
};

/** A residence as stored and answered: its id, the edit count. */
export const ResidenceSchema = z.object({ id: IdSchema, ...residenceFields, version: z.number().check(z.int(), z.minimum(1)), updatedAt: z.optional(z.string()) });
export type Residence = z.infer<typeof ResidenceSchema>;

const residenceExample = {
  name: 'Student Residence No. 1',
  address: 'Universitet ko‘chasi 4, Tashkent',
  rooms: [
    { number: '101', beds: 2 },
    { number: '102', beds: 1 },
  ],
};

/** The residence as stored and answered (the OpenAPI document's example of `Residence`). */
export const RESIDENCE_EXAMPLE = { id: 'residence-1', ...residenceExample, version: 1, updatedAt: '2026-11-20T09:30:00.000Z' };

/** The whole residence with the `version` it was read at; version 0 registers a new one. */
export const ResidenceUpdateSchema = z
  .strictObject({
    ...residenceFields,
    version: z.number().check(z.int(), z.minimum(0), z.maximum(1_000_000)),
    // What GET answers may come back with the edit.
    id: z.optional(IdSchema),
    updatedAt: z.optional(z.string().check(z.maxLength(40))),
  })
  // A new residence, and one read with GET and sent back with a room added.
  .check(z.meta({ id: 'ResidenceUpdate', example: { ...residenceExample, version: 0 }, examples: [{ ...residenceExample, version: 0 }, { ...RESIDENCE_EXAMPLE, rooms: [...RESIDENCE_EXAMPLE.rooms, { number: '103', beds: 3 }] }] }));
export type ResidenceUpdate = z.infer<typeof ResidenceUpdateSchema>;

/**
 * A room for an incoming student from the day they move in (`from`) to the day they leave (`to`):
 * `to` is a departure day, so the next guest may move in that same day.
 */
export const RoomAssignmentRequestSchema = z
  .strictObject({ residenceId: IdSchema, room: RoomNumberSchema, from: IsoDateSchema, to: IsoDateSchema })
  .check(
    z.superRefine((a, ctx) => {
      if (a.to <= a.from) ctx.addIssue({ code: 'custom', path: ['to'], message: 'The last day must be after the first', input: a.to });
    }),
  )
  .check(z.meta({ id: 'RoomAssignmentRequest', example: { residenceId: 'residence-1', room: '101', from: '2027-08-28', to: '2028-02-03' } }));
export type RoomAssignmentRequest = z.infer<typeof RoomAssignmentRequestSchema>;

/** What an incoming nominee asks for: a place in a residence, or they find their own. */
export const AccommodationRequestSchema = z.strictObject({
  request: z.enum(['dormitory', 'own']),
  note: z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(1000))),
});
export type AccommodationRequest = z.infer<typeof AccommodationRequestSchema>;
