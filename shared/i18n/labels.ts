/**
 * The office's names for the codes stored on nominations and memoranda (nominee role, study
 * level, direction, programme, mobility type and period, agreement kind, scope, EWP cooperation
 * condition type), in English, Russian and Uzbek (Latin script). Statuses, roles and the two
 * kinds come from `./index`, so an approver reads the same word in the email and on the page.
 */
import type { Language } from '../schemas/common';
import { kindLabel, roleLabel, statusLabel, statusNames, type SubjectKind } from './index';
import type { RoleName } from '../schemas/directory';

type Words = Record<Language, string>;

const CODES = {
  // nominee role
  student: { en: 'Student', ru: 'Студент', uz: 'Talaba' },
  academic_staff: { en: 'Academic staff', ru: 'Академический персонал', uz: 'Akademik xodim' },
  administrative_staff: { en: 'Administrative staff', ru: 'Административный персонал', uz: "Ma'muriy xodim" },
  // study level
  bachelor: { en: 'Bachelor', ru: 'Бакалавриат', uz: 'Bakalavriat' },
  master: { en: 'Master', ru: 'Магистратура', uz: 'Magistratura' },
  doctoral: { en: 'Doctoral', ru: 'Докторантура', uz: 'Doktorantura' },
  none: { en: 'Not applicable', ru: 'Не применимо', uz: "Qo'llanilmaydi" },
  // direction
  outgoing: {
    en: 'Outgoing (our person goes to the partner)',
    ru: 'Исходящая (наш участник едет к партнёру)',
    uz: 'Chiquvchi (bizning vakilimiz hamkorga boradi)',
  },
  incoming: {
    en: 'Incoming (the partner’s person comes here)',
    ru: 'Входящая (участник партнёра приезжает к нам)',
    uz: 'Kiruvchi (hamkor vakili bizga keladi)',
  },
  // programme
  bilateral: { en: 'Bilateral mobility', ru: 'Двусторонняя мобильность', uz: 'Ikki tomonlama mobillik' },
  erasmus_plus: { en: 'Erasmus+', ru: 'Erasmus+', uz: 'Erasmus+' },
  government_scholarship: { en: 'Government scholarship', ru: 'Государственная стипендия', uz: 'Davlat stipendiyasi' },
  other: { en: 'Other', ru: 'Другое', uz: 'Boshqa' },
  // mobility type (short_term is also a period, with the same name)
  semester_study: { en: 'Semester study', ru: 'Семестровое обучение', uz: "Bir semestr o'qish" },
  full_year_study: { en: 'Full-year study', ru: 'Годичное обучение', uz: "Bir yillik o'qish" },
  short_term: { en: 'Short-term', ru: 'Краткосрочная', uz: 'Qisqa muddatli' },
  teaching: { en: 'Teaching', ru: 'Преподавание', uz: 'Dars berish' },
  training: { en: 'Training', ru: 'Стажировка', uz: 'Malaka oshirish' },
  research: { en: 'Research', ru: 'Научное исследование', uz: 'Ilmiy tadqiqot' },
  // period
  first_semester: { en: 'First semester', ru: 'Первый семестр', uz: 'Birinchi semestr' },
  second_semester: { en: 'Second semester', ru: 'Второй семестр', uz: 'Ikkinchi semestr' },
  full_year: { en: 'Full year', ru: 'Весь учебный год', uz: "To'liq o'quv yili" },
  summer: { en: 'Summer', ru: 'Лето', uz: 'Yoz' },
  // mobility format
  physical: { en: 'Physical', ru: 'Очная', uz: 'Jismoniy (safar bilan)' },
  virtual: { en: 'Virtual', ru: 'Виртуальная', uz: 'Virtual' },
  blended: { en: 'Blended', ru: 'Смешанная', uz: 'Aralash' },
  // agreement kind
  memorandum_of_understanding: { en: 'Memorandum of understanding', ru: 'Меморандум о взаимопонимании', uz: "O'zaro anglashuv memorandumi" },
  cooperation_agreement: { en: 'Cooperation agreement', ru: 'Соглашение о сотрудничестве', uz: 'Hamkorlik shartnomasi' },
  academic_mobility_agreement: { en: 'Academic mobility agreement', ru: 'Соглашение об академической мобильности', uz: 'Akademik mobillik shartnomasi' },
  erasmus_plus_iia: { en: 'Erasmus+ inter-institutional agreement', ru: 'Межинституциональное соглашение Erasmus+', uz: 'Erasmus+ institutlararo shartnomasi' },
  double_degree_agreement: { en: 'Double-degree agreement', ru: 'Соглашение о двойном дипломе', uz: "Qo'sh diplom shartnomasi" },
  research_agreement: {
    en: 'Research / joint-laboratory agreement',
    ru: 'Соглашение о научном сотрудничестве / совместной лаборатории',
    uz: "Ilmiy hamkorlik / qo'shma laboratoriya shartnomasi",
  },
  // scope
  student_exchange: { en: 'Student exchange', ru: 'Обмен студентами', uz: 'Talabalar almashinuvi' },
  staff_exchange: { en: 'Staff exchange', ru: 'Обмен сотрудниками', uz: 'Xodimlar almashinuvi' },
  joint_research: { en: 'Joint research', ru: 'Совместные исследования', uz: "Qo'shma tadqiqotlar" },
  joint_laboratories: { en: 'Joint laboratories', ru: 'Совместные лаборатории', uz: "Qo'shma laboratoriyalar" },
  double_diplomas: { en: 'Double diplomas', ru: 'Двойные дипломы', uz: "Qo'sh diplomlar" },
  conferences: { en: 'Conferences', ru: 'Конференции', uz: 'Konferensiyalar' },
  internships: { en: 'Internships', ru: 'Стажировки', uz: 'Amaliyotlar' },
  joint_curricula: { en: 'Joint curricula', ru: 'Совместные учебные планы', uz: "Qo'shma o'quv rejalari" },
  joint_programmes: { en: 'Joint degree programmes', ru: 'Совместные образовательные программы', uz: "Qo'shma ta'lim dasturlari" },
  // EWP IIA cooperation condition type
  student_studies: { en: 'Student studies', ru: 'Обучение студентов', uz: "Talabalar o'qishi" },
  student_traineeship: { en: 'Student traineeship', ru: 'Практика студентов', uz: 'Talabalar amaliyoti' },
  staff_teaching: { en: 'Staff teaching', ru: 'Преподавание сотрудников', uz: 'Xodimlarning dars berishi' },
  staff_training: { en: 'Staff training', ru: 'Стажировка сотрудников', uz: 'Xodimlarning malaka oshirishi' },
} satisfies Record<string, Words>;

