/**
 * What the study plan's routes answer (classic zod, like shared/schemas/responses.ts: the pages
 * import only the types): the plan's current version, its versions with what changed, the
 * coordinator's preview and the recorded answer. Kept beside the input schemas' module rather
 * than in responses.ts, so the feature's contract reads in one place.
 */
import * as z from 'zod';
import { STUDY_PLAN_EXAMPLE, StudyPlanContentSchema } from './study-plan';

const Timestamp = z.string().min(1);
const NOW = '2026-11-20T09:30:00.000Z';
const Actor = z.object({ email: z.string(), name: z.string() });
const FieldChange = z.object({ path: z.string(), from: z.unknown().optional(), to: z.unknown().optional() });
const Hash = z.string().regex(/^[0-9a-f]{64}$/);

export const StudyPlanStatusSchema = z.enum(['draft', 'sent', 'approved', 'changes_requested']);
const Totals = z.object({ ects: z.number(), local: z.number(), courses: z.number().int() });

const StudyPlanVersionSchema = z.object({
  number: z.number().int().min(1),
  content: StudyPlanContentSchema,
  savedAt: Timestamp,
  savedBy: Actor,
  /** Against the version before: `courses.<code>` added (`to`) or removed (`from`), `courses.<code>.credits` changed, `period`, `note`. */
  changes: z.array(FieldChange),
  approval: z.object({ email: z.string(), name: z.string(), at: Timestamp, snapshotHash: Hash }).optional(),
  changesRequested: z.object({ email: z.string(), name: z.string(), at: Timestamp, comment: z.string() }).optional(),
});

/** The first version, sent back by the coordinator. */
const FIRST_VERSION = {
  number: 1,
  content: { ...STUDY_PLAN_EXAMPLE, courses: [{ code: 'LAW 214', title: 'Comparative commercial law', credits: 4, creditSystem: 'local', ectsCredits: 5 }] },
  savedAt: '2026-11-12T09:00:00.000Z',
  savedBy: { email: 'iro@uni.example', name: 'Malika Yusupova' },
  changes: [],
  changesRequested: { email: 'coordinator.econ@uni.example', name: 'Bobur Aliyev', at: '2026-11-14T13:30:00.000Z', comment: 'LAW 214 is 6 ECTS, and add a course in economics.' },
};

const VERSION_EXAMPLE = {
  number: 2,
  content: STUDY_PLAN_EXAMPLE,
  savedAt: NOW,
  savedBy: { email: 'iro@uni.example', name: 'Malika Yusupova' },
  changes: [
    { path: 'courses.LAW 214.ectsCredits', from: 5, to: 6 },
    { path: 'courses.ECO-301', to: { title: 'International economics', credits: 6, creditSystem: 'ects' } },
  ],
};

const APPROVAL = { email: 'coordinator.econ@uni.example', name: 'Bobur Aliyev', at: '2026-11-22T08:15:00.000Z', snapshotHash: 'a'.repeat(64) };
const PLAN = { nominationId: '01JD9B2C4E6G8J0L2N4Q6S8U0W', reference: 'NOM-2026-0057' };
const SENT_TO = { email: 'coordinator.econ@uni.example', name: 'Bobur Aliyev', at: NOW };

/** Where a plan can stand: sent to the coordinator, approved, sent back with a comment. */
const STUDY_PLAN_EXAMPLES = [
  { ...PLAN, status: 'sent', revision: 4, current: 2, sentTo: SENT_TO, version: VERSION_EXAMPLE, totals: { ects: 12, local: 4, courses: 2 } },
  { ...PLAN, status: 'approved', revision: 5, current: 2, sentTo: SENT_TO, version: { ...VERSION_EXAMPLE, approval: APPROVAL }, totals: { ects: 12, local: 4, courses: 2 } },
  { ...PLAN, status: 'changes_requested', revision: 2, current: 1, sentTo: { ...SENT_TO, at: '2026-11-12T09:05:00.000Z' }, version: FIRST_VERSION, totals: { ects: 5, local: 4, courses: 1 } },
];

