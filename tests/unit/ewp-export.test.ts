/** An agreement as an EWP IIA v7: each kind of condition written, what cannot be filled named, and a partner's IIA compared. */
import { describe, expect, it } from 'vitest';
import type { Agreement, Partner } from '../../shared/schemas';
import type { CooperationCondition } from '../../shared/schemas/agreement';
import { compareIias } from '../../functions/lib/ewp/iia-compare';
import { iiaHash, iiasOf, textToHash } from '../../functions/lib/ewp/iia-hash';
import { academicYearOf, iiaOfAgreement } from '../../functions/lib/ewp/iia-of-agreement';
import { readIias } from '../../functions/lib/ewp/iia-read';
import { iiaXml } from '../../functions/lib/ewp/iia-xml';
import { parseXml } from '../../functions/lib/ewp/xml';

const condition = (c: Partial<CooperationCondition>): CooperationCondition => ({ type: 'student_studies', sender: 'home', mobilitiesPerYear: 2, subjectAreas: [], eqfLevels: [], languages: [], academicYears: [], ...c });

function agreement(conditions: CooperationCondition[], more: Partial<Agreement> = {}): Agreement {
  return {
    kind: 'memorandum',
    id: 'agr-test',
    reference: 'AGR-2027-0001',
    status: 'active',
    version: 1,
    submitter: { email: 'iro@uni.example', name: 'Nodira Alimova' },
    createdAt: '2027-01-01T00:00:00.000Z',
    updatedAt: '2027-01-01T00:00:00.000Z',
    content: {
      partnerId: 'kaznu',
      kind: 'academic_mobility_agreement',
      scope: ['student_exchange'],
      cooperationConditions: conditions,
      startDate: '2027-01-01',
      endDate: '2031-12-31',
      coordinator: { name: 'Aziz Rakhimov', email: 'faculty@uni.example' },
      initiatingFaculty: 'physics',
      summary: 'Exchange.',
    },
    ...more,
  };
}

const partner: Partner = { id: 'kaznu', name: 'Al-Farabi Kazakh National University', names: {}, type: 'university', country: 'KZ', schacId: 'kaznu.kz', contacts: [{ name: 'Aida Nurlanova', email: 'aida@kaznu.example', phone: '+7 727 377 33 33', role: 'Erasmus+ coordinator' }], version: 1 };
const university = { name: 'Demo State University', schacId: 'uni.example' };

const exported = (a: Agreement, p: Partner = partner) => {
  const { iia, missing } = iiaOfAgreement(a, p, university);
  return { iia, missing, ...iiaXml(iia) };
};
const specXml = (xml: string, kind: string) => new RegExp(`<${kind}-mobility-spec>([\\s\\S]*?)</${kind}-mobility-spec>`).exec(xml)?.[1] ?? '';

