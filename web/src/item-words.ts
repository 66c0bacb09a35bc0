/**
 * How an item reads to a person, as data: the submitted content as rows (a term and its value)
 * and each history event as a sentence. Pure: the words come in as a `Speech` (the pages pass
 * i18n/live.ts's and format.ts's), so the item's page and the office's agreement page word them alike.
 */
import type { Agreement, HistoryEvent, Nomination, Partner as RegisteredPartner } from './api-types';
import { conditionLine, programmeLine, type Wording } from './diff-words';
import type { MessageKey } from './i18n/messages';
import { textLanguageOf } from '../../shared/memorandum-pair';

/** The words an item's view needs: diff-words' `Wording`, with moments and plurals. */
export type Speech = Wording & {
  /** A moment (ISO timestamp) with its time. */
  when: (iso: string | undefined) => string;
  plural: (key: 'history.daysLeft', n: number) => string;
  region: (code: string) => string;
};

/** A decision in the past tense: "Approved", "Changes requested". */
export function past(decision: string | undefined, w: Pick<Speech, 't' | 'label'>): string {
  return decision === 'approve' || decision === 'reject' || decision === 'request_changes' ? w.t(`past.${decision}`) : w.label(String(decision ?? ''));
}

const OUTCOMES = ['recorded', 'advanced', 'approved', 'rejected', 'changes_requested'] as const;
/** A rejection's outcome is always "rejected": naming it after the decision says it twice. */
const RESTATES: Record<string, string> = { reject: 'rejected' };

/** What a decision did to the item, or '' for an outcome this page does not know. */
export function outcome(value: string | undefined, w: Pick<Speech, 't'>): string {
  return (OUTCOMES as readonly (string | undefined)[]).includes(value) ? w.t(`outcome.${value as (typeof OUTCOMES)[number]}`) : '';
}

/** The partner as the content names it: `name` in the reader's language. */
export type Partner = Pick<RegisteredPartner, 'id' | 'name' | 'city' | 'country'>;

/**
 * An item's content as this module reads it: a nomination's fields or a memorandum's, each of
 * which may be missing (the approver's page shows what the preview gave).
 */
export type Content = Partial<Nomination['content'] & Agreement['content']>;

/**
 * Ids in the content, in the words people use, where the page knows more than the ids:
 * `faculty(id)`, `department(facultyId, id)`, `agreement(id)` (a string, or what the page shows for it, e.g. a link).
 */
export type Names<Shown = string> = {
  faculty?: (id: string) => string | undefined;
  department?: (facultyId: string | undefined, id: string) => string | undefined;
  agreement?: (id: string) => Shown | string | undefined;
};

/** One row of a definition list: its term, and a value (a list of lines where `lines`), `pre` for free text. */
export type ContentRow<Shown = string> = { term: MessageKey; value: Shown | string; pre?: boolean } | { term: MessageKey; lines: string[] };

