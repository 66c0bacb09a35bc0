/**
 * An incoming student's study plan as the edges ask for it: read, saved (versioned), sent to the
 * host faculty's coordinator, and answered through their link. Who may read and write is who may
 * see the nomination (services/submissions.ts `getVisible`: the office, the submitter and the
 * approvers); the rules are shared/workflow/study-plan.ts. The link is the approver's token model
 * (functions/lib/links.ts): opaque, hashed at rest, single-use, expiring; its preview changes
 * nothing, and the answer carries the hash of what was shown.
 */
import { ConflictError, GoneError, NotFoundError } from '../../../shared/errors';
import type { Nomination, Person } from '../../../shared/schemas';
import type { StudyPlanAnswerRequest, StudyPlanDecision, StudyPlanSaveRequest } from '../../../shared/schemas/study-plan';
import { scopeKey } from '../../../shared/scopes';
import * as rules from '../../../shared/workflow/study-plan';
import type { StudyPlanState, StudyPlanVersion, StudyPlanView } from '../../../shared/workflow/study-plan';
import type { Deps } from '../deps';
import { getFaculty, getPartner, readRoleHoldersNow } from '../db/directory';
import { isTransactionConflict, pauseAfterConflict } from '../db/errors';
import { getLink, voidStudyPlanLink, type LinkRecord } from '../db/links';
import { listStudyPlansDue, putStudyPlanSummaryIfMissing, readStudyPlan, StudyPlanChangedError, writeStudyPlan, type StoredStudyPlan } from '../db/study-plans';
import { getSubmission, subjectOf, submissionPages } from '../db/submissions';
import { sha256Hex, tokenHash } from '../links';
import { answerThroughLink } from './link-answers';
import { actorOf, getVisible, titlesFor } from './submissions';

export type StudyPlanAnswer = {
  nominationId: string;
  reference: string;
  status: rules.StudyPlanStatus;
  revision: number;
  current: number;
  sentTo?: { email: string; name: string; at: string };
  version: StudyPlanVersion;
  totals: rules.StudyPlanTotals;
};

export type StudyPlanVersions = { current: number; versions: (StudyPlanVersion & { totals: rules.StudyPlanTotals })[] };

async function incomingNomination(deps: Deps, id: string, person: Person): Promise<Nomination> {
  const n = (await getVisible(deps, 'nomination', id, person)) as Nomination;
  if (n.content.direction !== 'incoming') {
    throw new ConflictError('not_incoming', 'Only an incoming student has a study plan at this university', { status: n.status, direction: n.content.direction });
  }
  return n;
}

const currentOf = (plan: StoredStudyPlan) => {
  const state = plan.state;
  const version = state && plan.versions.find((v) => v.number === state.current);
  return state && version ? { state, version, previous: plan.versions.find((v) => v.number === state.current - 1) } : undefined;
};

const answerOf = (n: Nomination, state: StudyPlanState, version: StudyPlanVersion): StudyPlanAnswer => ({
  nominationId: n.id,
  reference: n.reference,
  status: state.status,
  revision: state.revision,
  current: state.current,
  ...(state.sentTo ? { sentTo: state.sentTo } : {}),
  version,
  totals: rules.totalsOf(version.content),
});

/** The list's summary after a write: the plan's versions as they will be, the one written included. */
const summaryAfter = (plan: StoredStudyPlan, state: StudyPlanState, written?: StudyPlanVersion) =>
  rules.summaryOf(state, [...plan.versions.filter((v) => v.number !== written?.number), ...(written ? [written] : [])]);

const NO_PLAN = () => new NotFoundError('This nomination has no study plan yet', 'no_study_plan');

export async function read(deps: Deps, id: string, person: Person): Promise<StudyPlanAnswer> {
  const n = await incomingNomination(deps, id, person);
  const current = currentOf(await readStudyPlan(deps.db, id));
  if (!current) throw NO_PLAN();
  return answerOf(n, current.state, current.version);
}

export async function versions(deps: Deps, id: string, person: Person): Promise<StudyPlanVersions> {
  await incomingNomination(deps, id, person);
  const plan = await readStudyPlan(deps.db, id);
  if (!plan.state) throw NO_PLAN();
  return { current: plan.state.current, versions: plan.versions.map((v) => ({ ...v, totals: rules.totalsOf(v.content) })) };
}