describe('an agreement as an EWP IIA', () => {
  it('writes a student-studies condition with months, EQF levels, languages, ISCED codes and its years', () => {
    const { xml, missing } = exported(agreement([condition({ mobilitiesPerYear: 4, totalMonthsPerYear: 20, subjectAreas: ['0533'], eqfLevels: [6, 7], languages: [{ code: 'en', level: 'B2' }], academicYears: ['2028/2029', '2027/2028'] })]));
    const spec = specXml(xml, 'student-studies');
    expect(spec).toMatch(/<sending-hei-id>uni\.example<\/sending-hei-id>\s*<receiving-hei-id>kaznu\.kz<\/receiving-hei-id>/);
    expect(spec).toMatch(/<receiving-first-academic-year-id>2027\/2028<\/receiving-first-academic-year-id>\s*<receiving-last-academic-year-id>2028\/2029</);
    expect(spec).toMatch(/<mobilities-per-year>4<\/mobilities-per-year>\s*<recommended-language-skill>\s*<language>en<\/language>\s*<cefr-level>B2<\/cefr-level>/);
    expect(spec).toMatch(/<isced-f-code>0533<\/isced-f-code>[\s\S]*<total-months-per-year>20<\/total-months-per-year>\s*<blended>false<\/blended>\s*<eqf-level>6<\/eqf-level>\s*<eqf-level>7<\/eqf-level>/);
    expect(missing.map((m) => m.field)).toEqual(['partner.iiaId']);
  });

  it('says a student condition offers blended mobility where the agreement says so', () => {
    const { xml } = exported(agreement([condition({ blended: true }), condition({ type: 'student_traineeship' })]));
    expect(specXml(xml, 'student-studies')).toContain('<blended>true</blended>');
    expect(specXml(xml, 'student-traineeship')).toContain('<blended>false</blended>');
  });

  it('writes a traineeship from the partner, its years from the agreement’s dates, needing no language', () => {
    const { xml, missing } = exported(agreement([condition({ type: 'student_traineeship', sender: 'partner', totalMonthsPerYear: 2.555 })]));
    const spec = specXml(xml, 'student-traineeship');
    expect(spec).toMatch(/<sending-hei-id>kaznu\.kz<\/sending-hei-id>\s*<receiving-hei-id>uni\.example</);
    expect(spec).toMatch(/<receiving-first-academic-year-id>2026\/2027<[\s\S]*<receiving-last-academic-year-id>2031\/2032</);
    expect(spec).not.toContain('recommended-language-skill');
    expect(spec).toContain('<total-months-per-year>2.56</total-months-per-year>');
    expect(missing.map((m) => m.field)).toEqual(['partner.iiaId']);
  });

  it('writes staff teaching and training without months or EQF levels, which EWP does not have for staff, and says so', () => {
    const { xml, missing } = exported(agreement([condition({ type: 'staff_training', totalMonthsPerYear: 1, eqfLevels: [7] }), condition({ type: 'staff_teaching', languages: [{ code: 'ru', level: 'C1' }] })]));
    // The XSD's order: teaching before training, whatever order the agreement has them in.
    expect(xml.indexOf('<staff-teacher-mobility-spec>')).toBeLessThan(xml.indexOf('<staff-training-mobility-spec>'));
    expect(xml).not.toMatch(/total-days-per-year|total-months-per-year|eqf-level|blended/);
    expect(missing.map((m) => m.field)).toEqual(['partner.iiaId', 'cooperationConditions.0.totalMonthsPerYear', 'cooperationConditions.0.eqfLevels']);
  });

  it('marks a missing language not-yet-defined, which keeps it out of the hash and the IIA unapprovable', () => {
    const { xml, missing } = exported(agreement([condition({ type: 'staff_teaching' })]));
    expect(xml).toMatch(/<recommended-language-skill not-yet-defined="true">\s*<language>und<\/language>/);
    expect(missing.map((m) => m.field)).toContain('cooperationConditions.0.languages');
    expect(readIias(xml)[0]).toMatchObject({ validForApproval: false });
  });

  it('leaves out a condition with no mobilities, and an open end gives the first year as the last, both named', () => {
    const { iia, missing } = exported(agreement([condition({ mobilitiesPerYear: 0 }), condition({ languages: [{ code: 'en', level: 'B1' }] })], { content: { ...agreement([]).content, endDate: null, cooperationConditions: [condition({ mobilitiesPerYear: 0 }), condition({ languages: [{ code: 'en', level: 'B1' }] })] } }));
    expect(iia.specs).toHaveLength(1);
    expect(iia.specs[0]).toMatchObject({ firstAcademicYear: '2026/2027', lastAcademicYear: '2026/2027' });
    expect(missing.map((m) => m.field)).toEqual(['partner.iiaId', 'cooperationConditions.0.mobilitiesPerYear', 'cooperationConditions.1.academicYears']);
  });

  it('leaves hei-ids empty when there are no SCHAC ids, says so, and the file is still well-formed', () => {
    const { iia, missing, xml } = exported(agreement([condition({ languages: [{ code: 'en', level: 'B1' }] })]), { ...partner, schacId: undefined });
    expect(iia.partners[1].heiId).toBe('');
    expect(missing.map((m) => m.field)).toContain('partner.schacId');
    expect(() => parseXml(xml)).not.toThrow();
    expect(iiaOfAgreement(agreement([]), partner, undefined).missing.map((m) => m.field)).toContain('university.schacId');
  });

  it('puts us first with our id and reference, the signatories with their dates, the contacts, and in-effect from the status', () => {
    const signature = (name: string, date: string) => ({ date, signatoryName: name, signatoryPosition: 'Rector', recordedBy: { email: 'iro@uni.example', name: 'N' }, recordedAt: '2027-01-02T00:00:00.000Z' });
    const { iia, xml } = exported(agreement([], { signatures: { home: signature('Rustam Nazarov', '2026-12-20'), partner: signature('Zhanseit Tuymebayev', '2026-12-22') } }));
    expect(iia.partners[0]).toMatchObject({ heiId: 'uni.example', iiaId: 'agr-test', iiaCode: 'AGR-2027-0001', signingDate: '2026-12-20', signingContact: { name: 'Rustam Nazarov', role: 'Rector' } });
    expect(iia.partners[1]).toMatchObject({ heiId: 'kaznu.kz', signingDate: '2026-12-22', contacts: [{ name: 'Aida Nurlanova', email: 'aida@kaznu.example' }] });
    expect(xml).toContain('<p:e164>+77273773333</p:e164>');
    expect(xml).toContain('<in-effect>true</in-effect>');
    expect(exported(agreement([], { status: 'in_review' })).xml).toContain('<in-effect>false</in-effect>');
  });

  it('escapes what the office typed, and states the hash that the stylesheet’s walk gives for the very file', () => {
    const { xml, iiaHash: stated } = exported(agreement([]), { ...partner, contacts: [{ name: 'A & B <Office>', email: 'ab@kaznu.example' }] });
    expect(xml).toContain('<c:contact-name>A &amp; B &lt;Office&gt;</c:contact-name>');
    const root = parseXml(xml);
    expect(stated).toBe(iiaHash(textToHash(root, iiasOf(root)[0]!)));
    expect(xml).toContain(`<iia-hash>${stated}</iia-hash>`);
    expect(textToHash(root, iiasOf(root)[0]!)).toBe('_iia-id_1=agr-test__iia-id_2=_');
  });

  it('takes September as the first month of an academic year', () => {
    expect([academicYearOf('2024-09-01'), academicYearOf('2024-08-31'), academicYearOf('2027-01-01')]).toEqual(['2024/2025', '2023/2024', '2026/2027']);
  });
});

