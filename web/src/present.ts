/**
 * How an item reads to a person, shared by the approver's page and the submitter's pages: the
 * submitted content as a definition list, the history, and the words for decisions and their
 * outcomes, all in the current language. Pages call these again when the language changes.
 */
import { decisionLabel } from '../../shared/i18n/index';
import type { Agreement, HistoryEvent, Nomination, Partner as RegisteredPartner } from './api-types';
import { conditionLine, type Wording } from './diff-words';
import { el } from './dom';
import { day, displayName, label, lang, list, number, plural, t, when, type MessageKey } from './i18n';

/** A decision in the past tense: "Approved", "Changes requested". */
export function past(decision: string | undefined): string {
  return decision === 'approve' || decision === 'reject' || decision === 'request_changes' ? t(`past.${decision}`) : label(decision);
}

/** The label of a decision button, the same word the email uses. */
export const choice = (decision: 'approve' | 'reject' | 'request_changes') => decisionLabel(decision, lang());

const OUTCOMES = ['recorded', 'advanced', 'approved', 'rejected', 'changes_requested'] as const;
/** A rejection's outcome is always "rejected": naming it after the decision says it twice. */
const RESTATES: Record<string, string> = { reject: 'rejected' };

/** What a decision did to the item, or '' for an outcome this page does not know. */
export function outcome(value: string | undefined): string {
  return (OUTCOMES as readonly (string | undefined)[]).includes(value) ? t(`outcome.${value as (typeof OUTCOMES)[number]}`) : '';
}

/** The current language's words for what changed in an agreement (diff-words.ts), and for its conditions. */
export const wording: Wording = { t, label, day, number, list, language: (code) => displayName('language', code) };

/** Someone's words, in the language's quotation marks. */
export const quote = (text: string) => (lang() === 'ru' ? `«${text}»` : `“${text}”`);

