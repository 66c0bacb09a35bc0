/**
 * Places never overbook: the final approval of a nomination takes a place from its agreement in
 * the approval's own transaction, conditional on one being free. Against DynamoDB Local, with the
 * real API; the chain's earlier steps are decided through links issued directly (the emails that
 * carry them are covered by the story test), the race itself through the decide route.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSeed } from '../../infra/local/seed';
import { mobilityFactsOf } from '../../functions/lib/db/facts';
import { approve, approveSteps, linkFor } from '../support/chains';
import { nominationBody, startHarness, type Harness } from '../support/harness';

const AGREEMENT = 'agr-three-places';
const YEAR = '2027/2028';

let h: Harness;
let faculty: string;

beforeAll(async () => {
  const seed = loadSeed();
  const osh = seed.agreements.find((a) => a.id === 'agr-osh-2024')!;
  // An agreement with exactly 3 outgoing student places a year (and none for staff).
  seed.agreements.push({
    ...osh,
    id: AGREEMENT,
    reference: 'AGR-2024-0099',
    content: { ...osh.content, cooperationConditions: [{ ...osh.content.cooperationConditions[0]!, mobilitiesPerYear: 3, academicYears: [] }] },
  });
  h = await startHarness('places', {}, { seed });
  faculty = await h.signIn('faculty@uni.example');
});
afterAll(() => h?.stop());

const nominee = (i: number) => ({ ...(nominationBody().nominee as object), name: `Student ${i}`, email: `student${i}@student.uni.example` });

async function submit(i: number, overrides: Record<string, unknown> = {}): Promise<{ id: string; reference: string; places: { planned: number; used: number; left: number } }> {
  const res = await h.post('/api/nominations', nominationBody({ agreementId: AGREEMENT, academicYear: YEAR, nominee: nominee(i), ...overrides }), { cookie: faculty });
  expect(res.status).toBe(201);
  return res.json() as never;
}

/** Through the first three steps, up to the vice-rector's final decision. */
const toFinalStep = (id: string) => approveSteps(h, 'nomination', id, { to: 3 });

async function placesRow() {
  const res = await h.get(`/api/agreements/${AGREEMENT}/places`, { cookie: faculty });
  expect(res.status).toBe(200);
  const rows = (await res.json()) as { academicYear: string; sender: string; type: string; planned: number; used: number; left: number; overridden: number }[];
  return rows.find((r) => r.academicYear === YEAR && r.sender === 'home' && r.type === 'student_studies')!;
}

