/**
 * The hourly tick: every item whose next reminder is due (found through the sparse `byDue`
 * index, never a Scan) gets a reminder or, after enough of them, an escalation, written like
 * any other transition so the notifier sends the emails.
 */
import * as workflow from '../../shared/workflow';
import type { Deps } from '../lib/deps';
import { listDue, saveTransition, subjectOf, VersionConflictError } from '../lib/db/submissions';
import { titleFor } from '../lib/services/submissions';

export type TickReport = { due: number; reminded: number; escalated: number; skipped: number };

export async function tick(deps: Deps): Promise<TickReport> {
  const now = deps.clock().toISOString();
  const report: TickReport = { due: 0, reminded: 0, escalated: 0, skipped: 0 };
  for (const item of await listDue(deps.db, now)) {
    report.due++;
    const next = workflow.remind(item, { now, everyDays: deps.config.reminderEveryDays, escalateAfter: deps.config.escalateAfterReminders });
    if (!next) {
      report.skipped++;
      continue;
    }
    try {
      const saved = { ...next.entity, updatedAt: now };
      await saveTransition(deps.db, { entity: saved, expectedVersion: item.version, event: next.event, subject: subjectOf(saved, await titleFor(deps, saved)) });
      if (next.event.type === 'escalated') report.escalated++;
      else report.reminded++;
    } catch (error) {
      // Someone decided while we looked: the next tick sees the fresh state.
      if (!(error instanceof VersionConflictError)) throw error;
      report.skipped++;
    }
  }
  deps.log.info('scheduler tick', { ...report });
  return report;
}
