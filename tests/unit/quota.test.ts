/** Which place a nomination counts against, how many a cell has, and the office's view. */
import { describe, expect, it } from 'vitest';
import { ConflictError, ForbiddenError, ValidationError } from '../../shared/errors';
import type { Nomination } from '../../shared/schemas';
import { academicYearsOf, conditionTypeFor, overrideQuota, placeCellFor, placesView, plannedPlaces, recordCompletion, recordPartnerResponse, withdrawApproved } from '../../shared/workflow';
import type { CooperationCondition } from '../../shared/schemas/agreement';

const condition = (c: Partial<CooperationCondition>): CooperationCondition => ({ type: 'student_studies', sender: 'home', mobilitiesPerYear: 2, subjectAreas: [], eqfLevels: [], languages: [], academicYears: [], ...c });

describe('the cell a nomination draws from', () => {
  it('is study for students, traineeship for student training, teaching and training for staff', () => {
    const n = (role: 'student' | 'academic_staff', mobilityType: Parameters<typeof conditionTypeFor>[0]['mobilityType']) => conditionTypeFor({ mobilityType, nominee: { role } as never });
    expect(n('student', 'semester_study')).toBe('student_studies');
    expect(n('student', 'full_year_study')).toBe('student_studies');
    expect(n('student', 'training')).toBe('student_traineeship');
    expect(n('academic_staff', 'teaching')).toBe('staff_teaching');
    expect(n('academic_staff', 'training')).toBe('staff_training');
    expect(n('academic_staff', 'research')).toBe('staff_training');
  });

  it('is sent by home for outgoing and by the partner for incoming mobility', () => {
    const base = { mobilityType: 'semester_study', nominee: { role: 'student' }, academicYear: '2027/2028' } as const;
    expect(placeCellFor({ ...base, direction: 'outgoing' } as never)).toEqual({ academicYear: '2027/2028', sender: 'home', type: 'student_studies' });
    expect(placeCellFor({ ...base, direction: 'incoming' } as never).sender).toBe('partner');
  });
});

describe('planned places', () => {
  const conditions = [condition({ mobilitiesPerYear: 3 }), condition({ mobilitiesPerYear: 2, academicYears: ['2027/2028'] }), condition({ sender: 'partner', mobilitiesPerYear: 5 })];

  it('add up every condition covering the cell; a condition without years covers them all', () => {
    expect(plannedPlaces(conditions, { academicYear: '2027/2028', sender: 'home', type: 'student_studies' })).toBe(5);
    expect(plannedPlaces(conditions, { academicYear: '2028/2029', sender: 'home', type: 'student_studies' })).toBe(3);
    expect(plannedPlaces(conditions, { academicYear: '2028/2029', sender: 'home', type: 'staff_teaching' })).toBe(0);
  });

  it('are shown per year the agreement runs, with used, left and overridden, including unplanned cells', () => {
    const rows = placesView(
      { cooperationConditions: [condition({ mobilitiesPerYear: 3 })], startDate: '2026-09-01', endDate: '2028-08-31' },
      [
        { cell: { academicYear: '2026/2027', sender: 'home', type: 'student_studies' }, used: 4, overridden: 1 },
        { cell: { academicYear: '2026/2027', sender: 'home', type: 'staff_teaching' }, used: 1, overridden: 1 },
      ],
      '2026-10-01',
    );
    expect(rows).toEqual([
      { academicYear: '2026/2027', sender: 'home', type: 'staff_teaching', planned: 0, used: 1, left: -1, overridden: 1 },
      { academicYear: '2026/2027', sender: 'home', type: 'student_studies', planned: 3, used: 4, left: -1, overridden: 1 },
      { academicYear: '2027/2028', sender: 'home', type: 'student_studies', planned: 3, used: 0, left: 3, overridden: 0 },
    ]);
  });

  it('count academic years from September', () => {
    expect(academicYearsOf('2026-08-31', '2027-09-01', '2030-01-01')).toEqual(['2025/2026', '2026/2027', '2027/2028']);
    expect(academicYearsOf('2026-09-01', null, '2027-01-01')).toEqual(['2026/2027']);
  });
});

