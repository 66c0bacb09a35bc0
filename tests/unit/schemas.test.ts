/**
 * The zod schemas at the edge: the documented examples parse, bad input is refused with the
 * field it concerns, and canonical JSON is stable whatever order fields were written in.
 */
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { canonicalJson } from '../../shared/canonical';
import { isIscedField } from '../../shared/isced';
import { AcademicYearSchema, DOMAIN_NAME, EmailSchema, exampleOf, IsoDateSchema, MemorandumInputSchema, NominationInputSchema } from '../../shared/schemas';
import { MemorandumTextQuerySchema, textLanguageOf } from '../../shared/schemas/memorandum-text';

type NominationExample = {
  nominee: Record<string, unknown>;
  language: Record<string, unknown>;
  [field: string]: unknown;
};
type MemorandumExample = Record<string, unknown>;

const nominationExample = () => structuredClone(exampleOf(NominationInputSchema)) as NominationExample;
const memorandumExample = () => structuredClone(exampleOf(MemorandumInputSchema)) as MemorandumExample;

/** The paths of the issues a failed parse reports, joined with dots. */
function issuePaths(result: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }): string[] {
  return (result.error?.issues ?? []).map((i) => i.path.map(String).join('.'));
}

describe('NominationInputSchema', () => {
  it('accepts the example it documents', () => {
    // Prepare
    const example = nominationExample();

    // Act
    const result = NominationInputSchema.safeParse(example);

    // Assess
    expect(example).toBeDefined();
    expect(result.success).toBe(true);
    expect(result.data).toEqual(example);
  });

  it.each([
    ['2026/2028', 'the years are not consecutive'],
    ['2026-2027', 'the separator is not a slash'],
  ])('refuses the academic year %s because %s', (academicYear) => {
    // Prepare
    const input = { ...nominationExample(), academicYear };

    // Act
    const result = NominationInputSchema.safeParse(input);

    // Assess
    expect(result.success).toBe(false);
    expect(issuePaths(result)).toEqual(['academicYear']);
  });

  it('refuses a CEFR level that does not exist', () => {
    // Prepare
    const example = nominationExample();
    const input = { ...example, language: { ...example.language, level: 'D1' } };

    // Act
    const result = NominationInputSchema.safeParse(input);

    // Assess
    expect(result.success).toBe(false);
    expect(issuePaths(result)).toEqual(['language.level']);
  });

  it('refuses a nominee email that is not an address', () => {
    // Prepare
    const example = nominationExample();
    const input = { ...example, nominee: { ...example.nominee, email: 'dilnoza.karimova@' } };

    // Act
    const result = NominationInputSchema.safeParse(input);

    // Assess
    expect(result.success).toBe(false);
    expect(issuePaths(result)).toEqual(['nominee.email']);
  });

  it('refuses an unknown extra field', () => {
    // Prepare
    const input = { ...nominationExample(), isAdmin: true };

    // Act
    const result = NominationInputSchema.safeParse(input);

    // Assess
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({ code: 'unrecognized_keys', keys: ['isAdmin'] });
  });

  it('refuses a motivation longer than 4000 characters and accepts one of exactly 4000', () => {
    // Prepare
    const tooLong = { ...nominationExample(), motivation: 'm'.repeat(4001) };
    const longest = { ...nominationExample(), motivation: 'm'.repeat(4000) };

    // Act
    const refused = NominationInputSchema.safeParse(tooLong);
    const accepted = NominationInputSchema.safeParse(longest);

    // Assess
    expect(refused.success).toBe(false);
    expect(issuePaths(refused)).toEqual(['motivation']);
    expect(accepted.success).toBe(true);
  });

  it('refuses a nomination without a nominee', () => {
    // Prepare
    const { nominee: _nominee, ...input } = nominationExample();

    // Act
    const result = NominationInputSchema.safeParse(input);

    // Assess
    expect(result.success).toBe(false);
    expect(issuePaths(result)).toEqual(['nominee']);
  });
});

describe('MemorandumInputSchema', () => {
  it('accepts the example it documents', () => {
    // Prepare
    const example = memorandumExample();

    // Act
    const result = MemorandumInputSchema.safeParse(example);

    // Assess
    expect(example).toBeDefined();
    expect(result.success).toBe(true);
  });

  it('takes the memorandum text’s pair as ru or uz, writes no default in when it is left out (Russian is read then), and refuses any other', () => {
    // Prepare
    const { textLanguage: _example, ...withoutPair } = memorandumExample();

    // Act
    const absent = MemorandumInputSchema.safeParse(withoutPair);
    const uzbek = MemorandumInputSchema.safeParse({ ...withoutPair, textLanguage: 'uz' });
    const others = ['en', 'RU', '', null, 1].map((textLanguage) => MemorandumInputSchema.safeParse({ ...withoutPair, textLanguage }));

    // Assess: content stored before the choice keeps its canonical JSON, so its receipts' hash.
    expect(absent.success && 'textLanguage' in absent.data).toBe(false);
    expect(absent.success && textLanguageOf(absent.data)).toBe('ru');
    expect(uzbek.success && textLanguageOf(uzbek.data)).toBe('uz');
    for (const result of others) expect(issuePaths(result)).toEqual(['textLanguage']);
    expect(MemorandumTextQuerySchema.parse({})).toEqual({});
  });

  it('refuses an end date before the start date on the endDate field', () => {
    // Prepare
    const input = { ...memorandumExample(), startDate: '2027-01-01', endDate: '2026-12-31' };

    // Act
    const result = MemorandumInputSchema.safeParse(input);

    // Assess
    expect(result.success).toBe(false);
    expect(issuePaths(result)).toEqual(['endDate']);
  });

  it('accepts an open-ended memorandum with a null end date', () => {
    // Prepare
    const input = { ...memorandumExample(), endDate: null };

    // Act
    const result = MemorandumInputSchema.safeParse(input);

    // Assess
    expect(result.success).toBe(true);
    expect(result.data?.endDate).toBeNull();
  });
});

