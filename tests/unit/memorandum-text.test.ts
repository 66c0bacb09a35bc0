/**
 * The memorandum's text: the template files in force are valid and line up; a template with an
 * unknown or misplaced placeholder is refused naming it; filling puts an agreement's facts into
 * both languages; the PDF's lines wrap within a column; and both writers' files carry the text
 * and the hash.
 */
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { fillTemplate, fillText, sideBySide, type MemorandumFacts } from '../../functions/lib/memorandum/fill';
import { partsOf, wrapText } from '../../functions/lib/memorandum/layout';
import { checkPair, checkTemplate, TemplateError, type MemorandumTemplate } from '../../functions/lib/memorandum/template';
import { MEMORANDUM_TEMPLATES } from '../../functions/lib/memorandum/templates';
import { writeMemorandum } from '../../functions/lib/memorandum/writer';
import en from '../../functions/lib/memorandum/templates/en.json';
import ru from '../../functions/lib/memorandum/templates/ru.json';
import uz from '../../functions/lib/memorandum/templates/uz.json';
import { unzip } from '../support/zip';
import { templateProblems } from '../../infra/memorandum-templates';

const HASH = '3f0a1c9e5b7d2f4a6c8e0b1d3f5a7c9e1b3d5f7a9c1e3b5d7f9a1c3e5b7d9f1a';

const facts = (more: Partial<MemorandumFacts> = {}): MemorandumFacts => ({
  reference: 'AGR-2027-0001',
  kind: 'academic_mobility_agreement',
  scope: ['student_exchange', 'staff_exchange'],
  summary: 'Student and staff exchange in physics.',
  startDate: '2027-01-01',
  endDate: '2031-12-31',
  conditions: [
    { type: 'student_studies', sender: 'home', mobilitiesPerYear: 4, totalMonthsPerYear: 20, subjectAreas: ['0533'], eqfLevels: [6, 7], languages: [{ code: 'en', level: 'B2' }], academicYears: ['2027/2028'] },
    { type: 'staff_teaching', sender: 'partner', mobilitiesPerYear: 2, subjectAreas: [], eqfLevels: [], languages: [], academicYears: [] },
  ],
  university: { name: 'National University of Uzbekistan', names: { ru: 'Национальный университет Узбекистана', uz: "O'zbekiston Milliy universiteti" } },
  partner: { name: 'Osh State University', names: { ru: 'Ошский государственный университет' }, country: 'KG', city: 'Osh' },
  ourCoordinator: { name: 'Aziz Rakhimov', email: 'aziz@uni.example' },
  partnerCoordinator: { name: 'Kanybek Izakov', email: 'k.izakov@oshsu.example', role: 'International office' },
  signatures: { home: { signatoryName: 'Gʻayrat Oʻrinov', signatoryPosition: 'Rector', date: '2027-01-05' } },
  programmes: [],
  researchAreas: [],
  jointLaboratories: [],
  hash: HASH,
  approved: true,
  ...more,
});

/** A copy of the English template, changed by `edit`. */
function englishWith(edit: (t: MemorandumTemplate) => void): unknown {
  const t = structuredClone(en) as MemorandumTemplate;
  edit(t);
  return t;
}

/** Every text a template's blocks carry, as one string, to look for words in. */
const allText = (t: ReturnType<typeof fillTemplate>) => JSON.stringify(t.blocks);

describe('the template files in force', () => {
  it.each([
    ['en', en],
    ['ru', ru],
    ['uz', uz],
  ] as const)('%s is a valid template: known placeholders only, each block a paragraph of its own', (lang, raw) => {
    expect(checkTemplate(raw, lang).language).toBe(lang);
  });

  it('line up clause for clause with the English one, blocks in the same places', () => {
    expect(() => checkPair(MEMORANDUM_TEMPLATES.en, MEMORANDUM_TEMPLATES.ru)).not.toThrow();
    expect(() => checkPair(MEMORANDUM_TEMPLATES.en, MEMORANDUM_TEMPLATES.uz)).not.toThrow();
  });
});

