/**
 * A memorandum or agreement with a partner university. Cooperation conditions follow EWP IIA v7:
 * one-directional specs with mobilities per year, total months, ISCED-F subject areas, EQF
 * levels and recommended languages.
 */
import * as z from 'zod';
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
  mobilitiesPerYear: z.number().int().min(0).max(1000),
  totalMonthsPerYear: z.number().min(0).max(12000).optional(),
  subjectAreas: z.array(z.string().regex(/^\d{4}$/, 'ISCED-F 4-digit code')).max(20).default([]),
  eqfLevels: z.array(z.number().int().min(5).max(8)).max(4).default([]),
  languages: z.array(LanguageSkillSchema).max(10).default([]),
  academicYears: z.array(AcademicYearSchema).max(10).default([]),
});
export type CooperationCondition = z.infer<typeof CooperationConditionSchema>;

/** The memorandum's fields, shared with the submission that may propose its partner (memorandum-submission.ts). */
export const memorandumFields = {
  partnerId: IdSchema,
  kind: AgreementKindSchema,
  scope: z.array(CooperationScopeSchema).min(1).max(7),
  cooperationConditions: z.array(CooperationConditionSchema).max(40),
  startDate: IsoDateSchema,
  /** `null` for an open-ended memorandum. */
  endDate: IsoDateSchema.nullable(),
  coordinator: ContactSchema,
  initiatingFaculty: IdSchema,
  summary: z.string().trim().min(1).max(4000),
};

/** Checked as soon as both dates parse, so it is reported with every other error at once. */
export const endAfterStart: [(m: { startDate: string; endDate: string | null }) => boolean, { message: string; path: string[]; when: ReturnType<typeof whenParsed> }] = [
  (m) => m.endDate === null || m.endDate > m.startDate,
  { message: 'The end date must be after the start date', path: ['endDate'], when: whenParsed('startDate', 'endDate') },
];

export const MemorandumInputSchema = z
  .object(memorandumFields)
  .strict()
  .refine(...endAfterStart)
  .meta({
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
  });
export type MemorandumInput = z.infer<typeof MemorandumInputSchema>;
