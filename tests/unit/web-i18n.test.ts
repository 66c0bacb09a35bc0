/**
 * The pages' words: every key the HTML names exists, every sentence is there in English,
 * Russian and Uzbek with the same placeholders, every stored code the forms offer has a name in
 * each language, and the schemas' own validation messages are translated.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../shared/i18n';
import { codeLabel, displayName } from '../../shared/i18n/labels';
import { fieldMessage, issueMessage, KNOWN_MESSAGES } from '../../shared/i18n/validation';
import { AgreementStatusSchema, CooperationConditionSchema, CooperationScopeSchema, AgreementKindSchema, MemorandumInputSchema } from '../../shared/schemas/agreement';
import { exampleOf } from '../../shared/schemas/common';
import { RoleNameSchema } from '../../shared/schemas/directory';
import { DirectionSchema, MobilityPeriodSchema, MobilityTypeSchema, NominationInputSchema, NomineeRoleSchema, ProgrammeSchema, StudyLevelSchema } from '../../shared/schemas/nomination';
import { MESSAGES } from '../../web/src/i18n/messages';

const web = fileURLToPath(new URL('../../web/', import.meta.url));
const pages = readdirSync(web).filter((f) => f.endsWith('.html'));
const html = (file: string) => readFileSync(join(web, file), 'utf8');
const attributeValues = (name: string) => pages.flatMap((p) => [...html(p).matchAll(new RegExp(`${name}="([^"]+)"`, 'g'))].map((m) => m[1]!));
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('the pages’ heads', () => {
  it('each carry an icon of their own, so that no page asks for /favicon.ico', () => {
    expect(pages.length).toBeGreaterThan(5);
    expect(pages.filter((p) => !/<link rel="icon" href="data:image\/svg\+xml,[^"]+">/.test(html(p)))).toEqual([]);
  });
});

describe('the pages’ words', () => {
  it('are rendered by each page, none patched into its HTML by key', () => {
    // Every page is Preact and renders its words: a `data-i18n` left in a page's HTML would be
    // text that no switch of language rewords.
    expect(pages.length).toBeGreaterThan(10);
    expect(pages.filter((p) => html(p).includes('data-i18n'))).toEqual([]);
  });

  it('give every sentence in English, Russian and Uzbek, with the same placeholders', () => {
    for (const [key, words] of Object.entries(MESSAGES)) {
      for (const lang of LANGUAGES) expect(words[lang].trim(), `${key} (${lang})`).not.toBe('');
      expect(placeholders(words.ru), key).toEqual(placeholders(words.en));
      expect(placeholders(words.uz), key).toEqual(placeholders(words.en));
    }
  });

  it('name every code the forms and item pages show, in each language', () => {
    const codes = [
      ...NomineeRoleSchema.options, ...StudyLevelSchema.options, ...DirectionSchema.options, ...ProgrammeSchema.options,
      ...MobilityTypeSchema.options, ...MobilityPeriodSchema.options, ...AgreementKindSchema.options, ...CooperationScopeSchema.options,
      ...CooperationConditionSchema.shape.type.options, ...AgreementStatusSchema.options, ...RoleNameSchema.options,
      'nomination', 'memorandum', 'accepted_by_partner', 'declined_by_partner', 'completed',
      ...attributeValues('data-label'),
    ];
    for (const code of codes) {
      for (const lang of LANGUAGES) expect(codeLabel(code, lang), `${code} (${lang})`).not.toBe(code.replaceAll('_', ' '));
    }
    expect(codeLabel('in_review', 'ru')).toBe('На согласовании');
    expect(codeLabel('semester_study', 'uz')).toBe("Bir semestr o'qish");
  });

  it('name the region’s countries and languages in Uzbek, where Intl has no Uzbek data', () => {
    expect(displayName('region', 'KG', 'uz')).toBe("Qirg'iziston");
    expect(displayName('language', 'ru', 'uz')).toBe('rus tili');
    expect(displayName('region', 'KG', 'ru')).toBe('Кыргызстан'); // the region's form, not ICU's «Киргизия»
    expect(displayName('region', 'IS', 'uz')).toBe('Iceland');
  });
});

describe('validation messages', () => {
  it('translate every message the forms’ schemas write themselves', () => {
    const sources = ['common.ts', 'nomination.ts', 'agreement.ts'].map((f) => readFileSync(new URL(`../../shared/schemas/${f}`, import.meta.url), 'utf8'));
    const written = sources.flatMap((src) => [
      ...[...src.matchAll(/\.(?:regex|refine)\([^;]*?,\s*'([^']+)'\)/g)].map((m) => m[1]!),
      ...[...src.matchAll(/message: '([^']+)'/g)].map((m) => m[1]!),
    ]);

    expect(written.length).toBeGreaterThan(5);
    expect(written.filter((m) => !KNOWN_MESSAGES.includes(m))).toEqual([]);
  });

  it('word an empty nomination field by field, in Russian', () => {
    const result = NominationInputSchema.safeParse({ nominee: { name: '', email: '' }, academicYear: '2026/2028', language: { code: 'RU', level: 'B2' } });
    const messages = Object.fromEntries(
      result.error!.issues.map((i) => [i.path.join('.'), issueMessage(i, 'ru', { empty: i.path.join('.') === 'nominee.name' || i.path.join('.') === 'nominee.email' })]),
    );

    expect(messages['nominee.name']).toBe('Заполните это поле');
    expect(messages['nominee.email']).toBe('Заполните это поле');
    expect(messages['nominee.role']).toBe('Выберите один из вариантов');
    expect(messages['academicYear']).toBe('Второй год должен следовать за первым');
    expect(messages['language.code']).toBe('Двухбуквенный код языка, например en, ru, uz');
  });

  it('word text where a condition wants a number as "Enter a number", and a fraction of places as "Enter a whole number"', () => {
    const condition = { type: 'student_studies', sender: 'home', mobilitiesPerYear: 'abc', totalMonthsPerYear: 'x' };
    const words = (body: object, lang: 'en' | 'ru' | 'uz') =>
      Object.fromEntries(CooperationConditionSchema.safeParse(body).error!.issues.map((i) => [i.path.join('.'), issueMessage(i, lang)]));

    expect(words(condition, 'en')).toEqual({ mobilitiesPerYear: 'Enter a number', totalMonthsPerYear: 'Enter a number' });
    expect(words(condition, 'ru')).toEqual({ mobilitiesPerYear: 'Введите число', totalMonthsPerYear: 'Введите число' });
    expect(words(condition, 'uz').mobilitiesPerYear).toBe('Son kiriting');
    expect(words({ ...condition, mobilitiesPerYear: 2.5, totalMonthsPerYear: 2.5 }, 'en')).toEqual({ mobilitiesPerYear: 'Enter a whole number' });
  });

  it('word a memorandum ending before it starts, and a scope left empty, in Uzbek', () => {
    const body = { ...(exampleOf(MemorandumInputSchema) as object), scope: [], startDate: '2027-01-01', endDate: '2026-01-01' };
    const issues = MemorandumInputSchema.safeParse(body).error!.issues;
    const byPath = Object.fromEntries(issues.map((i) => [i.path.join('.'), issueMessage(i, 'uz')]));

    expect(byPath['scope']).toBe('Kamida bittasini tanlang');
    expect(byPath['endDate']).toBe("Tugash sanasi boshlanish sanasidan keyin bo'lishi kerak");
  });

  it('translate the API’s own reference checks, and leave a message it does not know as it is', () => {
    expect(fieldMessage('This agreement is with another partner', 'ru')).toBe('Это соглашение заключено с другим партнёром');
    expect(fieldMessage('No such department in Faculty of Physics', 'uz')).toBe("Faculty of Physics tarkibida bunday kafedra yo'q");
    expect(fieldMessage('This agreement is expired, not in force', 'ru')).toBe('Это соглашение не действует (срок действия истёк)');
    expect(fieldMessage('Something new', 'uz')).toBe('Something new');
  });
});

describe('Uzbek’s apostrophe', () => {
  // The pages' Uzbek writes oʻ, gʻ and the tutuq belgisi with the ASCII apostrophe (what people type
  // and what every keyboard has); a few words written with ‘ or ʻ made two spellings on one page.
  const sources = ['web/src', 'web/src/i18n', 'web/src/pages', 'web/src/components', 'shared/i18n', 'shared/imports'].flatMap((dir) => {
    const at = fileURLToPath(new URL(`../../${dir}/`, import.meta.url));
    return readdirSync(at).filter((f) => /\.tsx?$/.test(f)).map((f) => ({ file: `${dir}/${f}`, text: readFileSync(join(at, f), 'utf8') }));
  });

  it('is the ASCII one in every Uzbek word of the pages, the emails and the import templates', () => {
    const uzbek = /\buz: (['"])((?:(?!\1).)*)\1/g;
    const words = sources.flatMap(({ file, text }) => [...text.matchAll(uzbek)].map((m) => ({ file, word: m[2]! })));
    expect(words.filter((w) => w.word.includes("'")).length).toBeGreaterThan(200);
    expect(words.filter((w) => /[‘’ʻʼ]/.test(w.word)).map((w) => `${w.file}: ${w.word}`)).toEqual([]);
    expect(displayName('region', 'US', 'uz')).toBe("Amerika Qo'shma Shtatlari");
  });
});
