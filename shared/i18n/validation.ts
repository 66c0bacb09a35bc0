/**
 * Validation messages in the reader's language. The forms check their input with the same zod
 * schemas as the API (shared/schemas); a zod issue, or a `{path, message}` field error the API
 * answered with, becomes a sentence in English, Russian or Uzbek here.
 *
 * Two sources of text: the schemas' own messages (`'Use YYYY/YYYY'`, written in shared/schemas
 * and sent by the API as they are), looked up by their English text; and zod's built-in checks,
 * worded by issue code. A message this module does not know is returned unchanged: better the
 * server's English than nothing.
 */
import type { Language } from '../schemas/common';
import { statusLabel } from './index';

type Words = Record<Language, string>;

/** The messages written in shared/schemas and the API's reference checks, by their English text. */
const KNOWN: Record<string, Words> = {
  'Enter a valid email address': {
    en: 'Enter a valid email address',
    ru: 'Введите правильный адрес электронной почты',
    uz: "To'g'ri elektron pochta manzilini kiriting",
  },
  'Use letters, digits, - and _ only': {
    en: 'Use letters, digits, - and _ only',
    ru: 'Только латинские буквы, цифры, - и _',
    uz: 'Faqat lotin harflari, raqamlar, - va _',
  },
  'Use YYYY-MM-DD': { en: 'Use YYYY-MM-DD', ru: 'Формат ГГГГ-ММ-ДД', uz: 'YYYY-OO-KK shaklida yozing' },
  'Not a real date': { en: 'Not a real date', ru: 'Такой даты не существует', uz: "Bunday sana yo'q" },
  'Use YYYY/YYYY': { en: 'Use YYYY/YYYY, for example 2026/2027', ru: 'Формат ГГГГ/ГГГГ, например 2026/2027', uz: 'YYYY/YYYY shaklida yozing, masalan 2026/2027' },
  'The second year must follow the first': {
    en: 'The second year must follow the first',
    ru: 'Второй год должен следовать за первым',
    uz: "Ikkinchi yil birinchisidan keyingi yil bo'lishi kerak",
  },
  'Use an ISO 639-1 code such as en, ru, uz': {
    en: 'Use a two-letter language code such as en, ru, uz',
    ru: 'Двухбуквенный код языка, например en, ru, uz',
    uz: 'Ikki harfli til kodi, masalan en, ru, uz',
  },
  // Two letters that name no language ("zz"): saying "use two letters" would puzzle whoever typed two.
  'No language has this code': {
    en: 'No language has this code; use an ISO 639-1 code such as en, ru, uz',
    ru: 'Нет языка с таким кодом; укажите код ISO 639-1, например en, ru, uz',
    uz: "Bunday kodli til yo'q; ISO 639-1 kodini yozing, masalan en, ru, uz",
  },
  'ISCED-F 4-digit code': { en: 'A 4-digit ISCED-F code', ru: 'Четырёхзначный код ISCED-F', uz: "To'rt xonali ISCED-F kodi" },
  'Blended mobility is offered to students only': { en: 'Blended mobility is offered to students only', ru: 'Смешанная мобильность предусмотрена только для студентов', uz: "Aralash mobillik faqat talabalar uchun" },
  'No ISCED-F field has this code': { en: 'No ISCED-F field has this code (for example 0533 physics, 0613 software)', ru: 'Нет области ISCED-F с таким кодом (например, 0533 физика, 0613 программирование)', uz: "Bunday kodli ISCED-F sohasi yo'q (masalan, 0533 fizika, 0613 dasturlash)" },
  'The end date must be after the start date': {
    en: 'The end date must be after the start date',
    ru: 'Дата окончания должна быть позже даты начала',
    uz: "Tugash sanasi boshlanish sanasidan keyin bo'lishi kerak",
  },
  'Give the planned start date with its end date': { en: 'Give the planned start date with its end date', ru: 'Укажите и дату начала', uz: 'Boshlanish sanasini ham kiriting' },
  'Give the planned end date with its start date': { en: 'Give the planned end date with its start date', ru: 'Укажите и дату окончания', uz: 'Tugash sanasini ham kiriting' },
  'Give the physical part’s start date with its end date': { en: 'Give the physical part’s start date with its end date', ru: 'Укажите и дату начала очной части', uz: 'Jismoniy qismning boshlanish sanasini ham kiriting' },
  'Give the physical part’s end date with its start date': { en: 'Give the physical part’s end date with its start date', ru: 'Укажите и дату окончания очной части', uz: 'Jismoniy qismning tugash sanasini ham kiriting' },
  'Only an incoming nomination asks for accommodation': {
    en: 'Only an incoming nomination asks for accommodation',
    ru: 'Жильё запрашивается только для входящей номинации',
    uz: "Turar joy faqat kiruvchi nomzod uchun so'raladi",
  },
  'Name a partner, or describe an activity that has none': {
    en: 'Name a partner, or describe an activity that has none',
    ru: 'Укажите партнёра или опишите мероприятие без партнёра',
    uz: "Hamkorni ko'rsating yoki hamkorsiz tadbirni tasvirlab bering",
  },
  'A partner is named twice': { en: 'A partner is named twice', ru: 'Партнёр указан дважды', uz: "Hamkor ikki marta ko'rsatilgan" },
  'Use an ISO 4217 currency code such as UZS, EUR, USD': {
    en: 'Use a three-letter currency code such as UZS, EUR, USD',
    ru: 'Трёхбуквенный код валюты, например UZS, EUR, USD',
    uz: "Uch harfli valyuta kodi, masalan UZS, EUR, USD",
  },
  'No currency has this code': { en: 'No currency has this code', ru: 'Валюты с таким кодом нет', uz: "Bunday kodli valyuta yo'q" },
  'The agreement is not with one of the activity’s partners': {
    en: 'The agreement is not with one of the activity’s partners',
    ru: 'Соглашение заключено не с партнёром этого мероприятия',
    uz: 'Shartnoma ushbu tadbir hamkorlaridan biri bilan tuzilmagan',
  },
  'The end date must not be before the start date': { en: 'The end date must not be before the start date', ru: 'Дата окончания не может быть раньше даты начала', uz: "Tugash sanasi boshlanish sanasidan oldin bo'lmasin" },
  'Only a blended mobility has a physical part’s dates': { en: 'Only a blended mobility has a physical part’s dates', ru: 'Даты очной части есть только у смешанной мобильности', uz: "Jismoniy qism sanalari faqat aralash mobillikda bo'ladi" },
  'Hours are for staff teaching or training': { en: 'Hours are for staff teaching or training', ru: 'Часы указываются только для преподавания или стажировки сотрудников', uz: "Soatlar faqat xodimlarning dars berishi yoki malaka oshirishi uchun" },
  'A subject is for staff teaching or training': { en: 'A subject is for staff teaching or training', ru: 'Тема указывается только для преподавания или стажировки сотрудников', uz: "Mavzu faqat xodimlarning dars berishi yoki malaka oshirishi uchun" },
  'Give the reason for the rejection': { en: 'Give the reason for the rejection', ru: 'Укажите причину отказа', uz: 'Rad etish sababini yozing' },
  'Say what the submitter should change': {
    en: 'Say what the submitter should change',
    ru: 'Напишите, что заявителю нужно исправить',
    uz: "Ariza beruvchi nimani o'zgartirishi kerakligini yozing",
  },
  'No partner university with this id': { en: 'No such partner university', ru: 'Такого вуза-партнёра нет', uz: "Bunday hamkor universitet yo'q" },
  'No faculty with this id': { en: 'No such faculty', ru: 'Такого факультета нет', uz: "Bunday fakultet yo'q" },
  'No agreement with this id': { en: 'No such agreement', ru: 'Такого соглашения нет', uz: "Bunday shartnoma yo'q" },
  'This agreement is with another partner': {
    en: 'This agreement is with another partner',
    ru: 'Это соглашение заключено с другим партнёром',
    uz: 'Bu shartnoma boshqa hamkor bilan tuzilgan',
  },
  'Choose a partner from the registry, or propose a new one': {
    en: 'Choose a partner from the registry, or propose a new one',
    ru: 'Выберите партнёра из реестра или предложите нового',
    uz: 'Reyestrdan hamkorni tanlang yoki yangisini taklif qiling',
  },
  // People and approval chains (shared/schemas/directory.ts, shared/workflow/chain-check.ts).
  'No department with this id in this faculty': {
    en: 'This faculty has no such department',
    ru: 'На этом факультете нет такой кафедры',
    uz: "Bu fakultetda bunday kafedra yo'q",
  },
  'Choose the faculty the department belongs to': {
    en: 'Choose the faculty the department belongs to',
    ru: 'Выберите факультет, к которому относится кафедра',
    uz: 'Kafedra tegishli fakultetni tanlang',
  },
  'This role is held for the whole university': { en: 'This role is held for the whole university', ru: 'Эта роль назначается на весь университет', uz: 'Bu rol butun universitet uchun beriladi' },
  'This role is already given here': { en: 'This role is already given here', ru: 'Эта роль здесь уже назначена', uz: 'Bu rol bu yerda allaqachon berilgan' },
  'A chain needs at least one step': { en: 'A chain needs at least one step', ru: 'В цепочке должен быть хотя бы один шаг', uz: "Zanjirda kamida bitta bosqich bo'lishi kerak" },
  'Two steps cannot have the same id': { en: 'Two steps cannot have the same id', ru: 'У двух шагов не может быть одинакового идентификатора', uz: "Ikki bosqichning identifikatori bir xil bo'lishi mumkin emas" },
  'At least one day': { en: 'At least one day', ru: 'Не менее одного дня', uz: 'Kamida bir kun' },
  'At most 60 days': { en: 'At most 60 days', ru: 'Не более 60 дней', uz: "Ko'pi bilan 60 kun" },
  'An earlier step already asks this role at this level': {
    en: 'An earlier step already asks this role at this level',
    ru: 'Эта роль на этом уровне уже есть в предыдущем шаге',
    uz: "Bu daraja va rol oldingi qadamda allaqachon bor",
  },
  'Nobody holds this role yet; give it to someone under People first': {
    en: 'Nobody holds this role yet; give it to someone under People first',
    ru: 'Эту роль пока никто не занимает; сначала назначьте её кому-нибудь в разделе «Люди»',
    uz: "Bu rol hali hech kimga berilmagan; avval uni «Odamlar» bo'limida kimgadir bering",
  },
  'Nobody holds this role at this level; choose the level it is given at': {
    en: 'Nobody holds this role at this level; choose the level it is given at',
    ru: 'На этом уровне эту роль никто не занимает; выберите уровень, на котором она назначена',
    uz: 'Bu darajada bu rol hech kimga berilmagan; u berilgan darajani tanlang',
  },
  'A memorandum has no department; choose faculty or university': {
    en: 'A memorandum has no department; choose faculty or university',
    ru: 'У меморандума нет кафедры; выберите факультет или университет',
    uz: "Memorandumda kafedra yo'q; fakultet yoki universitetni tanlang",
  },
  'The directory has no faculties or departments for this level': {
    en: 'The directory has no faculties or departments for this level',
    ru: 'В справочнике нет факультетов или кафедр для этого уровня',
    uz: "Ma'lumotnomada bu daraja uchun fakultet yoki kafedra yo'q",
  },
  // An incoming student's study plan (shared/schemas/study-plan.ts, shared/workflow/study-plan.ts).
  'Credits must be a number': { en: 'Credits must be a number', ru: 'Кредиты должны быть числом', uz: "Kreditlar son bo'lishi kerak" },
  'Credits must be more than 0': { en: 'Credits must be more than 0', ru: 'Кредитов должно быть больше 0', uz: "Kreditlar 0 dan ko'p bo'lishi kerak" },
  'At most 60 credits for one course': { en: 'At most 60 credits for one course', ru: 'Не более 60 кредитов за один курс', uz: "Bitta kurs uchun ko'pi bilan 60 kredit" },
  'Give the course code': { en: 'Give the course code', ru: 'Укажите код курса', uz: 'Kurs kodini kiriting' },
  'Give the course title': { en: 'Give the course title', ru: 'Укажите название курса', uz: 'Kurs nomini kiriting' },
  'Use letters, digits, spaces and - _ / only': { en: 'Use letters, digits, spaces and - _ / only', ru: 'Только буквы, цифры, пробелы и - _ /', uz: "Faqat harflar, raqamlar, bo'shliq va - _ /" },
  'State the ECTS equivalent of the local credits': { en: 'State the ECTS equivalent of the local credits', ru: 'Укажите эквивалент местных кредитов в ECTS', uz: 'Mahalliy kreditlarning ECTS ekvivalentini kiriting' },
  'ECTS credits need no equivalent: leave this empty': { en: 'ECTS credits need no equivalent: leave this empty', ru: 'Кредитам ECTS эквивалент не нужен: оставьте поле пустым', uz: "ECTS kreditlariga ekvivalent kerak emas: bo'sh qoldiring" },
  'This course code is already in the plan': { en: 'This course code is already in the plan', ru: 'Курс с этим кодом уже есть в плане', uz: 'Bu kodli kurs rejada allaqachon bor' },
  'A study plan needs at least one course': { en: 'A study plan needs at least one course', ru: 'В учебном плане должен быть хотя бы один курс', uz: "O'quv rejada kamida bitta kurs bo'lishi kerak" },
};