describe('checking a template', () => {
  it('refuses an unknown placeholder, naming it and where it stands', () => {
    const raw = englishWith((t) => (t.clauses[1]!.paragraphs[0] = 'The Parties cooperate in {{agreement.scopes}}.'));
    const error = (() => {
      try {
        checkTemplate(raw, 'en');
      } catch (e) {
        return e;
      }
    })() as TemplateError;
    expect(error).toBeInstanceOf(TemplateError);
    expect(error.placeholder).toBe('agreement.scopes');
    expect(error.path).toBe('clauses.1.paragraphs.0');
    expect(error.message).toContain('{{agreement.scopes}}');
  });

  it('refuses an unknown placeholder in a heading, a title and a word of a block', () => {
    expect(() => checkTemplate(englishWith((t) => (t.clauses[0]!.heading = '1. {{parties}}')))).toThrow(/\{\{parties\}\}/);
    expect(() => checkTemplate(englishWith((t) => (t.title = 'Memorandum {{agreement.number}}')))).toThrow(/\{\{agreement\.number\}\}/);
    expect(() => checkTemplate(englishWith((t) => (t.words.fromUs = 'from {{home.name}}')))).toThrow(/words\.fromUs/);
  });

  it('refuses a block placeholder inside a sentence, and a brace left open', () => {
    expect(() => checkTemplate(englishWith((t) => (t.clauses[2]!.paragraphs[1] = 'See {{conditions}} below.')))).toThrow(/\{\{conditions\}\} is a block/);
    expect(() => checkTemplate(englishWith((t) => (t.clauses[0]!.paragraphs[0] = '{{partner.name and more')))).toThrow(/unclosed/);
  });

  it('refuses a file of the wrong shape or language, naming the field', () => {
    expect(() => checkTemplate(englishWith((t) => delete (t as Partial<MemorandumTemplate>).words))).toThrow(/at words/);
    expect(() => checkTemplate({ ...en, clauses: [] })).toThrow(/clauses/);
    expect(() => checkTemplate(en, 'ru')).toThrow(/says its language is en/);
  });

  it('refuses a pair whose clauses or blocks do not line up', () => {
    const fewer = checkTemplate({ ...ru, clauses: ru.clauses.slice(1) }, 'ru');
    expect(() => checkPair(MEMORANDUM_TEMPLATES.en, fewer)).toThrow(/6 clauses and the English one 7/);
    const moved = checkTemplate({ ...ru, clauses: ru.clauses.map((c, i) => (i === 4 ? { ...c, paragraphs: [...c.paragraphs].reverse() } : c)) }, 'ru');
    expect(() => checkPair(MEMORANDUM_TEMPLATES.en, moved)).toThrow(/blocks/);
  });
});

describe('npm run templates: checking a replacement before it is deployed', () => {
  const fixture = (name: string) => new URL(`../fixtures/memorandum/${name}`, import.meta.url);

  it('finds nothing wrong with the files in force', () => {
    expect(templateProblems([])).toEqual([]);
  });

  it('names the file, the unknown placeholder and its place', () => {
    const problems = templateProblems([fixture('ru-unknown-placeholder.json')]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/ru-unknown-placeholder\.json: Unknown placeholder \{\{agreement\.scopes\}\} at clauses\.1\.paragraphs\.0/);
  });

  it('checks a replacement against the English file in force', () => {
    expect(templateProblems([fixture('uz-clause-missing.json')])).toEqual([expect.stringMatching(/uz-clause-missing\.json: The uz template has 6 clauses and the English one 7/)]);
  });
});

