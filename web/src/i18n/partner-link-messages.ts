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
} satisfies Record<string, Words>;
