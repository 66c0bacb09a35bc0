/**
 * An incoming student's study plan, pure: whose nomination may have one, its totals, when a save
 * is a new version (after an approval, or once the student has arrived) and when it edits the
 * current one, what changed between versions (the agreements' diff, keyed by course code), and
 * the host faculty coordinator's answer by link. The clock and the current state are inputs.
 */
import { canonicalJson } from '../canonical';
import { ConflictError, ValidationError } from '../errors';
import type { Nomination } from '../schemas/entities';
import type { Course, StudyPlanContent, StudyPlanDecision } from '../schemas/study-plan';
import type { Actor } from './types';
import { diffContent, type FieldChange } from './versions';

export type StudyPlanStatus = 'draft' | 'sent' | 'approved' | 'changes_requested';

/** What the coordinator's approval records on the version: who, when, and the hash of what they were shown. */
export type StudyPlanApproval = { email: string; name: string; at: string; snapshotHash: string };

/** One version of a plan. Superseded versions are never written again. */
export type StudyPlanVersion = {
  number: number;
  content: StudyPlanContent;
  savedAt: string;
  savedBy: Actor;
  /** Against the version before (none for the first). */
  changes: FieldChange[];
  approval?: StudyPlanApproval;
  changesRequested?: { email: string; name: string; at: string; comment: string };
};

/** The plan's state: which version is current and where it stands; `revision` orders every write. */
export type StudyPlanState = {
  nominationId: string;
  revision: number;
  current: number;
  status: StudyPlanStatus;
  /** The host faculty's coordinator it was last sent to (their link is for `current`). */
  sentTo?: Actor & { at: string };
  /** While sent and unanswered: how many reminders went (each with a fresh link), when the next is due, when the office was told. */
  reminders?: StudyPlanReminders;
  updatedAt: string;
};

export type StudyPlanReminders = { count: number; nextReminderAt?: string; escalatedAt?: string };

/**
 * What the office's nominations list says of a plan, kept on the nomination itself (written in the
 * plan's own transaction), so the list reads no plan: where it stands, its current version, the
 * last approved version, and to whom it went. `revision` is the plan's, so a nomination written
 * from a stale read cannot put an older summary back (functions/lib/db/submissions.ts).
 */
export type StudyPlanSummary = {
  status: StudyPlanStatus;
  current: number;
  revision: number;
  approvedVersion?: number;
  sentTo?: Actor;
  /** The coordinator did not answer after every reminder, and the office was told. */
  unanswered?: true;
};

export type StudyPlanEvent =
  | { type: 'study_plan_saved'; at: string; actor: Actor; planVersion: number; newVersion: boolean; changes: number }
  | { type: 'study_plan_sent'; at: string; actor: Actor; planVersion: number; coordinator: Actor }
  | { type: 'study_plan_decided'; at: string; actor: Actor; planVersion: number; decision: StudyPlanDecision; comment?: string; snapshotHash: string }
  | { type: 'study_plan_reminded'; at: string; planVersion: number; coordinator: Actor; count: number }
  | { type: 'study_plan_unanswered'; at: string; planVersion: number; coordinator: Actor; reminders: number };

/** Nominations over and done with take no more plans; the office keeps what was there. */
const CLOSED: Nomination['status'][] = ['rejected', 'withdrawn', 'declined_by_partner', 'completed'];

/** A study plan belongs to an open incoming nomination only. */
export function checkStudyPlanAllowed(n: Nomination): void {
  if (n.content.direction !== 'incoming') {
    throw new ConflictError('not_incoming', 'Only an incoming student has a study plan at this university', { status: n.status, direction: n.content.direction });
  }
  if (CLOSED.includes(n.status)) throw new ConflictError('wrong_status', `This nomination is ${n.status}; its study plan can no longer change`, { status: n.status });
}

/** The ECTS credits of a course: its own, or the stated equivalent of its local credits. */
export const ectsOf = (c: Course): number => (c.creditSystem === 'ects' ? c.credits : (c.ectsCredits ?? 0));

/** Sums without binary noise (3 × 0.1 is 0.3, not 0.30000000000000004). */
const sum = (values: number[]) => Math.round(values.reduce((a, b) => a + b, 0) * 100) / 100;

export type StudyPlanTotals = { ects: number; local: number; courses: number };

export function totalsOf(content: StudyPlanContent): StudyPlanTotals {
  return {
    ects: sum(content.courses.map(ectsOf)),
    local: sum(content.courses.filter((c) => c.creditSystem === 'local').map((c) => c.credits)),
    courses: content.courses.length,
  };
}

/** The plan with its courses keyed by code, so the agreements' diff says "course added", "removed" or "credits changed" rather than "row 2 changed". */
const keyed = (c: StudyPlanContent) => ({
  period: c.period,
  note: c.note,
  courses: Object.fromEntries(c.courses.map(({ code, ...rest }) => [code.trim(), rest])),
});

/** What changed between two versions: `courses.<code>` added (`to` only) or removed (`from` only), `courses.<code>.credits` changed, `period`, `note`. */
export function studyPlanChanges(from: StudyPlanContent | undefined, to: StudyPlanContent): FieldChange[] {
  return from ? diffContent(keyed(from), keyed(to)) : [];
}