/** The submitted content of a nomination or memorandum as rows; empty values are left out. */
export function contentRows<Shown = string>(kind: string, c: Content, w: Speech, partner?: Partner, names: Names<Shown> = {}): ContentRow<Shown>[] {
  const rows: ContentRow<Shown>[] = [];
  const row = (term: MessageKey, value: Shown | string | undefined | null | false, pre?: boolean) => {
    if (value === undefined || value === null || value === '' || value === false) return;
    rows.push(pre ? { term, value, pre } : { term, value });
  };
  const faculty = (id: string | undefined) => (id && names.faculty?.(id)) || id;
  if (partner) row('content.partner', [partner.name, partner.city, partner.country && w.region(partner.country)].filter(Boolean).join(', '));
  else row('content.partner', c.partnerId);
  if (kind === 'nomination') {
    const n: Partial<NonNullable<Content['nominee']>> = c.nominee ?? {};
    row('content.nominee', n.name);
    row('content.nomineeEmail', n.email);
    row('content.role', n.role && w.label(n.role));
    row('content.studyLevel', n.studyLevel && w.label(n.studyLevel));
    row('content.facultyDepartment', [faculty(n.faculty), (n.department && names.department?.(n.faculty, n.department)) || n.department].filter(Boolean).join(' / '));
    row('content.direction', c.direction && w.label(c.direction));
    row('content.programme', c.programme && w.label(c.programme));
    row('content.mobilityType', c.mobilityType && w.label(c.mobilityType));
    row('content.academicYear', c.academicYear);
    row('content.period', c.period && w.label(c.period));
    row('content.format', c.format && w.label(c.format));
    row('content.plannedDates', c.plannedStartDate && c.plannedEndDate && `${w.day(c.plannedStartDate)} – ${w.day(c.plannedEndDate)}`);
    row('content.physicalPart', c.physicalStartDate && c.physicalEndDate && `${w.day(c.physicalStartDate)} – ${w.day(c.physicalEndDate)}`);
    row('content.staffHours', c.staffHours !== undefined && String(c.staffHours));
    row('content.subject', c.subject);
    if (c.language) row('content.language', w.t('content.languageLevel', { language: w.language(c.language.code), code: c.language.code, level: c.language.level }));
    row('content.agreement', (c.agreementId && names.agreement?.(c.agreementId)) || c.agreementId);
    row('content.motivation', c.motivation, true);
  } else {
    row('content.kind', c.kind && w.label(c.kind));
    row('content.scope', Array.isArray(c.scope) ? w.list(c.scope.map((s) => w.label(s))) : undefined);
    row('content.starts', c.startDate && w.day(c.startDate));
    row('content.ends', c.endDate === null ? w.t('content.openEnded') : c.endDate && w.day(c.endDate));
    if (c.coordinator) row('content.coordinator', `${c.coordinator.name} <${c.coordinator.email}>`);
    row('content.initiatingFaculty', faculty(c.initiatingFaculty));
    row('content.summary', c.summary, true);
    const conditions = Array.isArray(c.cooperationConditions) ? c.cooperationConditions : [];
    if (conditions.length === 0) row('content.conditions', w.t('content.noConditions'));
    else rows.push({ term: 'content.conditions', lines: conditions.map((k) => conditionLine(k, w)) });
    if (c.degreeProgrammes?.length) rows.push({ term: 'content.degreeProgrammes', lines: c.degreeProgrammes.map((p) => programmeLine(p, w)) });
    row('content.researchAreas', c.researchAreas?.length ? w.list(c.researchAreas) : undefined);
    row('content.jointLaboratories', c.jointLaboratories?.length ? w.list(c.jointLaboratories) : undefined);
    // Every memorandum has a pair: one that names none is printed with Russian.
    row('content.textLanguage', w.t(`content.textPair.${textLanguageOf(c)}`));
  }
  return rows;
}

/**
 * One event of an item's history (HistoryEventSchema); the approver's preview and the item's
 * own pages give the same shape, whose events promise few fields, so none is assumed.
 */
export type ShownEvent = Partial<HistoryEvent>;

/** What a page says for the fields a change touched (`paths` of its diff), where it knows their words. */
export type ChangedFields = (paths: string[]) => string;

/** The free text an event carries (a comment, a reason, a note), if any; a given-back room's `reason` is a code its line says in words. */
export const eventNote = (e: ShownEvent): string | undefined => e.comment ?? (e.type === 'room_cancelled' ? undefined : e.reason) ?? e.note;

/**
 * One event of an item's history as a sentence; with `fields`, a change of an agreement also
 * says which fields it touched.
 */
