/**
 * A memorandum or agreement with a partner university. Cooperation conditions follow EWP IIA v7:
 * one-directional specs with mobilities per year, total months, ISCED-F subject areas, EQF
 * levels and recommended languages.
 */
import * as z from 'zod/mini';
import { isIscedField } from '../isced';
import { AcademicYearSchema, ContactSchema, IdSchema, IsoDateSchema, LanguageSkillSchema, whenParsed } from './common';
import { MemorandumPairSchema } from './memorandum-text';

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
  // Developing curricula together (a course or module taught on both sides), and running a joint
  // or double-degree programme: what the memoranda of the region's universities name most after exchange.
  'joint_curricula',
  'joint_programmes',
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

/** A four-digit ISCED-F 2013 field code that names a field (shared/isced.ts). */
export const IscedFieldSchema = z.string().check(z.regex(/^\d{4}$/, 'ISCED-F 4-digit code'), z.refine(isIscedField, 'No ISCED-F field has this code'));

/** An EQF level of a degree programme: 5 (short cycle) to 8 (doctoral). */
const EqfLevelSchema = z.number().check(z.int(), z.minimum(5), z.maximum(8));

/**
 * A joint or double-degree programme the agreement runs: its name, field and level, the degree
 * each side awards (both when it is a double degree, one joint diploma otherwise), and the places
 * a year where the agreement fixes them.
 */
export const DegreeProgrammeSchema = z.strictObject({
  name: z.string().check(z.trim(), z.minLength(1), z.maxLength(300)),
  field: IscedFieldSchema,
  eqfLevel: EqfLevelSchema,
  /** The degree our university awards (e.g. "Master of Physics"), or empty where only the partner's is awarded. */
  degreeHome: z.string().check(z.trim(), z.maxLength(300)),
  /** The degree the partner awards. */
  degreePartner: z.string().check(z.trim(), z.maxLength(300)),
  placesPerYear: z.optional(z.number().check(z.int(), z.minimum(0), z.maximum(1000))),
}).check(z.meta({ example: { name: 'Materials Science (double degree)', field: '0533', eqfLevel: 7, degreeHome: 'Master of Physics', degreePartner: 'Master of Materials Science and Engineering', placesPerYear: 5 } }));
export type DegreeProgramme = z.infer<typeof DegreeProgrammeSchema>;

/** A research area named on the agreement: an ISCED-F field code, or words where no code fits ("quantum materials"). */
export const ResearchAreaSchema = z.string().check(
  z.trim(),
  z.minLength(1),
  z.maxLength(200),
  z.refine((area) => !/^\d+$/.test(area) || (/^\d{4}$/.test(area) && isIscedField(area)), 'No ISCED-F field has this code'),
);

export const CooperationConditionSchema = z.object({
  type: z.enum(['student_studies', 'student_traineeship', 'staff_teaching', 'staff_training']),
  /** Who sends: the home university (outgoing) or the partner (incoming). */
  sender: z.enum(['home', 'partner']),
  mobilitiesPerYear: z.number().check(z.int(), z.minimum(0), z.maximum(1000)),
  totalMonthsPerYear: z.optional(z.number().check(z.minimum(0), z.maximum(12000))),
  subjectAreas: z._default(z.array(IscedFieldSchema).check(z.maxLength(20)), []),
  eqfLevels: z._default(z.array(EqfLevelSchema).check(z.maxLength(4)), []),
  languages: z._default(z.array(LanguageSkillSchema).check(z.maxLength(10)), []),
  academicYears: z._default(z.array(AcademicYearSchema).check(z.maxLength(10)), []),
  /**
   * Students may come or go as blended mobility under it (a physical part with a virtual one), as
   * EWP's student specs say (`blended`). Not said: not offered. Students' conditions only.
   */
  blended: z.optional(z.boolean()),
}).check(
  z.refine((c) => !c.blended || c.type === 'student_studies' || c.type === 'student_traineeship', { message: 'Blended mobility is offered to students only', path: ['blended'] }),
);
export type CooperationCondition = z.infer<typeof CooperationConditionSchema>;

