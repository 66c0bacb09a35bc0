/**
 * What the office chooses when it creates an agreement from a partner's IIA (POST
 * /api/ewp/iias/agreements takes the partner's XML file itself as the body, so the choices are
 * query parameters). Unknown parameters are refused, as the imports' are.
 */
import * as z from 'zod/mini';
import { AgreementKindSchema } from './agreement';
import { IdSchema } from './common';

export const IiaCreationQuerySchema = z.strictObject({
  /** Which IIA of the file, counting from 0 (a partner's response may hold several). */
  iia: z.pipe(z._default(z.string().check(z.regex(/^\d{1,3}$/, 'A whole number from 0')), '0'), z.transform(Number)),
  /** The partner in our registry; without it, the one whose SCHAC id is the IIA's. */
  partnerId: z.optional(IdSchema),
  initiatingFaculty: IdSchema,
  kind: z._default(AgreementKindSchema, 'erasmus_plus_iia'),
});
export type IiaCreationQuery = z.output<typeof IiaCreationQuerySchema>;
