/**
 * The shape of one language's email texts. Each sentence is a function of named values, so a
 * translation may put them in its own order and inflect around them (Russian agreement,
 * Uzbek suffixes) instead of gluing fragments together in English word order.
 */
import type { ActivityKind } from '../../../shared/schemas/activity';
import type { RoomReleaseReason } from '../../../shared/workflow/types';

/** What an email is about, already put into the recipient's language. */
export type About = {
  /** "Memorandum", "Exchange nomination": for the start of a sentence or a subject. */
  kind: string;
  /** The same in lower case, for the middle of a sentence. */
  kindLower: string;
  reference: string;
  title: string;
  submitter: string;
};

/** An international activity as an email names it, already in the recipient's language (functions/notifier/templates/index.ts `activityAbout`). */
export type ActivityAbout = {
  /** "Guest lecture": for the start of a sentence or a subject. */
  kind: string;
  /** The same in lower case, for the middle of a sentence. */
  kindLower: string;
  title: string;
  /** The faculty that runs it. */
  faculty: string;
  /** "12 October 2026 – 14 October 2026", or one date. */
  dates: string;
};

export type AgreementNews = 'activated' | 'expiry_reminder' | 'expired' | 'termination_scheduled' | 'terminated' | 'amended';
export type MobilityNews = 'accepted' | 'declined' | 'completed';
/** What the office hears of the partner's signatory: the text approved, changes asked for, the signed copy in, or silence. */
export type SignatoryNews = 'approved' | 'changes_requested' | 'signed' | 'unanswered';

/**
 * The words of a request sent through a personal link to someone without an account (the partner's
 * coordinator, the partner's signatory), first or a reminder (`reminder` 0 = the first request).
 */
export type LinkRequestWords = {
  subject: (a: About, reminder: number) => string;
  heading: (reminder: number) => string;
  body: (a: About) => string;
  button: string;
  safe: string;
  personal: (date: string) => string;
};

/**
 * How one language frames such a request: its subject and heading around what the link kind asks
 * for (`N`: the language's own nouns for it, in the cases its sentences need), and the warning
 * that the link is personal. One frame per language, so the kinds cannot drift apart in wording.
 */
export type LinkRequestFrame<N> = {
  subject: (asked: N, a: About, reminder: number) => string;
  heading: (asked: N, reminder: number) => string;
  personal: (date: string) => string;
};

/** One link kind's request words: the language's frame around its nouns, and what only it says. */
export const linkRequestWords =
  <N>(frame: LinkRequestFrame<N>) =>
  (asked: N, own: Pick<LinkRequestWords, 'body' | 'button' | 'safe'>): LinkRequestWords => ({
    subject: (a, reminder) => frame.subject(asked, a, reminder),
    heading: (reminder) => frame.heading(asked, reminder),
    ...own,
    personal: frame.personal,
  });

/** A room of an incoming student's, given or taken back: the stay's dates already written in the reader's language. */
export type RoomWords = {
  subject: (a: About) => string;
  heading: string;
  body: (a: About, r: { residence: string; room: string; from: string; to: string }) => string;
};

