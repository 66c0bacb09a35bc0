/**
 * The words of the forms' parts few submissions need: a partner proposed with a new memorandum
 * (components/memorandum-form.tsx) and the files attached to a nomination or a memorandum
 * (components/attachment-list.tsx). They travel with those parts, not with the form page, whose scripts have a 45 KB budget; the
 * registry's field names and messages they share with the office console's partner form are
 * office-messages.ts's, loaded with them.
 *
 * `{name}` marks a value filled in by `t()`. Uzbek writes oʻ and gʻ with the ASCII apostrophe.
 */
import type { Words } from './words';

export const FORM_PART_MESSAGES = {
  // ---- a partner proposed with a memorandum ------------------------------------------------
  'proposal.legend': { en: 'The partner university you propose', ru: 'Предлагаемый вуз-партнёр', uz: 'Taklif qilinayotgan hamkor universitet' },
  'proposal.explained': {
    en: 'Not in the registry yet: it is added as proposed when the memorandum goes into review, and the international office checks it.',
    ru: 'Его ещё нет в реестре: он будет добавлен как предложенный, когда меморандум уйдёт на согласование, и отдел международных связей его проверит.',
    uz: "U hali reyestrda yo'q: memorandum kelishuvga yuborilganda taklif qilingan sifatida qo'shiladi va xalqaro aloqalar bo'limi uni tekshiradi.",
  },
  'proposal.contact': { en: 'A contact at the partner', ru: 'Контактное лицо у партнёра', uz: 'Hamkordagi aloqa shaxsi' },
  'proposal.exists': { en: '{name} is already registered.', ru: '{name} уже есть в реестре.', uz: '{name} reyestrda allaqachon bor.' },
  'proposal.likely': {
    en: 'This may be a university already registered: {names}.',
    ru: 'Возможно, этот вуз уже есть в реестре: {names}.',
    uz: "Bu universitet reyestrda allaqachon bo'lishi mumkin: {names}.",
  },
  'proposal.anyway': { en: 'Not the same — propose anyway', ru: 'Это другой вуз — предложить всё равно', uz: 'Bu boshqa universitet — baribir taklif qilish' },
  'proposal.choose': { en: 'Choose {name} from the list', ru: 'Выбрать {name} из списка', uz: "{name} ni ro'yxatdan tanlash" },
  'proposal.chosen': {
    en: '{name} is chosen as the partner; everything else is as you left it. Submit the memorandum again.',
    ru: '{name} выбран партнёром; всё остальное осталось как было. Отправьте меморандум ещё раз.',
    uz: "{name} hamkor sifatida tanlandi; qolgan hammasi o'z holicha. Memorandumni qayta yuboring.",
  },

  // ---- a nomination's attachments ---------------------------------------------------------
  'attach.file': { en: 'File {n}', ru: 'Файл {n}', uz: '{n}-fayl' },
  'attach.kind': { en: 'Kind of file {n}', ru: 'Вид файла {n}', uz: '{n}-fayl turi' },
  'attach.remove': { en: 'Remove file {n}', ru: 'Убрать файл {n}', uz: "{n}-faylni olib tashlash" },
  'attach.chooseFile': { en: 'Choose a file, or remove this one', ru: 'Выберите файл или уберите эту строку', uz: "Faylni tanlang yoki bu qatorni olib tashlang" },
  'attach.badType': {
    en: 'Only PDF, DOCX, JPEG or PNG files can be attached',
    ru: 'Прикрепить можно только файлы PDF, DOCX, JPEG или PNG',
    uz: "Faqat PDF, DOCX, JPEG yoki PNG fayllarni ilova qilish mumkin",
  },
  'attach.tooBig': {
    en: '{name} is {size} MB; a file may be at most 20 MB',
    ru: 'Размер {name} — {size} МБ; файл может быть не больше 20 МБ',
    uz: "{name} hajmi {size} MB; fayl ko'pi bilan 20 MB bo'lishi mumkin",
  },
  'attach.empty': { en: '{name} is empty', ru: 'Файл {name} пуст', uz: "{name} bo'sh" },
  'attach.notLike': { en: '{name} is not really a {type} file', ru: '{name} на самом деле не файл {type}', uz: '{name} aslida {type} fayli emas' },
  'attach.uploading': { en: 'Uploading {n} of {total}: {name}…', ru: 'Загрузка {n} из {total}: {name}…', uz: 'Yuklanmoqda, {total} tadan {n}: {name}…' },
  'attach.attached': { en: 'Attached to {reference}: {list}.', ru: 'Прикреплено к {reference}: {list}.', uz: '{reference} ga ilova qilindi: {list}.' },
  'attach.failed': { en: '{name} was not attached ({reason}).', ru: 'Файл {name} не прикреплён ({reason}).', uz: '{name} ilova qilinmadi ({reason}).' },
  'attach.retry': { en: 'Try {name} again', ru: 'Загрузить {name} ещё раз', uz: "{name} ni qayta yuklash" },
  'attach.offline': { en: 'the server could not be reached', ru: 'не удалось связаться с сервером', uz: "serverga ulanib bo'lmadi" },
  'attach.answered': { en: 'the server answered {status}', ru: 'сервер ответил кодом {status}', uz: 'server {status} kodi bilan javob berdi' },
  'attach.storage': { en: 'the document store answered {status}', ru: 'хранилище документов ответило кодом {status}', uz: 'hujjatlar ombori {status} kodi bilan javob berdi' },
  'attach.mismatch': {
    en: 'what arrived is not the file that was declared',
    ru: 'дошёл не тот файл, который был заявлен',
    uz: "yetib kelgan fayl e'lon qilingani emas",
  },
} satisfies Record<string, Words>;
