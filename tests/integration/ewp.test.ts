/**
 * EWP IIAs API v7 against DynamoDB Local: every seeded agreement exported as an IIA that xmllint
 * validates against the v7 XSD set; what the export cannot fill said, never a broken file; our
 * export fed back compares equal with equal hashes; a partner's version shows its differences;
 * hostile and wrong files refused with their first problem named; and the schema check the
 * Lambda runs agrees with xmllint on the same files.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { firstSchemaError } from '../../functions/lib/ewp/iia-check';
import { readIias } from '../../functions/lib/ewp/iia-read';
import { iiaXml } from '../../functions/lib/ewp/iia-xml';
import { parseXml } from '../../functions/lib/ewp/xml';
import { loadSeed } from '../../infra/local/seed';
import { partnerFormOf } from '../../shared/schemas/partner';
import { memorandumBody, startHarness, type Harness } from '../support/harness';
import { readEwp, xmllintIia } from '../support/ewp-reference';

let h: Harness;
let office: string;
let admin: string;
let faculty: string;

beforeAll(async () => {
  h = await startHarness('ewp');
  [office, admin, faculty] = await Promise.all([h.signIn('iro@uni.example'), h.signIn('admin@uni.example'), h.signIn('faculty@uni.example')]);
});
afterAll(() => h?.stop());

const SEEDED = loadSeed().agreements.map((a) => a.id);
type Check = { iiaId: string; iiaHash: string; heiIds: { us: string | null; partner: string | null }; missing: { field: string; message: string }[] };
type Comparison = {
  theirs: { heiId: string; iiaId: string | null; statedHash: string; computedHash: string; hashStatedRightly: boolean; validForApproval: boolean };
  partner: { id: string } | null;
  agreement: { id: string } | null;
  ours: { iiaHash: string } | null;
  sameHash: boolean;
  sameConditions: boolean;
  differences: { path: string; ours: string | null; theirs: string | null }[];
};

const fixture = (name: string) => readFileSync(new URL(`../fixtures/ewp/${name}`, import.meta.url), 'utf8');
const exportOf = (id: string, cookie = office) => h.get(`/api/agreements/${id}/ewp-iia.xml`, { cookie });
const compare = (xml: string, cookie = office) => fetch(`${h.url}/api/ewp/iias/compare`, { method: 'POST', headers: { 'content-type': 'application/xml', origin: h.url, cookie }, body: xml });

async function json<T>(res: Response, status = 200): Promise<T> {
  const text = await res.text();
  expect(res.status, text.slice(0, 500)).toBe(status);
  return JSON.parse(text) as T;
}

describe('GET /api/agreements/{id}/ewp-iia.xml', () => {
  it.each(SEEDED)('exports seeded agreement %s as an IIA get response that validates against the v7 XSD, its hash the check’s', async (id) => {
    const res = await exportOf(id);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/xml/);
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="agr-\d{4}-\d{4}-ewp-iia\.xml"$/);
    const xml = await res.text();
    const lint = xmllintIia(xml);
    expect(lint.output).toContain('validates');
    expect(lint.valid).toBe(true);
    const check = await json<Check>(await h.get(`/api/agreements/${id}/ewp-iia`, { cookie: office }));
    expect(xml).toContain(`<iia-hash>${check.iiaHash}</iia-hash>`);
    expect(check.heiIds.us).toBe('uni.example');
    // The region's partners have no SCHAC id: the file says so in a header, and stays valid.
    expect(res.headers.get('ewp-missing')).toContain('partner.schacId');
    expect(check.missing.map((m) => m.field)).toContain('partner.schacId');
  });

  it('fills the partner’s hei-id once the partner has a SCHAC id, and no longer lists it as missing', async () => {
    const partner = await json<Parameters<typeof partnerFormOf>[0]>(await h.get('/api/partners/osh-state-university', { cookie: admin }));
    await json(await h.fetchPut('/api/partners/osh-state-university', { ...partnerFormOf(partner), schacId: 'oshsu.kg' }, admin));
    const xml = await (await exportOf('agr-osh-2024')).text();
    expect(xmllintIia(xml).valid).toBe(true);
    expect(xml).toContain('<receiving-hei-id>oshsu.kg</receiving-hei-id>');
    const check = await json<Check>(await h.get('/api/agreements/agr-osh-2024/ewp-iia', { cookie: office }));
    expect(check.heiIds).toEqual({ us: 'uni.example', partner: 'oshsu.kg' });
    expect(check.missing.map((m) => m.field)).not.toContain('partner.schacId');
  });

  it('exports all four kinds of cooperation condition, each valid, with what EWP cannot take named', async () => {
    const conditions = [
      { type: 'student_studies', sender: 'home', mobilitiesPerYear: 2, totalMonthsPerYear: 10, subjectAreas: ['0533'], eqfLevels: [6], languages: [{ code: 'en', level: 'B2' }], academicYears: ['2027/2028', '2028/2029'] },
      { type: 'student_traineeship', sender: 'partner', mobilitiesPerYear: 1, totalMonthsPerYear: 3, subjectAreas: [], eqfLevels: [], languages: [], academicYears: [] },
      { type: 'staff_teaching', sender: 'home', mobilitiesPerYear: 1, totalMonthsPerYear: 0.25, subjectAreas: ['0533'], eqfLevels: [], languages: [], academicYears: [] },
      { type: 'staff_training', sender: 'partner', mobilitiesPerYear: 2, subjectAreas: [], eqfLevels: [], languages: [{ code: 'ru', level: 'C1' }], academicYears: [] },
    ];
    const created = await json<{ id: string }>(await h.post('/api/agreements', memorandumBody({ cooperationConditions: conditions }), { cookie: faculty }), 201);
    const xml = await (await exportOf(created.id)).text();
    const lint = xmllintIia(xml);
    expect(lint.output).toContain('validates');
    for (const kind of ['student-studies', 'student-traineeship', 'staff-teacher', 'staff-training']) expect(xml).toContain(`<${kind}-mobility-spec>`);
    expect(xml).toContain('<recommended-language-skill not-yet-defined="true">');
    const check = await json<Check>(await h.get(`/api/agreements/${created.id}/ewp-iia`, { cookie: office }));
    expect(check.missing.map((m) => m.field)).toEqual(expect.arrayContaining(['cooperationConditions.2.languages', 'cooperationConditions.2.totalMonthsPerYear']));
  });

  it('is the office’s: faculty get 403, strangers 401, an unknown agreement 404', async () => {
    expect((await exportOf('agr-osh-2024', faculty)).status).toBe(403);
    expect((await h.get('/api/agreements/agr-osh-2024/ewp-iia.xml')).status).toBe(401);
    expect((await exportOf('no-such-agreement')).status).toBe(404);
    expect((await h.get('/api/agreements/no-such-agreement/ewp-iia', { cookie: office })).status).toBe(404);
  });
});

describe('POST /api/ewp/iias/compare', () => {
  it('compares our own export fed back as equal, with equal hashes', async () => {
    const xml = await (await exportOf('agr-wust-2025')).text();
    const { iias } = await json<{ iias: Comparison[] }>(await compare(xml));
    expect(iias).toHaveLength(1);
    const [c] = iias;
    expect(c).toMatchObject({ agreement: { id: 'agr-wust-2025' }, partner: { id: 'wuhan-university-of-science-and-technology' }, sameHash: true, sameConditions: true, differences: [] });
    expect(c!.ours!.iiaHash).toBe(c!.theirs.statedHash);
    expect(c!.theirs).toMatchObject({ hashStatedRightly: true, validForApproval: true });
  });

  it('shows a partner’s own version field by field: its partners the other way round, its id, a change in places', async () => {
    const ours = readIias(await (await exportOf('agr-osh-2024')).text())[0]!.iia;
    const [home, partner] = ours.partners;
    const theirs = {
      ...ours,
      // The partner serves its IIA with itself first, its own id, and our id as it has mapped it.
      partners: [{ ...partner, heiId: 'oshsu.kg', iiaId: 'OSH-7731', contacts: [] }, home] as typeof ours.partners,
      specs: ours.specs.map((s, i) => (i === 0 ? { ...s, mobilitiesPerYear: 4, eqfLevels: [6] } : s)),
    };
    const { iias } = await json<{ iias: Comparison[] }>(await compare(iiaXml(theirs).xml));
    const [c] = iias;
    expect(c).toMatchObject({ agreement: { id: 'agr-osh-2024' }, theirs: { heiId: 'oshsu.kg', iiaId: 'OSH-7731', hashStatedRightly: true }, sameHash: false, sameConditions: false });
    expect(c!.ours!.iiaHash).not.toBe(c!.theirs.statedHash);
    expect(c!.differences).toEqual([
      { path: 'student-studies.us-to-partner.1.mobilities-per-year', ours: '5', theirs: '4' },
      { path: 'student-studies.us-to-partner.1.eqf-level', ours: '6, 7', theirs: '6' },
    ]);
  });

  it('says when the hash a file states is not the one its content gives', async () => {
    const xml = (await (await exportOf('agr-auezov-2026')).text()).replace(/<iia-hash>[0-9a-f]{64}<\/iia-hash>/, `<iia-hash>${'0'.repeat(64)}</iia-hash>`);
    const { iias } = await json<{ iias: Comparison[] }>(await compare(xml));
    expect(iias[0]!.theirs).toMatchObject({ statedHash: '0'.repeat(64), hashStatedRightly: false });
    expect(iias[0]!.sameHash).toBe(false);
  });

  it.each([
    ['a billion-laughs file', fixture('billion-laughs.xml'), /DOCTYPE/],
    ['an external entity (XXE)', fixture('xxe.xml'), /DOCTYPE/],
    ['a file that is not XML', 'reference,status\nAGR-2024-0003,active\n', /not well-formed XML/],
    ['an XML file that is not an IIA', '<?xml version="1.0"?><nominations/>', /not an EWP IIAs get response/],
    ['an IIA of API version 6', readEwp('iias-v7/resources/xsltKit/get-response-v6.xml'), /v6/],
  ])('refuses %s with a 400 naming the problem', async (_what, body, says) => {
    const res = await compare(body);
    const answer = await json<{ message: string; fields: { path: string; message: string }[] }>(res, 400);
    expect(answer.message).toMatch(says);
    expect(answer.fields[0]).toMatchObject({ path: 'file', message: expect.stringMatching(says) });
  });

  it('refuses an IIA that departs from the v7 XSD, naming its first error and line, as xmllint also refuses it', async () => {
    const xml = (await (await exportOf('agr-wust-2025')).text()).replace(/<blended>false<\/blended>\n/, '');
    expect(xmllintIia(xml).valid).toBe(false);
    const answer = await json<{ message: string }>(await compare(xml), 400);
    expect(answer.message).toMatch(/line \d+: <student-studies-mobility-spec> needs a <blended>/);
  });

  it('refuses a file over 1 MB with 413, and is the office’s alone', async () => {
    expect((await compare(`<a>${'x'.repeat(1024 * 1024)}</a>`)).status).toBe(413);
    expect((await compare(fixture('xxe.xml'), faculty)).status).toBe(403);
    expect((await fetch(`${h.url}/api/ewp/iias/compare`, { method: 'POST', headers: { 'content-type': 'application/xml', origin: h.url }, body: '<a/>' })).status).toBe(401);
  });
});

describe('the schema check the Lambda runs', () => {
  const mutations: [string, (xml: string) => string][] = [
    ['as exported', (x) => x],
    ['without the in-effect flag', (x) => x.replace(/\s*<in-effect>[^<]*<\/in-effect>/, '')],
    ['with no mobilities', (x) => x.replace(/<mobilities-per-year>\d+</, '<mobilities-per-year>0<')],
    ['with a three-digit ISCED code', (x) => x.replace(/<isced-f-code>\d{4}</, '<isced-f-code>053<')],
    ['with specs out of order', (x) => x.replace(/<student-studies-mobility-spec>/, '<student-traineeship-mobility-spec>').replace(/<\/student-studies-mobility-spec>/, '</student-traineeship-mobility-spec>')],
    ['with an unknown element', (x) => x.replace('<in-effect>', '<colour>red</colour><in-effect>')],
    ['with a CEFR level of D1', (x) => x.replace(/<cefr-level>B2</, '<cefr-level>D1<')],
    ['with one partner', (x) => x.replace(/<partner>[\s\S]*?<\/partner>\s*/, '')],
  ];

  it.each(mutations)('agrees with xmllint on an export %s', async (_what, mutate) => {
    const xml = mutate(await (await exportOf('agr-wust-2025')).text());
    const ours = firstSchemaError(parseXml(xml));
    expect(ours === undefined, ours).toBe(xmllintIia(xml).valid);
  });

  it.each(['iias-v7/endpoints/get-response-example.xml', 'iias-v7/resources/xsltKit/get-response-v7.xml', 'vectors/edge-two-iias.xml', 'iias-v7/resources/xsltKit/get-response-v6.xml'])('agrees with xmllint on %s', (file) => {
    const xml = readEwp(file);
    const ours = firstSchemaError(parseXml(xml));
    expect(ours === undefined, ours).toBe(xmllintIia(xml).valid);
  });
});
