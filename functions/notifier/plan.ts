/**
 * Which emails an event means, as plain data: who gets which template. Pure, so the rules
 * ("on final approval, the submitter and the nominee") are tested without SES.
 */
import type { ActivityEvent } from '../../shared/activity-rules';
import type { Language } from '../../shared/schemas/common';
import type { StudyPlanEvent } from '../../shared/workflow/study-plan';
import type { Actor, OfficeEvent, ReviewEvent, StepRef } from '../../shared/workflow/types';
import type { LinkRequested, MailUndeliverable, RolesChanged, SigninRequested } from '../lib/db/notices';
import type { EventSubject } from '../lib/db/submissions';
import type { EmailSubject, EmailTemplate } from './templates';
import type { SignatoryNews } from './templates/words';

export type NotifiableEvent = ReviewEvent | OfficeEvent | StudyPlanEvent | SigninRequested | LinkRequested | MailUndeliverable | RolesChanged | ActivityEvent;

/** Steps an event leaves with nobody to decide them: the office must give the role to someone. */
export function stepsWithNobody(event: NotifiableEvent): { role: StepRef['role']; number: number; active: boolean }[] {
  const step = (ref: StepRef, active: boolean) => ({ role: ref.role, number: ref.index + 1, active });
  if (event.type === 'decided' && event.outcome === 'advanced' && event.next && event.next.approvers.length === 0) return [step(event.next.step, true)];
  if (event.type !== 'approvers_changed') return [];
  return [...(event.pending.length === 0 ? [step(event.step, true)] : []), ...event.later.filter((l) => l.approvers.length === 0).map((l) => step(l.step, false))];
}

/** Events the administrators hear of (the notifier reads who they are only for these). */
export function tellsAdmins(event: NotifiableEvent): boolean {
  return event.type === 'escalated' || event.type === 'partner_unanswered' || event.type === 'study_plan_unanswered' || event.type === 'mail_undeliverable' || stepsWithNobody(event).length > 0;
}

/** The one-time link an email carries, minted just before sending. */
export type LinkNeed =
  | { purpose: 'signin'; next?: string }
  | { purpose: 'action'; round: number; stepIndex: number }
  | { purpose: 'partner' }
  | { purpose: 'study-plan'; planVersion: number }
  | { purpose: 'signatory'; round: number };

export type PlannedMail = {
  to: { email: string; name?: string };
  /** Distinguishes two emails of one event to the same person (delivery records are per template). */
  template: EmailTemplate['template'];
  link?: LinkNeed;
  /** The language to write in, when the event says (a sign-in asked for from a page in that language); else the recipient's. */
  language?: Language;
  /** Whose language to write in when the recipient has no profile of their own (a nominee without an account). */
  languageOf?: string;
  render: (link: { url: string; expiresAt: string } | undefined) => EmailTemplate;
};

export type PlanContext = {
  appUrl: string;
  admins: Actor[];
  signinMinutes: number;
  /** The international office (role holders): told of agreements coming into force and ending. */
  office?: Actor[];
  /** Who confirms a proposed activity: its faculty's deans, or the international office, as the event says (read only for `activity_proposed` and `activity_cancelled`). */
  confirmers?: Actor[];
};

/**
 * The console's activities page with the activity opened, where a proposed activity is confirmed or
 * returned and a returned one edited: signed in, never a token link (confirming needs a session).
 */
export const activitiesPage = (appUrl: string, id: string): string => `${appUrl}/office/activities?activity=${encodeURIComponent(id)}`;

/** What an email says the item is; each reader gets the title in their own language. */
function emailSubject(subject: EventSubject): EmailSubject {
  return { kind: subject.kind, reference: subject.reference, title: subject.title, ...(subject.titles ? { titles: subject.titles } : {}), submitterName: subject.submitter.name };
}

/** Everyone once: the coordinator may also work in the international office. */
function once(people: (Actor | undefined)[]): Actor[] {
  const seen = new Map<string, Actor>();
  for (const p of people) if (p && !seen.has(p.email)) seen.set(p.email, p);
  return [...seen.values()];
}

