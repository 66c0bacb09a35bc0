/**
 * What waits on whom (shared/reports/in-review.ts): items in review counted by the step they wait
 * at, in the chain's order, with those past the step's due date; a dean's faculty alone.
 */
import { describe, expect, it } from 'vitest';
import { countInReview, type ItemInReview } from '../../shared/reports/in-review';

const NOW = '2026-11-20T09:30:00.000Z';
const NOMINATION_STEPS = [
  { id: 'department', role: 'head_of_department' as const },
  { id: 'faculty', role: 'dean' as const },
  { id: 'international-office', role: 'international_office' as const },
];

const nomination = (stepIndex: number, dueAt: string | undefined, faculty = 'physics'): ItemInReview => ({
  kind: 'nomination',
  faculty,
  review: { stepIndex, steps: NOMINATION_STEPS.map((s, i) => ({ ...s, ...(i === stepIndex && dueAt ? { dueAt } : {}) })) },
});
const memorandum = (dueAt: string, faculty = 'physics'): ItemInReview => ({ kind: 'memorandum', faculty, review: { stepIndex: 1, steps: [{ id: 'international-office', role: 'international_office' }, { id: 'legal', role: 'legal', dueAt }] } });

describe('countInReview', () => {
  it('counts the items by kind and the step they wait at, in the chain’s order, with those past due', () => {
    // Prepare
    const items = [memorandum('2026-11-19T00:00:00.000Z'), nomination(1, '2026-11-25T00:00:00.000Z'), nomination(0, '2026-11-20T09:29:59.000Z'), nomination(1, '2026-11-18T00:00:00.000Z'), nomination(2, undefined)];

    // Act
    const counted = countInReview(items, NOW);

    // Assess
    expect(counted.rows).toEqual([
      { kind: 'nomination', step: 'department', role: 'head_of_department', position: 1, count: 1, overdue: 1 },
      { kind: 'nomination', step: 'faculty', role: 'dean', position: 2, count: 2, overdue: 1 },
      { kind: 'nomination', step: 'international-office', role: 'international_office', position: 3, count: 1, overdue: 0 },
      { kind: 'memorandum', step: 'legal', role: 'legal', position: 2, count: 1, overdue: 1 },
    ]);
    expect(counted.total).toEqual({ count: 5, overdue: 3 });
  });

  it('does not call a step due exactly now overdue, and counts nothing for nothing in review', () => {
    expect(countInReview([nomination(0, NOW)], NOW).total).toEqual({ count: 1, overdue: 0 });
    expect(countInReview([], NOW)).toEqual({ rows: [], total: { count: 0, overdue: 0 } });
  });

  it('counts only the faculties asked for (a dean’s own)', () => {
    const counted = countInReview([nomination(1, '2026-11-18T00:00:00.000Z', 'physics'), nomination(1, '2026-11-18T00:00:00.000Z', 'economics'), memorandum(NOW, 'economics')], NOW, ['physics']);
    expect(counted.rows).toEqual([{ kind: 'nomination', step: 'faculty', role: 'dean', position: 2, count: 1, overdue: 1 }]);
    expect(counted.total).toEqual({ count: 1, overdue: 1 });
  });
});
