/**
 * What waits on whom, for the office's dashboard: the items in review (nominations and memoranda)
 * counted by the step they wait at, as their own chain names it (the step's id and role), with
 * how many of them are past that step's due date. A pure function of the items and the moment:
 * the caller reads the items in review and passes the time.
 */
import type { SubmissionKind } from '../schemas/entities';
import type { RoleName } from '../schemas/directory';

/** What the count needs of an item in review: its kind, its faculty (a dean's scope) and its review. */
export type ItemInReview = {
  kind: SubmissionKind;
  faculty: string;
  review: { stepIndex: number; steps: readonly { id: string; role: RoleName; dueAt?: string | undefined }[] };
};

export type InReviewRow = {
  kind: SubmissionKind;
  /** The step's id in the chain (`faculty`, `legal`) and the role that decides it. */
  step: string;
  role: RoleName;
  /** The step's place in the chain, from 1: the rows of a kind follow the chain's order. */
  position: number;
  count: number;
  /** Of `count`, those whose step was due before the moment counted at. */
  overdue: number;
};

export type InReviewCount = { rows: InReviewRow[]; total: { count: number; overdue: number } };

const KIND_ORDER: Record<SubmissionKind, number> = { nomination: 0, memorandum: 1 };

/**
 * Counts `items` by kind and the step each waits at. `now` is an ISO timestamp; a step is overdue
 * once its `dueAt` has passed (a step with no due date never is). With `faculties`, only the items
 * of those faculties count (a dean's own).
 */
export function countInReview(items: readonly ItemInReview[], now: string, faculties?: readonly string[]): InReviewCount {
  const rows = new Map<string, InReviewRow>();
  const total = { count: 0, overdue: 0 };
  for (const item of items) {
    if (faculties && !faculties.includes(item.faculty)) continue;
    const step = item.review.steps[item.review.stepIndex];
    if (!step) continue;
    // A chain edited while items were in review may hold the same step at another place: the
    // step and its role name the row, and the row keeps the earliest place it was seen at.
    const key = `${item.kind}#${step.id}#${step.role}`;
    const row = rows.get(key) ?? { kind: item.kind, step: step.id, role: step.role, position: item.review.stepIndex + 1, count: 0, overdue: 0 };
    const late = step.dueAt !== undefined && step.dueAt < now ? 1 : 0;
    row.count++;
    row.overdue += late;
    row.position = Math.min(row.position, item.review.stepIndex + 1);
    rows.set(key, row);
    total.count++;
    total.overdue += late;
  }
  const ordered = [...rows.values()].sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || a.position - b.position || (a.step < b.step ? -1 : a.step > b.step ? 1 : 0));
  return { rows: ordered, total };
}
