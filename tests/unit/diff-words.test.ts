/**
 * What changed in an agreement, in the office's words (web/src/diff-words.ts): every path the
 * versions' diff can name for a memorandum's content, worded in English, Russian and Uzbek; the
 * values as the pages show them elsewhere; and what saving a change will be (a version or an
 * amendment) by the server's own rule.
 */
import { describe, expect, it } from 'vitest';
import { formatDate, LANGUAGES } from '../../shared/i18n';
import { codeLabel, displayName } from '../../shared/i18n/labels';
import type { Language } from '../../shared/schemas/common';
import { diffContent, isMaterial } from '../../shared/workflow/versions';
import { changedField, changedValue, changeKind, conditionLine, type Wording } from '../../web/src/diff-words';
import { MESSAGES, type MessageKey } from '../../web/src/i18n/messages';

/** The pages' words in one language, as the page's own `t`, `label`, `day`, `number` and `list` give them. */
function wordingIn(lang: Language, names: Pick<Wording, 'partner' | 'faculty'> = {}): Wording {
  return {
    t: (key: MessageKey, params = {}) => MESSAGES[key][lang].replace(/\{(\w+)\}/g, (whole, name: string) => (params[name] === undefined ? whole : String(params[name]))),
    label: (code) => codeLabel(code, lang),
    day: (iso) => formatDate(iso, lang),
    number: (n) => String(n),
    list: (items) => items.join(', '),
    language: (code) => displayName('language', code, lang),
    ...names,
  };
}
const en = wordingIn('en');

const CONDITION = {
  type: 'student_studies',
  sender: 'home',
  mobilitiesPerYear: 5,
  totalMonthsPerYear: 25,
  subjectAreas: ['0533'],
  eqfLevels: [6, 7],
  languages: [{ code: 'ru', level: 'B2' }],
  academicYears: ['2026/2027'],
};
const CONTENT = {
  partnerId: 'osh-state-university',
  kind: 'academic_mobility_agreement',
  scope: ['student_exchange'],
  cooperationConditions: [CONDITION],
  startDate: '2024-09-01',
  endDate: '2029-08-31',
  coordinator: { name: 'Nodira Alimova', email: 'iro@uni.example' },
  initiatingFaculty: 'physics',
  summary: 'Student exchange in physics.',
};

