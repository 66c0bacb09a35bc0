/**
 * The invitation letter's templates and filling: the built-in files pass their check; a template
 * naming a placeholder the letter does not know is refused with its name and place; the letter is
 * filled in English and the other language, paragraph by paragraph, the room's paragraph left out
 * in both when no room is given.
 */
import { describe, expect, it } from 'vitest';
import { checkInvitationPair, checkInvitationTemplate, invitationLetter, type InvitationFacts } from '../../functions/lib/memorandum/invitation';
import { TemplateError } from '../../functions/lib/memorandum/template';
import { INVITATION_TEMPLATES } from '../../functions/lib/memorandum/templates';

const facts: InvitationFacts = {
  reference: 'NOM-2027-0042',
  date: '2027-06-01',
  student: { name: 'Aliya Serikovna', nationality: 'KZ', dateOfBirth: '2004-05-17' },
  passport: { number: 'N12345678', expiry: '2031-03-01' },
  home: { name: 'L.N. Gumilyov Eurasian National University', names: { ru: 'Евразийский национальный университет им. Л.Н. Гумилёва' }, country: 'KZ' },
  hostFaculty: { name: 'Faculty of Physics', names: { ru: 'Физический факультет' } },
  stay: { start: '2027-09-01', end: '2028-01-31' },
  academicYear: '2027/2028',
  university: { name: 'Demo State University', names: { ru: 'Демонстрационный государственный университет' } },
  signatory: { name: 'Malika Yusupova' },
};

const textOf = (rows: ReturnType<typeof invitationLetter>['rows'], side: 0 | 1) =>
  rows.map((r) => r[side]).map((b) => (b.kind === 'parties' ? b.parties.flatMap((p) => [p.title, ...p.lines]).join('\n') : 'text' in b ? b.text : '')).join('\n');

describe('the invitation letter’s templates', () => {
  it('are valid as built in, and the Russian and Uzbek ones line up with the English one', () => {
    for (const lang of ['en', 'ru', 'uz'] as const) expect(checkInvitationTemplate(INVITATION_TEMPLATES[lang], lang).language).toBe(lang);
    expect(() => checkInvitationPair(INVITATION_TEMPLATES.en, INVITATION_TEMPLATES.ru)).not.toThrow();
    expect(() => checkInvitationPair(INVITATION_TEMPLATES.en, INVITATION_TEMPLATES.uz)).not.toThrow();
  });

  it('refuses a template naming a placeholder the letter does not know, with its name and place', () => {
    const misspelt = { ...INVITATION_TEMPLATES.en, paragraphs: ['Dear {{student.fullName}},', ...INVITATION_TEMPLATES.en.paragraphs.slice(1)] };
    let error: unknown;
    try {
      checkInvitationTemplate(misspelt, 'en');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(TemplateError);
    expect(error).toMatchObject({ path: 'paragraphs.0', placeholder: 'student.fullName' });
    expect((error as Error).message).toContain('{{student.fullName}}');
  });

  it('refuses the signature inside a sentence, an unclosed brace, a missing word and a template in another language', () => {
    const en = INVITATION_TEMPLATES.en;
    expect(() => checkInvitationTemplate({ ...en, paragraphs: ['Signed: {{signature}}'] }, 'en')).toThrow(/block/);
    expect(() => checkInvitationTemplate({ ...en, title: 'Invitation {{student.name' }, 'en')).toThrow(/unclosed/);
    const { room: _room, ...words } = en.words;
    expect(() => checkInvitationTemplate({ ...en, words }, 'en')).toThrow(/words\.room/);
    expect(() => checkInvitationTemplate(INVITATION_TEMPLATES.ru, 'uz')).toThrow(/language is ru/);
    expect(() => checkInvitationPair(en, { ...INVITATION_TEMPLATES.ru, paragraphs: INVITATION_TEMPLATES.ru.paragraphs.slice(1) })).toThrow(/paragraphs/);
  });
});

describe('the invitation letter, filled', () => {
  it('names the student, the passport and the stay in English and Russian', () => {
    const letter = invitationLetter(INVITATION_TEMPLATES.en, INVITATION_TEMPLATES.ru, facts);
    expect(letter.languageNames).toEqual(['English', 'Русский']);
    const en = textOf(letter.rows, 0);
    const ru = textOf(letter.rows, 1);
    expect(en).toContain('Aliya Serikovna, a citizen of Kazakhstan, born on 17 May 2004, holder of passport No. N12345678 valid until 1 March 2031');
    expect(en).toContain('Faculty of Physics');
    expect(ru).toContain('Aliya Serikovna');
    expect(ru).toContain('паспорт № N12345678, действителен до 1 марта 2031');
    expect(ru).toContain('Физический факультет');
    expect(ru).toContain('Отдел международных связей');
    expect(letter.footer).toBe('Invitation letter / Приглашение · NOM-2027-0042');
  });

  it('leaves the accommodation out in both languages until a room is given, and then names it', () => {
    const without = invitationLetter(INVITATION_TEMPLATES.en, INVITATION_TEMPLATES.uz, facts);
    expect(textOf(without.rows, 0)).not.toContain('Accommodation');
    expect(textOf(without.rows, 1)).not.toContain('Yashash joyi');
    const housed = invitationLetter(INVITATION_TEMPLATES.en, INVITATION_TEMPLATES.uz, { ...facts, accommodation: { residence: 'Student Residence No. 1', room: '101', from: '2027-08-28', to: '2028-02-03' } });
    expect(housed.rows.length).toBe(without.rows.length + 1);
    expect(textOf(housed.rows, 0)).toContain('Accommodation: Student Residence No. 1, room 101, 28 August 2027 – 3 February 2028.');
    expect(textOf(housed.rows, 1)).toContain('Yashash joyi: Student Residence No. 1, xona 101');
  });
});
