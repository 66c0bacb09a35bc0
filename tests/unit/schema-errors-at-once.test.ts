/**
 * A form learns of every problem in one answer: the shared schemas' rules across fields (an end
 * date after the start, a termination after its notice, a partner chosen or proposed) are
 * reported together with the fields' own errors, not only once everything else is fixed. And a
 * cooperation condition's language is a real ISO 639-1 language, not any two letters.
 */
import { describe, expect, it } from 'vitest';
import { exampleOf, ISO_639_1, LanguageSkillSchema, MemorandumInputSchema, TerminationRequestSchema } from '../../shared/schemas';
import { MemorandumSubmissionSchema } from '../../shared/schemas/memorandum-submission';

const example = () => structuredClone(exampleOf(MemorandumInputSchema)) as Record<string, any>;
const problems = (result: { error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  (result.error?.issues ?? []).map((i) => `${i.path.map(String).join('.')}: ${i.message}`);

describe('the memorandum schemas', () => {
  it('report a non-number of months, an end date before the start and a made-up language in one parse', () => {
    // Prepare
    const m = example();
    m.endDate = '2020-01-01';
    m.cooperationConditions[0].totalMonthsPerYear = 'abc';
    m.cooperationConditions[0].languages = [{ code: 'zz-top', level: 'B2' }];

    // Act
    const found = problems(MemorandumInputSchema.safeParse(m));

    // Assess
    expect(found).toEqual([
      'cooperationConditions.0.totalMonthsPerYear: Invalid input: expected number, received string',
      'cooperationConditions.0.languages.0.code: Use an ISO 639-1 code such as en, ru, uz',
      'endDate: The end date must be after the start date',
    ]);
  });

  it('report the end date of a faculty submission with its empty summary, and a missing partner with it too', () => {
    // Prepare
    const { partnerId: _partner, ...m } = example();
    m.endDate = '2020-01-01';
    m.summary = '';

    // Act
    const found = problems(MemorandumSubmissionSchema.safeParse(m)).map((p) => p.split(':')[0]);

    // Assess
    expect(found.sort()).toEqual(['endDate', 'partnerId', 'summary']);
  });

  it('leave the order of dates alone while a date itself is not a date', () => {
    // Act
    const found = problems(MemorandumInputSchema.safeParse({ ...example(), endDate: '2020-02-30' }));

    // Assess
    expect(found).toEqual(['endDate: Not a real date']);
  });
});

describe('the termination request', () => {
  it('reports an effective date before the notice together with an empty reason', () => {
    // Act
    const found = problems(TerminationRequestSchema.safeParse({ reason: ' ', noticeDate: '2026-11-20', effectiveDate: '2026-11-01' })).map((p) => p.split(':')[0]);

    // Assess
    expect(found).toEqual(['reason', 'effectiveDate']);
  });
});

describe('a language with its level', () => {
  it('knows the 183 ISO 639-1 languages, from aa to zu', () => {
    expect(ISO_639_1.size).toBe(183);
    expect(['aa', 'en', 'kk', 'ky', 'ru', 'tg', 'tk', 'uz', 'zh', 'zu'].every((code) => ISO_639_1.has(code))).toBe(true);
    expect(['zz', 'qq', 'xx', 'uzb'].some((code) => ISO_639_1.has(code))).toBe(false);
  });

  it('accepts the ISO 639-1 languages and refuses a well-formed code of none, once', () => {
    // Act
    const accepted = ['en', 'ru', 'uz', 'kk', 'zh', 'ky', 'tg'].map((code) => LanguageSkillSchema.safeParse({ code, level: 'B2' }).success);
    const madeUp = problems(LanguageSkillSchema.safeParse({ code: 'zz', level: 'B2' }));
    const malformed = problems(LanguageSkillSchema.safeParse({ code: 'zz-top', level: 'B2' }));

    // Assess
    expect(accepted.every(Boolean)).toBe(true);
    expect(madeUp).toEqual(['code: No language has this code']);
    expect(malformed).toEqual(['code: Use an ISO 639-1 code such as en, ru, uz']);
  });
});
