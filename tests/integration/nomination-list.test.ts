/**
 * The nominations list's filters (GET /api/nominations?…) against DynamoDB Local: each filter a
 * statistics figure is counted by (academic year, direction, mobility type, faculty, partner, the
 * partner's country, one or more statuses) alone and together, read through the year's facts with
 * a year and through the list index without one; a submitter's own list filtered the same way;
 * an unknown value refused naming its field. The office's registry (GET /api/nominations/registry)
 * lists the same with what it left out, and the export (GET /api/exports/nominations) takes the
 * same filters and gives the same nominations.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nominationBody, startHarness, type Harness } from '../support/harness';

let h: Harness;
let faculty: string;
let iro: string;
/** The nominations submitted, by what sets each apart. */
const ids: Record<'plain' | 'incoming' | 'wuhan' | 'earlier' | 'withdrawn' | 'fullYear', string> = { plain: '', incoming: '', wuhan: '', earlier: '', withdrawn: '', fullYear: '' };

async function submit(overrides: Record<string, unknown>): Promise<string> {
  const res = await h.post('/api/nominations', nominationBody(overrides), { cookie: faculty });
  expect(res.status, await res.clone().text()).toBe(201);
  return ((await res.json()) as { id: string }).id;
}

beforeAll(async () => {
  h = await startHarness('nomination-list');
  [faculty, iro] = await Promise.all([h.signIn('faculty@uni.example'), h.signIn('iro@uni.example')]);
  // Prepare: six nominations, each differing from the example (2027/2028, outgoing, semester study, Osh, KG) in one way
  ids.plain = await submit({});
  ids.incoming = await submit({ direction: 'incoming' });
  ids.wuhan = await submit({ partnerId: 'wuhan-university-of-science-and-technology', agreementId: 'agr-wust-2025' });
  ids.earlier = await submit({ academicYear: '2026/2027' });
  ids.withdrawn = await submit({});
  ids.fullYear = await submit({ mobilityType: 'full_year_study', period: 'full_year' });
  expect((await h.post(`/api/nominations/${ids.withdrawn}/withdraw`, { reason: 'Changed plans' }, { cookie: faculty })).status).toBe(200);
});
afterAll(() => h?.stop());

/** The names (keys of `ids`) of the nominations the list shows for a query, sorted. */
async function listed(query: string, cookie = iro): Promise<string[]> {
  const res = await h.get(`/api/nominations?${query}`, { cookie });
  expect(res.status, await res.clone().text()).toBe(200);
  const found = ((await res.json()) as { id: string }[]).map((n) => n.id);
  return Object.entries(ids)
    .filter(([, id]) => found.includes(id))
    .map(([name]) => name)
    .sort();
}

/** The references of the nominations a query lists, and those its export has, each sorted. */
async function listedAndExported(query: string): Promise<[string[], string[]]> {
  const list = await h.get(`/api/nominations?${query}`, { cookie: iro });
  expect(list.status, await list.clone().text()).toBe(200);
  const file = await h.get(`/api/exports/nominations?${query}`, { cookie: iro });
  expect(file.status, await file.clone().text()).toBe(200);
  const lines = (await file.text()).replace(/^\uFEFF/, '').trim().split(/\r?\n/).slice(1);
  return [((await list.json()) as { reference: string }[]).map((n) => n.reference).sort(), lines.map((line) => line.split(',')[0]!).sort()];
}