export type CodeName = keyof typeof CODES;

const ROLE_NAMES = new Set<string>(['admin', 'submitter', 'head_of_department', 'dean', 'faculty_coordinator', 'international_office', 'legal', 'vice_rector', 'rector']);

/** Every code `codeLabel` knows a name for: what a page's words per language carry (web/language-chunks.ts). */
export const labelledCodes = (): string[] => [...Object.keys(CODES), 'nomination', 'memorandum', ...ROLE_NAMES, ...statusNames()];

/**
 * Any stored code as people say it: a status, a role, a kind or one of the codes above. An
 * unknown code is shown with spaces for underscores rather than hidden.
 */
export function codeLabel(code: string | undefined | null, lang: Language): string {
  const c = String(code ?? '');
  if (Object.hasOwn(CODES, c)) return CODES[c as CodeName][lang];
  if (c === 'nomination' || c === 'memorandum') return kindLabel(c as SubjectKind, lang);
  if (ROLE_NAMES.has(c)) return roleLabel(c as RoleName, lang);
  const status = statusLabel(c, lang);
  return status !== c ? status : c.replaceAll('_', ' ');
}

// Intl.DisplayNames has no Uzbek data in Chromium's ICU (nor in Node's small ICU): it answers
// with the bare code. The countries and languages an international office meets most, in Uzbek;
// the pages that list them all add the rest (knowUzbekNames, uz-names.ts); others fall back to
// their English names.
const UZ_COUNTRIES: Record<string, string> = {
  UZ: "O'zbekiston", KZ: "Qozog'iston", KG: "Qirg'iziston", TJ: 'Tojikiston', TM: 'Turkmaniston', AF: "Afg'oniston",
  RU: 'Rossiya', BY: 'Belarus', UA: 'Ukraina', AZ: 'Ozarbayjon', GE: 'Gruziya', AM: 'Armaniston', MN: "Mo'g'uliston",
  CN: 'Xitoy', KR: 'Janubiy Koreya', JP: 'Yaponiya', IN: 'Hindiston', PK: 'Pokiston', MY: 'Malayziya', ID: 'Indoneziya',
  TR: 'Turkiya', IR: 'Eron', SA: 'Saudiya Arabistoni', AE: 'Birlashgan Arab Amirliklari', EG: 'Misr', IL: 'Isroil',
  DE: 'Germaniya', FR: 'Fransiya', GB: 'Buyuk Britaniya', IT: 'Italiya', ES: 'Ispaniya', PT: 'Portugaliya', NL: 'Niderlandiya',
  BE: 'Belgiya', AT: 'Avstriya', CH: 'Shveytsariya', PL: 'Polsha', CZ: 'Chexiya', SK: 'Slovakiya', HU: 'Vengriya',
  RO: 'Ruminiya', BG: 'Bolgariya', GR: 'Gretsiya', FI: 'Finlyandiya', SE: 'Shvetsiya', NO: 'Norvegiya', DK: 'Daniya',
  EE: 'Estoniya', LV: 'Latviya', LT: 'Litva', IE: 'Irlandiya', US: "Amerika Qo'shma Shtatlari", CA: 'Kanada', AU: 'Avstraliya',
};
const UZ_LANGUAGES: Record<string, string> = {
  uz: "o'zbek tili", ru: 'rus tili', en: 'ingliz tili', de: 'nemis tili', fr: 'fransuz tili', es: 'ispan tili', it: 'italyan tili',
  zh: 'xitoy tili', ko: 'koreys tili', ja: 'yapon tili', tr: 'turk tili', ar: 'arab tili', fa: 'fors tili', hi: 'hind tili',
  kk: 'qozoq tili', ky: "qirg'iz tili", tg: 'tojik tili', tk: 'turkman tili', pl: 'polyak tili', pt: 'portugal tili',
};

