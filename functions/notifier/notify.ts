/**
 * Stream records → emails. Each inserted event item is planned into emails; each email is
 * skipped if already delivered, else its link is minted, it is rendered in the recipient's
 * language, sent, and only then recorded as delivered (at least once, never lost).
 * A record that fails is reported by sequence number; the records after it still send.
 * One event is not mail: a `roles_changed` (written with a change of someone's roles) has the
 * approval steps it touches re-resolved here, idempotently, so a retried record does no more.
 * An activity's events (its confirmation asked for, answered, or cancelled) carry what the email names
 * themselves; who confirms it is read here, when it is mailed.
 * When SES says "too fast", the batch stops there: that record and every later one are reported,
 * the event source retries from the first of them (locally the poller, after a backoff), and the
 * delivery records of what was already sent keep the retry from sending any email twice.
 */
import type { DynamoDBBatchResponse, DynamoDBStreamEvent } from 'aws-lambda';
import type { ActivityEvent } from '../../shared/activity-rules';
import type { Language } from '../../shared/schemas/common';
import { scopeKey } from '../../shared/scopes';
import { addDays } from '../../shared/workflow';
import type { NotifierDeps as Deps } from '../lib/deps';
import { findRoleHolders, getPerson, listAdmins } from '../lib/db/directory';
import type { Key } from '../lib/db/keys';
import { issueActionLink, issuePartnerLink, issueSignatoryLink, issueSigninLink, issueStudyPlanLink, voidStepLink } from '../lib/db/links';
import { markDelivered, wasDelivered } from '../lib/db/notices';
import { isEventInsert, newItemOf } from '../lib/db/stream';
import type { EventSubject } from '../lib/db/submissions';
import { linkUrl } from '../lib/links';
import { MailThrottledError } from '../lib/mail/ses';
import { MAIL_TAGS } from '../lib/mail/tags';
import { reresolveAfterRoleChange } from '../lib/services/approvers';
import { planMails, tellsAdmins, type NotifiableEvent, type PlannedMail } from './plan';
import { renderEmail } from './templates';

type EventItem = { pk: string; sk: string; event: NotifiableEvent; subject?: EventSubject };

/** The recipient's own language; without a profile, that of `fallback`'s person (see PlannedMail.languageOf); else English. */
async function languageOf(deps: Deps, email: string, fallback?: string): Promise<Language> {
  const own = (await getPerson(deps.db, email))?.language;
  if (own || !fallback) return own ?? 'en';
  return (await getPerson(deps.db, fallback))?.language ?? 'en';
}

async function mintLink(deps: Deps, mail: PlannedMail, subject: EventSubject | undefined, language: Language) {
  if (!mail.link) return undefined;
  const now = deps.clock().toISOString();
  if (mail.link.purpose === 'signin') {
    const expiresAt = new Date(Date.parse(now) + deps.config.signinLinkMinutes * 60_000).toISOString();
    const token = await issueSigninLink(deps.db, { email: mail.to.email, now, expiresAt, next: mail.link.next });
    return { url: linkUrl(deps.config.appUrl, 'signin', token), expiresAt };
  }
  const expiresAt = addDays(now, deps.config.approvalLinkDays);
  if (mail.link.purpose === 'signatory') {
    // A partner link, of the memorandum's sending `round`: the same page, the same token model.
    const token = await issueSignatoryLink(deps.db, { entityId: subject!.id, round: mail.link.round, email: mail.to.email, name: mail.to.name ?? mail.to.email }, { now, expiresAt });
    return { url: linkUrl(deps.config.appUrl, 'partner', token, language), expiresAt };
  }
  if (mail.link.purpose === 'partner') {
    const token = await issuePartnerLink(deps.db, { entityId: subject!.id, email: mail.to.email, name: mail.to.name ?? mail.to.email }, { now, expiresAt });
    return { url: linkUrl(deps.config.appUrl, 'partner', token, language), expiresAt };
  }
  if (mail.link.purpose === 'study-plan') {
    const token = await issueStudyPlanLink(deps.db, { entityId: subject!.id, planVersion: mail.link.planVersion, email: mail.to.email, name: mail.to.name ?? mail.to.email }, { now, expiresAt });
    return { url: linkUrl(deps.config.appUrl, 'study-plan', token, language), expiresAt };
  }
  const token = await issueActionLink(
    deps.db,
    { kind: subject!.kind, entityId: subject!.id, round: mail.link.round, stepIndex: mail.link.stepIndex, email: mail.to.email, name: mail.to.name ?? mail.to.email },
    { now, expiresAt },
  );
  // The approver has no account: the link tells the page which language the email was in.
  return { url: linkUrl(deps.config.appUrl, 'action', token, language), expiresAt };
}

/** Events about an agreement's life that the international office hears of. */
const OFFICE_NEWS = new Set(['signed', 'activated', 'expiry_reminder', 'expired', 'termination_recorded', 'terminated', 'amended', 'signatory_answered', 'signatory_unanswered']);

/**
 * Lets a bounce be traced back to the email and the item it was about (see functions/bounces): a
 * nomination or memorandum by its subject, an activity's email by the activity its event names.
 */
