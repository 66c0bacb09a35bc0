/** The activity rules, schema and report counting: pure, no I/O. */
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { activityProblems, activityYear, isCurrencyCode, mayManage } from '../../shared/activity-rules';
import { activityStatistics } from '../../shared/reports/activities';
import { exampleOf } from '../../shared/schemas/common';
import { ActivityInputSchema, ActivityListQuerySchema, ActivityUpdateSchema, type Activity } from '../../shared/schemas/activity';

const example = exampleOf(ActivityInputSchema) as Record<string, unknown>;
const paths = (input: unknown) => {
  const parsed = z.safeParse(ActivityInputSchema, input);
  return parsed.success ? [] : parsed.error.issues.map((i) => i.path.join('.'));
};

describe('activityProblems', () => {
  it('asks for a description when no partner is named', () => {
    expect(activityProblems({ partnerIds: [], startDate: '2026-01-01', endDate: '2026-01-02' })).toEqual([{ path: 'description', message: expect.any(String) }]);
    expect(activityProblems({ partnerIds: [], description: '   ' })).toHaveLength(1);
    expect(activityProblems({ partnerIds: [], description: 'The faculty’s own conference.' })).toEqual([]);
    expect(activityProblems({ partnerIds: ['osh-state-university'] })).toEqual([]);
  });

  it('refuses an end before the start, but not a one-day activity', () => {
    expect(activityProblems({ partnerIds: ['p'], startDate: '2026-05-02', endDate: '2026-05-01' })).toEqual([{ path: 'endDate', message: expect.any(String) }]);
    expect(activityProblems({ partnerIds: ['p'], startDate: '2026-05-01', endDate: '2026-05-01' })).toEqual([]);
  });

  it('refuses a partner named twice', () => {
    expect(activityProblems({ partnerIds: ['p', 'p'] }).map((p) => p.path)).toEqual(['partnerIds']);
  });
});

describe('the small rules', () => {
  it('knows ISO 4217 codes and no others', () => {
    expect(['UZS', 'EUR', 'USD', 'KZT', 'KGS', 'CNY'].every(isCurrencyCode)).toBe(true);
    expect(['XYZ', 'EURO', 'eur'].some(isCurrencyCode)).toBe(false);
  });

  it('puts an activity in the calendar year it starts in', () => {
    expect(activityYear({ startDate: '2025-12-30' })).toBe(2025);
  });

  it('lets a faculty member manage their own faculty’s activity only', () => {
    expect(mayManage({ faculty: 'physics' }, { faculty: 'physics' })).toBe(true);
    expect(mayManage({ faculty: 'physics' }, { faculty: 'economics' })).toBe(false);
    expect(mayManage({}, { faculty: 'physics' })).toBe(false);
  });
});

describe('ActivityInputSchema', () => {
  it('accepts its own example, with the defaults filled in', () => {
    const parsed = z.parse(ActivityInputSchema, { ...example, participants: undefined, funding: undefined });
    expect(parsed).toMatchObject({ participants: { incoming: 0, outgoing: 0 }, funding: [] });
  });

  it('reports the dates with every other field’s problem at once', () => {
    expect(paths({ ...example, title: '', endDate: '2026-10-01' }).sort()).toEqual(['endDate', 'title']);
  });

  it('refuses an unknown kind, format and key, a negative count and a malformed currency', () => {
    const found = paths({ ...example, kind: 'party', format: 'hybrid', colour: 'red', participants: { incoming: -1, outgoing: 0 }, funding: [{ source: 'x', amount: 1, currency: 'euro' }] });
    expect(found).toEqual(expect.arrayContaining(['kind', 'format', '', 'participants.incoming', 'funding.0.currency']));
  });

  it('upper-cases a currency code', () => {
    expect(z.parse(ActivityInputSchema, { ...example, funding: [{ source: 'Grant', amount: 5, currency: 'eur' }] }).funding[0]!.currency).toBe('EUR');
  });

  it('asks an edit for the version it was read at', () => {
    expect(z.safeParse(ActivityUpdateSchema, example).success).toBe(false);
    expect(z.safeParse(ActivityUpdateSchema, { ...example, version: 3 }).success).toBe(true);
  });

  it('reads the list’s year as a number and refuses a two-digit one', () => {
    expect(z.parse(ActivityListQuerySchema, { year: '2026' }).year).toBe(2026);
    expect(z.safeParse(ActivityListQuerySchema, { year: '26' }).success).toBe(false);
  });
});