export function planMails(event: NotifiableEvent, subject: EventSubject | undefined, ctx: PlanContext): PlannedMail[] {
  if (event.type === 'signin_requested') {
    return [
      {
        to: { email: event.email },
        template: 'signin_link',
        link: { purpose: 'signin', ...(event.next ? { next: event.next } : {}) },
        ...(event.language ? { language: event.language } : {}),
        render: (l) => ({ template: 'signin_link', link: l!.url, expiresInMinutes: ctx.signinMinutes }),
      },
    ];
  }
  if (event.type === 'mail_undeliverable') {
    // To the office: it is the office that can reach the person another way.
    const about = subject && emailSubject(subject);
    // An activity's email: the activities page opens it (activities have no page of their own).
    const viewLink = subject ? `${ctx.appUrl}/${subject.kind === 'nomination' ? 'nominations' : 'agreements'}/${subject.id}` : event.activity ? activitiesPage(ctx.appUrl, event.activity.id) : ctx.appUrl;
    return ctx.admins
      .filter((admin) => admin.email !== event.email)
      .map((admin) => ({
        to: admin,
        template: 'undeliverable_notice' as const,
        render: () => ({
          template: 'undeliverable_notice' as const,
          subject: about,
          email: event.email,
          cause: event.cause,
          detail: event.detail,
          waitingRole: event.waitingAt?.role,
          ...(event.partnerWaiting ? { partnerWaiting: true } : {}),
          ...(event.activity ? { activity: event.activity } : {}),
          ...(event.confirmationWaiting ? { confirmationWaiting: true } : {}),
          viewLink,
        }),
      }));
  }
  if (event.type === 'activity_proposed') {
    // To its confirmers, each in their own language; proposed again after a return, a new event, so emailed again.
    return (ctx.confirmers ?? []).map((to) => ({
      to,
      template: 'activity_proposed' as const,
      render: () => ({ template: 'activity_proposed' as const, activity: event.activity, proposedBy: event.actor, confirmer: event.confirmer, again: event.again, viewLink: activitiesPage(ctx.appUrl, event.activity.id) }),
    }));
  }
  if (event.type === 'activity_cancelled') {
    // To the confirmers it was proposed to, so they stop looking for it; not to one who cancelled it themselves.
    return (ctx.confirmers ?? [])
      .filter((to) => to.email !== event.actor.email)
      .map((to) => ({
        to,
        template: 'activity_cancelled' as const,
        render: () => ({ template: 'activity_cancelled' as const, activity: event.activity, cancelledBy: event.actor, ...(event.reason ? { reason: event.reason } : {}), viewLink: activitiesPage(ctx.appUrl, event.activity.id) }),
      }));
  }
  if (event.type === 'activity_decided') {
    // To who recorded it and, when someone else edited it after a return, who proposed it again.
    return once([event.recordedBy, event.proposedBy]).map((to) => ({
      to,
      template: 'activity_decided' as const,
      render: () => ({
        template: 'activity_decided' as const,
        activity: event.activity,
        confirmed: event.decision === 'confirmed',
        decidedByName: event.actor.name,
        ...(event.comment ? { comment: event.comment } : {}),
        viewLink: activitiesPage(ctx.appUrl, event.activity.id),
      }),
    }));
  }
  if (!subject) return [];
  const about = emailSubject(subject);
  const path = subject.kind === 'nomination' ? 'nominations' : 'agreements';
  const viewLink = `${ctx.appUrl}/${path}/${subject.id}`;

  // Never a silent skip: a step nobody can decide is the office's to fill (give someone the role).
  const nobody = stepsWithNobody(event);
  const approverMissing: PlannedMail[] = nobody.length
    ? ctx.admins.map((a) => ({ to: a, template: 'approver_missing' as const, render: () => ({ template: 'approver_missing' as const, subject: about, steps: nobody, viewLink }) }))
    : [];

  const actionRequests = (approvers: Actor[], round: number, step: Pick<StepRef, 'index' | 'role' | 'dueAt'>, reminder: number): PlannedMail[] =>
    approvers.map((a) => ({
      to: a,
      template: 'action_request',
      link: { purpose: 'action', round, stepIndex: step.index },
      render: (l) => ({ template: 'action_request', subject: about, link: l!.url, stepRole: step.role, dueAt: step.dueAt, expiresAt: l!.expiresAt, reminder }),
    }));

  // The partner's coordinator (no account): their link, in their language if the office knows it, else English.
  const partnerRequest = (reminder: number): PlannedMail[] =>
    subject.partnerContact
      ? [
          {
            to: { email: subject.partnerContact.email, name: subject.partnerContact.name },
            template: 'partner_request',
            link: { purpose: 'partner' },
            language: subject.partnerContact.language ?? 'en',
            render: (l) => ({ template: 'partner_request', subject: about, link: l!.url, expiresAt: l!.expiresAt, reminder }),
          },
        ]
      : [];

  // The partner's signatory (no account): the text of `round`, in their language if the office knows it, else English.
  const signatoryRequest = (reminder: number): PlannedMail[] =>
    subject.signatory
      ? [
          {
            to: { email: subject.signatory.email, name: subject.signatory.name },
            template: 'signatory_request',
            link: { purpose: 'signatory', round: subject.signatory.round },
            language: subject.signatory.language ?? 'en',
            render: (l) => ({ template: 'signatory_request', subject: about, link: l!.url, expiresAt: l!.expiresAt, reminder }),
          },
        ]
      : [];
  // What the signatory did, to the memorandum's coordinator and the office: it is theirs to act on.
  const signatoryNews = (what: SignatoryNews, who: Actor, comment?: string): PlannedMail[] =>
    once([subject.coordinator, ...(ctx.office ?? [])]).map((to) => ({
      to,
      template: 'signatory_news' as const,
      render: () => ({ template: 'signatory_news' as const, subject: about, what, who, ...(comment ? { comment } : {}), viewLink }),
    }));

  switch (event.type) {
    case 'signatory_asked':
      return signatoryRequest(0);
    case 'signatory_reminded':
      return signatoryRequest(event.count);
    case 'signatory_answered':
      return signatoryNews(event.answer === 'approve' ? 'approved' : 'changes_requested', event.actor, event.comment);
    case 'signatory_unanswered':
      return [...signatoryNews('unanswered', event.contact)];
    case 'submitted':
    case 'resubmitted':
      return [
        {
          to: subject.submitter,
          template: 'submission_receipt',
          render: () => ({ template: 'submission_receipt', subject: about, resubmitted: event.type === 'resubmitted', firstStepRole: event.step.role, viewLink }),
        },
        ...actionRequests(event.approvers, event.round, event.step, 0),
      ];
    case 'decided':
      switch (event.outcome) {
        case 'recorded':
          return [];
        case 'advanced':
          return event.next ? [...actionRequests(event.next.approvers, event.round, event.next.step, 0), ...approverMissing] : [];
        case 'approved':
        case 'rejected':
          return [
            {
              to: subject.submitter,
              template: 'final_decision',
              render: () => ({ template: 'final_decision', subject: about, outcome: event.outcome as 'approved' | 'rejected', decidedByName: event.actor.name, reason: event.comment, viewLink }),
            },
            ...(event.outcome === 'approved' && subject.nominee
              ? [
                  {
                    to: subject.nominee,
                    template: 'nominee_approved' as const,
                    // A nominee rarely has an account, and the nomination records no language they read:
                    // its `language` is the skill required by the mobility (English B2 for study abroad),
                    // not a preference. The submitter put them forward, usually from the same faculty, so
                    // the submitter's language is the best guess; a nominee with a profile gets their own.
                    languageOf: subject.submitter.email,
                    render: () => ({ template: 'nominee_approved' as const, subject: about, nomineeName: subject.nominee!.name }),
                  },
                ]
              : []),
            ...(event.outcome === 'approved' ? partnerRequest(0) : []),
            ...(event.outcome === 'approved' ? signatoryRequest(0) : []),
          ];
        case 'changes_requested':
          return [
            {
              to: subject.submitter,
              template: 'changes_requested',
              render: () => ({ template: 'changes_requested', subject: about, comment: event.comment ?? '', requestedByName: event.actor.name, editLink: `${viewLink}/edit` }),
            },
          ];
      }
      return [];
    case 'withdrawn':
      return event.pending.map((a) => ({
        to: a,
        template: 'withdrawn_notice' as const,
        render: () => ({ template: 'withdrawn_notice' as const, subject: about, withdrawnByName: event.actor.name, reason: event.reason }),
      }));
    case 'reminded':
      return actionRequests(event.pending, event.round, event.step, event.count);
    case 'escalated':
      return ctx.admins.map((a) => ({
        to: a,
        template: 'escalation' as const,
        render: () => ({ template: 'escalation' as const, subject: about, stepRole: event.step.role, pending: event.pending, reminders: event.count, dueAt: event.step.dueAt, viewLink }),
      }));
    case 'approvers_changed':
      // The new holders get their links; the old ones' links are voided by the notifier (notify.ts).
      return [...actionRequests(event.added, event.round, event.step, 0), ...approverMissing];
    case 'roles_changed':
      return []; // not mail: the notifier re-resolves the steps it touches (services/approvers.ts)
    case 'quota_overridden':
    case 'renewed':
    case 'amendment_proposed':
      return [];
    case 'imported':
      // The office's past, brought in from a file: nobody is asked or told anything.
      return [];
    case 'arrived':
      // The office recorded it itself; the student is here. Nobody needs an email about it.
      return [];
    case 'ewp_approval_recorded':
      // The office recorded it from the partner's file: it already knows, and nothing changes state.
      return [];
    case 'amended':
    case 'signed':
    case 'activated':
    case 'expiry_reminder':
    case 'expired':
    case 'termination_recorded':
    case 'terminated': {
      // The partner's signed copy through its link is news even before the agreement is in force.
      if (event.type === 'signed' && event.viaLink && !event.activated) return signatoryNews('signed', event.actor);
      const news = agreementNews(event);
      if (!news) return [];
      return once([subject.coordinator, ...(ctx.office ?? [])]).map((to) => ({
        to,
        template: 'agreement_update' as const,
        render: () => ({ template: 'agreement_update' as const, subject: about, viewLink, ...news }),
      }));
    }
    case 'partner_responded':
    case 'completed': {
      const what = event.type === 'completed' ? 'completed' : event.accepted ? 'accepted' : 'declined';
      const reason = event.type === 'partner_responded' ? event.reason : undefined;
      return once([subject.submitter, subject.nominee]).map((to) => ({
        to,
        template: 'mobility_update' as const,
        // The nominee, without a profile, reads the submitter's language (as on the final approval).
        languageOf: subject.submitter.email,
        render: () => ({ template: 'mobility_update' as const, subject: about, what, ...(reason ? { reason } : {}) }),
      }));
    }
    case 'room_assigned':
    case 'room_cancelled':
      // Given back because the nomination ended: its own rule. Else the submitter hears where their
      // incoming student will live, and when the office takes that room back (the student has no
      // account; the office writes to them).
      if (event.type === 'room_cancelled' && event.reason) return roomReleased(event, subject, about);
      return [
        {
          to: subject.submitter,
          template: event.type,
          render: () => ({ template: event.type, subject: about, residence: event.residence, room: event.room, from: event.from, to: event.to }),
        },
      ];
    case 'partner_reminded':
      return partnerRequest(event.count);
    case 'study_plan_saved':
      return [];
    case 'study_plan_sent':
    case 'study_plan_reminded': {
      // The host faculty's coordinator: a one-time link to the version sent; a new send, or a reminder, mints a fresh one and voids the last.
      const reminder = event.type === 'study_plan_reminded' ? event.count : 0;
      return [
        {
          to: event.coordinator,
          template: 'study_plan_request' as const,
          link: { purpose: 'study-plan', planVersion: event.planVersion },
          render: (l) => ({ template: 'study_plan_request' as const, subject: about, link: l!.url, expiresAt: l!.expiresAt, planVersion: event.planVersion, reminder }),
        },
      ];
    }
    case 'study_plan_unanswered':
      // After the last reminder: the office writes to the coordinator itself (or sends the plan again).
      return ctx.admins.map((a) => ({
        to: a,
        template: 'study_plan_unanswered' as const,
        render: () => ({ template: 'study_plan_unanswered' as const, subject: about, coordinator: event.coordinator, reminders: event.reminders, planVersion: event.planVersion, viewLink }),
      }));
    case 'study_plan_decided':
      return [
        {
          to: subject.submitter,
          template: 'study_plan_answer' as const,
          render: () => ({
            template: 'study_plan_answer' as const,
            subject: about,
            planVersion: event.planVersion,
            approved: event.decision === 'approve',
            decidedByName: event.actor.name,
            ...(event.comment ? { comment: event.comment } : {}),
            viewLink,
          }),
        },
      ];
    case 'partner_unanswered':
      return ctx.admins.map((a) => ({
        to: a,
        template: 'partner_unanswered' as const,
        render: () => ({ template: 'partner_unanswered' as const, subject: about, contact: event.contact, reminders: event.reminders, viewLink }),
      }));
    case 'link_requested':
      return [
        {
          to: { email: event.email, name: event.name },
          template: 'action_request',
          link: { purpose: 'action', round: event.round, stepIndex: event.stepIndex },
          render: (l) => ({ template: 'action_request', subject: about, link: l!.url, stepRole: event.role, expiresAt: l!.expiresAt, reminder: 0 }),
        },
      ];
  }
}