describe('a changed field in the office’s words', () => {
  it('names each field of the content, a part of the coordinator and a part of a condition, counting conditions from 1', () => {
    // Prepare
    const paths = [
      'endDate',
      'startDate',
      'summary',
      'kind',
      'scope',
      'partnerId',
      'initiatingFaculty',
      'coordinator.email',
      'coordinator.name',
      'cooperationConditions.0.mobilitiesPerYear',
      'cooperationConditions.1.totalMonthsPerYear',
      'cooperationConditions.0.type',
      'cooperationConditions.0.sender',
      'cooperationConditions.2',
      'cooperationConditions.0.languages.1.level',
      'cooperationConditions.0.languages.0.code',
      'cooperationConditions.0.languages.1',
      'cooperationConditions.0.subjectAreas',
      'cooperationConditions.0.eqfLevels',
      'cooperationConditions.0.academicYears',
    ];

    // Act
    const worded = paths.map((p) => changedField(p, en));

    // Assess
    expect(worded).toEqual([
      'End date',
      'Start date',
      'Summary',
      'Kind',
      'Scope',
      'Partner',
      'Initiating faculty',
      'Coordinator: email',
      'Coordinator: name',
      'Condition 1: places a year',
      'Condition 2: total months a year',
      'Condition 1: mobility type',
      'Condition 1: direction',
      'Condition 3',
      'Condition 1: language 2: level (CEFR)',
      'Condition 1: language 1',
      'Condition 1: language 2',
      'Condition 1: subject areas (ISCED-F)',
      'Condition 1: EQF levels',
      'Condition 1: academic years',
    ]);
  });

  it('says the same paths in Russian and in Uzbek', () => {
    const paths = ['endDate', 'coordinator.email', 'cooperationConditions.0.mobilitiesPerYear', 'cooperationConditions.1.languages.0.level'];

    const ru = paths.map((p) => changedField(p, wordingIn('ru')));
    const uz = paths.map((p) => changedField(p, wordingIn('uz')));

    expect(ru).toEqual(['Дата окончания', 'Координатор: эл. почта', 'Условие 1: мест в год', 'Условие 2: язык 1: уровень (CEFR)']);
    expect(uz).toEqual(['Tugash sanasi', 'Koordinator: elektron pochta', "1-shart: yiliga o'rinlar", '2-shart: 1-til: daraja (CEFR)']);
  });

  it('never shows a raw path or an untranslated word for any path a real diff of two contents gives', () => {
    // Prepare: a second version changing every field, one condition more and a language more.
    const after = {
      ...CONTENT,
      kind: 'cooperation_agreement',
      scope: ['student_exchange', 'joint_research'],
      cooperationConditions: [
        { ...CONDITION, type: 'staff_teaching', sender: 'partner', mobilitiesPerYear: 7, totalMonthsPerYear: 30, subjectAreas: ['0533', '0541'], eqfLevels: [7], languages: [{ code: 'en', level: 'C1' }, { code: 'ru', level: 'B2' }], academicYears: [] },
        { ...CONDITION, sender: 'partner' },
      ],
      startDate: '2024-10-01',
      endDate: null,
      coordinator: { name: 'Aziz Rakhimov', email: 'faculty@uni.example' },
      initiatingFaculty: 'economics',
      summary: 'Student exchange and research.',
    };
    const paths = diffContent(CONTENT, after).map((c) => c.path);

    // Act
    const worded = LANGUAGES.flatMap((lang) => paths.map((p) => changedField(p, wordingIn(lang))));

    // Assess
    expect(paths.length).toBeGreaterThan(15);
    for (const words of worded) {
      expect(words).not.toMatch(/[A-Za-z]+\.\d|›|cooperationConditions|mobilities|Date\b|\{/);
    }
  });

  it('words an agreement’s programmes, research areas and laboratories, and a condition offering blended mobility, in every language', () => {
    const programme = { name: 'Materials Science', field: '0533', eqfLevel: 7, degreeHome: 'Master of Physics', degreePartner: 'Master of Materials Science', placesPerYear: 5 };
    const after = { ...CONTENT, cooperationConditions: [{ ...CONDITION, blended: true }], degreeProgrammes: [programme], researchAreas: ['0533', 'thin films'], jointLaboratories: ['Laboratory of thin films'] };
    const changes = diffContent(CONTENT, after);

    expect(changes.map((c) => changedField(c.path, en))).toEqual(['Condition 1: blended mobility', 'Joint and double-degree programmes', 'Joint laboratories', 'Research areas']);
    expect(changedValue('degreeProgrammes', [programme], en)).toBe('Materials Science; ISCED-F 0533; EQF 7; degrees: Master of Physics (ours), Master of Materials Science (the partner’s); 5 per year');
    expect(conditionLine({ ...CONDITION, blended: true }, en)).toMatch(/; blended mobility offered$/);
    for (const lang of LANGUAGES) {
      for (const c of changes.slice(1)) expect(changedField(c.path, wordingIn(lang)), lang).not.toMatch(/[A-Za-z]+[A-Z]|›|\{/);
    }
  });

  it('words the memorandum’s text pair in every language, an agreement that names none as the Russian one', () => {
    const [change] = diffContent(CONTENT, { ...CONTENT, textLanguage: 'uz' });

    expect(change).toEqual({ path: 'textLanguage', to: 'uz' });
    expect(LANGUAGES.map((lang) => changedField(change!.path, wordingIn(lang)))).toEqual(['The memorandum’s text', 'Текст меморандума', 'Memorandum matni']);
    expect(LANGUAGES.map((lang) => changedValue('textLanguage', change!.to, wordingIn(lang)))).toEqual(['English with Uzbek', 'На английском и узбекском', "Ingliz va o'zbek tillarida"]);
    expect(LANGUAGES.map((lang) => changedValue('textLanguage', change!.from, wordingIn(lang)))).toEqual(['English with Russian', 'На английском и русском', 'Ingliz va rus tillarida']);
  });

  it('keeps an unknown path readable: its known head worded, positions from 1', () => {
    expect(changedField('cooperationConditions.0.somethingNew', en)).toBe('Cooperation conditions › 1 › somethingNew');
    expect(changedField('signatories.1.name', en)).toBe('signatories › 2 › name');
  });
});

describe('a changed value in the office’s words', () => {
  it('names codes, dates, the open end, the partner and faculty, a direction, and a whole condition', () => {
    const w = wordingIn('en', { partner: (id) => (id === 'osh-state-university' ? 'Osh State University' : undefined), faculty: (id) => (id === 'physics' ? 'Faculty of Physics' : undefined) });

    expect(changedValue('kind', 'academic_mobility_agreement', w)).toBe('Academic mobility agreement');
    expect(changedValue('scope', ['student_exchange', 'joint_research'], w)).toBe('Student exchange, Joint research');
    expect(changedValue('cooperationConditions.0.type', 'staff_teaching', w)).toBe('Staff teaching');
    expect(changedValue('cooperationConditions.0.sender', 'home', w)).toBe('Outgoing');
    expect(changedValue('cooperationConditions.0.sender', 'partner', w)).toBe('Incoming');
    expect(changedValue('endDate', '2029-08-31', w)).toBe('31 August 2029');
    expect(changedValue('endDate', null, w)).toBe('Open-ended');
    expect(changedValue('partnerId', 'osh-state-university', w)).toBe('Osh State University');
    expect(changedValue('initiatingFaculty', 'physics', w)).toBe('Faculty of Physics');
    expect(changedValue('initiatingFaculty', 'unknown-faculty', w)).toBe('unknown-faculty');
    expect(changedValue('cooperationConditions.0.mobilitiesPerYear', 7, w)).toBe('7');
    expect(changedValue('cooperationConditions.0.eqfLevels', [6, 7], w)).toBe('6, 7');
    expect(changedValue('cooperationConditions.0.languages.1', { code: 'en', level: 'C1' }, w)).toBe('English C1');
    expect(changedValue('cooperationConditions.0.languages.1.code', 'en', w)).toBe('English');
    expect(changedValue('cooperationConditions.1', undefined, w)).toBe('(empty)');
    expect(changedValue('cooperationConditions.1', CONDITION, w)).toBe(conditionLine(CONDITION, w));
    expect(conditionLine(CONDITION, w)).toBe('Student studies; we send; 5 per year; 25 months in total per year; ISCED-F 0533; EQF 6, 7; languages Russian B2; years 2026/2027');
    expect(changedValue('summary', 'Student exchange.', w)).toBe('Student exchange.');
  });

  it('says them in Russian and Uzbek too', () => {
    expect(changedValue('cooperationConditions.0.type', 'student_studies', wordingIn('ru'))).toBe('Обучение студентов');
    expect(changedValue('endDate', null, wordingIn('uz'))).toBe('Muddatsiz');
    expect(changedValue('cooperationConditions.0.sender', 'home', wordingIn('uz'))).toBe('Chiquvchi');
  });

  it('names a condition’s languages in the reader’s language rather than by their codes', () => {
    expect(conditionLine(CONDITION, wordingIn('ru'))).toContain('русский B2');
    expect(conditionLine(CONDITION, wordingIn('uz'))).toContain('rus tili B2');
    expect(changedValue('cooperationConditions.0.languages', [{ code: 'en', level: 'C1' }, { code: 'kk', level: 'B1' }], en)).toBe('English C1, Kazakh B1');
  });
});

describe('what saving a change will be', () => {
  it('is nothing, a new version, or an amendment naming the conditions, the dates or both, as the server decides', () => {
    const cases: [string[], ReturnType<typeof changeKind>][] = [
      [[], { kind: 'none' }],
      [['summary', 'coordinator.email', 'scope'], { kind: 'version' }],
      [['cooperationConditions.0.mobilitiesPerYear'], { kind: 'amendment', conditions: true, dates: false }],
      [['endDate', 'summary'], { kind: 'amendment', conditions: false, dates: true }],
      [['startDate', 'cooperationConditions.1'], { kind: 'amendment', conditions: true, dates: true }],
    ];
    for (const [paths, expected] of cases) {
      expect(changeKind(paths), paths.join()).toEqual(expected);
      // The page says "amendment" exactly when the server will make one.
      expect(changeKind(paths).kind === 'amendment', paths.join()).toBe(isMaterial(paths.map((path) => ({ path }))));
    }
  });
});
