/**
 * The answers' examples in the OpenAPI document (responses.ts, study-plan-responses.ts, ewp.ts),
 * made of the request examples they answer (NOMINATION_EXAMPLES, MEMORANDUM_EXAMPLES…), so a
 * nomination is written once and shown as sent, as stored, in a list and with its history. One
 * story runs through them: Dilnoza Karimova to Osh, Aruzhan Serikova from ENU to the Faculty of
 * Economics and a room in Student Residence No. 1, Farrukh Saidov teaching in Osh; memoranda with
 * Wuhan University of Science and Technology and ENU. Kept apart from the schemas so that they
 * read as schemas; plain data, imported by no page.
 */
import { ACTIVITY_EXAMPLE } from './activity';
import { MEMORANDUM_EXAMPLES } from './agreement';
import { NOMINATION_EXAMPLES } from './nomination';
import { PARTNER_INPUT_EXAMPLES, PROPOSED_PARTNER_EXAMPLE } from './partner';
import { RESIDENCE_EXAMPLE } from './residence';

export const NOW = '2026-11-20T09:30:00.000Z';
export const REQUEST_ID = '0f7c9a52-3d4e-4b8a-9a53-2f1c7e6b1d20';
export const HASH = '3f0a1c9e5b7d2f4a6c8e0b1d3f5a7c9e1b3d5f7a9c1e3b5d7f9a1c3e5b7d9f1a';

// ---- people of the seed -------------------------------------------------------------------

export const FACULTY_MEMBER = { email: 'faculty@uni.example', name: 'Aziz Rakhimov' };
export const HEAD = { email: 'head.physics@uni.example', name: 'Bobur Karimov' };
export const DEAN = { email: 'dean.physics@uni.example', name: 'Olga Petrova' };
export const OFFICE = { email: 'iro@uni.example', name: 'Nodira Alimova' };
export const ADMIN = { email: 'admin@uni.example', name: 'Malika Yusupova' };
/** The Faculty of Economics' coordinator, who approves its incoming students' study plans. */
export const HOST_COORDINATOR = { email: 'coordinator.econ@uni.example', name: 'Bobur Aliyev' };
const ENU_COORDINATOR = { email: 'erasmus@enu.example.org', name: 'Aigerim Sadykova' };
const OSH_COORDINATOR = { email: 'mobility@oshsu.example.org', name: 'Aida Mamytova' };
const WUST_SIGNATORY = { email: 'president@wust.example.org', name: 'Zhang Min' };

// ---- partners -----------------------------------------------------------------------------

/** Osh State University as the registry holds it (infra/local/seed/). */
export const OSH_PARTNER = {
  id: 'osh-state-university',
  name: 'Osh State University',
  names: { ru: 'Ошский государственный университет', ky: 'Ош мамлекеттик университети', uz: 'O‘sh davlat universiteti' },
  type: 'university',
  country: 'KG',
  city: 'Osh',
  website: 'https://www.oshsu.kg',
  schacId: 'oshsu.kg',
  contacts: [
    { name: 'Aida Mamytova', email: 'mobility@oshsu.example.org', role: 'Координатор академической мобильности', language: 'ru' },
    { name: 'Kanybek Izakov', email: 'rector@oshsu.example.org', role: 'Signatory (Rector)', language: 'ru', phone: '+996 3222 5 58 21' },
  ],
  version: 3,
  createdAt: '2024-06-03T07:00:00.000Z',
  updatedAt: NOW,
};

/** The University of Warsaw as its form (PartnerInput's example) is stored: names by language, its Erasmus code. */
const { names: warsawNames, ...warsawForm } = PARTNER_INPUT_EXAMPLES[0];
const WARSAW_PARTNER = {
  ...warsawForm,
  id: 'university-of-warsaw',
  names: { ru: warsawNames.ru, uz: warsawNames.uz, [warsawNames.own.language]: warsawNames.own.name },
  version: 1,
  createdAt: NOW,
  updatedAt: NOW,
};

export const PARTNER_EXAMPLES = [OSH_PARTNER, WARSAW_PARTNER, PROPOSED_PARTNER_EXAMPLE];

// ---- the approval chain -------------------------------------------------------------------

