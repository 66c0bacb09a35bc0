/**
 * A partner's IIA taken in, against DynamoDB Local: the upstream example served by a partner with
 * us as its second partner becomes our agreement in review (conditions, scopes, term; what it
 * cannot hold listed), whose export differs from the partner's file only where a field was not
 * mapped or is each side's own; the partner's approval of our hash is recorded and shown, another
 * hash refused with both and the differences; and the routes' refusals.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compareIias } from '../../functions/lib/ewp/iia-compare';
import { readIias } from '../../functions/lib/ewp/iia-read';
import { partnerFormOf } from '../../shared/schemas/partner';
import { readEwp, xmllintIia } from '../support/ewp-reference';
import { startHarness, type Harness } from '../support/harness';

let h: Harness;
let office: string;
let faculty: string;

const US = 'uni.example';
const PARTNER_HEI = 'uw.edu.pl';
/** The upstream example as the University of Warsaw would serve it to us: itself first, us second. */
const PARTNER_XML = readEwp('iias-v7/endpoints/get-response-example.xml').replaceAll('hibo.no', US);

type Created = { agreement: { id: string; reference: string; status: string; content: { partnerId: string; scope: string[]; startDate: string; endDate: string; cooperationConditions: unknown[]; summary: string } }; partner: { id: string }; unmapped: { path: string; value: string; reason: string }[] };
type Conflict = { error: string; ourHash: string; theirHash: string; differences: { path: string }[] };

beforeAll(async () => {
  h = await startHarness('ewp-import');
  const admin = await h.signIn('admin@uni.example');
  [office, faculty] = await Promise.all([h.signIn('iro@uni.example'), h.signIn('faculty@uni.example')]);
  // A registered partner, given the SCHAC id the file names.
  const partner = (await (await h.get('/api/partners/osh-state-university', { cookie: admin })).json()) as Parameters<typeof partnerFormOf>[0];
  const res = await h.fetchPut('/api/partners/osh-state-university', { ...partnerFormOf(partner), schacId: PARTNER_HEI }, admin);
  expect(res.status).toBe(200);
});
afterAll(() => h?.stop());