describe('activityStatistics', () => {
  const base = z.parse(ActivityInputSchema, example);
  const activity = (over: Partial<Activity>): Activity => ({
    ...base,
    id: 'a',
    status: 'recorded',
    version: 1,
    createdAt: '',
    createdBy: { email: '', name: '' },
    updatedAt: '',
    updatedBy: { email: '', name: '' },
    ...over,
  });

  it('counts recorded activities of the years asked, by kind, year, faculty and format', () => {
    const stats = activityStatistics(
      [
        activity({ kind: 'conference', format: 'physical', startDate: '2026-03-01' }),
        activity({ kind: 'conference', format: 'virtual', startDate: '2025-03-01', faculty: 'economics' }),
        activity({ kind: 'webinar', status: 'cancelled' }),
        activity({ startDate: '2024-01-01' }),
      ],
      [2025, 2026],
    );
    expect(stats.total).toBe(2);
    expect(stats.byKind).toEqual([{ key: 'conference', activities: 2, incoming: 2, outgoing: 0 }]);
    expect(stats.byYear.map((r) => r.key)).toEqual(['2025', '2026']);
    expect(stats.byFaculty.map((r) => r.key).sort()).toEqual(['economics', 'physics']);
    expect(stats.byFormat.map((r) => r.key).sort()).toEqual(['physical', 'virtual']);
  });

  it('counts by the partners’ countries: once in each country of its partners, an activity of our own in none', () => {
    const country: Record<string, string> = { osh: 'KG', knu: 'KG', enu: 'KZ' };
    const stats = activityStatistics(
      [activity({ partnerIds: ['osh', 'knu'] }), activity({ partnerIds: ['osh', 'enu'] }), activity({ partnerIds: [] }), activity({ partnerIds: ['gone'] })],
      [2026],
      (id) => country[id],
    );
    expect(stats.total).toBe(4);
    expect(stats.byCountry).toEqual([
      { key: 'KG', activities: 2, incoming: 2, outgoing: 0 },
      { key: 'KZ', activities: 1, incoming: 1, outgoing: 0 },
    ]);
  });

  it('sums participants, and funding per currency without adding currencies together', () => {
    const stats = activityStatistics(
      [
        activity({ participants: { incoming: 3, outgoing: 1, students: 10 }, funding: [{ source: 'A', amount: 0.1, currency: 'EUR' }, { source: 'B', amount: 0.2, currency: 'EUR' }] }),
        activity({ participants: { incoming: 0, outgoing: 2, staff: 2 }, funding: [{ source: 'C', amount: 500, currency: 'UZS' }] }),
      ],
      [2026],
    );
    expect(stats.participants).toEqual({ incoming: 3, outgoing: 3, staff: 2, students: 10 });
    expect(stats.funding).toEqual([
      { currency: 'EUR', amount: 0.3, activities: 1 },
      { currency: 'UZS', amount: 500, activities: 1 },
    ]);
  });
});

describe('the activity rules’ sentences', () => {
  it('are worded in Russian and Uzbek for the form', async () => {
    const { fieldMessage } = await import('../../shared/i18n/validation');
    const said = [...activityProblems({ partnerIds: ['p', 'p'], startDate: '2026-02-02', endDate: '2026-02-01' }), ...activityProblems({ partnerIds: [] })].map((p) => p.message);
    expect(said).toHaveLength(3);
    for (const message of said) {
      expect(fieldMessage(message, 'ru'), message).not.toBe(message);
      expect(fieldMessage(message, 'uz'), message).not.toBe(message);
    }
  });
});
