/**
 * Email templates: what each notification says, in the recipient's language. Every message
 * has an HTML part (inline styles, one clear button, the link also written out) and a
 * plain-text part with the same content. User text is escaped in HTML by the layout; there are
 * no tracking pixels and no external images, so nothing is fetched when a message is opened.
 */
import type { ActivityNotice } from '../../../shared/activity-rules';
import type { Language } from '../../../shared/schemas/common';
import type { RoleName } from '../../../shared/schemas/directory';
import type { RoomReleaseReason } from '../../../shared/workflow/types';
import { decisionLabel, formatDate, kindLabel, roleLabel } from '../../../shared/i18n';
import { en } from './en';
import { renderHtml, renderText, type Block, type Message } from './layout';
import { ru } from './ru';
import { uz } from './uz';
import type { About, ActivityAbout, AgreementNews, MobilityNews, SignatoryNews, Words } from './words';

export type RenderedEmail = { subject: string; html: string; text: string };
/** `titles`: the item's title in each language (the reader's is used); `title`, the English one, for events stored before. */
export type EmailSubject = { kind: 'nomination' | 'memorandum'; reference: string; title: string; titles?: Partial<Record<Language, string>>; submitterName: string };
export type EmailTemplate =
  | { template: 'signin_link'; link: string; expiresInMinutes: number }
  | { template: 'action_request'; subject: EmailSubject; link: string; stepRole: RoleName; dueAt?: string; expiresAt: string; reminder: number } // reminder 0 = first request, n = n-th reminder
  | { template: 'submission_receipt'; subject: EmailSubject; resubmitted: boolean; firstStepRole: RoleName; viewLink: string }
  | { template: 'final_decision'; subject: EmailSubject; outcome: 'approved' | 'rejected'; decidedByName: string; reason?: string; viewLink: string }
  | { template: 'nominee_approved'; subject: EmailSubject; nomineeName: string }
  | { template: 'changes_requested'; subject: EmailSubject; comment: string; requestedByName: string; editLink: string }
  | { template: 'withdrawn_notice'; subject: EmailSubject; withdrawnByName: string; reason?: string }
  | { template: 'escalation'; subject: EmailSubject; stepRole: RoleName; pending: { name: string; email: string }[]; reminders: number; dueAt?: string; viewLink: string }
  | { template: 'approver_missing'; subject: EmailSubject; steps: { role: RoleName; number: number; active: boolean }[]; viewLink: string }
  | { template: 'agreement_update'; subject: EmailSubject; what: AgreementNews; endDate?: string; effectiveDate?: string; daysLeft?: number; version?: number; reason?: string; viewLink: string }
  | { template: 'mobility_update'; subject: EmailSubject; what: MobilityNews; reason?: string }
  | { template: 'room_assigned' | 'room_cancelled'; subject: EmailSubject; residence: string; room: string; from: string; to: string }
  | { template: 'room_released'; subject: EmailSubject; residence: string; room: string; from: string; to: string; reason: RoomReleaseReason; byName: string }
  | { template: 'undeliverable_notice'; subject?: EmailSubject; activity?: ActivityNotice; confirmationWaiting?: boolean; email: string; cause: 'bounce' | 'complaint'; detail: string; waitingRole?: RoleName; partnerWaiting?: boolean; viewLink: string }
  | { template: 'partner_request'; subject: EmailSubject; link: string; expiresAt: string; reminder: number }
  | { template: 'study_plan_request'; subject: EmailSubject; link: string; expiresAt: string; planVersion: number; reminder: number }
  | { template: 'study_plan_unanswered'; subject: EmailSubject; coordinator: { name: string; email: string }; reminders: number; planVersion: number; viewLink: string }
  | { template: 'study_plan_answer'; subject: EmailSubject; planVersion: number; approved: boolean; decidedByName: string; comment?: string; viewLink: string }
  | { template: 'partner_unanswered'; subject: EmailSubject; contact: { name: string; email: string }; reminders: number; viewLink: string }
  | { template: 'signatory_request'; subject: EmailSubject; link: string; expiresAt: string; reminder: number }
  | { template: 'signatory_news'; subject: EmailSubject; what: SignatoryNews; who: { name: string; email: string }; comment?: string; viewLink: string }
  // An activity's confirmation (shared/activity-rules.ts): about an activity, not a nomination or memorandum.
  | { template: 'activity_proposed'; activity: ActivityNotice; proposedBy: { name: string; email: string }; confirmer: 'dean' | 'office'; again: boolean; viewLink: string }
  | { template: 'activity_decided'; activity: ActivityNotice; confirmed: boolean; decidedByName: string; comment?: string; viewLink: string }
  | { template: 'activity_cancelled'; activity: ActivityNotice; cancelledBy: { name: string; email: string }; reason?: string; viewLink: string };
