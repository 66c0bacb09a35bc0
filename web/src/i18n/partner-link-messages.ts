/**
 * The words of the partner coordinator's page (/partner) that only it shows: the nomination they
 * are asked to answer, accept or decline, and the link's troubles. Apart from the others so that
 * no other page carries them.
 */
import type { Words } from './words';

export const PARTNER_LINK_MESSAGES = {
  'partnerLink.title': { en: 'Nomination {reference}: your answer', ru: 'Выдвижение {reference}: ваш ответ', uz: '{reference} nomzodi: sizning javobingiz' },
  'partnerLink.intro': {
    en: '{university} has approved this nomination for an exchange with {partner}, and asks for your answer as the partner’s coordinator.',
    ru: '{university} одобрил это выдвижение для обмена с {partner} и просит вашего ответа как координатора партнёра.',
    uz: "{university} ushbu nomzodni {partner} bilan almashinuv uchun tasdiqladi va hamkor koordinatori sifatida javobingizni so'raydi.",
  },
  'partnerLink.answeringAs': { en: 'You are answering as {name} ({email}).', ru: 'Вы отвечаете как {name} ({email}).', uz: 'Siz {name} ({email}) sifatida javob bermoqdasiz.' },
  'partnerLink.nomination': { en: 'The nomination', ru: 'Выдвижение', uz: 'Nomzod' },
  'partnerLink.university': { en: 'Sending university', ru: 'Направляющий университет', uz: 'Yuboruvchi universitet' },
  'partnerLink.hostUniversity': { en: 'Host university', ru: 'Принимающий университет', uz: 'Qabul qiluvchi universitet' },
  // The direction as the partner sees it: our "outgoing" comes to them, our "incoming" leaves them.
  'partnerLink.toYou': { en: 'To your university: {university} sends the participant', ru: 'К вам: участника направляет {university}', uz: 'Sizga: ishtirokchini {university} yuboradi' },
  'partnerLink.fromYou': { en: 'From your university: {university} receives the participant', ru: 'От вас: участника принимает {university}', uz: 'Sizdan: ishtirokchini {university} qabul qiladi' },
  'partnerLink.linkUntil': { en: 'This link works until', ru: 'Ссылка действует до', uz: 'Havola amal qiladi' },
  'partnerLink.answerHeading': { en: 'Your answer', ru: 'Ваш ответ', uz: 'Sizning javobingiz' },
  'partnerLink.chooseOne': { en: 'Choose one', ru: 'Выберите одно', uz: 'Bittasini tanlang' },
  'partnerLink.accept': { en: 'Accept', ru: 'Принять', uz: 'Qabul qilish' },
  'partnerLink.decline': { en: 'Decline', ru: 'Отклонить', uz: 'Rad etish' },
  'partnerLink.reason': { en: 'Reason', ru: 'Причина', uz: 'Sabab' },
  'partnerLink.reasonHint': {
    en: 'Required when declining; optional when accepting (a note for the international office).',
    ru: 'Обязательна при отказе; при согласии — по желанию (заметка для международного отдела).',
    uz: "Rad etishda majburiy; qabul qilishda ixtiyoriy (xalqaro bo'lim uchun izoh).",
  },
  'partnerLink.reasonNeeded': { en: 'Give the reason for declining.', ru: 'Укажите причину отказа.', uz: 'Rad etish sababini yozing.' },
  'partnerLink.send': { en: 'Send answer', ru: 'Отправить ответ', uz: 'Javobni yuborish' },
  'partnerLink.recorded': {
    en: 'Your answer is recorded: {answer}, {at}. The international office has been told. You can close this page.',
    ru: 'Ваш ответ записан: {answer}, {at}. Международный отдел уведомлён. Страницу можно закрыть.',
    uz: "Javobingiz qayd etildi: {answer}, {at}. Xalqaro bo'limga xabar berildi. Sahifani yopishingiz mumkin.",
  },
  'partnerLink.accepted': { en: 'accepted', ru: 'принято', uz: 'qabul qilindi' },
  'partnerLink.declined': { en: 'declined', ru: 'отклонено', uz: 'rad etildi' },
  'partnerLink.answeredHere': {
    en: 'This link has already been used: {answer} by {by}, {at}.',
    ru: 'Эта ссылка уже использована: {answer} ({by}), {at}.',
    uz: 'Bu havola allaqachon ishlatilgan: {answer} ({by}), {at}.',
  },
  'partnerLink.answeredByOffice': {
    en: 'The international office has already recorded the partner’s answer: {answer}, {at}. Nothing more is needed from you.',
    ru: 'Международный отдел уже записал ответ партнёра: {answer}, {at}. От вас больше ничего не требуется.',
    uz: "Xalqaro bo'lim hamkorning javobini allaqachon qayd etgan: {answer}, {at}. Sizdan boshqa hech narsa talab qilinmaydi.",
  },
  'partnerLink.noLongerWaiting': {
    en: 'This nomination no longer waits for an answer (it is now: {status}).',
    ru: 'Это выдвижение больше не ждёт ответа (сейчас: {status}).',
    uz: 'Bu nomzod endi javob kutmayapti (hozir: {status}).',
  },
  'partnerLink.changed': {
    en: 'The nomination changed since you opened it. Look at it again before you answer.',
    ru: 'Выдвижение изменилось, пока страница была открыта. Посмотрите его ещё раз, прежде чем ответить.',
    uz: "Sahifa ochiq turganda nomzod o'zgardi. Javob berishdan oldin uni qayta ko'rib chiqing.",
  },
  'partnerLink.replaced': {
    en: 'A newer link was sent for this nomination; use the newest email.',
    ru: 'Для этого выдвижения отправлена новая ссылка; откройте последнее письмо.',
    uz: 'Bu nomzod uchun yangi havola yuborilgan; eng oxirgi xatni oching.',
  },
  'partnerLink.expired': {
    en: 'This link has expired. A reminder brings a fresh one, or write to the international office.',
    ru: 'Срок действия ссылки истёк. Новая придёт с напоминанием, или напишите в международный отдел.',
    uz: "Havolaning muddati tugagan. Yangisi eslatma bilan keladi yoki xalqaro bo'limga yozing.",
  },
  'partnerLink.invalid': {
    en: 'This link is not valid. Open the newest email about this nomination, or write to the international office.',
    ru: 'Эта ссылка недействительна. Откройте последнее письмо об этом выдвижении или напишите в международный отдел.',
    uz: "Bu havola yaroqsiz. Shu nomzod bo'yicha eng oxirgi xatni oching yoki xalqaro bo'limga yozing.",
  },
  'partnerLink.safe': {
    en: 'Opening this page records nothing; only the button below sends your answer.',
    ru: 'Открытие этой страницы ничего не записывает; ответ отправляет только кнопка ниже.',
    uz: 'Bu sahifani ochish hech narsani qayd etmaydi; javobingizni faqat pastdagi tugma yuboradi.',
  },
  // The partner's signatory and a memorandum's text (pages/partner-signatory.tsx).
  'signLink.title': { en: 'Memorandum {reference}: your approval', ru: 'Меморандум {reference}: ваше одобрение', uz: "{reference} memorandumi: sizning tasdig'ingiz" },
  'signLink.intro': {
    en: '{university} has approved this memorandum with {partner} and asks you, as the signatory of {partner}, to approve its exact text or ask for changes.',
    ru: '{university} одобрил этот меморандум с {partner} и просит вас как лицо, подписывающее его от {partner}, одобрить его точный текст или попросить изменения.',
    uz: "{university} {partner} bilan ushbu memorandumni tasdiqladi va sizdan, {partner} nomidan imzolovchi shaxs sifatida, uning aniq matnini tasdiqlashni yoki o'zgartirishlar so'rashni so'raydi.",
  },
  'signLink.text': { en: 'The text', ru: 'Текст', uz: 'Matn' },
  'signLink.hashHint': {
    en: 'The code below identifies this exact text; it is printed at the foot of every page of the PDF, and your approval records it.',
    ru: 'Код ниже обозначает именно этот текст; он напечатан внизу каждой страницы PDF, и ваше одобрение сохраняет его.',
    uz: "Quyidagi kod aynan shu matnni bildiradi; u PDFning har bir sahifasi pastida bosilgan va tasdig'ingiz uni qayd etadi.",
  },
  'signLink.hash': { en: 'Text code (SHA-256)', ru: 'Код текста (SHA-256)', uz: 'Matn kodi (SHA-256)' },
  'signLink.version': { en: 'Version', ru: 'Версия', uz: 'Versiya' },
  'signLink.downloadPdf': { en: 'Download the text as PDF', ru: 'Скачать текст в PDF', uz: 'Matnni PDF shaklida yuklab olish' },
  'signLink.answerHeading': { en: 'Your answer', ru: 'Ваш ответ', uz: 'Javobingiz' },
  'signLink.approve': { en: 'Approve this text', ru: 'Одобрить этот текст', uz: 'Ushbu matnni tasdiqlash' },
  'signLink.requestChanges': { en: 'Ask for changes', ru: 'Попросить изменения', uz: "O'zgartirishlar so'rash" },
  'signLink.name': { en: 'Your full name', ru: 'Ваше полное имя', uz: "To'liq ismingiz" },
  'signLink.position': { en: 'Your position', ru: 'Ваша должность', uz: 'Lavozimingiz' },
  'signLink.positionHint': { en: 'For example, Rector or Vice-Rector for International Affairs.', ru: 'Например, ректор или проректор по международным связям.', uz: "Masalan, rektor yoki xalqaro aloqalar bo'yicha prorektor." },
  'signLink.comment': { en: 'What should change', ru: 'Что нужно изменить', uz: "Nimani o'zgartirish kerak" },
  'signLink.commentHint': { en: 'The international office receives this and sends you a new text.', ru: 'Международный отдел получит это и пришлёт вам новый текст.', uz: "Xalqaro bo'lim buni oladi va sizga yangi matn yuboradi." },
  'signLink.nameNeeded': { en: 'Write the name', ru: 'Укажите имя', uz: 'Ismni yozing' },
  'signLink.positionNeeded': { en: 'Write the position', ru: 'Укажите должность', uz: 'Lavozimni yozing' },
  'signLink.commentNeeded': { en: 'Write what should change', ru: 'Напишите, что нужно изменить', uz: "Nimani o'zgartirish kerakligini yozing" },
  'signLink.approvedNow': {
    en: 'Your approval is recorded, with the text code {hash}. You can now upload the signed copy below.',
    ru: 'Ваше одобрение записано с кодом текста {hash}. Теперь ниже можно загрузить подписанный экземпляр.',
    uz: "Tasdig'ingiz {hash} matn kodi bilan qayd etildi. Endi quyida imzolangan nusxani yuklashingiz mumkin.",
  },
  'signLink.changesNow': {
    en: 'Your request is sent to the international office. You will receive a new link with the changed text.',
    ru: 'Ваша просьба отправлена в международный отдел. Вы получите новую ссылку с изменённым текстом.',
    uz: "So'rovingiz xalqaro bo'limga yuborildi. O'zgartirilgan matn bilan yangi havola olasiz.",
  },
  'signLink.approvedHere': { en: 'This text was approved by {name} on {at}.', ru: 'Этот текст одобрен: {name}, {at}.', uz: 'Bu matn {at} da {name} tomonidan tasdiqlangan.' },
  'signLink.changesSent': { en: 'Changes to this text were asked for on {at}; a new link comes with the new text.', ru: 'Изменения этого текста запрошены {at}; новая ссылка придёт с новым текстом.', uz: "Bu matnga {at} da o'zgartirishlar so'ralgan; yangi matn bilan yangi havola keladi." },
  'signLink.textChanged': { en: 'The text has changed since this link was sent; a new link comes with the new text.', ru: 'Текст изменился после отправки этой ссылки; новая ссылка придёт с новым текстом.', uz: "Bu havola yuborilgandan keyin matn o'zgardi; yangi matn bilan yangi havola keladi." },
  'signLink.signed': { en: 'The signed copy is received; the partner’s signature is recorded. Thank you.', ru: 'Подписанный экземпляр получен; подпись партнёра записана. Спасибо.', uz: 'Imzolangan nusxa qabul qilindi; hamkorning imzosi qayd etildi. Rahmat.' },
  'signLink.noLongerWaiting': { en: 'This memorandum is no longer waiting for your answer.', ru: 'Этот меморандум больше не ждёт вашего ответа.', uz: 'Bu memorandum endi javobingizni kutmayapti.' },
  'signLink.uploadHeading': { en: 'Upload the signed copy', ru: 'Загрузите подписанный экземпляр', uz: 'Imzolangan nusxani yuklang' },
  'signLink.uploadHint': {
    en: 'Once signed, upload a scan of the memorandum: the partner’s signature is recorded from it.',
    ru: 'После подписания загрузите скан меморандума: по нему будет записана подпись партнёра.',
    uz: "Imzolangandan so'ng memorandumning skan nusxasini yuklang: hamkorning imzosi shu nusxa bo'yicha qayd etiladi.",
  },
  'signLink.file': { en: 'The signed copy', ru: 'Подписанный экземпляр', uz: 'Imzolangan nusxa' },
  'signLink.fileHint': { en: 'PDF, DOCX, JPEG or PNG, up to 20 MB.', ru: 'PDF, DOCX, JPEG или PNG, до 20 МБ.', uz: "PDF, DOCX, JPEG yoki PNG, 20 MB gacha." },
  'signLink.fileNeeded': { en: 'Choose the file of the signed copy', ru: 'Выберите файл подписанного экземпляра', uz: 'Imzolangan nusxa faylini tanlang' },
  'signLink.signedOn': { en: 'Date of signing', ru: 'Дата подписания', uz: 'Imzolangan sana' },
  'signLink.upload': { en: 'Upload the signed copy', ru: 'Загрузить подписанный экземпляр', uz: 'Imzolangan nusxani yuklash' },
  'signLink.uploaded': { en: 'The signed copy is received; the partner’s signature is recorded. Thank you.', ru: 'Подписанный экземпляр получен; подпись партнёра записана. Спасибо.', uz: 'Imzolangan nusxa qabul qilindi; hamkorning imzosi qayd etildi. Rahmat.' },
} satisfies Record<string, Words>;