export type Words = {
  footer: string;
  /** Above the link written out under a button. */
  linkFallback: string;
  signin: {
    subject: string;
    heading: string;
    body: (minutes: number) => string;
    button: string;
    ignore: string;
  };
  action: {
    subject: (a: About, reminder: number) => string;
    heading: (reminder: number) => string;
    body: (a: About, role: string) => string;
    due: (date: string) => string;
    button: string;
    /** Says the page changes nothing until a button on it is pressed, naming those buttons. */
    safe: (buttons: { approve: string; reject: string; changes: string }) => string;
    personal: (expires: string) => string;
  };
  receipt: {
    subject: (a: About, again: boolean) => string;
    heading: (a: About, again: boolean) => string;
    body: (a: About, firstRole: string, again: boolean) => string;
    button: string;
  };
  final: {
    subject: (a: About, approved: boolean) => string;
    heading: (a: About, approved: boolean) => string;
    body: (a: About, approved: boolean, by: string) => string;
    comment: string;
    reason: string;
    button: string;
  };
  nominee: {
    subject: (a: About) => string;
    heading: string;
    greeting: (name: string) => string;
    body: (a: About) => string;
    noReply: string;
  };
  changes: {
    subject: (a: About) => string;
    heading: (a: About) => string;
    body: (a: About, by: string) => string;
    next: string;
    button: string;
  };
  withdrawn: {
    subject: (a: About) => string;
    heading: string;
    body: (a: About, by: string) => string;
    reason: string;
    noAction: string;
  };
  escalation: {
    subject: (a: About) => string;
    heading: string;
    body: (a: About, role: string, reminders: number) => string;
    due: (date: string) => string;
    pending: string;
    followUp: string;
    button: string;
  };
  /** To the administrators: a role change left a step of an item in review with nobody to decide it. */
  approverMissing: {
    subject: (a: About) => string;
    heading: string;
    body: (a: About) => string;
    /** One step with nobody: its number and role, and whether the item waits at it now or will. */
    step: (n: number, role: string, active: boolean) => string;
    next: string;
    button: string;
  };
  /** To an agreement's coordinator and the international office: its life after approval. */
  agreement: {
    subject: (a: About, what: AgreementNews) => string;
    heading: (what: AgreementNews) => string;
    body: (a: About, what: AgreementNews, dates: { endDate?: string; effectiveDate?: string; daysLeft?: number; version?: number }) => string;
    reason: string;
    renewHint: string;
    button: string;
  };
  /** To the submitter and the nominee: the partner's answer and the completed mobility. */
  mobility: {
    subject: (a: About, what: MobilityNews) => string;
    heading: (what: MobilityNews) => string;
    body: (a: About, what: MobilityNews) => string;
    reason: string;
  };
  /** To the submitter: the office gave their incoming student a room (dates already written in the reader's language). */
  room: RoomWords;
  /** To the submitter: the office took back the room it had given (the stay as it was given). */
  roomCancelled: RoomWords;
  /**
   * The room given back because the nomination ended (`why`: how, by whom): to who gave the room, when
   * someone else ended it, and to the submitter, when the office withdrew it.
   */
  roomReleased: {
    subject: (a: About) => string;
    heading: string;
    body: (a: About, r: { residence: string; room: string; from: string; to: string }, why: string) => string;
    why: Record<RoomReleaseReason, (by: string) => string>;
  };
  /** To a partner university's coordinator: an approved nomination waits for their answer (reminder 0 = the first request). */
  partner: LinkRequestWords;
  /** To the host faculty's coordinator: an incoming student's study plan waits for their approval. */
  studyPlan: {
    subject: (a: About, version: number, reminder: number) => string;
    heading: (reminder: number) => string;
    body: (a: About, version: number) => string;
    button: string;
    safe: string;
    personal: (date: string) => string;
  };
  /** To the submitter: the coordinator's answer to the study plan. */
  studyPlanAnswer: {
    subject: (a: About, approved: boolean) => string;
    heading: (approved: boolean) => string;
    body: (a: About, version: number, approved: boolean, by: string) => string;
    comment: string;
    button: string;
  };
  /** To the administrators: the host faculty's coordinator has not answered a study plan after every reminder. */
  studyPlanSilent: {
    subject: (a: About) => string;
    heading: string;
    body: (a: About, version: number, coordinator: string, reminders: number) => string;
    followUp: string;
    button: string;
  };
  /** To the administrators: a partner's coordinator has not answered after every reminder. */
  partnerSilent: {
    subject: (a: About) => string;
    heading: string;
    body: (a: About, contact: string, reminders: number) => string;
    followUp: string;
    button: string;
  };
  /** To a partner university's signatory: an approved memorandum's text waits for their approval (reminder 0 = the first request). */
  signatory: LinkRequestWords;
  /** To the memorandum's coordinator and the office: what the partner's signatory did (`who`: their name and address). */
  signatoryNews: {
    subject: (a: About, what: SignatoryNews) => string;
    heading: (what: SignatoryNews) => string;
    body: (a: About, what: SignatoryNews, who: string) => string;
    comment: string;
    button: string;
  };
  /** An activity's kind (shared/schemas/activity.ts ACTIVITY_KINDS), as the activities page says it. */
  activityKinds: Record<ActivityKind, string>;
  /**
   * To an activity's confirmer (the faculty's dean, or the international office): a faculty member
   * recorded it, and it counts once confirmed (`again`: edited after a return, proposed again).
   * `by`: the proposer's name and address.
   */
  activityProposed: {
    subject: (x: ActivityAbout, again: boolean) => string;
    heading: (again: boolean) => string;
    body: (x: ActivityAbout, by: string, confirmer: 'dean' | 'office', again: boolean) => string;
    next: string;
    button: string;
  };
  /** To who recorded an activity (and who proposed it again): the confirmer confirmed it, or returned it with a comment. */
  activityDecided: {
    subject: (x: ActivityAbout, confirmed: boolean) => string;
    heading: (confirmed: boolean) => string;
    body: (x: ActivityAbout, confirmed: boolean, by: string) => string;
    comment: string;
    next: (confirmed: boolean) => string;
    button: string;
  };
  /** To an activity's confirmer: the activity they were asked to confirm was cancelled before they answered (`by`: name and address). */
  activityCancelled: {
    subject: (x: ActivityAbout) => string;
    heading: string;
    body: (x: ActivityAbout, by: string) => string;
    reason: string;
    next: string;
    button: string;
  };
  /** To the office: mail to someone could not be delivered (`a` absent when it was about no item). */
  undeliverable: {
    subject: (email: string, a?: About) => string;
    heading: string;
    body: (email: string, cause: 'bounce' | 'complaint', a?: About) => string;
    detail: string;
    waiting: (role: string) => string;
    notWaiting: string;
    /** The address is a partner coordinator's, whose answer a nomination waits for. */
    partnerWaiting: string;
    /** The address is a partner signatory's, whose answer to a memorandum's text waits. */
    signatoryWaiting: string;
    button: string;
    /** The email was about an international activity (its confirmation); `waiting`: it still waits on this confirmer. */
    activity: {
      subject: (email: string, x: ActivityAbout) => string;
      body: (email: string, cause: 'bounce' | 'complaint', x: ActivityAbout) => string;
      waiting: string;
    };
  };
};