describe('a partner’s IIA compared with ours', () => {
  const ours = exported(agreement([condition({ mobilitiesPerYear: 3, languages: [{ code: 'en', level: 'B2' }] }), condition({ type: 'staff_teaching', sender: 'partner', languages: [{ code: 'en', level: 'C1' }] })])).iia;

  it('finds nothing different in the same IIA served the other way round by the partner', () => {
    const theirs = { ...ours, partners: [{ ...ours.partners[1], iiaId: 'K-1' }, ours.partners[0]] as typeof ours.partners };
    expect(compareIias(ours, theirs, 'uni.example')).toEqual([]);
  });

  it('names each field that differs, and a spec only one side has field by field against null', () => {
    const theirs = {
      ...ours,
      partners: [ours.partners[1], { ...ours.partners[0], iiaId: undefined }] as typeof ours.partners,
      specs: [{ ...ours.specs[0]!, languages: [{ language: 'en', cefrLevel: 'B1' }], lastAcademicYear: '2030/2031' }, ours.specs[1]!, { ...ours.specs[1]!, kind: 'staff-training' as const, languages: [] }],
    };
    const differences = compareIias(ours, theirs, 'uni.example');
    expect(differences).toEqual(
      expect.arrayContaining([
        { path: 'us.iia-id', ours: 'agr-test', theirs: null },
        { path: 'student-studies.us-to-partner.1.recommended-language-skill', ours: 'en B2', theirs: 'en B1' },
        { path: 'student-studies.us-to-partner.1.receiving-last-academic-year-id', ours: '2031/2032', theirs: '2030/2031' },
        { path: 'staff-training.partner-to-us.1.mobilities-per-year', ours: null, theirs: '2' },
      ]),
    );
    expect(differences.every((d) => d.ours !== d.theirs)).toBe(true);
  });
});