const receipt = (who: { email: string; name: string }, role: string, at: string, comment?: string) => ({
  ...who,
  role,
  decision: 'approve',
  ...(comment ? { comment } : {}),
  at,
  snapshotHash: HASH,
});

/** A nomination in its dean's hands: the head of department approved, the dean was reminded and the step escalated. */
const REVIEW_AT_DEAN = {
  round: 1,
  stepIndex: 1,
  steps: [
    {
      id: 'department',
      role: 'head_of_department',
      scope: 'department',
      policy: 'any',
      dueDays: 3,
      approvers: [{ ...HEAD, receipt: receipt(HEAD, 'head_of_department', '2026-11-12T10:04:00.000Z', 'Supported by the department.') }],
      activatedAt: '2026-11-10T08:00:00.000Z',
      dueAt: '2026-11-13T08:00:00.000Z',
      completedAt: '2026-11-12T10:04:00.000Z',
      outcome: 'approved',
    },
    { id: 'faculty', role: 'dean', scope: 'faculty', policy: 'any', dueDays: 3, approvers: [DEAN], activatedAt: '2026-11-12T10:04:00.000Z', dueAt: '2026-11-15T10:04:00.000Z' },
    { id: 'international-office', role: 'international_office', scope: 'university', policy: 'any', dueDays: 5, approvers: [OFFICE] },
  ],
  reminders: 2,
  escalatedAt: '2026-11-17T10:04:00.000Z',
  nextReminderAt: '2026-11-21T10:04:00.000Z',
  lastTransition: { action: 'approve', by: HEAD, at: '2026-11-12T10:04:00.000Z', comment: 'Supported by the department.' },
};

// ---- nominations --------------------------------------------------------------------------

const [OUTGOING, INCOMING, TEACHING] = NOMINATION_EXAMPLES;

/** Dilnoza Karimova's semester in Osh, at the dean's step. */
const OUTGOING_NOMINATION = {
  id: '01JD7Q3M8XK2V4N6P8R0T2W4Y6',
  reference: 'NOM-2026-0042',
  version: 3,
  submitter: FACULTY_MEMBER,
  review: REVIEW_AT_DEAN,
  createdAt: '2026-11-10T08:00:00.000Z',
  updatedAt: '2026-11-12T10:04:00.000Z',
  kind: 'nomination',
  status: 'in_review',
  content: OUTGOING,
};

/** Aruzhan Serikova from ENU: approved, accepted by ENU's coordinator through her link, housed, her study plan approved, arrived. */
const INCOMING_NOMINATION = {
  id: '01JD9B2C4E6G8J0L2N4Q6S8U0W',
  reference: 'NOM-2026-0057',
  version: 9,
  submitter: OFFICE,
  createdAt: '2026-04-02T09:00:00.000Z',
  updatedAt: '2027-08-30T11:20:00.000Z',
  kind: 'nomination',
  status: 'arrived',
  content: INCOMING,
  place: { academicYear: '2027/2028', sender: 'partner', type: 'student_studies', agreementId: 'agr-enu-2023', takenAt: '2026-04-20T14:00:00.000Z' },
  partnerRequest: { contact: { ...ENU_COORDINATOR, language: 'en' }, sentAt: '2026-04-20T14:00:00.000Z', reminders: 1 },
  partnerResponse: { accepted: true, by: ENU_COORDINATOR, at: '2026-04-29T06:41:00.000Z', viaLink: true, snapshotHash: HASH },
  roomAssignment: { residenceId: RESIDENCE_EXAMPLE.id, room: '101', from: '2027-08-28', to: '2028-02-03', by: OFFICE, at: '2027-07-15T09:00:00.000Z' },
  arrival: { date: '2027-08-29', by: OFFICE, at: '2027-08-30T11:20:00.000Z' },
  // Version 2 was approved (study-plan-responses.ts); after her arrival a course changed, and version 3 is unanswered.
  studyPlan: { status: 'sent', current: 3, revision: 8, approvedVersion: 2, sentTo: HOST_COORDINATOR, unanswered: true },
};

