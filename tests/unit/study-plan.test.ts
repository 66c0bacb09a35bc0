/**
 * The study plan's rules, pure: the schema's refusals (credits not a number, repeated codes, local
 * credits without their ECTS equivalent), the totals, when a save is a new version, the diff
 * between versions by course code, the coordinator's answer, the reminders of an unanswered plan
 * and the summary the office's list shows.
 */
import * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';
import { StudyPlanAnswerRequestSchema, StudyPlanSaveRequestSchema, type StudyPlanContent } from '../../shared/schemas/study-plan';
import { decideStudyPlan, ectsOf, linkIsCurrent, remindStudyPlan, saveStudyPlan, sendStudyPlan, studyPlanChanges, summaryOf, totalsOf } from '../../shared/workflow/study-plan';

const actor = { email: 'iro@uni.example', name: 'Malika Yusupova' };
const coordinator = { email: 'coordinator.physics@uni.example', name: 'Bobur Aliyev' };
const content: StudyPlanContent = {
  period: 'first_semester',
  courses: [
    { code: 'PHY-301', title: 'Solid state physics', credits: 6, creditSystem: 'ects' },
    { code: 'PHY 214', title: 'Optics laboratory', credits: 4, creditSystem: 'local', ectsCredits: 5 },
  ],
};
const paths = (body: unknown) => {
  const parsed = z.safeParse(StudyPlanSaveRequestSchema, body);
  return parsed.success ? [] : parsed.error.issues.map((i) => i.path.join('.')).sort();
};

describe('the study plan’s schema', () => {
  it('takes a plan of ECTS and local courses with its revision', () => {
    expect(paths({ ...content, revision: 0 })).toEqual([]);
  });

  it('refuses credits that are not a number, zero or negative, each on its course', () => {
    const courses = [
      { ...content.courses[0], credits: '6' },
      { ...content.courses[0], code: 'A-1', credits: 0 },
      { ...content.courses[0], code: 'A-2', credits: -3 },
      { ...content.courses[0], code: 'A-3', credits: Number.NaN },
    ];
    expect(paths({ ...content, courses, revision: 0 })).toEqual(['courses.0.credits', 'courses.1.credits', 'courses.2.credits', 'courses.3.credits']);
  });

  it('refuses a code given twice (whatever its case and spaces), together with the other errors', () => {
    const courses = [content.courses[0], { ...content.courses[1], code: ' phy-301 ', credits: 'four' }];
    expect(paths({ ...content, courses, revision: 0 })).toEqual(['courses.1.code', 'courses.1.credits']);
  });

  it('wants local credits’ ECTS equivalent stated, and no equivalent for ECTS credits', () => {
    const courses = [{ ...content.courses[1], ectsCredits: undefined }, { ...content.courses[0], ectsCredits: 6 }];
    expect(paths({ ...content, courses, revision: 0 })).toEqual(['courses.0.ectsCredits', 'courses.1.ectsCredits']);
  });

  it('needs at least one course, and a code without dots (the diff names courses by code)', () => {
    expect(paths({ ...content, courses: [], revision: 0 })).toEqual(['courses']);
    expect(paths({ ...content, courses: [{ ...content.courses[0], code: 'PHY.301' }], revision: 0 })).toEqual(['courses.0.code']);
  });

  it('takes the coordinator’s answer only as approve or request_changes, with the preview’s hash', () => {
    expect(z.safeParse(StudyPlanAnswerRequestSchema, { token: 't', decision: 'reject', snapshotHash: 'a'.repeat(64) }).success).toBe(false);
    expect(z.safeParse(StudyPlanAnswerRequestSchema, { token: 't', decision: 'approve', snapshotHash: 'nope' }).success).toBe(false);
  });
});

