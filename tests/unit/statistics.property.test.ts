/** The counting of the statistics, pure, checked over generated facts (fast-check). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AgreementFact, MobilityFact } from '../../shared/reports/facts';
import {
  MOBILITY_DIMENSIONS,
  academicYearsToRead,
  agreementsInForce,
  countMobilities,
  endedAgreements,
  exchangeBalance,
  placesUse,
  yearlyFigures,
  type MobilityDimension,
} from '../../shared/reports/statistics';

const mobility = fc
  .record({
    n: fc.integer({ min: 0, max: 10_000 }),
    a: fc.integer({ min: 2020, max: 2027 }),
    late: fc.boolean(),
    direction: fc.constantFrom('outgoing', 'incoming' as const),
    type: fc.constantFrom('semester_study', 'teaching', 'training' as const),
    role: fc.constantFrom('student', 'academic_staff' as const),
    level: fc.constantFrom('bachelor', 'master', 'none' as const),
    faculty: fc.constantFrom('physics', 'law', 'history'),
    partner: fc.constantFrom('osh', 'wuhan', 'enu'),
    country: fc.constantFrom('KG', 'CN', 'KZ', ''),
    programme: fc.constantFrom('bilateral', 'erasmus_plus' as const),
    status: fc.constantFrom('in_review', 'approved', 'accepted_by_partner', 'completed', 'withdrawn', 'declined_by_partner' as const),
    months: fc.integer({ min: 1, max: 100 }).map((m) => m / 10),
  })
  .map(
    (r): MobilityFact => ({
      entity: 'mobility',
      id: `n${r.n}`,
      reference: `NOM-${r.a}-${r.n}`,
      version: 1,
      revision: 1,
      format: 'physical',
      academicYear: `${r.a}/${r.a + 1}`,
      academicStartYear: r.a,
      calendarYear: r.late ? r.a + 1 : r.a,
      direction: r.direction,
      type: r.type,
      role: r.role,
      level: r.level,
      placeType: r.role === 'student' ? 'student_studies' : r.type === 'teaching' ? 'staff_teaching' : 'staff_training',
      faculty: r.faculty,
      department: 'd',
      partner: r.partner,
      country: r.country,
      programme: r.programme,
      agreement: `agr-${r.partner}`,
      status: r.status,
      holdsPlace: ['approved', 'accepted_by_partner', 'completed'].includes(r.status),
      plannedStart: `${r.a}-09-01`,
      plannedEnd: `${r.a + 1}-01-31`,
      plannedMonths: 5,
      months: r.months,
    }),
  );
const facts = fc.uniqueArray(mobility, { selector: (f) => f.id, maxLength: 60 });
const dims = fc.subarray([...MOBILITY_DIMENSIONS]) as fc.Arbitrary<MobilityDimension[]>;
const period = fc.constantFrom('academic', 'calendar' as const);
const years = fc.uniqueArray(fc.integer({ min: 2019, max: 2028 }), { minLength: 1, maxLength: 4 });

describe('mobilities counted', () => {
  it('add up to the total over any grouping, in count and in months', () => {
    fc.assert(
      fc.property(facts, dims, period, years, (fs, by, p, ys) => {
        const table = countMobilities(fs, { period: p, years: ys, by });
        expect(table.rows.reduce((s, r) => s + r.count, 0)).toBe(table.total.count);
        expect(Math.abs(table.rows.reduce((s, r) => s + r.months, 0) - table.total.months)).toBeLessThan(0.05 * Math.max(1, table.rows.length));
      }),
    );
  });

  it('count each mobility once per period: the total is the number of facts in the asked years, whatever the grouping', () => {
    fc.assert(
      fc.property(facts, dims, period, years, (fs, by, p, ys) => {
        const inYears = fs.filter((f) => ys.includes(p === 'academic' ? f.academicStartYear : f.calendarYear));
        expect(countMobilities(fs, { period: p, years: ys, by }).total.count).toBe(inYears.length);
        // The same facts read twice (two partitions overlapping) count once.
        expect(countMobilities([...fs, ...fs], { period: p, years: ys, by }).total.count).toBe(inYears.length);
      }),
    );
  });

  it('are the same table whatever order the facts come in, ordered by year then by the dimensions', () => {
    fc.assert(
      fc.property(facts, dims, period, years, (fs, by, p, ys) => {
        const a = countMobilities(fs, { period: p, years: ys, by });
        const b = countMobilities([...fs].reverse(), { period: p, years: ys, by });
        expect(b).toEqual(a);
        const keys = a.rows.map((r) => JSON.stringify([r.year, ...by.map((d) => r.groups[d])]));
        expect(keys).toEqual([...keys].sort());
      }),
    );
  });

  it('read, by calendar year, the academic years that can hold it: the one before and the one that starts in it', () => {
    expect(academicYearsToRead([2026], 'calendar')).toEqual([2025, 2026]);
    expect(academicYearsToRead([2026, 2025], 'academic')).toEqual([2025, 2026]);
  });

  it('keep to the asked statuses and faculties', () => {
    fc.assert(
      fc.property(facts, years, (fs, ys) => {
        const table = countMobilities(fs, { period: 'academic', years: ys, by: ['status', 'faculty'], statuses: ['approved'], faculties: ['law'] });
        expect(table.rows.every((r) => r.groups.status === 'approved' && r.groups.faculty === 'law')).toBe(true);
      }),
    );
  });

  it('give no row, not an error, for a year with nothing', () => {
    expect(countMobilities([], { period: 'academic', years: [2030], by: ['direction'] })).toEqual({ rows: [], total: { count: 0, months: 0 } });
  });
});

describe('the exchange balance and the yearly figures', () => {
  it('balance each partner’s incoming against outgoing, and add up to the counted mobilities', () => {
    fc.assert(
      fc.property(facts, period, years, (fs, p, ys) => {
        const rows = exchangeBalance(fs, { period: p, years: ys });
        const counted = countMobilities(fs, { period: p, years: ys, by: [], statuses: ['approved', 'accepted_by_partner', 'completed'] }).total.count;
        expect(rows.reduce((s, r) => s + r.incoming + r.outgoing, 0)).toBe(counted);
        for (const r of rows) expect(r.balance).toBe(r.incoming - r.outgoing);
      }),
    );
  });

  it('split the counted mobilities of the year into students and staff, and the programmes add up to them', () => {
    fc.assert(
      fc.property(facts, period, fc.integer({ min: 2020, max: 2027 }), (fs, p, y) => {
        const f = yearlyFigures(fs, [], y, p);
        const counted = countMobilities(fs, { period: p, years: [y], by: [], statuses: ['approved', 'accepted_by_partner', 'completed'] }).total.count;
        const sum = (x: { outgoing: number; incoming: number }) => x.outgoing + x.incoming;
        expect(sum(f.students) + sum(f.staff.teaching) + sum(f.staff.training)).toBe(counted);
        expect(f.byProgramme.reduce((s, p) => s + sum(p.students) + sum(p.staff), 0)).toBe(counted);
      }),
    );
  });
});

const agreementFact = (over: Partial<AgreementFact>): AgreementFact => ({
  entity: 'agreement',
  id: 'a1',
  reference: 'AGR-2024-0001',
  version: 1,
  revision: 1,
  partner: 'osh',
  country: 'KG',
  kind: 'academic_mobility_agreement',
  scope: ['staff_exchange', 'student_exchange'],
  faculty: 'physics',
  status: 'active',
  startDate: '2024-01-01',
  endDate: null,
  endsOn: null,
  signedOn: '2024-01-01',
  inForceFrom: '2024-01-01',
  places: [{ sender: 'home', type: 'student_studies', perYear: 3, academicYears: [] }],
  ...over,
});

describe('agreements', () => {
  it('in force on a day count each agreement once in the total, once per scope under scope', () => {
    const fs = [agreementFact({}), agreementFact({ id: 'a2', reference: 'AGR-2024-0002', country: 'CN', scope: ['joint_research'] }), agreementFact({ id: 'a3', endsOn: '2025-01-01' })];
    const byScope = agreementsInForce(fs, '2026-01-01', ['scope']);
    expect(byScope.total).toBe(2);
    expect(byScope.rows).toEqual([
      { groups: { scope: 'joint_research' }, count: 1 },
      { groups: { scope: 'staff_exchange' }, count: 1 },
      { groups: { scope: 'student_exchange' }, count: 1 },
    ]);
    expect(agreementsInForce(fs, '2026-01-01', ['country']).rows).toEqual([
      { groups: { country: 'CN' }, count: 1 },
      { groups: { country: 'KG' }, count: 1 },
    ]);
  });

  it('that ended in a year are those whose last day in force fell in it before today, one begun in the year included', () => {
    const fs = [
      agreementFact({ id: 'whole-term', reference: 'AGR-2020-0001', inForceFrom: '2020-03-01', endsOn: '2025-08-31' }),
      agreementFact({ id: 'inside', reference: 'AGR-2025-0002', inForceFrom: '2025-02-01', endsOn: '2025-06-30' }),
      agreementFact({ id: 'before', reference: 'AGR-2020-0003', inForceFrom: '2020-01-01', endsOn: '2024-12-31' }),
      agreementFact({ id: 'not-yet', reference: 'AGR-2022-0004', inForceFrom: '2022-01-01', endsOn: '2026-12-31' }),
      agreementFact({ id: 'never-in-force', reference: 'AGR-2025-0005', inForceFrom: undefined, endsOn: '2025-05-01' }),
      agreementFact({ id: 'open', reference: 'AGR-2021-0006', inForceFrom: '2021-01-01', endsOn: null }),
      agreementFact({ id: 'law', reference: 'AGR-2019-0007', faculty: 'law', inForceFrom: '2019-01-01', endsOn: '2025-03-31' }),
    ];
    expect(endedAgreements(fs, '2025-01-01', '2025-12-31', '2026-12-07').map((a) => [a.id, a.endsOn, a.daysLeft])).toEqual([
      ['law', '2025-03-31', -616],
      ['inside', '2025-06-30', -525],
      ['whole-term', '2025-08-31', -463],
    ]);
    // This year's, so far: what ends later this year has not ended yet.
    expect(endedAgreements(fs, '2026-01-01', '2026-12-31', '2026-12-07')).toEqual([]);
    expect(endedAgreements(fs, '2025-01-01', '2025-12-31', '2026-12-07', ['physics']).map((a) => a.id)).toEqual(['inside', 'whole-term']);
  });

  it('give places planned from their conditions and used from the mobilities that hold one', () => {
    const m = (id: string, holdsPlace: boolean) =>
      ({ entity: 'mobility', id, agreement: 'a1', academicYear: '2026/2027', holdsPlace, direction: 'outgoing', placeType: 'student_studies', faculty: 'physics', partner: 'osh' }) as MobilityFact;
    expect(placesUse([agreementFact({})], [m('n1', true), m('n2', true), m('n3', false)], [2026])).toEqual([
      { agreement: 'a1', reference: 'AGR-2024-0001', partner: 'osh', academicYear: '2026/2027', sender: 'home', type: 'student_studies', planned: 3, used: 2 },
    ]);
  });
});