/**
 * A room given back because the nomination ended: only who would not know is told. Who gave the room
 * (the office keeps the residences, and a bed freed is one it can give another student) hears of it
 * when someone else ended the nomination: the submitter withdrew it, the partner declined through its
 * link. The submitter hears of it only when the office withdrew it (the withdrawal itself emails no one);
 * one who withdrew it knows, and a partner's decline is already emailed to them (`partner_responded`),
 * which ends the mobility and so the stay.
 */
function roomReleased(event: Extract<OfficeEvent, { type: 'room_cancelled' }>, subject: EventSubject, about: EmailSubject): PlannedMail[] {
  const reason = event.reason!;
  const told = once([
    ...(event.assignedBy && event.assignedBy.email !== event.actor.email ? [event.assignedBy] : []),
    ...(reason === 'withdrawn' && subject.submitter.email !== event.actor.email ? [subject.submitter] : []),
  ]);
  return told.map((to) => ({
    to,
    template: 'room_released' as const,
    render: () => ({ template: 'room_released' as const, subject: about, residence: event.residence, room: event.room, from: event.from, to: event.to, reason, byName: event.actor.name }),
  }));
}

/** What an agreement's event tells its coordinator and the office, or nothing (a first signature). */
function agreementNews(event: OfficeEvent): Omit<Extract<EmailTemplate, { template: 'agreement_update' }>, 'template' | 'subject' | 'viewLink'> | undefined {
  switch (event.type) {
    case 'signed':
      return event.activated ? { what: 'activated' } : undefined;
    case 'activated':
      return { what: 'activated' };
    case 'expiry_reminder':
      return { what: 'expiry_reminder', endDate: event.endDate, daysLeft: event.daysLeft };
    case 'expired':
      return { what: 'expired', endDate: event.endDate };
    case 'termination_recorded':
      return { what: event.terminated ? 'terminated' : 'termination_scheduled', effectiveDate: event.effectiveDate, reason: event.reason };
    case 'terminated':
      return { what: 'terminated', effectiveDate: event.effectiveDate, reason: event.reason };
    case 'amended':
      // A new version in force.
      return { what: 'amended', version: event.version };
    default:
      return undefined;
  }
}