describe('credits', () => {
  it('counts local credits by their stated ECTS equivalent, and sums without binary noise', () => {
    expect(ectsOf(content.courses[1]!)).toBe(5);
    expect(totalsOf(content)).toEqual({ ects: 11, local: 4, courses: 2 });
    const tenths = { ...content, courses: [0.1, 0.1, 0.1].map((credits, i) => ({ code: `C${i}`, title: 'Seminar', credits, creditSystem: 'ects' as const })) };
    expect(totalsOf(tenths).ects).toBe(0.3);
  });
});

describe('versions', () => {
  const now = '2027-09-10T10:00:00.000Z';
  const first = saveStudyPlan(undefined, { nominationId: 'n1', content, revision: 0, arrived: false, actor, now });

  it('start at 1; a save before an approval or the arrival edits the current version and sends it back to draft', () => {
    expect(first).toMatchObject({ newVersion: true, expectedRevision: 0, state: { current: 1, revision: 1, status: 'draft' } });
    const sent = sendStudyPlan(first.state, { coordinator, actor, now, everyDays: 3 });
    const edited = saveStudyPlan({ state: sent.state, version: first.version }, { nominationId: 'n1', content: { ...content, note: 'x' }, revision: 2, arrived: false, actor, now });
    expect(edited).toMatchObject({ newVersion: false, state: { current: 1, revision: 3, status: 'draft' } });
    expect(edited.state.sentTo).toBeUndefined();
  });

  it('after an approval, or once the student has arrived, a save is a new version with what changed', () => {
    const sent = sendStudyPlan(first.state, { coordinator, actor, now, everyDays: 3 });
    const approved = decideStudyPlan(sent.state, first.version, { decision: 'approve', by: coordinator, shownSnapshotHash: 'h', currentSnapshotHash: 'h', now });
    const changed = { ...content, courses: [{ ...content.courses[0]!, credits: 5 }, { code: 'PHY-330', title: 'Quantum optics', credits: 6, creditSystem: 'ects' as const }] };
    const second = saveStudyPlan({ state: approved.state, version: approved.version }, { nominationId: 'n1', content: changed, revision: approved.state.revision, arrived: false, actor, now });
    expect(second).toMatchObject({ newVersion: true, state: { current: 2, status: 'draft' }, version: { number: 2 } });
    expect(second.version.approval).toBeUndefined();
    expect(second.version.changes).toEqual([
      { path: 'courses.PHY 214', from: { title: 'Optics laboratory', credits: 4, creditSystem: 'local', ectsCredits: 5 } },
      { path: 'courses.PHY-301.credits', from: 6, to: 5 },
      { path: 'courses.PHY-330', to: { title: 'Quantum optics', credits: 6, creditSystem: 'ects' } },
    ]);
    const afterArrival = saveStudyPlan({ state: first.state, version: first.version }, { nominationId: 'n1', content, revision: 1, arrived: true, actor, now });
    expect(afterArrival).toMatchObject({ newVersion: true, version: { number: 2, changes: [] } });
  });

  it('reorders courses without calling it a change', () => {
    expect(studyPlanChanges(content, { ...content, courses: [...content.courses].reverse() })).toEqual([]);
  });

  it('refuses a save against an older revision (409 with the current one)', () => {
    expect(() => saveStudyPlan({ state: first.state, version: first.version }, { nominationId: 'n1', content, revision: 0, arrived: false, actor, now })).toThrow(
      expect.objectContaining({ code: 'study_plan_changed', details: expect.objectContaining({ revision: 1 }) }),
    );
  });
});