/**
 * Russian names as the region writes them, where ICU's differ: Kyrgyzstan's own Russian name (its
 * constitution's, and what its universities write) rather than ICU's «Киргизия».
 */
const RU_COUNTRIES: Record<string, string> = { KG: 'Кыргызстан' };

/** Karakalpak, a language of Uzbekistan, which Intl.DisplayNames names in no language on Chromium. */
const NAMED_HERE: Record<string, Record<Language, string>> = {
  kaa: { en: 'Karakalpak', ru: 'каракалпакский', uz: 'qoraqalpoq tili' },
};

/** The whole lists of Uzbek names, given by the pages that list every country or language (uz-names.ts). */
const uzMore = { region: {} as Record<string, string>, language: {} as Record<string, string> };

/** Adds Uzbek names for the countries and languages the short lists above leave out. */
export function knowUzbekNames(more: { countries?: Record<string, string>; languages?: Record<string, string> }): void {
  Object.assign(uzMore.region, more.countries);
  Object.assign(uzMore.language, more.languages);
}

/** One Intl.DisplayNames per language and type: the pages name a country or language per row, per render. */
const namers = new Map<string, Intl.DisplayNames>();

function namer(type: 'region' | 'language', lang: Language): Intl.DisplayNames {
  const key = `${type}|${lang}`;
  let found = namers.get(key);
  if (!found) namers.set(key, (found = new Intl.DisplayNames([lang === 'uz' ? 'en' : lang], { type })));
  return found;
}

/** The names a country also goes by where this module names it otherwise (ICU's «Киргизия»): a search by them still finds it. */
export function otherCountryNames(code: string): string[] {
  const key = code.toUpperCase();
  return RU_COUNTRIES[key] ? [namer('region', 'ru').of(key) ?? key] : [];
}

/** A country (ISO 3166-1) or language (ISO 639-1) code as a name in the reader's language. */
export function displayName(type: 'region' | 'language', code: string, lang: Language): string {
  const key = type === 'region' ? code.toUpperCase() : code.toLowerCase();
  if (type === 'language' && NAMED_HERE[key]) return NAMED_HERE[key][lang];
  if (type === 'region' && lang === 'ru' && RU_COUNTRIES[key]) return RU_COUNTRIES[key];
  if (lang === 'uz') {
    const uz = (type === 'region' ? UZ_COUNTRIES : UZ_LANGUAGES)[key] ?? uzMore[type][key];
    if (uz) return uz;
  }
  try {
    return namer(type, lang).of(code) || code;
  } catch {
    return code;
  }
}
