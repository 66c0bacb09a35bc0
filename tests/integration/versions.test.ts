/**
 * Versions of an agreement after approval: a change that is not material is a new version at
 * once; a change of conditions or dates is an amendment through the chain while the approved
 * version stays in force; every version is kept and any two can be compared field by field.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeBadInput } from '../support/bad-input';
import { approveSteps } from '../support/chains';
import { startHarness, type Harness } from '../support/harness';

type Content = { partnerId: string; summary: string; cooperationConditions: { mobilitiesPerYear: number }[]; endDate: string | null } & Record<string, unknown>;
type Agreement = { id: string; reference: string; status: string; content: Content; contentVersion?: number; pendingAmendment?: string; amends?: string };

const ID = 'agr-osh-2024';

let h: Harness;
let iro: string;
let faculty: string;

beforeAll(async () => {
  h = await startHarness('versions');
  iro = await h.signIn('iro@uni.example');
  faculty = await h.signIn('faculty@uni.example');
});
afterAll(() => h?.stop());

const read = async (): Promise<Agreement> => (await (await h.get(`/api/agreements/${ID}`, { cookie: iro })).json()) as Agreement;
const change = (content: Content, cookie = iro, note?: string) => h.post(`/api/agreements/${ID}/changes`, { content, ...(note ? { note } : {}) }, { cookie });
const strip = ({ partnerId, kind, scope, cooperationConditions, startDate, endDate, coordinator, initiatingFaculty, summary }: Content & Record<string, any>) =>
  ({ partnerId, kind, scope, cooperationConditions, startDate, endDate, coordinator, initiatingFaculty, summary }) as Content;

describe('changing an agreement in force', () => {
  let amendmentId: string;

  it('writes a new version at once when neither conditions nor dates change', async () => {
    const current = await read();
    expect(current.contentVersion).toBe(1);

    const res = await change({ ...strip(current.content), summary: 'Student and staff exchange in physics and chemistry.' }, iro, 'Chemistry joins.');

    expect(res.status).toBe(200);
    const body = (await res.json()) as { applied: boolean; agreement: Agreement };
    expect(body.applied).toBe(true);
    expect(body.agreement).toMatchObject({ contentVersion: 2, status: 'active', content: { summary: 'Student and staff exchange in physics and chemistry.' } });
    const versions = (await (await h.get(`/api/agreements/${ID}/versions`, { cookie: faculty })).json()) as { number: number; how: string; changes: { path: string }[]; note?: string }[];
    expect(versions.map((v) => [v.number, v.how])).toEqual([[1, 'imported'], [2, 'edited']]);
    expect(versions[1]).toMatchObject({ note: 'Chemistry joins.', changes: [{ path: 'summary' }] });
  });

  it('sends a change of places through the chain as an amendment, and the approved version stays in force', async () => {
    const current = await read();
    const content = strip(current.content);
    content.cooperationConditions = content.cooperationConditions.map((c, i) => (i === 0 ? { ...c, mobilitiesPerYear: 7 } : c));

    const res = await change(content);

    expect(res.status).toBe(202);
    const body = (await res.json()) as { applied: boolean; amendment: Agreement };
    expect(body.applied).toBe(false);
    expect(body.amendment).toMatchObject({ status: 'in_review', amends: ID });
    amendmentId = body.amendment.id;
    const after = await read();
    expect(after).toMatchObject({ status: 'active', contentVersion: 2, pendingAmendment: amendmentId });
    expect(after.content.cooperationConditions[0]!.mobilitiesPerYear).toBe(5);
  });

  it('refuses a second amendment while one is in review, a change of partner, an empty change and a faculty member', async () => {
    const content = strip((await read()).content);
    const another = { ...content, endDate: '2030-08-31' };
    const pending = await change(another);
    expect(pending.status).toBe(409);
    expect(((await pending.json()) as { error: string; amendmentId: string })).toMatchObject({ error: 'amendment_pending', amendmentId });
    expect((await change({ ...content, partnerId: 'wuhan-university-of-science-and-technology' })).status).toBe(400);
    expect((await change(content)).status).toBe(400);
    expect((await change({ ...content, summary: 'Mine now.' }, faculty)).status).toBe(403);
  });

  it('applies the amendment as the next version when its chain approves it, with a field-by-field diff', async () => {
    expect((await approveSteps(h, 'memorandum', amendmentId)).status).toBe('approved');

    const after = await read();
    expect(after.contentVersion).toBe(3);
    expect(after.pendingAmendment).toBeUndefined();
    expect(after.content.cooperationConditions[0]!.mobilitiesPerYear).toBe(7);
    const diff = (await (await h.get(`/api/agreements/${ID}/versions/1/diff/3`, { cookie: iro })).json()) as { changes: { path: string; from: unknown; to: unknown }[] };
    expect(diff.changes).toEqual(
      expect.arrayContaining([
        { path: 'cooperationConditions.0.mobilitiesPerYear', from: 5, to: 7 },
        expect.objectContaining({ path: 'summary', to: 'Student and staff exchange in physics and chemistry.' }),
      ]),
    );
    const places = (await (await h.get(`/api/agreements/${ID}/places`, { cookie: iro })).json()) as { sender: string; type: string; planned: number }[];
    expect(places.filter((p) => p.sender === 'home' && p.type === 'student_studies').every((p) => p.planned === 7)).toBe(true);
    const versions = (await (await h.get(`/api/agreements/${ID}/versions`, { cookie: iro })).json()) as { number: number; how: string; amendment?: { id: string } }[];
    expect(versions.at(-1)).toMatchObject({ number: 3, how: 'amendment', amendment: { id: amendmentId } });
    await h.waitForEmail((e) => e.subject.startsWith('New version in force') && e.subject.includes('AGR-2024-0003'), 'the new version’s notice');
  });

  it('refuses to sign, terminate or renew the approved amendment itself: the agreement it amends is the one', async () => {
    const sign = await h.post(`/api/agreements/${amendmentId}/signatures`, { party: 'home', date: '2026-11-20', signatoryName: 'Rustam Nazarov', signatoryPosition: 'Rector' }, { cookie: iro });
    const end = await h.post(`/api/agreements/${amendmentId}/termination`, { reason: 'Wrong item.', noticeDate: '2026-11-20', effectiveDate: '2027-12-31' }, { cookie: iro });
    const renew = await h.post(`/api/agreements/${amendmentId}/renewal`, {}, { cookie: iro });
    for (const res of [sign, end, renew]) {
      expect(res.status).toBe(409);
      expect((await res.json()) as Record<string, unknown>).toMatchObject({ error: 'is_amendment', amends: ID });
    }
  });

  it('answers a version that does not exist with 404 and a version number that is not one with 400', async () => {
    expect((await h.get(`/api/agreements/${ID}/versions/1/diff/9`, { cookie: iro })).status).toBe(404);
    expect((await h.get(`/api/agreements/${ID}/versions/0/diff/2`, { cookie: iro })).status).toBe(400);
    expect((await h.get(`/api/agreements/${ID}/versions/x_1/diff/2`, { cookie: iro })).status).toBe(400);
    expect((await h.get('/api/agreements/no-such/versions', { cookie: iro })).status).toBe(404);
  });
});

describe('an agreement’s programmes, research areas and laboratories', () => {
  it('are recorded as a new version at once (they move no places), kept as given, and a made-up ISCED-F code is refused on its field', async () => {
    const current = await read();
    const programme = { name: 'Physics and Materials Science (double degree)', field: '0533', eqfLevel: 7, degreeHome: 'Master of Physics', degreePartner: 'Master of Materials Science', placesPerYear: 3 };
    const content = { ...strip(current.content), scope: ['student_exchange', 'joint_programmes', 'joint_curricula'], degreeProgrammes: [programme], researchAreas: ['0533', 'thin films'], jointLaboratories: ['Laboratory of thin films'] };

    const bad = await change({ ...content, degreeProgrammes: [{ ...programme, field: '0599' }], researchAreas: ['0618'] } as Content);
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { fields: { path: string }[] }).fields.map((f) => f.path).sort()).toEqual(['content.degreeProgrammes.0.field', 'content.researchAreas.0']);

    const res = await change(content as Content);
    expect(res.status, await res.clone().text()).toBe(200);
    const body = (await res.json()) as { applied: boolean; agreement: Agreement };
    expect(body.applied).toBe(true);
    expect(body.agreement.content).toMatchObject({ degreeProgrammes: [programme], researchAreas: ['0533', 'thin films'], jointLaboratories: ['Laboratory of thin films'] });
    const versions = (await (await h.get(`/api/agreements/${ID}/versions`, { cookie: iro })).json()) as { how: string; changes: { path: string }[] }[];
    expect(versions.at(-1)!.how).toBe('edited');
    expect(versions.at(-1)!.changes.map((c) => c.path)).toEqual(['degreeProgrammes', 'jointLaboratories', 'researchAreas', 'scope']);
  });
});

describeBadInput(() => h, [
  {
    name: '/api/agreements/:id/changes',
    method: 'POST',
    cookie: () => iro,
    path: () => `/api/agreements/${ID}/changes`,
    valid: () => ({ content: { partnerId: 'osh-state-university', kind: 'academic_mobility_agreement', scope: ['student_exchange'], cooperationConditions: [], startDate: '2024-09-01', endDate: '2029-08-31', coordinator: { name: 'Nodira Alimova', email: 'iro@uni.example' }, initiatingFaculty: 'physics', summary: 'x' }, note: 'n' }),
  },
]);
