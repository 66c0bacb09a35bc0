/**
 * A memorandum or agreement with a partner university. Cooperation conditions follow EWP IIA v7:
 * one-directional specs with mobilities per year, total months, ISCED-F subject areas, EQF
 * levels and recommended languages.
 */
import * as z from 'zod/mini';
import { AcademicYearSchema, ContactSchema, IdSchema, IsoDateSchema, LanguageSkillSchema, whenParsed } from './common';

export const AgreementKindSchema = z.enum([
  'memorandum_of_understanding',
  'cooperation_agreement',
  'academic_mobility_agreement',
  'erasmus_plus_iia',
  'double_degree_agreement',
  'research_agreement',
]);
export type AgreementKind = z.infer<typeof AgreementKindSchema>;

export const CooperationScopeSchema = z.enum([
  'student_exchange',
  'staff_exchange',
  'joint_research',
  'joint_laboratories',
  'double_diplomas',
  'conferences',
  'internships',
]);

export const AgreementStatusSchema = z.enum([
  'draft',
  'in_review',
  'changes_requested',
  'approved',
  'rejected',
  'withdrawn',
  'active',
  'expired',
  'terminated',
]);
export type AgreementStatus = z.infer<typeof AgreementStatusSchema>;

export const CooperationConditionSchema = z.object({
  type: z.enum(['student_studies', 'student_traineeship', 'staff_teaching', 'staff_training']),
  /** Who sends: the home university (outgoing) or the partner (incoming). */
  sender: z.enum(['home', 'partner']),
  mobilitiesPerYear: z.number().check(z.int(), z.minimum(0), z.maximum(1000)),
  totalMonthsPerYear: z.optional(z.number().check(z.minimum(0), z.maximum(12000))),
  subjectAreas: z._default(z.array(z.string().check(z.regex(/^\d{4}$/, 'ISCED-F 4-digit code'))).check(z.maxLength(20)), []),
  eqfLevels: z._default(z.array(z.number().check(z.int(), z.minimum(5), z.maximum(8))).check(z.maxLength(4)), []),
  languages: z._default(z.array(LanguageSkillSchema).check(z.maxLength(10)), []),
  academicYears: z._default(z.array(AcademicYearSchema).check(z.maxLength(10)), []),
});
export type CooperationCondition = z.infer<typeof CooperationConditionSchema>;

/** The memorandum's fields, shared with the submission that may propose its partner (memorandum-submission.ts). */
export const memorandumFields = {
  partnerId: IdSchema,
  kind: AgreementKindSchema,
  scope: z.array(CooperationScopeSchema).check(z.minLength(1), z.maxLength(7)),
  cooperationConditions: z.array(CooperationConditionSchema).check(z.maxLength(40)),
  startDate: IsoDateSchema,
  /** `null` for an open-ended memorandum. */
  endDate: z.nullable(IsoDateSchema),
  coordinator: ContactSchema,
  initiatingFaculty: IdSchema,
  summary: z.string().check(z.trim(), z.minLength(1), z.maxLength(4000)),
};

/** Checked as soon as both dates parse, so it is reported with every other error at once. */
export const endAfterStart: [(m: { startDate: string; endDate: string | null }) => boolean, { message: string; path: string[]; when: ReturnType<typeof whenParsed> }] = [
  (m) => m.endDate === null || m.endDate > m.startDate,
  { message: 'The end date must be after the start date', path: ['endDate'], when: whenParsed('startDate', 'endDate') },
];

export const MemorandumInputSchema = z
  .strictObject(memorandumFields)
  .check(z.refine(...endAfterStart))
  .check(z.meta({
    id: 'MemorandumInput',
    example: {
      partnerId: 'wuhan-university-of-science-and-technology',
      kind: 'academic_mobility_agreement',
      scope: ['student_exchange', 'staff_exchange'],
      cooperationConditions: [
        {
          type: 'student_studies',
          sender: 'home',
          mobilitiesPerYear: 4,
          totalMonthsPerYear: 20,
          subjectAreas: ['0533'],
          eqfLevels: [6, 7],
          languages: [{ code: 'en', level: 'B2' }],
          academicYears: ['2027/2028'],
        },
      ],
      startDate: '2027-01-01',
      endDate: '2031-12-31',
      coordinator: { name: 'Aziz Rakhimov', email: 'faculty@uni.example' },
      initiatingFaculty: 'physics',
      summary: 'Student and staff exchange in physics and materials science.',
    },
  }));
export type MemorandumInput = z.infer<typeof MemorandumInputSchema>;
