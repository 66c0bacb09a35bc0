/**
 * The office's dashboard's words (pages/office-dashboard-page.tsx), in English, Russian and Uzbek.
 * Its own module so that only that page's chunks carry them (i18n/dashboard-words.ts). Uzbek in
 * Latin script with the ASCII apostrophe for o' and g', as every word set.
 */
import type { Words } from './words';

export const DASHBOARD_MESSAGES = {
  'dash.title': { en: 'Overview', ru: 'Обзор', uz: "Umumiy ko'rinish" },
  'dash.failed': {
    en: 'This part could not be read (error {status}). Reload the page to try again.',
    ru: 'Этот раздел не удалось прочитать (ошибка {status}). Обновите страницу, чтобы попробовать ещё раз.',
    uz: "Bu qismni o'qib bo'lmadi (xato {status}). Qayta urinish uchun sahifani yangilang.",
  },

  // ---- what waits on whom ---------------------------------------------------------------------
  'dash.waiting': { en: 'What waits on whom', ru: 'Что у кого на согласовании', uz: 'Nima kimda kutmoqda' },
  'dash.waitingHint': {
    en: 'Nominations and memoranda in review, by the step they wait at. A step is overdue once its due date has passed.',
    ru: 'Номинации и меморандумы на согласовании — по шагу, на котором они ждут. Шаг просрочен, если его срок прошёл.',
    uz: "Ko'rib chiqilayotgan nomzodlar va memorandumlar — kutayotgan bosqichi bo'yicha. Muddati o'tgan bosqich kechikkan hisoblanadi.",
  },
  'dash.nothingWaits': { en: 'Nothing waits: no nomination or memorandum is in review.', ru: 'Ничего не ждёт: на согласовании нет ни номинаций, ни меморандумов.', uz: "Hech narsa kutmayapti: ko'rib chiqilayotgan nomzod ham, memorandum ham yo'q." },
  'dash.waitingSummary': { en: 'In review: {count}. Overdue: {overdue}.', ru: 'На согласовании: {count}. Просрочено: {overdue}.', uz: "Ko'rib chiqilmoqda: {count}. Kechikkan: {overdue}." },
  'dash.nominations': { en: 'Nominations in review', ru: 'Номинации на согласовании', uz: "Ko'rib chiqilayotgan nomzodlar" },
  'dash.memoranda': { en: 'Memoranda in review', ru: 'Меморандумы на согласовании', uz: "Ko'rib chiqilayotgan memorandumlar" },
  'dash.step': { en: 'Step', ru: 'Шаг', uz: 'Bosqich' },
  'dash.stepOf': { en: '{position}. {role}', ru: '{position}. {role}', uz: '{position}. {role}' },
  'dash.inReview': { en: 'Waiting', ru: 'Ждут', uz: 'Kutmoqda' },
  'dash.overdue': { en: 'Overdue', ru: 'Просрочено', uz: 'Kechikkan' },
  'dash.waitingLinks': {
    en: 'A count opens the list of everything of its kind in review; the lists do not filter by step.',
    ru: 'Число открывает список всех документов этого вида на согласовании; списки не фильтруются по шагу.',
    uz: "Son shu turdagi ko'rib chiqilayotgan barcha hujjatlar ro'yxatini ochadi; ro'yxatlar bosqich bo'yicha saralanmaydi.",
  },

  // ---- agreements ending, dormant -------------------------------------------------------------
  'dash.expiring': { en: 'Agreements ending in the next 180 days', ru: 'Соглашения, истекающие в ближайшие 180 дней', uz: 'Keyingi 180 kun ichida tugaydigan shartnomalar' },
  'dash.noneExpiring': { en: 'No agreement ends in the next 180 days.', ru: 'В ближайшие 180 дней ни одно соглашение не истекает.', uz: 'Keyingi 180 kun ichida birorta shartnoma tugamaydi.' },
  'dash.reference': { en: 'Agreement', ru: 'Соглашение', uz: 'Shartnoma' },
  'dash.partner': { en: 'Partner', ru: 'Партнёр', uz: 'Hamkor' },
  'dash.ends': { en: 'Ends', ru: 'Истекает', uz: 'Tugaydi' },
  'dash.daysLeft': { en: 'Days left', ru: 'Осталось дней', uz: 'Qolgan kunlar' },
  'dash.openExpiring': { en: 'The registry’s view of agreements ending soon', ru: 'Истекающие соглашения в реестре', uz: 'Reyestrda tez orada tugaydigan shartnomalar' },
  'dash.dormant': { en: 'Dormant agreements', ru: 'Неактивные соглашения', uz: "Faol bo'lmagan shartnomalar" },
  'dash.dormantHint': { en: 'In force, with no mobility in the last 12 months.', ru: 'Действуют, но за последние 12 месяцев мобильности не было.', uz: "Amalda, lekin so'nggi 12 oyda mobillik bo'lmagan." },
  'dash.noneDormant': { en: 'No agreement in force has gone a year without mobility.', ru: 'Нет действующих соглашений без мобильности за год.', uz: "Bir yil davomida mobilliksiz qolgan amaldagi shartnoma yo'q." },
  'dash.lastMobility': { en: 'Last mobility', ru: 'Последняя мобильность', uz: 'Oxirgi mobillik' },
  'dash.openDormant': { en: 'The registry’s view of dormant agreements', ru: 'Неактивные соглашения в реестре', uz: "Reyestrda faol bo'lmagan shartnomalar" },

  // ---- this year's figures --------------------------------------------------------------------
  'dash.thisYear': { en: 'This year in figures', ru: 'Этот год в цифрах', uz: 'Bu yil raqamlarda' },
  'dash.figures': { en: 'The figures of {year}', ru: 'Показатели за {year} год', uz: "{year}-yil ko'rsatkichlari" },
  'dash.figure': { en: 'Figure', ru: 'Показатель', uz: "Ko'rsatkich" },
  'dash.number': { en: 'Number', ru: 'Количество', uz: 'Soni' },
  'dash.signed': { en: 'Memoranda signed', ru: 'Подписано меморандумов', uz: 'Imzolangan memorandumlar' },
  'dash.inForce': { en: 'Memoranda in force at the end of the year', ru: 'Действующих меморандумов на конец года', uz: 'Yil oxirida amaldagi memorandumlar' },
  'dash.countries': { en: 'Partner countries', ru: 'Страны-партнёры', uz: 'Hamkor mamlakatlar' },
  'dash.studentsOut': { en: 'Students sent abroad', ru: 'Студентов направлено', uz: 'Xorijga yuborilgan talabalar' },
  'dash.studentsIn': { en: 'Students received', ru: 'Студентов принято', uz: 'Qabul qilingan talabalar' },
  'dash.teachingOut': { en: 'Staff sent to teach', ru: 'Сотрудников направлено преподавать', uz: 'Dars berishga yuborilgan xodimlar' },
  'dash.teachingIn': { en: 'Staff received to teach', ru: 'Сотрудников принято преподавать', uz: 'Dars berishga qabul qilingan xodimlar' },
  'dash.trainingOut': { en: 'Staff sent for training', ru: 'Сотрудников направлено на стажировку', uz: 'Malaka oshirishga yuborilgan xodimlar' },
  'dash.trainingIn': { en: 'Staff received for training', ru: 'Сотрудников принято на стажировку', uz: 'Malaka oshirishga qabul qilingan xodimlar' },
  'dash.statistics': { en: 'Statistics: choose years, a grouping and filters', ru: 'Статистика: годы, группировка и фильтры', uz: 'Statistika: yillar, guruhlash va filtrlar' },
  'dash.annual': { en: 'The annual report for the rector', ru: 'Годовой отчёт для ректора', uz: 'Rektor uchun yillik hisobot' },
} satisfies Record<string, Words>;