export type SaveOutcome = { state: StudyPlanState; version: StudyPlanVersion; newVersion: boolean; event: StudyPlanEvent; expectedRevision: number };

/**
 * A save. The first is version 1. While the current version was never approved and the student
 * has not arrived, a save edits it (back to draft: a plan sent and changed goes out again); after
 * an approval, or once the student is here, every save is a new version kept beside the old ones,
 * with what changed against it. A changed plan needs the coordinator again, so the old link goes.
 */
export function saveStudyPlan(
  current: { state: StudyPlanState; version: StudyPlanVersion; previous?: StudyPlanVersion } | undefined,
  cmd: { nominationId: string; content: StudyPlanContent; revision: number; arrived: boolean; actor: Actor; now: string },
): SaveOutcome {
  if ((current?.state.revision ?? 0) !== cmd.revision) {
    throw new ConflictError('study_plan_changed', 'Someone changed this study plan since you opened it; reload it and make your change again', {
      revision: current?.state.revision ?? 0,
      status: current?.state.status ?? null,
      current: current?.state.current ?? null,
    });
  }
  if (!current) {
    const version: StudyPlanVersion = { number: 1, content: cmd.content, savedAt: cmd.now, savedBy: cmd.actor, changes: [] };
    return {
      state: { nominationId: cmd.nominationId, revision: 1, current: 1, status: 'draft', updatedAt: cmd.now },
      version,
      newVersion: true,
      expectedRevision: 0,
      event: { type: 'study_plan_saved', at: cmd.now, actor: cmd.actor, planVersion: 1, newVersion: true, changes: 0 },
    };
  }
  const { state, version, previous } = current;
  const newVersion = cmd.arrived || version.approval !== undefined;
  const number = newVersion ? version.number + 1 : version.number;
  const base = newVersion ? version : previous;
  const saved: StudyPlanVersion = { number, content: cmd.content, savedAt: cmd.now, savedBy: cmd.actor, changes: studyPlanChanges(base?.content, cmd.content) };
  // Not sent any more: no reminders are due for what it was.
  const { sentTo: _sent, reminders: _reminders, ...rest } = state;
  return {
    state: { ...rest, revision: state.revision + 1, current: number, status: 'draft', updatedAt: cmd.now },
    version: saved,
    newVersion,
    expectedRevision: state.revision,
    event: { type: 'study_plan_saved', at: cmd.now, actor: cmd.actor, planVersion: number, newVersion, changes: saved.changes.length },
  };
}

const DAY_MS = 24 * 60 * 60 * 1000;
const addDays = (iso: string, days: number) => new Date(Date.parse(iso) + days * DAY_MS).toISOString();

/**
 * Sending the current version to the host faculty's coordinator (again: a fresh link, the old one
 * void). The reminders start over: the first falls due `everyDays` after the send.
 */
export function sendStudyPlan(state: StudyPlanState, cmd: { coordinator: Actor; actor: Actor; now: string; everyDays: number }): { state: StudyPlanState; event: StudyPlanEvent } {
  if (state.status === 'approved') {
    throw new ConflictError('already_approved', `Version ${state.current} of the study plan is approved already; change it to send a new version`, { status: state.status, current: state.current, revision: state.revision });
  }
  return {
    state: { ...state, revision: state.revision + 1, status: 'sent', sentTo: { ...cmd.coordinator, at: cmd.now }, reminders: { count: 0, nextReminderAt: addDays(cmd.now, cmd.everyDays) }, updatedAt: cmd.now },
    event: { type: 'study_plan_sent', at: cmd.now, actor: cmd.actor, planVersion: state.current, coordinator: cmd.coordinator },
  };
}

/**
 * What the coordinator is shown, and all they are shown: the nominee's name, home institution and
 * host faculty, the plan's version and its courses with their totals. Its canonical JSON's SHA-256
 * is the receipt recorded with the approval.
 */
export type StudyPlanView = {
  reference: string;
  nominee: string;
  homeInstitution: string;
  hostFaculty: string;
  academicYear: string;
  planVersion: number;
  plan: StudyPlanContent;
  totals: StudyPlanTotals;
  changes: FieldChange[];
};

export function studyPlanViewOf(n: Nomination, version: StudyPlanVersion, names: { partner: string; faculty: string }): StudyPlanView {
  return {
    reference: n.reference,
    nominee: n.content.nominee.name,
    homeInstitution: names.partner,
    hostFaculty: names.faculty,
    academicYear: n.content.academicYear,
    planVersion: version.number,
    plan: version.content,
    totals: totalsOf(version.content),
    changes: version.changes,
  };
}

export const studyPlanViewText = (view: StudyPlanView): string => canonicalJson(view);

/** A link is for one version, sent at one moment: anything newer (a save, a resend) leaves it behind. */
export function linkIsCurrent(state: StudyPlanState, link: { planVersion: number; createdAt: string }): boolean {
  return state.current === link.planVersion && state.sentTo !== undefined && link.createdAt >= state.sentTo.at;
}