/** Farrukh Saidov's blended teaching in Osh: a place over the agreement's plan, granted by the office, done. */
const TEACHING_NOMINATION = {
  id: '01JDA4F6H8K0M2P4R6T8V0X2Z4',
  reference: 'NOM-2027-0008',
  version: 8,
  submitter: HEAD,
  createdAt: '2027-10-01T08:00:00.000Z',
  updatedAt: '2028-05-03T12:00:00.000Z',
  kind: 'nomination',
  status: 'completed',
  content: TEACHING,
  place: { academicYear: '2027/2028', sender: 'home', type: 'staff_teaching', agreementId: 'agr-osh-2024', takenAt: '2027-10-09T08:00:00.000Z', overridden: true },
  quotaOverride: { by: OFFICE, reason: 'The partner agreed by letter of 3 October to host a third lecturer this year.', at: '2027-10-09T08:00:00.000Z' },
  partnerRequest: {
    contact: { ...OSH_COORDINATOR, language: 'ru' },
    sentAt: '2027-10-09T08:00:00.000Z',
    reminders: 3,
    nextReminderAt: '2027-10-30T08:00:00.000Z',
    escalatedAt: '2027-10-23T08:00:00.000Z',
  },
  partnerResponse: { accepted: true, reason: 'Confirmed by telephone; the letter follows.', by: OFFICE, at: '2027-10-25T10:00:00.000Z' },
  completion: { actualStartDate: '2028-03-01', actualEndDate: '2028-04-28', certificateDocumentId: '01JD8Z6XKQ3M5N7P9R1T3V5X7Z', by: OFFICE, at: '2028-05-03T12:00:00.000Z' },
};

export const NOMINATION_ANSWER_EXAMPLES = [OUTGOING_NOMINATION, INCOMING_NOMINATION, TEACHING_NOMINATION] as const;

/** The study plan's line in the office's list: sent, and one unanswered after every reminder. */
export const STUDY_PLAN_SUMMARY_EXAMPLES = [
  { status: 'sent', current: 2, revision: 5, approvedVersion: 1, sentTo: HOST_COORDINATOR },
  { status: 'sent', current: 1, revision: 2, sentTo: HOST_COORDINATOR, unanswered: true },
];

/** Places in the nomination's cell while it is in review. */
export const PLACES_LEFT_EXAMPLE = { academicYear: '2027/2028', sender: 'home', type: 'student_studies', planned: 5, used: 3, left: 2 };

// ---- history ------------------------------------------------------------------------------

const step = (index: number, dueAt?: string) =>
  [
    { index: 0, id: 'department', role: 'head_of_department', policy: 'any' },
    { index: 1, id: 'faculty', role: 'dean', policy: 'any' },
    { index: 2, id: 'international-office', role: 'international_office', policy: 'any' },
  ].map((s) => (dueAt ? { ...s, dueAt } : s))[index]!;