/** The API's messages that name something, by pattern. */
const PATTERNS: [RegExp, (m: RegExpExecArray, lang: Language) => string][] = [
  [
    /^Must be between (\S+) and (\S+) for this period$/,
    (m, lang) => ({ en: `Must be between ${m[1]} and ${m[2]} for this period`, ru: `Для этого периода — с ${m[1]} по ${m[2]}`, uz: `Bu davr uchun ${m[1]} dan ${m[2]} gacha` })[lang],
  ],
  [
    /^Must be on or before (\S+) for this period$/,
    (m, lang) => ({ en: `Must be on or before ${m[1]} for this period`, ru: `Для этого периода — не позже ${m[1]}`, uz: `Bu davr uchun ${m[1]} dan kechikmasin` })[lang],
  ],
  [
    /^The physical part must lie between (\S+) and (\S+)$/,
    (m, lang) => ({ en: `The physical part must lie between ${m[1]} and ${m[2]}`, ru: `Очная часть должна быть в пределах с ${m[1]} по ${m[2]}`, uz: `Jismoniy qism ${m[1]} va ${m[2]} oralig'ida bo'lishi kerak` })[lang],
  ],
  [
    /^No such department in (.+)$/,
    (m, lang) => ({ en: `No such department in ${m[1]}`, ru: `На факультете «${m[1]}» нет такой кафедры`, uz: `${m[1]} tarkibida bunday kafedra yo'q` })[lang],
  ],
  [
    /^This agreement is (\w+), not in force$/,
    (m, lang) =>
      ({
        en: `This agreement is not in force (${statusLabel(m[1]!, 'en').toLowerCase()})`,
        ru: `Это соглашение не действует (${statusLabel(m[1]!, 'ru').toLowerCase()})`,
        uz: `Bu shartnoma amalda emas (${statusLabel(m[1]!, 'uz').toLowerCase()})`,
      })[lang],
  ],
];