describe('the common schemas', () => {
  it('refuses a date that does not exist in the calendar', () => {
    // Prepare
    const dates = ['2026-02-30', '2026-13-01', '2026-2-3'];

    // Act
    const results = dates.map((d) => IsoDateSchema.safeParse(d).success);

    // Assess
    expect(results).toEqual([false, false, false]);
    expect(IsoDateSchema.safeParse('2028-02-29').success).toBe(true);
  });

  it('accepts an academic year of two consecutive years', () => {
    // Prepare
    const year = '2026/2027';

    // Act
    const result = AcademicYearSchema.safeParse(year);

    // Assess
    expect(result.success).toBe(true);
  });

  it('trims and lower-cases an email address and refuses one without a domain', () => {
    // Prepare
    const written = '  Faculty@UNI.example ';

    // Act
    const parsed = EmailSchema.safeParse(written);
    const refused = EmailSchema.safeParse('faculty');

    // Assess
    expect(parsed.data).toBe('faculty@uni.example');
    expect(refused.success).toBe(false);
  });
});

describe('canonicalJson', () => {
  it('sorts object keys at every depth', () => {
    // Prepare
    const value = { b: 1, a: { d: 2, c: 3 } };

    // Act
    const text = canonicalJson(value);

    // Assess
    expect(text).toBe('{"a":{"c":3,"d":2},"b":1}');
  });

  it('drops undefined fields', () => {
    // Prepare
    const value = { a: 1, gone: undefined, nested: { kept: null, gone: undefined } };

    // Act
    const text = canonicalJson(value);

    // Assess
    expect(text).toBe('{"a":1,"nested":{"kept":null}}');
  });

  it('keeps the order of array items', () => {
    // Prepare
    const value = { list: [3, 1, 2, { z: 1, y: 2 }] };

    // Act
    const text = canonicalJson(value);

    // Assess
    expect(text).toBe('{"list":[3,1,2,{"y":2,"z":1}]}');
  });

  it('writes the same text for the same content written in a different order', () => {
    // Prepare
    const a = { nominee: { name: 'Dilnoza', email: 'd@uni.example' }, year: '2027/2028' };
    const b = { year: '2027/2028', nominee: { email: 'd@uni.example', name: 'Dilnoza' } };

    // Act
    const [ta, tb] = [canonicalJson(a), canonicalJson(b)];

    // Assess
    expect(ta).toBe(tb);
    expect(JSON.parse(ta)).toEqual(a);
  });
});

describe('an agreement’s programmes, research areas and laboratories (ISCED-F checked)', () => {
  const programme = { name: 'Materials Science (double degree)', field: '0533', eqfLevel: 7, degreeHome: 'Master of Physics', degreePartner: 'Master of Materials Science', placesPerYear: 5 };

  it('knows the ISCED-F 2013 fields and its residual codes, and no made-up code', () => {
    for (const code of ['0533', '0613', '0912', '1041', '0530', '0539', '0500', '0588', '9999', '0011']) expect(isIscedField(code), code).toBe(true);
    for (const code of ['0534', '0599', '0040', '1100', '0618', '9998', '533', '05330']) expect(isIscedField(code), code).toBe(false);
  });

  it('takes a double-degree programme, research areas as codes or words, joint laboratories, and the new scopes', () => {
    const result = MemorandumInputSchema.safeParse({
      ...memorandumExample(),
      kind: 'double_degree_agreement',
      scope: ['joint_programmes', 'joint_curricula', 'double_diplomas'],
      degreeProgrammes: [programme],
      researchAreas: ['0533', 'quantum materials'],
      jointLaboratories: ['Laboratory of thin films'],
    });

    expect(issuePaths(result)).toEqual([]);
  });

  it('refuses an unknown ISCED-F code wherever one is given, on its field', () => {
    const example = memorandumExample() as { cooperationConditions: Record<string, unknown>[] };
    const result = MemorandumInputSchema.safeParse({
      ...example,
      cooperationConditions: [{ ...example.cooperationConditions[0], subjectAreas: ['0534'] }],
      degreeProgrammes: [{ ...programme, field: '0599', eqfLevel: 9 }],
      researchAreas: ['0618', 'plasma physics'],
    });

    expect(issuePaths(result).sort()).toEqual(['cooperationConditions.0.subjectAreas.0', 'degreeProgrammes.0.eqfLevel', 'degreeProgrammes.0.field', 'researchAreas.0']);
    expect(result.error!.issues.find((i) => i.path.join('.') === 'researchAreas.0')!.message).toBe('No ISCED-F field has this code');
  });

  it('lets a students’ condition offer blended mobility, and refuses it on a staff condition', () => {
    const example = memorandumExample() as { cooperationConditions: Record<string, unknown>[] };
    const [studies] = example.cooperationConditions;
    const result = MemorandumInputSchema.safeParse({ ...example, cooperationConditions: [{ ...studies, blended: true }, { ...studies, type: 'staff_teaching', eqfLevels: [], blended: true }] });

    expect(issuePaths(result)).toEqual(['cooperationConditions.1.blended']);
  });
});

describe('DOMAIN_NAME', () => {
  it('is zod’s own domain pattern, written out so that the bundles do without the rest of z.regexes', () => {
    // Assess
    expect(DOMAIN_NAME.source).toBe(z.regexes.domain.source);
    expect(DOMAIN_NAME.flags).toBe(z.regexes.domain.flags);
  });
});
