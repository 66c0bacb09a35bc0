/**
 * A nomination for academic mobility, following the field model of EWP Outgoing Mobilities v3
 * (nominee, sending/receiving institution, academic year, mobility type, language skill).
 */
import * as z from 'zod/mini';
import { incomingProblems, motivationProblems } from '../workflow/incoming';
import { mobilityProblems } from '../workflow/mobility-dates';
import { INCOMING_DETAILS_EXAMPLE, IncomingDetailsSchema } from './incoming';
import { AccommodationRequestSchema } from './residence';
import { AcademicYearSchema, EmailSchema, IdSchema, IsoDateSchema, LanguageSkillSchema, PersonNameSchema, whenParsed } from './common';

export const NomineeRoleSchema = z.enum(['student', 'academic_staff', 'administrative_staff']);
/** EQF levels as the office names them; `none` for staff mobility. */
export const StudyLevelSchema = z.enum(['bachelor', 'master', 'doctoral', 'none']);
export const DirectionSchema = z.enum(['outgoing', 'incoming']);
export const ProgrammeSchema = z.enum(['bilateral', 'erasmus_plus', 'government_scholarship', 'other']);
export const MobilityTypeSchema = z.enum([
  'semester_study',
  'full_year_study',
  'short_term',
  'teaching',
  'training',
  'research',
]);
export const MobilityPeriodSchema = z.enum(['first_semester', 'second_semester', 'full_year', 'summer', 'short_term']);
/** Physical (travels), virtual (online only: takes no place), or blended (online with a physical part). */
export const MobilityFormatSchema = z.enum(['physical', 'virtual', 'blended']);

export const NomineeSchema = z.object({
  name: PersonNameSchema,
  email: EmailSchema,
  role: NomineeRoleSchema,
  studyLevel: StudyLevelSchema,
  faculty: IdSchema,
  department: IdSchema,
});

/**
 * The documented nominations (the OpenAPI document's examples, and with what is stored beside them
 * the answers'): no one nomination has every field, so three: an outgoing student; an incoming one
 * from ENU with the home institution's contacts and a dormitory; a colleague's blended teaching.
 */
export const NOMINATION_EXAMPLES = [
  {
    nominee: { name: 'Dilnoza Karimova', email: 'dilnoza.karimova@student.uni.example', role: 'student', studyLevel: 'bachelor', faculty: 'physics', department: 'general-physics' },
    direction: 'outgoing',
    partnerId: 'osh-state-university',
    agreementId: 'agr-osh-2024',
    programme: 'bilateral',
    mobilityType: 'semester_study',
    academicYear: '2027/2028',
    period: 'first_semester',
    language: { code: 'ru', level: 'B2' },
    motivation: 'Semester in condensed-matter physics with the partner laboratory.',
    format: 'physical',
    plannedStartDate: '2027-09-01',
    plannedEndDate: '2028-01-31',
  },
  {
    nominee: { name: 'Aruzhan Serikova', email: 'aruzhan.serikova@enu.example.org', role: 'student', studyLevel: 'bachelor', faculty: 'economics', department: 'world-economy' },
    direction: 'incoming',
    partnerId: 'enu-gumilyov',
    agreementId: 'agr-enu-2023',
    programme: 'bilateral',
    mobilityType: 'semester_study',
    academicYear: '2027/2028',
    period: 'first_semester',
    language: { code: 'ru', level: 'C1' },
    format: 'physical',
    plannedStartDate: '2027-08-30',
    plannedEndDate: '2028-01-31',
    incoming: INCOMING_DETAILS_EXAMPLE,
    accommodation: { request: 'dormitory', note: 'Arrives by train on 28 August; a room near the Faculty of Economics if possible.' },
  },
  {
    nominee: { name: 'Farrukh Saidov', email: 'f.saidov@uni.example', role: 'academic_staff', studyLevel: 'none', faculty: 'physics', department: 'theoretical-physics' },
    direction: 'outgoing',
    partnerId: 'osh-state-university',
    agreementId: 'agr-osh-2024',
    programme: 'bilateral',
    mobilityType: 'teaching',
    academicYear: '2027/2028',
    period: 'second_semester',
    language: { code: 'ru', level: 'C2' },
    motivation: 'A lecture course for the partner’s master’s students, online and then a week in Osh for the laboratory sessions.',
    format: 'blended',
    plannedStartDate: '2028-03-01',
    plannedEndDate: '2028-04-30',
    physicalStartDate: '2028-04-17',
    physicalEndDate: '2028-04-21',
    staffHours: 16,
    subject: 'Solid-state physics: thin films',
  },
] as const;

export const NominationInputSchema = z
  .strictObject({
    nominee: NomineeSchema,
    direction: DirectionSchema,
    partnerId: IdSchema,
    agreementId: IdSchema,
    programme: ProgrammeSchema,
    mobilityType: MobilityTypeSchema,
    academicYear: AcademicYearSchema,
    period: MobilityPeriodSchema,
    language: LanguageSkillSchema,
    /**
     * Why our nominee should go: required for an outgoing nomination. An incoming student was chosen
     * by the sending university, so the form does not ask; one given (the partner's nomination letter) is kept.
     */
    motivation: z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(4000))),
    /** Absent: physical, as every nomination was before formats. */
    format: z.optional(MobilityFormatSchema),
    /** The planned dates, both or neither (neither: the period's usual dates), within the period of the academic year. */
    plannedStartDate: z.optional(IsoDateSchema),
    plannedEndDate: z.optional(IsoDateSchema),
    /** A blended mobility's physical part, within the planned dates. */
    physicalStartDate: z.optional(IsoDateSchema),
    physicalEndDate: z.optional(IsoDateSchema),
    /** Staff teaching or training: the hours taught or trained, and the subject. */
    staffHours: z.optional(z.number().check(z.int(), z.minimum(1), z.maximum(1000))),
    subject: z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(300))),
    /** An incoming student's home institution: its contact and the student's coordinator there (only with direction `incoming`). */
    incoming: z.optional(IncomingDetailsSchema),
    /** An incoming nominee's housing: a place in one of the university's residences, or their own. */
    accommodation: z.optional(AccommodationRequestSchema),
  })
  .check(
    z.superRefine((n, ctx) => {
      for (const p of [...mobilityProblems(n), ...incomingProblems(n)]) ctx.addIssue({ code: 'custom', path: [p.path], message: p.message, input: n });
    }),
  )
  .check(
    // Said with every other problem, not after them: the form shows them all at once.
    z.superRefine((n: { direction: string; motivation?: string }, ctx) => {
      for (const p of motivationProblems(n)) ctx.addIssue({ code: 'custom', path: [p.path], message: p.message, input: n });
    }, { when: whenParsed('direction', 'motivation') }),
  )
  .check(
    z.superRefine((n, ctx) => {
      // The host university houses the students it receives; an outgoing one is housed by the partner.
      if (n.accommodation && n.direction !== 'incoming') ctx.addIssue({ code: 'custom', path: ['accommodation'], message: 'Only an incoming nomination asks for accommodation', input: n.accommodation });
    }),
  )
  .check(z.meta({ id: 'NominationInput', example: NOMINATION_EXAMPLES[0], examples: [...NOMINATION_EXAMPLES] }));
export type NominationInput = z.infer<typeof NominationInputSchema>;
