/**
 * The words of the approver's page that only it shows: the item's documents, and what the page
 * says once a decision is recorded. Apart from common-messages.ts so that only this page carries them.
 */
import type { Words } from './words';

export const ACT_MESSAGES = {
  'act.documents': { en: 'Documents', ru: 'Документы', uz: 'Hujjatlar' },
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