/** The plan as a link's 409 states it. */
export const studyPlanState = (s: StudyPlanState, v?: StudyPlanVersion) => ({
  status: s.status,
  current: s.current,
  ...(v?.approval ? { approval: v.approval } : {}),
  ...(v?.changesRequested ? { changesRequested: v.changesRequested } : {}),
});

/** The coordinator approves, or sends it back with a comment (required). */
export function decideStudyPlan(
  state: StudyPlanState,
  version: StudyPlanVersion,
  cmd: { decision: StudyPlanDecision; comment?: string; by: Actor; shownSnapshotHash: string; currentSnapshotHash: string; now: string },
): { state: StudyPlanState; version: StudyPlanVersion; event: StudyPlanEvent } {
  const comment = cmd.comment?.trim() || undefined;
  // Answered: the reminders stop.
  const { reminders: _reminders, ...answered } = state;
  if (cmd.decision === 'request_changes' && !comment) throw new ValidationError('Say what should change', [{ path: 'comment', message: 'A request for changes needs a comment' }]);
  if (state.status !== 'sent' || version.number !== state.current) throw new ConflictError('not_waiting', 'This study plan is no longer waiting for your answer', studyPlanState(state, version));
  if (cmd.shownSnapshotHash !== cmd.currentSnapshotHash) {
    throw new ConflictError('snapshot_changed', 'The study plan changed since you opened it; reload and look again', { ...studyPlanState(state, version), snapshotHash: cmd.currentSnapshotHash });
  }
  const decided: StudyPlanVersion =
    cmd.decision === 'approve'
      ? { ...version, approval: { email: cmd.by.email, name: cmd.by.name, at: cmd.now, snapshotHash: cmd.shownSnapshotHash } }
      : { ...version, changesRequested: { email: cmd.by.email, name: cmd.by.name, at: cmd.now, comment: comment! } };
  return {
    state: { ...answered, revision: state.revision + 1, status: cmd.decision === 'approve' ? 'approved' : 'changes_requested', updatedAt: cmd.now },
    version: decided,
    event: { type: 'study_plan_decided', at: cmd.now, actor: cmd.by, planVersion: version.number, decision: cmd.decision, ...(comment ? { comment } : {}), snapshotHash: cmd.shownSnapshotHash },
  };
}

/**
 * A sent plan the coordinator has not answered, as an approver's step: a reminder every
 * `everyDays` (the notifier mints a fresh link with it, voiding the last; functions/notifier/plan.ts),
 * and after `escalateAfter` of them the office is told once and the reminders stop (the office then
 * writes to the coordinator itself, or sends the plan again). Null when nothing is due. Once the
 * nomination is over the reminders stop without a word (no event).
 */
export function remindStudyPlan(
  state: StudyPlanState,
  cmd: { now: string; everyDays: number; escalateAfter: number; nominationStatus?: Nomination['status'] },
): { state: StudyPlanState; event?: StudyPlanEvent } | null {
  const r = state.reminders;
  if (state.status !== 'sent' || !state.sentTo || !r?.nextReminderAt || r.nextReminderAt > cmd.now) return null;
  // The nomination is over (withdrawn, rejected, declined, completed): its plan can no longer change, so nobody is asked about it again.
  if (cmd.nominationStatus && CLOSED.includes(cmd.nominationStatus)) {
    const { nextReminderAt: _stop, ...stopped } = r;
    return { state: { ...state, revision: state.revision + 1, reminders: stopped, updatedAt: cmd.now } };
  }
  const coordinator = { email: state.sentTo.email, name: state.sentTo.name };
  const escalate = r.count >= cmd.escalateAfter;
  const { nextReminderAt: _next, ...kept } = r;
  const reminders: StudyPlanReminders = escalate ? { ...kept, escalatedAt: cmd.now } : { count: r.count + 1, nextReminderAt: addDays(cmd.now, cmd.everyDays) };
  return {
    // A new revision: two ticks reading the same state cannot both remind (the write is conditional on it).
    state: { ...state, revision: state.revision + 1, reminders, updatedAt: cmd.now },
    event: escalate
      ? { type: 'study_plan_unanswered', at: cmd.now, planVersion: state.current, coordinator, reminders: r.count }
      : { type: 'study_plan_reminded', at: cmd.now, planVersion: state.current, coordinator, count: reminders.count },
  };
}

/** The list's summary of a plan (StudyPlanSummary); `approvedVersion`, the newest version approved, when one is. */
export function summaryOf(state: StudyPlanState, versions: Pick<StudyPlanVersion, 'number' | 'approval'>[]): StudyPlanSummary {
  const approved = versions.filter((v) => v.approval).reduce<number | undefined>((n, v) => Math.max(n ?? 0, v.number), undefined);
  return {
    status: state.status,
    current: state.current,
    revision: state.revision,
    ...(approved !== undefined ? { approvedVersion: approved } : {}),
    ...(state.sentTo ? { sentTo: { email: state.sentTo.email, name: state.sentTo.name } } : {}),
    ...(state.status === 'sent' && state.reminders?.escalatedAt ? { unanswered: true as const } : {}),
  };
}
