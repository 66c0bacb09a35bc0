/**
 * The statistics against DynamoDB Local: report facts move with each status change exactly once,
 * a report reads the years it asks for and nothing else (consumed capacity), who may read what,
 * and bad query parameters.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDb } from '../../functions/lib/db/client';
import { putAll } from '../../functions/lib/db/directory';
import { factRecord, mobilityFactsOf } from '../../functions/lib/db/facts';
import { backfillFacts } from '../../functions/lib/services/report-facts';
import { mobilityStatistics } from '../../functions/lib/services/reports';
import type { MobilityFact } from '../../shared/reports/facts';
import { MobilityStatisticsQuerySchema } from '../../shared/schemas/reports';
import { approveSteps } from '../support/chains';
import { nominationBody, startHarness, type Harness } from '../support/harness';

let h: Harness;
let faculty: string;
let iro: string;
let dean: string;
let nominationId: string;

beforeAll(async () => {
  h = await startHarness('reports');
  [faculty, iro, dean] = await Promise.all([h.signIn('faculty@uni.example'), h.signIn('iro@uni.example'), h.signIn('dean.physics@uni.example')]);
});
afterAll(() => h?.stop());

const factsOf = async (id: string) => (await mobilityFactsOf(h.deps.db, [2027])).filter((f) => f.id === id);

describe('report facts', () => {
  it('are written with the submission, and follow each status change exactly once', async () => {
    const res = await h.post('/api/nominations', nominationBody(), { cookie: faculty });
    expect(res.status).toBe(201);
    nominationId = ((await res.json()) as { id: string }).id;
    expect(await factsOf(nominationId)).toEqual([expect.objectContaining({ status: 'in_review', academicYear: '2027/2028', country: 'KG', holdsPlace: false })]);

    await approveSteps(h, 'nomination', nominationId);
    expect(await factsOf(nominationId)).toEqual([expect.objectContaining({ status: 'approved', holdsPlace: true })]);

    const accepted = await h.post(`/api/nominations/${nominationId}/partner-response`, { accepted: true }, { cookie: iro });
    expect(accepted.status).toBe(200);
    expect(await factsOf(nominationId)).toEqual([expect.objectContaining({ status: 'accepted_by_partner', holdsPlace: true })]);

    const withdrawn = await h.post(`/api/nominations/${nominationId}/withdraw`, { reason: 'Changed plans.' }, { cookie: faculty });
    expect(withdrawn.status).toBe(200);
    const [fact] = await factsOf(nominationId);
    expect(fact).toMatchObject({ status: 'withdrawn', holdsPlace: false });
    expect(fact!.version).toBe(((await withdrawn.json()) as { version: number }).version);
  }, 240_000);

  it('exist for the seeded agreements (npm start’s backfill), and a second backfill writes nothing', async () => {
    const res = await h.get('/api/reports/agreements?view=in_force&at=2026-06-01&by=country', { cookie: iro });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { total: number; rows: { groups: { country: string }; count: number }[] };
    expect(body.total).toBeGreaterThan(0);
    expect(body.rows.reduce((s, r) => s + r.count, 0)).toBe(body.total);

    expect(await backfillFacts(h.deps)).toMatchObject({ written: 0 });
  });
});

describe('the statistics', () => {
  it('count mobilities by year and dimension, ordered, with months; a year with nothing is empty, not 404', async () => {
    const res = await h.get('/api/reports/mobilities?years=2027&by=direction,status&status=all', { cookie: iro });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { rows: { year: string; groups: Record<string, string>; count: number; months: number }[]; total: { count: number } };
    // The example plans 1 September to 31 January: 153 days, 5.1 person-months (days / 30).
    expect(body.rows).toContainEqual({ year: '2027/2028', groups: { direction: 'outgoing', status: 'withdrawn' }, count: 1, months: 5.1 });

    const empty = await h.get('/api/reports/mobilities?years=2031', { cookie: iro });
    expect(empty.status).toBe(200);
    expect(await empty.json()).toMatchObject({ rows: [], total: { count: 0, months: 0 } });
  });

  it('give the yearly figures in one call', async () => {
    const res = await h.get('/api/reports/yearly?year=2026', { cookie: iro });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { year: string; memoranda: { inForceAtEnd: number }; countries: string[] };
    expect(body.year).toBe('2026');
    expect(body.memoranda.inForceAtEnd).toBeGreaterThan(0);
    expect(body.countries.length).toBeGreaterThan(0);
  });

  it('list the agreements that ended in a year, and refuse a day or a grouping with that view', async () => {
    for (const years of ['2020', '2024,2025,2026']) {
      const res = await h.get(`/api/reports/agreements?view=ended&years=${years}`, { cookie: iro });
      expect(res.status).toBe(200);
      const body = (await res.json()) as { view: string; years: string[]; total: number; agreements: { endsOn: string; daysLeft: number }[] };
      expect(body.view).toBe('ended');
      expect(body.total).toBe(body.agreements.length);
      const first = years.split(',')[0]!;
      expect(body.agreements.every((a) => a.endsOn >= `${first}-01-01` && a.daysLeft < 0)).toBe(true);
    }
    const fields = async (query: string) => ((await (await h.get(`/api/reports/agreements?${query}`, { cookie: iro })).json()) as { fields: { path: string }[] }).fields.map((f) => f.path);
    expect(await fields('view=ended&at=2025-01-01')).toEqual(['at']);
    expect(await fields('view=ended&years=2025&by=country')).toEqual(['by']);
  });

  it('name the university that heads them, in each language the directory gives', async () => {
    const res = await h.get('/api/university', { cookie: iro });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ name: 'Demo State University', names: { ru: 'Демонстрационный государственный университет', uz: 'Namunaviy davlat universiteti' }, schacId: 'uni.example' });
  });

  it('answer places planned against used, and the exchange balance', async () => {
    expect((await h.get('/api/reports/places?years=2026', { cookie: iro })).status).toBe(200);
    expect((await h.get('/api/reports/balance?years=2027', { cookie: iro })).status).toBe(200);
    expect((await h.get('/api/reports/agreements?view=expiring&days=3650', { cookie: iro })).status).toBe(200);
    expect((await h.get('/api/reports/agreements?view=signed&years=2024,2025&by=kind', { cookie: iro })).status).toBe(200);
  });
});

describe('who reads the statistics', () => {
  it('refuses a faculty member with 403 on every report', async () => {
    for (const path of ['mobilities', 'agreements', 'places', 'balance', 'yearly']) {
      expect((await h.get(`/api/reports/${path}`, { cookie: faculty })).status, path).toBe(403);
    }
    expect((await h.get('/api/reports/mobilities')).status).toBe(401);
  });

  it('shows a dean their own faculty only, and refuses another faculty', async () => {
    const own = await h.get('/api/reports/mobilities?years=2027&by=faculty&status=all', { cookie: dean });
    expect(own.status).toBe(200);
    const body = (await own.json()) as { faculties: string[]; rows: { groups: { faculty: string } }[] };
    expect(body.faculties).toEqual(['physics']);
    expect(body.rows.every((r) => r.groups.faculty === 'physics')).toBe(true);
    expect((await h.get('/api/reports/mobilities?faculty=economics', { cookie: dean })).status).toBe(403);
    expect((await h.get('/api/reports/yearly?faculty=economics', { cookie: dean })).status).toBe(403);
  });
});

describe('bad query parameters', () => {
  it('name an unknown dimension', async () => {
    const res = await h.get('/api/reports/mobilities?by=direction,shoe_size', { cookie: iro });
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: string; fields: { path: string; message: string }[] };
    expect(body.error).toBe('validation_failed');
    expect(body.fields).toContainEqual(expect.objectContaining({ path: 'by', message: expect.stringContaining('"shoe_size"') }));
  });

  it('name the field of two that contradict each other', async () => {
    const res = await h.get('/api/reports/mobilities?years=2026&from=2020', { cookie: iro });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { fields: { path: string }[] }).fields).toContainEqual(expect.objectContaining({ path: 'years' }));
    const days = await h.get('/api/reports/agreements?view=in_force&days=30', { cookie: iro });
    expect(((await days.json()) as { fields: { path: string }[] }).fields).toContainEqual(expect.objectContaining({ path: 'days' }));
  });
});

describe('what a report reads', () => {
  it('is the facts of the years asked for: the same capacity with one year of history or ten', async () => {
    const PER_YEAR = 60;
    // Prepare: 60 mobilities in academic year 2040, measured; then 60 in each of 9 more years (the
    // claim holds at any size; `npm run bench` measures it with 10 real years of history).
    const base = (await factsOf(nominationId))[0]!;
    const fact = (year: number, i: number): MobilityFact => ({
      ...base,
      id: `bench-${year}-${i}`,
      reference: `NOM-${year}-${String(i).padStart(4, '0')}`,
      academicYear: `${year}/${year + 1}`,
      academicStartYear: year,
      calendarYear: year,
    });
    await putAll(h.deps.db, Array.from({ length: PER_YEAR }, (_, i) => factRecord(fact(2040, i))));
    const used: { op: string; units: number }[] = [];
    const metered = { ...h.deps, db: createDb({ tableName: h.config.tableName, region: h.config.region, endpoint: h.config.dynamoEndpoint, meter: (op, units) => used.push({ op, units }) }) };
    const admin = { email: 'admin@uni.example', name: 'Admin', faculty: undefined, roles: [{ role: 'admin' as const, scope: { type: 'university' as const } }] };
    const query = MobilityStatisticsQuerySchema.parse({ years: '2040', by: 'direction', status: 'all' });

    // Act
    const alone = await mobilityStatistics(metered, admin as never, query);
    const aloneUnits = used.reduce((s, u) => s + u.units, 0);
    const ops = new Set(used.map((u) => u.op));
    for (let year = 2041; year < 2050; year++) await putAll(h.deps.db, Array.from({ length: PER_YEAR }, (_, i) => factRecord(fact(year, i))));
    used.length = 0;
    const amongTen = await mobilityStatistics(metered, admin as never, query);
    const amongTenUnits = used.reduce((s, u) => s + u.units, 0);

    // Assess: the same answer, the same reads, only from the year index.
    expect(alone.total.count).toBe(PER_YEAR);
    expect(amongTen).toEqual(alone);
    expect(aloneUnits).toBeGreaterThan(0);
    expect(amongTenUnits).toBe(aloneUnits);
    expect([...ops]).toEqual(['ReadMobilityFacts']);
  }, 240_000);
});