describe('a nomination after its chain', () => {
  const iro = { email: 'iro@uni.example', name: 'Nodira Alimova' };
  const place = { agreementId: 'agr', academicYear: '2027/2028', sender: 'home' as const, type: 'student_studies' as const, takenAt: '2027-03-01T00:00:00Z' };
  const nomination = (status: Nomination['status'], extra: Partial<Nomination> = {}): Nomination =>
    ({ kind: 'nomination', id: 'n1', reference: 'NOM-2027-0001', status, version: 9, submitter: { email: 'faculty@uni.example', name: 'Aziz' }, content: {} as never, createdAt: '', updatedAt: '', ...extra }) as Nomination;
  const now = '2027-03-02T10:00:00.000Z';

  it('gives its place back when withdrawn or declined, and keeps it when accepted', () => {
    expect(withdrawApproved(nomination('approved', { place }), { actor: { email: 'faculty@uni.example', name: 'Aziz' }, asOffice: false, now }).event).toMatchObject({ type: 'withdrawn', placeReturned: place });
    const declined = recordPartnerResponse(nomination('approved', { place }), { actor: iro, asOffice: true, accepted: false, reason: 'Full.', now });
    expect(declined.entity.place).toBeUndefined();
    expect(declined.event).toMatchObject({ placeReturned: place });
    const accepted = recordPartnerResponse(nomination('approved', { place }), { actor: iro, asOffice: true, accepted: true, now });
    expect(accepted.entity).toMatchObject({ status: 'accepted_by_partner', place });
    expect('placeReturned' in accepted.event).toBe(false);
  });

  it('is overridden, answered and completed by the international office only, each in its state', () => {
    expect(() => overrideQuota(nomination('in_review'), { actor: iro, asOffice: false, reason: 'x', now })).toThrow(ForbiddenError);
    expect(() => overrideQuota(nomination('approved'), { actor: iro, asOffice: true, reason: 'x', now })).toThrow(ConflictError);
    expect(() => recordPartnerResponse(nomination('approved'), { actor: iro, asOffice: true, accepted: false, reason: ' ', now })).toThrow(ValidationError);
    expect(() => recordCompletion(nomination('approved'), { actor: iro, asOffice: true, actualStartDate: '2027-02-01', actualEndDate: '2027-03-01', now })).toThrow(ConflictError);
    expect(() => recordCompletion(nomination('accepted_by_partner'), { actor: iro, asOffice: true, actualStartDate: '2027-02-01', actualEndDate: '2027-01-01', now })).toThrow(ValidationError);
    expect(recordCompletion(nomination('accepted_by_partner'), { actor: iro, asOffice: true, actualStartDate: '2027-02-01', actualEndDate: '2027-03-01', now }).entity.status).toBe('completed');
  });

  it('once its student arrived: is completed with its place kept, never withdrawn, and the partner’s answer no longer comes', () => {
    const arrived = nomination('arrived', { place, arrival: { date: '2027-02-01', by: iro, at: '2027-02-01T09:00:00.000Z' } });
    const completed = recordCompletion(arrived, { actor: iro, asOffice: true, actualStartDate: '2027-02-01', actualEndDate: '2027-03-01', now });
    expect(completed.entity).toMatchObject({ status: 'completed', place, version: 10 });
    for (const asOffice of [true, false]) {
      try {
        withdrawApproved(arrived, { actor: { email: 'faculty@uni.example', name: 'Aziz' }, asOffice, now });
        expect.unreachable();
      } catch (error) {
        expect(error).toBeInstanceOf(ConflictError);
        expect((error as ConflictError).details).toEqual({ status: 'arrived', version: 9 });
      }
    }
    expect(() => recordPartnerResponse(arrived, { actor: iro, asOffice: true, accepted: true, now })).toThrow(ConflictError);
  });
});
