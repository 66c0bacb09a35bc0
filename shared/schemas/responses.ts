/**
 * What the API answers, as zod schemas: the other half of the contract whose requests are in the
 * input schemas. shared/api-contract.ts gives each route's successes one of these; the OpenAPI
 * document carries them with their examples; the tests' stack checks every real response against
 * them; the pages take their types from them (`z.output`).
 *
 * Objects are not strict: an answer may grow a field without breaking a reader, and a client
 * reads only what it knows.
 *
 * Classic zod, unlike the input schemas (zod/mini, which the pages bundle to check their forms):
 * no page imports these but for their types. Where an answer is made of an input schema, that
 * one is composed with zod/mini's functions or wrapped in a classic object.
 */
import * as z from 'zod';
import { AgreementStatusSchema, MemorandumInputSchema } from './agreement';
import { CountryCodeSchema, PartnerSchema } from './partner';
import { FacultySchema, PersonSchema, RoleNameSchema, UniversitySchema } from './directory';
import { LanguageSchema } from './common';
import { DecisionSchema } from './api';
import { NominationInputSchema } from './nomination';
import { ResidenceSchema } from './residence';
import { ActivityConfirmationSettingSchema, ActivitySchema } from './activity';
import { RESIDENCE_EXAMPLE } from './residence';
import {
  ACTIVITY_ANSWER_EXAMPLES,
  AGREEMENT_ANSWER_EXAMPLES,
  AGREEMENT_HISTORY,
  DEAN,
  FACULTY_MEMBER,
  HASH,
  HEAD,
  HISTORY_EVENT_EXAMPLES,
  INCOMING_HISTORY,
  NOMINATION_ANSWER_EXAMPLES,
  OFFICE,
  OSH_PARTNER,
  PARTNER_EXAMPLES,
  PLACES_LEFT_EXAMPLE,
  REQUEST_ID,
  STUDY_PLAN_SUMMARY_EXAMPLES,
} from './response-examples';
import { CSV_TYPE, XLSX_TYPE } from '../media-types';
import { IMPORT_PROBLEM_CODES } from '../imports/problems';

const Timestamp = z.string().min(1);

/** The signatory's receipt: who approved which text (its SHA-256), as what, and when. */
const PartnerApprovalSchema = z.object({ email: z.string(), name: z.string(), position: z.string(), at: Timestamp, snapshotHash: z.string(), contentVersion: z.number().int().optional() });

const SigningStateSchema = z.enum(['awaiting', 'changes_requested', 'approved', 'signed']);

const NOW = '2026-11-20T09:30:00.000Z';

// ---- small answers ------------------------------------------------------------------------

export const HealthSchema = z.object({ ok: z.literal(true) }).meta({ id: 'Health', example: { ok: true } });

/** A sentence for a person: "If this address may sign in, a link is on its way." */
export const MessageSchema = z.object({ message: z.string() }).meta({ id: 'Message', example: { message: 'A fresh link is on its way to your inbox.' } });

/** A short-lived download address for a document: opened by the browser, never stored. */
export const DownloadUrlSchema = z
  .object({ url: z.url(), expiresAt: Timestamp })
  .meta({ id: 'DownloadUrl', example: { url: 'https://documents.example/documents/NOM/abc/01JD7Q?X-Amz-Expires=300&X-Amz-Signature=5f2c', expiresAt: NOW } });

// ---- failures -----------------------------------------------------------------------------

const FieldErrorSchema = z.object({
  path: z.string(),
  message: z.string(),
  // Only an import file that cannot be read has them (path `file`): other fields' errors are the schemas' sentences.
  code: z.string().optional().meta({ description: 'At `file`, for an import file that cannot be read: the problem’s code (fileEmpty, encoding, quoteOpen, xls, … as in ImportProblem)' }),
  values: z.record(z.string(), z.string()).optional().meta({ description: 'With `code`: the values its sentence is made of, by name' }),
});

/** A 400 of an import whose file cannot be read: the problem's code and values beside its sentence. */
const IMPORT_FILE_FAILURE = {
  error: 'validation_failed',
  message: 'Some fields are not valid',
  fields: [
    {
      path: 'file',
      message: 'The file is not UTF-8 text (line 14, byte 233) and does not look like Windows-1251 either. Save it as CSV UTF-8.',
      code: 'encoding',
      values: { line: '14', byte: '233' },
    },
  ],
  requestId: REQUEST_ID,
};

/**
 * Every failure, whatever the route (functions/api/errors.ts makes them all): a machine-readable
 * code, a sentence, and the request id to quote. Open: a failure carries more where it has more to
 * say (a 409 the current state or who decided, a 410 `freshLink`, a 429 `retryAfter`).
 */
export const ApiErrorSchema = z
  .looseObject({
    error: z.string().meta({ description: 'Machine-readable code: not_found, forbidden, unauthenticated, link_expired, already_decided, …' }),
    message: z.string(),
    fields: z.array(FieldErrorSchema).optional(),
    requestId: z.string(),
  })
  .meta({
    id: 'Error',
    example: { error: 'not_found', message: 'No such nomination', requestId: REQUEST_ID },
    examples: [{ error: 'not_found', message: 'No such nomination', requestId: REQUEST_ID }, IMPORT_FILE_FAILURE],
  });

/** A 400: every field's error at once, each with its path in the body (or the parameter's name). */
export const ValidationFailureSchema = ApiErrorSchema.extend({ error: z.literal('validation_failed'), fields: z.array(FieldErrorSchema) }).meta({
  id: 'ValidationFailure',
  example: { error: 'validation_failed', message: 'Some fields are not valid', fields: [{ path: 'email', message: 'Enter an email address' }], requestId: REQUEST_ID },
  examples: [{ error: 'validation_failed', message: 'Some fields are not valid', fields: [{ path: 'email', message: 'Enter an email address' }], requestId: REQUEST_ID }, IMPORT_FILE_FAILURE],
});

// ---- people -------------------------------------------------------------------------------

const ActorSchema = z.object({ email: z.string(), name: z.string() });

/** The seed's head of General Physics, with the role held for the department. */
const HEAD_OF_DEPARTMENT_VIEW = {
  email: 'head.physics@uni.example',
  name: 'Bobur Karimov',
  language: 'uz',
  faculty: 'physics',
  department: 'general-physics',
  roles: [{ role: 'head_of_department', scope: { type: 'department', faculty: 'physics', department: 'general-physics' } }],
};
const HEAD_OF_DEPARTMENT_RECORD = { ...HEAD_OF_DEPARTMENT_VIEW, version: 2, updatedAt: NOW };

/** The signed-in person as the pages know them. */
export const PersonViewSchema = z.object({ ...PersonSchema.shape, language: LanguageSchema }).meta({
  id: 'PersonView',
  example: { email: 'faculty@uni.example', name: 'Aziz Rakhimov', language: 'uz', faculty: 'physics', department: 'general-physics', roles: [{ role: 'submitter', scope: { type: 'university' } }] },
  examples: [
    { email: 'faculty@uni.example', name: 'Aziz Rakhimov', language: 'uz', faculty: 'physics', department: 'general-physics', roles: [{ role: 'submitter', scope: { type: 'university' } }] },
    HEAD_OF_DEPARTMENT_VIEW,
  ],
});

/**
 * The person just signed in, and `next`: the page they were going to when they asked for the link
 * (kept with it, checked again as it is read), where the sign-in page sends them; absent, the default page.
 */
const OFFICE_SIGNED_IN = {
  email: 'iro@uni.example',
  name: 'Nodira Alimova',
  language: 'en',
  roles: [{ role: 'international_office', scope: { type: 'university' } }],
  next: '/office/activities?activity=act-1',
};
export const SignedInSchema = PersonViewSchema.extend({ next: z.string().optional() }).meta({
  id: 'SignedIn',
  example: OFFICE_SIGNED_IN,
  // The head of department signed in from the sign-in page itself: no page to go back to.
  examples: [OFFICE_SIGNED_IN, HEAD_OF_DEPARTMENT_VIEW],
});

export const PersonRecordSchema = PersonViewSchema.extend({ version: z.number().int().min(1), updatedAt: Timestamp.optional() }).meta({
  id: 'PersonRecord',
  example: { email: 'dean.law@uni.example', name: 'Dilnoza Karimova', language: 'uz', faculty: 'law', roles: [{ role: 'dean', scope: { type: 'faculty', faculty: 'law' } }], version: 3, updatedAt: NOW },
  examples: [{ email: 'dean.law@uni.example', name: 'Dilnoza Karimova', language: 'uz', faculty: 'law', roles: [{ role: 'dean', scope: { type: 'faculty', faculty: 'law' } }], version: 3, updatedAt: NOW }, HEAD_OF_DEPARTMENT_RECORD],
});
export const PersonListSchema = z.array(PersonRecordSchema).meta({
  id: 'PersonList',
  example: [HEAD_OF_DEPARTMENT_RECORD, { email: 'iro@uni.example', name: 'Nodira Alimova', language: 'en', roles: [{ role: 'international_office', scope: { type: 'university' } }], version: 1 }],
});

const ChainStepViewSchema = z.object({
  id: z.string(),
  role: RoleNameSchema,
  scope: z.enum(['department', 'faculty', 'university']),
  policy: z.enum(['any', 'all']),
  dueDays: z.number(),
});

/** The memorandum chain as an administrator last saved it, with a faculty whose dean is not yet named. */
const MEMORANDUM_CHAIN = {
  kind: 'memorandum',
  steps: [
    { id: 'faculty', role: 'dean', scope: 'faculty', policy: 'any', dueDays: 5 },
    { id: 'legal', role: 'legal', scope: 'university', policy: 'any', dueDays: 5 },
    { id: 'rector', role: 'rector', scope: 'university', policy: 'any', dueDays: 7 },
  ],
  version: 3,
  updatedAt: NOW,
  updatedBy: 'admin@uni.example',
  gaps: [{ stepIndex: 0, stepId: 'faculty', role: 'dean', missing: [{ faculty: 'economics' }] }],
};
const NOMINATION_CHAIN = {
  kind: 'nomination',
  steps: [
    { id: 'department', role: 'head_of_department', scope: 'department', policy: 'any', dueDays: 3 },
    { id: 'faculty', role: 'dean', scope: 'faculty', policy: 'any', dueDays: 3 },
    { id: 'international-office', role: 'international_office', scope: 'university', policy: 'all', dueDays: 5 },
  ],
  version: 4,
  updatedAt: NOW,
  updatedBy: 'admin@uni.example',
  gaps: [{ stepIndex: 0, stepId: 'department', role: 'head_of_department', missing: [{ faculty: 'physics', department: 'theoretical-physics' }] }],
};

