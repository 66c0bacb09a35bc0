/**
 * The partners page's own sentences added with likely duplicates (pages/office-partners-form.tsx):
 * the 409 `likely_duplicate` names the partners a new or renamed one may be, and why
 * (shared/partner-likeness.ts), and offers to go on. Uzbek in Latin script with the ASCII apostrophe.
 */
import type { Words } from './words';

export const PARTNERS_MESSAGES = {
  'partners.likely': {
    en: 'This may be a partner that is already registered. Check before registering it again:',
    ru: 'Возможно, этот партнёр уже есть в реестре. Проверьте, прежде чем регистрировать его ещё раз:',
    uz: "Bu hamkor reyestrda allaqachon bo'lishi mumkin. Qayta ro'yxatga olishdan oldin tekshiring:",
  },
  'partners.likely.same_words': { en: 'the same words in another order or script', ru: 'те же слова в другом порядке или другим алфавитом', uz: "boshqa tartibda yoki boshqa yozuvda o'sha so'zlar" },
  'partners.likely.one_word_more': { en: 'the same name with one word more or less', ru: 'то же название, на одно слово длиннее или короче', uz: "bitta so'z ortiq yoki kam bo'lgan o'sha nom" },
  'partners.likely.abbreviation': { en: 'an abbreviation of the same name', ru: 'сокращение того же названия', uz: "o'sha nomning qisqartmasi" },
  'partners.notTheSame': { en: 'Not the same — create anyway', ru: 'Это другой партнёр — всё равно создать', uz: 'Bu boshqa hamkor — baribir yaratish' },
  'partners.notTheSameSave': { en: 'Not the same — save anyway', ru: 'Это другой партнёр — всё равно сохранить', uz: 'Bu boshqa hamkor — baribir saqlash' },
  'partners.type': { en: 'Type of organisation', ru: 'Тип организации', uz: 'Tashkilot turi' },
  'partners.typeHint': {
    en: 'A company takes trainees, not students on a study mobility.',
    ru: 'Компания принимает стажёров, а не студентов на учебную мобильность.',
    uz: "Kompaniya o'quv mobilligidagi talabalarni emas, stajyorlarni qabul qiladi.",
  },
  'partners.type.university': { en: 'University', ru: 'Университет', uz: 'Universitet' },
  'partners.type.research_institute': { en: 'Research institute', ru: 'Научно-исследовательский институт', uz: 'Ilmiy-tadqiqot instituti' },
  'partners.type.company': { en: 'Company', ru: 'Компания', uz: 'Kompaniya' },
  'partners.type.government': { en: 'Government body', ru: 'Государственный орган', uz: 'Davlat organi' },
  'partners.type.ngo': { en: 'Non-governmental organisation', ru: 'Некоммерческая организация', uz: 'Nodavlat notijorat tashkiloti' },
  'partners.type.other': { en: 'Other', ru: 'Другое', uz: 'Boshqa' },
} satisfies Record<string, Words>;
