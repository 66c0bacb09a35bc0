/**
 * The words Hamkor writes, in English, Russian and Uzbek (Latin script): role, kind, decision
 * and status labels, and dates. Plain data and tiny pure helpers, shared by the emails and the
 * pages, so an approver sees the same name for a step in the email and on the page it opens.
 */
import type { Language } from '../schemas/common';
import type { RoleName } from '../schemas/directory';

export type SubjectKind = 'nomination' | 'memorandum';
export type DecisionName = 'approve' | 'reject' | 'request_changes';

type Table<K extends string> = Record<K, Record<Language, string>>;

export const LANGUAGES: readonly Language[] = ['en', 'ru', 'uz'];

// Uzbek uses the ASCII apostrophe for oʻ/gʻ: it is what people type and what every mail
// client renders, and the office's own documents online mostly do the same.
const ROLES: Table<RoleName> = {
  admin: { en: 'Administrator', ru: 'Администратор', uz: 'Administrator' },
  submitter: { en: 'Submitter', ru: 'Заявитель', uz: 'Ariza beruvchi' },
  head_of_department: { en: 'Head of department', ru: 'Заведующий кафедрой', uz: 'Kafedra mudiri' },
  dean: { en: 'Dean', ru: 'Декан', uz: 'Dekan' },
  faculty_coordinator: { en: 'Faculty coordinator', ru: 'Координатор факультета', uz: 'Fakultet koordinatori' },
  international_office: { en: 'International office', ru: 'Отдел международных связей', uz: "Xalqaro aloqalar bo'limi" },
  legal: { en: 'Legal department', ru: 'Юридический отдел', uz: "Yuridik bo'lim" },
  vice_rector: { en: 'Vice-rector', ru: 'Проректор', uz: 'Prorektor' },
  rector: { en: 'Rector', ru: 'Ректор', uz: 'Rektor' },
};

// "Номинация" is a calque that Russian reserves for award categories; universities say
// "выдвижение" for putting a student or colleague forward.
const KINDS: Table<SubjectKind> = {
  nomination: { en: 'Exchange nomination', ru: 'Выдвижение на обмен', uz: 'Almashinuv dasturiga nomzodlik' },
  memorandum: { en: 'Memorandum', ru: 'Меморандум', uz: 'Memorandum' },
};

// The same words as the buttons on the approval page, so an email can name them exactly.
const DECISIONS: Table<DecisionName> = {
  approve: { en: 'Approve', ru: 'Одобрить', uz: 'Tasdiqlash' },
  reject: { en: 'Reject', ru: 'Отклонить', uz: 'Rad etish' },
  request_changes: { en: 'Request changes', ru: 'Вернуть на доработку', uz: 'Qayta ishlashga qaytarish' },
};

const STATUSES: Record<string, Record<Language, string>> = {
  draft: { en: 'Draft', ru: 'Черновик', uz: 'Qoralama' },
  in_review: { en: 'In review', ru: 'На согласовании', uz: "Ko'rib chiqilmoqda" },
  changes_requested: { en: 'Changes requested', ru: 'На доработке', uz: 'Qayta ishlashda' },
  approved: { en: 'Approved', ru: 'Одобрено', uz: 'Tasdiqlangan' },
  rejected: { en: 'Rejected', ru: 'Отклонено', uz: 'Rad etilgan' },
  withdrawn: { en: 'Withdrawn', ru: 'Отозвано', uz: 'Qaytarib olingan' },
  active: { en: 'Active', ru: 'Действует', uz: 'Amal qilmoqda' },
  expired: { en: 'Expired', ru: 'Срок действия истёк', uz: 'Muddati tugagan' },
  terminated: { en: 'Terminated', ru: 'Расторгнуто', uz: 'Bekor qilingan' },
  accepted_by_partner: { en: 'Accepted by partner', ru: 'Принято партнёром', uz: 'Hamkor tomonidan qabul qilingan' },
  arrived: { en: 'Arrived', ru: 'Прибыл(а)', uz: 'Keldi' },
  declined_by_partner: { en: 'Declined by partner', ru: 'Отклонено партнёром', uz: 'Hamkor tomonidan rad etilgan' },
  completed: { en: 'Completed', ru: 'Завершено', uz: 'Yakunlangan' },
};

/** Every status with a name. */
export const statusNames = (): string[] => Object.keys(STATUSES);

/** The name of an approval step's role, as the office says it. */
export function roleLabel(role: RoleName, lang: Language): string {
  return ROLES[role]?.[lang] ?? role;
}

/** "Exchange nomination" or "Memorandum", capitalised for the start of a line. */
export function kindLabel(kind: SubjectKind, lang: Language): string {
  return KINDS[kind][lang];
}

/** The label of a decision button. */
export function decisionLabel(decision: DecisionName, lang: Language): string {
  return DECISIONS[decision][lang];
}

/** A lifecycle status for people; an unknown status is shown as it is rather than hidden. */
export function statusLabel(status: string, lang: Language): string {
  return Object.hasOwn(STATUSES, status) ? STATUSES[status]![lang] : status;
}

const MONTHS: Record<Language, readonly string[]> = {
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  // Genitive, as a date is read in Russian ("5 декабря"); it also reads right after "до".
  ru: ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'],
  uz: ['yanvar', 'fevral', 'mart', 'aprel', 'may', 'iyun', 'iyul', 'avgust', 'sentabr', 'oktabr', 'noyabr', 'dekabr'],
};

/**
 * A calendar date as people write it: "5 December 2026", "5 декабря 2026 г.", "2026-yil
 * 5-dekabr". Built by hand, not with Intl: Node builds with small ICU lack Uzbek data and
 * would fall back to English silently. Read in UTC so the day does not depend on the server.
 * Anything that is not a date is returned unchanged rather than printed as "Invalid Date".
 */
export function formatDate(iso: string, lang: Language): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const day = d.getUTCDate();
  const month = MONTHS[lang][d.getUTCMonth()]!;
  const year = d.getUTCFullYear();
  switch (lang) {
    case 'ru':
      return `${day} ${month} ${year} г.`;
    case 'uz':
      return `${year}-yil ${day}-${month}`;
    case 'en':
      return `${day} ${month} ${year}`;
  }
}
