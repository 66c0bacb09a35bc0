/**
 * Request bodies of what the international office does after an approval chain: override the
 * places, record the partner's answer and a completed mobility; sign, terminate and renew an
 * agreement.
 */
import * as z from 'zod';
import { IsoDateSchema, PersonNameSchema, whenParsed } from './common';
import { CooperationConditionSchema, MemorandumInputSchema } from './agreement';

const ReasonSchema = z.string().trim().min(1, 'Give a reason').max(2000);

export const QuotaOverrideRequestSchema = z
  .object({ reason: ReasonSchema })
  .strict()
  .meta({ id: 'QuotaOverrideRequest', example: { reason: 'The partner agreed by letter of 3 March to host a fourth student this year.' } });

export const PartnerResponseRequestSchema = z
  .object({ accepted: z.boolean(), reason: z.string().trim().max(2000).optional() })
  .strict()
  .meta({ id: 'PartnerResponseRequest', example: { accepted: false, reason: 'The partner has no supervisor for this field in the autumn semester.' } });

export const CompletionRequestSchema = z
  .object({
    actualStartDate: IsoDateSchema,
    actualEndDate: IsoDateSchema,
    /** An uploaded document of kind `certificate` on this nomination. */
    certificateDocumentId: z.string().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/, 'Not a document id').optional(),
  })
  .strict()
  .meta({ id: 'CompletionRequest', example: { actualStartDate: '2026-02-02', actualEndDate: '2026-06-26', certificateDocumentId: '01JD8Z6XKQ3M5N7P9R1T3V5X7Z' } });

export const SignatureRequestSchema = z
  .object({
    party: z.enum(['home', 'partner']),
    date: IsoDateSchema,
    signatoryName: PersonNameSchema,
    signatoryPosition: z.string().trim().min(1).max(200),
  })
  .strict()
  .meta({ id: 'SignatureRequest', example: { party: 'partner', date: '2026-10-14', signatoryName: 'Kanybek Izakov', signatoryPosition: 'Rector' } });

export const TerminationRequestSchema = z
  .object({ reason: ReasonSchema, noticeDate: IsoDateSchema, effectiveDate: IsoDateSchema })
  .strict()
  .refine((t) => t.effectiveDate >= t.noticeDate, { message: 'The termination cannot take effect before the notice is given', path: ['effectiveDate'], when: whenParsed('noticeDate', 'effectiveDate') })
  .meta({ id: 'TerminationRequest', example: { reason: 'No mobility in either direction for three years.', noticeDate: '2026-11-20', effectiveDate: '2027-08-31' } });

/** What changes in the renewal; everything else is copied from the agreement it renews. */
export const RenewalRequestSchema = z
  .object({
    startDate: IsoDateSchema.optional(),
    endDate: IsoDateSchema.nullable().optional(),
    cooperationConditions: z.array(CooperationConditionSchema).max(40).optional(),
    summary: z.string().trim().min(1).max(4000).optional(),
  })
  .strict()
  .meta({ id: 'RenewalRequest', example: { endDate: '2034-08-31', summary: 'Renewal for five more years on the same terms.' } });

/**
 * A change to an agreement after approval: the whole content as it should read. Cooperation
 * conditions or dates changed → an amendment through the chain; anything else → a new version now.
 */
export const AgreementChangeRequestSchema = z
  .object({ content: MemorandumInputSchema, note: z.string().trim().max(1000).optional() })
  .strict()
  .meta({
    id: 'AgreementChangeRequest',
    example: {
      content: MemorandumInputSchema.meta()!.example as never,
      note: 'The coordinator moved to the Faculty of Chemistry.',
    },
  });