const send = (path: string, xml: string, cookie = office) => fetch(`${h.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/xml', origin: h.url, cookie }, body: xml });

async function json<T>(res: Response, status: number): Promise<T> {
  const text = await res.text();
  expect(res.status, text.slice(0, 600)).toBe(status);
  return JSON.parse(text) as T;
}

describe('an agreement created from a partner’s IIA, and the partner’s approval', () => {
  let created: Created;

  it('creates the agreement in review with the partner matched by SCHAC id, and lists what it could not hold', async () => {
    const compared = await json<{ iias: { agreement: unknown; partner: { id: string } | null }[] }>(await send('/api/ewp/iias/compare', PARTNER_XML), 200);
    expect(compared.iias[0]).toMatchObject({ agreement: null, partner: { id: 'osh-state-university' } });

    created = await json<Created>(await send('/api/ewp/iias/agreements?initiatingFaculty=physics', PARTNER_XML), 201);
    expect(created.partner.id).toBe('osh-state-university');
    expect(created.agreement).toMatchObject({ status: 'in_review', content: { partnerId: 'osh-state-university', scope: ['student_exchange', 'internships', 'staff_exchange'], startDate: '2014-09-01', endDate: '2021-08-31' } });
    expect(created.agreement.content.cooperationConditions).toHaveLength(5);
    expect(created.agreement.content.summary).toContain('iia-id 0f7a5682-faf7-49a7-9cc7-ec486c49a281');
    const unmapped = created.unmapped.map((u) => u.path);
    expect(unmapped).toEqual(expect.arrayContaining(['staff-teacher.partner-to-us.1.total-days-per-year', 'student-studies.partner-to-us.1.sending-ounit-id', 'partner.signing-contact']));
    // It is a memorandum like any other: the office reads it with its history.
    const read = await json<{ history: { type: string }[] }>(await h.get(`/api/agreements/${created.agreement.id}`, { cookie: office }), 200);
    expect(read.history.map((e) => e.type)).toContain('submitted');
  });

  it('exports it as a valid IIA that differs from the partner’s only in fields not mapped and each side’s own', async () => {
    const xml = await (await h.get(`/api/agreements/${created.agreement.id}/ewp-iia.xml`, { cookie: office })).text();
    expect(xmllintIia(xml).valid).toBe(true);
    const [ours] = readIias(xml);
    const [theirs] = readIias(PARTNER_XML);
    const notMapped = new Set(created.unmapped.map((u) => u.path.split('.').pop()));
    const differences = compareIias(ours!.iia, theirs!.iia, US);
    expect(differences.map((d) => d.path).filter((p) => !['us.iia-id', 'in-effect'].includes(p) && !notMapped.has(p.split('.').pop()!))).toEqual([]);
    // In-effect: the partner's is signed, ours still in review.
    expect(differences).toContainEqual({ path: 'in-effect', ours: 'false', theirs: 'true' });
  });

  it('refuses a partner’s approval of another hash with 409, both hashes and the differences', async () => {
    const check = await json<{ iiaHash: string }>(await h.get(`/api/agreements/${created.agreement.id}/ewp-iia`, { cookie: office }), 200);
    const conflict = await json<Conflict>(await send(`/api/agreements/${created.agreement.id}/ewp-approval`, PARTNER_XML), 409);
    expect(conflict).toMatchObject({ error: 'hash_differs', ourHash: check.iiaHash, theirHash: readIias(PARTNER_XML)[0]!.computedHash });
    expect(conflict.differences.map((d) => d.path)).toContain('in-effect');
    const after = await json<{ ewpApproval?: unknown }>(await h.get(`/api/agreements/${created.agreement.id}`, { cookie: office }), 200);
    expect(after.ewpApproval).toBeUndefined();
  });

  it('records the partner’s approval of our very hash, shows it on the agreement and in its history, and takes the same file twice once', async () => {
    const xml = await (await h.get(`/api/agreements/${created.agreement.id}/ewp-iia.xml`, { cookie: office })).text();
    const check = await json<{ iiaHash: string }>(await h.get(`/api/agreements/${created.agreement.id}/ewp-iia`, { cookie: office }), 200);
    const approved = await json<{ version: number; ewpApproval: { iiaHash: string; partnerHeiId: string; by: { email: string }; at: string } }>(await send(`/api/agreements/${created.agreement.id}/ewp-approval`, xml), 200);
    expect(approved.ewpApproval).toMatchObject({ iiaHash: check.iiaHash, partnerHeiId: PARTNER_HEI, by: { email: 'iro@uni.example' } });
    const again = await json<{ version: number }>(await send(`/api/agreements/${created.agreement.id}/ewp-approval`, xml), 200);
    expect(again.version).toBe(approved.version);
    const read = await json<{ ewpApproval: { iiaHash: string }; history: { type: string; iiaHash?: string }[] }>(await h.get(`/api/agreements/${created.agreement.id}`, { cookie: office }), 200);
    expect(read.ewpApproval.iiaHash).toBe(check.iiaHash);
    expect(read.history.filter((e) => e.type === 'ewp_approval_recorded')).toEqual([expect.objectContaining({ iiaHash: check.iiaHash })]);
  });
});

describe('refusals', () => {
  it('asks for the partner when none has the IIA’s SCHAC id, and refuses a chosen partner with another one', async () => {
    const stranger = PARTNER_XML.replaceAll(PARTNER_HEI, 'nobody.example');
    const answer = await json<{ fields: { path: string; message: string }[] }>(await send('/api/ewp/iias/agreements?initiatingFaculty=physics', stranger), 400);
    expect(answer.fields[0]).toMatchObject({ path: 'partnerId', message: expect.stringContaining('nobody.example') });
    const other = await json<{ fields: { path: string }[] }>(await send('/api/ewp/iias/agreements?initiatingFaculty=physics&partnerId=osh-state-university', stranger), 400);
    expect(other.fields[0]!.path).toBe('partnerId');
    const chosen = await json<Created>(await send('/api/ewp/iias/agreements?initiatingFaculty=physics&partnerId=wuhan-university-of-science-and-technology', stranger), 201);
    expect(chosen.partner.id).toBe('wuhan-university-of-science-and-technology');
  });

  it('refuses an IIA that already names one of our agreements with 409, an unknown partner or faculty, another IIA of the file, and anyone but the office', async () => {
    const ours = await (await h.get('/api/agreements/agr-wust-2025/ewp-iia.xml', { cookie: office })).text();
    expect(await json<{ error: string; agreement: { id: string } }>(await send('/api/ewp/iias/agreements?initiatingFaculty=physics', ours), 409)).toMatchObject({ error: 'agreement_exists', agreement: { id: 'agr-wust-2025' } });
    expect((await send('/api/ewp/iias/agreements?initiatingFaculty=physics&partnerId=no-such-partner', PARTNER_XML)).status).toBe(404);
    expect((await json<{ fields: { path: string }[] }>(await send('/api/ewp/iias/agreements?initiatingFaculty=no-such-faculty', PARTNER_XML), 400)).fields[0]!.path).toBe('initiatingFaculty');
    expect((await json<{ fields: { path: string }[] }>(await send('/api/ewp/iias/agreements?initiatingFaculty=physics&iia=1', PARTNER_XML), 400)).fields[0]!.path).toBe('iia');
    expect((await send('/api/ewp/iias/agreements?initiatingFaculty=physics', PARTNER_XML, faculty)).status).toBe(403);
    expect((await send('/api/agreements/agr-wust-2025/ewp-approval', ours, faculty)).status).toBe(403);
  });

  it('refuses an approval for an unknown agreement with 404, and hostile files with 400 before anything is read', async () => {
    const ours = await (await h.get('/api/agreements/agr-wust-2025/ewp-iia.xml', { cookie: office })).text();
    expect((await send('/api/agreements/no-such-agreement/ewp-approval', ours)).status).toBe(404);
    const laughs = '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;">]><lolz>&lol2;</lolz>';
    for (const path of ['/api/agreements/agr-wust-2025/ewp-approval', '/api/ewp/iias/agreements?initiatingFaculty=physics']) {
      expect((await json<{ message: string }>(await send(path, laughs), 400)).message).toMatch(/DOCTYPE/);
    }
  });
});