export const ChainViewSchema = z
  .object({
    kind: z.enum(['nomination', 'memorandum']),
    steps: z.array(ChainStepViewSchema),
    version: z.number().int().min(0),
    updatedAt: Timestamp.optional(),
    updatedBy: z.string().optional(),
    /** Where a step finds nobody: a warning; a submission from there is refused. */
    gaps: z.array(
      z.object({
        stepIndex: z.number().int(),
        stepId: z.string(),
        role: RoleNameSchema,
        missing: z.array(z.object({ faculty: z.string(), department: z.string().optional() })),
      }),
    ),
  })
  .meta({
    id: 'ChainView',
    example: {
      kind: 'nomination',
      steps: [{ id: 'head', role: 'head_of_department', scope: 'department', policy: 'any', dueDays: 5 }],
      version: 2,
      gaps: [{ stepIndex: 0, stepId: 'head', role: 'head_of_department', missing: [{ faculty: 'law', department: 'civil-law' }] }],
    },
    examples: [
      {
        kind: 'nomination',
        steps: [{ id: 'head', role: 'head_of_department', scope: 'department', policy: 'any', dueDays: 5 }],
        version: 2,
        gaps: [{ stepIndex: 0, stepId: 'head', role: 'head_of_department', missing: [{ faculty: 'law', department: 'civil-law' }] }],
      },
      MEMORANDUM_CHAIN,
    ],
  });
export const ChainListSchema = z.array(ChainViewSchema).meta({ id: 'ChainList', example: [NOMINATION_CHAIN, MEMORANDUM_CHAIN] });

// ---- the directory ------------------------------------------------------------------------

export const UniversityViewSchema = UniversitySchema.check(
  z.meta({
    id: 'University',
    example: { name: 'Demo State University', names: { ru: 'Демонстрационный государственный университет', uz: 'Namunaviy davlat universiteti' } },
    examples: [
      { name: 'Demo State University', names: { ru: 'Демонстрационный государственный университет', uz: 'Namunaviy davlat universiteti' } },
      { name: 'Namunaviy davlat universiteti', names: { en: 'Demo State University', ru: 'Демонстрационный государственный университет' }, schacId: 'uni.example' },
    ],
  }),
);

export const FacultyListSchema = z.array(FacultySchema).meta({
  id: 'FacultyList',
  example: [{ id: 'physics', name: 'Faculty of Physics', names: { ru: 'Физический факультет' }, departments: [{ id: 'general-physics', name: 'General Physics' }] }],
  examples: [
    [{ id: 'physics', name: 'Faculty of Physics', names: { ru: 'Физический факультет' }, departments: [{ id: 'general-physics', name: 'General Physics' }] }],
    [
      {
        id: 'economics',
        name: 'Faculty of Economics',
        names: { en: 'Faculty of Economics', ru: 'Экономический факультет', uz: 'Iqtisodiyot fakulteti' },
        departments: [{ id: 'world-economy', name: 'Department of World Economy', names: { en: 'Department of World Economy', ru: 'Кафедра мировой экономики', uz: 'Jahon iqtisodiyoti kafedrasi' } }],
      },
    ],
  ],
});

export const PartnerViewSchema = PartnerSchema.check(z.meta({ id: 'Partner', example: PARTNER_EXAMPLES[0], examples: PARTNER_EXAMPLES }));
export const PartnerListSchema = z.array(PartnerSchema).meta({ id: 'PartnerList', example: PARTNER_EXAMPLES });

/** A registered partner that a new or renamed one is likely a second registration of (shared/partner-likeness.ts). */
export const DuplicateCandidateSchema = z.object({
  id: z.string(),
  name: z.string(),
  country: z.string(),
  why: z.enum(['same_words', 'one_word_more', 'abbreviation']).meta({
    description: 'same_words: the same words in another order, script or spelling; one_word_more: all of one name’s words and one more; abbreviation: one name abbreviates the other',
  }),
  yours: z.string().meta({ description: 'Which of the sent names matched' }),
  theirs: z.string().meta({ description: 'Which of the registered partner’s names it matched' }),
});
export type DuplicateCandidateView = z.infer<typeof DuplicateCandidateSchema>;

/**
 * A 409 from registering or editing a partner: `partner_exists` (a name held exactly: partnerId,
 * name, matched), `likely_duplicate` (candidates; send again with `confirmNotDuplicate: true` if it
 * is another university), `partner_changed` (the current partner), or `busy` (send again).
 */
export const PartnerConflictSchema = ApiErrorSchema.extend({
  error: z.enum(['partner_exists', 'likely_duplicate', 'partner_changed', 'busy']),
  partnerId: z.string().optional(),
  name: z.string().optional(),
  matched: z.string().optional(),
  candidates: z.array(DuplicateCandidateSchema).optional(),
  partner: z.optional(PartnerSchema),
}).meta({
  id: 'PartnerConflict',
  example: {
    error: 'likely_duplicate',
    message: 'Eurasian National University named after L.N. Gumilyov looks like a partner already registered in KZ: L.N. Gumilyov Eurasian National University. If it is another university, send it again with confirmNotDuplicate: true',
    candidates: [{ id: 'enu-gumilyov', name: 'L.N. Gumilyov Eurasian National University', country: 'KZ', why: 'same_words', yours: 'Eurasian National University named after L.N. Gumilyov', theirs: 'L.N. Gumilyov Eurasian National University' }],
    requestId: REQUEST_ID,
  },
  examples: [
    {
      error: 'likely_duplicate',
      message: 'Eurasian National University named after L.N. Gumilyov looks like a partner already registered in KZ: L.N. Gumilyov Eurasian National University. If it is another university, send it again with confirmNotDuplicate: true',
      candidates: [{ id: 'enu-gumilyov', name: 'L.N. Gumilyov Eurasian National University', country: 'KZ', why: 'same_words', yours: 'Eurasian National University named after L.N. Gumilyov', theirs: 'L.N. Gumilyov Eurasian National University' }],
      requestId: REQUEST_ID,
    },
    { error: 'partner_exists', message: 'Osh State University is already registered', partnerId: 'osh-state-university', name: 'Osh State University', matched: 'Ошский государственный университет', requestId: REQUEST_ID },
    { error: 'partner_changed', message: 'Someone changed this partner since you opened it; here is the current version', partner: OSH_PARTNER, requestId: REQUEST_ID },
    { error: 'partner_changed', message: 'Someone changed this partner since you opened it; here is the current version', partner: PARTNER_EXAMPLES[1], requestId: REQUEST_ID },
    { error: 'partner_changed', message: 'Someone changed this partner since you opened it; here is the current version', partner: PARTNER_EXAMPLES[2], requestId: REQUEST_ID },
  ],
});

// ---- the approval workflow ----------------------------------------------------------------

const ReceiptSchema = z.object({
  email: z.string(),
  name: z.string(),
  role: RoleNameSchema,
  decision: DecisionSchema,
  comment: z.string().optional(),
  at: Timestamp,
  snapshotHash: z.string(),
});

const ReviewStepSchema = ChainStepViewSchema.extend({
  approvers: z.array(ActorSchema.extend({ receipt: ReceiptSchema.optional() })),
  activatedAt: Timestamp.optional(),
  dueAt: Timestamp.optional(),
  completedAt: Timestamp.optional(),
  outcome: z.enum(['approved', 'rejected', 'changes_requested']).optional(),
});

const ReviewSchema = z.object({
  round: z.number().int().min(1),
  stepIndex: z.number().int().min(0),
  steps: z.array(ReviewStepSchema),
  reminders: z.number().int().min(0),
  escalatedAt: Timestamp.optional(),
  nextReminderAt: Timestamp.optional(),
  lastTransition: z.object({ action: z.string(), by: ActorSchema, at: Timestamp, comment: z.string().optional() }),
});

const StepRefSchema = z.object({ index: z.number().int(), id: z.string(), role: RoleNameSchema, policy: z.enum(['any', 'all']), dueAt: Timestamp.optional() });

const PlaceCellSchema = z.object({
  academicYear: z.string(),
  sender: z.enum(['home', 'partner']),
  type: z.enum(['student_studies', 'student_traineeship', 'staff_teaching', 'staff_training']),
});
const HeldPlaceSchema = PlaceCellSchema.extend({ agreementId: z.string(), takenAt: Timestamp, overridden: z.boolean().optional() });

/**
 * One entry of an item's history. `type` says what happened (submitted, decided, withdrawn,
 * signed, amended…); the other fields are there when that kind of event has them.
 */
export const HistoryEventSchema = z
  .object({
    type: z.string(),
    at: Timestamp,
    actor: ActorSchema.optional(),
    round: z.number().int().optional(),
    step: StepRefSchema.optional(),
    decision: z.optional(DecisionSchema),
    outcome: z.string().optional(),
    comment: z.string().optional(),
    reason: z.string().optional(),
    approvers: z.array(ActorSchema).optional(),
    pending: z.array(ActorSchema).optional(),
    receipt: ReceiptSchema.optional(),
    place: HeldPlaceSchema.optional(),
    // The office's events (shared/workflow/types.ts OfficeEvent) and a bounce's: what each kind adds.
    accepted: z.boolean().optional(),
    // The partner's answer through a link, and its reminders: to whom, how many.
    viaLink: z.literal(true).optional(),
    snapshotHash: z.string().optional(),
    contact: ActorSchema.optional(),
    count: z.number().int().optional(),
    reminders: z.number().int().optional(),
    actualStartDate: z.string().optional(),
    actualEndDate: z.string().optional(),
    arrivalDate: z.string().optional(),
    // A room given to an incoming student, or taken back (`room_cancelled`): the residence's name, the room, its dates.
    residence: z.string().optional(),
    room: z.string().optional(),
    from: z.string().optional(),
    to: z.string().optional(),
    // An incoming student's study plan (shared/workflow/study-plan.ts): which version, sent to whom.
    planVersion: z.number().int().optional(),
    newVersion: z.boolean().optional(),
    coordinator: ActorSchema.optional(),
    party: z.enum(['home', 'partner']).optional(),
    signature: z.object({ date: z.string(), signatoryName: z.string(), signatoryPosition: z.string() }).optional(),
    activated: z.boolean().optional(),
    daysLeft: z.number().optional(),
    endDate: z.string().optional(),
    noticeDate: z.string().optional(),
    effectiveDate: z.string().optional(),
    version: z.number().int().optional(),
    paths: z.array(z.string()).optional(),
    amendment: z.object({ id: z.string(), reference: z.string() }).optional(),
    amendmentReference: z.string().optional(),
    renewalReference: z.string().optional(),
    note: z.string().optional(),
    email: z.string().optional(),
    // An item imported from a file: where from.
    source: z.literal('import').optional(),
    fileName: z.string().optional(),
    fileHash: z.string().optional(),
    row: z.number().int().optional(),
    status: z.string().optional(),
    // The partner's EWP approval of our IIA: the hash, and the partner's ids where its file gave them.
    iiaHash: z.string().optional(),
    partnerHeiId: z.string().optional(),
    partnerIiaId: z.string().nullable().optional(),
    // The partner's signatory (partner-signing.ts): their answer, its receipt, the signed copy.
    answer: z.enum(['approve', 'request_changes']).optional(),
    approval: PartnerApprovalSchema.optional(),
    documentId: z.string().optional(),
  })
  .meta({ id: 'HistoryEvent', example: HISTORY_EVENT_EXAMPLES[0], examples: HISTORY_EVENT_EXAMPLES });