function changedAnswer(plan: StoredStudyPlan): ConflictError {
  const s = plan.state;
  return new ConflictError('study_plan_changed', 'Someone changed this study plan since you opened it; reload it and make your change again', {
    revision: s?.revision ?? 0,
    status: s?.status ?? null,
    current: s?.current ?? null,
  });
}

/** Transactions cancelled for colliding (nobody won) are run again after a short pause. */
const ATTEMPTS = 6;

export async function save(deps: Deps, id: string, person: Person, request: StudyPlanSaveRequest): Promise<StudyPlanAnswer> {
  const { revision, ...content } = request;
  for (let attempt = 1; ; attempt++) {
    const n = await incomingNomination(deps, id, person);
    rules.checkStudyPlanAllowed(n);
    const plan = await readStudyPlan(deps.db, id);
    const now = deps.clock().toISOString();
    const out = rules.saveStudyPlan(currentOf(plan), { nominationId: id, content, revision, arrived: Boolean(n.arrival), actor: actorOf(person), now });
    try {
      await writeStudyPlan(deps.db, {
        state: out.state,
        expectedRevision: out.expectedRevision,
        version: { record: out.version, isNew: out.newVersion },
        event: out.event,
        subject: subjectOf(n, await titlesFor(deps, n)),
        nominationVersion: n.version,
        summary: summaryAfter(plan, out.state, out.version),
      });
    } catch (error) {
      if (error instanceof StudyPlanChangedError) throw changedAnswer(await readStudyPlan(deps.db, id));
      if (isTransactionConflict(error) && attempt < ATTEMPTS) {
        await pauseAfterConflict(attempt);
        continue;
      }
      throw error;
    }
    // The plan changed: the coordinator's link for what it was stops working (the page says a newer one exists).
    if (plan.state?.status === 'sent') await voidStudyPlanLink(deps.db, id, now);
    deps.log.info('study plan saved', { reference: n.reference, planVersion: out.version.number, newVersion: out.newVersion });
    return answerOf(n, out.state, out.version);
  }
}

/** The host faculty's coordinator: who holds the role for the incoming student's (host) faculty, now. */
async function coordinatorFor(deps: Deps, n: Nomination) {
  const holders = await readRoleHoldersNow(deps.db, 'faculty_coordinator', scopeKey({ type: 'faculty', faculty: n.content.nominee.faculty }));
  const first = [...holders].sort((a, b) => a.email.localeCompare(b.email))[0];
  if (!first) {
    const faculty = await getFaculty(deps.db, n.content.nominee.faculty);
    throw new ConflictError('no_coordinator', `Nobody is the faculty coordinator of ${faculty?.name ?? n.content.nominee.faculty}: give someone that role in the directory (People), then send the plan again`, {
      faculty: n.content.nominee.faculty,
      role: 'faculty_coordinator',
    });
  }
  return { email: first.email, name: first.name };
}

export async function send(deps: Deps, id: string, person: Person): Promise<StudyPlanAnswer> {
  for (let attempt = 1; ; attempt++) {
    const n = await incomingNomination(deps, id, person);
    rules.checkStudyPlanAllowed(n);
    const plan = await readStudyPlan(deps.db, id);
    const current = currentOf(plan);
    if (!current) throw NO_PLAN();
    const coordinator = await coordinatorFor(deps, n);
    const now = deps.clock().toISOString();
    const out = rules.sendStudyPlan(current.state, { coordinator, actor: actorOf(person), now, everyDays: deps.config.reminderEveryDays });
    try {
      // The email with the link goes from the notifier, on this event (functions/notifier/plan.ts).
      await writeStudyPlan(deps.db, {
        state: out.state,
        expectedRevision: current.state.revision,
        event: out.event,
        subject: subjectOf(n, await titlesFor(deps, n)),
        nominationVersion: n.version,
        summary: summaryAfter(plan, out.state),
      });
      deps.log.info('study plan sent', { reference: n.reference, planVersion: current.state.current });
      return answerOf(n, out.state, current.version);
    } catch (error) {
      if (error instanceof StudyPlanChangedError) throw changedAnswer(await readStudyPlan(deps.db, id));
      if (!isTransactionConflict(error) || attempt >= ATTEMPTS) throw error;
      await pauseAfterConflict(attempt);
    }
  }
}

// ---- the coordinator's link ------------------------------------------------------------------

type StudyPlanLink = LinkRecord & { purpose: 'study-plan'; entityId: string; name: string; round: number };