export type TemplateName = EmailTemplate['template'];

const WORDS: Record<Language, Words> = { en, ru, uz };

const lowerFirst = (s: string): string => s.charAt(0).toLowerCase() + s.slice(1);

function about(s: EmailSubject, lang: Language): About {
  const kind = kindLabel(s.kind, lang);
  return { kind, kindLower: lowerFirst(kind), reference: s.reference, title: s.titles?.[lang] ?? s.title, submitter: s.submitterName };
}

/** An activity as an email names it in `lang`: its kind's word, the faculty's name there, the dates written out (one date for a one-day activity). */
function activityAbout(x: ActivityNotice, w: Words, lang: Language): ActivityAbout {
  const kind = w.activityKinds[x.kind] ?? x.kind;
  const dates = x.startDate === x.endDate ? formatDate(x.startDate, lang) : `${formatDate(x.startDate, lang)} – ${formatDate(x.endDate, lang)}`;
  return { kind, kindLower: lowerFirst(kind), title: x.title, faculty: x.faculty.names?.[lang] ?? x.faculty.name, dates };
}

/** The optional reason or comment under its label, or nothing when there is none. */
const quoted = (label: string, text: string | undefined): Block[] => (text?.trim() ? [{ p: label }, { quote: text }] : []);

function compose(t: EmailTemplate, lang: Language): Omit<Message, 'footer'> {
  const w = WORDS[lang];
  const button = (label: string, href: string): Block => ({ button: label, href, fallback: w.linkFallback });

  if (t.template === 'signin_link') {
    const s = w.signin;
    return { subject: s.subject, heading: s.heading, blocks: [{ p: s.body(t.expiresInMinutes) }, button(s.button, t.link), { small: s.ignore }] };
  }

  if (t.template === 'undeliverable_notice') {
    const s = w.undeliverable;
    const a = t.subject && about(t.subject, lang);
    if (t.activity) {
      const x = activityAbout(t.activity, w, lang);
      return {
        subject: s.activity.subject(t.email, x),
        heading: s.heading,
        blocks: [{ p: s.activity.body(t.email, t.cause, x) }, ...quoted(s.detail, t.detail), { p: t.confirmationWaiting ? s.activity.waiting : s.notWaiting }, button(s.button, t.viewLink)],
      };
    }
    return {
      subject: s.subject(t.email, a),
      heading: s.heading,
      blocks: [
        { p: s.body(t.email, t.cause, a) },
        ...quoted(s.detail, t.detail),
        { p: t.partnerWaiting ? (t.subject?.kind === 'memorandum' ? s.signatoryWaiting : s.partnerWaiting) : t.waitingRole ? s.waiting(roleLabel(t.waitingRole, lang)) : s.notWaiting },
        button(s.button, t.viewLink),
      ],
    };
  }

  if (t.template === 'activity_proposed') {
    const s = w.activityProposed;
    const x = activityAbout(t.activity, w, lang);
    return {
      subject: s.subject(x, t.again),
      heading: s.heading(t.again),
      blocks: [{ p: s.body(x, `${t.proposedBy.name} <${t.proposedBy.email}>`, t.confirmer, t.again) }, { p: s.next }, button(s.button, t.viewLink)],
    };
  }

  if (t.template === 'activity_decided') {
    const s = w.activityDecided;
    const x = activityAbout(t.activity, w, lang);
    return {
      subject: s.subject(x, t.confirmed),
      heading: s.heading(t.confirmed),
      blocks: [{ p: s.body(x, t.confirmed, t.decidedByName) }, ...quoted(s.comment, t.comment), { p: s.next(t.confirmed) }, button(s.button, t.viewLink)],
    };
  }

  if (t.template === 'activity_cancelled') {
    const s = w.activityCancelled;
    const x = activityAbout(t.activity, w, lang);
    return { subject: s.subject(x), heading: s.heading, blocks: [{ p: s.body(x, `${t.cancelledBy.name} <${t.cancelledBy.email}>`) }, ...quoted(s.reason, t.reason), { p: s.next }, button(s.button, t.viewLink)] };
  }

  const a = about(t.subject, lang);
  switch (t.template) {
    case 'agreement_update': {
      const s = w.agreement;
      const dates = {
        endDate: t.endDate ? formatDate(t.endDate, lang) : undefined,
        effectiveDate: t.effectiveDate ? formatDate(t.effectiveDate, lang) : undefined,
        daysLeft: t.daysLeft,
        version: t.version,
      };
      return {
        subject: s.subject(a, t.what),
        heading: s.heading(t.what),
        blocks: [
          { p: s.body(a, t.what, dates) },
          ...quoted(s.reason, t.reason),
          ...(t.what === 'expiry_reminder' || t.what === 'expired' ? [{ small: s.renewHint }] : []),
          button(s.button, t.viewLink),
        ],
      };
    }
    case 'mobility_update': {
      // No button: the nominee has no account; the submitter finds it on the home page.
      const s = w.mobility;
      return { subject: s.subject(a, t.what), heading: s.heading(t.what), blocks: [{ p: s.body(a, t.what) }, ...quoted(s.reason, t.reason)] };
    }
    case 'room_assigned':
    case 'room_cancelled': {
      const s = t.template === 'room_assigned' ? w.room : w.roomCancelled;
      return { subject: s.subject(a), heading: s.heading, blocks: [{ p: s.body(a, { residence: t.residence, room: t.room, from: formatDate(t.from, lang), to: formatDate(t.to, lang) }) }] };
    }
    case 'room_released': {
      const s = w.roomReleased;
      return { subject: s.subject(a), heading: s.heading, blocks: [{ p: s.body(a, { residence: t.residence, room: t.room, from: formatDate(t.from, lang), to: formatDate(t.to, lang) }, s.why[t.reason](t.byName)) }] };
    }
    case 'partner_request':
    case 'signatory_request': {
      // The partner's coordinator and its signatory: one kind of request, each with its own words.
      const s = t.template === 'partner_request' ? w.partner : w.signatory;
      return {
        subject: s.subject(a, t.reminder),
        heading: s.heading(t.reminder),
        // Said in every request because mail scanners open links too: opening the page is harmless.
        blocks: [{ p: s.body(a) }, button(s.button, t.link), { small: s.safe }, { small: s.personal(formatDate(t.expiresAt, lang)) }],
      };
    }
    case 'study_plan_request': {
      const s = w.studyPlan;
      return {
        subject: s.subject(a, t.planVersion, t.reminder),
        heading: s.heading(t.reminder),
        // Said in every request because mail scanners open links too: opening the page is harmless.
        blocks: [{ p: s.body(a, t.planVersion) }, button(s.button, t.link), { small: s.safe }, { small: s.personal(formatDate(t.expiresAt, lang)) }],
      };
    }
    case 'study_plan_answer': {
      const s = w.studyPlanAnswer;
      return { subject: s.subject(a, t.approved), heading: s.heading(t.approved), blocks: [{ p: s.body(a, t.planVersion, t.approved, t.decidedByName) }, ...quoted(s.comment, t.comment), button(s.button, t.viewLink)] };
    }
    case 'signatory_news': {
      const s = w.signatoryNews;
      return {
        subject: s.subject(a, t.what),
        heading: s.heading(t.what),
        blocks: [{ p: s.body(a, t.what, `${t.who.name} <${t.who.email}>`) }, ...quoted(s.comment, t.comment), button(s.button, t.viewLink)],
      };
    }
    case 'study_plan_unanswered': {
      const s = w.studyPlanSilent;
      return {
        subject: s.subject(a),
        heading: s.heading,
        blocks: [{ p: s.body(a, t.planVersion, `${t.coordinator.name} <${t.coordinator.email}>`, t.reminders) }, { small: s.followUp }, button(s.button, t.viewLink)],
      };
    }
    case 'partner_unanswered': {
      const s = w.partnerSilent;
      return {
        subject: s.subject(a),
        heading: s.heading,
        blocks: [{ p: s.body(a, `${t.contact.name} <${t.contact.email}>`, t.reminders) }, { small: s.followUp }, button(s.button, t.viewLink)],
      };
    }
    case 'action_request': {
      const s = w.action;
      const buttons = { approve: decisionLabel('approve', lang), reject: decisionLabel('reject', lang), changes: decisionLabel('request_changes', lang) };
      return {
        subject: s.subject(a, t.reminder),
        heading: s.heading(t.reminder),
        blocks: [
          { p: s.body(a, roleLabel(t.stepRole, lang)) },
          ...(t.dueAt ? [{ p: s.due(formatDate(t.dueAt, lang)) }] : []),
          button(s.button, t.link),
          // Said in every request because mail scanners open links too: the approver should
          // know that opening the page is harmless and that the button is the decision.
          { small: s.safe(buttons) },
          { small: s.personal(formatDate(t.expiresAt, lang)) },
        ],
      };
    }
    case 'submission_receipt': {
      const s = w.receipt;
      return {
        subject: s.subject(a, t.resubmitted),
        heading: s.heading(a, t.resubmitted),
        blocks: [{ p: s.body(a, roleLabel(t.firstStepRole, lang), t.resubmitted) }, button(s.button, t.viewLink)],
      };
    }
    case 'final_decision': {
      const s = w.final;
      const approved = t.outcome === 'approved';
      return {
        subject: s.subject(a, approved),
        heading: s.heading(a, approved),
        blocks: [{ p: s.body(a, approved, t.decidedByName) }, ...quoted(approved ? s.comment : s.reason, t.reason), button(s.button, t.viewLink)],
      };
    }
    case 'nominee_approved': {
      // No link: the nominee has no account in Hamkor; the office writes to them directly.
      const s = w.nominee;
      return { subject: s.subject(a), heading: s.heading, blocks: [{ p: s.greeting(t.nomineeName) }, { p: s.body(a) }, { small: s.noReply }] };
    }
    case 'changes_requested': {
      const s = w.changes;
      return {
        subject: s.subject(a),
        heading: s.heading(a),
        blocks: [{ p: s.body(a, t.requestedByName) }, { quote: t.comment }, { p: s.next }, button(s.button, t.editLink)],
      };
    }
    case 'withdrawn_notice': {
      const s = w.withdrawn;
      return {
        subject: s.subject(a),
        heading: s.heading,
        blocks: [{ p: s.body(a, t.withdrawnByName) }, ...quoted(s.reason, t.reason), { small: s.noAction }],
      };
    }
    case 'approver_missing': {
      const s = w.approverMissing;
      return {
        subject: s.subject(a),
        heading: s.heading,
        blocks: [
          { p: s.body(a) },
          { list: t.steps.map((step) => s.step(step.number, roleLabel(step.role, lang), step.active)) },
          { p: s.next },
          button(s.button, t.viewLink),
        ],
      };
    }
    case 'escalation': {
      const s = w.escalation;
      return {
        subject: s.subject(a),
        heading: s.heading,
        blocks: [
          { p: s.body(a, roleLabel(t.stepRole, lang), t.reminders) },
          ...(t.dueAt ? [{ p: s.due(formatDate(t.dueAt, lang)) }] : []),
          ...(t.pending.length > 0 ? [{ p: s.pending }, { list: t.pending.map((p) => `${p.name} <${p.email}>`) }] : []),
          { small: s.followUp },
          button(s.button, t.viewLink),
        ],
      };
    }
  }
}

/** Renders one notification in one language; throws only on a link that is not http(s). */
export function renderEmail(t: EmailTemplate, language: Language): RenderedEmail {
  const message: Message = { ...compose(t, language), footer: WORDS[language].footer };
  return { subject: message.subject, html: renderHtml(message, language), text: renderText(message) };
}