/** Aruzhan Serikova's nomination from submission to arrival. */
export const INCOMING_HISTORY = [
  { type: 'submitted', at: '2026-04-02T09:00:00.000Z', actor: OFFICE, round: 1, step: step(0, '2026-04-05T09:00:00.000Z'), approvers: [{ email: 'head.economy@uni.example', name: 'Shahnoza Mirzaeva' }] },
  { type: 'decided', at: '2026-04-03T11:00:00.000Z', actor: { email: 'head.economy@uni.example', name: 'Shahnoza Mirzaeva' }, round: 1, step: step(0), decision: 'approve', outcome: 'advanced', receipt: receipt({ email: 'head.economy@uni.example', name: 'Shahnoza Mirzaeva' }, 'head_of_department', '2026-04-03T11:00:00.000Z') },
  { type: 'reminded', at: '2026-04-09T11:00:00.000Z', round: 1, step: step(1, '2026-04-06T11:00:00.000Z'), pending: [{ email: 'dean.economics@uni.example', name: 'Jamshid Usmonov' }], count: 1 },
  {
    type: 'decided',
    at: '2026-04-20T14:00:00.000Z',
    actor: OFFICE,
    round: 1,
    step: step(2),
    decision: 'approve',
    comment: 'Within ENU’s five places for 2027/2028.',
    outcome: 'approved',
    receipt: receipt(OFFICE, 'international_office', '2026-04-20T14:00:00.000Z', 'Within ENU’s five places for 2027/2028.'),
    place: INCOMING_NOMINATION.place,
  },
  { type: 'partner_reminded', at: '2026-04-27T14:00:00.000Z', contact: ENU_COORDINATOR, count: 1 },
  { type: 'partner_responded', at: '2026-04-29T06:41:00.000Z', actor: ENU_COORDINATOR, accepted: true, viaLink: true, snapshotHash: HASH },
  { type: 'study_plan_saved', at: '2026-11-12T09:00:00.000Z', actor: ADMIN, planVersion: 1, newVersion: true },
  { type: 'study_plan_sent', at: '2026-11-12T09:05:00.000Z', actor: ADMIN, planVersion: 1, coordinator: HOST_COORDINATOR },
  { type: 'study_plan_decided', at: '2026-11-14T13:30:00.000Z', actor: HOST_COORDINATOR, planVersion: 1, decision: 'request_changes', comment: 'LAW 214 is 6 ECTS, and add a course in economics.', snapshotHash: HASH },
  { type: 'study_plan_saved', at: '2026-11-20T09:30:00.000Z', actor: ADMIN, planVersion: 2, newVersion: true },
  { type: 'study_plan_sent', at: '2026-11-20T09:35:00.000Z', actor: ADMIN, planVersion: 2, coordinator: HOST_COORDINATOR },
  { type: 'study_plan_decided', at: '2026-11-22T08:15:00.000Z', actor: HOST_COORDINATOR, planVersion: 2, decision: 'approve', snapshotHash: HASH },
  { type: 'room_assigned', at: '2027-07-15T09:00:00.000Z', actor: OFFICE, residence: RESIDENCE_EXAMPLE.name, room: '101', from: '2027-08-28', to: '2028-02-03' },
  { type: 'arrived', at: '2027-08-30T11:20:00.000Z', actor: OFFICE, arrivalDate: '2027-08-29' },
  { type: 'study_plan_saved', at: '2027-09-06T10:00:00.000Z', actor: OFFICE, planVersion: 3, newVersion: true },
  { type: 'study_plan_sent', at: '2027-09-06T10:05:00.000Z', actor: OFFICE, planVersion: 3, coordinator: HOST_COORDINATOR },
  { type: 'study_plan_reminded', at: '2027-09-13T10:05:00.000Z', planVersion: 3, coordinator: HOST_COORDINATOR, count: 1 },
  { type: 'study_plan_unanswered', at: '2027-09-27T10:05:00.000Z', planVersion: 3, coordinator: HOST_COORDINATOR, reminders: 3 },
];

/** What else a nomination's history tells: an override, an unanswered partner, a completion, a withdrawal, a fresh link asked for. */
const NOMINATION_EVENTS = [
  { type: 'quota_overridden', at: '2027-10-09T08:00:00.000Z', actor: OFFICE, reason: TEACHING_NOMINATION.quotaOverride.reason },
  {
    type: 'decided',
    at: '2027-10-09T08:00:00.000Z',
    actor: OFFICE,
    round: 1,
    step: step(2),
    decision: 'approve',
    outcome: 'approved',
    receipt: receipt(OFFICE, 'international_office', '2027-10-09T08:00:00.000Z'),
    place: TEACHING_NOMINATION.place,
  },
  { type: 'partner_unanswered', at: '2027-10-30T08:00:00.000Z', contact: OSH_COORDINATOR, reminders: 3 },
  { type: 'completed', at: '2028-05-03T12:00:00.000Z', actor: OFFICE, actualStartDate: '2028-03-01', actualEndDate: '2028-04-28' },
  { type: 'withdrawn', at: '2026-11-14T16:00:00.000Z', actor: FACULTY_MEMBER, round: 1, reason: 'The student chose another programme.', pending: [DEAN] },
  { type: 'link_requested', at: '2026-11-13T07:45:00.000Z', email: DEAN.email, round: 1 },
];

