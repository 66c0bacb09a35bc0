/**
 * People, roles and approval chains as administrators keep them, against DynamoDB Local: edits
 * against the version read, roles that reach the role lookup in the same transaction, the last
 * administrator kept, and a chain that cannot be saved with a step nobody could resolve.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ChainUpdateSchema, exampleOf, PersonInputSchema, PersonUpdateSchema } from '../../shared/schemas';
import { describeBadInput } from '../support/bad-input';
import { memorandumBody, nominationBody, startHarness, to, type Harness } from '../support/harness';

let h: Harness;
let admin: string;
let iro: string;
let faculty: string;

beforeAll(async () => {
  h = await startHarness('people-chains');
  [admin, iro, faculty] = await Promise.all([h.signIn('admin@uni.example'), h.signIn('iro@uni.example'), h.signIn('faculty@uni.example')]);
});
afterAll(() => h?.stop());

type Json = Record<string, any>;
const answer = async (res: Response) => ({ status: res.status, body: (await res.json()) as Json });
const addPerson = async (body: unknown, cookie = admin) => answer(await h.post('/api/people', body, { cookie }));
const editPerson = async (email: string, body: unknown, cookie = admin) => answer(await h.fetchPut(`/api/people/${encodeURIComponent(email)}`, body, cookie));
const peopleList = async (cookie = admin) => answer(await h.get('/api/people', { cookie }));
const chainList = async (cookie = admin) => answer(await h.get('/api/chains', { cookie }));
const chainOf = async (kind: string) => ((await chainList()).body as unknown as Json[]).find((c) => c.kind === kind)!;
const saveChain = async (kind: string, body: unknown, cookie = admin) => answer(await h.fetchPut(`/api/chains/${kind}`, body, cookie));
const personOf = async (email: string) => ((await peopleList()).body as unknown as Json[]).find((p) => p.email === email);

const step = (id: string, role: string, scope: string, dueDays = 3) => ({ id, role, scope, policy: 'any', dueDays });

describe('people', () => {
  it('lists everyone by name to the international office, and to nobody else', async () => {
    const list = await peopleList(iro);
    expect(list.status).toBe(200);
    const names = (list.body as unknown as Json[]).map((p) => p.name);
    expect(names.length).toBeGreaterThanOrEqual(8);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
    expect((list.body as unknown as Json[]).every((p) => p.version >= 1 && Array.isArray(p.roles))).toBe(true);
    expect((await peopleList(faculty)).status).toBe(403);
    expect((await h.get('/api/people')).status).toBe(401);
  });

  it('adds a person whose roles find them as an approver at once', async () => {
    const body = {
      email: '  Head.Economy@Uni.Example ',
      name: 'Bobur Tursunov',
      language: 'ru',
      faculty: 'economics',
      department: 'world-economy',
      roles: [{ role: 'head_of_department', scope: { type: 'department', faculty: 'economics', department: 'world-economy' } }],
    };
    // Before: nobody heads World economy and economics has no dean, so a nomination from there is refused.
    const economist = nominationBody({ nominee: { ...(nominationBody().nominee as object), email: 'aziz@student.uni.example', faculty: 'economics', department: 'world-economy' } });
    const refused = await answer(await h.post('/api/nominations', economist, { cookie: faculty }));
    expect(refused.status).toBe(400);

    const added = await addPerson(body);
    expect(added.status).toBe(201);
    expect(added.body).toMatchObject({ email: 'head.economy@uni.example', version: 1, language: 'ru' });
    const dean = await addPerson({ email: 'dean.economics@uni.example', name: 'Nodira Yusupova', faculty: 'economics', roles: [{ role: 'dean', scope: { type: 'faculty', faculty: 'economics' } }] });
    expect(dean.status).toBe(201);
    expect(dean.body.language).toBe('en');

    const submitted = await answer(await h.post('/api/nominations', economist, { cookie: faculty }));
    expect(submitted.status).toBe(201);
    const mail = await h.waitForEmail(to('head.economy@uni.example'), 'the approval request to the new head of department');
    expect(mail.body.text).toMatch(/#t=/);
    // And they can sign in and are who the directory says.
    const cookie = await h.signIn('head.economy@uni.example');
    const me = await answer(await h.get('/api/me', { cookie }));
    expect(me.body.email).toBe('head.economy@uni.example');
  });

  it('answers a second person with the same address with 409 and the one already there', async () => {
    const again = await addPerson({ email: 'LEGAL@uni.example', name: 'Someone Else', roles: [] });
    expect(again.status).toBe(409);
    expect(again.body.error).toBe('person_exists');
    expect(again.body.person).toMatchObject({ email: 'legal@uni.example' });
    expect((await personOf('legal@uni.example'))!.name).not.toBe('Someone Else');
  });

  it('refuses faculties, departments and role places that are not in the directory, on their fields', async () => {
    const res = await addPerson({
      email: 'nowhere@uni.example',
      name: 'Nobody Anywhere',
      faculty: 'physics',
      department: 'astrology',
      roles: [
        { role: 'dean', scope: { type: 'faculty', faculty: 'medicine' } },
        { role: 'head_of_department', scope: { type: 'department', faculty: 'economics', department: 'general-physics' } },
      ],
    });
    expect(res.status).toBe(400);
    expect(res.body.fields.map((f: Json) => f.path).sort()).toEqual(['department', 'roles.0.scope.faculty', 'roles.1.scope.department']);
    expect(await personOf('nowhere@uni.example')).toBeUndefined();
  });

  it('edits a person against the version read; a stale edit is a 409 with the current person', async () => {
    const before = (await personOf('legal@uni.example'))!;
    const { email: _email, ...form } = before;
    const edited = await editPerson('legal@uni.example', { ...form, name: 'Kamola Rahimova', roles: [...before.roles, { role: 'vice_rector', scope: { type: 'university' } }] });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({ name: 'Kamola Rahimova', version: before.version + 1 });
    const stale = await editPerson('legal@uni.example', { ...form, name: 'Lost Edit' });
    expect(stale.status).toBe(409);
    expect(stale.body.error).toBe('person_changed');
    expect(stale.body.person).toMatchObject({ name: 'Kamola Rahimova', version: before.version + 1 });

    // The removed role leaves the role lookup in the same write: the legal step finds nobody now.
    const dropped = await editPerson('legal@uni.example', { ...form, name: 'Kamola Rahimova', roles: [], version: before.version + 1 });
    expect(dropped.status).toBe(200);
    const memorandum = await chainOf('memorandum');
    const put = await saveChain('memorandum', { steps: memorandum.steps, version: memorandum.version });
    expect(put.status).toBe(400);
    const legalAt = memorandum.steps.findIndex((s: Json) => s.role === 'legal');
    expect(put.body.fields).toContainEqual({ path: `steps.${legalAt}.role`, message: 'Nobody holds this role yet; give it to someone under People first' });
    // Given back, so the rest of the file has its legal department.
    const restored = await editPerson('legal@uni.example', { ...form, roles: before.roles, version: before.version + 2 });
    expect(restored.status).toBe(200);
  });

  it('answers 404 for someone not in the directory and 400 for an address that is not one', async () => {
    const form = { name: 'Ghost', language: 'en', roles: [], version: 1 };
    expect((await editPerson('ghost@uni.example', form)).status).toBe(404);
    const bad = await editPerson('not-an-address', form);
    expect(bad.status).toBe(400);
    expect(bad.body.fields[0].path).toBe('email');
  });

  it('gives the university’s own roles only for the whole university, on that role’s scope field, and keeps the last administrator so', async () => {
    const me = (await personOf('admin@uni.example'))!;
    const { email: _e, updatedAt: _u, ...mine } = me;
    // The only administrator narrowed to one faculty: refused, not saved as a faculty admin with full powers.
    const narrowed = await editPerson('admin@uni.example', { ...mine, roles: [{ role: 'admin', scope: { type: 'faculty', faculty: 'economics' } }] });
    expect(narrowed.status).toBe(400);
    expect(narrowed.body.fields).toEqual([{ path: 'roles.0.scope', message: 'This role is held for the whole university' }]);
    expect((await personOf('admin@uni.example'))!.version).toBe(me.version);
    const places = [{ type: 'faculty', faculty: 'economics' }, { type: 'department', faculty: 'physics', department: 'general-physics' }];
    const roles = ['international_office', 'legal', 'vice_rector', 'rector'].flatMap((role) => places.map((scope) => ({ role, scope })));
    const added = await addPerson({ email: 'narrow@uni.example', name: 'Narrow Roles', roles });
    expect(added.status).toBe(400);
    expect(added.body.fields.map((f: Json) => f.path)).toEqual(roles.map((_, i) => `roles.${i}.scope`));
    // The roles a faculty or department gives stay free to be given there.
    const submitter = await addPerson({ email: 'submitter.economics@uni.example', name: 'Economics Submitter', roles: [{ role: 'submitter', scope: { type: 'faculty', faculty: 'economics' } }] });
    expect(submitter.status).toBe(201);
  });

  it('lets only administrators write', async () => {
    const res = await addPerson({ email: 'x@uni.example', name: 'X', roles: [] }, iro);
    expect(res.status).toBe(403);
    expect((await editPerson('legal@uni.example', { name: 'X', roles: [], version: 1 }, faculty)).status).toBe(403);
  });

  it('never leaves the university without an administrator, even when two demote each other at once', async () => {
    const me = (await personOf('admin@uni.example'))!;
    const { email: _e, ...mine } = me;
    const alone = await editPerson('admin@uni.example', { ...mine, roles: [] });
    expect(alone.status).toBe(409);
    expect(alone.body.error).toBe('last_admin');

    const second = await addPerson({ email: 'admin2@uni.example', name: 'Second Admin', roles: [{ role: 'admin', scope: { type: 'university' } }] });
    expect(second.status).toBe(201);
    const cookie2 = await h.signIn('admin2@uni.example');
    const [a, b] = await Promise.all([
      editPerson('admin2@uni.example', { name: 'Second Admin', language: 'en', roles: [], version: 1 }),
      editPerson('admin@uni.example', { ...mine, roles: [] }, cookie2),
    ]);
    // One demotion lands. The other is refused: as the last administrator's (409 last_admin) when
    // both were read together, or as no longer an administrator's (403) when the first had landed
    // before the second was even authorised. Either way, never both.
    const loser = a.status === 200 ? b : a;
    expect([a.status, b.status]).toContain(200);
    expect(loser.status === 409 ? loser.body.error : loser.status).toBe(loser.status === 409 ? 'last_admin' : 403);
    const admins = ((await peopleList(iro)).body as unknown as Json[]).filter((p) => p.roles.some((r: Json) => r.role === 'admin'));
    expect(admins).toHaveLength(1);
    // Put things back for the other tests: whoever is left gives admin@ the role again.
    const survivor = admins[0]!;
    if (survivor.email !== 'admin@uni.example') {
      // admin@ is not an administrator now: read and write as the one who is.
      const fresh = ((await peopleList(cookie2)).body as unknown as Json[]).find((p) => p.email === 'admin@uni.example')!;
      const { email: _x, updatedAt: _u, ...form } = fresh;
      expect((await editPerson('admin@uni.example', { ...form, roles: me.roles }, cookie2)).status).toBe(200);
      // admin2@ is then the one to step down, as the other outcome would have left it.
      expect((await editPerson('admin2@uni.example', { name: 'Second Admin', language: 'en', roles: [], version: 1 }, admin)).status).toBe(200);
    }
  });
});

describe('approval chains', () => {
  it('shows both chains with the places where a step finds nobody', async () => {
    const list = await chainList(iro);
    expect(list.status).toBe(200);
    expect((list.body as unknown as Json[]).map((c) => c.kind)).toEqual(['nomination', 'memorandum']);
    const nomination = (list.body as unknown as Json[])[0]!;
    expect(nomination.version).toBeGreaterThanOrEqual(1);
    // Theoretical physics has no head in the demo directory.
    expect(nomination.gaps).toContainEqual(expect.objectContaining({ stepIndex: 0, role: 'head_of_department', missing: expect.arrayContaining([{ faculty: 'physics', department: 'theoretical-physics' }]) }));
    expect((await chainList(faculty)).status).toBe(403);
  });

  it('refuses a step nobody could resolve, on that step’s field, and saves nothing', async () => {
    const chain = await chainOf('nomination');
    const steps = [...chain.steps, step('rector', 'rector', 'faculty')];
    const res = await saveChain('nomination', { steps, version: chain.version });
    expect(res.status).toBe(400);
    expect(res.body.fields).toEqual([{ path: `steps.${steps.length - 1}.scope`, message: 'Nobody holds this role at this level; choose the level it is given at' }]);
    const memo = await chainOf('memorandum');
    const dept = await saveChain('memorandum', { steps: [step('dept', 'head_of_department', 'department'), ...memo.steps], version: memo.version });
    expect(dept.status).toBe(400);
    expect(dept.body.fields[0]).toEqual({ path: 'steps.0.scope', message: 'A memorandum has no department; choose faculty or university' });
    // The dean at faculty level asked again as a last step: refused on that later step.
    const twice = await saveChain('nomination', { steps: [...chain.steps, step('dean-again', 'dean', 'faculty')], version: chain.version });
    expect(twice.status).toBe(400);
    expect(twice.body.fields).toEqual([{ path: `steps.${chain.steps.length}.role`, message: 'An earlier step already asks this role at this level' }]);
    expect((await chainOf('nomination')).version).toBe(chain.version);
  });

  it('saves a valid chain one version on; new submissions follow it; a stale save is a 409 with the chain', async () => {
    const memo = await chainOf('memorandum');
    // Legal first now.
    const steps = [...memo.steps].sort((a: Json, b: Json) => (a.role === 'legal' ? -1 : b.role === 'legal' ? 1 : 0));
    const saved = await saveChain('memorandum', { steps, version: memo.version });
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ kind: 'memorandum', version: memo.version + 1, gaps: [] });
    expect(saved.body.steps[0].role).toBe('legal');

    const stale = await saveChain('memorandum', { steps: memo.steps, version: memo.version });
    expect(stale.status).toBe(409);
    expect(stale.body.error).toBe('chain_changed');
    expect(stale.body.chain.version).toBe(memo.version + 1);

    const before = (await h.emailsTo('legal@uni.example')).length;
    const submitted = await answer(await h.post('/api/agreements', memorandumBody(), { cookie: faculty }));
    expect(submitted.status).toBe(201);
    expect(submitted.body.review.steps[0].role).toBe('legal');
    await h.settle();
    const toLegal = await h.emailsTo('legal@uni.example');
    expect(toLegal.length).toBe(before + 1);
    expect(toLegal.at(-1)!.body.text).toContain(submitted.body.reference);
  });

  it('answers 404 for a kind of chain that does not exist and 403 to non-administrators', async () => {
    const chain = await chainOf('nomination');
    expect((await saveChain('travel', { steps: chain.steps, version: 1 })).status).toBe(404);
    expect((await saveChain('nomination', { steps: chain.steps, version: chain.version }, iro)).status).toBe(403);
  });
});

describeBadInput(
  () => h,
  [
    { name: '/api/people', method: 'POST', path: () => '/api/people', valid: () => exampleOf(PersonInputSchema), cookie: () => admin },
    { name: '/api/people/:email', method: 'PUT', path: () => '/api/people/rector%40uni.example', valid: () => exampleOf(PersonUpdateSchema), cookie: () => admin },
    { name: '/api/chains/:kind', method: 'PUT', path: () => '/api/chains/nomination', valid: () => exampleOf(ChainUpdateSchema), cookie: () => admin },
  ],
);
