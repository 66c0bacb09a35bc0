/** Rooms for incoming students (shared/workflow/housing.ts): overlap, the per-night peak, capacity, who and when. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDaysToDate } from '../../shared/workflow/agreement-life';
import { assignmentRefusal, freesRoom, overlaps, peakOccupancy, roomHasBed, stayDateProblems, type Stay } from '../../shared/workflow/housing';

const stay = (nominationId: string, from: string, to: string): Stay => ({ nominationId, from, to });

const incoming = (over: Record<string, unknown> = {}) => ({
  status: 'approved' as const,
  content: { direction: 'incoming' as const, academicYear: '2027/2028', period: 'first_semester' as const, plannedStartDate: '2027-09-01', plannedEndDate: '2028-01-31', accommodation: { request: 'dormitory' as const } },
  ...over,
});

describe('stays in a room', () => {
  it('overlap when they share a night, not when one leaves the day the other moves in', () => {
    expect(overlaps({ from: '2027-09-01', to: '2027-10-01' }, { from: '2027-09-30', to: '2027-11-01' })).toBe(true);
    expect(overlaps({ from: '2027-09-01', to: '2027-10-01' }, { from: '2027-10-01', to: '2027-11-01' })).toBe(false);
  });

  it('count the most guests on one night, so two stays that never meet use one bed', () => {
    const stays = [stay('a', '2027-09-01', '2027-10-01'), stay('b', '2027-10-01', '2027-11-01')];
    expect(peakOccupancy(stays, '2027-09-15', '2027-10-15')).toBe(1);
    expect(roomHasBed(stays, 1, stay('c', '2027-09-15', '2027-10-15'))).toBe(false);
    expect(roomHasBed(stays, 2, stay('c', '2027-09-15', '2027-10-15'))).toBe(true);
    expect(roomHasBed(stays, 1, stay('c', '2027-11-01', '2027-12-01'))).toBe(true);
  });

  it('let a room of two beds take two students for the same dates and refuse a third', () => {
    const two = [stay('a', '2027-09-01', '2028-02-01'), stay('b', '2027-09-01', '2028-02-01')];
    expect(roomHasBed(two.slice(0, 1), 2, two[1]!)).toBe(true);
    expect(roomHasBed(two, 2, stay('c', '2027-12-01', '2027-12-02'))).toBe(false);
  });

  it('do not count the nomination’s own stay against it when its dates are changed', () => {
    expect(roomHasBed([stay('a', '2027-09-01', '2028-02-01')], 1, stay('a', '2027-08-28', '2028-02-05'))).toBe(true);
  });

  it('peak at what counting each night one by one gives (property)', () => {
    const day = fc.integer({ min: 0, max: 60 });
    const span = fc.tuple(day, fc.integer({ min: 1, max: 30 })).map(([start, length]) => ({ from: addDaysToDate('2027-09-01', start), to: addDaysToDate('2027-09-01', start + length) }));
    fc.assert(
      fc.property(fc.array(span, { maxLength: 12 }), span, (stays, window) => {
        let expected = 0;
        for (let night = window.from; night < window.to; night = addDaysToDate(night, 1)) {
          expected = Math.max(expected, stays.filter((s) => s.from <= night && night < s.to).length);
        }
        expect(peakOccupancy(stays, window.from, window.to)).toBe(expected);
      }),
      { numRuns: 300 },
    );
  });
});

describe('who is given a room, and when', () => {
  it('is an approved incoming nomination that asked for a dormitory', () => {
    expect(assignmentRefusal(incoming())).toBeUndefined();
    expect(assignmentRefusal(incoming({ status: 'accepted_by_partner' }))).toBeUndefined();
    expect(assignmentRefusal(incoming({ status: 'arrived' }))).toBeUndefined();
    expect(assignmentRefusal(incoming({ status: 'in_review' }))).toMatch(/approved/);
    expect(assignmentRefusal({ ...incoming(), content: { ...incoming().content, accommodation: { request: 'own' as const } } })).toMatch(/did not ask/);
    expect(assignmentRefusal({ ...incoming(), content: { ...incoming().content, direction: 'outgoing' as const } })).toMatch(/incoming/);
  });

  it('moves in from a week before the planned start and leaves by a week after the planned end', () => {
    expect(stayDateProblems(incoming(), { from: '2027-08-25', to: '2028-02-07' })).toEqual([]);
    expect(stayDateProblems(incoming(), { from: '2027-08-24', to: '2028-02-07' }).map((p) => p.path)).toEqual(['from']);
    expect(stayDateProblems(incoming(), { from: '2027-09-01', to: '2028-02-08' }).map((p) => p.path)).toEqual(['to']);
    expect(stayDateProblems(incoming(), { from: '2027-10-01', to: '2027-10-01' }).map((p) => p.path)).toEqual(['to']);
  });

  it('goes by the period’s usual dates when the nomination plans none', () => {
    const undated = { ...incoming(), content: { ...incoming().content, plannedStartDate: undefined, plannedEndDate: undefined, period: 'second_semester' as const } };
    expect(stayDateProblems(undated, { from: '2028-01-26', to: '2028-07-07' })).toEqual([]);
    expect(stayDateProblems(undated, { from: '2027-09-01', to: '2027-12-01' }).map((p) => p.path)).toEqual(['from', 'to']);
  });
});

describe('a room given back', () => {
  it('is one held by a nomination withdrawn, declined or rejected, not by one completed or accepted', () => {
    const room = { residenceId: 'residence-1', room: '101' };
    expect(freesRoom({ status: 'withdrawn', roomAssignment: room })).toBe(true);
    expect(freesRoom({ status: 'declined_by_partner', roomAssignment: room })).toBe(true);
    expect(freesRoom({ status: 'completed', roomAssignment: room })).toBe(false);
    expect(freesRoom({ status: 'accepted_by_partner', roomAssignment: room })).toBe(false);
    expect(freesRoom({ status: 'arrived', roomAssignment: room })).toBe(false);
    expect(freesRoom({ status: 'withdrawn' })).toBe(false);
  });
});
