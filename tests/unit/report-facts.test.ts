/** Report facts derived from a nomination or agreement after each status change, pure. */
import { describe, expect, it } from 'vitest';
import { agreementFact, factOf, inForceOn, mobilityFact, monthsBetween } from '../../shared/reports/facts';
import type { Agreement, Nomination } from '../../shared/schemas';
import { recordCompletion, recordPartnerResponse, recordSignature, terminate, watch, withdrawApproved } from '../../shared/workflow';

const office = { email: 'iro@uni.example', name: 'Nodira Alimova' };
const KG = { partnerCountry: 'KG' };

function nomination(overrides: Partial<Nomination> = {}, content: Partial<Nomination['content']> = {}): Nomination {
  return {
    kind: 'nomination',
    id: 'n1',
    reference: 'NOM-2026-0001',
    status: 'in_review',
    version: 1,
    submitter: { email: 'faculty@uni.example', name: 'Aziz Rakhimov' },
    createdAt: '2026-03-01T08:00:00.000Z',
    updatedAt: '2026-03-01T08:00:00.000Z',
    content: {
      nominee: { name: 'Dilnoza Karimova', email: 'd@student.uni.example', role: 'student', studyLevel: 'bachelor', faculty: 'physics', department: 'general-physics' },
      direction: 'outgoing',
      partnerId: 'osh-state-university',
      agreementId: 'agr-osh-2024',
      programme: 'bilateral',
      mobilityType: 'semester_study',
      academicYear: '2026/2027',
      period: 'second_semester',
      language: { code: 'ru', level: 'B2' },
      motivation: 'Study.',
      ...content,
    },
    ...overrides,
  };
}

const approved = (n = nomination()) =>
  ({ ...n, status: 'approved', version: n.version + 4, place: { academicYear: '2026/2027', sender: 'home', type: 'student_studies', agreementId: 'agr-osh-2024', takenAt: '2026-04-01T00:00:00.000Z' } }) as Nomination;

function agreement(overrides: Partial<Agreement> = {}, content: Partial<Agreement['content']> = {}): Agreement {
  return {
    kind: 'memorandum',
    id: 'a1',
    reference: 'AGR-2026-0001',
    status: 'approved',
    version: 5,
    submitter: { email: 'faculty@uni.example', name: 'Aziz Rakhimov' },
    createdAt: '2026-01-10T08:00:00.000Z',
    updatedAt: '2026-01-10T08:00:00.000Z',
    content: {
      partnerId: 'osh-state-university',
      kind: 'academic_mobility_agreement',
      scope: ['student_exchange', 'joint_research'],
      cooperationConditions: [{ type: 'student_studies', sender: 'home', mobilitiesPerYear: 3, subjectAreas: [], eqfLevels: [], languages: [], academicYears: [] }],
      startDate: '2026-03-01',
      endDate: '2031-02-28',
      coordinator: { name: 'Aziz Rakhimov', email: 'faculty@uni.example' },
      initiatingFaculty: 'physics',
      summary: 'Exchange.',
      ...content,
    },
    ...overrides,
  };
}