export function mailTags(template: string, subject: EventSubject | undefined, event?: NotifiableEvent): Record<string, string> {
  const about = subject ? { kind: subject.kind, id: subject.id } : event && isActivityEvent(event) ? { kind: 'activity' as const, id: event.activity.id } : undefined;
  return { [MAIL_TAGS.template]: template, ...(about ? { [MAIL_TAGS.kind]: about.kind, [MAIL_TAGS.id]: about.id } : {}) };
}

const isActivityEvent = (event: NotifiableEvent): event is ActivityEvent => event.type === 'activity_proposed' || event.type === 'activity_decided' || event.type === 'activity_cancelled';

/**
 * The links of approvers a role change took off the active step stop working, with a page that
 * says why (the decision is refused by the directory check anyway; this is so the link says so
 * even once the step has moved on). Before the mails, and idempotent, like the mails.
 */
async function voidRemovedLinks(deps: Deps, event: Extract<NotifiableEvent, { type: 'approvers_changed' }>, subject: EventSubject): Promise<void> {
  const now = deps.clock().toISOString();
  for (const a of event.removed) {
    await voidStepLink(deps.db, { kind: subject.kind, entityId: subject.id, round: event.round, stepIndex: event.step.index, email: a.email }, { now, because: 'approver_changed' });
  }
}

/** Who confirms a proposed activity now (and so was asked, when it is cancelled): its faculty's deans, or the international office, as other office emails find them. */
function confirmersOf(deps: Deps, event: Extract<ActivityEvent, { type: 'activity_proposed' | 'activity_cancelled' }>) {
  return event.confirmer === 'dean'
    ? findRoleHolders(deps.db, 'dean', scopeKey({ type: 'faculty', faculty: event.activity.faculty.id }))
    : findRoleHolders(deps.db, 'international_office', 'university');
}

export async function deliverEvent(deps: Deps, item: EventItem): Promise<number> {
  const key: Key = { pk: item.pk, sk: item.sk };
  const admins = tellsAdmins(item.event) ? await listAdmins(deps.db) : [];
  const office = OFFICE_NEWS.has(item.event.type) ? await findRoleHolders(deps.db, 'international_office', 'university') : [];
  const confirmers = item.event.type === 'activity_proposed' || item.event.type === 'activity_cancelled' ? await confirmersOf(deps, item.event) : [];
  const mails = planMails(item.event, item.subject, { appUrl: deps.config.appUrl, admins, office, confirmers, signinMinutes: deps.config.signinLinkMinutes });
  if (item.event.type === 'approvers_changed' && item.subject) await voidRemovedLinks(deps, item.event, item.subject);
  let sent = 0;
  for (const mail of mails) {
    if (await wasDelivered(deps.db, key, mail.template, mail.to.email)) continue;
    const language = mail.language ?? (await languageOf(deps, mail.to.email, mail.languageOf));
    const link = await mintLink(deps, mail, item.subject, language);
    const rendered = renderEmail(mail.render(link), language);
    const messageId = await deps.mailer.send({ to: mail.to.email, ...rendered, tags: mailTags(mail.template, item.subject, item.event) });
    await markDelivered(deps.db, key, { template: mail.template, email: mail.to.email, messageId, sentAt: deps.clock().toISOString() });
    sent++;
  }
  return sent;
}

export async function processStream(deps: Deps, streamEvent: DynamoDBStreamEvent): Promise<DynamoDBBatchResponse> {
  const batchItemFailures: DynamoDBBatchResponse['batchItemFailures'] = [];
  const records = streamEvent.Records;
  for (const [index, record] of records.entries()) {
    if (!isEventInsert(record)) continue;
    try {
      const item = newItemOf<EventItem>(record);
      if (item.event.type === 'roles_changed') {
        // Not mail: the steps the role change touches are re-resolved, and their own events bring the mail.
        const moved = await reresolveAfterRoleChange(deps, item.event);
        deps.log.info('roles changed', { roles: item.event.lost.length + item.event.gained.length, moved });
        continue;
      }
      const sent = await deliverEvent(deps, item);
      // An event that mails nobody (an imported record: thousands in one import) is not news at info.
      (sent ? deps.log.info : deps.log.debug)('event delivered', { type: item.event.type, reference: item.subject?.reference, emails: sent });
    } catch (error) {
      if (error instanceof MailThrottledError) {
        // Sending on would only be throttled too and spend SES's patience: this record and all
        // after it are handed back, unsent, for the event source to retry.
        const rest = records.slice(index).map((r) => ({ itemIdentifier: r.dynamodb?.SequenceNumber ?? '' }));
        deps.log.warn('SES throttled: the rest of the batch is retried later', { sequenceNumber: record.dynamodb?.SequenceNumber, records: rest.length });
        batchItemFailures.push(...rest);
        break;
      }
      deps.log.error('event delivery failed', { sequenceNumber: record.dynamodb?.SequenceNumber, error: error instanceof Error ? error.message : String(error) });
      batchItemFailures.push({ itemIdentifier: record.dynamodb?.SequenceNumber ?? '' });
    }
  }
  return { batchItemFailures };
}
