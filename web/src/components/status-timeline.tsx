/**
 * The compact status timeline of one of a person's own submissions: the chain's steps in order
 * (done ones with who decided and when, the current one with whom and since when, the ones to
 * come), then where the item ended up (the result; for a nomination after approval, the partner's
 * answer and the mobility itself).
 *
 * Every state is said in words at the start of its line, not by colour or a symbol alone, so the
 * list reads the same to a screen reader; the marks drawn by style.css are decoration. The words
 * come in as props (`TimelineWords`): the pages pass i18n/live.ts's and format.ts's.
 */
import type { Agreement, Nomination, ReviewStep } from '../api-types';
import type { Wording } from '../diff-words';
import { past } from '../item-words';

/** One of the person's own submissions, as the home page lists it. */
export type Submission = Nomination | Agreement;

/** The words a timeline needs: a moment with its time, a day, a list of names, codes, sentences. */
export type TimelineWords = Pick<Wording, 't' | 'day' | 'list'> & {
  /** A stored code (status, role, outcome) as people say it. */
  label: (code: string | undefined) => string;
  /** A moment (ISO timestamp) with its time. */
  when: (iso: string | undefined) => string;
};

type State = 'done' | 'current' | 'todo' | 'stopped';
type Line = { state: State; head: string; text: string };

const IN_CHAIN = new Set(['in_review', 'changes_requested']);

const names = (w: TimelineWords, people: ({ name?: string; email?: string } | undefined)[] | undefined) => w.list((people ?? []).map((p) => p?.name ?? p?.email ?? ''));

function stepLine(item: Submission, stepIndex: number, step: ReviewStep, i: number, now: number, w: TimelineWords): Line {
  const head = w.t('item.stepN', { n: i + 1, role: w.label(step.role) });
  const decided = (step.approvers ?? []).filter((a) => a.receipt);
  if (step.outcome || (step.completedAt && decided.length)) {
    const last = decided.at(-1)?.receipt;
    const decision = last ? past(last.decision, w) : w.label(step.outcome);
    const date = w.when(step.completedAt ?? last?.at);
    const text = decided.length ? w.t('timeline.decided', { decision, names: names(w, decided.map((a) => a.receipt)), date }) : `${decision}, ${date}`;
    return { state: 'done', head, text };
  }
  if (i === stepIndex && item.status === 'in_review') {
    const pending = (step.approvers ?? []).filter((a) => !a.receipt);
    let text = w.t('timeline.with', { names: names(w, pending), date: w.when(step.activatedAt ?? item.updatedAt) });
    if (step.dueAt) text += Date.parse(step.dueAt) < now ? ` — ${w.t('timeline.overdue')}` : ` — ${w.t('item.due', { date: w.when(step.dueAt) })}`;
    return { state: 'current', head, text };
  }
  if (i === stepIndex && item.status === 'withdrawn') return { state: 'stopped', head, text: w.t('item.stopped') };
  return { state: 'todo', head, text: w.t(IN_CHAIN.has(item.status) ? 'timeline.toCome' : 'timeline.notReached') };
}