describe('the places of an agreement', () => {
  const ids: string[] = [];
  const links: { token: string; snapshotHash: string }[] = [];
  let answers: Response[] = [];

  it('are shown to the submitter as a warning, not a block, while the nomination is in review', async () => {
    const n = await submit(0);
    ids.push(n.id);

    expect(n.places).toMatchObject({ academicYear: YEAR, sender: 'home', type: 'student_studies', planned: 3, used: 0, left: 3 });
  });

  it('are taken by exactly 3 of 20 final approvals sent at once: 17 are refused with 409, and the ledger says 3', async () => {
    // Prepare: 20 nominations waiting on the vice-rector's final approval.
    // Each nomination's chain is walked in order, the 20 side by side (they share no items
    // until the final step).
    ids.push(...(await Promise.all(Array.from({ length: 19 }, async (_, i) => (await submit(i + 1)).id))));
    await Promise.all(ids.map((id) => toFinalStep(id)));
    links.push(...(await Promise.all(ids.map((id) => linkFor(h, 'nomination', id, 3)))));

    // Act: every final approval at the same moment.
    answers = await Promise.all(links.map((link) => approve(h, link)));

    // Assess
    const statuses = answers.map((r) => r.status);
    expect(statuses.filter((s) => s === 200)).toHaveLength(3);
    expect(statuses.filter((s) => s === 409)).toHaveLength(17);
    const refusals = await Promise.all(answers.filter((r) => r.status === 409).map((r) => r.json() as Promise<{ error: string; planned: number; used: number }>));
    expect(new Set(refusals.map((r) => r.error))).toEqual(new Set(['no_place_left']));
    expect(refusals[0]).toMatchObject({ planned: 3, used: 3 });
    expect(await placesRow()).toMatchObject({ planned: 3, used: 3, left: 0 });
    const states = await Promise.all(ids.map(async (id) => ((await (await h.get(`/api/nominations/${id}`, { cookie: faculty })).json()) as { status: string; place?: unknown }).status));
    expect(states.filter((s) => s === 'approved')).toHaveLength(3);
    expect(states.filter((s) => s === 'in_review')).toHaveLength(17);
    // The report facts moved with exactly the 3 approvals that committed, once each.
    const facts = (await mobilityFactsOf(h.deps.db, [2027])).filter((f) => f.agreement === AGREEMENT);
    expect(facts).toHaveLength(20);
    expect(facts.filter((f) => f.status === 'approved' && f.holdsPlace)).toHaveLength(3);
    expect(facts.filter((f) => f.status === 'in_review' && !f.holdsPlace)).toHaveLength(17);
    // 20 nominations each taken through three steps: more time than the suite's default for a
    // machine with other work.
  }, 240_000);

  it('get one back when an approved nomination is withdrawn', async () => {
    const approved = ids.filter((_, i) => answers[i]!.status === 200);

    const res = await h.post(`/api/nominations/${approved[0]}/withdraw`, { reason: 'The student took an internship instead.' }, { cookie: faculty });

    expect(res.status).toBe(200);
    expect(((await res.json()) as { status: string }).status).toBe('withdrawn');
    expect(await placesRow()).toMatchObject({ used: 2, left: 1 });
  });

  it('let a refused approval through once a place is free, with the same link', async () => {
    const refused = ids.findIndex((_, i) => answers[i]!.status === 409);

    const res = await approve(h, links[refused]!);

    expect(res.status).toBe(200);
    expect(await placesRow()).toMatchObject({ used: 3, left: 0 });
  });

  it('can be exceeded only by the international office, with a reason, and the excess is counted as overridden', async () => {
    const refused = ids.findIndex((id, i) => answers[i]!.status === 409 && i !== ids.findIndex((_, j) => answers[j]!.status === 409));
    const id = ids[refused]!;

    expect((await h.post(`/api/nominations/${id}/quota-override`, { reason: 'Extra place agreed by the partner.' }, { cookie: faculty })).status).toBe(403);
    const iro = await h.signIn('iro@uni.example');
    const noReason = await h.post(`/api/nominations/${id}/quota-override`, { reason: '  ' }, { cookie: iro });
    expect(noReason.status).toBe(400);
    const override = await h.post(`/api/nominations/${id}/quota-override`, { reason: 'Extra place agreed by the partner.' }, { cookie: iro });
    expect(override.status).toBe(200);

    expect((await approve(h, links[refused]!)).status).toBe(200);
    expect(await placesRow()).toMatchObject({ used: 4, overridden: 1, left: -1 });
    const history = ((await (await h.get(`/api/nominations/${id}`, { cookie: iro })).json()) as { history: { type: string; reason?: string; actor?: { email: string } }[] }).history;
    expect(history).toContainEqual(expect.objectContaining({ type: 'quota_overridden', reason: 'Extra place agreed by the partner.', actor: expect.objectContaining({ email: 'iro@uni.example' }) }));
  });

  it('are given back when the partner declines, and the decline needs a reason', async () => {
    const iro = await h.signIn('iro@uni.example');
    const approved = (
      await Promise.all(ids.map(async (id) => ({ id, status: ((await (await h.get(`/api/nominations/${id}`, { cookie: iro })).json()) as { status: string }).status })))
    ).filter((n) => n.status === 'approved');
    const before = (await placesRow()).used;

    expect((await h.post(`/api/nominations/${approved[0]!.id}/partner-response`, { accepted: false }, { cookie: iro })).status).toBe(400);
    const declined = await h.post(`/api/nominations/${approved[0]!.id}/partner-response`, { accepted: false, reason: 'No supervisor this semester.' }, { cookie: iro });
    expect(declined.status).toBe(200);
    expect(((await declined.json()) as { status: string }).status).toBe('declined_by_partner');
    expect((await placesRow()).used).toBe(before - 1);

    const accepted = await h.post(`/api/nominations/${approved[1]!.id}/partner-response`, { accepted: true }, { cookie: iro });
    expect(accepted.status).toBe(200);
    expect((await placesRow()).used).toBe(before - 1); // an acceptance keeps its place
    const again = await h.post(`/api/nominations/${approved[1]!.id}/partner-response`, { accepted: true }, { cookie: iro });
    expect(again.status).toBe(409);

    // The certificate: an uploaded document of the nomination, filed by the office.
    const dates = { actualStartDate: '2026-02-02', actualEndDate: '2026-06-26' };
    const missing = await h.post(`/api/nominations/${approved[1]!.id}/completion`, { ...dates, certificateDocumentId: 'no-such-document' }, { cookie: iro });
    expect(missing.status).toBe(400);
    const pdf = new TextEncoder().encode('%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n');
    const issued = (await (await h.post(`/api/nominations/${approved[1]!.id}/documents`, { kind: 'certificate', fileName: 'certificate.pdf', contentType: 'application/pdf', size: pdf.byteLength }, { cookie: iro })).json()) as {
      document: { id: string };
      upload: { url: string; headers: Record<string, string> };
    };
    expect((await fetch(issued.upload.url, { method: 'PUT', headers: issued.upload.headers, body: pdf })).status).toBe(200);
    expect((await h.post(`/api/nominations/${approved[1]!.id}/documents/${issued.document.id}/complete`, {}, { cookie: iro })).status).toBe(200);

    const done = await h.post(`/api/nominations/${approved[1]!.id}/completion`, { ...dates, certificateDocumentId: issued.document.id }, { cookie: iro });
    expect(done.status).toBe(200);
    expect((await done.json()) as { status: string; completion: { certificateDocumentId: string } }).toMatchObject({ status: 'completed', completion: { certificateDocumentId: issued.document.id } });
  });

  it('are the international office’s to handle: it lists every nomination, a faculty member only their own', async () => {
    const iro = await h.signIn('iro@uni.example');
    const officeList = (await (await h.get('/api/nominations', { cookie: iro })).json()) as { id: string }[];
    expect(officeList.map((n) => n.id)).toEqual(expect.arrayContaining(ids));
    const legal = await h.signIn('legal@uni.example');
    expect((await (await h.get('/api/nominations', { cookie: legal })).json()) as unknown[]).toEqual([]);
  });

  it('refuse a final approval where the agreement plans no place at all for that mobility', async () => {
    const staff = await submit(99, { nominee: { ...nominee(99), role: 'academic_staff', studyLevel: 'none' }, mobilityType: 'teaching' });
    expect(staff.places).toMatchObject({ type: 'staff_teaching', planned: 0, left: 0 });
    await toFinalStep(staff.id);
    const link = await linkFor(h, 'nomination', staff.id, 3);

    const res = await approve(h, link);

    expect(res.status).toBe(409);
    expect(((await res.json()) as { error: string }).error).toBe('no_place_left');
  });

  it('let a virtual guest lecture through with no place planned, taking none, and count it as virtual', async () => {
    // Prepare: the agreement plans no staff teaching place, and the student places are all taken.
    const before = await placesRow();
    const lecture = { nominee: { ...nominee(98), role: 'academic_staff', studyLevel: 'none' }, mobilityType: 'teaching', period: 'short_term', format: 'virtual', plannedStartDate: '2027-10-06', plannedEndDate: '2027-10-08', staffHours: 6, subject: 'Semiconductor physics' };
    const n = await submit(98, lecture);
    await toFinalStep(n.id);
    const link = await linkFor(h, 'nomination', n.id, 3);

    // Act
    const res = await approve(h, link);

    // Assess
    expect(n.places).toBeNull(); // the answer says "no places to count" as null
    expect(res.status).toBe(200);
    const saved = (await (await h.get(`/api/nominations/${n.id}`, { cookie: faculty })).json()) as { status: string; place?: unknown; content: Record<string, unknown> };
    expect(saved).toMatchObject({ status: 'approved', content: { format: 'virtual', staffHours: 6, subject: 'Semiconductor physics', plannedStartDate: '2027-10-06' } });
    expect(saved.place).toBeUndefined();
    expect(await placesRow()).toEqual(before);
    const fact = (await mobilityFactsOf(h.deps.db, [2027])).find((f) => f.id === n.id);
    expect(fact).toMatchObject({ format: 'virtual', holdsPlace: false, plannedStart: '2027-10-06', plannedEnd: '2027-10-08', months: 0.1 });
  });

  it('refuse dates outside the period and a physical part on a mobility that is not blended, each on its field', async () => {
    const res = await h.post(
      '/api/nominations',
      nominationBody({ agreementId: AGREEMENT, academicYear: YEAR, nominee: nominee(97), plannedStartDate: '2028-03-01', plannedEndDate: '2028-06-30', physicalStartDate: '2028-03-01', physicalEndDate: '2028-03-10' }),
      { cookie: faculty },
    );
    expect(res.status).toBe(400);
    const body = (await res.json()) as { fields: { path: string; message: string }[] };
    expect(body.fields).toEqual(
      expect.arrayContaining([
        { path: 'plannedStartDate', message: 'Must be between 2027-08-01 and 2027-12-31 for this period' },
        { path: 'physicalStartDate', message: 'Only a blended mobility has a physical part’s dates' },
      ]),
    );
  });
});