describe('filling a template', () => {
  it('puts the agreement into English: parties, scope, term, conditions, coordinators, signatures, hash', () => {
    const text = fillTemplate(MEMORANDUM_TEMPLATES.en, facts());
    const all = allText(text);
    expect(text.blocks[0]).toEqual({ kind: 'title', text: 'Memorandum of cooperation' });
    expect(text.blocks[1]).toEqual({ kind: 'subtitle', text: 'Academic mobility agreement AGR-2027-0001' });
    expect(all).toContain('National University of Uzbekistan and Osh State University (Osh, Kyrgyzstan)');
    expect(all).toContain('The Parties cooperate in: student exchange, staff exchange.');
    expect(all).toContain('not earlier than 1 January 2027, and remains in force until 31 December 2031');
    expect(all).toContain(HASH);
    const table = text.blocks.find((b) => b.kind === 'table');
    expect(table).toEqual({
      kind: 'table',
      columns: ['Mobility', 'Per year', 'Subject areas and levels', 'Languages and years'],
      rows: [
        ['Student studies, from National University of Uzbekistan to Osh State University', '4 mobilities, 20 months', 'ISCED-F: 0533; EQF: 6, 7', 'English B2; 2027/2028'],
        ['Staff teaching, from Osh State University to National University of Uzbekistan', '2 mobilities', 'ISCED-F: any; EQF: any', 'any; any'],
      ],
      empty: 'No mobility is set out in this memorandum.',
    });
    const [coordinators, signatures] = text.blocks.filter((b) => b.kind === 'parties');
    expect(coordinators).toMatchObject({ parties: [{ title: 'For National University of Uzbekistan', lines: ['Aziz Rakhimov', 'aziz@uni.example'] }, { title: 'For Osh State University', lines: ['Kanybek Izakov', 'International office', 'k.izakov@oshsu.example'] }] });
    expect(signatures).toMatchObject({
      parties: [
        { title: 'National University of Uzbekistan', lines: ['Name: Gʻayrat Oʻrinov', 'Position: Rector', 'Date: 5 January 2027', 'Signature: ____________________'] },
        { title: 'Osh State University', lines: ['Name: ____________________', 'Position: ____________________', 'Date: ____________________', 'Signature: ____________________'] },
      ],
    });
  });

  it('speaks Russian and Uzbek with the names the partner and the university have in them', () => {
    const ruText = allText(fillTemplate(MEMORANDUM_TEMPLATES.ru, facts()));
    expect(ruText).toContain('Национальный университет Узбекистана и Ошский государственный университет (Osh, Кыргызстан)');
    expect(ruText).toContain('не ранее 1 января 2027 г.');
    expect(ruText).toContain('Обучение студентов, Национальный университет Узбекистана → Ошский государственный университет');
    expect(ruText).toContain('Сторона: Ошский государственный университет');
    const uzText = allText(fillTemplate(MEMORANDUM_TEMPLATES.uz, facts()));
    expect(uzText).toContain("O'zbekiston Milliy universiteti va Osh State University (Osh, Qirg'iziston)");
    expect(uzText).toContain('2027-yil 1-yanvardan oldin emas');
    expect(uzText).toContain('ingliz tili B2');
  });

  it('says an open-ended term in words, leaves no empty brackets for a partner without a city, and says when no mobility is set out', () => {
    const text = allText(fillTemplate(MEMORANDUM_TEMPLATES.en, facts({ endDate: null, partner: { name: 'Osh State University', names: {}, country: 'KG' }, conditions: [] })));
    expect(text).toContain('remains in force until it is terminated by either Party');
    expect(text).toContain('Osh State University (Kyrgyzstan)');
    expect(fillTemplate(MEMORANDUM_TEMPLATES.en, facts({ conditions: [] })).blocks.find((b) => b.kind === 'table')).toMatchObject({ rows: [], empty: 'No mobility is set out in this memorandum.' });
  });

  it('replaces a placeholder written with spaces inside its braces', () => {
    expect(fillText('{{ partner.name }} and {{university.name}}', { 'partner.name': 'A', 'university.name': 'B' })).toBe('A and B');
  });

  it('prints the joint programmes, research areas and laboratories an agreement names, and leaves their paragraphs out in both columns when it names none', () => {
    const programme = { name: 'Materials Science (double degree)', field: '0533', eqfLevel: 7, degreeHome: 'Master of Physics', degreePartner: 'Master of Materials Science', placesPerYear: 5 };
    const named = sideBySide(MEMORANDUM_TEMPLATES.en, MEMORANDUM_TEMPLATES.ru, facts({ programmes: [programme], researchAreas: ['0533', 'thin films'], jointLaboratories: ['Laboratory of thin films'] }));
    const none = sideBySide(MEMORANDUM_TEMPLATES.en, MEMORANDUM_TEMPLATES.ru, facts());

    const tables = named.rows.filter(([l]) => l.kind === 'table').map(([l, r]) => [l, r] as const);
    expect(tables).toHaveLength(2);
    expect(tables[0]![0]).toMatchObject({ columns: ['Programme', 'Field and level', 'Degrees awarded', 'Places a year'], rows: [['Materials Science (double degree)', 'ISCED-F 0533, EQF 7', 'Master of Physics / Master of Materials Science', '5']] });
    expect(tables[0]![1]).toMatchObject({ columns: ['Программа', 'Область и уровень', 'Присуждаемые степени', 'Мест в год'] });
    expect(JSON.stringify(named.rows)).toContain('Research areas: 0533, thin films.');
    expect(JSON.stringify(named.rows)).toContain('Совместные лаборатории: Laboratory of thin films.');
    // Without them: the programmes' table and both paragraphs gone, on both sides alike.
    expect(none.rows.filter(([l]) => l.kind === 'table')).toHaveLength(1);
    expect(JSON.stringify(none.rows)).not.toMatch(/Research areas|Joint laboratories|Области совместных исследований/);
    expect(named.rows.length - none.rows.length).toBe(3);
    for (const [l, r] of named.rows) expect(r.kind).toBe(l.kind);
  });

  it('pairs English with the other language row by row, and says in the footer whether a receipt records the hash', () => {
    const pair = sideBySide(MEMORANDUM_TEMPLATES.en, MEMORANDUM_TEMPLATES.ru, facts());
    expect(pair.rows.length).toBe(pair.languages[0].blocks.length);
    for (const [left, right] of pair.rows) expect(left.kind).toBe(right.kind);
    expect(pair.footer).toBe('AGR-2027-0001 · Approved text, SHA-256 / Одобренный текст, SHA-256:');
    expect(sideBySide(MEMORANDUM_TEMPLATES.en, MEMORANDUM_TEMPLATES.uz, facts({ approved: false })).footer).toBe(
      "AGR-2027-0001 · Text without an approval receipt, SHA-256 / Ma'qullash kvitansiyasi bo'lmagan matn, SHA-256:",
    );
  });
});

