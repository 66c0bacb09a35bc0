import { describe, expect, it } from 'vitest';
import { mobilityFact } from '../../shared/reports/facts';
import { fieldMessage } from '../../shared/i18n/validation';
import { NominationInputSchema, type NominationInput } from '../../shared/schemas/nomination';
import type { Nomination } from '../../shared/schemas/entities';
import { mobilityProblems, plannedDates, takesPlace } from '../../shared/workflow/mobility-dates';

const base: NominationInput = {
  nominee: { name: 'Dilnoza Karimova', email: 'dilnoza@student.uni.example', role: 'student', studyLevel: 'bachelor', faculty: 'physics', department: 'general-physics' },
  direction: 'outgoing',
  partnerId: 'osh-state-university',
  agreementId: 'agr-osh-2024',
  programme: 'bilateral',
  mobilityType: 'semester_study',
  academicYear: '2027/2028',
  period: 'first_semester',
  language: { code: 'ru', level: 'B2' },
  motivation: 'A semester of physics.',
};
const staff = { ...base, nominee: { ...base.nominee, role: 'academic_staff' as const, studyLevel: 'none' as const }, mobilityType: 'teaching' as const, period: 'short_term' as const };

/** The API's field errors for a body: path → message. */
const problems = (body: unknown) => Object.fromEntries((NominationInputSchema.safeParse(body).error?.issues ?? []).map((i) => [i.path.join('.'), i.message]));

describe('a mobility’s dates and format', () => {
  it('takes a nomination without dates or format as before: physical, on its period’s usual dates', () => {
    expect(problems(base)).toEqual({});
    expect(plannedDates(base)).toEqual({ start: '2027-09-01', end: '2028-01-31', months: 5 });
    expect(takesPlace(base)).toBe(true);
  });

  it('takes planned dates within the period of the academic year, and derives the months from them', () => {
    const body = { ...base, plannedStartDate: '2027-08-25', plannedEndDate: '2028-01-20', format: 'blended', physicalStartDate: '2027-09-01', physicalEndDate: '2027-12-20' };
    expect(problems(body)).toEqual({});
    expect(plannedDates(body)).toEqual({ start: '2027-08-25', end: '2028-01-20', months: 5 });
    // A 29 February is within "by the end of February" in a leap year.
    expect(problems({ ...base, academicYear: '2027/2028', plannedStartDate: '2027-09-01', plannedEndDate: '2028-02-29' })).toEqual({});
  });

  it('refuses dates given alone, in the wrong order, or outside the period, each on its field', () => {
    expect(problems({ ...base, plannedStartDate: '2027-09-01' })).toEqual({ plannedEndDate: 'Give the planned end date with its start date' });
    expect(problems({ ...base, plannedEndDate: '2027-09-01' })).toEqual({ plannedStartDate: 'Give the planned start date with its end date' });
    expect(problems({ ...base, plannedStartDate: '2027-12-01', plannedEndDate: '2027-11-01' })).toEqual({ plannedEndDate: 'The end date must not be before the start date' });
    expect(problems({ ...base, plannedStartDate: '2028-02-01', plannedEndDate: '2028-06-30' })).toEqual({ plannedStartDate: 'Must be between 2027-08-01 and 2027-12-31 for this period' });
    expect(problems({ ...base, plannedStartDate: '2027-09-01', plannedEndDate: '2028-03-15' })).toEqual({ plannedEndDate: 'Must be on or before 2028-02-28 for this period' });
    expect(problems({ ...base, period: 'second_semester', plannedStartDate: '2027-09-01', plannedEndDate: '2027-12-15' })).toEqual({ plannedStartDate: 'Must be between 2028-01-01 and 2028-08-31 for this period' });
    expect(problems({ ...base, plannedStartDate: '2027-09-31', plannedEndDate: '2027-12-15' })).toEqual({ plannedStartDate: 'Not a real date' });
  });

  it('keeps a physical part’s dates to a blended mobility, within its dates', () => {
    expect(problems({ ...base, format: 'virtual', physicalStartDate: '2027-09-01', physicalEndDate: '2027-09-10' })).toEqual({ physicalStartDate: 'Only a blended mobility has a physical part’s dates' });
    expect(problems({ ...base, format: 'blended', physicalStartDate: '2027-09-01' })).toEqual({ physicalEndDate: 'Give the physical part’s end date with its start date' });
    expect(problems({ ...base, format: 'blended', physicalStartDate: '2027-08-20', physicalEndDate: '2027-09-10' })).toEqual({ physicalStartDate: 'The physical part must lie between 2027-09-01 and 2028-01-31' });
    expect(problems({ ...base, format: 'hybrid' })).toHaveProperty('format');
  });

  it('takes hours and a subject for staff teaching or training only', () => {
    expect(problems({ ...staff, staffHours: 8, subject: 'Quantum mechanics', format: 'virtual', plannedStartDate: '2027-10-06', plannedEndDate: '2027-10-10' })).toEqual({});
    expect(problems({ ...base, staffHours: 8, subject: 'Physics' })).toEqual({ staffHours: 'Hours are for staff teaching or training', subject: 'A subject is for staff teaching or training' });
    expect(problems({ ...staff, staffHours: 0 })).toHaveProperty('staffHours');
    expect(problems({ ...staff, staffHours: 2.5 })).toHaveProperty('staffHours');
    expect(mobilityProblems({ ...staff, subject: 'Optics' })).toEqual([]);
  });

  it('takes no place for a virtual mobility; a physical or blended one takes its place', () => {
    expect([takesPlace({ format: 'virtual' }), takesPlace({ format: 'blended' }), takesPlace({ format: 'physical' }), takesPlace({})]).toEqual([false, true, true, true]);
  });

  it('gives the facts the format and the nomination’s own planned dates and months', () => {
    const n = { id: 'n1', reference: 'NOM-2027-0001', version: 2, kind: 'nomination', status: 'approved', content: { ...staff, format: 'virtual', plannedStartDate: '2027-10-06', plannedEndDate: '2027-10-10', staffHours: 8 } } as unknown as Nomination;
    const fact = mobilityFact(n, { partnerCountry: 'KG' });
    expect(fact).toMatchObject({ format: 'virtual', plannedStart: '2027-10-06', plannedEnd: '2027-10-10', plannedMonths: 0.2, months: 0.2, calendarYear: 2027 });
    expect(mobilityFact({ ...n, content: base } as unknown as Nomination, {})).toMatchObject({ format: 'physical', plannedStart: '2027-09-01', plannedMonths: 5 });
  });

  it('words the new messages in Russian and Uzbek, dates and all', () => {
    expect(fieldMessage('Must be between 2027-08-01 and 2027-12-31 for this period', 'ru')).toBe('Для этого периода — с 2027-08-01 по 2027-12-31');
    expect(fieldMessage('Hours are for staff teaching or training', 'uz')).toBe('Soatlar faqat xodimlarning dars berishi yoki malaka oshirishi uchun');
    expect(fieldMessage('The physical part must lie between 2027-09-01 and 2028-01-31', 'en')).toBe('The physical part must lie between 2027-09-01 and 2028-01-31');
  });
});
