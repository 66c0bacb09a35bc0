/**
 * The words of the approver's page (/act) that only it shows: its step, the choices, the link's
 * troubles, the item's documents and what it says once a decision is recorded. Apart from
 * common-messages.ts so that the nomination form, which carries every common word, does not carry
 * these (the form page has a 45 KB budget).
 */
import type { Words } from './words';

export const ACT_MESSAGES = {
  'act.stepHeading': { en: 'This step', ru: 'Этот этап', uz: 'Ushbu bosqich' },
  'act.decisionHeading': { en: 'Your decision', ru: 'Ваше решение', uz: 'Sizning qaroringiz' },
  'act.chooseOne': { en: 'Choose one', ru: 'Выберите одно', uz: 'Bittasini tanlang' },
  'act.comment': { en: 'Comment', ru: 'Комментарий', uz: 'Izoh' },
  'act.commentHint': {
    en: 'Optional when approving. Required for Reject (give the reason) and Request changes (say what should change).',
    ru: 'При одобрении — по желанию. Обязателен, если вы отклоняете (укажите причину) или возвращаете на доработку (напишите, что изменить).',
    uz: "Tasdiqlashda ixtiyoriy. Rad etishda (sababini yozing) va qayta ishlashga qaytarishda (nimani o'zgartirish kerakligini yozing) majburiy.",
  },
  'act.noPlaceLeft': {
    en: 'Not recorded: no place is left under this agreement for {year} ({used} of {planned} taken). This link still works: once the international office allows a place beyond the agreement, or a place comes free, approve again here. You can also reject or request changes now.',
    ru: 'Не записано: по этому соглашению на {year} мест не осталось (занято {used} из {planned}). Ссылка продолжает действовать: когда международный отдел разрешит место сверх соглашения или место освободится, одобрите здесь снова. Отклонить или вернуть на доработку можно и сейчас.',
    uz: "Qayd etilmadi: bu kelishuv bo'yicha {year} uchun joy qolmagan ({planned} tadan {used} tasi band). Havola amal qilishda davom etadi: xalqaro bo'lim kelishuvdan tashqari joyga ruxsat bersa yoki joy bo'shasa, shu yerda qayta tasdiqlang. Hozir rad etishingiz yoki qayta ishlashga qaytarishingiz ham mumkin.",
  },
  'act.reasonNeeded': { en: 'Give the reason for the rejection.', ru: 'Укажите причину отказа.', uz: 'Rad etish sababini yozing.' },
  'act.changesNeeded': {
    en: 'Say what the submitter should change.',
    ru: 'Напишите, что заявителю нужно исправить.',
    uz: "Ariza beruvchi nimani o'zgartirishi kerakligini yozing.",
  },
  'act.send': { en: 'Send decision', ru: 'Отправить решение', uz: 'Qarorni yuborish' },
  'act.nowStatus': { en: 'The item is now: {status}.', ru: 'Сейчас: {status}.', uz: 'Hozirgi holati: {status}.' },
  'act.closed': { en: 'This link can no longer be used to decide.', ru: 'По этой ссылке решение уже не принять.', uz: "Bu havola orqali endi qaror qabul qilib bo'lmaydi." },
  'act.earlierRound': {
    en: 'It was resubmitted on {date}, so this link belongs to the round before. If your decision is needed again, a new email brings a new link.',
    ru: '{date} заявку подали снова, поэтому эта ссылка относится к предыдущему кругу согласования. Если ваше решение понадобится снова, придёт новое письмо с новой ссылкой.',
    uz: "{date} da qayta topshirildi, shuning uchun bu havola oldingi davraga tegishli. Qaroringiz yana kerak bo'lsa, yangi havola bilan yangi xat keladi.",
  },
  'act.comment.quoted': { en: 'Comment: “{comment}”.', ru: 'Комментарий: «{comment}».', uz: 'Izoh: “{comment}”.' },
  'act.submittedBy': { en: 'Submitted by {name} <{email}>', ru: 'Подал(а): {name} <{email}>', uz: 'Topshirgan: {name} <{email}>' },
  'act.decidingAs': { en: 'You are deciding as {name} ({email}).', ru: 'Вы принимаете решение как {name} ({email}).', uz: 'Siz {name} ({email}) sifatida qaror qabul qilmoqdasiz.' },
  'act.step': { en: 'Step', ru: 'Этап', uz: 'Bosqich' },
  'act.stepOf': { en: 'Step {n} of {of} — {role}', ru: 'Этап {n} из {of} — {role}', uz: '{of} bosqichdan {n}-si — {role}' },
  'act.whoDecides': { en: 'Who decides', ru: 'Кто решает', uz: 'Kim qaror qiladi' },
  'act.policyAll': { en: 'Every approver of this step', ru: 'Каждый согласующий этого этапа', uz: 'Ushbu bosqichning har bir tasdiqlovchisi' },
  'act.policyAny': { en: 'Any one approver of this step', ru: 'Любой один согласующий этого этапа', uz: 'Ushbu bosqichning istalgan bitta tasdiqlovchisi' },
  'act.due': { en: 'Due', ru: 'Срок', uz: 'Muddat' },
  'act.linkUntil': { en: 'This link works until', ru: 'Ссылка действует до', uz: 'Havola amal qilish muddati' },
  'act.linkReplaced': {
    en: 'A newer link was sent for this step; use the newest email.',
    ru: 'Для этого этапа отправлена новая ссылка; откройте последнее письмо.',
    uz: 'Bu bosqich uchun yangi havola yuborilgan; eng oxirgi xatni oching.',
  },
  'act.approverChanged': {
    en: 'You no longer hold the role this step needs ({role}), so this link no longer decides it. Nothing was recorded.',
    ru: 'У вас больше нет роли, которая нужна на этом этапе ({role}), поэтому по этой ссылке решение уже не принять. Ничего не записано.',
    uz: "Sizda endi bu bosqichga kerakli rol ({role}) yo'q, shuning uchun bu havola orqali qaror qabul qilib bo'lmaydi. Hech narsa qayd etilmadi.",
  },
  'act.approverChangedWaitsOn': { en: 'The item now waits on {names}.', ru: 'Теперь заявка ждёт решения: {names}.', uz: 'Endi ariza {names} qarorini kutmoqda.' },
  'act.approverChangedNobody': {
    en: 'The item waits until the international office gives the role to someone; the office has been told.',
    ru: 'Заявка ждёт, пока международный отдел не назначит эту роль кому-нибудь; отдел уже уведомлён.',
    uz: "Ariza xalqaro bo'lim bu rolni kimgadir berguncha kutadi; bo'limga xabar berilgan.",
  },
  'act.titleApproverChanged': { en: 'You no longer decide this step', ru: 'Решение на этом этапе больше не за вами', uz: 'Bu bosqichda endi siz qaror qilmaysiz' },
  'act.linkExpired': { en: 'This link has expired.', ru: 'Срок действия ссылки истёк.', uz: 'Havolaning muddati tugagan.' },
  'act.linkInvalidLong': {
    en: 'This link is not valid. Open the newest email about this item, or ask the office for a fresh link.',
    ru: 'Эта ссылка недействительна. Откройте последнее письмо об этом деле или попросите отдел прислать новую ссылку.',
    uz: "Bu havola yaroqsiz. Shu masala bo'yicha eng oxirgi xatni oching yoki bo'limdan yangi havola so'rang.",
  },
  'act.linkInvalid': { en: 'This link is not valid.', ru: 'Эта ссылка недействительна.', uz: 'Bu havola yaroqsiz.' },
  'act.freshLink': { en: 'Send me a fresh link', ru: 'Прислать новую ссылку', uz: 'Menga yangi havola yuboring' },
  'act.freshSent': {
    en: 'A fresh link is on its way. Check your inbox.',
    ru: 'Новая ссылка отправлена. Проверьте почту.',
    uz: 'Yangi havola yuborildi. Pochtangizni tekshiring.',
  },
  'act.freshLimit': {
    en: 'Fresh links for this step were already sent three times. Ask the international office to send the step to you again.',
    ru: 'Новая ссылка для этого этапа уже отправлялась три раза. Попросите международный отдел отправить вам этот этап снова.',
    uz: "Bu bosqich uchun yangi havola allaqachon uch marta yuborilgan. Xalqaro bo'limdan bosqichni sizga qayta yuborishni so'rang.",
  },
  'act.titleInvalid': { en: 'This link is not valid', ru: 'Ссылка недействительна', uz: 'Havola yaroqsiz' },
  'act.titleExpired': { en: 'This link has expired', ru: 'Срок действия ссылки истёк', uz: 'Havolaning muddati tugagan' },
  'act.titleReplaced': { en: 'This link was replaced', ru: 'Ссылка заменена новой', uz: 'Havola yangisi bilan almashtirilgan' },
  'act.titleCouldNotLoad': { en: 'Could not load', ru: 'Не удалось загрузить', uz: "Yuklab bo'lmadi" },
  'act.offline': {
    en: 'Could not reach the server. Check your connection.',
    ru: 'Не удалось связаться с сервером. Проверьте подключение.',
    uz: "Serverga ulanib bo'lmadi. Internetni tekshiring.",
  },
  'act.snapshotChanged': {
    en: 'The item changed since you opened it — reload to see the current version before deciding.',
    ru: 'С тех пор как вы открыли страницу, дело изменилось — обновите страницу, чтобы увидеть текущую версию, прежде чем решать.',
    uz: "Sahifani ochganingizdan beri ma'lumot o'zgardi — qaror qilishdan oldin joriy variantni ko'rish uchun sahifani yangilang.",
  },
  'act.checkInput': { en: 'Check your input.', ru: 'Проверьте введённые данные.', uz: "Kiritilgan ma'lumotlarni tekshiring." },
  'act.offlineDecide': {
    en: 'Could not reach the server. Press "Send decision" again; it will not be recorded twice.',
    ru: 'Не удалось связаться с сервером. Нажмите «Отправить решение» ещё раз — дважды оно не запишется.',
    uz: "Serverga ulanib bo'lmadi. «Qarorni yuborish» tugmasini yana bosing — u ikki marta qayd etilmaydi.",
  },
  'act.missingCode': {
    en: 'The link’s code is not in the address (it is taken out as soon as the page opens, so it stays out of the browser’s history). Open the link from the email again.',
    ru: 'Кода ссылки нет в адресе (он убирается сразу при открытии страницы, чтобы не остаться в истории браузера). Откройте ссылку из письма снова.',
    uz: "Havola kodi manzilda yo'q (sahifa ochilishi bilan olib tashlanadi, brauzer tarixida qolmasligi uchun). Havolani xatdan qayta oching.",
  },

  // ---- the item's documents and the decision's receipt ----
  'act.documents': { en: 'Documents', ru: 'Документы', uz: 'Hujjatlar' },
  'act.invitation': { en: 'For the invitation letter', ru: 'Для приглашения', uz: 'Taklifnoma uchun' },
  'act.nationality': { en: 'Nationality', ru: 'Гражданство', uz: 'Fuqaroligi' },
  'act.dateOfBirth': { en: 'Date of birth', ru: 'Дата рождения', uz: "Tug'ilgan sanasi" },
  'act.passport': { en: 'Passport', ru: 'Паспорт', uz: 'Pasport' },
  'act.passportLine': { en: '{number}, valid until {until}', ru: '{number}, действителен до {until}', uz: '{number}, {until}gacha amal qiladi' },
  'act.passportWarning': { en: 'The passport expires before the planned end of the stay.', ru: 'Паспорт истекает до планируемого окончания пребывания.', uz: "Pasport muddati bo'lish muddati tugashidan oldin tugaydi." },
  'act.noDocuments': { en: 'No documents are attached.', ru: 'Документы не приложены.', uz: 'Hujjatlar ilova qilinmagan.' },
  'act.documentMeta': { en: '{kind}, {size} KB', ru: '{kind}, {size} КБ', uz: '{kind}, {size} KB' },
  // "on", not "at": what follows is a date with its time ("22 Nov 2026, 19:07").
  'act.recordedOn': { en: '{decision}. Recorded on {at}.', ru: '{decision}. Записано {at}.', uz: '{decision}. {at} da qayd etildi.' },
  'act.alreadyDecidedOn': { en: 'Already decided: {decision} by {by} on {at}.', ru: 'Решение уже принято: {decision} ({by}, {at}).', uz: 'Qaror allaqachon qabul qilingan: {decision} ({by}, {at}).' },
  // What the decision did, said only where it adds to the decision itself ("Rejected" needs no "— rejected").
  'act.after.recorded': { en: 'The step now waits for the other approvers.', ru: 'Этап ждёт решения остальных согласующих.', uz: 'Bosqich endi boshqa tasdiqlovchilarni kutmoqda.' },
  'act.after.advanced': { en: 'It has moved to the next step.', ru: 'Дело передано на следующий этап.', uz: "U keyingi bosqichga o'tdi." },
  'act.after.changes_requested': { en: 'It goes back to the submitter.', ru: 'Заявка возвращена заявителю.', uz: 'Ariza beruvchiga qaytarildi.' },
  'act.after.approved': { en: 'This was the final approval.', ru: 'Это было окончательное одобрение.', uz: 'Bu yakuniy tasdiqlash edi.' },
  'act.canClose': { en: 'You can close this page.', ru: 'Эту страницу можно закрыть.', uz: 'Bu sahifani yopishingiz mumkin.' },
} satisfies Record<string, Words>;
