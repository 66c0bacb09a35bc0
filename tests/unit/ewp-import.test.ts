/**
 * A partner's IIA as our agreement: each kind of condition mapped with its direction, numbers,
 * fields, levels, languages and years; the term from the academic years; the scopes from the
 * kinds; and every field our agreement cannot hold listed with its value, never converted. The
 * partner's approval: recorded only for the hash our export computes.
 */
import { describe, expect, it } from 'vitest';
import { agreementOfIia, IiaNotMappableError } from '../../functions/lib/ewp/agreement-of-iia';
import type { Iia, MobilitySpec } from '../../functions/lib/ewp/iia';
import { iiaOfAgreement } from '../../functions/lib/ewp/iia-of-agreement';
import { readIias } from '../../functions/lib/ewp/iia-read';
import { compareIias } from '../../functions/lib/ewp/iia-compare';
import { MemorandumInputSchema, type Agreement, type Partner } from '../../shared/schemas';
import { recordEwpApproval } from '../../shared/workflow/ewp-approval';
import { readEwp } from '../support/ewp-reference';

const US = 'uni.example';
const THEM = 'kaznu.kz';

const spec = (s: Partial<MobilitySpec>): MobilitySpec => ({
  kind: 'student-studies',
  sendingHeiId: THEM,
  receivingHeiId: US,
  firstAcademicYear: '2027/2028',
  lastAcademicYear: '2028/2029',
  mobilitiesPerYear: 2,
  languages: [{ language: 'en', cefrLevel: 'B2' }],
  subjectAreas: [{ iscedF: '0533' }],
  eqfLevels: [6, 7],
  totalMonthsPerYear: 10,
  blended: false,
  ...s,
});

const iiaOf = (specs: MobilitySpec[], more: Partial<Iia> = {}): Iia => ({
  partners: [
    { heiId: THEM, iiaId: 'KZ-77', iiaCode: 'KazNU/2027/3', contacts: [] },
    { heiId: US, contacts: [] },
  ],
  inEffect: false,
  specs,
  ...more,
});

