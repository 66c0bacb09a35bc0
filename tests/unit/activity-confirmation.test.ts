/** The confirmation of what faculty members record (shared/activity-rules.ts): who confirms, who may, and what each answer and edit makes of an activity. Pure. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { confirmerFor, decideActivity, mayConfirm, mayManage, returnComment, statusAfterEdit, type ActivityReviewer } from '../../shared/activity-rules';
import { ActivityConfirmationSchema, ActivityReturnSchema, type ActivityDecision } from '../../shared/schemas/activity';

const member: ActivityReviewer = { office: false, deanOf: [] };
const physicsDean: ActivityReviewer = { office: false, deanOf: ['physics'] };
const office: ActivityReviewer = { office: true, deanOf: [] };
const by = { email: 'dean.physics@uni.example', name: 'Olga Petrova' };
const AT = '2026-10-01T09:00:00.000Z';
const proposed: { id: string; faculty: string; status: string; version: number; confirmer: 'dean'; decisions?: ActivityDecision[] } = { id: 'a1', faculty: 'physics', status: 'proposed', version: 3, confirmer: 'dean' };

describe('confirmerFor', () => {
  it('asks nobody while the setting says nobody, whoever records', () => {
    for (const who of [member, physicsDean, office]) expect(confirmerFor('nobody', who, 'physics')).toBeUndefined();
  });

  it('asks the configured confirmer of a faculty member’s activity', () => {
    expect(confirmerFor('dean', member, 'physics')).toBe('dean');
    expect(confirmerFor('office', member, 'physics')).toBe('office');
  });

  it('asks nobody when the office records, or when the dean records their own faculty’s', () => {
    expect(confirmerFor('dean', office, 'physics')).toBeUndefined();
    expect(confirmerFor('office', office, 'physics')).toBeUndefined();
    expect(confirmerFor('dean', physicsDean, 'physics')).toBeUndefined();
    expect(confirmerFor('dean', physicsDean, 'economics')).toBe('dean');
    expect(confirmerFor('office', physicsDean, 'physics')).toBe('office');
  });
});

describe('mayConfirm', () => {
  it('lets the activity’s faculty’s dean confirm what was proposed to the dean, and nobody else', () => {
    expect(mayConfirm(physicsDean, proposed)).toBe(true);
    expect(mayConfirm({ office: false, deanOf: ['economics'] }, proposed)).toBe(false);
    expect(mayConfirm(office, proposed)).toBe(false);
    expect(mayConfirm(member, proposed)).toBe(false);
  });

  it('lets only the office confirm what was proposed to the office', () => {
    expect(mayConfirm(office, { ...proposed, confirmer: 'office' })).toBe(true);
    expect(mayConfirm(physicsDean, { ...proposed, confirmer: 'office' })).toBe(false);
  });

  it('lets nobody confirm an activity that was never proposed', () => {
    expect(mayConfirm(office, { faculty: 'physics' })).toBe(false);
  });
});

describe('decideActivity', () => {
  it('records a confirmed activity one version on, keeping the decision', () => {
    const out = decideActivity(proposed, { decision: 'confirm' }, physicsDean, 3, by, AT);
    expect(out).toEqual({ activity: { ...proposed, status: 'recorded', version: 4, decisions: [{ decision: 'confirmed', at: AT, by }] } });
  });

  it('returns an activity with the comment, which its faculty then reads', () => {
    const out = decideActivity(proposed, { decision: 'return', comment: 'Add the programme.' }, physicsDean, 3, by, AT);
    expect('activity' in out && out.activity.status).toBe('returned');
    expect('activity' in out && returnComment(out.activity)).toBe('Add the programme.');
  });

  it('refuses a stale version first, then an activity not proposed, then someone not its confirmer', () => {
    expect(decideActivity(proposed, { decision: 'confirm' }, member, 2, by, AT)).toEqual({ refusal: 'changed' });
    expect(decideActivity({ ...proposed, status: 'recorded' }, { decision: 'confirm' }, physicsDean, 3, by, AT)).toEqual({ refusal: 'not_proposed' });
    expect(decideActivity({ ...proposed, status: 'returned' }, { decision: 'return', comment: 'Again' }, physicsDean, 3, by, AT)).toEqual({ refusal: 'not_proposed' });
    expect(decideActivity(proposed, { decision: 'confirm' }, office, 3, by, AT)).toEqual({ refusal: 'not_confirmer' });
  });

  it('never decides twice: whatever the answer, the next one on the same version is refused', () => {
    fc.assert(
      fc.property(fc.constantFrom('confirm', 'return'), fc.constantFrom('confirm', 'return'), (first, second) => {
        const verdict = (d: string) => (d === 'confirm' ? { decision: 'confirm' as const } : { decision: 'return' as const, comment: 'Why' });
        const once = decideActivity(proposed, verdict(first), physicsDean, 3, by, AT);
        if (!('activity' in once)) return false;
        const sameVersion = decideActivity(once.activity, verdict(second), physicsDean, 3, by, AT);
        const nextVersion = decideActivity(once.activity, verdict(second), physicsDean, 4, by, AT);
        return 'refusal' in sameVersion && sameVersion.refusal === 'changed' && 'refusal' in nextVersion && nextVersion.refusal === 'not_proposed' && once.activity.decisions?.length === 1;
      }),
    );
  });
});

describe('statusAfterEdit and mayManage', () => {
  it('proposes a returned activity again when edited, and leaves the others where they are', () => {
    expect(statusAfterEdit('returned')).toBe('proposed');
    expect(statusAfterEdit('proposed')).toBe('proposed');
    expect(statusAfterEdit('recorded')).toBe('recorded');
  });

  it('lets a dean manage the faculty they are dean of, though their own is another', () => {
    expect(mayManage({ faculty: 'economics', deanOf: ['physics'] }, { faculty: 'physics' })).toBe(true);
    expect(mayManage({ faculty: 'economics' }, { faculty: 'physics' })).toBe(false);
  });

  it('shows no comment while the activity is not returned', () => {
    expect(returnComment({ status: 'proposed', decisions: [{ decision: 'returned', at: AT, by, comment: 'Old' }] })).toBeUndefined();
  });
});

describe('the answers’ schemas', () => {
  it('refuse a return with no comment or a blank one, and accept a confirmation with or without a note', () => {
    expect(z.safeParse(ActivityReturnSchema, { version: 1 }).success).toBe(false);
    expect(z.safeParse(ActivityReturnSchema, { version: 1, comment: '   ' }).success).toBe(false);
    expect(z.safeParse(ActivityReturnSchema, { version: 1, comment: 'Add the programme.' }).success).toBe(true);
    expect(z.safeParse(ActivityConfirmationSchema, { version: 1 }).success).toBe(true);
    expect(z.safeParse(ActivityConfirmationSchema, { version: 0 }).success).toBe(false);
  });
});