/** The memorandum with Wuhan University of Science and Technology, from its signatory's answer to its IIA approved over EWP. */
export const AGREEMENT_HISTORY = [
  { type: 'signatory_asked', at: '2026-12-01T08:00:00.000Z', actor: OFFICE, round: 2, contact: WUST_SIGNATORY, snapshotHash: HASH },
  { type: 'signatory_reminded', at: '2026-12-08T08:00:00.000Z', contact: WUST_SIGNATORY, round: 2, count: 1 },
  {
    type: 'signatory_answered',
    at: '2026-12-09T03:12:00.000Z',
    actor: WUST_SIGNATORY,
    round: 2,
    answer: 'approve',
    approval: { ...WUST_SIGNATORY, position: 'President', at: '2026-12-09T03:12:00.000Z', snapshotHash: HASH, contentVersion: 2 },
    snapshotHash: HASH,
  },
  {
    type: 'signed',
    at: '2026-12-15T02:30:00.000Z',
    actor: WUST_SIGNATORY,
    party: 'partner',
    signature: { date: '2026-12-14', signatoryName: 'Zhang Min', signatoryPosition: 'President' },
    activated: true,
    viaLink: true,
    documentId: 'mh2x1k9c0-q3vW8r5tY2uI7oP4',
  },
  { type: 'activated', at: '2027-01-01T00:00:00.000Z', status: 'active' },
  { type: 'ewp_approval_recorded', at: '2027-02-03T10:00:00.000Z', actor: OFFICE, iiaHash: '9a3c1e0f4b2d6a8c7e5f3a1b9d7c5e3f1a2b4c6d8e0f2a4b6c8d0e2f4a6b8c0d', partnerHeiId: 'wust.edu.cn', partnerIiaId: 'WUST-IIA-2027-014' },
  { type: 'amended', at: '2027-03-10T09:00:00.000Z', actor: OFFICE, version: 3, paths: ['coordinator'], note: 'The coordinator moved to the Faculty of Chemistry.' },
  { type: 'amendment_proposed', at: '2027-05-06T09:00:00.000Z', actor: FACULTY_MEMBER, amendmentReference: 'AGR-2027-0019', paths: ['cooperationConditions.0.mobilitiesPerYear'] },
  { type: 'amended', at: '2027-05-20T09:00:00.000Z', actor: OFFICE, version: 4, paths: ['cooperationConditions.0.mobilitiesPerYear'], amendment: { id: 'agr-wust-2027-a1', reference: 'AGR-2027-0019' } },
  { type: 'expiry_reminder', at: '2031-07-04T06:00:00.000Z', daysLeft: 180, endDate: '2031-12-31', coordinator: FACULTY_MEMBER },
];

/** What else an agreement's history tells: a termination on notice, a renewal, a line of an import. */
const AGREEMENT_EVENTS = [
  { type: 'termination_recorded', at: '2026-11-20T09:30:00.000Z', actor: OFFICE, reason: 'Replaced by the renewed agreement AGR-2026-0031.', noticeDate: '2026-11-20', effectiveDate: '2026-12-31' },
  { type: 'renewed', at: '2026-11-20T09:00:00.000Z', actor: OFFICE, renewalReference: 'AGR-2026-0031' },
  { type: 'expired', at: '2026-09-01T00:00:00.000Z', endDate: '2026-08-31' },
  {
    type: 'imported',
    at: '2026-10-02T12:00:00.000Z',
    actor: ADMIN,
    source: 'import',
    fileName: 'agreements-2016-2025.csv',
    fileHash: 'b5d4045c3f466fa91fe2cc6abe79232a1a57cdf104f7a26e716e0a1e2789df78',
    row: 7,
    status: 'expired',
  },
];

/** Every kind of event a history holds, the approver's decision first. */
export const HISTORY_EVENT_EXAMPLES = [
  {
    type: 'decided',
    at: NOW,
    actor: HEAD,
    round: 1,
    step: { index: 0, id: 'head', role: 'head_of_department', policy: 'any' },
    decision: 'approve',
    outcome: 'advanced',
  },
  ...INCOMING_HISTORY,
  ...NOMINATION_EVENTS,
  ...AGREEMENT_HISTORY,
  ...AGREEMENT_EVENTS,
];

// ---- agreements ---------------------------------------------------------------------------

const [MOBILITY_MEMORANDUM, DOUBLE_DEGREE] = MEMORANDUM_EXAMPLES;

const signature = (date: string, signatoryName: string, signatoryPosition: string, recordedBy: { email: string; name: string }, recordedAt: string) => ({ date, signatoryName, signatoryPosition, recordedBy, recordedAt });