describe('a mobility’s fact', () => {
  it('holds what reports group by, with the planned dates and months of its period and the partner’s country', () => {
    const fact = mobilityFact(nomination(), KG);
    expect(fact).toMatchObject({
      entity: 'mobility',
      academicYear: '2026/2027',
      academicStartYear: 2026,
      calendarYear: 2027,
      direction: 'outgoing',
      type: 'semester_study',
      role: 'student',
      level: 'bachelor',
      placeType: 'student_studies',
      faculty: 'physics',
      department: 'general-physics',
      partner: 'osh-state-university',
      country: 'KG',
      programme: 'bilateral',
      status: 'in_review',
      holdsPlace: false,
      plannedStart: '2027-02-01',
      plannedEnd: '2027-06-30',
      plannedMonths: 5,
      months: 5,
    });
    expect(fact).not.toHaveProperty('actualStart');
  });

  it('follows the final approval: approved and holding a place', () => {
    expect(mobilityFact(approved(), KG)).toMatchObject({ status: 'approved', holdsPlace: true, version: 5 });
  });

  it('follows the partner’s decline: declined, the place given back', () => {
    const moved = recordPartnerResponse(approved(), { actor: office, asOffice: true, accepted: false, reason: 'Full', now: '2026-05-01T00:00:00.000Z' });
    expect(mobilityFact(moved.entity, KG)).toMatchObject({ status: 'declined_by_partner', holdsPlace: false, version: 6 });
  });

  it('follows a withdrawal after approval: withdrawn, the place given back', () => {
    const moved = withdrawApproved(approved(), { actor: office, asOffice: true, now: '2026-05-01T00:00:00.000Z' });
    expect(mobilityFact(moved.entity, KG)).toMatchObject({ status: 'withdrawn', holdsPlace: false });
  });

  it('follows the completion: the actual dates and months replace the planned ones, and the calendar year is that of the actual start', () => {
    const accepted = recordPartnerResponse(approved(nomination({}, { period: 'first_semester' })), { actor: office, asOffice: true, accepted: true, now: '2026-05-01T00:00:00.000Z' }).entity;
    const done = recordCompletion(accepted, { actor: office, asOffice: true, actualStartDate: '2027-01-10', actualEndDate: '2027-03-10', now: '2027-04-01T00:00:00.000Z' }).entity;
    const fact = mobilityFact(done, KG);
    expect(fact).toMatchObject({ status: 'completed', plannedStart: '2026-09-01', plannedMonths: 5, actualStart: '2027-01-10', actualEnd: '2027-03-10', actualMonths: 2, months: 2, calendarYear: 2027 });
  });

  it('counts in one of its academic year’s two calendar years even when it actually began outside them', () => {
    const early = { ...approved(), status: 'completed', completion: { actualStartDate: '2026-08-20', actualEndDate: '2026-12-20', by: office, at: '2027-01-01T00:00:00.000Z' } } as Nomination;
    expect(mobilityFact(early, KG).calendarYear).toBe(2026);
    const odd = { ...early, completion: { ...early.completion!, actualStartDate: '2025-06-01' } } as Nomination;
    expect(mobilityFact(odd, KG).calendarYear).toBe(2026);
  });

  it('counts staff teaching and staff training apart', () => {
    const staff = (mobilityType: Nomination['content']['mobilityType']) =>
      mobilityFact(nomination({}, { mobilityType, nominee: { ...nomination().content.nominee, role: 'academic_staff', studyLevel: 'none' } }), KG).placeType;
    expect(staff('teaching')).toBe('staff_teaching');
    expect(staff('training')).toBe('staff_training');
    expect(staff('research')).toBe('staff_training');
  });

  it('has an empty country when the partner could not be read, rather than none at all', () => {
    expect(mobilityFact(nomination(), {}).country).toBe('');
  });
});

describe('an agreement’s fact', () => {
  const sign = (a: Agreement, party: 'home' | 'partner', date: string) =>
    recordSignature(a, { actor: office, asOffice: true, party, date, signatoryName: 'Rector', signatoryPosition: 'Rector', now: `${date}T09:00:00.000Z` }).entity;

  it('is not in force, nor signed, while only approved', () => {
    const fact = agreementFact(agreement(), KG);
    expect(fact).toMatchObject({ status: 'approved', country: 'KG', scope: ['joint_research', 'student_exchange'], endsOn: '2031-02-28' });
    expect(fact.signedOn).toBeUndefined();
    expect(inForceOn(fact, '2027-01-01')).toBe(false);
  });

  it('is signed on the later signature and in force from the day both are recorded', () => {
    const both = sign(sign(agreement(), 'home', '2026-03-05'), 'partner', '2026-03-09');
    const fact = agreementFact(both, KG);
    expect(fact).toMatchObject({ status: 'active', signedOn: '2026-03-09', inForceFrom: '2026-03-09' });
    expect(inForceOn(fact, '2026-03-08')).toBe(false);
    expect(inForceOn(fact, '2026-03-09')).toBe(true);
    expect(inForceOn(fact, '2031-02-28')).toBe(true);
    expect(inForceOn(fact, '2031-03-01')).toBe(false);
  });

  it('ends on the termination’s effective date when that comes before its end', () => {
    const active = agreement({ status: 'active' });
    const moved = terminate(active, { actor: office, asOffice: true, reason: 'Closed', noticeDate: '2027-01-01', effectiveDate: '2027-06-30', now: '2027-01-01T00:00:00.000Z' }).entity;
    const fact = agreementFact(moved, KG);
    expect(fact.endsOn).toBe('2027-06-30');
    expect(inForceOn(fact, '2027-07-01')).toBe(false);
  });

  it('stays in force until its end after it expired, and an imported one counts as signed on its start', () => {
    const expired = watch(agreement({ status: 'active' }, { endDate: '2027-01-31' }), '2027-02-01T06:00:00.000Z')!.entity;
    expect(expired.status).toBe('expired');
    const fact = agreementFact(expired, KG);
    expect(fact).toMatchObject({ status: 'expired', signedOn: '2026-03-01', endsOn: '2027-01-31' });
    expect(inForceOn(fact, '2027-01-31')).toBe(true);
  });

  it('is what factOf gives for a memorandum, as the mobility fact is for a nomination', () => {
    expect(factOf(agreement(), KG).entity).toBe('agreement');
    expect(factOf(nomination(), KG).entity).toBe('mobility');
  });
});

describe('person-months', () => {
  it('are days / 30 with both days counted, one decimal', () => {
    expect(monthsBetween('2027-01-01', '2027-01-30')).toBe(1);
    expect(monthsBetween('2027-01-10', '2027-03-10')).toBe(2);
    expect(monthsBetween('2027-01-01', '2027-01-01')).toBe(0);
  });
});
