/**
 * International activities that are not one person's mobility (issue 12, item 3): a conference, a
 * webinar, a series of guest lectures, a summer school, a grant or joint research project, a joint
 * laboratory, a delegation's visit. What the office or a faculty types (`ActivityInput`), an edit
 * of it (`ActivityUpdate`, with the version it was read at), its cancellation, the list's filters,
 * and what is stored (`Activity`). The rules across fields are shared/activity-rules.ts's, so the
 * page and the API refuse the same things.
 */
import * as z from 'zod/mini';
import { activityProblems, isCurrencyCode } from '../activity-rules';
import { ContactSchema, IdSchema, IsoDateSchema, whenParsed } from './common';
import { MobilityFormatSchema } from './nomination';

export const ACTIVITY_KINDS = [
  'conference',
  'webinar',
  'guest_lecture',
  'summer_school',
  'grant_project',
  'joint_research_project',
  'joint_laboratory',
  'delegation_visit',
  'other',
] as const;
export const ActivityKindSchema = z.enum(ACTIVITY_KINDS);
export type ActivityKind = z.infer<typeof ActivityKindSchema>;

/**
 * Recorded (counted), or called off (kept, and counted by no report); a faculty member's, where the
 * office asks for a confirmation, first `proposed` (waiting for its confirmer, counted by no report)
 * and, when its confirmer sent it back with a comment, `returned` (its faculty edits and proposes it again).
 */
export const ActivityStatusSchema = z.enum(['proposed', 'returned', 'recorded', 'cancelled']);

/** Who confirms the activities faculty members record before they count: the office's setting. */
export const ACTIVITY_CONFIRMERS = ['nobody', 'dean', 'office'] as const;
export const ActivityConfirmerSchema = z.enum(ACTIVITY_CONFIRMERS);
export type ActivityConfirmer = z.infer<typeof ActivityConfirmerSchema>;

const text = (max: number) => z.string().check(z.trim(), z.minLength(1), z.maxLength(max));
const count = z._default(z.number().check(z.int(), z.minimum(0), z.maximum(1_000_000)), 0);

/**
 * Who took part: people who came to us (`incoming`) and ours who went (`outgoing`), and, where the
 * office knows it, how many of all of them were staff and how many students.
 */
export const ActivityParticipantsSchema = z.strictObject({
  incoming: count,
  outgoing: count,
  staff: z.optional(z.number().check(z.int(), z.minimum(0), z.maximum(1_000_000))),
  students: z.optional(z.number().check(z.int(), z.minimum(0), z.maximum(1_000_000))),
});

/** ISO 4217, upper-cased before the check: `uzs` is `UZS`; `EURO` and `XYZ` are not currencies. */
export const CurrencyCodeSchema = z
  .string()
  .check(z.trim(), z.toUpperCase(), z.regex(/^[A-Z]{3}$/, 'Use an ISO 4217 currency code such as UZS, EUR, USD'), z.refine(isCurrencyCode, 'No currency has this code'));

/** One source of money: a grant project often has several (an Erasmus+ grant in EUR, the university's share in UZS). */
export const ActivityFundingSchema = z.strictObject({
  source: text(300),
  amount: z.number().check(z.minimum(0), z.maximum(1e12)),
  currency: CurrencyCodeSchema,
});

const activityFields = {
  kind: ActivityKindSchema,
  title: text(300),
  description: z.optional(z.string().check(z.trim(), z.maxLength(5000))),
  /** Registered partners (ids); none for an activity of our own, which then must be described. */
  partnerIds: z._default(z.array(IdSchema).check(z.maxLength(20)), []),
  /** The agreement it runs under, one of the partners'. */
  agreementId: z.optional(IdSchema),
  startDate: IsoDateSchema,
  endDate: IsoDateSchema,
  format: MobilityFormatSchema,
  /** The faculty that runs it (one of the directory's). */
  faculty: IdSchema,
  organiser: ContactSchema,
  participants: z._default(ActivityParticipantsSchema, { incoming: 0, outgoing: 0 }),
  funding: z._default(z.array(ActivityFundingSchema).check(z.maxLength(10)), []),
  outcome: z.optional(z.string().check(z.trim(), z.maxLength(5000))),
};

type CrossFields = { partnerIds: string[]; description?: string; startDate: string; endDate: string };

/** The rules across fields, on their fields; run once the fields they read parsed, whatever the others did (a form learns of its dates with everything else). */
const acrossFields = () =>
  z.superRefine((a: CrossFields, ctx) => {
    for (const p of activityProblems(a)) ctx.addIssue({ code: 'custom', path: [p.path], message: p.message, input: a });
  }, { when: whenParsed('partnerIds', 'description', 'startDate', 'endDate') });

/** The documented activity (the OpenAPI document's examples for the form and, with what is stored beside it, for the answer). */
export const ACTIVITY_EXAMPLE = {
  kind: 'guest_lecture',
  title: 'Guest lectures in condensed-matter physics',
  description: 'Three online lectures for second-year students by the partner laboratory’s head.',
  partnerIds: ['osh-state-university'],
  agreementId: 'agr-osh-2024',
  startDate: '2026-10-12',
  endDate: '2026-10-14',
  format: 'virtual',
  faculty: 'physics',
  organiser: { name: 'Aziz Rakhimov', email: 'faculty@uni.example' },
  participants: { incoming: 1, outgoing: 0, staff: 1, students: 46 },
  funding: [{ source: 'University budget', amount: 1500000, currency: 'UZS' }],
  outcome: 'Lecture notes shared; two students applied for the spring semester in Osh.',
};

