/** Partner universities (the registry itself comes in a later issue; this is what is listed). */
import * as z from 'zod';
import { ContactSchema, IdSchema } from './common';

export const PartnerSchema = z.object({
  id: IdSchema,
  name: z.string().min(1).max(300),
  /** Names in other languages and scripts: `{ ru: "Ошский государственный университет" }`. */
  names: z.record(z.string(), z.string().max(300)).default({}),
  country: z.string().regex(/^[A-Z]{2}$/, 'ISO 3166-1 alpha-2'),
  city: z.string().max(200).optional(),
  website: z.url().max(500).optional(),
  erasmusCode: z.string().max(40).optional(),
  schacId: z.string().max(200).optional(),
  contacts: z.array(ContactSchema).max(20).default([]),
});
export type Partner = z.infer<typeof PartnerSchema>;
