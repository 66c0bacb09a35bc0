/**
 * Every key in the table is spelled here and nowhere else. An item's partition key names what
 * it is (`NOM#…`, `AGR#…`, `PERSON#…`); the indexes are described in shared/table.ts.
 */
import type { RoleName } from '../../../shared/schemas/directory';
import type { SubmissionKind } from '../../../shared/schemas/entities';

export type Key = { pk: string; sk: string };

/** Sorts after every real date: an open-ended agreement's facts come last. */
const OPEN_ENDED = '9999-12-31';

const ENTITY_PREFIX: Record<SubmissionKind, string> = { nomination: 'NOM', memorandum: 'AGR' };
const LIST: Record<SubmissionKind, string> = { nomination: 'NOMINATIONS', memorandum: 'AGREEMENTS' };

export const keys = {
  person: (email: string): Key => ({ pk: `PERSON#${email}`, sk: 'PROFILE' }),
  peopleList: (email: string) => ({ gsi2pk: 'PEOPLE', gsi2sk: email }),
  roleHolder: (role: RoleName, scopeKey: string, email: string): Key => ({ pk: `ROLE#${role}#${scopeKey}`, sk: `PERSON#${email}` }),
  roleHolders: (role: RoleName, scopeKey: string) => ({ pk: `ROLE#${role}#${scopeKey}` }),
  /** The university's own name (its reports' heading): one item. */
  university: (): Key => ({ pk: 'UNIVERSITY', sk: 'UNIVERSITY' }),
  faculty: (id: string): Key => ({ pk: `FACULTY#${id}`, sk: 'FACULTY' }),
  facultyList: (id: string) => ({ gsi2pk: 'FACULTIES', gsi2sk: id }),
  chain: (kind: SubmissionKind): Key => ({ pk: `CHAIN#${kind}`, sk: 'CHAIN' }),
  partner: (id: string): Key => ({ pk: `PARTNER#${id}`, sk: 'PARTNER' }),
  partnerList: (name: string, id: string) => ({ gsi2pk: 'PARTNERS', gsi2sk: `${name.toLowerCase()}#${id}` }),
  /** Held by the one partner with this normalised name in this country (shared/partner-names.ts); created with `attribute_not_exists(pk)`. */
  partnerName: (country: string, normalisedName: string): Key => ({ pk: `PARTNERNAME#${country}#${normalisedName}`, sk: 'PARTNERNAME' }),
  /** A residence of the university (a dormitory) and its rooms: directory data, edited by the office. */
  residence: (id: string): Key => ({ pk: `RESIDENCE#${id}`, sk: 'RESIDENCE' }),
  residenceList: (name: string, id: string) => ({ gsi2pk: 'RESIDENCES', gsi2sk: `${name.toLowerCase()}#${id}` }),
  residenceListPartition: 'RESIDENCES',
  /**
   * One room's ledger of stays, in its residence's partition: every assignment to the room is one
   * entry here, and the item's `version` is what two assignments racing for the room are decided on.
   */
  roomStays: (residenceId: string, room: string): Key => ({ pk: `RESIDENCE#${residenceId}`, sk: `ROOM#${room}` }),

  submission: (kind: SubmissionKind, id: string): Key => ({ pk: `${ENTITY_PREFIX[kind]}#${id}`, sk: ENTITY_PREFIX[kind] }),
  submissionLists: (kind: SubmissionKind, id: string, submitter: string, createdAt: string) => ({
    gsi1pk: `OWNER#${submitter}`,
    gsi1sk: `${ENTITY_PREFIX[kind]}#${createdAt}#${id}`,
    gsi2pk: LIST[kind],
    gsi2sk: `${createdAt}#${id}`,
  }),
  ownerPrefix: (kind: SubmissionKind, submitter: string) => ({ gsi1pk: `OWNER#${submitter}`, prefix: `${ENTITY_PREFIX[kind]}#` }),
  listOf: (kind: SubmissionKind) => LIST[kind],
  /** Sparse due-date index: present only while the item waits on an approver. */
  due: (nextReminderAt: string, entityPk: string) => ({ duePk: 'DUE', dueAt: `${nextReminderAt}#${entityPk}` }),
  duePartition: 'DUE',
  /**
   * The same sparse index, another partition: agreements approved or in force, keyed by the next
   * day something happens to them by itself (coming into force, an expiry reminder, the end).
   */
  watch: (nextWatchAt: string, entityPk: string) => ({ duePk: 'WATCH', dueAt: `${nextWatchAt}#${entityPk}` }),
  /**
   * A study plan sent to the host faculty's coordinator and unanswered, in the same sparse index
   * under its own partition: the approvers' `DUE` partition is read as "items in review" by role
   * changes, and a plan is not one.
   */
  studyPlanDue: (nextReminderAt: string, entityPk: string) => ({ duePk: 'DUE#STUDYPLAN', dueAt: `${nextReminderAt}#${entityPk}` }),
  studyPlanDuePartition: 'DUE#STUDYPLAN',
  watchPartition: 'WATCH',
  /** An agreement in force and the day of its last mobility: the dormant-agreements list. */
  activity: (agreementId: string): Key => ({ pk: `AGR#${agreementId}`, sk: 'ACTIVITY' }),
  activityList: (lastMobilityAt: string, agreementId: string) => ({ gsi2pk: 'ACTIVE_AGREEMENTS', gsi2sk: `${lastMobilityAt}#${agreementId}` }),

  /**
   * An international activity (a conference, a project, a delegation: shared/schemas/activity.ts),
   * `ACT#…`, and where the activities list finds it: one partition of the list index, ordered by
   * the start date, so a calendar year is one key range of one Query (`activityYearRange`). Its
   * confirmation's events are `event`s of its partition (`ACT#…`, `EVENT#<version>#<type>`).
   */
  internationalActivity: (id: string): Key => ({ pk: `ACT#${id}`, sk: 'ACT' }),
  internationalActivityList: (startDate: string, id: string) => ({ gsi2pk: 'ACTIVITIES', gsi2sk: `${startDate}#${id}` }),
  internationalActivityPartition: 'ACTIVITIES',
  /** The office's setting of who confirms the activities faculty members record: one item. */
  activityConfirmationSetting: (): Key => ({ pk: 'SETTING#activity-confirmation', sk: 'SETTING' }),
  /** The list index's sort keys of the activities starting in these calendar years (`#` sorts after every digit and `-`). */
  activityYearRange: (from: number, to: number) => ({ first: `${from}-01-01`, last: `${to}-12-31#~` }),

  /**
   * A nomination's or memorandum's report fact (shared/reports/facts.ts), in its item's own
   * partition, outside the `EVENT#` range: rewritten with the item in one transaction.
   */
  fact: (entityPk: string): Key => ({ pk: entityPk, sk: 'FACT' }),
  /**
   * Where a fact is found in the `byFactYear` index. A mobility under its academic year, so a
   * report reads the years it asks for and nothing else; an agreement in the agreements' one
   * partition, ordered by the day it stops being in force (open-ended last), so a report about a
   * year starts its read at that year and skips every agreement that ended before it.
   */
  mobilityFacts: (academicStartYear: number) => `FACTS#NOM#${academicStartYear}`,
  agreementFacts: 'FACTS#AGR',
  factIndex: (fact: { entity: 'mobility'; academicStartYear: number; id: string } | { entity: 'agreement'; endsOn: string | null; id: string }) =>
    fact.entity === 'mobility'
      ? { factPk: `FACTS#NOM#${fact.academicStartYear}`, factSk: fact.id }
      : { factPk: 'FACTS#AGR', factSk: `${fact.endsOn ?? OPEN_ENDED}#${fact.id}` },
  /** The first agreement-facts sort key of those still in force on or after `day`. */
  agreementFactsFrom: (day: string) => day,

  /** Events share their entity's partition, ordered by the version they produced. */
  event: (entityPk: string, version: number, suffix: string): Key => ({
    pk: entityPk,
    sk: `EVENT#${String(version).padStart(8, '0')}#${suffix}`,
  }),
  eventPrefix: 'EVENT#',
  /** Events about a person rather than an item (a sign-in link, mail to them that bounced). */
  personEvent: (email: string, at: string, nonce: string): Key => ({ pk: `PERSON#${email}`, sk: `EVENT#${at}#${nonce}` }),
  /** Set when SES reports the address permanently undeliverable (bounce or complaint). */
  undeliverable: (email: string): Key => ({ pk: `PERSON#${email}`, sk: 'UNDELIVERABLE' }),
  /** Kept beside the event but outside its `EVENT#` range, so history reads never see them. */
  delivery: (event: Key, template: string, email: string): Key => ({ pk: event.pk, sk: `MAIL#${event.sk}#${template}#${email}` }),

  /**
   * An incoming student's invitation data (nationality, birth date, passport), in the nomination's
   * partition but its own item: the nomination's reads and history never carry it, and it is
   * deleted without rewriting the nomination.
   */
  invitationData: (nominationId: string): Key => ({ pk: `NOM#${nominationId}`, sk: 'INVITATION' }),
  /**
   * Every nomination that holds invitation data, in a partition of the sparse `byDue` index of its
   * own: the retention sweep and the office's invitation list read it, never the table.
   */
  invitationDataList: (nominationId: string) => ({ duePk: 'INVITATIONS', dueAt: `NOM#${nominationId}` }),
  invitationDataPartition: 'INVITATIONS',

  /**
   * A template the office uploaded for a document (memorandum, invitation) in one language: the
   * three languages of a document in one partition, read together when a file is made.
   */
  template: (document: string, language: string): Key => ({ pk: `TEMPLATE#${document}`, sk: `LANG#${language}` }),

  /**
   * An incoming student's study plan: its state (which version is current, where it stands) and
   * its versions, in the nomination's partition outside the `EVENT#` range, so one Query on the
   * `STUDYPLAN` prefix reads the plan with every version, and the nomination's reads never do.
   */
  studyPlan: (nominationId: string): Key => ({ pk: `NOM#${nominationId}`, sk: 'STUDYPLAN' }),
  studyPlanVersion: (nominationId: string, number: number): Key => ({ pk: `NOM#${nominationId}`, sk: `STUDYPLAN#V#${String(number).padStart(5, '0')}` }),
  studyPlanPrefix: 'STUDYPLAN',
  /**
   * A study plan's event in its nomination's history. The plan moves without the nomination, so
   * the event is filed under the nomination's current version, after that version's own event
   * (`~` sorts after every event type) and by time, so two of them never share a key.
   */
  studyPlanEvent: (nominationId: string, nominationVersion: number, at: string, type: string): Key => ({
    pk: `NOM#${nominationId}`,
    sk: `EVENT#${String(nominationVersion).padStart(8, '0')}#~${at}#${type}`,
  }),
  /** One cell of an agreement's places ledger, in the agreement's own partition. */
  places: (agreementId: string, cellKey: string): Key => ({ pk: `AGR#${agreementId}`, sk: `PLACES#${cellKey}` }),
  placesPrefix: 'PLACES#',
  /** An agreement's immutable versions, in its own partition, numbered from 1. */
  version: (agreementId: string, number: number): Key => ({ pk: `AGR#${agreementId}`, sk: `VERSION#${String(number).padStart(5, '0')}` }),
  versionPrefix: 'VERSION#',
  /**
   * A document's record, in its nomination's or memorandum's own partition, outside the `EVENT#`
   * range (history reads never see it). The id is time-ordered, so the `DOC#` range lists oldest first.
   */
  document: (entityPk: string, documentId: string): Key => ({ pk: entityPk, sk: `DOC#${documentId}` }),
  documentPrefix: 'DOC#',
  /** Where the file lies in the documents bucket: server-chosen, under the one prefix the API may write. */
  documentObject: (entityPk: string, documentId: string): string => `documents/${entityPk.replace('#', '/')}/${documentId}`,
  counter: (kind: SubmissionKind, year: number): Key => ({ pk: `COUNTER#${ENTITY_PREFIX[kind]}#${year}`, sk: 'COUNTER' }),
  link: (hash: string): Key => ({ pk: `LINK#${hash}`, sk: 'LINK' }),
  /** The one live action link of an approver at a step; issuing a new one voids the old. */
  linkSlot: (entityPk: string, round: number, stepIndex: number, email: string): Key => ({
    pk: `SLOT#${entityPk}#${round}#${stepIndex}#${email}`,
    sk: 'SLOT',
  }),
  /** The one live link of a nomination's partner coordinator (a reminder's fresh link voids the last). */
  partnerLinkSlot: (entityPk: string): Key => ({ pk: `SLOT#${entityPk}#partner`, sk: 'SLOT' }),
  /** The one live link of a study plan's host-faculty coordinator (a new send voids the last). */
  studyPlanLinkSlot: (entityPk: string): Key => ({ pk: `SLOT#${entityPk}#study-plan`, sk: 'SLOT' }),
  /** The one live link of an agreement's partner signatory in one sending (round): a reminder voids the last; a new round has a slot of its own. */
  signatoryLinkSlot: (entityPk: string, round: number): Key => ({ pk: `SLOT#${entityPk}#signatory#${round}`, sk: 'SLOT' }),
  /** How many fresh links an approver asked for at one step of one round: a small cap, so a link cannot mint mail without end. */
  freshLinkRequests: (entityPk: string, round: number, stepIndex: number, email: string): Key => ({
    pk: `SLOT#${entityPk}#${round}#${stepIndex}#${email}`,
    sk: 'FRESH',
  }),
  session: (hash: string): Key => ({ pk: `SESSION#${hash}`, sk: 'SESSION' }),
  /** A client's count of link requests in one fixed window. */
  rate: (scope: 'client', id: string, window: number): Key => ({ pk: `RATE#${scope}#${id}#${window}`, sk: 'RATE' }),
  /** One per address: when its last sign-in email was asked of the notifier (`lastSentAt`). */
  signinResend: (email: string): Key => ({ pk: `RATE#address#${email}`, sk: 'RESEND' }),
};

export function kindOfEntityPk(pk: string): SubmissionKind | undefined {
  if (pk.startsWith('NOM#')) return 'nomination';
  if (pk.startsWith('AGR#')) return 'memorandum';
  return undefined;
}
