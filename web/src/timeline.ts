/**
 * The home page's compact status timeline of one of the person's own submissions: the chain's
 * steps in order (done ones with who decided and when, the current one with whom and since when,
 * the ones to come), then where the item ended up (the result; for a nomination after approval,
 * the partner's answer and the mobility itself).
 *
 * Every state is said in words at the start of its line, not by colour or a symbol alone, so the
 * list reads the same to a screen reader; the marks drawn by style.css are decoration.
 */
import type { Agreement, Nomination, ReviewStep } from './api-types';
import { el } from './dom';
import { day, label, list, t, when } from './i18n';
import { past } from './present';

/** One of the person's own submissions, as the home page lists it. */
type Item = Nomination | Agreement;
type State = 'done' | 'current' | 'todo' | 'stopped';

const IN_CHAIN = new Set(['in_review', 'changes_requested']);

/** One line: "Step 2: Dean — with Olga Petrova since …", marked for the eye by its state. */
function line(state: State, head: string, text: string): HTMLLIElement {
  const li = el('li', undefined, state);
  if (state === 'current') li.setAttribute('aria-current', 'step');
  li.append(el('strong', head), ` — ${text}`);
  return li;
}

const names = (people: ({ name?: string; email?: string } | undefined)[] | undefined) => list((people ?? []).map((p) => p?.name ?? p?.email ?? ''));

function stepLine(item: Item, stepIndex: number, step: ReviewStep, i: number, now: number): HTMLLIElement {
  const head = t('item.stepN', { n: i + 1, role: label(step.role) });
  const decided = (step.approvers ?? []).filter((a) => a.receipt);
  if (step.outcome || (step.completedAt && decided.length)) {
    const last = decided.at(-1)?.receipt;
    const decision = last ? past(last.decision) : label(step.outcome);
    const date = when(step.completedAt ?? last?.at);
    const text = decided.length ? t('timeline.decided', { decision, names: names(decided.map((a) => a.receipt)), date }) : `${decision}, ${date}`;
    return line('done', head, text);
  }
  if (i === stepIndex && item.status === 'in_review') {
    const pending = (step.approvers ?? []).filter((a) => !a.receipt);
    let text = t('timeline.with', { names: names(pending), date: when(step.activatedAt ?? item.updatedAt) });
    if (step.dueAt) text += Date.parse(step.dueAt) < now ? ` — ${t('timeline.overdue')}` : ` — ${t('item.due', { date: when(step.dueAt) })}`;
    return line('current', head, text);
  }
  if (i === stepIndex && item.status === 'withdrawn') return line('stopped', head, t('item.stopped'));
  return line('todo', head, t(IN_CHAIN.has(item.status) ? 'timeline.toCome' : 'timeline.notReached'));
}

/** Where the item stands after its chain, when it has left it or been sent back. */
function afterChain(item: Item): HTMLLIElement[] {
  const status: string = item.status;
  // The partner's answer and the mobility itself are a nomination's.
  const nomination = item.kind === 'nomination' ? item : undefined;
  const decidedAt = item.review?.lastTransition?.at ?? item.updatedAt;
  if (status === 'in_review') return [];
  if (status === 'changes_requested') return [line('current', t('timeline.result'), t('timeline.sentBack', { date: when(decidedAt) }))];
  // Withdrawn after its approval (the place went back): its chain's last word is the approval,
  // and the withdrawal, the item's last change, is dated by that change rather than by the approval.
  const withdrawnAfterApproval = status === 'withdrawn' && item.review?.lastTransition?.action === 'approve';
  if (withdrawnAfterApproval) {
    const approvedAt = item.review?.steps?.at(-1)?.completedAt ?? decidedAt;
    const lines = [line('done', t('timeline.result'), `${label('approved')}, ${when(approvedAt)}`)];
    const answer = nomination?.partnerResponse;
    if (answer?.at) lines.push(line(answer.accepted === false ? 'stopped' : 'done', t('timeline.partnerAnswer'), `${label(answer.accepted === false ? 'declined_by_partner' : 'accepted_by_partner')}, ${when(answer.at)}`));
    lines.push(line('stopped', t('timeline.withdrawal'), t('timeline.withdrawnAfterApproval', { date: when(item.updatedAt) })));
    return lines;
  }
  if (item.kind !== 'nomination' || !['approved', 'accepted_by_partner', 'declined_by_partner', 'completed'].includes(status)) {
    return [line(status === 'withdrawn' || status === 'rejected' ? 'stopped' : 'done', t('timeline.result'), `${label(status)}, ${when(decidedAt)}`)];
  }
  // A nomination after approval: the partner answers, then the mobility takes place.
  const approvedAt = item.review?.steps?.at(-1)?.completedAt ?? decidedAt;
  const lines = [line('done', t('timeline.result'), `${label('approved')}, ${when(approvedAt)}`)];
  const answer = nomination?.partnerResponse;
  if (status === 'approved') lines.push(line('todo', t('timeline.partnerAnswer'), t('timeline.toCome')));
  else lines.push(line(status === 'declined_by_partner' ? 'stopped' : 'done', t('timeline.partnerAnswer'), `${label(answer?.accepted === false || status === 'declined_by_partner' ? 'declined_by_partner' : 'accepted_by_partner')}${answer?.at ? `, ${when(answer.at)}` : ''}`));
  if (status === 'accepted_by_partner') lines.push(line('todo', t('timeline.mobility'), t('timeline.toCome')));
  if (status === 'completed') {
    const c = nomination?.completion;
    lines.push(line('done', t('timeline.mobility'), c ? `${label('completed')}, ${day(c.actualStartDate)} – ${day(c.actualEndDate)}` : label('completed')));
  }
  return lines;
}

/** The timeline of an item as an ordered list, or nothing for an item that never had a chain. */
export function timeline(item: Item, now = Date.now()): HTMLOListElement | undefined {
  const review = item.review;
  if (!review?.steps.length) return undefined;
  const ol = el('ol', undefined, 'timeline');
  ol.setAttribute('aria-label', t('timeline.label', { reference: item.reference }));
  review.steps.forEach((step, i) => ol.append(stepLine(item, review.stepIndex, step, i, now)));
  ol.append(...afterChain(item));
  return ol;
}
