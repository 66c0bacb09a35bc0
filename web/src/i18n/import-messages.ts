/**
 * The import page's words (/office/import): choosing the kind and the file, the check's summary,
 * its errors and the import's result, in English, Russian and Uzbek. The `import.problem.*`
 * sentences word the API's problems about a file by their codes (shared/imports/problems.ts, each
 * code the suffix of its key; web/src/import-problems.ts looks them up); a problem without a code
 * is shown as the API wrote it.
 */
import type { Words } from './words';

export const IMPORT_MESSAGES = {
  'import.title': { en: 'Import past records', ru: 'Импорт прошлых записей', uz: "O'tgan yozuvlarni import qilish" },
  'import.intro': {
    en: 'Bring in the office’s past agreements and mobilities from a spreadsheet. Check the file first: nothing is written until you press Import, and the same file imported twice adds nothing.',
    ru: 'Перенесите прошлые соглашения и мобильности отдела из таблицы. Сначала проверьте файл: ничего не записывается, пока вы не нажмёте «Импортировать», а повторный импорт того же файла ничего не добавит.',
    uz: "Bo'limning o'tgan shartnomalari va mobilliklarini jadvaldan kiriting. Avval faylni tekshiring: «Import qilish» tugmasini bosmaguningizcha hech narsa yozilmaydi, bir faylni ikki marta import qilish esa hech narsa qo'shmaydi.",
  },
  'import.kind': { en: 'What does the file hold?', ru: 'Что содержит файл?', uz: 'Faylda nima bor?' },
  'import.kind.hint': {
    en: 'Import the agreements first: a mobility names the agreement it went under by its reference.',
    ru: 'Сначала импортируйте соглашения: мобильность ссылается на соглашение по его номеру.',
    uz: "Avval shartnomalarni import qiling: mobillik o'zi amalga oshgan shartnomani raqami bilan ko'rsatadi.",
  },
  'import.kind.mobilities': { en: 'Past mobilities (nominations)', ru: 'Прошлые мобильности (номинации)', uz: "O'tgan mobilliklar (nomzodlar)" },
  'import.kind.agreements': { en: 'Past agreements (memoranda)', ru: 'Прошлые соглашения (меморандумы)', uz: "O'tgan shartnomalar (memorandumlar)" },
  'import.kind.needed': { en: 'Choose what the file holds.', ru: 'Выберите, что содержит файл.', uz: 'Faylda nima borligini tanlang.' },
  'import.templates': { en: 'Templates', ru: 'Шаблоны', uz: 'Shablonlar' },
  'import.templates.hint': {
    en: 'The header in your language and an example row. Headers in English, Russian or Uzbek are all understood, in any order; values are the template’s words (semester_study, outgoing).',
    ru: 'Заголовок на вашем языке и пример строки. Заголовки понимаются на английском, русском и узбекском, в любом порядке; значения — слова шаблона (semester_study, outgoing).',
    uz: "Sarlavha sizning tilingizda va namuna qator. Ingliz, rus yoki o'zbek tilidagi sarlavhalar istalgan tartibda tushuniladi; qiymatlar shablondagi so'zlar (semester_study, outgoing).",
  },
  'import.template.mobilities': { en: 'Template for past mobilities ({format})', ru: 'Шаблон для прошлых мобильностей ({format})', uz: "O'tgan mobilliklar uchun shablon ({format})" },
  'import.template.agreements': { en: 'Template for past agreements ({format})', ru: 'Шаблон для прошлых соглашений ({format})', uz: "O'tgan shartnomalar uchun shablon ({format})" },
  'import.fileHeading': { en: 'Check a file', ru: 'Проверка файла', uz: 'Faylni tekshirish' },
  'import.file': { en: 'The file', ru: 'Файл', uz: 'Fayl' },
  'import.file.hint': {
    en: 'CSV or XLSX, at most 4 MB (about 20,000 rows). Dates as dd.mm.yyyy or yyyy-mm-dd.',
    ru: 'CSV или XLSX, не более 4 МБ (около 20 000 строк). Даты в виде дд.мм.гггг или гггг-мм-дд.',
    uz: "CSV yoki XLSX, ko'pi bilan 4 MB (taxminan 20 000 qator). Sanalar kk.oo.yyyy yoki yyyy-oo-kk ko'rinishida.",
  },
  'import.file.needed': { en: 'Choose the file to import.', ru: 'Выберите файл для импорта.', uz: 'Import qilinadigan faylni tanlang.' },
  'import.file.wrongKind': {
    en: '“{name}” is not a CSV or XLSX file. Save it from Excel as “CSV UTF-8” or as an Excel workbook (.xlsx).',
    ru: '«{name}» — не файл CSV или XLSX. Сохраните его в Excel как «CSV UTF-8» или как книгу Excel (.xlsx).',
    uz: '“{name}” CSV yoki XLSX fayl emas. Uni Excelda “CSV UTF-8” yoki Excel kitobi (.xlsx) sifatida saqlang.',
  },
  'import.file.xls': {
    en: '“{name}” is an Excel 97–2003 workbook (.xls). Save it as an Excel workbook (.xlsx) or as “CSV UTF-8”.',
    ru: '«{name}» — книга Excel 97–2003 (.xls). Сохраните её как книгу Excel (.xlsx) или как «CSV UTF-8».',
    uz: '“{name}” — Excel 97–2003 kitobi (.xls). Uni Excel kitobi (.xlsx) yoki “CSV UTF-8” sifatida saqlang.',
  },
  'import.file.tooLarge': {
    en: '“{name}” is {size} MB; the import takes at most 4 MB (about 20,000 rows). Split it into smaller files.',
    ru: '«{name}» занимает {size} МБ, а импорт принимает не более 4 МБ (около 20 000 строк). Разделите его на файлы поменьше.',
    uz: "“{name}” hajmi {size} MB; import ko'pi bilan 4 MB (taxminan 20 000 qator) qabul qiladi. Uni kichikroq fayllarga bo'ling.",
  },
  'import.file.empty': { en: '“{name}” is empty.', ru: 'Файл «{name}» пуст.', uz: "“{name}” fayli bo'sh." },
  'import.check': { en: 'Check the file', ru: 'Проверить файл', uz: 'Faylni tekshirish' },
  'import.checking': { en: 'Checking…', ru: 'Проверка…', uz: 'Tekshirilmoqda…' },
  'import.checkingLong': {
    en: 'Checking the file: every row against the registry…',
    ru: 'Проверка файла: каждая строка сверяется с реестром…',
    uz: 'Fayl tekshirilmoqda: har bir qator reyestr bilan solishtirilmoqda…',
  },
  'import.import': { en: 'Import', ru: 'Импортировать', uz: 'Import qilish' },
  'import.importing': { en: 'Importing…', ru: 'Импорт…', uz: 'Import qilinmoqda…' },
  'import.importingLong': {
    en: 'Importing… this can take a minute for a large file. Keep this page open.',
    ru: 'Импорт… для большого файла это может занять минуту. Не закрывайте страницу.',
    uz: 'Import qilinmoqda… katta fayl uchun bu bir daqiqa vaqt olishi mumkin. Sahifani yopmang.',
  },
  'import.importHint': {
    en: 'Import becomes possible once this file is checked; after another file or kind is chosen, check again.',
    ru: 'Импорт станет доступен после проверки этого файла; если выбран другой файл или вид записей, проверьте снова.',
    uz: "Import shu fayl tekshirilgandan keyin mumkin bo'ladi; boshqa fayl yoki yozuv turi tanlansa, qayta tekshiring.",
  },
  'import.validOnly': { en: 'Import the valid rows only', ru: 'Импортировать только строки без ошибок', uz: 'Faqat xatosiz qatorlarni import qilish' },
  'import.validOnly.hint': {
    en: 'The rows with errors ({n}) are left out. Fix them later and import the same file again: what is already in is not added twice.',
    ru: 'Строки с ошибками ({n}) будут пропущены. Исправьте их позже и импортируйте тот же файл снова: уже внесённое не добавится дважды.',
    uz: "Xatoli qatorlar ({n}) tashlab ketiladi. Ularni keyinroq tuzatib, o'sha faylni qayta import qiling: kiritilganlar ikki marta qo'shilmaydi.",
  },
  'import.validOnly.needed': {
    en: 'The file has rows with errors: fix them and check the file again, or choose to import the valid rows only.',
    ru: 'В файле есть строки с ошибками: исправьте их и проверьте файл снова или выберите импорт только строк без ошибок.',
    uz: 'Faylda xatoli qatorlar bor: ularni tuzatib, faylni qayta tekshiring yoki faqat xatosiz qatorlarni import qilishni tanlang.',
  },
  'import.headerBlocks': {
    en: 'The header row has errors: fix it and check the file again. Nothing can be imported until then.',
    ru: 'В строке заголовков есть ошибки: исправьте её и проверьте файл снова. До этого ничего импортировать нельзя.',
    uz: "Sarlavha qatorida xatolar bor: uni tuzatib, faylni qayta tekshiring. Ungacha hech narsani import qilib bo'lmaydi.",
  },
  'import.nothingValid': {
    en: 'No row can be imported: fix the errors and check the file again.',
    ru: 'Ни одну строку нельзя импортировать: исправьте ошибки и проверьте файл снова.',
    uz: "Birorta qatorni import qilib bo'lmaydi: xatolarni tuzatib, faylni qayta tekshiring.",
  },
  'import.problemTitle': { en: 'There is a problem', ru: 'Есть проблема', uz: 'Muammo bor' },

  // ---- what the check found ----------------------------------------------------------------
  'import.summary': { en: 'What the check found', ru: 'Что показала проверка', uz: 'Tekshiruv natijasi' },
  'import.summary.file': { en: 'File', ru: 'Файл', uz: 'Fayl' },
  'import.summary.kind': { en: 'Records', ru: 'Записи', uz: 'Yozuvlar' },
  'import.summary.readAs': { en: 'Read as', ru: 'Прочитан как', uz: "O'qilgan tarzi" },
  'import.summary.rows': { en: 'Rows read', ru: 'Прочитано строк', uz: "O'qilgan qatorlar" },
  'import.summary.valid': { en: 'Valid rows', ru: 'Строк без ошибок', uz: 'Xatosiz qatorlar' },
  'import.summary.withErrors': { en: 'Rows with errors', ru: 'Строк с ошибками', uz: 'Xatoli qatorlar' },
  'import.summary.duplicates': { en: 'Already in Hamkor', ru: 'Уже есть в Hamkor', uz: 'Hamkorda allaqachon bor' },
  'import.summary.toCreate': { en: 'To be added', ru: 'Будет добавлено', uz: "Qo'shiladi" },
  'import.summary.partnersMatched': { en: 'Partners found in the registry', ru: 'Партнёры, найденные в реестре', uz: 'Reyestrda topilgan hamkorlar' },
  'import.summary.partnersToCreate': { en: 'Partners to be registered', ru: 'Партнёры, которые будут зарегистрированы', uz: "Ro'yxatga olinadigan hamkorlar" },
  'import.partnersNew.hint': {
    en: 'The import registers them marked as proposed, for an administrator to complete. Check that their names look right.',
    ru: 'Импорт зарегистрирует их как предложенных, чтобы администратор дополнил сведения. Проверьте, что названия выглядят верно.',
    uz: "Import ularni taklif qilingan deb ro'yxatga oladi, ma'lumotlarini administrator to'ldiradi. Nomlari to'g'ri ko'rinishini tekshiring.",
  },
  'import.summary.partnersByLikeness': { en: 'Rows whose partner was recognised by likeness', ru: 'Строки, где партнёр узнан по сходству названия', uz: "Hamkori nomining o'xshashligi bo'yicha aniqlangan qatorlar" },
  'import.partnersByLikeness.hint': {
    en: 'Written differently from the registry (word order, “named after”, another script, an abbreviation), but one registered partner. Check that each is the one meant.',
    ru: 'Написано не так, как в реестре (порядок слов, «имени», другой алфавит, сокращение), но это один зарегистрированный партнёр. Проверьте, что это именно он.',
    uz: "Reyestrdagidan boshqacha yozilgan (so'zlar tartibi, “nomidagi”, boshqa alifbo, qisqartma), lekin bitta ro'yxatdagi hamkor. Har biri aynan shu ekanini tekshiring.",
  },
  'import.likenessRow': { en: 'Row {row}: “{given}” → {name}', ru: 'Строка {row}: «{given}» → {name}', uz: '{row}-qator: “{given}” → {name}' },
  'import.partnerRows': { en: '{name}: rows {n}', ru: '{name}: строк {n}', uz: '{name}: qatorlar {n}' },
  'import.newPartnerRows': { en: '{name} ({country}): rows {n}', ru: '{name} ({country}): строк {n}', uz: '{name} ({country}): qatorlar {n}' },
  'import.newPartnerAlsoWritten': { en: 'also written “{given}” (row {row})', ru: 'также написано «{given}» (строка {row})', uz: '“{given}” deb ham yozilgan ({row}-qator)' },
  'import.none': { en: 'None', ru: 'Нет', uz: "Yo'q" },
  'import.encoding.utf-8': { en: 'UTF-8 text', ru: 'Текст UTF-8', uz: 'UTF-8 matn' },
  'import.encoding.utf-16le': { en: 'UTF-16 text', ru: 'Текст UTF-16', uz: 'UTF-16 matn' },
  'import.encoding.utf-16be': { en: 'UTF-16 text', ru: 'Текст UTF-16', uz: 'UTF-16 matn' },
  'import.encoding.windows-1251': {
    en: 'Windows-1251 (Cyrillic from an older Excel), detected',
    ru: 'Windows-1251 (кириллица из старого Excel), определено автоматически',
    uz: 'Windows-1251 (eski Exceldagi kirill yozuvi), avtomatik aniqlandi',
  },
  'import.encoding.xlsx': { en: 'Excel workbook (XLSX)', ru: 'Книга Excel (XLSX)', uz: 'Excel kitobi (XLSX)' },
  'import.encoding.check': {
    en: 'The file was read as Windows-1251, the encoding of an older Excel. Check that the names below look right; if they do not, save the file from Excel as “CSV UTF-8” and check it again.',
    ru: 'Файл прочитан в кодировке Windows-1251, как его сохраняет старый Excel. Проверьте, что названия ниже выглядят верно; если нет, сохраните файл в Excel как «CSV UTF-8» и проверьте снова.',
    uz: "Fayl eski Excel kodirovkasi — Windows-1251 sifatida o'qildi. Quyidagi nomlar to'g'ri ko'rinishini tekshiring; aks holda faylni Excelda “CSV UTF-8” sifatida saqlab, qayta tekshiring.",
  },
  'import.errors.caption': { en: 'Errors, by row and column', ru: 'Ошибки по строкам и столбцам', uz: "Xatolar, qator va ustun bo'yicha" },
  'import.errors.hint': {
    en: 'Row 1 is the header; the column is its letter in the spreadsheet and its header in the file.',
    ru: 'Строка 1 — заголовок; столбец указан буквой в таблице и заголовком в файле.',
    uz: "1-qator — sarlavha; ustun jadvaldagi harfi va fayldagi sarlavhasi bilan ko'rsatilgan.",
  },
  'import.errors.capped': {
    en: 'The first {shown} of {total} errors are listed.',
    ru: 'Показаны первые {shown} из {total} ошибок.',
    uz: "{total} ta xatodan birinchi {shown} tasi ko'rsatilgan.",
  },
  'import.errors.row': { en: 'Row', ru: 'Строка', uz: 'Qator' },
  'import.errors.column': { en: 'Column', ru: 'Столбец', uz: 'Ustun' },
  'import.errors.problem': { en: 'Problem', ru: 'Проблема', uz: 'Muammo' },
  'import.noErrors': { en: 'No errors: every row can be imported.', ru: 'Ошибок нет: можно импортировать все строки.', uz: "Xato yo'q: barcha qatorlarni import qilish mumkin." },
  'import.dups.caption': { en: 'Rows already in Hamkor (not added again)', ru: 'Строки, которые уже есть в Hamkor (повторно не добавляются)', uz: "Hamkorda allaqachon bor qatorlar (qayta qo'shilmaydi)" },
  'import.dups.reference': { en: 'Record', ru: 'Запись', uz: 'Yozuv' },
  'import.dups.how': { en: 'Came in', ru: 'Как появилась', uz: 'Qanday kiritilgan' },
  'import.dups.imported': { en: 'Imported before', ru: 'Импортирована ранее', uz: 'Avval import qilingan' },
  'import.dups.entered': { en: 'Entered in Hamkor', ru: 'Внесена в Hamkor', uz: 'Hamkorga kiritilgan' },

  // ---- the import's result -------------------------------------------------------------------
  'import.result': { en: 'Imported', ru: 'Импорт выполнен', uz: 'Import qilindi' },
  'import.result.created': { en: 'Added', ru: 'Добавлено', uz: "Qo'shildi" },
  'import.result.alreadyThere': { en: 'Already there, not added again', ru: 'Уже были, повторно не добавлены', uz: "Allaqachon bor edi, qayta qo'shilmadi" },
  'import.result.skipped': { en: 'Left out with errors', ru: 'Пропущено из-за ошибок', uz: 'Xatolar sababli tashlab ketildi' },
  'import.result.partners': { en: 'Partners registered', ru: 'Зарегистрировано партнёров', uz: "Ro'yxatga olingan hamkorlar" },
  'import.result.toNominations': { en: 'Open the nominations', ru: 'Открыть номинации', uz: 'Nomzodlarni ochish' },
  'import.result.toAgreements': { en: 'Open the agreements registry', ru: 'Открыть реестр соглашений', uz: 'Shartnomalar reyestrini ochish' },
  'import.result.changed': {
    en: 'The file changed after it was checked: what was imported is what it holds now.',
    ru: 'Файл изменился после проверки: импортировано то, что в нём сейчас.',
    uz: "Fayl tekshiruvdan keyin o'zgargan: hozir undagi ma'lumotlar import qilindi.",
  },

  // ---- the API's refusals --------------------------------------------------------------------
  'import.unreadable': { en: 'The file cannot be read: {reason}', ru: 'Файл не удаётся прочитать: {reason}', uz: "Faylni o'qib bo'lmadi: {reason}" },
  'import.tooLargeServer': {
    en: 'The file is over 4 MB (about 20,000 rows): split it into smaller files.',
    ru: 'Файл больше 4 МБ (около 20 000 строк): разделите его на файлы поменьше.',
    uz: "Fayl 4 MB dan katta (taxminan 20 000 qator): uni kichikroq fayllarga bo'ling.",
  },
  'import.hasErrors': {
    en: 'Nothing was written: the file has errors. Check it again, then fix them or choose to import the valid rows only.',
    ru: 'Ничего не записано: в файле есть ошибки. Проверьте его снова, затем исправьте их или выберите импорт только строк без ошибок.',
    uz: "Hech narsa yozilmadi: faylda xatolar bor. Uni qayta tekshiring, so'ng xatolarni tuzating yoki faqat xatosiz qatorlarni import qilishni tanlang.",
  },
  'import.offlineCheck': {
    en: 'The file could not be sent. Check the connection and try again.',
    ru: 'Не удалось отправить файл. Проверьте подключение и попробуйте снова.',
    uz: "Faylni yuborib bo'lmadi. Internet aloqasini tekshirib, qayta urinib ko'ring.",
  },
  'import.offlineApply': {
    en: 'No answer came back (the connection dropped). The import may have finished; importing the same file again is safe: nothing is added twice.',
    ru: 'Ответ не пришёл (связь прервалась). Возможно, импорт завершился; повторный импорт того же файла безопасен: ничего не добавится дважды.',
    uz: "Javob kelmadi (aloqa uzildi). Import tugagan bo'lishi mumkin; o'sha faylni qayta import qilish xavfsiz: hech narsa ikki marta qo'shilmaydi.",
  },

  // ---- the API's problems about a file, by their codes (web/src/import-problems.ts) ----------
  'import.problem.empty': { en: 'Required: this cell is empty.', ru: 'Обязательно: ячейка пуста.', uz: "Majburiy: bu katak bo'sh." },
  'import.problem.dateRequired': {
    en: 'Required: write the date as dd.mm.yyyy (31.01.2020) or yyyy-mm-dd (2020-01-31).',
    ru: 'Обязательно: укажите дату в виде дд.мм.гггг (31.01.2020) или гггг-мм-дд (2020-01-31).',
    uz: "Majburiy: sanani kk.oo.yyyy (31.01.2020) yoki yyyy-oo-kk (2020-01-31) ko'rinishida yozing.",
  },
  'import.problem.requiredOneOf': { en: 'Required: one of {options}.', ru: 'Обязательно: одно из {options}.', uz: 'Majburiy: quyidagilardan biri: {options}.' },
  'import.problem.notADate': {
    en: '“{value}” is not a date: write dd.mm.yyyy (31.01.2020) or yyyy-mm-dd (2020-01-31).',
    ru: '«{value}» — не дата: пишите дд.мм.гггг (31.01.2020) или гггг-мм-дд (2020-01-31).',
    uz: "“{value}” sana emas: kk.oo.yyyy (31.01.2020) yoki yyyy-oo-kk (2020-01-31) ko'rinishida yozing.",
  },
  'import.problem.notOneOf': { en: '“{value}” is not one of {options}.', ru: '«{value}» — не одно из значений: {options}.', uz: '“{value}” quyidagilardan biri emas: {options}.' },
  'import.problem.invalidValue': { en: '“{value}”: {message}', ru: '«{value}»: {message}', uz: '“{value}”: {message}' },
  'import.problem.languageCode': {
    en: '“{value}” is not an ISO 639-1 language code such as en, ru, uz.',
    ru: '«{value}» — не код языка ISO 639-1 (например, en, ru, uz).',
    uz: '“{value}” ISO 639-1 til kodi emas (masalan, en, ru, uz).',
  },
  'import.problem.cellCount': {
    en: 'This row has {cells} cells, the header {headerCells}: a field with the delimiter in it must be in quotes.',
    ru: 'В этой строке ячеек: {cells}, в заголовке: {headerCells}. Поле, содержащее разделитель, нужно заключить в кавычки.',
    uz: "Bu qatorda kataklar soni {cells}, sarlavhada {headerCells}: ajratuvchi belgisi bor maydon qo'shtirnoq ichida bo'lishi kerak.",
  },
  'import.problem.partnerCountry': {
    en: '{partner} is registered in {registered}, not in {given}.',
    ru: '{partner} зарегистрирован в стране {registered}, а не {given}.',
    uz: "{partner} {given} emas, {registered} mamlakatida ro'yxatga olingan.",
  },
  'import.problem.partnerAmbiguous': {
    en: '“{given}” is like more than one registered partner ({candidates}): write the one meant as it is registered.',
    ru: '«{given}» похоже на нескольких зарегистрированных партнёров ({candidates}): напишите нужного так, как он записан в реестре.',
    uz: "“{given}” ro'yxatdagi bir nechta hamkorga o'xshaydi ({candidates}): keraklisini reyestrdagidek yozing.",
  },
  'import.problem.partnerName': {
    en: 'A partner’s name needs at least one letter or digit.',
    ru: 'В названии партнёра должна быть хотя бы одна буква или цифра.',
    uz: "Hamkor nomida kamida bitta harf yoki raqam bo'lishi kerak.",
  },
  'import.problem.noFaculty': {
    en: 'No faculty “{value}” in Hamkor; use one of {options}.',
    ru: 'Факультета «{value}» в Hamkor нет; используйте один из: {options}.',
    uz: "Hamkorda “{value}” fakulteti yo'q; quyidagilardan birini yozing: {options}.",
  },
  'import.problem.noDepartment': {
    en: 'No department “{value}” in {faculty}; use one of {options}.',
    ru: 'Кафедры «{value}» на факультете {faculty} нет; используйте одну из: {options}.',
    uz: "{faculty} fakultetida “{value}” kafedrasi yo'q; quyidagilardan birini yozing: {options}.",
  },
  'import.problem.sameMobility': {
    en: 'The same mobility (nominee email, partner, academic year and period) as row {row}.',
    ru: 'Та же мобильность (эл. почта участника, партнёр, учебный год и период), что и в строке {row}.',
    uz: "{row}-qatordagi bilan bir xil mobillik (ishtirokchi e-pochtasi, hamkor, o'quv yili va davr).",
  },
  'import.problem.sameAgreement': { en: 'The same agreement as row {row}.', ru: 'То же соглашение, что и в строке {row}.', uz: '{row}-qatordagi bilan bir xil shartnoma.' },
  'import.problem.bothDates': { en: 'Give both actual dates, or neither.', ru: 'Укажите обе фактические даты или ни одной.', uz: 'Ikkala haqiqiy sanani yozing yoki birortasini ham yozmang.' },
  'import.problem.endBeforeStart': { en: 'The actual end is before the actual start.', ru: 'Фактическое окончание раньше фактического начала.', uz: 'Haqiqiy tugash haqiqiy boshlanishdan oldin.' },
  'import.problem.endAfterToday': {
    en: 'A past mobility: the actual end cannot be after today.',
    ru: 'Прошлая мобильность: фактическое окончание не может быть позже сегодняшнего дня.',
    uz: "O'tgan mobillik: haqiqiy tugash bugundan keyin bo'lishi mumkin emas.",
  },
  'import.problem.datesNotCompleted': {
    en: 'Actual dates are for a completed mobility, not one with the status “{status}”.',
    ru: 'Фактические даты указываются для завершённой мобильности, а не со статусом «{status}».',
    uz: 'Haqiqiy sanalar yakunlangan mobillik uchun yoziladi, “{status}” holatidagisi uchun emas.',
  },
  'import.problem.noAgreement': {
    en: 'No agreement “{value}” in Hamkor: import the agreements first, or name one by its reference.',
    ru: 'Соглашения «{value}» в Hamkor нет: сначала импортируйте соглашения или укажите соглашение по его номеру.',
    uz: "Hamkorda “{value}” shartnomasi yo'q: avval shartnomalarni import qiling yoki shartnomani raqami bilan ko'rsating.",
  },
  'import.problem.agreementOtherPartner': {
    en: '{reference} is an agreement with another partner ({partner}).',
    ru: '{reference} — соглашение с другим партнёром ({partner}).',
    uz: '{reference} — boshqa hamkor ({partner}) bilan shartnoma.',
  },
  'import.problem.agreementRegisteredPartner': {
    en: '{reference} is an agreement with a registered partner ({partner}), not with this one.',
    ru: '{reference} — соглашение с зарегистрированным партнёром ({partner}), а не с этим.',
    uz: "{reference} — bu hamkor bilan emas, ro'yxatdagi hamkor ({partner}) bilan shartnoma.",
  },
  'import.problem.endBeforeStartDate': { en: 'The end date must be after the start date.', ru: 'Дата окончания должна быть позже даты начала.', uz: "Tugash sanasi boshlanish sanasidan keyin bo'lishi kerak." },
  'import.problem.startAfterToday': {
    en: 'A past agreement cannot start after today (a new one goes through the approval chain).',
    ru: 'Прошлое соглашение не может начинаться позже сегодняшнего дня (новое проходит цепочку согласования).',
    uz: "O'tgan shartnoma bugundan keyin boshlanishi mumkin emas (yangisi tasdiqlash zanjiridan o'tadi).",
  },
  'import.problem.activeEnded': {
    en: 'Active, but it ended on {date}: write expired, or leave the status empty.',
    ru: 'Указано active, но срок истёк {date}: напишите expired или оставьте статус пустым.',
    uz: "active deb yozilgan, lekin muddati {date} tugagan: expired deb yozing yoki holatni bo'sh qoldiring.",
  },
  'import.problem.expiredRuns': { en: 'Expired, but it runs until {date}.', ru: 'Указано expired, но соглашение действует до {date}.', uz: 'expired deb yozilgan, lekin shartnoma {date} gacha amal qiladi.' },
  'import.problem.expiredOpen': {
    en: 'Expired, but it is open-ended: give its end date.',
    ru: 'Указано expired, но соглашение бессрочное: укажите дату окончания.',
    uz: 'expired deb yozilgan, lekin shartnoma muddatsiz: tugash sanasini yozing.',
  },
  'import.problem.tooManyRows': { en: 'At most {max} rows in one file: split it.', ru: 'В одном файле не более {max} строк: разделите его.', uz: "Bitta faylda ko'pi bilan {max} qator: uni bo'ling." },
  'import.problem.unknownColumn': {
    en: 'Unknown column “{header}”. The template’s columns: {columns}.',
    ru: 'Неизвестный столбец «{header}». Столбцы шаблона: {columns}.',
    uz: "Noma'lum ustun “{header}”. Shablon ustunlari: {columns}.",
  },
  'import.problem.columnTwice': { en: 'The column “{header}” is given twice (also column {other}).', ru: 'Столбец «{header}» указан дважды (ещё столбец {other}).', uz: '“{header}” ustuni ikki marta berilgan (yana {other}-ustun).' },
  'import.problem.missingColumn': { en: 'The required column “{header}” is missing.', ru: 'Нет обязательного столбца «{header}».', uz: "Majburiy “{header}” ustuni yo'q." },
  'import.problem.fileEmpty': { en: 'the file is empty.', ru: 'файл пуст.', uz: "fayl bo'sh." },
  'import.problem.fileTooLarge': {
    en: 'the file is {size} MB; at most 4 MB (about 20,000 rows): split it.',
    ru: 'файл занимает {size} МБ, а можно не более 4 МБ (около 20 000 строк): разделите его.',
    uz: "fayl hajmi {size} MB; ko'pi bilan 4 MB (taxminan 20 000 qator): uni bo'ling.",
  },
  'import.problem.xls': {
    en: 'this is an Excel 97–2003 workbook (.xls); save it as .xlsx (Excel Workbook) or as “CSV UTF-8”.',
    ru: 'это книга Excel 97–2003 (.xls); сохраните её как .xlsx (книга Excel) или как «CSV UTF-8».',
    uz: 'bu Excel 97–2003 kitobi (.xls); uni .xlsx (Excel kitobi) yoki “CSV UTF-8” sifatida saqlang.',
  },
  'import.problem.pdf': {
    en: 'this is a PDF; the import takes CSV or XLSX (download the template).',
    ru: 'это PDF; импорт принимает CSV или XLSX (скачайте шаблон).',
    uz: 'bu PDF; import CSV yoki XLSX qabul qiladi (shablonni yuklab oling).',
  },
  'import.problem.binary': {
    en: 'this is not a text file; the import takes CSV or XLSX (download the template).',
    ru: 'это не текстовый файл; импорт принимает CSV или XLSX (скачайте шаблон).',
    uz: 'bu matnli fayl emas; import CSV yoki XLSX qabul qiladi (shablonni yuklab oling).',
  },
  'import.problem.encoding': {
    en: 'it is not UTF-8 text (line {line}, byte {byte}) and does not look like Windows-1251 either. In Excel: File → Save As → “CSV UTF-8 (comma delimited)”; in LibreOffice: Save As → Text CSV, character set “Unicode (UTF-8)”.',
    ru: 'это не текст UTF-8 (строка {line}, байт {byte}) и не похоже на Windows-1251. В Excel: Файл → Сохранить как → «CSV UTF-8 (разделитель — запятая)»; в LibreOffice: Сохранить как → Текст CSV, кодировка «Юникод (UTF-8)».',
    uz: "bu UTF-8 matn emas ({line}-qator, {byte}-bayt) va Windows-1251 ga ham o'xshamaydi. Excelda: Fayl → Boshqacha saqlash → “CSV UTF-8 (vergul bilan ajratilgan)”; LibreOfficeda: Boshqacha saqlash → Text CSV, belgilar to'plami “Unicode (UTF-8)”.",
  },
  'import.problem.quoteOpen': {
    en: 'a quote opened on line {line} (column {column}) is never closed; check that every " inside a field is doubled ("").',
    ru: 'кавычка, открытая в строке {line} (столбец {column}), не закрыта; проверьте, что каждая " внутри поля удвоена ("").',
    uz: "{line}-qatorda ({column}-ustun) ochilgan qo'shtirnoq yopilmagan; maydon ichidagi har bir \" ikkilantirilganini (\"\") tekshiring.",
  },
  'import.problem.afterQuote': {
    en: 'line {line}, column {column}: text after a closing quote; a " inside a quoted field must be doubled ("").',
    ru: 'строка {line}, столбец {column}: текст после закрывающей кавычки; " внутри поля в кавычках нужно удвоить ("").',
    uz: "{line}-qator, {column}-ustun: yopuvchi qo'shtirnoqdan keyin matn bor; qo'shtirnoqdagi maydon ichidagi \" ikkilantirilishi kerak (\"\").",
  },
  'import.problem.midQuote': {
    en: 'line {line}, column {column}: a quote in the middle of a field; put the whole field in quotes and double the quote ("").',
    ru: 'строка {line}, столбец {column}: кавычка посреди поля; заключите всё поле в кавычки и удвойте кавычку ("").',
    uz: "{line}-qator, {column}-ustun: maydon o'rtasida qo'shtirnoq; butun maydonni qo'shtirnoqqa oling va qo'shtirnoqni ikkilantiring (\"\").",
  },
  'import.problem.fileTooManyRows': {
    en: 'it has more than {max} rows below its header; split it into files of at most {max}.',
    ru: 'в нём больше {max} строк под заголовком; разделите его на файлы не более чем по {max}.',
    uz: "unda sarlavhadan pastda {max} tadan ortiq qator bor; uni ko'pi bilan {max} qatorli fayllarga bo'ling.",
  },
  'import.problem.badXlsx': {
    en: 'it starts like an XLSX workbook but cannot be read as one; save it again from Excel as .xlsx, or as “CSV UTF-8”.',
    ru: 'он начинается как книга XLSX, но прочитать его не удаётся; сохраните его в Excel заново как .xlsx или как «CSV UTF-8».',
    uz: "u XLSX kitobi kabi boshlanadi, lekin uni o'qib bo'lmaydi; Excelda qaytadan .xlsx yoki “CSV UTF-8” sifatida saqlang.",
  },
  'import.problem.noSheet': { en: 'the workbook has no sheet.', ru: 'в книге нет ни одного листа.', uz: "kitobda birorta varaq yo'q." },
  'import.problem.field': { en: '{path}: {message}', ru: '{path}: {message}', uz: '{path}: {message}' },
} satisfies Record<string, Words>;