describe('the demo’s agreement with ENU (AGR-2026-0006)', () => {
  it('plans 22 ENU students a year with us, 10 of ours there and 3 teaching visits each way, in every academic year it is in force', async () => {
    // Act
    const res = await h.get('/api/agreements/agr-enu-2026/places', { cookie: faculty });

    // Assess: five academic years (September 2026 to August 2031), four cells each, nothing used.
    expect(res.status).toBe(200);
    const rows = (await res.json()) as { academicYear: string; sender: string; type: string; planned: number; used: number }[];
    const years = ['2026/2027', '2027/2028', '2028/2029', '2029/2030', '2030/2031'];
    expect(rows.map((r) => [r.academicYear, r.sender, r.type, r.planned, r.used])).toEqual(
      years.flatMap((y) => [
        [y, 'home', 'staff_teaching', 3, 0],
        [y, 'home', 'student_studies', 10, 0],
        [y, 'partner', 'staff_teaching', 3, 0],
        [y, 'partner', 'student_studies', 22, 0],
      ]),
    );
  });

  it('takes an incoming ENU student’s nomination, with its places shown', async () => {
    // Act
    const n = await submit(90, { direction: 'incoming', partnerId: 'enu-gumilyov', agreementId: 'agr-enu-2026' });

    // Assess
    expect(n.places).toMatchObject({ academicYear: YEAR, sender: 'partner', type: 'student_studies', planned: 22, used: 0, left: 22 });
  });
});
