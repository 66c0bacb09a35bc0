/**
 * A change of roles reaches the approval steps waiting on them, against the real local services:
 * an approver whose role is taken away can no longer decide with their link (and nothing is
 * recorded), the step waits, the administrators are told when nobody holds the role, and whoever
 * is given it is sent a link that works. Issue 14, hole 2.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getLink } from '../../functions/lib/db/links';
import { readPersonRecord, replacePerson } from '../../functions/lib/db/people';
import { getSubmission, listEvents } from '../../functions/lib/db/submissions';
import { tokenHash } from '../../functions/lib/links';
import { reresolveAfterRoleChange } from '../../functions/lib/services/approvers';
import { referenceCache } from '../../functions/lib/db/directory';
import { scopeKey } from '../../shared/scopes';
import { nominationBody, startHarness, to, tokenFrom, type Harness } from '../support/harness';

let h: Harness;
let admin: string;
let faculty: string;

beforeAll(async () => {
  h = await startHarness('role-changes');
  [admin, faculty] = await Promise.all([h.signIn('admin@uni.example'), h.signIn('faculty@uni.example')]);
});
afterAll(() => h?.stop());

type Json = Record<string, any>;
const answer = async (res: Response) => ({ status: res.status, body: (await res.json()) as Json });
const HEAD = 'head.physics@uni.example';
const GENERAL_PHYSICS = { type: 'department', faculty: 'physics', department: 'general-physics' };

async function submitNomination(): Promise<{ id: string; reference: string }> {
  const res = await answer(await h.post('/api/nominations', nominationBody(), { cookie: faculty }));
  expect(res.status).toBe(201);
  return res.body as { id: string; reference: string };
}

/** The approval links sent to `address` about `reference`, oldest first. */
async function actionMails(address: string, reference: string) {
  return (await h.emails()).filter((e) => to(address)(e) && e.subject.includes(reference) && /\/act#t=/.test(e.body.text ?? ''));
}

async function linkFor(address: string, reference: string): Promise<string> {
  await expect.poll(async () => (await actionMails(address, reference)).length, { timeout: 15_000 }).toBeGreaterThan(0);
  return tokenFrom((await actionMails(address, reference)).at(-1)!, 'act');
}

async function personForm(email: string): Promise<Json> {
  const list = (await answer(await h.get('/api/people', { cookie: admin }))).body as unknown as Json[];
  const { email: _e, updatedAt: _u, ...form } = list.find((p) => p.email === email)!;
  return form;
}

const previewOf = async (token: string) => answer(await h.post('/api/actions/preview', { token }));
const decideWith = async (token: string, snapshotHash: string, decision = 'approve') => answer(await h.post('/api/actions/decide', { token, decision, snapshotHash }));

describe('a role taken away from a pending approver', () => {
  it('refuses their link at once, records nothing, tells the administrators when nobody holds the role, and sends whoever is given it a link that works', async () => {
    // Prepare: a nomination waiting on the head of General Physics, whose link previews with choices.
    const n = await submitNomination();
    const oldLink = await linkFor(HEAD, n.reference);
    const shown = await previewOf(oldLink);
    expect(shown.body.choices).toHaveLength(3);
    const before = await getSubmission(h.deps.db, 'nomination', n.id);

    // Act: the administrator takes the role away.
    const form = await personForm(HEAD);
    const edited = await answer(await h.fetchPut(`/api/people/${encodeURIComponent(HEAD)}`, { ...form, roles: [] }, admin));
    expect(edited.status).toBe(200);
    const refused = await decideWith(oldLink, shown.body.snapshotHash);

    // Assess: refused (the directory check, or the step already re-resolved by then), and nothing recorded.
    expect(refused.status).toBe(410);
    expect(refused.body).toMatchObject({ error: 'approver_changed', role: 'head_of_department', freshLink: false });
    expect(refused.body.message).toMatch(/no longer hold the role this step needs/);
    expect((await getLink(h.deps.db, tokenHash(oldLink)))?.usedAt).toBeUndefined();
    await h.settle();
    const after = await getSubmission(h.deps.db, 'nomination', n.id);
    expect(after!.review!.stepIndex).toBe(before!.review!.stepIndex);
    expect(after!.review!.steps[0]!.approvers).toEqual([]); // nobody to decide: the step waits
    expect(after!.status).toBe('in_review');
    const events = await listEvents(h.deps.db, 'nomination', n.id);
    expect(events.filter((e) => e.type === 'decided')).toEqual([]);
    expect(events.at(-1)).toMatchObject({ type: 'approvers_changed', removed: [{ email: HEAD }], added: [], pending: [] });

    // The administrators are told, never a silent skip.
    const toAdmin = await h.waitForEmail((e) => to('admin@uni.example')(e) && e.subject.includes(n.reference) && /No approver/.test(e.subject), 'the no-approver notice');
    expect(toAdmin.body.text).toContain('Head of department');

    // The old link now says why on preview, and its page has no choices to offer.
    const gone = await previewOf(oldLink);
    expect(gone.status).toBe(410);
    expect(gone.body).toMatchObject({ error: 'approver_changed', waitingOn: [] });

    // Act: the role goes to someone new.
    const added = await answer(
      await h.post('/api/people', { email: 'new.head.physics@uni.example', name: 'Laylo Saidova', faculty: 'physics', department: 'general-physics', roles: [{ role: 'head_of_department', scope: GENERAL_PHYSICS }] }, { cookie: admin }),
    );
    expect(added.status).toBe(201);

    // Assess: the new head gets a link, and it decides.
    const newLink = await linkFor('new.head.physics@uni.example', n.reference);
    const preview = await previewOf(newLink);
    expect(preview.body.choices).toHaveLength(3);
    const decided = await decideWith(newLink, preview.body.snapshotHash);
    expect(decided.status).toBe(200);
    expect(decided.body).toMatchObject({ outcome: 'advanced', decidedBy: 'new.head.physics@uni.example' });
    // The old link stays refused, with whom the step waited on.
    expect((await decideWith(oldLink, preview.body.snapshotHash)).status).not.toBe(200);
  });

  it('takes the old approver off and asks the new holder in one step when the role changes hands', async () => {
    // Prepare: the new head of General Physics from the test before decides; the dean is next.
    const n = await submitNomination();
    const oldLink = await linkFor('new.head.physics@uni.example', n.reference);
    const shown = await previewOf(oldLink);

    // Act: the role goes back to the first head, and away from the second, in two edits.
    const first = await personForm(HEAD);
    expect((await h.fetchPut(`/api/people/${encodeURIComponent(HEAD)}`, { ...first, roles: [{ role: 'head_of_department', scope: GENERAL_PHYSICS }] }, admin)).status).toBe(200);
    const second = await personForm('new.head.physics@uni.example');
    expect((await h.fetchPut('/api/people/new.head.physics%40uni.example', { ...second, roles: [] }, admin)).status).toBe(200);
    await h.settle();

    // Assess: the old link is refused naming who the item now waits on; the head's new link decides.
    const refused = await decideWith(oldLink, shown.body.snapshotHash);
    expect(refused.status).toBe(410);
    expect(refused.body).toMatchObject({ error: 'approver_changed', waitingOn: [{ name: 'Bobur Karimov' }] });
    expect(refused.body.message).toContain('now waits on Bobur Karimov');
    expect((await getSubmission(h.deps.db, 'nomination', n.id))!.review!.steps[0]!.approvers.map((a) => a.email)).toEqual([HEAD]);
    const headLink = await linkFor(HEAD, n.reference);
    const preview = await previewOf(headLink);
    expect((await decideWith(headLink, preview.body.snapshotHash)).status).toBe(200);
  });

  it('refuses the link by the directory alone, before the steps are re-resolved', async () => {
    // Prepare: the role-holder item gone, but no re-resolution yet (what the moment before the stream consumer runs looks like).
    const n = await submitNomination();
    const link = await linkFor(HEAD, n.reference);
    const shown = await previewOf(link);
    const current = (await readPersonRecord(h.deps.db, HEAD))!;
    await replacePerson(h.deps.db, { ...current, roles: [], version: current.version + 1 }, current);

    // Act
    const refused = await decideWith(link, shown.body.snapshotHash);
    const preview = await previewOf(link);

    // Assess: the step still lists the head, yet the link decides nothing and previews no choices.
    expect(refused.status).toBe(410);
    expect(refused.body).toMatchObject({ error: 'approver_changed', role: 'head_of_department' });
    expect(preview.status).toBe(410);
    const after = await getSubmission(h.deps.db, 'nomination', n.id);
    expect(after!.review!.steps[0]!.approvers.map((a) => a.email)).toContain(HEAD);
    expect(after!.review!.stepIndex).toBe(0);
    expect((await getLink(h.deps.db, tokenHash(link)))?.usedAt).toBeUndefined();

    // The role back, the link decides again.
    await replacePerson(h.deps.db, { ...current, version: current.version + 2 }, { ...current, roles: [], version: current.version + 1 });
    expect((await decideWith(link, shown.body.snapshotHash)).status).toBe(200);
  });

  it('gives a nomination submitted a moment after the change to the new holder, whatever a warm function still remembers', async () => {
    // Prepare: the role goes from the head to a deputy. Then this process's reference cache is
    // made to hold the old head, as another warm function's cache still does for up to 30 s.
    const deputy = 'deputy.general@uni.example';
    const added = await answer(await h.post('/api/people', { email: deputy, name: 'Laylo Saidova', roles: [{ role: 'head_of_department', scope: GENERAL_PHYSICS }] }, { cookie: admin }));
    expect(added.status).toBe(201);
    const current = (await readPersonRecord(h.deps.db, HEAD))!;
    await replacePerson(h.deps.db, { ...current, roles: [], version: current.version + 1 }, current);
    referenceCache.set(`${h.config.tableName}|role|head_of_department|${scopeKey(GENERAL_PHYSICS as never)}`, [{ email: HEAD, name: current.name }]);
    try {
      // Act
      const n = await submitNomination();

      // Assess: the first step asks the deputy, who gets a link; the old head is not asked.
      const saved = await getSubmission(h.deps.db, 'nomination', n.id);
      expect(saved!.review!.steps[0]!.approvers.map((a) => a.email)).toEqual([deputy]);
      await linkFor(deputy, n.reference);
      expect(await actionMails(HEAD, n.reference)).toEqual([]);
    } finally {
      // Put things back for the other tests, through the API, so the open items are re-resolved to the head alone.
      expect((await h.fetchPut(`/api/people/${encodeURIComponent(HEAD)}`, { ...(await personForm(HEAD)), roles: current.roles }, admin)).status).toBe(200);
      expect((await h.fetchPut(`/api/people/${encodeURIComponent(deputy)}`, { ...(await personForm(deputy)), roles: [] }, admin)).status).toBe(200);
      await h.settle();
    }
  });

  it('changes nothing more when the same role change is handled again (a retried stream record)', async () => {
    // Prepare
    const n = await submitNomination();
    await linkFor(HEAD, n.reference);
    await h.settle();
    const before = await getSubmission(h.deps.db, 'nomination', n.id);
    const mails = (await h.emails()).length;

    // Act
    const moved = await reresolveAfterRoleChange(h.deps, {
      type: 'roles_changed',
      at: new Date().toISOString(),
      email: HEAD,
      name: 'Bobur Karimov',
      actor: { email: 'admin@uni.example', name: 'Malika Yusupova' },
      lost: [],
      gained: [{ role: 'head_of_department', scope: 'department:physics/general-physics' }],
    });
    await h.settle();

    // Assess
    expect(moved).toBe(0);
    expect(await getSubmission(h.deps.db, 'nomination', n.id)).toEqual(before);
    expect((await h.emails()).length).toBe(mails);
  });
});