export const StudyPlanViewSchema = z
  .object({
    nominationId: z.string(),
    reference: z.string(),
    status: StudyPlanStatusSchema,
    /** Send it back with the next save: a save against an older revision is refused (409). */
    revision: z.number().int().min(1),
    current: z.number().int().min(1),
    sentTo: z.object({ email: z.string(), name: z.string(), at: Timestamp }).optional(),
    version: StudyPlanVersionSchema,
    totals: Totals,
  })
  .meta({ id: 'StudyPlan', example: STUDY_PLAN_EXAMPLES[0], examples: STUDY_PLAN_EXAMPLES });

export const StudyPlanVersionListSchema = z
  .object({ current: z.number().int().min(1), versions: z.array(StudyPlanVersionSchema.extend({ totals: Totals })) })
  .meta({
    id: 'StudyPlanVersionList',
    example: {
      current: 2,
      versions: [
        { ...FIRST_VERSION, totals: { ects: 5, local: 4, courses: 1 } },
        { ...VERSION_EXAMPLE, approval: APPROVAL, totals: { ects: 12, local: 4, courses: 2 } },
      ],
    },
  });

const CoordinatorViewSchema = z.object({
  reference: z.string(),
  nominee: z.string(),
  homeInstitution: z.string(),
  hostFaculty: z.string(),
  academicYear: z.string(),
  planVersion: z.number().int().min(1),
  plan: StudyPlanContentSchema,
  totals: Totals,
  changes: z.array(FieldChange),
});

const COORDINATOR_VIEW = { reference: 'NOM-2026-0057', nominee: 'Aruzhan Serikova', homeInstitution: 'L.N. Gumilyov Eurasian National University', hostFaculty: 'Faculty of Economics', academicYear: '2027/2028', planVersion: 2, plan: STUDY_PLAN_EXAMPLE, totals: { ects: 12, local: 4, courses: 2 }, changes: VERSION_EXAMPLE.changes };

export const StudyPlanPreviewSchema = z
  .object({
    studyPlan: CoordinatorViewSchema,
    coordinator: Actor,
    snapshotHash: Hash,
    choices: z.array(z.enum(['approve', 'request_changes'])),
    /** Present when this link has answered: what, by whom, when. */
    closed: z.object({ decidedBy: z.string().optional(), decidedByName: z.string().optional(), decision: z.string().optional(), at: Timestamp.optional() }).optional(),
    expiresAt: Timestamp,
  })
  .meta({
    id: 'StudyPlanPreview',
    example: {
      studyPlan: COORDINATOR_VIEW,
      coordinator: { email: 'coordinator.econ@uni.example', name: 'Bobur Aliyev' },
      snapshotHash: 'a'.repeat(64),
      choices: ['approve', 'request_changes'],
      expiresAt: NOW,
    },
    examples: [
      {
        studyPlan: COORDINATOR_VIEW,
        coordinator: { email: 'coordinator.econ@uni.example', name: 'Bobur Aliyev' },
        snapshotHash: 'a'.repeat(64),
        choices: ['approve', 'request_changes'],
        expiresAt: NOW,
      },
      {
        studyPlan: COORDINATOR_VIEW,
        coordinator: { email: 'coordinator.econ@uni.example', name: 'Bobur Aliyev' },
        snapshotHash: 'a'.repeat(64),
        choices: [],
        closed: { decidedBy: 'coordinator.econ@uni.example', decidedByName: 'Bobur Aliyev', decision: 'approve', at: APPROVAL.at },
        expiresAt: NOW,
      },
    ],
  });

export const StudyPlanAnswerResultSchema = z
  .object({ reference: z.string(), planVersion: z.number().int(), status: StudyPlanStatusSchema, decision: z.enum(['approve', 'request_changes']), decidedBy: z.string(), at: Timestamp, snapshotHash: Hash })
  .meta({ id: 'StudyPlanAnswerResult', example: { reference: 'NOM-2026-0057', planVersion: 2, status: 'approved', decision: 'approve', decidedBy: 'coordinator.econ@uni.example', at: NOW, snapshotHash: 'a'.repeat(64) } });