describe('agreementOfIia', () => {
  it('maps a student-studies spec from the partner as an incoming condition with months, fields, levels, languages and years', () => {
    const { part, unmapped } = agreementOfIia(iiaOf([spec({ blended: true })]), US);
    expect(part.cooperationConditions).toEqual([
      { type: 'student_studies', sender: 'partner', mobilitiesPerYear: 2, totalMonthsPerYear: 10, blended: true, subjectAreas: ['0533'], eqfLevels: [6, 7], languages: [{ code: 'en', level: 'B2' }], academicYears: ['2027/2028', '2028/2029'] },
    ]);
    expect(part).toMatchObject({ scope: ['student_exchange'], startDate: '2027-09-01', endDate: '2029-08-31' });
    expect(unmapped).toEqual([]);
  });

  it('maps a traineeship from us as outgoing, under internships', () => {
    const { part } = agreementOfIia(iiaOf([spec({ kind: 'student-traineeship', sendingHeiId: US, receivingHeiId: THEM, languages: [], eqfLevels: [] })]), US);
    expect(part.cooperationConditions[0]).toMatchObject({ type: 'student_traineeship', sender: 'home', totalMonthsPerYear: 10, languages: [] });
    expect(part.scope).toEqual(['internships']);
  });

  it('maps staff teaching and training under staff exchange, and names their days instead of converting them to months', () => {
    const staff = { eqfLevels: [], totalMonthsPerYear: undefined, blended: undefined, totalDaysPerYear: 8 };
    const { part, unmapped } = agreementOfIia(iiaOf([spec({ kind: 'staff-teacher', ...staff }), spec({ kind: 'staff-training', sendingHeiId: US, receivingHeiId: THEM, ...staff, totalDaysPerYear: 14 })]), US);
    expect(part.cooperationConditions.map((c) => [c.type, c.sender, c.totalMonthsPerYear])).toEqual([
      ['staff_teaching', 'partner', undefined],
      ['staff_training', 'home', undefined],
    ]);
    expect(part.scope).toEqual(['staff_exchange']);
    expect(unmapped).toEqual([
      { path: 'staff-teacher.partner-to-us.1.total-days-per-year', value: '8', reason: expect.stringMatching(/days/) },
      { path: 'staff-training.us-to-partner.1.total-days-per-year', value: '14', reason: expect.stringMatching(/days/) },
    ]);
  });

  it('lists what our conditions cannot hold with its value: units, free terms, clarifications, unknown fields, levels below 5, languages without a level', () => {
    const { part, unmapped } = agreementOfIia(
      iiaOf([
        spec({
          sendingOunitId: '140',
          otherInfoTerms: 'Tuition waived',
          subjectAreas: [{ iscedF: '0533', clarification: 'Solid state' }, { iscedF: '0537' }],
          eqfLevels: [4, 6],
          languages: [{ language: 'en' }, { language: 'en-GB', cefrLevel: 'B2' }, { language: 'ru', cefrLevel: 'B1' }],
        }),
      ]),
      US,
    );
    expect(part.cooperationConditions[0]).toMatchObject({ subjectAreas: ['0533'], eqfLevels: [6], languages: [{ code: 'ru', level: 'B1' }] });
    expect(unmapped.map((u) => [u.path.replace('student-studies.partner-to-us.1.', ''), u.value])).toEqual([
      ['recommended-language-skill', 'en'],
      ['recommended-language-skill', 'en-GB B2'],
      ['subject-area.isced-clarification', 'Solid state'],
      ['subject-area.isced-f-code', '0537'],
      ['sending-ounit-id', '140'],
      ['other-info-terms', 'Tuition waived'],
      ['eqf-level', '4'],
    ]);
  });

  it('names the signatures, contacts, pdf and termination of the file rather than taking them', () => {
    const iia = iiaOf([spec({})], { pdfFile: 'JVBERi0=', terminatedAsAWhole: true });
    iia.partners[0] = { ...iia.partners[0], signingContact: { name: 'Aida Nurlanova' }, signingDate: '2027-02-01', contacts: [{ name: 'Aida Nurlanova' }] };
    const paths = agreementOfIia(iia, US).unmapped.map((u) => u.path);
    expect(paths).toEqual(['partner.signing-contact', 'partner.signing-date', 'partner.contact', 'pdf-file', 'terminated-as-a-whole']);
  });

  it('refuses an IIA without us, and one with no condition to hold', () => {
    expect(() => agreementOfIia(iiaOf([spec({})]), 'other.example')).toThrow(IiaNotMappableError);
    expect(() => agreementOfIia(iiaOf([spec({ sendingHeiId: 'third.example' })]), US)).toThrow(/nothing to create/);
  });

  it('maps the upstream example (its partner as us) into content our schema takes, which exports back with only unmapped fields differing', () => {
    const [read] = readIias(readEwp('iias-v7/endpoints/get-response-example.xml').replaceAll('hibo.no', US));
    const { part, unmapped } = agreementOfIia(read!.iia, US);
    const content = { ...part, partnerId: 'uw', kind: 'erasmus_plus_iia' as const, coordinator: { name: 'Nodira Alimova', email: 'iro@uni.example' }, initiatingFaculty: 'physics', summary: 'From the IIA.' };
    expect(MemorandumInputSchema.safeParse(content).success).toBe(true);
    expect(part).toMatchObject({ startDate: '2014-09-01', endDate: '2021-08-31', scope: ['student_exchange', 'internships', 'staff_exchange'] });
    const partner: Partner = { id: 'uw', name: 'University of Warsaw', names: {}, type: 'university', country: 'PL', schacId: 'uw.edu.pl', contacts: [], version: 1 };
    const agreement = { kind: 'memorandum', id: 'agr-new', reference: 'AGR-2027-0009', status: 'in_review', version: 1, submitter: content.coordinator, createdAt: '', updatedAt: '', content } as Agreement;
    const ours = iiaOfAgreement(agreement, partner, { name: 'Demo', schacId: US }).iia;
    const names = new Set(unmapped.map((u) => u.path.split('.').pop()));
    const differing = compareIias(ours, read!.iia, US).map((d) => d.path);
    // Ids and in-effect are each side's own; the rest differ only where a field was not mapped.
    expect(differing.filter((p) => !['us.iia-id', 'in-effect'].includes(p) && !names.has(p.split('.').pop()!))).toEqual([]);
    expect(differing.length).toBeGreaterThan(0);
  });
});

describe('recordEwpApproval', () => {
  const agreement = { kind: 'memorandum', id: 'agr-1', reference: 'AGR-2027-0001', status: 'approved', version: 3, submitter: { email: 'a@uni.example', name: 'A' }, createdAt: '', updatedAt: '', content: {} } as Agreement;
  const cmd = { actor: { email: 'iro@uni.example', name: 'Nodira Alimova' }, asOffice: true, ourHash: 'a'.repeat(64), theirHash: 'a'.repeat(64), partnerHeiId: THEM, partnerIiaId: 'KZ-77', differences: [], now: '2027-03-01T10:00:00.000Z' };

  it('records the hash, the partner’s ids, who and when, with an event', () => {
    const moved = recordEwpApproval(agreement, cmd)!;
    expect(moved.entity).toMatchObject({ version: 4, ewpApproval: { iiaHash: 'a'.repeat(64), partnerHeiId: THEM, partnerIiaId: 'KZ-77', by: cmd.actor, at: cmd.now } });
    expect(moved.event).toMatchObject({ type: 'ewp_approval_recorded', iiaHash: 'a'.repeat(64) });
    expect(recordEwpApproval(moved.entity, cmd)).toBeUndefined();
  });

  it('refuses another hash with both hashes and the differences, someone not of the office, and a withdrawn agreement', () => {
    const differences = [{ path: 'in-effect', ours: 'true', theirs: 'false' }];
    expect(() => recordEwpApproval(agreement, { ...cmd, theirHash: 'b'.repeat(64), differences })).toThrow(expect.objectContaining({ code: 'hash_differs', details: { ourHash: 'a'.repeat(64), theirHash: 'b'.repeat(64), differences } }));
    expect(() => recordEwpApproval(agreement, { ...cmd, asOffice: false })).toThrow(/international office/);
    expect(() => recordEwpApproval({ ...agreement, status: 'withdrawn' }, cmd)).toThrow(expect.objectContaining({ code: 'wrong_status' }));
  });
});
