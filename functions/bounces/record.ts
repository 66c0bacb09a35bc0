/**
 * What happens when SES reports that mail could not be delivered: the address is marked
 * undeliverable, and the office is told through the usual event → notifier path — on the item
 * the email was about, naming the approval step that now waits on someone who cannot be reached.
 * So an approver whose mailbox is gone is escalated to a person, never silently skipped; and so is
 * a partner's coordinator whose answer an approved nomination waits for (the office records it by hand).
 * An activity's email (tagged `activity`) is noticed on the activity, naming it, with its page.
 */
import type { Deps } from '../lib/deps';
import { markUndeliverable, putUndeliverableNotice, type MailUndeliverable } from '../lib/db/notices';
import type { ActivityNotice } from '../../shared/activity-rules';
import { getFaculty } from '../lib/db/directory';
import { readActivity } from '../lib/db/international-activities';
import { getSubmission, subjectOf } from '../lib/db/submissions';
import { titlesFor } from '../lib/services/submissions';
import { undeliverableFrom, type SesMailEvent } from './ses-event';

/** Mail to the office itself: if that bounces, telling the office by mail again would loop. */
const OFFICE_TEMPLATES = new Set(['undeliverable_notice', 'escalation', 'approver_missing', 'signatory_news']);

export type BounceReport = { undeliverable: number; noticed: number };

export async function recordUndeliverable(deps: Deps, sesEvent: SesMailEvent): Promise<BounceReport> {
  const finding = undeliverableFrom(sesEvent);
  const report: BounceReport = { undeliverable: 0, noticed: 0 };
  if (finding.recipients.length === 0) return report;
  const now = deps.clock().toISOString();
  const about = finding.about;
  const item = about && about.kind !== 'activity' ? await getSubmission(deps.db, about.kind, about.id) : undefined;
  const subject = item ? subjectOf(item, await titlesFor(deps, item)) : undefined;
  // An activity's email (its confirmation): the notice names the activity and is kept beside its events.
  const activity = about?.kind === 'activity' ? await readActivity(deps.db, about.id) : undefined;
  const activityNotice = activity ? await noticeOf(deps, activity) : undefined;

  for (const r of finding.recipients) {
    await markUndeliverable(deps.db, { email: r.email, cause: r.cause, detail: r.detail, at: finding.at ?? now });
    report.undeliverable++;
    if (finding.template && OFFICE_TEMPLATES.has(finding.template)) {
      deps.log.error('mail to the office is undeliverable', { email: r.email, cause: r.cause, detail: r.detail });
      continue;
    }
    const review = item?.status === 'in_review' ? item.review : undefined;
    const step = review?.steps[review.stepIndex];
    const waiting = step?.approvers.some((a) => a.email === r.email && !a.receipt);
    // A partner's coordinator (no account, no role): the approved nomination waits on their answer.
    // So is the partner's signatory, whom an approved memorandum waits on (the office sends it again, or to someone else).
    const partnerWaiting =
      (item?.kind === 'nomination' && item.status === 'approved' && item.partnerRequest?.contact.email === r.email) ||
      (item?.kind === 'memorandum' && item.status === 'approved' && item.partnerSigning?.state === 'awaiting' && item.partnerSigning.contact.email === r.email);
    const event: MailUndeliverable = {
      type: 'mail_undeliverable',
      at: now,
      email: r.email,
      cause: r.cause,
      detail: r.detail,
      ...(finding.template ? { template: finding.template } : {}),
      ...(waiting && review && step ? { waitingAt: { role: step.role, round: review.round, stepIndex: review.stepIndex } } : {}),
      ...(partnerWaiting ? { partnerWaiting: true as const } : {}),
      ...(activityNotice ? { activity: activityNotice } : {}),
      // Asked to confirm it, and it still waits: the office confirms it itself or reaches them another way.
      ...(activity?.status === 'proposed' && finding.template === 'activity_proposed' ? { confirmationWaiting: true as const } : {}),
    };
    if (await putUndeliverableNotice(deps.db, { event, messageId: finding.messageId, subject, entityVersion: item?.version ?? activity?.version })) report.noticed++;
  }
  deps.log.warn('undeliverable mail recorded', { messageId: finding.messageId, reference: subject?.reference, ...(activity ? { activityId: activity.id } : {}), ...report });
  return report;
}

/** The activity as the office's notice names it: its faculty by the directory's names. */
async function noticeOf(deps: Deps, a: { id: string; kind: ActivityNotice['kind']; title: string; faculty: string; startDate: string; endDate: string }): Promise<ActivityNotice> {
  const faculty = await getFaculty(deps.db, a.faculty);
  return { id: a.id, kind: a.kind, title: a.title, faculty: { id: a.faculty, name: faculty?.name ?? a.faculty, ...(faculty?.names ? { names: faculty.names } : {}) }, startDate: a.startDate, endDate: a.endDate };
}
