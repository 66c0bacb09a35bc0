/**
 * An incoming student's study plan: read, saved (a new version after an approval or the arrival),
 * its versions with what changed, sent to the host faculty's coordinator; and the coordinator's
 * link, which, like an approver's, is a POST with the token in the body.
 */
import * as z from 'zod/mini';
import { ValidationError } from '../../../shared/errors';
import { PreviewRequestSchema } from '../../../shared/schemas/api';
import { StudyPlanAnswerRequestSchema, StudyPlanSaveRequestSchema } from '../../../shared/schemas/study-plan';
import * as studyPlans from '../../lib/services/study-plans';
import { depsOf, signedIn } from '../context';
import type { ApiRouter } from '../router';

const SESSION = {
  400: 'Bad input, with field errors',
  401: 'Not signed in',
  404: 'No such nomination (or not yours to see: the office, its submitter and its approvers see it)',
};
const NOT_INCOMING = 'Not an incoming nomination (`not_incoming`), or one that is over (`wrong_status`); the body has the current state';

const LINK_ERRORS = {
  400: 'Bad input',
  404: 'Unknown or tampered link (the same answer for both, and the same as an approver’s)',
  410: 'Expired link (`link_expired`), or one a newer version or send of the plan replaced (`link_replaced`)',
};

const IdempotencyKeySchema = z.optional(z.string().check(z.minLength(8), z.maxLength(100)));

export function studyPlanRoutes(r: ApiRouter) {
  r.add(
    {
      method: 'get',
      operationId: 'getStudyPlan',
      access: 'session',
      path: '/nominations/:id/study-plan',
      tag: 'nominations',
      summary: 'An incoming student’s study plan: its current version, courses, total credits and status (draft, sent, approved, changes requested)',
      responses: { 200: 'The plan’s current version', ...SESSION, 404: 'No such nomination, or no study plan yet (`no_study_plan`)', 409: NOT_INCOMING },
    },
    async (c, { id }) => c.json(await studyPlans.read(depsOf(c), id, await signedIn(c)), 200),
  );

  r.add(
    {
      method: 'put',
      operationId: 'saveStudyPlan',
      access: 'session',
      path: '/nominations/:id/study-plan',
      tag: 'nominations',
      summary: 'Write an incoming student’s study plan (the office, the submitter, the approvers)',
      description:
        'The whole plan with the `revision` it was read at (0 for the first). Until a version is approved, and before the student arrives, a save edits the current version; ' +
        'after an approval, or once the student has arrived, every save is a new version kept beside the old ones, with what changed. A save voids the coordinator’s link for what the plan was.',
      body: StudyPlanSaveRequestSchema,
      responses: { 200: 'The plan’s current version, as saved', ...SESSION, 409: `${NOT_INCOMING}; or the plan changed since it was read (\`study_plan_changed\`, with its revision)` },
    },
    async (c, { id, body }) => c.json(await studyPlans.save(depsOf(c), id, await signedIn(c), body), 200),
  );

  r.add(
    {
      method: 'get',
      operationId: 'listStudyPlanVersions',
      access: 'session',
      path: '/nominations/:id/study-plan/versions',
      tag: 'nominations',
      summary: 'Every version of a study plan, oldest first, each with what changed against the one before (courses added, removed, credits changed) and its approval',
      responses: { 200: 'The versions', ...SESSION, 404: 'No such nomination, or no study plan yet (`no_study_plan`)', 409: NOT_INCOMING },
    },
    async (c, { id }) => c.json(await studyPlans.versions(depsOf(c), id, await signedIn(c)), 200),
  );

  r.add(
    {
      method: 'post',
      operationId: 'sendStudyPlan',
      access: 'session',
      path: '/nominations/:id/study-plan/send',
      tag: 'nominations',
      summary: 'Send the current version of the study plan to the host faculty’s coordinator for approval (an email with a one-time link)',
      description: 'The coordinator is whoever holds the `faculty_coordinator` role for the nominee’s (host) faculty. Sending again sends a fresh link and voids the last.',
      responses: {
        200: 'The plan, sent',
        ...SESSION,
        404: 'No such nomination, or no study plan yet (`no_study_plan`)',
        409: `${NOT_INCOMING}; nobody is the faculty’s coordinator (\`no_coordinator\`); or this version is approved already (\`already_approved\`)`,
      },
    },
    async (c, { id }) => c.json(await studyPlans.send(depsOf(c), id, await signedIn(c)), 200),
  );

  r.add(
    {
      method: 'post',
      operationId: 'previewStudyPlanApproval',
      access: 'link',
      path: '/study-plan-links/preview',
      tag: 'approvals',
      summary: 'The study plan a host faculty coordinator’s link asks them to approve (read-only): {studyPlan, snapshotHash, choices}',
      description: 'Shows the nominee’s name, home institution, the host faculty and the version’s courses with their totals and changes. Changes nothing.',
      body: PreviewRequestSchema,
      responses: { 200: 'The plan as the coordinator sees it, and the choices this link still has', ...LINK_ERRORS },
    },
    async (c, { body }) => c.json(await studyPlans.preview(depsOf(c), body.token), 200),
  );

  r.add(
    {
      method: 'post',
      operationId: 'answerStudyPlanApproval',
      access: 'link',
      path: '/study-plan-links/answer',
      tag: 'approvals',
      summary: 'Approve a study plan, or request changes (comment required), for the host faculty',
      description: 'Send an `Idempotency-Key` header to make a retry of the same request return the same answer. The approval is recorded on the version with the name, time and the hash of what was shown.',
      body: StudyPlanAnswerRequestSchema,
      responses: {
        200: 'Recorded: {status, decision, planVersion, decidedBy, at, snapshotHash}',
        409: 'Already answered through this link (`already_decided`), no longer waiting (`not_waiting`), or the plan changed (`snapshot_changed`): with the current state',
        ...LINK_ERRORS,
      },
    },
    async (c, { body }) => {
      const key = IdempotencyKeySchema.safeParse(c.req.header('idempotency-key'));
      if (!key.success) throw new ValidationError('Idempotency-Key must be 8 to 100 characters', [{ path: 'Idempotency-Key', message: 'Use 8 to 100 characters' }]);
      return c.json(await studyPlans.answer(depsOf(c), { ...body, idempotencyKey: key.data }), 200);
    },
  );
}
