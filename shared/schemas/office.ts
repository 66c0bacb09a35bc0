/**
 * Request bodies of what the international office does after an approval chain: override the
 * places, record the partner's answer and a completed mobility; sign, terminate and renew an
 * agreement.
 */
import * as z from 'zod/mini';
import { IsoDateSchema, PersonNameSchema, whenParsed } from './common';
import { CooperationConditionSchema, MEMORANDUM_EXAMPLES, MemorandumInputSchema } from './agreement';

const ReasonSchema = z.string().check(z.trim(), z.minLength(1, 'Give a reason'), z.maxLength(2000));

export const QuotaOverrideRequestSchema = z
  .strictObject({ reason: ReasonSchema })
  .check(z.meta({ id: 'QuotaOverrideRequest', example: { reason: 'The partner agreed by letter of 3 March to host a fourth student this year.' } }));

export const PartnerResponseRequestSchema = z
  .strictObject({ accepted: z.boolean(), reason: z.optional(z.string().check(z.trim(), z.maxLength(2000))) })
  .check(z.meta({ id: 'PartnerResponseRequest', example: { accepted: false, reason: 'The partner has no supervisor for this field in the autumn semester.' } }));

export const CompletionRequestSchema = z
  .strictObject({
    actualStartDate: IsoDateSchema,
    actualEndDate: IsoDateSchema,
    /** An uploaded document of kind `certificate` on this nomination. */
    certificateDocumentId: z.optional(z.string().check(z.minLength(1), z.maxLength(64), z.regex(/^[A-Za-z0-9_-]+$/, 'Not a document id'))),
  })
  .check(z.meta({ id: 'CompletionRequest', example: { actualStartDate: '2026-02-02', actualEndDate: '2026-06-26', certificateDocumentId: '01JD8Z6XKQ3M5N7P9R1T3V5X7Z' } }));

export const SignatureRequestSchema = z
  .strictObject({
    party: z.enum(['home', 'partner']),
    date: IsoDateSchema,
    signatoryName: PersonNameSchema,
    signatoryPosition: z.string().check(z.trim(), z.minLength(1), z.maxLength(200)),
  })
  .check(z.meta({ id: 'SignatureRequest', example: { party: 'partner', date: '2026-10-14', signatoryName: 'Kanybek Izakov', signatoryPosition: 'Rector' } }));

export const TerminationRequestSchema = z
  .strictObject({ reason: ReasonSchema, noticeDate: IsoDateSchema, effectiveDate: IsoDateSchema })
  .check(z.refine((t) => t.effectiveDate >= t.noticeDate, { message: 'The termination cannot take effect before the notice is given', path: ['effectiveDate'], when: whenParsed('noticeDate', 'effectiveDate') }))
  .check(z.meta({ id: 'TerminationRequest', example: { reason: 'No mobility in either direction for three years.', noticeDate: '2026-11-20', effectiveDate: '2027-08-31' } }));

/** What changes in the renewal; everything else is copied from the agreement it renews. */
export const RenewalRequestSchema = z
  .strictObject({
    startDate: z.optional(IsoDateSchema),
    endDate: z.optional(z.nullable(IsoDateSchema)),
    cooperationConditions: z.optional(z.array(CooperationConditionSchema).check(z.maxLength(40))),
    summary: z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(4000))),
  })
  .check(
    z.meta({
      id: 'RenewalRequest',
      example: { endDate: '2034-08-31', summary: 'Renewal for five more years on the same terms.' },
      examples: [
        { endDate: '2034-08-31', summary: 'Renewal for five more years on the same terms.' },
        {
          startDate: '2029-09-01',
          endDate: null,
          cooperationConditions: [
            { type: 'student_studies', sender: 'home', mobilitiesPerYear: 6, totalMonthsPerYear: 30, subjectAreas: ['0533'], eqfLevels: [6, 7], languages: [{ code: 'ru', level: 'B2' }], academicYears: [], blended: true },
            { type: 'staff_teaching', sender: 'partner', mobilitiesPerYear: 2, subjectAreas: ['0533'], eqfLevels: [], languages: [{ code: 'ru', level: 'C1' }], academicYears: ['2029/2030'] },
          ],
          summary: 'Renewed open-ended, with a sixth student place a year, blended study allowed, and two visiting lecturers from Osh.',
        },
      ],
    }),
  );

/**
 * A change to an agreement after approval: the whole content as it should read. Cooperation
 * conditions or dates changed → an amendment through the chain; anything else → a new version now.
 */
export const AgreementChangeRequestSchema = z
  .strictObject({ content: MemorandumInputSchema, note: z.optional(z.string().check(z.trim(), z.maxLength(1000))) })
  .check(z.meta({
    id: 'AgreementChangeRequest',
    example: { content: MEMORANDUM_EXAMPLES[0], note: 'The coordinator moved to the Faculty of Chemistry.' },
    examples: [
      { content: MEMORANDUM_EXAMPLES[0], note: 'The coordinator moved to the Faculty of Chemistry.' },
      { content: MEMORANDUM_EXAMPLES[1], note: 'The partner’s degree is named as on its diploma.' },
    ],
  }));
