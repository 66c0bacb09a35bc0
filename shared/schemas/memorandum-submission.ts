/**
 * A memorandum as faculty submit it, which may propose a partner not yet registered. A module of
 * its own: it brings the partner schema and the country list, which the form page loads only
 * with the memorandum form (web/src/memorandum-values.ts) and the other functions never need.
 */
import * as z from 'zod/mini';
import { exampleOf, IdSchema, whenParsed } from './common';
import { endAfterStart, memorandumFields, MemorandumInputSchema } from './agreement';
import { PartnerInputSchema } from './partner';

/**
 * A memorandum as faculty submit it: with a registered partner (`partnerId`), or with a partner
 * not yet in the registry (`proposedPartner`), which is registered as proposed when the
 * memorandum is submitted and which the international office checks and completes.
 */
export const MemorandumSubmissionSchema = z
  .strictObject({ ...memorandumFields, partnerId: z.optional(IdSchema), proposedPartner: z.optional(PartnerInputSchema) })
  .check(z.refine(...endAfterStart))
  .check(z.refine((m) => (m.partnerId === undefined) !== (m.proposedPartner === undefined), {
    message: 'Choose a partner from the registry, or propose a new one',
    path: ['partnerId'],
    when: whenParsed('partnerId', 'proposedPartner'),
  }))
  .check(z.meta({
    id: 'MemorandumSubmission',
    example: {
      ...(exampleOf(MemorandumInputSchema) as Record<string, unknown>),
      partnerId: undefined,
      proposedPartner: { name: 'Tajik Technical University', country: 'TJ', city: 'Dushanbe', website: 'https://ttu.tj' },
    },
  }));
export type MemorandumSubmission = z.infer<typeof MemorandumSubmissionSchema>;