export function row(dl: HTMLElement, term: MessageKey, value: string | Node | undefined | null | false, cls?: string): void {
  if (value === undefined || value === null || value === '' || value === false) return;
  const dd = el('dd', undefined, cls);
  dd.append(value); // a string becomes a text node, never markup
  dl.append(el('dt', t(term)), dd);
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
 * `faculty(id)`, `department(facultyId, id)`, `agreement(id)` (a string or a Node, e.g. a link).
 */
export type Names = {
  faculty?: (id: string) => string | undefined;
  department?: (facultyId: string | undefined, id: string) => string | undefined;
  agreement?: (id: string) => string | Node | undefined;
};

/** The submitted content of a nomination or memorandum as a definition list. */
export function renderContent(dl: HTMLElement, kind: string, c: Content, partner?: Partner, names: Names = {}): void {
  const faculty = (id: string | undefined) => (id && names.faculty?.(id)) || id;
  dl.replaceChildren();
  if (partner) row(dl, 'content.partner', [partner.name, partner.city, partner.country && displayName('region', partner.country)].filter(Boolean).join(', '));
  else row(dl, 'content.partner', c.partnerId);
  if (kind === 'nomination') {
    const n: Partial<NonNullable<Content['nominee']>> = c.nominee ?? {};
    row(dl, 'content.nominee', n.name);
    row(dl, 'content.nomineeEmail', n.email);
    row(dl, 'content.role', n.role && label(n.role));
    row(dl, 'content.studyLevel', n.studyLevel && label(n.studyLevel));
    row(dl, 'content.facultyDepartment', [faculty(n.faculty), (n.department && names.department?.(n.faculty, n.department)) || n.department].filter(Boolean).join(' / '));
    row(dl, 'content.direction', c.direction && label(c.direction));
    row(dl, 'content.programme', c.programme && label(c.programme));
    row(dl, 'content.mobilityType', c.mobilityType && label(c.mobilityType));
    row(dl, 'content.academicYear', c.academicYear);
    row(dl, 'content.period', c.period && label(c.period));
    if (c.language) {
      row(dl, 'content.language', t('content.languageLevel', { language: displayName('language', c.language.code), code: c.language.code, level: c.language.level }));
    }
    row(dl, 'content.agreement', (c.agreementId && names.agreement?.(c.agreementId)) || c.agreementId);
    row(dl, 'content.motivation', c.motivation, 'pre');
  } else {
    row(dl, 'content.kind', c.kind && label(c.kind));
    row(dl, 'content.scope', Array.isArray(c.scope) ? list(c.scope.map(label)) : undefined);
    row(dl, 'content.starts', c.startDate && day(c.startDate));
    row(dl, 'content.ends', c.endDate === null ? t('content.openEnded') : c.endDate && day(c.endDate));
    if (c.coordinator) row(dl, 'content.coordinator', `${c.coordinator.name} <${c.coordinator.email}>`);
    row(dl, 'content.initiatingFaculty', faculty(c.initiatingFaculty));
    row(dl, 'content.summary', c.summary, 'pre');
    const conditions = Array.isArray(c.cooperationConditions) ? c.cooperationConditions : [];
    if (conditions.length === 0) row(dl, 'content.conditions', t('content.noConditions'));
    else {
      const ul = el('ul');
      for (const k of conditions) ul.append(el('li', conditionLine(k, wording)));
      row(dl, 'content.conditions', ul);
    }
  }
}

/**
 * One event of an item's history (HistoryEventSchema). Partial while the approver's page
 * (act.ts) still reads its preview untyped: its events promise no field, so none is assumed.
 */
export type ShownEvent = Partial<HistoryEvent>;

/** What a page says for the fields a change touched (`paths` of its diff), where it knows their words. */
export type ChangedFields = (paths: string[]) => string;

/**
 * One event of an item's history as a sentence; with `fields`, a change of an agreement also
 * says which fields it touched.
 */
export function historyLine(e: ShownEvent, fields?: ChangedFields): string {
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
      const done = RESTATES[e.decision as string] === e.outcome ? '' : outcome(e.outcome);
      return `${t('history.decided', { who, decision: past(e.decision) })}${step}${done ? ` — ${done}` : ''}`;
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
      return t(e.accepted ? 'history.partnerAccepted' : 'history.partnerDeclined', { who });
    case 'completed':
      return t('history.completed', { who, from: day(e.actualStartDate), to: day(e.actualEndDate) });
    case 'signed': {
      const signed = t(e.party === 'home' ? 'history.signedHome' : 'history.signedPartner', { who, name: e.signature?.signatoryName ?? '', date: day(e.signature?.date) });
      return e.activated ? `${signed} — ${t('history.nowInForce')}` : signed;
    }
    case 'activated':
      return t('history.activated');
    case 'expiry_reminder':
      return t('history.expiryReminder', { days: plural('history.daysLeft', Number(e.daysLeft)) });
    case 'expired':
      return t('history.expired', { date: day(e.endDate) });
    case 'termination_recorded':
      return t('history.terminationRecorded', { who, date: day(e.effectiveDate) });
    case 'terminated':
      return t('history.terminated', { date: day(e.effectiveDate) });
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
    case 'imported':
      return t('history.imported', { who, file: e.fileName ?? '', row: e.row ?? '' });
    default:
      return `${label(e.type)}${who ? ` — ${who}` : ''}`;
  }
}

export function renderHistory(ol: HTMLElement, events: ShownEvent[] | undefined, fields?: ChangedFields): void {
  ol.replaceChildren();
  if (!events?.length) ol.append(el('li', t('history.nothing'), 'muted'));
  for (const e of events ?? []) {
    const li = el('li');
    li.append(el('div', when(e.at), 'muted'), el('div', historyLine(e, fields)));
    const note = e.comment ?? e.reason ?? e.note;
    if (note) li.append(el('p', quote(note), 'pre'));
    ol.append(li);
  }
}