/** The memorandum with WUST in force: both signatures, the partner's through its signatory's link, its IIA approved over EWP, an amendment in review. */
const WUST_AGREEMENT = {
  id: 'agr-wust-2027',
  reference: 'AGR-2026-0031',
  version: 7,
  submitter: FACULTY_MEMBER,
  createdAt: '2026-10-05T08:00:00.000Z',
  updatedAt: '2027-05-06T09:00:00.000Z',
  kind: 'memorandum',
  status: 'active',
  content: MOBILITY_MEMORANDUM,
  signatures: {
    home: signature('2026-12-02', 'Rustam Nazarov', 'Rector', OFFICE, '2026-12-02T12:00:00.000Z'),
    partner: signature('2026-12-14', 'Zhang Min', 'President', WUST_SIGNATORY, '2026-12-15T02:30:00.000Z'),
  },
  expiryRemindersSent: [],
  activatedAt: '2027-01-01T00:00:00.000Z',
  renews: 'agr-wust-2025',
  contentVersion: 4,
  pendingAmendment: 'agr-wust-2027-a2',
  ewpApproval: { iiaHash: '9a3c1e0f4b2d6a8c7e5f3a1b9d7c5e3f1a2b4c6d8e0f2a4b6c8d0e2f4a6b8c0d', partnerHeiId: 'wust.edu.cn', partnerIiaId: 'WUST-IIA-2027-014', by: OFFICE, at: '2027-02-03T10:00:00.000Z' },
  partnerSigning: {
    round: 2,
    state: 'signed',
    contact: { ...WUST_SIGNATORY, language: 'en' },
    sentAt: '2026-12-01T08:00:00.000Z',
    snapshotHash: HASH,
    contentVersion: 2,
    reminders: 1,
    approval: { ...WUST_SIGNATORY, position: 'President', at: '2026-12-09T03:12:00.000Z', snapshotHash: HASH, contentVersion: 2 },
    signedCopy: { documentId: 'mh2x1k9c0-q3vW8r5tY2uI7oP4', fileName: 'MoU WUST signed.pdf', at: '2026-12-15T02:30:00.000Z' },
  },
};

/** The double degree with ENU: approved, its text sent back once by ENU's rector and sent again. */
const ENU_AGREEMENT = {
  id: 'agr-enu-2027-dd',
  reference: 'AGR-2027-0004',
  version: 6,
  submitter: { email: 'dean.economics@uni.example', name: 'Jamshid Usmonov' },
  createdAt: '2027-01-15T08:00:00.000Z',
  updatedAt: '2027-03-02T08:00:00.000Z',
  kind: 'memorandum',
  status: 'approved',
  content: DOUBLE_DEGREE,
  signatures: { home: signature('2027-02-20', 'Rustam Nazarov', 'Rector', OFFICE, '2027-02-20T12:00:00.000Z') },
  partnerSigning: {
    round: 2,
    state: 'awaiting',
    contact: { email: 'rector@enu.example.org', name: 'Yerlan Sydykov', language: 'ru' },
    sentAt: '2027-03-02T08:00:00.000Z',
    snapshotHash: HASH,
    contentVersion: 2,
    reminders: 2,
    nextReminderAt: '2027-03-23T08:00:00.000Z',
    escalatedAt: '2027-03-16T08:00:00.000Z',
    changesRequested: { comment: 'Article 3: the partner’s degree is “Master of Economic Sciences”.', by: { email: 'rector@enu.example.org', name: 'Yerlan Sydykov' }, at: '2027-02-25T05:10:00.000Z', snapshotHash: HASH },
  },
};

/** An amendment of the WUST memorandum (a sixth place a year), in review. */
const WUST_AMENDMENT = {
  id: 'agr-wust-2027-a2',
  reference: 'AGR-2027-0023',
  version: 2,
  submitter: FACULTY_MEMBER,
  review: { ...REVIEW_AT_DEAN, lastTransition: { action: 'submit', by: FACULTY_MEMBER, at: '2027-05-06T09:00:00.000Z', comment: 'Six places a year from 2028/2029, as agreed with WUST in April.' } },
  createdAt: '2027-05-06T09:00:00.000Z',
  updatedAt: '2027-05-06T09:00:00.000Z',
  kind: 'memorandum',
  status: 'in_review',
  content: { ...MOBILITY_MEMORANDUM, cooperationConditions: [{ ...MOBILITY_MEMORANDUM.cooperationConditions[0], mobilitiesPerYear: 6, totalMonthsPerYear: 30 }] },
  amends: 'agr-wust-2027',
};