/** The memorandum's fields, shared with the submission that may propose its partner (memorandum-submission.ts). */
export const memorandumFields = {
  partnerId: IdSchema,
  kind: AgreementKindSchema,
  scope: z.array(CooperationScopeSchema).check(z.minLength(1), z.maxLength(CooperationScopeSchema.options.length)),
  cooperationConditions: z.array(CooperationConditionSchema).check(z.maxLength(40)),
  /** The joint or double-degree programmes it runs (none: it runs none, or they are not recorded). */
  degreeProgrammes: z.optional(z.array(DegreeProgrammeSchema).check(z.maxLength(20))),
  /** Research areas and joint laboratories named on it. */
  researchAreas: z.optional(z.array(ResearchAreaSchema).check(z.maxLength(20))),
  jointLaboratories: z.optional(z.array(z.string().check(z.trim(), z.minLength(1), z.maxLength(300))).check(z.maxLength(20))),
  startDate: IsoDateSchema,
  /** `null` for an open-ended memorandum. */
  endDate: z.nullable(IsoDateSchema),
  coordinator: ContactSchema,
  initiatingFaculty: IdSchema,
  summary: z.string().check(z.trim(), z.minLength(1), z.maxLength(4000)),
  /**
   * The language printed beside English in the memorandum's text (functions/lib/memorandum/),
   * chosen per agreement. Absent means Russian (`textLanguageOf`): no default is written in, so an
   * agreement stored before the choice existed keeps its content, and so its receipts' hash.
   */
  textLanguage: z.optional(MemorandumPairSchema),
};

/** Checked as soon as both dates parse, so it is reported with every other error at once. */
export const endAfterStart: [(m: { startDate: string; endDate: string | null }) => boolean, { message: string; path: string[]; when: ReturnType<typeof whenParsed> }] = [
  (m) => m.endDate === null || m.endDate > m.startDate,
  { message: 'The end date must be after the start date', path: ['endDate'], when: whenParsed('startDate', 'endDate') },
];

/**
 * The documented memoranda (the OpenAPI document's examples; the agreement answers' are made of
 * them): a mobility agreement with research areas and a laboratory, and a double master's degree
 * with ENU whose students may study blended.
 */
export const MEMORANDUM_EXAMPLES = [
  {
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
    researchAreas: ['0533', 'quantum materials'],
    jointLaboratories: ['Laboratory of thin films'],
    textLanguage: 'ru',
  },
  {
    partnerId: 'enu-gumilyov',
    kind: 'double_degree_agreement',
    scope: ['joint_programmes', 'joint_curricula', 'student_exchange'],
    cooperationConditions: [
      {
        type: 'student_studies',
        sender: 'home',
        mobilitiesPerYear: 5,
        totalMonthsPerYear: 50,
        subjectAreas: ['0311'],
        eqfLevels: [7],
        languages: [{ code: 'ru', level: 'B2' }],
        academicYears: ['2027/2028', '2028/2029'],
        blended: true,
      },
      { type: 'student_studies', sender: 'partner', mobilitiesPerYear: 5, totalMonthsPerYear: 50, subjectAreas: ['0311'], eqfLevels: [7], languages: [{ code: 'ru', level: 'B2' }], academicYears: [], blended: true },
    ],
    degreeProgrammes: [
      { name: 'International Economics (double degree)', field: '0311', eqfLevel: 7, degreeHome: 'Master of Economics', degreePartner: 'Master of Economic Sciences', placesPerYear: 5 },
    ],
    researchAreas: ['0311'],
    startDate: '2027-09-01',
    endDate: null,
    coordinator: { name: 'Nodira Alimova', email: 'iro@uni.example' },
    initiatingFaculty: 'economics',
    summary: 'A two-year double master’s degree in international economics: the first year in Tashkent, the second in Astana, and both diplomas.',
    textLanguage: 'uz',
  },
] as const;

export const MemorandumInputSchema = z
  .strictObject(memorandumFields)
  .check(z.refine(...endAfterStart))
  .check(z.meta({ id: 'MemorandumInput', example: MEMORANDUM_EXAMPLES[0], examples: [...MEMORANDUM_EXAMPLES] }));
export type MemorandumInput = z.infer<typeof MemorandumInputSchema>;
