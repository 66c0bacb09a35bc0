/**
 * The annual report's own sentences (pages/annual-page.tsx), in English, Russian and Uzbek (Latin
 * script, oʻ and gʻ with the ASCII apostrophe as every other word set and the code names beside
 * them in the same tables). Years are filled in as text, not numbers: a number would be written
 * with a thousands separator in Russian ("2 025").
 */
import type { Words } from './words';

export const ANNUAL_MESSAGES = {
  'annual.titlePlain': { en: 'Annual report', ru: 'Годовой отчёт', uz: 'Yillik hisobot' },
  'annual.title': {
    en: 'Annual report on international cooperation, {year}',
    ru: 'Годовой отчёт о международном сотрудничестве за {year} год',
    uz: "{year}-yil xalqaro hamkorlik bo'yicha yillik hisobot",
  },
  'annual.prepared': { en: 'Prepared in Hamkor on {date}.', ru: 'Подготовлено в Hamkor {date}.', uz: 'Hamkor tizimida {date} tayyorlangan.' },
  'annual.soFar': {
    en: 'The year is not over yet: these are the figures recorded so far.',
    ru: 'Год ещё не закончился: это данные, внесённые на сегодня.',
    uz: "Yil hali tugamagan: bular bugungacha qayd etilgan ma'lumotlar.",
  },

  // ---- the year, the print button and the downloads (on screen only) --------------------------
  'annual.chooseYear': { en: 'Which year', ru: 'За какой год', uz: 'Qaysi yil uchun' },
  'annual.year': { en: 'Year', ru: 'Год', uz: 'Yil' },
  'annual.yearHint': { en: 'Four digits, for example {example}.', ru: 'Четыре цифры, например {example}.', uz: "To'rt raqam, masalan {example}." },
  'annual.show': { en: 'Show the report', ru: 'Показать отчёт', uz: "Hisobotni ko'rsatish" },
  'annual.yearEmpty': { en: 'Enter a year', ru: 'Введите год', uz: 'Yilni kiriting' },
  'annual.yearInvalid': {
    en: 'Enter a year as four digits, from {from} to {to}',
    ru: 'Введите год четырьмя цифрами, от {from} до {to}',
    uz: "Yilni to'rt raqam bilan kiriting, {from} dan {to} gacha",
  },
  'annual.print': { en: 'Print', ru: 'Печать', uz: 'Chop etish' },
  'annual.downloads': { en: 'Download as Excel', ru: 'Скачать в Excel', uz: 'Excel formatida yuklab olish' },
  'annual.downloadsNote': {
    en: 'One workbook (XLSX) per table, with the same figures; their column headings are in English.',
    ru: 'Одна книга (XLSX) на каждую таблицу, с теми же цифрами; заголовки столбцов в них на английском.',
    uz: "Har bir jadval uchun bitta kitob (XLSX), xuddi shu raqamlar bilan; ustun sarlavhalari ingliz tilida.",
  },
  'annual.workbook': { en: 'The whole report as one workbook (XLSX)', ru: 'Весь отчёт одной книгой (XLSX)', uz: "Butun hisobot bitta kitobda (XLSX)" },
  'annual.workbookNote': {
    en: 'A sheet for each table, in the words of this page.',
    ru: 'По листу на каждую таблицу, на языке этой страницы.',
    uz: "Har bir jadval uchun alohida varaq, shu sahifa tilida.",
  },
  'annual.workbookName': { en: 'Annual report {year}', ru: 'Годовой отчёт {year}', uz: '{year}-yil yillik hisoboti' },
  'annual.workbookFailed': {
    en: 'The workbook could not be made ({status}). Please try again.',
    ru: 'Не удалось подготовить книгу ({status}). Попробуйте ещё раз.',
    uz: "Kitobni tayyorlab bo'lmadi ({status}). Qayta urinib ko'ring.",
  },
  'annual.tablesAlone': { en: 'Or each table on its own, with English headings:', ru: 'Или каждую таблицу отдельно, с заголовками на английском:', uz: 'Yoki har bir jadvalni alohida, inglizcha sarlavhalar bilan:' },
  'annual.sheetMemoranda': { en: 'Memoranda', ru: 'Меморандумы', uz: 'Memorandumlar' },
  'annual.sheetMobility': { en: 'Mobility', ru: 'Мобильность', uz: 'Mobillik' },
  'annual.sheetProgrammes': { en: 'By programme', ru: 'По программам', uz: "Dasturlar bo'yicha" },
  'annual.download': { en: '“{table}” (XLSX)', ru: '«{table}» (XLSX)', uz: '«{table}» (XLSX)' },
  'annual.loadFailed': {
    en: 'The report could not be loaded ({status}). Please try again.',
    ru: 'Не удалось загрузить отчёт ({status}). Попробуйте ещё раз.',
    uz: "Hisobotni yuklab bo'lmadi ({status}). Qayta urinib ko'ring.",
  },
  'annual.nothing': {
    en: 'Nothing was recorded for {year}: no agreement was signed, in force or ended, and nobody was sent abroad or received.',
    ru: 'За {year} год ничего не записано: ни одно соглашение не подписано, не действовало и не завершилось, никто не был направлен или принят.',
    uz: "{year}-yil uchun hech narsa qayd etilmagan: birorta shartnoma imzolanmagan, amalda bo'lmagan va tugamagan, hech kim yuborilmagan va qabul qilinmagan.",
  },

  // ---- what stands out -----------------------------------------------------------------------
  'annual.notable': { en: 'Of note', ru: 'Главное за год', uz: 'Yilning asosiy jihatlari' },
  'annual.noteChange': { en: '{figure}: {now} (in {previousYear}: {before})', ru: '{figure}: {now} (в {previousYear} году: {before})', uz: '{figure}: {now} ({previousYear}-yilda: {before})' },
  'annual.noteNewCountries': {
    en: 'First agreements with partners in: {countries}',
    ru: 'Первые соглашения с партнёрами из стран: {countries}',
    uz: 'Ilk bor shartnoma tuzilgan hamkor mamlakatlar: {countries}',
  },
  'annual.noteTopFaculty': {
    en: 'The faculty that moved most people: {faculty}, {count} sent abroad and received',
    ru: 'Больше всего участников мобильности у факультета: {faculty}, {count} направлено и принято',
    uz: "Eng ko'p odam almashgan fakultet: {faculty}, {count} kishi yuborilgan va qabul qilingan",
  },
  'annual.noteTopPartner': {
    en: 'The partner with most exchanges: {partner}, {count} people sent and received',
    ru: 'Больше всего обменов с партнёром: {partner}, {count} направлено и принято',
    uz: "Eng ko'p almashinuv bo'lgan hamkor: {partner}, {count} kishi yuborilgan va qabul qilingan",
  },

  // ---- the year in figures --------------------------------------------------------------------
  'annual.figures': { en: 'The year in figures', ru: 'Год в цифрах', uz: 'Yil raqamlarda' },
  'annual.agreementsCaption': { en: 'Memoranda and partner countries, {year}', ru: 'Меморандумы и страны-партнёры, {year}', uz: 'Memorandumlar va hamkor mamlakatlar, {year}' },
  'annual.figure': { en: 'Figure', ru: 'Показатель', uz: "Ko'rsatkich" },
  'annual.number': { en: 'Number', ru: 'Количество', uz: 'Soni' },
  'annual.signed': { en: 'Memoranda signed in the year', ru: 'Подписано меморандумов за год', uz: 'Yil davomida imzolangan memorandumlar' },
  'annual.inForce': { en: 'Memoranda in force at the end of the year ({date})', ru: 'Действующих меморандумов на конец года ({date})', uz: 'Yil oxirida amaldagi memorandumlar ({date})' },
  'annual.countries': { en: 'Partner countries', ru: 'Страны-партнёры', uz: 'Hamkor mamlakatlar' },
  'annual.mobilityCaption': {
    en: 'Mobility in {year}: people sent abroad and received',
    ru: 'Мобильность в {year} году: направлено за рубеж и принято',
    uz: '{year}-yilda mobillik: xorijga yuborilganlar va qabul qilinganlar',
  },
  'annual.who': { en: 'Who', ru: 'Категория', uz: 'Toifa' },
  'annual.outgoing': { en: 'Sent abroad', ru: 'Направлено', uz: 'Yuborilgan' },
  'annual.incoming': { en: 'Received', ru: 'Принято', uz: 'Qabul qilingan' },
  'annual.total': { en: 'Total', ru: 'Всего', uz: 'Jami' },
  'annual.students': { en: 'Students', ru: 'Студенты', uz: 'Talabalar' },
  'annual.staffTeaching': { en: 'Staff: teaching', ru: 'Сотрудники: преподавание', uz: 'Xodimlar: dars berish' },
  'annual.staffTraining': { en: 'Staff: training', ru: 'Сотрудники: стажировка', uz: 'Xodimlar: malaka oshirish' },
  'annual.mobilityChart': { en: 'Mobility in {year}, sent abroad and received', ru: 'Мобильность в {year} году: направлено и принято', uz: '{year}-yilda mobillik: yuborilgan va qabul qilinganlar' },
  'annual.barOut': { en: '{who}: sent abroad', ru: '{who}: направлено', uz: '{who}: yuborilgan' },
  'annual.barIn': { en: '{who}: received', ru: '{who}: принято', uz: '{who}: qabul qilingan' },
  'annual.programmeCaption': { en: 'Mobility by programme, {year}', ru: 'Мобильность по программам, {year}', uz: "Dasturlar bo'yicha mobillik, {year}" },
  'annual.studentsOut': { en: 'Students sent', ru: 'Студентов направлено', uz: 'Yuborilgan talabalar' },
  'annual.studentsIn': { en: 'Students received', ru: 'Студентов принято', uz: 'Qabul qilingan talabalar' },
  'annual.staffOut': { en: 'Staff sent', ru: 'Сотрудников направлено', uz: 'Yuborilgan xodimlar' },
  'annual.staffIn': { en: 'Staff received', ru: 'Сотрудников принято', uz: 'Qabul qilingan xodimlar' },
  'annual.nobodyMoved': {
    en: 'Nobody was sent abroad or received in {year}.',
    ru: 'В {year} году никто не был направлен за рубеж или принят.',
    uz: '{year}-yilda hech kim xorijga yuborilmagan va qabul qilinmagan.',
  },

  // ---- partners, new and ended agreements -----------------------------------------------------
  'annual.partners': { en: 'Partners by country', ru: 'Партнёры по странам', uz: "Mamlakatlar bo'yicha hamkorlar" },
  'annual.partnersCaption': {
    en: 'Partner universities with an agreement in force on {date}, by country',
    ru: 'Вузы-партнёры с действующим на {date} соглашением, по странам',
    uz: "{date} holatiga amaldagi shartnomasi bor hamkor universitetlar, mamlakatlar bo'yicha",
  },
  'annual.country': { en: 'Country', ru: 'Страна', uz: 'Mamlakat' },
  'annual.partnerUniversities': { en: 'Partner universities', ru: 'Вузы-партнёры', uz: 'Hamkor universitetlar' },
  'annual.agreementsInForce': { en: 'Agreements in force', ru: 'Действующих соглашений', uz: 'Amaldagi shartnomalar' },
  'annual.partnersChart': { en: 'Agreements in force on {date}, by country', ru: 'Действующие на {date} соглашения по странам', uz: "{date} holatiga amaldagi shartnomalar, mamlakatlar bo'yicha" },
  'annual.noPartners': { en: 'No agreement was in force on {date}.', ru: 'На {date} действующих соглашений не было.', uz: "{date} holatiga amaldagi shartnoma bo'lmagan." },
  'annual.unknownCountry': { en: 'Country not recorded', ru: 'Страна не указана', uz: "Mamlakat ko'rsatilmagan" },
  'annual.newAgreements': { en: 'New agreements', ru: 'Новые соглашения', uz: 'Yangi shartnomalar' },
  'annual.newCaption': { en: 'Agreements signed in {year}', ru: 'Соглашения, подписанные в {year} году', uz: '{year}-yilda imzolangan shartnomalar' },
  'annual.agreements': { en: 'Agreements', ru: 'Соглашений', uz: 'Shartnomalar' },
  'annual.noneSigned': { en: 'No agreement was signed in {year}.', ru: 'В {year} году соглашений не подписано.', uz: '{year}-yilda shartnoma imzolanmagan.' },
  'annual.ended': { en: 'Agreements that ended', ru: 'Завершившиеся соглашения', uz: 'Tugagan shartnomalar' },
  'annual.endedCaption': {
    en: 'Agreements whose term ended, or that were terminated, in {year}',
    ru: 'Соглашения, срок которых истёк или которые были расторгнуты в {year} году',
    uz: '{year}-yilda muddati tugagan yoki bekor qilingan shartnomalar',
  },
  'annual.reference': { en: 'Reference', ru: 'Номер', uz: 'Raqami' },
  'annual.endedOn': { en: 'Ended on', ru: 'Дата окончания', uz: 'Tugagan sana' },
  'annual.noneEnded': { en: 'No agreement ended in {year}.', ru: 'В {year} году ни одно соглашение не завершилось.', uz: '{year}-yilda hech bir shartnoma tugamagan.' },

  // ---- mobility by faculty --------------------------------------------------------------------
  'annual.byFaculty': { en: 'Mobility by faculty', ru: 'Мобильность по факультетам', uz: "Fakultetlar bo'yicha mobillik" },
  'annual.facultyCaption': {
    en: 'People sent abroad and received in {year}, by faculty, with person-months',
    ru: 'Направлено и принято в {year} году, по факультетам, с человеко-месяцами',
    uz: "{year}-yilda yuborilgan va qabul qilinganlar, fakultetlar bo'yicha, kishi-oylar bilan",
  },
  'annual.faculty': { en: 'Faculty', ru: 'Факультет', uz: 'Fakultet' },
  'annual.personMonths': { en: 'Person-months', ru: 'Человеко-месяцы', uz: 'Kishi-oylar' },
  'annual.facultyChart': { en: 'People sent abroad and received in {year}, by faculty', ru: 'Направлено и принято в {year} году, по факультетам', uz: "{year}-yilda yuborilgan va qabul qilinganlar, fakultetlar bo'yicha" },
  'annual.noFaculty': { en: 'Faculty not recorded', ru: 'Факультет не указан', uz: "Fakultet ko'rsatilmagan" },

  // ---- international activities ---------------------------------------------------------------
  'annual.activities': { en: 'International activities', ru: 'Международные мероприятия', uz: 'Xalqaro tadbirlar' },
  'annual.activitiesTotal': {
    en: '{n} activities recorded in {year} (conferences, webinars, projects, delegations…), cancelled ones not counted.',
    ru: 'Мероприятий, записанных в {year} году (конференции, вебинары, проекты, делегации…): {n}; отменённые не считаются.',
    uz: "{year}-yilda qayd etilgan tadbirlar (konferensiyalar, vebinarlar, loyihalar, delegatsiyalar…): {n}; bekor qilinganlari hisoblanmaydi.",
  },
  'annual.noActivities': { en: 'No international activity recorded in {year}.', ru: 'В {year} году международные мероприятия не записаны.', uz: '{year}-yilda xalqaro tadbirlar qayd etilmagan.' },
  'annual.activitiesByKind': { en: 'Activities in {year}, by kind', ru: 'Мероприятия {year} года по видам', uz: "{year}-yil tadbirlari, turlar bo'yicha" },
  'annual.activitiesByFaculty': { en: 'Activities in {year}, by faculty', ru: 'Мероприятия {year} года по факультетам', uz: "{year}-yil tadbirlari, fakultetlar bo'yicha" },
  'annual.activitiesByFormat': { en: 'Activities in {year}, by format', ru: 'Мероприятия {year} года по формату', uz: "{year}-yil tadbirlari, format bo'yicha" },
  'annual.activitiesByCountry': {
    en: 'Activities in {year}, by partner country (one with partners in two countries counts in each)',
    ru: 'Мероприятия {year} года по странам партнёров (мероприятие с партнёрами из двух стран учтено в каждой)',
    uz: "{year}-yil tadbirlari, hamkor mamlakatlari bo'yicha (ikki mamlakatdagi hamkorli tadbir har birida hisoblanadi)",
  },
  'annual.activitiesChart': { en: 'Activities in {year}, by kind', ru: 'Мероприятия {year} года по видам', uz: "{year}-yil tadbirlari, turlar bo'yicha" },
  'annual.activityKind': { en: 'Kind', ru: 'Вид', uz: 'Turi' },
  'annual.activityFormat': { en: 'Format', ru: 'Формат', uz: 'Format' },
  'annual.activityCount': { en: 'Activities', ru: 'Мероприятий', uz: 'Tadbirlar' },
  'annual.cameIn': { en: 'Came to us', ru: 'Приехало к нам', uz: 'Bizga kelganlar' },
  'annual.wentOut': { en: 'Went from us', ru: 'Выехало от нас', uz: 'Bizdan borganlar' },
  'annual.sheetActivities': { en: 'Activities', ru: 'Мероприятия', uz: 'Tadbirlar' },
  'annual.sheetActivitiesFaculty': { en: 'Activities by faculty', ru: 'Мероприятия по факультетам', uz: "Tadbirlar fakultetlar bo'yicha" },
  'annual.sheetActivitiesFormat': { en: 'Activities by format', ru: 'Мероприятия по формату', uz: "Tadbirlar format bo'yicha" },
  'annual.sheetActivitiesCountry': { en: 'Activities by country', ru: 'Мероприятия по странам', uz: "Tadbirlar mamlakatlar bo'yicha" },
} satisfies Record<string, Words>;