/** Word for word the approver's answer to an unknown link: this link reveals no more. */
const INVALID = () => new NotFoundError('This link is not valid. Open the newest email about this item, or ask for a fresh link.', 'link_invalid');
const REPLACED = () => new GoneError('link_replaced', 'The study plan changed or was sent again since this email; use the newest email about it.');

async function findLink(deps: Deps, token: string): Promise<StudyPlanLink> {
  const link = await getLink(deps.db, tokenHash(token));
  if (!link || link.purpose !== 'study-plan' || !link.entityId || link.round === undefined) throw INVALID();
  return link as StudyPlanLink;
}

type Opened = { link: StudyPlanLink; n: Nomination; plan: StoredStudyPlan; state: StudyPlanState; version: StudyPlanVersion };

/** The link, its nomination and the plan's version it was sent for; 410 when it is expired, void, or left behind by a newer version or send. */
async function open(deps: Deps, token: string, now: string): Promise<Opened> {
  const link = await findLink(deps, token);
  const n = await getSubmission(deps.db, 'nomination', link.entityId);
  if (!n || n.kind !== 'nomination') throw INVALID();
  const plan = await readStudyPlan(deps.db, link.entityId);
  const version = plan.versions.find((v) => v.number === link.round);
  if (!plan.state || !version) throw INVALID();
  if (!link.usedAt) {
    if (link.voidedAt || !rules.linkIsCurrent(plan.state, { planVersion: link.round, createdAt: link.createdAt })) throw REPLACED();
    if (link.expiresAt <= now) throw new GoneError('link_expired', 'This link has expired. Ask the international office to send the study plan again.');
  }
  return { link, n, plan, state: plan.state, version };
}

async function viewOf(deps: Deps, n: Nomination, version: StudyPlanVersion): Promise<StudyPlanView> {
  const [partner, faculty] = await Promise.all([getPartner(deps.db, n.content.partnerId), getFaculty(deps.db, n.content.nominee.faculty)]);
  return rules.studyPlanViewOf(n, version, { partner: partner?.name ?? '', faculty: faculty?.name ?? n.content.nominee.faculty });
}

const hashOf = (view: StudyPlanView): string => sha256Hex(rules.studyPlanViewText(view));

export type StudyPlanPreview = {
  studyPlan: StudyPlanView;
  coordinator: { email: string; name: string };
  snapshotHash: string;
  choices: StudyPlanDecision[];
  /** Present when this link has answered: what, by whom, when. */
  closed?: Record<string, unknown>;
  expiresAt: string;
};

/** Read-only: shows the version the coordinator is asked about, and changes nothing (mail scanners open links too). */
export async function preview(deps: Deps, token: string): Promise<StudyPlanPreview> {
  const { link, n, version } = await open(deps, token, deps.clock().toISOString());
  const view = await viewOf(deps, n, version);
  return {
    studyPlan: view,
    coordinator: { email: link.email, name: link.name },
    snapshotHash: hashOf(view),
    choices: link.usedAt ? [] : ['approve', 'request_changes'],
    ...(link.usedAt ? { closed: { decidedBy: link.email, decidedByName: link.name, decision: link.decision, at: link.usedAt } } : {}),
    expiresAt: link.expiresAt,
  };
}

export type StudyPlanAnswerResult = { reference: string; planVersion: number; status: rules.StudyPlanStatus; decision: StudyPlanDecision; decidedBy: string; at: string; snapshotHash: string };