describe('the coordinator’s answer', () => {
  const now = '2027-09-10T10:00:00.000Z';
  const first = saveStudyPlan(undefined, { nominationId: 'n1', content, revision: 0, arrived: false, actor, now });
  const sent = sendStudyPlan(first.state, { coordinator, actor, now, everyDays: 3 });

  it('records the approval on the version: name, time and the hash shown', () => {
    const out = decideStudyPlan(sent.state, first.version, { decision: 'approve', by: coordinator, shownSnapshotHash: 'h', currentSnapshotHash: 'h', now });
    expect(out.version.approval).toEqual({ ...coordinator, at: now, snapshotHash: 'h' });
    expect(out.state.status).toBe('approved');
    expect(() => sendStudyPlan(out.state, { coordinator, actor, now, everyDays: 3 })).toThrow(expect.objectContaining({ code: 'already_approved' }));
  });

  it('needs a comment to request changes (400 on the comment), and refuses a plan that changed under the coordinator’s eyes (409)', () => {
    expect(() => decideStudyPlan(sent.state, first.version, { decision: 'request_changes', comment: '  ', by: coordinator, shownSnapshotHash: 'h', currentSnapshotHash: 'h', now })).toThrow(
      expect.objectContaining({ fields: [expect.objectContaining({ path: 'comment' })] }),
    );
    expect(() => decideStudyPlan(sent.state, first.version, { decision: 'approve', by: coordinator, shownSnapshotHash: 'old', currentSnapshotHash: 'new', now })).toThrow(expect.objectContaining({ code: 'snapshot_changed' }));
    expect(() => decideStudyPlan(first.state, first.version, { decision: 'approve', by: coordinator, shownSnapshotHash: 'h', currentSnapshotHash: 'h', now })).toThrow(expect.objectContaining({ code: 'not_waiting' }));
  });

  it('counts a link current only for the version and the send it was made for', () => {
    expect(linkIsCurrent(sent.state, { planVersion: 1, createdAt: '2027-09-10T10:00:01.000Z' })).toBe(true);
    expect(linkIsCurrent(sent.state, { planVersion: 1, createdAt: '2027-09-10T09:59:59.000Z' })).toBe(false);
    expect(linkIsCurrent(sent.state, { planVersion: 2, createdAt: '2027-09-10T10:00:01.000Z' })).toBe(false);
    expect(linkIsCurrent(first.state, { planVersion: 1, createdAt: '2027-09-10T10:00:01.000Z' })).toBe(false);
  });
});