const GENERIC = {
  fillIn: { en: 'Fill this in', ru: 'Заполните это поле', uz: "Bu maydonni to'ldiring" },
  chooseOne: { en: 'Choose one', ru: 'Выберите вариант', uz: 'Birini tanlang' },
  chooseAtLeastOne: { en: 'Choose at least one', ru: 'Выберите хотя бы один вариант', uz: 'Kamida bittasini tanlang' },
  tooLong: { en: 'At most {n} characters', ru: 'Не больше {n} символов', uz: "Ko'pi bilan {n} ta belgi" },
  tooShort: { en: 'At least {n} characters', ru: 'Не меньше {n} символов', uz: 'Kamida {n} ta belgi' },
  tooMany: { en: 'At most {n}', ru: 'Не больше {n}', uz: "Ko'pi bilan {n} ta" },
  tooFew: { en: 'At least {n}', ru: 'Не меньше {n}', uz: 'Kamida {n} ta' },
  numberTooBig: { en: 'At most {n}', ru: 'Не больше {n}', uz: "Ko'pi bilan {n}" },
  numberTooSmall: { en: 'At least {n}', ru: 'Не меньше {n}', uz: 'Kamida {n}' },
  email: KNOWN['Enter a valid email address']!,
  format: { en: 'Check the format', ru: 'Проверьте формат', uz: 'Shaklini tekshiring' },
  notAnOption: { en: 'Choose one of the options', ru: 'Выберите один из вариантов', uz: 'Variantlardan birini tanlang' },
  unexpected: { en: 'This field is not expected here', ru: 'Это поле здесь не предусмотрено', uz: "Bu maydon bu yerda ko'zda tutilmagan" },
  invalid: { en: 'Check this value', ru: 'Проверьте значение', uz: 'Qiymatni tekshiring' },
  number: { en: 'Enter a number', ru: 'Введите число', uz: 'Son kiriting' },
  wholeNumber: { en: 'Enter a whole number', ru: 'Введите целое число', uz: 'Butun son kiriting' },
} satisfies Record<string, Words>;