describe('the nominations list, filtered', () => {
  it('lists every nomination without filters', async () => {
    expect(await listed('')).toEqual(['earlier', 'fullYear', 'incoming', 'plain', 'withdrawn', 'wuhan']);
  });

  it('filters by academic year, direction, mobility type, faculty, partner, country and status, each alone', async () => {
    expect(await listed('academicYear=2026/2027')).toEqual(['earlier']);
    expect(await listed('direction=incoming')).toEqual(['incoming']);
    expect(await listed('type=full_year_study')).toEqual(['fullYear']);
    expect(await listed('faculty=economics')).toEqual([]);
    expect(await listed('faculty=physics')).toHaveLength(6);
    expect(await listed('partner=wuhan-university-of-science-and-technology')).toEqual(['wuhan']);
    expect(await listed('country=CN')).toEqual(['wuhan']);
    expect(await listed('status=withdrawn')).toEqual(['withdrawn']);
  });

  it('takes several statuses, and a country in lower case', async () => {
    expect(await listed('status=withdrawn,in_review')).toHaveLength(6);
    expect(await listed('country=kg&status=withdrawn')).toEqual(['withdrawn']);
  });

  it('combines the filters, read through the year’s facts with a year', async () => {
    expect(await listed('academicYear=2027/2028&direction=outgoing&country=KG&status=in_review')).toEqual(['fullYear', 'plain']);
    expect(await listed('academicYear=2027/2028&type=semester_study&partner=osh-state-university&faculty=physics')).toEqual(['incoming', 'plain', 'withdrawn']);
    expect(await listed('academicYear=2026/2027&direction=incoming')).toEqual([]);
  });

  it('combines the filters without a year, through the list', async () => {
    expect(await listed('direction=outgoing&country=KG&status=in_review')).toEqual(['earlier', 'fullYear', 'plain']);
  });

  it('lists the newest first with a year as without one', async () => {
    const res = await h.get('/api/nominations?academicYear=2027/2028', { cookie: iro });
    const created = ((await res.json()) as { createdAt: string }[]).map((n) => n.createdAt);
    expect(created).toEqual([...created].sort().reverse());
  });

  it('filters a submitter’s own list the same way', async () => {
    expect(await listed('direction=incoming', faculty)).toEqual(['incoming']);
    expect(await listed('academicYear=2027/2028&country=CN', faculty)).toEqual(['wuhan']);
  });

  it('refuses an unknown value with a 400 naming its field', async () => {
    for (const [query, field] of [
      ['status=lost', 'status'],
      ['direction=sideways', 'direction'],
      ['type=holiday', 'type'],
      ['country=XX', 'country'],
      ['academicYear=2027', 'academicYear'],
      ['partner=%E2%9C%93', 'partner'],
      ['year=2027/2028', 'year'],
    ] as const) {
      const res = await h.get(`/api/nominations?${query}`, { cookie: iro });
      expect(res.status, query).toBe(400);
      const body = (await res.json()) as { error: string; fields: { path: string; message: string }[] };
      // A parameter the list does not take has no path of its own: its message names it.
      expect(body.fields.some((f) => f.path === field || f.message.includes(`"${field}"`)), `${query}: ${JSON.stringify(body.fields)}`).toBe(true);
    }
  });
});

describe('the office’s registry of nominations', () => {
  it('lists what the list lists, saying nothing was left out and how many match', async () => {
    for (const query of ['', 'academicYear=2027/2028&direction=outgoing', 'country=CN', 'status=withdrawn,in_review']) {
      const res = await h.get(`/api/nominations/registry?${query}`, { cookie: iro });
      expect(res.status, query).toBe(200);
      const registry = (await res.json()) as { nominations: { id: string }[]; truncated: boolean; total: number | null };
      const list = (await (await h.get(`/api/nominations?${query}`, { cookie: iro })).json()) as { id: string }[];
      expect(registry.nominations.map((n) => n.id), query).toEqual(list.map((n) => n.id));
      expect(registry.truncated, query).toBe(false);
      expect(registry.total, query).toBe(list.length);
    }
  });

  it('is the office’s: a submitter gets 403', async () => {
    expect((await h.get('/api/nominations/registry', { cookie: faculty })).status).toBe(403);
  });
});

describe('the nominations export, filtered as the list', () => {
  it('has the nominations the list shows, for each filter alone and together', async () => {
    for (const query of [
      '',
      'direction=incoming',
      'type=full_year_study',
      'faculty=physics',
      'country=CN',
      'country=kg&status=withdrawn',
      'academicYear=2027/2028&direction=outgoing&country=KG&status=in_review',
      'academicYear=2026/2027',
    ]) {
      const [listed, exported] = await listedAndExported(query);
      expect(exported, query).toEqual(listed);
    }
    const [, incoming] = await listedAndExported('direction=incoming');
    expect(incoming).toHaveLength(1);
  });

  it('refuses a filter the list refuses, naming it', async () => {
    const res = await h.get('/api/exports/nominations?direction=sideways', { cookie: iro });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { fields: { path: string }[] }).fields.map((f) => f.path)).toContain('direction');
  });
});

// Last: it adds a nomination the tests above do not expect.
describe('the format filter (mobilityFormat)', () => {
  it('lists a virtual mobility alone, in the year’s facts and in the list index, and the physical ones without it', async () => {
    const virtual = await submit({ format: 'virtual' });
    for (const year of ['', 'academicYear=2027/2028&']) {
      const res = await h.get(`/api/nominations?${year}mobilityFormat=virtual`, { cookie: iro });
      expect(res.status, await res.clone().text()).toBe(200);
      expect(((await res.json()) as { id: string }[]).map((n) => n.id), year).toEqual([virtual]);
      expect(await listed(`${year}mobilityFormat=physical`), year).not.toContain('virtual');
      expect((await listed(`${year}mobilityFormat=physical`)).length, year).toBeGreaterThan(0);
    }
    const registry = await h.get('/api/nominations/registry?mobilityFormat=blended', { cookie: iro });
    expect(((await registry.json()) as { nominations: unknown[] }).nominations).toEqual([]);
    const [listedVirtual, exportedVirtual] = await listedAndExported('mobilityFormat=virtual');
    expect(exportedVirtual).toEqual(listedVirtual);
    expect(exportedVirtual).toHaveLength(1);
  });

  it('refuses a format it does not know, naming the filter', async () => {
    const res = await h.get('/api/nominations?mobilityFormat=online', { cookie: iro });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { fields: { path: string }[] }).fields.map((f) => f.path)).toContain('mobilityFormat');
  });
});