describe('the reminders of a plan sent and unanswered', () => {
  const sentAt = '2027-09-10T10:00:00.000Z';
  const cadence = (now: string) => ({ now, everyDays: 3, escalateAfter: 2 });
  const first = saveStudyPlan(undefined, { nominationId: 'n1', content, revision: 0, arrived: false, actor, now: sentAt });
  const sent = sendStudyPlan(first.state, { coordinator, actor, now: sentAt, everyDays: 3 });

  it('fall due every few days after the send, each a new revision naming the coordinator, then tell the office once and stop', () => {
    expect(sent.state.reminders).toEqual({ count: 0, nextReminderAt: '2027-09-13T10:00:00.000Z' });
    expect(remindStudyPlan(sent.state, cadence('2027-09-13T09:59:59.000Z'))).toBeNull();

    const one = remindStudyPlan(sent.state, cadence('2027-09-13T11:00:00.000Z'))!;
    expect(one.event).toEqual({ type: 'study_plan_reminded', at: '2027-09-13T11:00:00.000Z', planVersion: 1, coordinator, count: 1 });
    expect(one.state).toMatchObject({ revision: sent.state.revision + 1, status: 'sent', reminders: { count: 1, nextReminderAt: '2027-09-16T11:00:00.000Z' } });
    // The same moment again: already reminded, nothing due.
    expect(remindStudyPlan(one.state, cadence('2027-09-13T11:00:00.000Z'))).toBeNull();

    const two = remindStudyPlan(one.state, cadence('2027-09-16T12:00:00.000Z'))!;
    expect(two.event).toMatchObject({ type: 'study_plan_reminded', count: 2 });
    const told = remindStudyPlan(two.state, cadence('2027-09-19T13:00:00.000Z'))!;
    expect(told.event).toEqual({ type: 'study_plan_unanswered', at: '2027-09-19T13:00:00.000Z', planVersion: 1, coordinator, reminders: 2 });
    expect(told.state.reminders).toEqual({ count: 2, escalatedAt: '2027-09-19T13:00:00.000Z' });
    expect(remindStudyPlan(told.state, cadence('2028-01-01T00:00:00.000Z'))).toBeNull();
  });

  it('stop without a word once the nomination is over (withdrawn, rejected, declined, completed)', () => {
    const due = cadence('2027-09-13T11:00:00.000Z');
    const stopped = remindStudyPlan(sent.state, { ...due, nominationStatus: 'withdrawn' })!;
    expect(stopped.event).toBeUndefined();
    expect(stopped.state).toMatchObject({ revision: sent.state.revision + 1, status: 'sent', reminders: { count: 0 } });
    expect(stopped.state.reminders?.nextReminderAt).toBeUndefined();
    expect(remindStudyPlan(stopped.state, cadence('2028-01-01T00:00:00.000Z'))).toBeNull();
    expect(remindStudyPlan(sent.state, { ...due, nominationStatus: 'accepted_by_partner' })!.event).toMatchObject({ type: 'study_plan_reminded' });
    expect(remindStudyPlan(sent.state, { ...due, nominationStatus: 'arrived' })!.event).toMatchObject({ type: 'study_plan_reminded' });
  });

  it('stop when the plan is answered or changed, and start over when it is sent again', () => {
    const approved = decideStudyPlan(sent.state, first.version, { decision: 'approve', by: coordinator, shownSnapshotHash: 'h', currentSnapshotHash: 'h', now: sentAt });
    expect(approved.state.reminders).toBeUndefined();
    expect(remindStudyPlan(approved.state, cadence('2027-12-01T00:00:00.000Z'))).toBeNull();

    const edited = saveStudyPlan({ state: sent.state, version: first.version }, { nominationId: 'n1', content, revision: sent.state.revision, arrived: false, actor, now: sentAt });
    expect(edited.state.reminders).toBeUndefined();
    expect(remindStudyPlan(edited.state, cadence('2027-12-01T00:00:00.000Z'))).toBeNull();

    const again = sendStudyPlan(edited.state, { coordinator, actor, now: '2027-09-20T08:00:00.000Z', everyDays: 3 });
    expect(again.state.reminders).toEqual({ count: 0, nextReminderAt: '2027-09-23T08:00:00.000Z' });
  });
});

describe('the summary on the office’s list', () => {
  const now = '2027-09-10T10:00:00.000Z';
  const first = saveStudyPlan(undefined, { nominationId: 'n1', content, revision: 0, arrived: false, actor, now });
  const sent = sendStudyPlan(first.state, { coordinator, actor, now, everyDays: 3 });

  it('says the status, the current version, the coordinator sent to and the newest approved version', () => {
    expect(summaryOf(first.state, [first.version])).toEqual({ status: 'draft', current: 1, revision: 1 });
    expect(summaryOf(sent.state, [first.version])).toEqual({ status: 'sent', current: 1, revision: 2, sentTo: coordinator });
    const approved = decideStudyPlan(sent.state, first.version, { decision: 'approve', by: coordinator, shownSnapshotHash: 'h', currentSnapshotHash: 'h', now });
    expect(summaryOf(approved.state, [approved.version])).toMatchObject({ status: 'approved', current: 1, approvedVersion: 1 });
    // Version 2 in the works keeps version 1's approval in sight.
    const v2 = saveStudyPlan({ state: approved.state, version: approved.version }, { nominationId: 'n1', content, revision: approved.state.revision, arrived: true, actor, now });
    expect(summaryOf(v2.state, [approved.version, v2.version])).toEqual({ status: 'draft', current: 2, revision: v2.state.revision, approvedVersion: 1 });
  });

  it('marks a plan the coordinator left unanswered after every reminder', () => {
    const told = remindStudyPlan({ ...sent.state, reminders: { count: 2, nextReminderAt: now } }, { now, everyDays: 3, escalateAfter: 2 })!;
    expect(summaryOf(told.state, [first.version])).toMatchObject({ status: 'sent', unanswered: true });
  });
});