export type GenericMessage = keyof typeof GENERIC;

/** A generic validation sentence, with `{n}` filled in (a number formatted for the language). */
export function genericMessage(key: GenericMessage, lang: Language, n?: number | bigint): string {
  const text = GENERIC[key][lang];
  return n === undefined ? text : text.replace('{n}', new Intl.NumberFormat(lang).format(n));
}

/** A message from the API (or a schema's own) in the reader's language; unknown ones unchanged. */
export function fieldMessage(message: string, lang: Language): string {
  return knownMessage(message, lang) ?? message;
}

/** A message this module words, in `lang`; undefined when it does not know it. */
function knownMessage(message: string, lang: Language): string | undefined {
  const known = KNOWN[message];
  if (known) return known[lang];
  for (const [pattern, render] of PATTERNS) {
    const m = pattern.exec(message);
    if (m) return render(m, lang);
  }
  return undefined;
}

/** What a zod issue carries that the wording needs (structurally, so any zod 4 issue fits). */
export type IssueLike = {
  code: string;
  message: string;
  origin?: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
  format?: string;
  /** What an `invalid_type` wanted: a `number` or an `int` is worded as such, not as a missing value. */
  expected?: string;
};

/**
 * One zod issue as a sentence. `choice` words a missing value as "Choose one" (a select or a
 * group of options) rather than "Fill this in"; `empty` says the field was left empty, which
 * zod reports as a failed format or a too-short string.
 */
