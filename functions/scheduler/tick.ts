/**
 * The hourly tick: every item whose next reminder is due (found through the sparse `byDue`
 * index, never a Scan) gets a reminder or, after enough of them, an escalation (an approver's, or
 * a partner coordinator's for an approved nomination, whose reminder carries a fresh link); then every
 * agreement whose watch day has come comes into force, is reminded of its end, or expires; every
 * study plan sent to a host faculty's coordinator and unanswered is reminded (services/study-plans.ts). All
 * written like any other transition, so the notifier sends the emails. Last, incoming students'
 * invitation data whose keeping time is over is deleted (services/incoming.ts).
 */
import * as workflow from '../../shared/workflow';
import type { Deps } from '../lib/deps';
import { listDue, saveTransition, subjectOf, VersionConflictError } from '../lib/db/submissions';
import { watchAgreements, type WatchReport } from '../lib/services/agreements';
import { deleteExpiredInvitationData, type RetentionReport } from '../lib/services/incoming';
import { remindStudyPlans, type StudyPlanReminderReport } from '../lib/services/study-plans';
import { titlesFor } from '../lib/services/submissions';

export type TickReport = { due: number; reminded: number; escalated: number; skipped: number; failed: number; agreements: WatchReport; studyPlans: StudyPlanReminderReport; invitationData: RetentionReport };

export async function tick(deps: Deps): Promise<TickReport> {
  const now = deps.clock().toISOString();
  const report: TickReport = { due: 0, reminded: 0, escalated: 0, skipped: 0, failed: 0, agreements: { due: 0, moved: 0, failed: 0 }, studyPlans: { due: 0, reminded: 0, escalated: 0, skipped: 0, failed: 0 }, invitationData: { held: 0, deleted: 0 } };
  for (const item of await listDue(deps.db, now)) {
    report.due++;
    try {
      const cadence = { now, everyDays: deps.config.reminderEveryDays, escalateAfter: deps.config.escalateAfterReminders };
      // An approved nomination in the index waits on the partner's coordinator, not on an approver.
      // An approved memorandum in the index waits on the partner's signatory.
      const next =
        item.kind === 'nomination' && item.status === 'approved'
          ? workflow.remindPartner(item, cadence)
          : item.kind === 'memorandum' && item.status === 'approved'
            ? workflow.remindSignatory(item, cadence)
            : workflow.remind(item, cadence);
      if (!next) {
        report.skipped++;
        continue;
      }
      const saved = { ...next.entity, updatedAt: now };
      await saveTransition(deps.db, { entity: saved, expectedVersion: item.version, event: next.event, subject: subjectOf(saved, await titlesFor(deps, saved)) });
      if (next.event.type === 'escalated' || next.event.type === 'partner_unanswered' || next.event.type === 'signatory_unanswered') report.escalated++;
      else report.reminded++;
    } catch (error) {
      // Someone decided while we looked: the next tick sees the fresh state.
      if (error instanceof VersionConflictError) {
        report.skipped++;
        continue;
      }
      // One item that cannot be saved must not hold up every item after it, tick after tick.
      report.failed++;
      deps.log.error('reminder failed', { reference: item.reference, error: error instanceof Error ? error.message : String(error) });
    }
  }
  report.agreements = await watchAgreements(deps);
  report.studyPlans = await remindStudyPlans(deps);
  report.invitationData = await deleteExpiredInvitationData(deps);
  deps.log.info('scheduler tick', { ...report });
  // Still an error for the function (and its alarm) once the others are done.
  if (report.failed > 0) throw new Error(`${report.failed} of ${report.due} due items could not be reminded; see the log`);
  if (report.studyPlans.failed > 0) throw new Error(`${report.studyPlans.failed} of ${report.studyPlans.due} study plans could not be reminded; see the log`);
  if (report.agreements.failed > 0) throw new Error(`${report.agreements.failed} of ${report.agreements.due} agreements could not be watched; see the log`);
  return report;
}