const commonFields = {
  id: z.string(),
  reference: z.string(),
  version: z.number().int().min(1),
  submitter: ActorSchema,
  review: ReviewSchema.optional(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
};

/** A room given to an incoming student: from the day of moving in to the day of leaving. */
const RoomAssignmentSchema = z
  .object({ residenceId: z.string(), room: z.string(), from: z.string(), to: z.string(), by: ActorSchema, at: Timestamp })
  .meta({ id: 'RoomAssignment', example: { residenceId: 'residence-1', room: '101', from: '2027-08-28', to: '2028-02-03', by: { email: 'office@uni.example', name: 'Malika Yusupova' }, at: NOW } });

export const ResidenceViewSchema = ResidenceSchema.check(z.meta({ id: 'Residence', example: RESIDENCE_EXAMPLE }));
export const ResidenceListSchema = z.array(ResidenceSchema).meta({ id: 'ResidenceList', example: [RESIDENCE_EXAMPLE] });

const OccupancySchema = z.object({ residenceId: z.string(), room: z.string(), beds: z.number().int(), stays: z.array(z.object({ nominationId: z.string(), from: z.string(), to: z.string() })) });

/**
 * A 409 from giving a room: `room_full` or `room_busy` with the room's occupancy (its beds and every
 * stay in it), `not_assignable` (the nomination's status), `no_room_assigned`, `residence_changed`
 * (the current residence), `rooms_in_use` (a residence edit leaving rooms with fewer beds than their
 * students: `rooms`), or `busy`.
 */
export const RoomConflictSchema = ApiErrorSchema.extend({
  error: z.enum(['room_full', 'room_busy', 'not_assignable', 'no_room_assigned', 'residence_changed', 'rooms_in_use', 'busy']),
  occupancy: OccupancySchema.optional(),
  rooms: z.array(OccupancySchema).optional().meta({ description: 'rooms_in_use: each room the edit would leave with fewer beds than students on a night' }),
  status: z.string().optional(),
  residence: z.optional(z.nullable(ResidenceSchema)),
}).meta({
  id: 'RoomConflict',
  example: {
    error: 'room_full',
    message: 'Room 102 of Student Residence No. 1 has no free bed for these dates',
    occupancy: { residenceId: 'residence-1', room: '102', beds: 1, stays: [{ nominationId: '01JD7Q3M8X', from: '2027-08-30', to: '2028-01-31' }] },
    requestId: REQUEST_ID,
  },
  examples: [
    {
      error: 'room_full',
      message: 'Room 102 of Student Residence No. 1 has no free bed for these dates',
      occupancy: { residenceId: 'residence-1', room: '102', beds: 1, stays: [{ nominationId: '01JD7Q3M8X', from: '2027-08-30', to: '2028-01-31' }] },
      requestId: REQUEST_ID,
    },
    {
      error: 'rooms_in_use',
      message: 'Room 101 would have fewer beds than the students staying in it',
      rooms: [{ residenceId: 'residence-1', room: '101', beds: 1, stays: [{ nominationId: '01JD9B2C4E6G8J0L2N4Q6S8U0W', from: '2027-08-28', to: '2028-02-03' }, { nominationId: '01JDB7K9M1P3R5T7V9X1Z3B5D7', from: '2027-09-01', to: '2028-01-31' }] }],
      requestId: REQUEST_ID,
    },
    { error: 'residence_changed', message: 'Someone changed this residence since you opened it; here is the current version', residence: RESIDENCE_EXAMPLE, requestId: REQUEST_ID },
    { error: 'not_assignable', message: 'A room is given to an incoming student once the partner accepted them', status: 'in_review', requestId: REQUEST_ID },
  ],
});

const NominationStatusSchema = z.enum(['draft', 'in_review', 'changes_requested', 'approved', 'rejected', 'withdrawn', 'accepted_by_partner', 'arrived', 'declined_by_partner', 'completed']);

export const NominationSchema = z
  .object({
    ...commonFields,
    kind: z.literal('nomination'),
    status: NominationStatusSchema,
    content: NominationInputSchema,
    place: HeldPlaceSchema.optional(),
    quotaOverride: z.object({ by: ActorSchema, reason: z.string(), at: Timestamp }).optional(),
    /** The partner's coordinator asked through a link: who, since when, how many reminders. */
    partnerRequest: z
      .object({ contact: ActorSchema.extend({ language: z.optional(LanguageSchema) }), sentAt: Timestamp, reminders: z.number().int(), nextReminderAt: Timestamp.optional(), escalatedAt: Timestamp.optional() })
      .optional(),
    /** `viaLink`: the partner's coordinator answered through their link; `snapshotHash`, of what they were shown. */
    partnerResponse: z
      .object({ accepted: z.boolean(), reason: z.string().optional(), by: ActorSchema, at: Timestamp, viaLink: z.literal(true).optional(), snapshotHash: z.string().optional() })
      .optional(),
    roomAssignment: RoomAssignmentSchema.optional(),
    completion: z.object({ actualStartDate: z.string(), actualEndDate: z.string(), certificateDocumentId: z.string().optional(), by: ActorSchema, at: Timestamp }).optional(),
    arrival: z.object({ date: z.string(), by: ActorSchema, at: Timestamp }).optional(),
    /** An incoming student's study plan, as the office's list shows it: where it stands, its version, the last approved, to whom it went. */
    studyPlan: z
      .object({
        status: z.enum(['draft', 'sent', 'approved', 'changes_requested']),
        current: z.number().int().meta({ description: 'The current version’s number' }),
        revision: z.number().int().meta({ description: 'The plan’s revision this summary is of' }),
        approvedVersion: z.number().int().optional().meta({ description: 'The newest version the coordinator approved' }),
        sentTo: ActorSchema.optional().meta({ description: 'The host faculty’s coordinator it was last sent to' }),
        unanswered: z.literal(true).optional().meta({ description: 'Sent, unanswered after every reminder; the office was told' }),
      })
      .optional()
      .meta({ id: 'StudyPlanSummary', example: STUDY_PLAN_SUMMARY_EXAMPLES[0], examples: STUDY_PLAN_SUMMARY_EXAMPLES }),
  })
  .meta({ id: 'Nomination', example: NOMINATION_ANSWER_EXAMPLES[0], examples: NOMINATION_ANSWER_EXAMPLES });

const SignatureSchema = z.object({ date: z.string(), signatoryName: z.string(), signatoryPosition: z.string(), recordedBy: ActorSchema, recordedAt: Timestamp });

export const AgreementSchema = z
  .object({
    ...commonFields,
    kind: z.literal('memorandum'),
    status: AgreementStatusSchema,
    content: MemorandumInputSchema,
    signatures: z.object({ home: SignatureSchema.optional(), partner: SignatureSchema.optional() }).optional(),
    termination: z.object({ reason: z.string(), noticeDate: z.string(), effectiveDate: z.string(), by: ActorSchema, at: Timestamp }).optional(),
    expiryRemindersSent: z.array(z.number()).optional(),
    activatedAt: Timestamp.optional(),
    renews: z.string().optional(),
    renewedBy: z.string().optional(),
    contentVersion: z.number().int().optional(),
    pendingAmendment: z.string().optional(),
    amends: z.string().optional(),
    /** The partner's EWP approval of our IIA's iia-hash, as the office recorded it from the partner's file. */
    ewpApproval: z.object({ iiaHash: z.string(), partnerHeiId: z.string(), partnerIiaId: z.string().nullable(), by: ActorSchema, at: Timestamp }).optional(),
    /** The text sent to the partner's signatory by link: the round, where it stands, their receipt or comment, the signed copy. */
    partnerSigning: z
      .object({
        round: z.number().int(),
        state: SigningStateSchema,
        contact: ActorSchema.extend({ language: z.optional(LanguageSchema) }),
        sentAt: Timestamp,
        snapshotHash: z.string(),
        contentVersion: z.number().int().optional(),
        reminders: z.number().int(),
        nextReminderAt: Timestamp.optional(),
        escalatedAt: Timestamp.optional(),
        changesRequested: z.object({ comment: z.string(), by: ActorSchema, at: Timestamp, snapshotHash: z.string() }).optional(),
        approval: PartnerApprovalSchema.optional(),
        signedCopy: z.object({ documentId: z.string(), fileName: z.string(), at: Timestamp }).optional(),
      })
      .optional(),
  })
  .meta({ id: 'Agreement', example: AGREEMENT_ANSWER_EXAMPLES[0], examples: AGREEMENT_ANSWER_EXAMPLES });

/**
 * An incoming student's invitation data as the office and the approvers read it, with what is
 * worth a look: `warnings` (a passport that runs out before the planned end of the stay) never
 * refuse anything, they are said beside the data, as the places left are beside a nomination.
 */
export const InvitationDataAnswerSchema = z
  .object({
    nationality: z.string(),
    dateOfBirth: z.string(),
    passportNumber: z.string(),
    passportExpiry: z.string(),
    updatedAt: Timestamp,
    warnings: z.array(z.object({ path: z.string(), message: z.string() })),
  })
  .meta({
    id: 'InvitationDataAnswer',
    example: {
      nationality: 'KZ',
      dateOfBirth: '2004-05-17',
      passportNumber: 'N12345678',
      passportExpiry: '2027-12-01',
      updatedAt: '2027-04-02T09:30:00.000Z',
      warnings: [{ path: 'passportExpiry', message: 'The passport expires before the planned end of the stay (2028-01-31); the visa cannot outlast it' }],
    },
  });

/** Places in the nomination's cell of its agreement, as a warning while in review; null when the agreement plans none. */
export const PlacesLeftSchema = z.object({ academicYear: z.string(), sender: z.string(), type: z.string(), planned: z.number(), used: z.number(), left: z.number() });

export const NominationListSchema = z.array(NominationSchema).meta({ id: 'NominationList', example: NOMINATION_ANSWER_EXAMPLES });
export const AgreementListSchema = z.array(AgreementSchema).meta({ id: 'AgreementList', example: AGREEMENT_ANSWER_EXAMPLES });

/**
 * The office's nominations list with what it left out: a screen shows the newest 200 that match,
 * `truncated` when there were more; `total`, how many match, where the server knows it (with an
 * academic year; without one, only the newest 200 nominations are looked through: null when cut).
 */
export const NominationRegistrySchema = z
  .object({
    nominations: NominationListSchema,
    truncated: z.boolean(),
    total: z.number().int().min(0).nullable(),
  })
  .meta({
    id: 'NominationRegistry',
    example: { nominations: NOMINATION_ANSWER_EXAMPLES, truncated: false, total: 3 },
    examples: [
      { nominations: NOMINATION_ANSWER_EXAMPLES, truncated: false, total: 3 },
      { nominations: NOMINATION_ANSWER_EXAMPLES.slice(0, 1), truncated: true, total: null },
    ],
  });

/** A nomination as submitted: with the places left in its cell (null when the agreement plans none). */
export const SubmittedNominationSchema = NominationSchema.extend({ places: PlacesLeftSchema.nullable() }).meta({
  id: 'SubmittedNomination',
  example: { ...NOMINATION_ANSWER_EXAMPLES[0], places: PLACES_LEFT_EXAMPLE },
  examples: [{ ...NOMINATION_ANSWER_EXAMPLES[0], places: PLACES_LEFT_EXAMPLE }, ...NOMINATION_ANSWER_EXAMPLES.slice(1).map((n) => ({ ...n, places: null }))],
});

/** One item with its history; a nomination also with the places left in its cell. */
export const NominationWithHistorySchema = NominationSchema.extend({ history: z.array(HistoryEventSchema), places: PlacesLeftSchema.nullable() }).meta({
  id: 'NominationWithHistory',
  example: { ...NOMINATION_ANSWER_EXAMPLES[1], history: INCOMING_HISTORY, places: null },
  examples: [
    { ...NOMINATION_ANSWER_EXAMPLES[1], history: INCOMING_HISTORY, places: null },
    { ...NOMINATION_ANSWER_EXAMPLES[0], history: INCOMING_HISTORY.slice(0, 2), places: PLACES_LEFT_EXAMPLE },
    { ...NOMINATION_ANSWER_EXAMPLES[2], history: HISTORY_EVENT_EXAMPLES, places: null },
  ],
});
export const AgreementWithHistorySchema = AgreementSchema.extend({ history: z.array(HistoryEventSchema) }).meta({
  id: 'AgreementWithHistory',
  example: { ...AGREEMENT_ANSWER_EXAMPLES[0], history: AGREEMENT_HISTORY },
  examples: [{ ...AGREEMENT_ANSWER_EXAMPLES[0], history: AGREEMENT_HISTORY }, ...AGREEMENT_ANSWER_EXAMPLES.slice(1).map((a) => ({ ...a, history: HISTORY_EVENT_EXAMPLES }))],
});

// ---- agreements after approval ------------------------------------------------------------

export const DormantAgreementListSchema = z
  .array(z.object({ id: z.string(), reference: z.string(), partnerId: z.string(), title: z.string(), lastMobilityAt: Timestamp, endDate: z.string().nullable() }))
  .meta({
    id: 'DormantAgreementList',
    example: [{ id: 'agr-osh-2024', reference: 'AGR-2024-0003', partnerId: 'osh-state-university', title: 'Osh State University, from 1 January 2024, open-ended', lastMobilityAt: '2025-06-30T10:00:00.000Z', endDate: null }],
  });

/** An edit of an agreement after approval: applied at once as a new version, or an amendment in review. */
export const AgreementChangeSchema = z
  .union([z.object({ applied: z.literal(true), agreement: AgreementSchema }), z.object({ applied: z.literal(false), amendment: AgreementSchema })])
  .meta({
    id: 'AgreementChange',
    example: { applied: true, agreement: AGREEMENT_ANSWER_EXAMPLES[0] },
    examples: [
      { applied: true, agreement: AGREEMENT_ANSWER_EXAMPLES[0] },
      { applied: false, amendment: AGREEMENT_ANSWER_EXAMPLES[2] },
    ],
  });

const FieldChangeSchema = z.object({ path: z.string(), from: z.unknown().optional(), to: z.unknown().optional() });

export const AgreementVersionListSchema = z
  .array(
    z.object({
      number: z.number().int().min(1),
      content: MemorandumInputSchema,
      at: Timestamp,
      by: ActorSchema,
      how: z.enum(['approved', 'edited', 'amendment', 'imported']),
      changes: z.array(FieldChangeSchema),
      note: z.string().optional(),
      /** The approved amendment that made this version (`how: 'amendment'`). */
      amendment: z.object({ id: z.string(), reference: z.string() }).optional(),
    }),
  )
  .meta({
    id: 'AgreementVersionList',
    example: [
      { number: 1, content: AGREEMENT_ANSWER_EXAMPLES[0].content, at: '2026-11-28T09:00:00.000Z', by: OFFICE, how: 'approved', changes: [] },
      {
        number: 2,
        content: { ...AGREEMENT_ANSWER_EXAMPLES[0].content, coordinator: { name: 'Nodira Alimova', email: 'iro@uni.example' } },
        at: '2027-03-10T09:00:00.000Z',
        by: OFFICE,
        how: 'edited',
        changes: [{ path: 'coordinator.name', from: 'Aziz Rakhimov', to: 'Nodira Alimova' }, { path: 'coordinator.email', from: 'faculty@uni.example', to: 'iro@uni.example' }],
        note: 'The coordinator moved to the Faculty of Chemistry.',
      },
      {
        number: 3,
        content: AGREEMENT_ANSWER_EXAMPLES[2].content,
        at: '2027-05-20T09:00:00.000Z',
        by: OFFICE,
        how: 'amendment',
        changes: [{ path: 'cooperationConditions.0.mobilitiesPerYear', from: 4, to: 6 }],
        amendment: { id: 'agr-wust-2027-a2', reference: 'AGR-2027-0023' },
      },
    ],
  });

export const VersionDiffSchema = z
  .object({ from: z.number().int(), to: z.number().int(), changes: z.array(FieldChangeSchema) })
  .meta({ id: 'VersionDiff', example: { from: 1, to: 2, changes: [{ path: 'cooperationConditions.0.mobilitiesPerYear', from: 4, to: 6 }] } });

export const PlacesTableSchema = z
  .array(PlaceCellSchema.extend({ planned: z.number(), used: z.number(), left: z.number(), overridden: z.number() }))
  .meta({
    id: 'PlacesTable',
    example: [{ academicYear: '2027/2028', sender: 'home', type: 'student_studies', planned: 4, used: 1, left: 3, overridden: 0 }],
  });

// ---- documents ----------------------------------------------------------------------------

/** An uploaded transcript, a file declared and not yet uploaded, and one whose bytes were not what was declared. */
const DOCUMENT_EXAMPLES = [
  {
    id: '01JCZ3Q8X0ABCDEF',
    entity: { kind: 'nomination', id: 'n-01JCZ3' },
    kind: 'transcript',
    fileName: 'transcript-2026.pdf',
    contentType: 'application/pdf',
    size: 182_340,
    status: 'uploaded',
    uploadedBy: FACULTY_MEMBER,
    createdAt: NOW,
    uploadedAt: NOW,
  },
  {
    id: '01JD2K7M9P1R3T5V7X9Z1B3D5F',
    entity: { kind: 'memorandum', id: 'agr-wust-2027' },
    kind: 'signed',
    fileName: 'MoU WUST (signed).pdf',
    contentType: 'application/pdf',
    size: 2_318_112,
    status: 'pending',
    uploadedBy: OFFICE,
    createdAt: NOW,
  },
  {
    id: '01JD2M1Q3S5U7W9Y1A3C5E7G9J',
    entity: { kind: 'activity', id: '3f1c2b7e-8a4d-4c55-9a0e-2d6b1f7c9e10' },
    kind: 'programme',
    fileName: 'Lecture programme.pdf',
    contentType: 'application/pdf',
    size: 318_204,
    status: 'rejected',
    uploadedBy: FACULTY_MEMBER,
    createdAt: NOW,
    rejectedReason: 'The file does not start like a PDF file',
  },
];

export const AttachedDocumentSchema = z
  .object({
    id: z.string(),
    entity: z.object({ kind: z.enum(['nomination', 'memorandum', 'activity']), id: z.string() }),
    kind: z.string(),
    fileName: z.string(),
    contentType: z.string(),
    size: z.number().int().min(0),
    status: z.enum(['pending', 'uploaded', 'rejected']),
    uploadedBy: ActorSchema,
    createdAt: Timestamp,
    uploadedAt: Timestamp.optional(),
    rejectedReason: z.string().optional(),
  })
  .meta({
    id: 'AttachedDocument',
    example: {
      id: '01JCZ3Q8X0ABCDEF',
      entity: { kind: 'nomination', id: 'n-01JCZ3' },
      kind: 'transcript',
      fileName: 'transcript-2026.pdf',
      contentType: 'application/pdf',
      size: 182_340,
      status: 'uploaded',
      uploadedBy: { email: 'faculty@uni.example', name: 'Aziz Rakhimov' },
      createdAt: NOW,
      uploadedAt: NOW,
    },
    examples: DOCUMENT_EXAMPLES,
  });
export const DocumentListSchema = z.array(AttachedDocumentSchema).meta({ id: 'DocumentList', example: DOCUMENT_EXAMPLES });

/** A declared document and the one PUT that may store it: send exactly these headers. */
export const UploadTicketSchema = z
  .object({
    document: AttachedDocumentSchema,
    upload: z.object({ url: z.url(), method: z.literal('PUT'), headers: z.record(z.string(), z.string()), expiresAt: Timestamp }),
  })
  .meta({
    id: 'UploadTicket',
    example: {
      document: DOCUMENT_EXAMPLES[1],
      upload: {
        url: 'https://documents.example/documents/AGR/agr-wust-2027/01JD2K7M9P1R3T5V7X9Z1B3D5F?X-Amz-Expires=900&X-Amz-Signature=8c1e',
        method: 'PUT',
        headers: { 'content-type': 'application/pdf', 'content-length': '2318112' },
        expiresAt: '2026-11-20T09:45:00.000Z',
      },
    },
  });

// ---- the approver's link ------------------------------------------------------------------

/** Aruzhan Serikova's nomination as the dean of economics' link shows it, her invitation data with it. */
const INCOMING_PREVIEW = {
  kind: 'nomination',
  reference: 'NOM-2026-0057',
  status: 'in_review',
  summary: {
    title: 'Aruzhan Serikova, incoming from L.N. Gumilyov Eurasian National University, 2027/2028 first semester',
    titles: {
      en: 'Aruzhan Serikova, incoming from L.N. Gumilyov Eurasian National University, 2027/2028 first semester',
      ru: 'Аружан Серикова, входящая мобильность из Евразийского национального университета имени Л.Н. Гумилёва, 2027/2028, первый семестр',
      uz: 'Aruzhan Serikova, L.N. Gumilyov nomidagi Yevrosiyo milliy universitetidan, 2027/2028, birinchi semestr',
    },
    submitter: OFFICE,
    partner: { id: 'enu-gumilyov', name: 'L.N. Gumilyov Eurasian National University', names: { ru: 'Евразийский национальный университет имени Л.Н. Гумилёва', kk: 'Л.Н. Гумилев атындағы Еуразия ұлттық университеті' }, country: 'KZ', city: 'Astana' },
    labels: {
      faculty: 'Faculty of Economics',
      department: 'Department of World Economy',
      agreement: 'AGR-2023-0011',
      names: { faculty: { ru: 'Экономический факультет', uz: 'Iqtisodiyot fakulteti' }, department: { ru: 'Кафедра мировой экономики', uz: 'Jahon iqtisodiyoti kafedrasi' } },
    },
    content: NOMINATION_ANSWER_EXAMPLES[1].content,
  },
  step: { index: 1, id: 'faculty', role: 'dean', policy: 'any', dueAt: '2026-04-06T11:00:00.000Z', of: 3 },
  approver: { email: 'dean.economics@uni.example', name: 'Jamshid Usmonov' },
  snapshotHash: HASH,
  choices: ['approve', 'reject', 'request_changes'],
  history: INCOMING_HISTORY.slice(0, 2),
  documents: [{ id: '01JD3A5C7E9G1J3L5N7Q9S1U3W', kind: 'transcript', fileName: 'Serikova transcript.pdf', contentType: 'application/pdf', size: 214_880, uploadedAt: '2026-04-02T09:10:00.000Z' }],
  invitationData: {
    nationality: 'KZ',
    dateOfBirth: '2005-03-11',
    passportNumber: 'N14725836',
    passportExpiry: '2031-06-30',
    updatedAt: '2026-04-02T09:05:00.000Z',
    warnings: [],
  },
  expiresAt: '2026-04-10T11:00:00.000Z',
};

/** A memorandum whose partner faculty proposed, opened by the rector after someone else decided the step. */
const MEMORANDUM_PREVIEW_CLOSED = {
  kind: 'memorandum',
  reference: 'AGR-2026-0044',
  status: 'in_review',
  summary: {
    title: 'Memorandum with Tajik Technical University (proposed), 2027–2031',
    titles: { en: 'Memorandum with Tajik Technical University (proposed), 2027–2031', ru: 'Меморандум с Таджикским техническим университетом (предложен), 2027–2031', uz: 'Tojikiston texnika universiteti bilan memorandum (taklif etilgan), 2027–2031' },
    submitter: FACULTY_MEMBER,
    partner: { id: 'tajik-technical-university', name: 'Tajik Technical University', names: { ru: 'Таджикский технический университет имени академика М.С. Осими' }, country: 'TJ', city: 'Dushanbe', proposed: true },
    labels: { faculty: 'Faculty of Physics' },
    content: { ...AGREEMENT_ANSWER_EXAMPLES[0].content, partnerId: 'tajik-technical-university' },
  },
  step: { index: 2, id: 'rector', role: 'rector', policy: 'any', of: 3 },
  approver: { email: 'rector@uni.example', name: 'Rustam Nazarov' },
  snapshotHash: HASH,
  choices: [],
  history: [],
  documents: [],
  closed: { status: 'in_review', decidedBy: 'vicerector@uni.example', decidedByName: 'Dilshod Ergashev', decision: 'request_changes', at: NOW, comment: 'Name the laboratory’s equipment each side brings.' },
  expiresAt: '2026-11-27T09:30:00.000Z',
};

/** The item as the approver's link shows it: read-only, with the choices this link still has. */
export const PreviewSchema = z
  .object({
    kind: z.enum(['nomination', 'memorandum']),
    reference: z.string(),
    status: z.string(),
    summary: z.object({
      title: z.string(),
      titles: z.object({ en: z.string(), ru: z.string(), uz: z.string() }),
      submitter: ActorSchema,
      partner: z
        .object({ id: z.string(), name: z.string(), names: z.record(z.string(), z.string()), country: CountryCodeSchema, city: z.string().optional(), proposed: z.literal(true).optional() })
        .optional(),
      labels: z.object({
        faculty: z.string().optional(),
        department: z.string().optional(),
        agreement: z.string().optional(),
        names: z.object({ faculty: z.record(z.string(), z.string()).optional(), department: z.record(z.string(), z.string()).optional() }).optional(),
      }),
      content: z.union([NominationInputSchema, MemorandumInputSchema]),
    }),
    step: z.object({ index: z.number().int(), id: z.string(), role: z.string(), policy: z.string(), dueAt: Timestamp.optional(), of: z.number().int() }),
    approver: ActorSchema,
    snapshotHash: z.string().regex(/^[0-9a-f]{64}$/),
    choices: z.array(DecisionSchema),
    history: z.array(HistoryEventSchema),
    documents: z.array(AttachedDocumentSchema.pick({ id: true, kind: true, fileName: true, contentType: true, size: true, uploadedAt: true })),
    /** An incoming student's invitation data, when given: the approver decides on the person (never in the email, only here). */
    invitationData: InvitationDataAnswerSchema.optional(),
    /** Present when this link can no longer decide: who decided what and when. */
    closed: z
      .object({ status: z.string().optional(), decidedBy: z.string().optional(), decidedByName: z.string().optional(), decision: z.string().optional(), at: Timestamp.optional(), comment: z.string().optional() })
      .optional(),
    expiresAt: Timestamp,
  })
  .meta({
    id: 'Preview',
    example: INCOMING_PREVIEW,
    examples: [INCOMING_PREVIEW, MEMORANDUM_PREVIEW_CLOSED],
  });

/** What a decision recorded: the item's new status, and the receipt of what the approver was shown. */
export const DecisionAnswerSchema = z
  .object({
    status: z.string(),
    kind: z.enum(['nomination', 'memorandum']),
    reference: z.string(),
    version: z.number().int(),
    decision: DecisionSchema,
    decidedBy: z.string(),
    at: Timestamp,
    outcome: z.string().optional(),
    receipt: ReceiptSchema.optional(),
  })
  .meta({
    id: 'DecisionAnswer',
    example: { status: 'in_review', kind: 'nomination', reference: 'NOM-2026-0042', version: 3, decision: 'approve', decidedBy: 'head.physics@uni.example', at: NOW, outcome: 'advanced' },
    examples: [
      { status: 'in_review', kind: 'nomination', reference: 'NOM-2026-0042', version: 3, decision: 'approve', decidedBy: 'head.physics@uni.example', at: NOW, outcome: 'advanced' },
      {
        status: 'changes_requested',
        kind: 'memorandum',
        reference: 'AGR-2026-0044',
        version: 4,
        decision: 'request_changes',
        decidedBy: 'vicerector@uni.example',
        at: NOW,
        outcome: 'changes_requested',
        receipt: { email: 'vicerector@uni.example', name: 'Dilshod Ergashev', role: 'vice_rector', decision: 'request_changes', comment: 'Name the laboratory’s equipment each side brings.', at: NOW, snapshotHash: HASH },
      },
    ],
  });

// ---- the partner coordinator's link --------------------------------------------------------

/** What the partner's coordinator is shown: no more personal data than the answer needs (shared/workflow/partner-answer.ts). */
const PartnerSideNominationSchema = z.object({
  reference: z.string(),
  university: z.string(),
  partner: z.object({ name: z.string() }),
  agreement: z.object({ reference: z.string() }).optional(),
  nominee: z.object({ name: z.string(), role: z.string(), studyLevel: z.string(), faculty: z.string().optional() }),
  mobility: z.object({
    direction: z.string(),
    programme: z.string(),
    mobilityType: z.string(),
    format: z.string().optional(),
    academicYear: z.string(),
    period: z.string(),
    plannedStartDate: z.string().optional(),
    plannedEndDate: z.string().optional(),
    language: z.object({ code: z.string(), level: z.string() }),
    subject: z.string().optional(),
  }),
});

/** Farrukh Saidov's teaching as Osh State University's coordinator is asked about it. */
const NOMINATION_PARTNER_PREVIEW = {
  kind: 'nomination',
  reference: 'NOM-2027-0008',
  status: 'approved',
  nomination: {
    reference: 'NOM-2027-0008',
    university: 'Demo State University',
    partner: { name: 'Osh State University' },
    agreement: { reference: 'AGR-2024-0003' },
    nominee: { name: 'Farrukh Saidov', role: 'academic_staff', studyLevel: 'none', faculty: 'Faculty of Physics' },
    mobility: {
      direction: 'outgoing',
      programme: 'bilateral',
      mobilityType: 'teaching',
      format: 'blended',
      academicYear: '2027/2028',
      period: 'second_semester',
      plannedStartDate: '2028-03-01',
      plannedEndDate: '2028-04-30',
      language: { code: 'ru', level: 'C2' },
      subject: 'Solid-state physics: thin films',
    },
  },
  contact: { email: 'mobility@oshsu.example.org', name: 'Aida Mamytova' },
  snapshotHash: HASH,
  choices: ['accept', 'decline'],
  expiresAt: '2027-10-23T08:00:00.000Z',
};

const NominationPartnerPreviewSchema = z
  .object({
    kind: z.literal('nomination'),
    reference: z.string(),
    status: z.string(),
    nomination: PartnerSideNominationSchema,
    contact: ActorSchema,
    snapshotHash: z.string().regex(/^[0-9a-f]{64}$/),
    choices: z.array(z.enum(['accept', 'decline'])),
    /** Present when this link can no longer answer: who answered what and when, or what became of the nomination. */
    closed: z
      .object({
        status: z.string().optional(),
        decidedBy: z.string().optional(),
        decidedByName: z.string().optional(),
        decision: z.string().optional(),
        accepted: z.boolean().optional(),
        answeredBy: z.enum(['partner', 'office']).optional(),
        at: Timestamp.optional(),
      })
      .optional(),
    expiresAt: Timestamp,
  })
  .meta({
    id: 'NominationPartnerPreview',
    example: NOMINATION_PARTNER_PREVIEW,
    examples: [
      NOMINATION_PARTNER_PREVIEW,
      {
        ...NOMINATION_PARTNER_PREVIEW,
        status: 'accepted_by_partner',
        choices: [],
        closed: { status: 'accepted_by_partner', decidedBy: 'office', decidedByName: 'Nodira Alimova', decision: 'accept', accepted: true, answeredBy: 'office', at: '2027-10-25T10:00:00.000Z' },
      },
    ],
  });

/** The memorandum with WUST as its President's link showed it, sent again after a change they asked for. */
const SIGNATORY_PREVIEW = {
  kind: 'memorandum',
  reference: 'AGR-2026-0031',
  status: 'approved',
  memorandum: { reference: 'AGR-2026-0031', university: 'Demo State University', partner: { name: 'Wuhan University of Science and Technology', country: 'CN' }, content: AGREEMENT_ANSWER_EXAMPLES[0].content, contentVersion: 2 },
  contact: { email: 'president@wust.example.org', name: 'Zhang Min' },
  snapshotHash: HASH,
  choices: ['approve', 'request_changes'],
  signing: { state: 'awaiting', changesRequested: { comment: 'Article 2: four students a year, not three.', at: '2026-11-24T02:00:00.000Z' }, canUpload: false },
  expiresAt: '2026-12-15T08:00:00.000Z',
};

/** What a partner signatory's link shows: the exact text of the memorandum sent, its hash, and what the link can still do. */
const SignatoryPreviewSchema = z
  .object({
    kind: z.literal('memorandum'),
    reference: z.string(),
    status: z.string(),
    memorandum: z.object({
      reference: z.string(),
      university: z.string(),
      partner: z.object({ name: z.string(), country: z.string().optional() }),
      content: MemorandumInputSchema,
      contentVersion: z.number().int().optional(),
    }),
    contact: ActorSchema,
    snapshotHash: z.string().regex(/^[0-9a-f]{64}$/),
    choices: z.array(z.enum(['approve', 'request_changes'])),
    signing: z.object({
      state: SigningStateSchema,
      approval: PartnerApprovalSchema.optional(),
      changesRequested: z.object({ comment: z.string(), at: Timestamp }).optional(),
      signedCopy: z.object({ fileName: z.string(), at: Timestamp }).optional(),
      canUpload: z.boolean(),
    }),
    closed: z.record(z.string(), z.unknown()).optional(),
    expiresAt: Timestamp,
  })
  .meta({
    id: 'SignatoryPreview',
    example: SIGNATORY_PREVIEW,
    examples: [
      SIGNATORY_PREVIEW,
      {
        ...SIGNATORY_PREVIEW,
        status: 'active',
        choices: [],
        signing: {
          state: 'signed',
          approval: { email: 'president@wust.example.org', name: 'Zhang Min', position: 'President', at: '2026-12-09T03:12:00.000Z', snapshotHash: HASH, contentVersion: 2 },
          signedCopy: { fileName: 'MoU WUST signed.pdf', at: '2026-12-15T02:30:00.000Z' },
          canUpload: false,
        },
        closed: { status: 'active', at: '2027-01-01T00:00:00.000Z' },
      },
    ],
  });

/** A partner link's preview: a nomination for the partner's coordinator, or a memorandum's text for its signatory (`kind`). */
export const PartnerPreviewSchema = z
  .discriminatedUnion('kind', [NominationPartnerPreviewSchema, SignatoryPreviewSchema])
  .meta({ id: 'PartnerPreview', example: NOMINATION_PARTNER_PREVIEW, examples: [NOMINATION_PARTNER_PREVIEW, SIGNATORY_PREVIEW] });

/** What the signatory's answer recorded; an approval carries their receipt. */
export const SignatoryAnswerResultSchema = z
  .object({ status: z.string(), reference: z.string(), answer: z.enum(['approve', 'request_changes']), decidedBy: z.string(), at: Timestamp, snapshotHash: z.string(), receipt: PartnerApprovalSchema.optional() })
  .meta({
    id: 'SignatoryAnswerResult',
    example: {
      status: 'approved',
      reference: 'AGR-2026-0007',
      answer: 'approve',
      decidedBy: 'rector@oshsu.example.org',
      at: NOW,
      snapshotHash: '3f0a1c9e5b7d2f4a6c8e0b1d3f5a7c9e1b3d5f7a9c1e3b5d7f9a1c3e5b7d9f1a',
      receipt: { email: 'rector@oshsu.example.org', name: 'Kanybek Izakov', position: 'Rector', at: NOW, snapshotHash: '3f0a1c9e5b7d2f4a6c8e0b1d3f5a7c9e1b3d5f7a9c1e3b5d7f9a1c3e5b7d9f1a' },
    },
    examples: [
      {
        status: 'approved',
        reference: 'AGR-2026-0007',
        answer: 'approve',
        decidedBy: 'rector@oshsu.example.org',
        at: NOW,
        snapshotHash: HASH,
        receipt: { email: 'rector@oshsu.example.org', name: 'Kanybek Izakov', position: 'Rector', at: NOW, snapshotHash: HASH },
      },
      {
        status: 'approved',
        reference: 'AGR-2026-0031',
        answer: 'approve',
        decidedBy: 'president@wust.example.org',
        at: '2026-12-09T03:12:00.000Z',
        snapshotHash: HASH,
        receipt: { email: 'president@wust.example.org', name: 'Zhang Min', position: 'President', at: '2026-12-09T03:12:00.000Z', snapshotHash: HASH, contentVersion: 2 },
      },
      { status: 'approved', reference: 'AGR-2027-0004', answer: 'request_changes', decidedBy: 'rector@enu.example.org', at: '2027-02-25T05:10:00.000Z', snapshotHash: HASH },
    ],
  });

/** The signed copy checked and the partner's signature recorded from it (and the agreement in force, when the home one was there). */
export const SignedCopyResultSchema = z
  .object({
    status: z.string(),
    reference: z.string(),
    signature: z.object({ date: z.string(), signatoryName: z.string(), signatoryPosition: z.string() }),
    activated: z.boolean(),
    document: AttachedDocumentSchema,
  })
  .meta({
    id: 'SignedCopyResult',
    example: {
      status: 'active',
      reference: 'AGR-2026-0031',
      signature: { date: '2026-12-14', signatoryName: 'Zhang Min', signatoryPosition: 'President' },
      activated: true,
      document: { ...DOCUMENT_EXAMPLES[1], status: 'uploaded', uploadedBy: { email: 'president@wust.example.org', name: 'Zhang Min' }, uploadedAt: '2026-12-15T02:30:00.000Z' },
    },
  });

/** What the partner's answer recorded, with the hash of what they were shown (their receipt). */
export const PartnerAnswerResultSchema = z
  .object({ status: z.string(), reference: z.string(), answer: z.enum(['accept', 'decline']), decidedBy: z.string(), at: Timestamp, snapshotHash: z.string() })
  .meta({
    id: 'PartnerAnswerResult',
    example: {
      status: 'accepted_by_partner',
      reference: 'NOM-2026-0042',
      answer: 'accept',
      decidedBy: 'anna.kowalska@uw.example',
      at: NOW,
      snapshotHash: '3f0a1c9e5b7d2f4a6c8e0b1d3f5a7c9e1b3d5f7a9c1e3b5d7f9a1c3e5b7d9f1a',
    },
  });

// ---- reports ------------------------------------------------------------------------------

const GroupsSchema = z.record(z.string(), z.string());

/** Mobilities counted per year and per combination of the asked dimensions, with person-months. */
export const MobilityStatisticsSchema = z
  .object({
    period: z.enum(['academic', 'calendar']),
    years: z.array(z.string()),
    by: z.array(z.string()),
    /** The statuses counted: by default those that count in the office's figures. */
    statuses: z.array(z.string()),
    /** Only these faculties (a dean's own, or the one asked for); absent: the whole university. */
    faculties: z.array(z.string()).optional(),
    rows: z.array(z.object({ year: z.string(), groups: GroupsSchema, count: z.number().int(), months: z.number() })),
    total: z.object({ count: z.number().int(), months: z.number() }),
  })
  .meta({
    id: 'MobilityStatistics',
    example: {
      period: 'academic',
      years: ['2026/2027'],
      by: ['direction', 'role'],
      statuses: ['approved', 'accepted_by_partner', 'completed'],
      rows: [
        { year: '2026/2027', groups: { direction: 'incoming', role: 'student' }, count: 3, months: 15 },
        { year: '2026/2027', groups: { direction: 'outgoing', role: 'academic_staff' }, count: 2, months: 1.5 },
        { year: '2026/2027', groups: { direction: 'outgoing', role: 'student' }, count: 12, months: 60 },
      ],
      total: { count: 17, months: 76.5 },
    },
    examples: [
      {
        period: 'academic',
        years: ['2026/2027'],
        by: ['direction', 'role'],
        statuses: ['approved', 'accepted_by_partner', 'completed'],
        rows: [
          { year: '2026/2027', groups: { direction: 'incoming', role: 'student' }, count: 3, months: 15 },
          { year: '2026/2027', groups: { direction: 'outgoing', role: 'academic_staff' }, count: 2, months: 1.5 },
          { year: '2026/2027', groups: { direction: 'outgoing', role: 'student' }, count: 12, months: 60 },
        ],
        total: { count: 17, months: 76.5 },
      },
      {
        period: 'calendar',
        years: ['2026', '2027'],
        by: ['format'],
        statuses: ['completed'],
        faculties: ['physics'],
        rows: [
          { year: '2026', groups: { format: 'physical' }, count: 4, months: 18 },
          { year: '2027', groups: { format: 'blended' }, count: 1, months: 2 },
          { year: '2027', groups: { format: 'virtual' }, count: 2, months: 0.5 },
        ],
        total: { count: 7, months: 20.5 },
      },
    ],
  });

const ExpiringAgreementSchema = z.object({
  id: z.string(),
  reference: z.string(),
  partner: z.string(),
  country: z.string(),
  kind: z.string(),
  faculty: z.string(),
  endsOn: z.string(),
  daysLeft: z.number().int(),
});

/** Agreements in force on a day or signed per year, counted by the dimensions; or those expiring soon. */
export const AgreementStatisticsSchema = z
  .object({
    view: z.enum(['in_force', 'signed', 'expiring', 'ended']),
    at: z.string().optional(),
    years: z.array(z.string()).optional(),
    by: z.array(z.string()),
    faculties: z.array(z.string()).optional(),
    /** Grouped by scope, an agreement counts under each of its scopes: those rows may add up to more than the total. */
    rows: z.array(z.object({ year: z.string().optional(), groups: GroupsSchema, count: z.number().int() })),
    total: z.number().int(),
    /** view=expiring: the agreements, soonest first; view=ended: those that ended, earliest first (`daysLeft` below 0: days since). */
    agreements: z.array(ExpiringAgreementSchema).optional(),
  })
  .meta({
    id: 'AgreementStatistics',
    example: {
      view: 'in_force',
      at: '2026-12-31',
      by: ['country'],
      rows: [
        { groups: { country: 'CN' }, count: 1 },
        { groups: { country: 'KG' }, count: 2 },
        { groups: { country: 'KZ' }, count: 2 },
      ],
      total: 5,
    },
    examples: [
      {
        view: 'in_force',
        at: '2026-12-31',
        by: ['country'],
        rows: [
          { groups: { country: 'CN' }, count: 1 },
          { groups: { country: 'KG' }, count: 2 },
          { groups: { country: 'KZ' }, count: 2 },
        ],
        total: 5,
      },
      { view: 'signed', years: ['2025', '2026'], by: ['kind'], faculties: ['physics'], rows: [{ year: '2025', groups: { kind: 'cooperation_agreement' }, count: 1 }, { year: '2026', groups: { kind: 'academic_mobility_agreement' }, count: 1 }], total: 2 },
      {
        view: 'expiring',
        at: '2026-11-20',
        by: [],
        rows: [{ groups: {}, count: 1 }],
        total: 1,
        agreements: [{ id: 'agr-knu-2021', reference: 'AGR-2021-0005', partner: 'Kyrgyz National University named after J. Balasagyn', country: 'KG', kind: 'academic_mobility_agreement', faculty: 'economics', endsOn: '2027-02-28', daysLeft: 100 }],
      },
    ],
  });

const PLACES_USE_EXAMPLE = {
  years: ['2026/2027'],
  rows: [{ agreement: 'agr-osh-2024', reference: 'AGR-2024-0003', partner: 'osh-state-university', academicYear: '2026/2027', sender: 'home', type: 'student_studies', planned: 4, used: 3 }],
};

export const PlacesUseSchema = z
  .object({
    years: z.array(z.string()),
    faculties: z.array(z.string()).optional(),
    rows: z.array(
      z.object({ agreement: z.string(), reference: z.string(), partner: z.string(), academicYear: z.string(), sender: z.enum(['home', 'partner']), type: z.string(), planned: z.number().int(), used: z.number().int() }),
    ),
  })
  .meta({
    id: 'PlacesUse',
    example: PLACES_USE_EXAMPLE,
    examples: [PLACES_USE_EXAMPLE, { ...PLACES_USE_EXAMPLE, faculties: ['physics'] }],
  });

const EXCHANGE_BALANCE_EXAMPLE = {
  period: 'academic',
  years: ['2026/2027'],
  rows: [{ partner: 'osh-state-university', country: 'KG', year: '2026/2027', outgoing: 4, incoming: 1, balance: -3, outgoingMonths: 20, incomingMonths: 5 }],
};

export const ExchangeBalanceSchema = z
  .object({
    period: z.enum(['academic', 'calendar']),
    years: z.array(z.string()),
    faculties: z.array(z.string()).optional(),
    rows: z.array(
      z.object({
        partner: z.string(),
        country: z.string(),
        year: z.string(),
        outgoing: z.number().int(),
        incoming: z.number().int(),
        /** Incoming minus outgoing: below zero, the university sends more than it receives. */
        balance: z.number().int(),
        outgoingMonths: z.number(),
        incomingMonths: z.number(),
      }),
    ),
  })
  .meta({
    id: 'ExchangeBalance',
    example: EXCHANGE_BALANCE_EXAMPLE,
    examples: [EXCHANGE_BALANCE_EXAMPLE, { ...EXCHANGE_BALANCE_EXAMPLE, faculties: ['economics'] }],
  });

const FlowSchema = z.object({ outgoing: z.number().int(), incoming: z.number().int() });

const YEARLY_FIGURES_EXAMPLE = {
  year: '2026',
  period: 'calendar',
  memoranda: { signed: 2, inForceAtEnd: 5 },
  countries: ['CN', 'KG', 'KZ'],
  students: { outgoing: 12, incoming: 3 },
  staff: { teaching: { outgoing: 2, incoming: 1 }, training: { outgoing: 1, incoming: 0 } },
  byProgramme: [
    { programme: 'bilateral', students: { outgoing: 10, incoming: 3 }, staff: { outgoing: 3, incoming: 1 } },
    { programme: 'erasmus_plus', students: { outgoing: 2, incoming: 0 }, staff: { outgoing: 0, incoming: 0 } },
  ],
};

/** The figures an office puts in its yearly report, as one answer. */
export const YearlyFiguresSchema = z
  .object({
    year: z.string(),
    period: z.enum(['academic', 'calendar']),
    faculties: z.array(z.string()).optional(),
    memoranda: z.object({ signed: z.number().int(), inForceAtEnd: z.number().int() }),
    countries: z.array(z.string()),
    students: FlowSchema,
    staff: z.object({ teaching: FlowSchema, training: FlowSchema }),
    byProgramme: z.array(z.object({ programme: z.string(), students: FlowSchema, staff: FlowSchema })),
  })
  .meta({
    id: 'YearlyFigures',
    example: YEARLY_FIGURES_EXAMPLE,
    examples: [YEARLY_FIGURES_EXAMPLE, { ...YEARLY_FIGURES_EXAMPLE, faculties: ['physics'] }],
  });

// ---- exports ------------------------------------------------------------------------------

/**
 * A table as a file: CSV (UTF-8 with a byte-order mark, RFC 4180) or XLSX (one sheet, the first
 * row its column names). A cell that would start a formula (`=`, `+`, `-`, `@`, tab, CR) is
 * prefixed with `'` in CSV and written as text in XLSX.
 */
/** The media types an export comes in: CSV (UTF-8 with a BOM) or an Excel workbook. */
export { CSV_TYPE, XLSX_TYPE };
export const EXPORT_MEDIA_TYPES = [CSV_TYPE, XLSX_TYPE] as const;

export const ExportFileSchema = z
  .string()
  .meta({ id: 'ExportFile', description: 'The file itself (text/csv or application/vnd.openxmlformats-officedocument.spreadsheetml.sheet)', example: '\uFEFFreference,status,partner\r\nAGR-2024-0003,active,Osh State University\r\n' });

/** The memorandum's text (GET /agreements/{id}/memorandum.docx and .pdf): bytes, not JSON. */
export const MemorandumFileSchema = z.string().meta({
  id: 'MemorandumFile',
  description:
    'The memorandum as a DOCX (application/vnd.openxmlformats-officedocument.wordprocessingml.document) or PDF (application/pdf) file: English beside Russian or Uzbek, and at the foot of every page the SHA-256 its approval receipts record (also in the `Memorandum-Hash` header)',
  format: 'binary',
});

export const InvitationLetterFileSchema = z.string().meta({
  id: 'InvitationLetterFile',
  description: 'An incoming student’s invitation letter as a PDF (application/pdf): English beside Russian or Uzbek, for the office to sign and send',
  format: 'binary',
});

/** A template in force: the office's upload, or the built-in one when none is uploaded. */
export const TemplateViewSchema = z
  .object({
    document: z.enum(['memorandum', 'invitation']),
    language: LanguageSchema,
    source: z.enum(['uploaded', 'built_in']),
    updatedAt: z.string().optional(),
    updatedBy: z.string().optional(),
    template: z.record(z.string(), z.unknown()),
  })
  .meta({
    id: 'TemplateView',
    example: {
      document: 'invitation',
      language: 'en',
      source: 'built_in',
      template: { language: 'en', languageName: 'English', title: 'Invitation letter', subtitle: 'No. {{nomination.reference}} of {{letter.date}}', paragraphs: ['{{university.name}} invites {{student.name}} …', '{{signature}}'], words: { room: 'room', office: 'International Relations Office', signature: 'Signature', date: 'Date', footer: 'Invitation letter', page: 'Page' } },
    },
    examples: [
      {
        document: 'invitation',
        language: 'en',
        source: 'built_in',
        template: { language: 'en', languageName: 'English', title: 'Invitation letter', subtitle: 'No. {{nomination.reference}} of {{letter.date}}', paragraphs: ['{{university.name}} invites {{student.name}} …', '{{signature}}'], words: { room: 'room', office: 'International Relations Office', signature: 'Signature', date: 'Date', footer: 'Invitation letter', page: 'Page' } },
      },
      {
        document: 'invitation',
        language: 'ru',
        source: 'uploaded',
        updatedAt: NOW,
        updatedBy: 'iro@uni.example',
        template: { language: 'ru', languageName: 'Русский', title: 'Приглашение', subtitle: '№ {{nomination.reference}} от {{letter.date}}', paragraphs: ['{{university.name}} приглашает {{student.name}} …', '{{signature}}'], words: { room: 'комната', office: 'Отдел международных связей', signature: 'Подпись', date: 'Дата', footer: 'Приглашение', page: 'Стр.' } },
      },
    ],
  });

// ---- imports ------------------------------------------------------------------------------

/**
 * A problem of an import file, by row (1 being the header) and column: its code (a client tells
 * problems apart by it and words them itself), the values its sentence is made of, and the English
 * sentence (shared/imports/problems.ts has every code's template).
 */
const ImportErrorSchema = z
  .object({
    row: z.number().int().min(1),
    column: z.string(),
    code: z.enum(IMPORT_PROBLEM_CODES).meta({ description: 'What the problem is: empty, notADate, notOneOf, unknownColumn, missingColumn, sameMobility, … (shared/imports/problems.ts)' }),
    values: z.record(z.string(), z.string()).meta({ description: 'The values the English sentence is made of, by name (value, options, row, header, date, …)' }),
    message: z.string().meta({ description: 'The problem in English' }),
  })
  .meta({ id: 'ImportProblem', example: { row: 4, column: 'S (actual start)', code: 'notADate', values: { value: '31.02.2020' }, message: '“31.02.2020” is not a date; write dd.mm.yyyy (31.01.2020) or yyyy-mm-dd (2020-01-31)' } });

const importReportExample = {
  kind: 'mobilities' as const,
  fileName: 'mobilities-2016-2025.csv',
  fileHash: 'b5d4045c3f466fa91fe2cc6abe79232a1a57cdf104f7a26e716e0a1e2789df78',
  format: 'csv' as const,
  encoding: 'windows-1251',
  rows: 5,
  valid: 4,
  toCreate: 3,
  rowsWithErrors: 1,
  errorCount: 1,
  errors: [{ row: 4, column: 'S (actual start)', code: 'notADate' as const, values: { value: '31.02.2020' }, message: '“31.02.2020” is not a date; write dd.mm.yyyy (31.01.2020) or yyyy-mm-dd (2020-01-31)' }],
  partners: {
    matched: [{ partnerId: 'enu-gumilyov', name: 'L.N. Gumilyov Eurasian National University', rows: 2 }],
    toCreate: [{ name: 'Osh State University', country: 'KG', city: 'Osh', rows: 2, firstRow: 5, alsoWritten: [{ row: 6, given: 'OshSU', why: 'abbreviation' as const }] }],
    byLikeness: [{ row: 3, given: 'Eurasian National University named after L.N. Gumilyov', partnerId: 'enu-gumilyov', name: 'L.N. Gumilyov Eurasian National University', why: 'same_words' as const, theirs: 'L.N. Gumilyov Eurasian National University' }],
  },
  duplicateCount: 1,
  duplicates: [{ row: 3, existingId: 'imp-3f2a1c0b9d8e7f6a5b4c3d2e', reference: 'NOM-2019-I3F2A1C', alreadyImported: true }],
};

/**
 * The dry run of an import: every row checked (errors by row, 1 being the header, and column), the
 * partners matched in the registry or to be registered, the rows repeating a record already in the
 * table, and the file's SHA-256. Lists are capped at 1,000 entries; the counts are whole.
 */
export const ImportReportSchema = z
  .object({
    kind: z.enum(['mobilities', 'agreements']),
    fileName: z.string(),
    fileHash: z.string().regex(/^[0-9a-f]{64}$/),
    format: z.enum(['csv', 'xlsx']),
    /** How the file was read: utf-8, utf-16le/be, windows-1251 (detected), or xlsx. */
    encoding: z.string(),
    rows: z.number().int().min(0),
    valid: z.number().int().min(0),
    /** Valid rows that are not in the table yet: what the apply would write. */
    toCreate: z.number().int().min(0),
    rowsWithErrors: z.number().int().min(0),
    errorCount: z.number().int().min(0),
    errors: z.array(ImportErrorSchema),
    partners: z.object({
      matched: z.array(z.object({ partnerId: z.string(), name: z.string(), rows: z.number().int() })),
      /** `alsoWritten`: rows that wrote the same new partner another way (by meaning one partner, registered once). */
      toCreate: z.array(
        z.object({
          name: z.string(),
          country: z.string(),
          city: z.string().optional(),
          rows: z.number().int(),
          firstRow: z.number().int(),
          alsoWritten: z.array(z.object({ row: z.number().int(), given: z.string(), why: z.enum(['same_words', 'one_word_more', 'abbreviation']) })).optional(),
        }),
      ),
      /** Rows whose partner, written as no registered name, was one registered partner by meaning (word order, "named after", script, abbreviation): which, and why. */
      byLikeness: z.array(
        z.object({ row: z.number().int(), given: z.string(), partnerId: z.string(), name: z.string(), why: z.enum(['same_words', 'one_word_more', 'abbreviation']), theirs: z.string() }),
      ),
    }),
    duplicateCount: z.number().int().min(0),
    duplicates: z.array(z.object({ row: z.number().int(), existingId: z.string(), reference: z.string(), alreadyImported: z.boolean() })),
  })
  .meta({ id: 'ImportReport', example: importReportExample });

/** An applied import: the dry run's report, and what was written. */
export const ImportResultSchema = ImportReportSchema.extend({
  applied: z.object({
    created: z.number().int().min(0),
    /** Rows whose record was in the table already (imported before, or the same record entered in the app). */
    alreadyThere: z.number().int().min(0),
    skippedWithErrors: z.number().int().min(0),
    duplicates: z.number().int().min(0),
    partnersCreated: z.number().int().min(0),
  }),
}).meta({ id: 'ImportResult', example: { ...importReportExample, applied: { created: 1, alreadyThere: 1, skippedWithErrors: 1, duplicates: 1, partnersCreated: 0 } } });

// ---- the dashboard ------------------------------------------------------------------------

const IN_REVIEW_BY_STEP_EXAMPLE = {
  at: NOW,
  rows: [
    { kind: 'nomination', step: 'faculty', role: 'dean', position: 2, count: 3, overdue: 1 },
    { kind: 'nomination', step: 'international-office', role: 'international_office', position: 3, count: 1, overdue: 0 },
    { kind: 'memorandum', step: 'legal', role: 'legal', position: 2, count: 2, overdue: 2 },
  ],
  total: { count: 6, overdue: 3 },
};

/** What waits on whom: the items in review counted by the step they wait at, with those past its due date. */
export const InReviewByStepSchema = z
  .object({
    /** The moment counted at: a step due before it is overdue. */
    at: Timestamp,
    faculties: z.array(z.string()).optional(),
    rows: z.array(
      z.object({
        kind: z.enum(['nomination', 'memorandum']),
        /** The step's id in its chain, and the role that decides it. */
        step: z.string(),
        role: RoleNameSchema,
        /** The step's place in the chain, from 1. */
        position: z.number().int().min(1),
        count: z.number().int().min(1),
        overdue: z.number().int().min(0),
      }),
    ),
    total: z.object({ count: z.number().int().min(0), overdue: z.number().int().min(0) }),
  })
  .meta({
    id: 'InReviewByStep',
    example: IN_REVIEW_BY_STEP_EXAMPLE,
    examples: [IN_REVIEW_BY_STEP_EXAMPLE, { ...IN_REVIEW_BY_STEP_EXAMPLE, faculties: ['physics'] }],
  });

// ---- international activities -----------------------------------------------------------

const [activityExample, confirmedActivity, cancelledActivity] = ACTIVITY_ANSWER_EXAMPLES;

export const ActivityViewSchema = ActivitySchema.check(z.meta({ id: 'Activity', example: activityExample, examples: ACTIVITY_ANSWER_EXAMPLES }));

/** The activities list: the latest-starting 200 that match; `truncated` when there were more to look at. */
export const ActivityRegistrySchema = z
  .object({ activities: z.array(ActivitySchema), truncated: z.boolean() })
  .meta({ id: 'ActivityRegistry', example: { activities: ACTIVITY_ANSWER_EXAMPLES, truncated: false } });

/**
 * A 409 from an edit, a cancellation, a confirmation or a return, with the current activity: `activity_changed` (read at
 * an older version), `activity_cancelled`, or `activity_not_proposed` (confirmed or returned already: nothing waits for a confirmer).
 */
export const ActivityConflictSchema = ApiErrorSchema.extend({ error: z.enum(['activity_changed', 'activity_cancelled', 'activity_not_proposed']), activity: ActivitySchema }).meta({
  id: 'ActivityConflict',
  example: { error: 'activity_changed', message: 'Someone changed this activity since you opened it; here is the current version', activity: { ...activityExample, version: 2 }, requestId: REQUEST_ID },
  examples: [
    { error: 'activity_changed', message: 'Someone changed this activity since you opened it; here is the current version', activity: { ...activityExample, version: 2 }, requestId: REQUEST_ID },
    { error: 'activity_cancelled', message: 'This activity was called off', activity: cancelledActivity, requestId: REQUEST_ID },
    { error: 'activity_not_proposed', message: 'This activity was confirmed already: nothing waits for a confirmer', activity: confirmedActivity, requestId: REQUEST_ID },
  ],
});

/** The office's setting: who confirms what faculty members record (`nobody`: it counts at once). */
export const ActivityConfirmationSettingViewSchema = ActivityConfirmationSettingSchema.check(
  z.meta({ id: 'ActivityConfirmationSetting', example: { confirmer: 'dean', version: 1, updatedAt: NOW, updatedBy: 'admin@uni.example' } }),
);

/** A 409 from the setting's change: someone changed it since it was read; the body has it now. */
export const ActivityConfirmationSettingConflictSchema = ApiErrorSchema.extend({ error: z.literal('setting_changed'), setting: ActivityConfirmationSettingSchema }).meta({
  id: 'ActivityConfirmationSettingConflict',
  example: { error: 'setting_changed', message: 'Someone changed this setting since you opened it; here is the current one', setting: { confirmer: 'office', version: 2, updatedAt: NOW, updatedBy: 'admin@uni.example' }, requestId: REQUEST_ID },
});

const ActivityCountSchema = z.object({ key: z.string(), activities: z.number().int().min(0), incoming: z.number().int().min(0), outgoing: z.number().int().min(0) });

/** Recorded activities of the years asked, counted by kind, year, faculty and format; funding summed per currency, never across. */
export const ActivityStatisticsSchema = z
  .object({
    years: z.array(z.number().int()),
    total: z.number().int().min(0),
    byKind: z.array(ActivityCountSchema),
    byYear: z.array(ActivityCountSchema),
    byFaculty: z.array(ActivityCountSchema),
    byFormat: z.array(ActivityCountSchema),
    /** By the partners' countries (ISO codes): an activity with partners in two countries counts in each, one with no partner in none. */
    byCountry: z.array(ActivityCountSchema),
    participants: z.object({ incoming: z.number().int(), outgoing: z.number().int(), staff: z.number().int(), students: z.number().int() }),
    funding: z.array(z.object({ currency: z.string(), amount: z.number(), activities: z.number().int().min(1) })),
  })
  .meta({
    id: 'ActivityStatistics',
    example: {
      years: [2026],
      total: 3,
      byKind: [{ key: 'guest_lecture', activities: 2, incoming: 2, outgoing: 0 }, { key: 'grant_project', activities: 1, incoming: 0, outgoing: 4 }],
      byYear: [{ key: '2026', activities: 3, incoming: 2, outgoing: 4 }],
      byFaculty: [{ key: 'physics', activities: 3, incoming: 2, outgoing: 4 }],
      byFormat: [{ key: 'virtual', activities: 2, incoming: 2, outgoing: 0 }, { key: 'physical', activities: 1, incoming: 0, outgoing: 4 }],
      byCountry: [{ key: 'KG', activities: 2, incoming: 2, outgoing: 0 }, { key: 'CN', activities: 1, incoming: 0, outgoing: 4 }],
      participants: { incoming: 2, outgoing: 4, staff: 6, students: 92 },
      funding: [{ currency: 'EUR', amount: 120000, activities: 1 }, { currency: 'UZS', amount: 3000000, activities: 2 }],
    },
  });
