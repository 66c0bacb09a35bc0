/**
 * A memorandum with a partner not yet in the registry: faculty propose it with the memorandum;
 * it is registered as proposed only when the memorandum goes into review, a university already
 * registered is a 409 naming it, and an administrator's edit is the office's check.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { partnerFormOf, type Partner } from '../../shared/schemas';
import { memorandumBody, startHarness, to, tokenFrom, type Harness } from '../support/harness';

let h: Harness;
let admin: string;
let faculty: string;

beforeAll(async () => {
  h = await startHarness('partner-proposal');
  [admin, faculty] = await Promise.all([h.signIn('admin@uni.example'), h.signIn('faculty@uni.example')]);
});
afterAll(() => h?.stop());

type Json = Record<string, any>;
const answer = async (res: Response) => ({ status: res.status, body: (await res.json()) as Json });
const propose = (proposedPartner: unknown, overrides: Record<string, unknown> = {}) => {
  const { partnerId: _drop, ...rest } = memorandumBody();
  return h.post('/api/agreements', { ...rest, proposedPartner, ...overrides }, { cookie: faculty }).then(answer);
};
const partners = async () => (await answer(await h.get('/api/partners', { cookie: faculty }))).body as unknown as Partner[];
const ttu = { name: 'Tajik Technical University', names: { ru: 'Таджикский технический университет' }, country: 'TJ', city: 'Dushanbe', website: 'https://ttu.tj' };

describe('a memorandum proposing a new partner', () => {
  it('registers the partner as proposed and submits the memorandum naming it', async () => {
    const res = await propose(ttu);
    expect(res.status).toBe(201);
    const partner = (await partners()).find((p) => p.name === ttu.name)!;
    expect(partner).toMatchObject({ country: 'TJ', proposed: { by: { email: 'faculty@uni.example' } } });
    expect(res.body.content.partnerId).toBe(partner.id);
    expect(res.body.content.proposedPartner).toBeUndefined();
    expect(res.body.status).toBe('in_review');
    const mail = await h.waitForEmail(to('iro@uni.example'), 'the first approval request');
    expect(mail.subject + (mail.body.text ?? '')).toContain(ttu.name);
    // The approver's page is told the registry has not vouched for the partner yet (not who proposed it).
    const preview = await answer(await h.post('/api/actions/preview', { token: tokenFrom(mail, 'act') }));
    expect(preview.status).toBe(200);
    expect(preview.body.summary.partner).toEqual({ id: partner.id, name: ttu.name, names: ttu.names, country: 'TJ', city: 'Dushanbe', proposed: true });
  });

  it('answers a university already registered (in another spelling) with 409 naming it, and submits nothing', async () => {
    const before = ((await answer(await h.get('/api/agreements', { cookie: faculty }))).body as unknown as Json[]).length;
    const res = await propose({ ...ttu, name: 'TAJIK  technical university.', names: {} });
    expect(res.status).toBe(409);
    expect(res.body.error).toBe('partner_exists');
    expect(res.body.name).toBe(ttu.name);
    expect(((await answer(await h.get('/api/agreements', { cookie: faculty }))).body as unknown as Json[]).length).toBe(before);
  });

  it('registers nothing when the rest of the memorandum is refused', async () => {
    const res = await propose({ ...ttu, name: 'Khujand State University', city: 'Khujand', website: 'https://tgu.tj' }, { initiatingFaculty: 'astrology' });
    expect(res.status).toBe(400);
    expect(res.body.fields).toContainEqual({ path: 'initiatingFaculty', message: 'No faculty with this id' });
    expect((await partners()).some((p) => p.name === 'Khujand State University')).toBe(false);
  });

  it('wants exactly one of a registered partner and a proposal', async () => {
    const both = await propose(ttu, { partnerId: 'osh-state-university' });
    expect(both.status).toBe(400);
    expect(both.body.fields).toContainEqual({ path: 'partnerId', message: 'Choose a partner from the registry, or propose a new one' });
    const { partnerId: _p, ...neither } = memorandumBody();
    const none = await answer(await h.post('/api/agreements', neither, { cookie: faculty }));
    expect(none.status).toBe(400);
    const badProposal = await propose({ name: '', country: 'ZZ' });
    expect(badProposal.status).toBe(400);
    expect(badProposal.body.fields.map((f: Json) => f.path)).toEqual(expect.arrayContaining(['proposedPartner.name', 'proposedPartner.country']));
  });

  it('loses its proposed mark when an administrator edits it', async () => {
    const partner = (await partners()).find((p) => p.name === ttu.name)!;
    const edited = await answer(await h.fetchPut(`/api/partners/${partner.id}`, { ...partnerFormOf(partner), erasmusCode: undefined, city: 'Dushanbe' }, admin));
    expect(edited.status).toBe(200);
    expect(edited.body.proposed).toBeUndefined();
    expect((await partners()).find((p) => p.id === partner.id)!.proposed).toBeUndefined();
  });
});