export const ActivityInputSchema = z
  .strictObject(activityFields)
  .check(acrossFields())
  .check(z.meta({ id: 'ActivityInput', example: ACTIVITY_EXAMPLE }));
export type ActivityInput = z.infer<typeof ActivityInputSchema>;

/** The whole form again, with the `version` it was read at: an edit made against an older one is a 409 with the current activity. */
export const ActivityUpdateSchema = z
  .strictObject({ ...activityFields, version: z.number().check(z.int(), z.minimum(1)) })
  .check(acrossFields())
  .check(z.meta({ id: 'ActivityUpdate', example: { ...ACTIVITY_EXAMPLE, outcome: 'Two students applied for the spring semester in Osh.', version: 1 } }));
export type ActivityUpdate = z.infer<typeof ActivityUpdateSchema>;

export const ActivityCancellationSchema = z
  .strictObject({ version: z.number().check(z.int(), z.minimum(1)), reason: z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(1000))) })
  .check(z.meta({ id: 'ActivityCancellation', example: { version: 2, reason: 'The partner postponed the school to next summer.' } }));
export type ActivityCancellation = z.infer<typeof ActivityCancellationSchema>;

const YearSchema = z.pipe(z.string().check(z.regex(/^\d{4}$/, 'A year as YYYY')), z.transform(Number));

/** The list's filters; an unknown one is refused rather than ignored (a misspelt filter would list everything). */
export const ActivityListQuerySchema = z.strictObject({
  year: z.optional(YearSchema),
  kind: z.optional(ActivityKindSchema),
  faculty: z.optional(IdSchema),
  partner: z.optional(IdSchema),
  format: z.optional(MobilityFormatSchema),
  status: z.optional(ActivityStatusSchema),
});
export type ActivityListQuery = z.output<typeof ActivityListQuerySchema>;

/** The activities report's: the calendar years counted (default this one), and one faculty. */
export const ActivityReportQuerySchema = z.strictObject({
  years: z.optional(
    z
      .pipe(
        z.string().check(z.maxLength(200), z.regex(/^\s*\d{4}(\s*,\s*\d{4})*\s*$/, 'Years as YYYY, separated by commas')),
        z.transform((t: string) => [...new Set(t.split(',').map((y) => Number(y.trim())))].sort((a, b) => a - b)),
      )
      .check(z.refine((ys) => ys.length <= 20, 'At most 20 years')),
  ),
  faculty: z.optional(IdSchema),
});
export type ActivityReportQuery = z.output<typeof ActivityReportQuerySchema>;

const ActorSchema = z.object({ email: z.string(), name: z.string() });

/** A confirmer's answer to a proposed activity, kept on it in order: confirmed, or returned with why. */
export const ActivityDecisionSchema = z.object({
  decision: z.enum(['confirmed', 'returned']),
  at: z.string(),
  by: ActorSchema,
  comment: z.optional(z.string()),
});
export type ActivityDecision = z.infer<typeof ActivityDecisionSchema>;

/** A proposed activity confirmed, against the version it was read at, with a note to its faculty if the confirmer has one. */
export const ActivityConfirmationSchema = z
  .strictObject({ version: z.number().check(z.int(), z.minimum(1)), comment: z.optional(text(2000)) })
  .check(z.meta({ id: 'ActivityConfirmation', example: { version: 1, comment: 'Thank you: please add the report when it is written.' } }));
export type ActivityConfirmation = z.infer<typeof ActivityConfirmationSchema>;

/** A proposed activity sent back to its faculty: the comment says what to change (required). */
export const ActivityReturnSchema = z
  .strictObject({ version: z.number().check(z.int(), z.minimum(1)), comment: text(2000) })
  .check(z.meta({ id: 'ActivityReturn', example: { version: 1, comment: 'Add the partner’s programme and the number of our students who took part.' } }));
export type ActivityReturn = z.infer<typeof ActivityReturnSchema>;

/** The office's setting as stored and answered: version 0 while never set (nobody confirms). */
export const ActivityConfirmationSettingSchema = z.object({
  confirmer: ActivityConfirmerSchema,
  version: z.number().check(z.int(), z.minimum(0)),
  updatedAt: z.optional(z.string()),
  updatedBy: z.optional(z.string()),
});
export type ActivityConfirmationSetting = z.infer<typeof ActivityConfirmationSettingSchema>;

/** The setting changed, against the version read. */
export const ActivityConfirmationSettingUpdateSchema = z
  .strictObject({ confirmer: ActivityConfirmerSchema, version: z.number().check(z.int(), z.minimum(0)) })
  .check(z.meta({ id: 'ActivityConfirmationSettingUpdate', example: { confirmer: 'dean', version: 0 } }));
export type ActivityConfirmationSettingUpdate = z.infer<typeof ActivityConfirmationSettingUpdateSchema>;

/** An activity as stored and answered. */
export const ActivitySchema = z.object({
  ...activityFields,
  id: IdSchema,
  status: ActivityStatusSchema,
  version: z.number().check(z.int(), z.minimum(1)),
  createdAt: z.string(),
  createdBy: ActorSchema,
  updatedAt: z.string(),
  updatedBy: ActorSchema,
  cancellation: z.optional(z.object({ at: z.string(), by: ActorSchema, reason: z.optional(z.string()) })),
  /** Who was asked to confirm it when its faculty proposed it (absent: recorded at once). */
  confirmer: z.optional(z.enum(['dean', 'office'])),
  /** Its confirmer's answers, oldest first (the last return's comment is what its faculty reads). */
  decisions: z.optional(z.array(ActivityDecisionSchema)),
});
export type Activity = z.infer<typeof ActivitySchema>;