export async function answer(deps: Deps, req: StudyPlanAnswerRequest & { idempotencyKey?: string }): Promise<StudyPlanAnswerResult> {
  // Voided or changed meanwhile: look again, and the next try answers what happened (409 or 410).
  return answerThroughLink<StudyPlanAnswerResult>({ attempts: ATTEMPTS, alsoRetry: (error) => error instanceof StudyPlanChangedError }, async () => {
    const now = deps.clock().toISOString();
    const { link, n, plan, state, version } = await open(deps, req.token, now);
    if (link.usedAt) {
      // A retry of the very same request (same Idempotency-Key) gets the very same answer.
      if (req.idempotencyKey && link.idempotencyKey === req.idempotencyKey && link.decision === req.decision && link.answer) return { answered: link.answer as StudyPlanAnswerResult };
      throw new ConflictError('already_decided', 'This link has already been used', { decidedBy: link.email, decidedByName: link.name, decision: link.decision, at: link.usedAt, ...rules.studyPlanState(state, version) });
    }
    const by = { email: link.email, name: link.name };
    const decided = rules.decideStudyPlan(state, version, {
      decision: req.decision,
      comment: req.comment,
      by,
      shownSnapshotHash: req.snapshotHash,
      currentSnapshotHash: hashOf(await viewOf(deps, n, version)),
      now,
    });
    const result: StudyPlanAnswerResult = { reference: n.reference, planVersion: version.number, status: decided.state.status, decision: req.decision, decidedBy: link.email, at: now, snapshotHash: req.snapshotHash };
    return {
      busy: () => new ConflictError('busy', 'The study plan is being changed at this moment; press the button again', rules.studyPlanState(state, version)),
      write: async () => {
        await writeStudyPlan(deps.db, {
          state: decided.state,
          expectedRevision: state.revision,
          version: { record: decided.version, isNew: false },
          event: decided.event,
          subject: subjectOf(n, await titlesFor(deps, n)),
          nominationVersion: n.version,
          summary: summaryAfter(plan, decided.state, decided.version),
          link: { hash: link.hash, now, decision: req.decision, idempotencyKey: req.idempotencyKey, answer: result },
        });
        deps.log.info('study plan decided', { reference: n.reference, planVersion: version.number, decision: req.decision });
        return result;
      },
    };
  });
}

// ---- the scheduler's reminders -----------------------------------------------------------------

export type StudyPlanReminderReport = { due: number; reminded: number; escalated: number; skipped: number; failed: number };

/**
 * Every sent plan whose reminder is due (the sparse due index): a reminder, whose email carries a
 * fresh link and voids the last (the notifier), or after the last one the office is told. Each plan
 * is read again and written conditional on its revision, so a tick run twice, or one racing the
 * coordinator's answer, reminds at most once; one plan that fails does not hold up the others.
 */
export async function remindStudyPlans(deps: Deps): Promise<StudyPlanReminderReport> {
  const now = deps.clock().toISOString();
  const report: StudyPlanReminderReport = { due: 0, reminded: 0, escalated: 0, skipped: 0, failed: 0 };
  for (const id of await listStudyPlansDue(deps.db, now)) {
    report.due++;
    try {
      const plan = await readStudyPlan(deps.db, id);
      const n = await getSubmission(deps.db, 'nomination', id);
      const next =
        plan.state && n?.kind === 'nomination'
          ? rules.remindStudyPlan(plan.state, { now, everyDays: deps.config.reminderEveryDays, escalateAfter: deps.config.escalateAfterReminders, nominationStatus: n.status })
          : null;
      if (!next || !plan.state || n?.kind !== 'nomination') {
        report.skipped++;
        continue;
      }
      await writeStudyPlan(deps.db, {
        state: next.state,
        expectedRevision: plan.state.revision,
        event: next.event,
        subject: subjectOf(n, await titlesFor(deps, n)),
        nominationVersion: n.version,
        summary: summaryAfter(plan, next.state),
      });
      if (next.event?.type === 'study_plan_unanswered') report.escalated++;
      else if (next.event) report.reminded++;
      else report.skipped++;
    } catch (error) {
      // Answered, saved or sent again while we looked (or a collision): the next tick sees the fresh state.
      if (error instanceof StudyPlanChangedError || isTransactionConflict(error)) {
        report.skipped++;
        continue;
      }
      report.failed++;
      deps.log.error('study plan reminder failed', { nominationId: id, error: error instanceof Error ? error.message : String(error) });
    }
  }
  return report;
}

// ---- the backfill ------------------------------------------------------------------------------

/**
 * The one-off backfill of the list's summaries (with the report facts'; infra/backfill.ts, and every
 * `npm start`): an incoming nomination without a summary whose plan exists gets one. Idempotent:
 * a nomination with a summary is not read again, and a second run writes nothing.
 */
export async function backfillStudyPlanSummaries(deps: Pick<Deps, 'db'>): Promise<{ read: number; written: number }> {
  const result = { read: 0, written: 0 };
  for await (const page of submissionPages(deps.db, 'nomination')) {
    for (const n of page as Nomination[]) {
      if (n.content.direction !== 'incoming' || n.studyPlan) continue;
      result.read++;
      const plan = await readStudyPlan(deps.db, n.id);
      if (plan.state && (await putStudyPlanSummaryIfMissing(deps.db, n.id, rules.summaryOf(plan.state, plan.versions)))) result.written++;
    }
  }
  return result;
}