export function issueMessage(issue: IssueLike, lang: Language, opts: { choice?: boolean; empty?: boolean } = {}): string {
  if (opts.empty) return genericMessage(issue.origin === 'array' ? 'chooseAtLeastOne' : opts.choice ? 'chooseOne' : 'fillIn', lang);
  if (Object.hasOwn(KNOWN, issue.message)) return KNOWN[issue.message]![lang];
  switch (issue.code) {
    case 'too_small':
      if (issue.origin === 'array') return Number(issue.minimum) <= 1 ? genericMessage('chooseAtLeastOne', lang) : genericMessage('tooFew', lang, issue.minimum);
      if (issue.origin === 'string') return Number(issue.minimum) <= 1 ? genericMessage(opts.choice ? 'chooseOne' : 'fillIn', lang) : genericMessage('tooShort', lang, issue.minimum);
      return genericMessage('numberTooSmall', lang, issue.minimum);
    case 'too_big':
      if (issue.origin === 'string') return genericMessage('tooLong', lang, issue.maximum);
      if (issue.origin === 'array') return genericMessage('tooMany', lang, issue.maximum);
      return genericMessage('numberTooBig', lang, issue.maximum);
    case 'invalid_format':
      return genericMessage(issue.format === 'email' ? 'email' : 'format', lang);
    case 'invalid_value':
      return genericMessage('notAnOption', lang);
    case 'invalid_type':
      // Text where a number belongs (a form sends what it could not read as a number as it was typed).
      if (issue.expected === 'number') return genericMessage('number', lang);
      if (issue.expected === 'int') return genericMessage('wholeNumber', lang);
      return genericMessage(opts.choice ? 'chooseOne' : 'fillIn', lang);
    case 'unrecognized_keys':
      return genericMessage('unexpected', lang);
    default:
      // A message with values in it ("Must be between … for this period") is known by its pattern, in English too.
      return knownMessage(issue.message, lang) ?? genericMessage('invalid', lang);
  }
}

/** Every schema message this module translates, for the completeness test. */
export const KNOWN_MESSAGES = Object.keys(KNOWN);