export function historyLine(e: ShownEvent, w: Speech, fields?: ChangedFields): string {
  const { t, label, list, day } = w;
  const touched = (line: string) => (fields && Array.isArray(e.paths) && e.paths.length ? `${line} — ${fields(e.paths)}` : line);
  const who = e.actor?.name ?? '';
  // step.index counts from 0 (the server's array index); people count from 1.
  const step = e.step ? ` ${t('history.step', { n: e.step.index + 1, role: label(e.step.role) })}` : '';
  const pending = Array.isArray(e.pending) && e.pending.length ? ` ${t('history.to', { names: list(e.pending.map((p: { name?: string; email: string }) => p.name ?? p.email)) })}` : '';
  switch (e.type) {
    case 'submitted':
      return t('history.submitted', { who });
    case 'resubmitted':
      return t('history.resubmitted', { who, round: e.round });
    case 'decided': {
      // "Rejected — rejected" says it twice: the outcome is told only where it adds to the decision.
      const done = RESTATES[e.decision as string] === e.outcome ? '' : outcome(e.outcome, w);
      return `${t('history.decided', { who, decision: past(e.decision, w) })}${step}${done ? ` — ${done}` : ''}`;
    }
    case 'withdrawn':
      return t('history.withdrawn', { who });
    case 'reminded':
      return `${t('history.reminded')}${pending}${step}`;
    case 'escalated':
      return `${t('history.escalated')}${step}`;
    case 'approvers_changed': {
      const names = Array.isArray(e.pending) ? e.pending.map((p: { name?: string; email: string }) => p.name ?? p.email) : [];
      return `${t('history.approversChanged', { who })}${step} — ${names.length ? t('history.waitsOn', { names: list(names) }) : t('history.waitsOnNobody')}`;
    }
    case 'quota_overridden':
      return t('history.quotaOverridden', { who });
    case 'partner_responded':
      // Through the coordinator's link the coordinator answered; by hand, the office recorded the partner's answer.
      if (e.viaLink) return t(e.accepted ? 'history.partnerAcceptedByLink' : 'history.partnerDeclinedByLink', { who });
      return t(e.accepted ? 'history.partnerAccepted' : 'history.partnerDeclined', { who });
    case 'arrived':
      return t('history.arrived', { who, date: day(e.arrivalDate ?? '') });
    case 'room_assigned':
      return t('history.roomAssigned', { who, room: e.room ?? '', residence: e.residence ?? '', from: day(e.from ?? ''), to: day(e.to ?? '') });
    case 'room_cancelled': {
      // Given back with the nomination's end (`reason`: which), else taken back by the office.
      const room = { who, room: e.room ?? '', residence: e.residence ?? '', from: day(e.from ?? ''), to: day(e.to ?? '') };
      if (e.reason === 'withdrawn' || e.reason === 'declined_by_partner' || e.reason === 'rejected') return t(`history.roomGivenBack.${e.reason}`, room);
      return t('history.roomCancelled', room);
    }
    case 'study_plan_saved':
      return t(e.newVersion && (e.planVersion ?? 1) > 1 ? 'history.studyPlanNewVersion' : 'history.studyPlanSaved', { who, version: e.planVersion ?? 1 });
    case 'study_plan_sent':
      return t('history.studyPlanSent', { who, version: e.planVersion ?? 1, coordinator: e.coordinator?.name ?? '' });
    case 'study_plan_decided':
      return t(e.decision === 'approve' ? 'history.studyPlanApproved' : 'history.studyPlanChangesRequested', { who, version: e.planVersion ?? 1 });
    case 'study_plan_reminded':
      return t('history.studyPlanReminded', { count: e.count ?? 1, version: e.planVersion ?? 1, coordinator: e.coordinator?.name ?? '' });
    case 'study_plan_unanswered':
      return t('history.studyPlanUnanswered', { version: e.planVersion ?? 1, coordinator: e.coordinator?.name ?? '' });
    case 'partner_reminded':
      return t('history.partnerReminded', { who: e.contact?.name ?? '' });
    case 'partner_unanswered':
      return t('history.partnerUnanswered', { who: e.contact?.name ?? '' });
    // The partner's signatory and a memorandum's text (shared/workflow/partner-signing.ts).
    case 'signatory_asked':
      return t('history.signatoryAsked', { who: e.contact?.name ?? '', by: who });
    case 'signatory_answered':
      return t(e.answer === 'approve' ? 'history.signatoryApproved' : 'history.signatoryChanges', { who });
    case 'signatory_reminded':
      return t('history.signatoryReminded', { who: e.contact?.name ?? '' });
    case 'signatory_unanswered':
      return t('history.signatoryUnanswered', { who: e.contact?.name ?? '' });
    case 'completed':
      return t('history.completed', { who, from: day(e.actualStartDate ?? ''), to: day(e.actualEndDate ?? '') });
    case 'signed': {
      const signed = t(e.party === 'home' ? 'history.signedHome' : 'history.signedPartner', { who, name: e.signature?.signatoryName ?? '', date: day(e.signature?.date ?? '') });
      return e.activated ? `${signed} — ${t('history.nowInForce')}` : signed;
    }
    case 'activated':
      return t('history.activated');
    case 'expiry_reminder':
      return t('history.expiryReminder', { days: w.plural('history.daysLeft', Number(e.daysLeft)) });
    case 'expired':
      return t('history.expired', { date: day(e.endDate ?? '') });
    case 'termination_recorded':
      return t('history.terminationRecorded', { who, date: day(e.effectiveDate ?? '') });
    case 'terminated':
      return t('history.terminated', { date: day(e.effectiveDate ?? '') });
    case 'amended': {
      const changed = t('history.amended', { who, version: e.version });
      return touched(e.amendment?.reference ? `${changed} (${e.amendment.reference})` : changed);
    }
    case 'amendment_proposed':
      return touched(t('history.amendmentProposed', { who, reference: e.amendmentReference }));
    case 'renewed':
      return t('history.renewed', { who, reference: e.renewalReference });
    case 'mail_undeliverable':
      return t('history.mailUndeliverable', { email: e.email });
    case 'ewp_approval_recorded':
      return t('history.ewpApprovalRecorded', { who, hash: String(e.iiaHash ?? '').slice(0, 12) });
    case 'imported':
      return t('history.imported', { who, file: e.fileName ?? '', row: e.row ?? '' });
    default:
      return `${label(String(e.type ?? ''))}${who ? ` — ${who}` : ''}`;
  }
}