describe('wrapping text in a PDF column', () => {
  // A font whose every character is 5 points wide.
  const measure = (s: string) => s.length * 5;

  it('breaks at spaces so that no line is wider than the column', () => {
    const lines = wrapText('the quick brown fox jumps over the lazy dog', 50, measure);
    expect(lines).toEqual(['the quick', 'brown fox', 'jumps over', 'the lazy', 'dog']);
    for (const line of lines) expect(measure(line)).toBeLessThanOrEqual(50);
  });

  it('cuts a word wider than the column (a hash) where it must, losing no character', () => {
    const lines = wrapText(`hash ${HASH}`, 100, measure);
    expect(lines.join('').replace('hash', '')).toBe(HASH);
    for (const line of lines) expect(measure(line)).toBeLessThanOrEqual(100);
  });

  it('keeps the text’s own line breaks and its empty lines', () => {
    expect(wrapText('one\n\ntwo', 100, measure)).toEqual(['one', '', 'two']);
  });

  it('lays each condition and each party out as a part of its own, so the two columns line up on them', () => {
    const pair = sideBySide(MEMORANDUM_TEMPLATES.en, MEMORANDUM_TEMPLATES.ru, facts());
    const table = pair.rows.find(([l]) => l.kind === 'table')!;
    const width = 240;
    const fontMeasure = (s: string, _font: string, size: number) => s.length * size * 0.55;
    const [left, right] = table.map((b) => partsOf(b, width, fontMeasure));
    expect(left!.length).toBe(2);
    expect(right!.length).toBe(2);
    for (const line of [...left!.flat(), ...right!.flat()]) expect(fontMeasure(line.text, line.font, line.size) + line.indent).toBeLessThanOrEqual(width);
    expect(left![0]![0]!.font).toBe('bold');
  });
});

describe('the files', () => {
  it('DOCX: a two-column table with both languages, a conditions table in each, the hash in the footer', async () => {
    const files = unzip(await writeMemorandum(facts(), 'uz', 'docx'));
    const body = files.get('word/document.xml')!;
    expect(body).toContain('Memorandum of cooperation');
    expect(body).toContain('Hamkorlik to&apos;g&apos;risida memorandum');
    expect(body).toContain('Talabalar o&apos;qishi');
    // The outer table and one conditions table in each column.
    expect(body.match(/<w:tbl>/g)?.length).toBe(3);
    const footer = [...files].filter(([name]) => /^word\/footer\d*\.xml$/.test(name)).map(([, xml]) => xml).join('');
    expect(footer).toContain(HASH);
    expect(footer).toContain('AGR-2027-0001');
  });

  it('PDF: a PDF of A4 pages titled with the reference, small because the font is embedded as a subset', async () => {
    const bytes = await writeMemorandum(facts(), 'ru', 'pdf');
    expect(Buffer.from(bytes.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
    const pdf = await PDFDocument.load(bytes);
    expect(pdf.getPageCount()).toBeGreaterThanOrEqual(1);
    expect(pdf.getPage(0).getSize()).toEqual({ width: 595.28, height: 841.89 });
    expect(pdf.getTitle()).toBe('AGR-2027-0001: Memorandum of cooperation / Меморандум о сотрудничестве');
    expect(bytes.length).toBeLessThan(200_000);
  });
});