/** Where the item stands after its chain, when it has left it or been sent back. */
function afterChain(item: Submission, w: TimelineWords): Line[] {
  const status: string = item.status;
  const line = (state: State, head: string, text: string): Line => ({ state, head, text });
  // The partner's answer and the mobility itself are a nomination's.
  const nomination = item.kind === 'nomination' ? item : undefined;
  const decidedAt = item.review?.lastTransition?.at ?? item.updatedAt;
  if (status === 'in_review') return [];
  if (status === 'changes_requested') return [line('current', w.t('timeline.result'), w.t('timeline.sentBack', { date: w.when(decidedAt) }))];
  // Withdrawn after its approval (the place went back): its chain's last word is the approval,
  // and the withdrawal, the item's last change, is dated by that change rather than by the approval.
  const withdrawnAfterApproval = status === 'withdrawn' && item.review?.lastTransition?.action === 'approve';
  if (withdrawnAfterApproval) {
    const approvedAt = item.review?.steps?.at(-1)?.completedAt ?? decidedAt;
    const lines = [line('done', w.t('timeline.result'), `${w.label('approved')}, ${w.when(approvedAt)}`)];
    const answer = nomination?.partnerResponse;
    if (answer?.at) lines.push(line(answer.accepted === false ? 'stopped' : 'done', w.t('timeline.partnerAnswer'), `${w.label(answer.accepted === false ? 'declined_by_partner' : 'accepted_by_partner')}, ${w.when(answer.at)}`));
    lines.push(line('stopped', w.t('timeline.withdrawal'), w.t('timeline.withdrawnAfterApproval', { date: w.when(item.updatedAt) })));
    return lines;
  }
  if (item.kind !== 'nomination' || !['approved', 'accepted_by_partner', 'arrived', 'declined_by_partner', 'completed'].includes(status)) {
    return [line(status === 'withdrawn' || status === 'rejected' ? 'stopped' : 'done', w.t('timeline.result'), `${w.label(status)}, ${w.when(decidedAt)}`)];
  }
  // A nomination after approval: the partner answers, then the mobility takes place.
  const approvedAt = item.review?.steps?.at(-1)?.completedAt ?? decidedAt;
  const lines = [line('done', w.t('timeline.result'), `${w.label('approved')}, ${w.when(approvedAt)}`)];
  const answer = nomination?.partnerResponse;
  if (status === 'approved') lines.push(line('todo', w.t('timeline.partnerAnswer'), w.t('timeline.toCome')));
  // A student who arrived before any partner's answer: no answer is awaited any more, so no line.
  else if (status !== 'arrived' || answer?.at)
    lines.push(
      line(
        status === 'declined_by_partner' ? 'stopped' : 'done',
        w.t('timeline.partnerAnswer'),
        `${w.label(answer?.accepted === false || status === 'declined_by_partner' ? 'declined_by_partner' : 'accepted_by_partner')}${answer?.at ? `, ${w.when(answer.at)}` : ''}`,
      ),
    );
  // An incoming student's arrival, once the office recorded it: the mobility has begun.
  const arrival = nomination?.arrival;
  if (arrival && status !== 'completed') lines.push(line('done', w.t('timeline.arrival'), w.day(arrival.date)));
  if (status === 'accepted_by_partner' || status === 'arrived') lines.push(line('todo', w.t('timeline.mobility'), w.t('timeline.toCome')));
  if (status === 'completed') {
    const c = nomination?.completion;
    lines.push(line('done', w.t('timeline.mobility'), c ? `${w.label('completed')}, ${w.day(c.actualStartDate)} – ${w.day(c.actualEndDate)}` : w.label('completed')));
  }
  return lines;
}

/** The lines of an item's timeline, or none for an item that never had a chain. */
export function timelineLines(item: Submission, w: TimelineWords, now = Date.now()): Line[] {
  const review = item.review;
  if (!review?.steps.length) return [];
  return [...review.steps.map((step, i) => stepLine(item, review.stepIndex, step, i, now, w)), ...afterChain(item, w)];
}

type Props = { item: Submission; words: TimelineWords; now?: number };

/** The timeline as an ordered list named after the item; nothing for an item that never had a chain. */
export function StatusTimeline({ item, words, now }: Props) {
  const lines = timelineLines(item, words, now);
  if (!lines.length) return null;
  return (
    <ol class="timeline" aria-label={words.t('timeline.label', { reference: item.reference })}>
      {lines.map(({ state, head, text }, i) => (
        <li key={i} class={state} aria-current={state === 'current' ? 'step' : undefined}>
          <strong>{head}</strong>
          {` — ${text}`}
        </li>
      ))}
    </ol>
  );
}
