/**
 * The nominations list's own sentences (pages/office-nominations-page.tsx) that no other table
 * has: what the list left out, and its download. Its other words are office-messages.ts's `nom.`.
 */
import type { Words } from './words';

export const NOMINATIONS_MESSAGES = {
  'noms.truncated': {
    en: 'Showing the newest {shown} of {total}; narrow the filters to see the others.',
    ru: 'Показаны {shown} самых новых из {total}; сузьте фильтры, чтобы увидеть остальные.',
    uz: "{total} tadan eng yangi {shown} tasi ko'rsatilgan; qolganlarini ko'rish uchun filtrlarni toraytiring.",
  },
  'noms.truncatedUnknown': {
    en: 'Only the newest {shown} nominations were looked through; choose an academic year or narrow the filters to see older ones.',
    ru: 'Просмотрены только {shown} самых новых номинаций; выберите учебный год или сузьте фильтры, чтобы увидеть более ранние.',
    uz: "Faqat eng yangi {shown} ta nomzod ko'rib chiqildi; eskilarini ko'rish uchun o'quv yilini tanlang yoki filtrlarni toraytiring.",
  },
  'noms.download': {
    en: 'Download the nominations shown by these filters, every one of them:',
    ru: 'Скачать все номинации, отобранные этими фильтрами:',
    uz: "Ushbu filtrlar bo'yicha barcha nomzodlarni yuklab olish:",
  },
} satisfies Record<string, Words>;