/** The agreement the WUST memorandum renewed, ended early by notice when the renewal came into force. */
const WUST_PREDECESSOR = {
  id: 'agr-wust-2025',
  reference: 'AGR-2025-0002',
  version: 5,
  submitter: FACULTY_MEMBER,
  createdAt: '2024-11-20T08:00:00.000Z',
  updatedAt: '2026-12-31T00:00:00.000Z',
  kind: 'memorandum',
  status: 'terminated',
  content: { ...MOBILITY_MEMORANDUM, startDate: '2025-01-10', endDate: '2030-01-09', summary: 'Master’s exchange and a joint materials-science laboratory.' },
  termination: { reason: 'Replaced by the renewed agreement AGR-2026-0031.', noticeDate: '2026-11-20', effectiveDate: '2026-12-31', by: OFFICE, at: '2026-11-20T09:30:00.000Z' },
  expiryRemindersSent: [],
  renewedBy: 'agr-wust-2027',
};

export const AGREEMENT_ANSWER_EXAMPLES = [WUST_AGREEMENT, ENU_AGREEMENT, WUST_AMENDMENT, WUST_PREDECESSOR] as const;

// ---- activities ---------------------------------------------------------------------------

const stored = {
  createdAt: NOW,
  createdBy: FACULTY_MEMBER,
  updatedAt: NOW,
  updatedBy: FACULTY_MEMBER,
};

/** The guest lectures as recorded at once (nobody confirms the office's own). */
const RECORDED_ACTIVITY = { ...ACTIVITY_EXAMPLE, id: '3f1c2b7e-8a4d-4c55-9a0e-2d6b1f7c9e10', status: 'recorded', version: 1, ...stored };

/** A summer school a faculty member proposed, returned by the dean with a comment, proposed again and confirmed. */
const CONFIRMED_ACTIVITY = {
  kind: 'summer_school',
  title: 'Summer school in computational physics with ENU',
  description: 'Two weeks in Astana for twelve of our master’s students: lectures in the morning, the partner’s cluster in the afternoon.',
  partnerIds: ['enu-gumilyov'],
  agreementId: 'agr-enu-2023',
  startDate: '2027-07-05',
  endDate: '2027-07-16',
  format: 'physical',
  faculty: 'physics',
  organiser: FACULTY_MEMBER,
  participants: { incoming: 0, outgoing: 12, staff: 2, students: 12 },
  funding: [{ source: 'ENU summer school grant', amount: 4800000, currency: 'KZT' }],
  id: '7b2d9e41-5c3a-4f8e-8d1b-6a0c2e4f6b81',
  status: 'recorded',
  version: 4,
  ...stored,
  updatedAt: '2027-03-03T10:00:00.000Z',
  updatedBy: DEAN,
  confirmer: 'dean',
  decisions: [
    { decision: 'returned', at: '2027-02-20T10:00:00.000Z', by: DEAN, comment: 'Add the partner’s programme and how the flights are paid.' },
    { decision: 'confirmed', at: '2027-03-03T10:00:00.000Z', by: DEAN },
  ],
};

/** A delegation's visit called off. */
const CANCELLED_ACTIVITY = {
  kind: 'delegation_visit',
  title: 'Delegation of Osh State University',
  description: 'The partner’s vice-rector and the dean of physics, to plan the joint laboratory.',
  partnerIds: ['osh-state-university'],
  agreementId: 'agr-osh-2024',
  startDate: '2027-04-14',
  endDate: '2027-04-15',
  format: 'physical',
  faculty: 'physics',
  organiser: OFFICE,
  participants: { incoming: 2, outgoing: 0 },
  funding: [],
  id: 'c94e2a07-1d3b-4b6f-9e8a-0f2c4d6e8a13',
  status: 'cancelled',
  version: 2,
  ...stored,
  createdBy: OFFICE,
  updatedBy: OFFICE,
  cancellation: { at: '2027-04-01T08:00:00.000Z', by: OFFICE, reason: 'The partner postponed the visit to the autumn.' },
};

export const ACTIVITY_ANSWER_EXAMPLES = [RECORDED_ACTIVITY, CONFIRMED_ACTIVITY, CANCELLED_ACTIVITY];
