/**
 * An incoming student's study plan (the courses of their learning agreement at the host faculty),
 * as it is written and as the host faculty's coordinator answers it. Input schemas (zod/mini):
 * the pages check the form with the same ones.
 */
import * as z from 'zod/mini';
import { MobilityPeriodSchema } from './nomination';

/** ECTS or the host's own credits; a course in local credits states its ECTS equivalent too. */
export const CreditSystemSchema = z.enum(['ects', 'local']);
export type CreditSystem = z.infer<typeof CreditSystemSchema>;

/** Credits as a plain positive number (half credits exist; a course of more than 60 does not). */
const CreditsSchema = z.number('Credits must be a number').check(z.positive('Credits must be more than 0'), z.maximum(60, 'At most 60 credits for one course'));

/**
 * A course code as the host faculty prints it: letters (in every script), digits, spaces, `-`, `_`, `/`.
 * No dots: the versions' diff names a course by its code in a dotted path (`courses.CS-201.credits`).
 */
const CourseCodeSchema = z.string().check(z.trim(), z.minLength(1, 'Give the course code'), z.maxLength(30), z.regex(/^[\p{L}\p{N}][\p{L}\p{N} _/-]*$/u, 'Use letters, digits, spaces and - _ / only'));

export const CourseSchema = z
  .strictObject({
    code: CourseCodeSchema,
    title: z.string().check(z.trim(), z.minLength(1, 'Give the course title'), z.maxLength(300)),
    /** In the course's own credit system. */
    credits: CreditsSchema,
    creditSystem: CreditSystemSchema,
    /** The ECTS equivalent of local credits: required for `local`, not given for `ects` (they are ECTS already). */
    ectsCredits: z.optional(CreditsSchema),
  })
  .check(
    z.superRefine((c, ctx) => {
      if (c.creditSystem === 'local' && c.ectsCredits === undefined) ctx.addIssue({ code: 'custom', path: ['ectsCredits'], message: 'State the ECTS equivalent of the local credits' });
      if (c.creditSystem === 'ects' && c.ectsCredits !== undefined) ctx.addIssue({ code: 'custom', path: ['ectsCredits'], message: 'ECTS credits need no equivalent: leave this empty' });
    }),
  );
export type Course = z.infer<typeof CourseSchema>;

/** The same code twice is a slip (codes compared without case or surrounding spaces). */
const normalCode = (code: string) => code.trim().toLowerCase();

const StudyPlanFields = {
  period: MobilityPeriodSchema,
  courses: z.array(CourseSchema).check(
    z.minLength(1, 'A study plan needs at least one course'),
    z.maxLength(60),
    // Run whenever the codes parsed, whatever the credits did: a form learns of a repeated code with everything else.
    z.superRefine(
      (courses, ctx) => {
        const seen = new Set<string>();
        courses.forEach((c, i) => {
          if (typeof c?.code !== 'string') return;
          if (seen.has(normalCode(c.code))) ctx.addIssue({ code: 'custom', path: [i, 'code'], message: 'This course code is already in the plan', input: c.code });
          seen.add(normalCode(c.code));
        });
      },
      { when: (payload) => Array.isArray(payload.value) && !payload.issues.some((i) => i.path?.[1] === 'code') },
    ),
  ),
  note: z.optional(z.string().check(z.trim(), z.maxLength(2000))),
};

export const StudyPlanContentSchema = z.strictObject(StudyPlanFields);
export type StudyPlanContent = z.infer<typeof StudyPlanContentSchema>;

export const STUDY_PLAN_EXAMPLE = {
  period: 'first_semester',
  courses: [
    { code: 'ECO-301', title: 'International economics', credits: 6, creditSystem: 'ects' },
    { code: 'LAW 214', title: 'Comparative commercial law', credits: 4, creditSystem: 'local', ectsCredits: 6 },
  ],
  note: 'Uzbek language course to be added once the timetable is out.',
} as const;

/** A save: the plan as a whole, with the revision it was read at (0 for the first). */
export const StudyPlanSaveRequestSchema = z
  .strictObject({ ...StudyPlanFields, revision: z.number('The revision the plan was read at').check(z.int(), z.minimum(0), z.maximum(1_000_000)) })
  .check(z.meta({ id: 'StudyPlanSaveRequest', example: { ...STUDY_PLAN_EXAMPLE, revision: 0 } }));
export type StudyPlanSaveRequest = z.infer<typeof StudyPlanSaveRequestSchema>;

/** The host faculty coordinator's answer through their link: approve, or send back with a comment. */
export const StudyPlanDecisionSchema = z.enum(['approve', 'request_changes']);
export type StudyPlanDecision = z.infer<typeof StudyPlanDecisionSchema>;

export const StudyPlanAnswerRequestSchema = z
  .strictObject({
    token: z.string().check(z.minLength(1), z.maxLength(256)),
    decision: StudyPlanDecisionSchema,
    comment: z.optional(z.string().check(z.maxLength(4000))),
    /** The hash the preview returned: an answer to a plan that changed since is refused. */
    snapshotHash: z.string().check(z.regex(/^[0-9a-f]{64}$/, 'The snapshotHash from the preview')),
  })
  .check(
    z.meta({
      id: 'StudyPlanAnswerRequest',
      example: { token: 'mB2w3D4rQ0p7y8cVdE5fG6hJ9kL1nP3sT5vW7xZ0aB2', decision: 'request_changes', comment: 'LAW 214 is taught in the spring only.', snapshotHash: 'a'.repeat(64) },
    }),
  );
export type StudyPlanAnswerRequest = z.infer<typeof StudyPlanAnswerRequestSchema>;
