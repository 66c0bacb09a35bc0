/**
 * The words Hamkor writes, in English, Russian and Uzbek (Latin script). Plain data and tiny
 * pure helpers, shared by the emails and the pages.
 */
import type { Language } from '../schemas/common';
import type { RoleName } from '../schemas/directory';

type Table<K extends string> = Record<K, Record<Language, string>>;

const ROLES: Table<RoleName> = {
  admin: { en: 'Administrator', ru: 'Администратор', uz: 'Administrator' },
  submitter: { en: 'Submitter', ru: 'Заявитель', uz: 'Ariza beruvchi' },
  head_of_department: { en: 'Head of department', ru: 'Заведующий кафедрой', uz: 'Kafedra mudiri' },
  dean: { en: 'Dean', ru: 'Декан', uz: 'Dekan' },
  international_office: { en: 'International office', ru: 'Отдел международных связей', uz: "Xalqaro aloqalar bo'limi" },
  legal: { en: 'Legal department', ru: 'Юридический отдел', uz: "Yuridik bo'lim" },
  vice_rector: { en: 'Vice-rector', ru: 'Проректор', uz: 'Prorektor' },
  rector: { en: 'Rector', ru: 'Ректор', uz: 'Rektor' },
};

const KINDS: Table<'nomination' | 'memorandum'> = {
  nomination: { en: 'Exchange nomination', ru: 'Номинация на обмен', uz: 'Almashinuvga nomzod' },
  memorandum: { en: 'Memorandum', ru: 'Меморандум', uz: 'Memorandum' },
};

const DECISIONS: Table<'approve' | 'reject' | 'request_changes'> = {
  approve: { en: 'Approve', ru: 'Одобрить', uz: 'Tasdiqlash' },
  reject: { en: 'Reject', ru: 'Отклонить', uz: 'Rad etish' },
  request_changes: { en: 'Request changes', ru: 'Вернуть на доработку', uz: "O'zgartirish so'rash" },
};

const STATUSES: Table<string> = {
  draft: { en: 'Draft', ru: 'Черновик', uz: 'Qoralama' },
  in_review: { en: 'In review', ru: 'На рассмотрении', uz: "Ko'rib chiqilmoqda" },
  changes_requested: { en: 'Changes requested', ru: 'На доработке', uz: "O'zgartirish so'ralgan" },
  approved: { en: 'Approved', ru: 'Одобрено', uz: 'Tasdiqlangan' },
  rejected: { en: 'Rejected', ru: 'Отклонено', uz: 'Rad etilgan' },
  withdrawn: { en: 'Withdrawn', ru: 'Отозвано', uz: 'Qaytarib olingan' },
  active: { en: 'Active', ru: 'Действует', uz: 'Amalda' },
  expired: { en: 'Expired', ru: 'Истёк срок', uz: 'Muddati tugagan' },
  terminated: { en: 'Terminated', ru: 'Расторгнуто', uz: 'Bekor qilingan' },
};

export const roleLabel = (role: RoleName, lang: Language): string => ROLES[role]?.[lang] ?? role;
export const kindLabel = (kind: 'nomination' | 'memorandum', lang: Language): string => KINDS[kind][lang];
export const decisionLabel = (d: 'approve' | 'reject' | 'request_changes', lang: Language): string => DECISIONS[d][lang];
export const statusLabel = (status: string, lang: Language): string => STATUSES[status]?.[lang] ?? status;

const MONTHS: Record<Language, string[]> = {
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  ru: ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'],
  uz: ['yanvar', 'fevral', 'mart', 'aprel', 'may', 'iyun', 'iyul', 'avgust', 'sentabr', 'oktabr', 'noyabr', 'dekabr'],
};

/** A date as people write it, by hand rather than Intl: Node builds may lack Uzbek locale data. */
export function formatDate(iso: string, lang: Language): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const [day, month, year] = [d.getUTCDate(), MONTHS[lang][d.getUTCMonth()]!, d.getUTCFullYear()];
  if (lang === 'ru') return `${day} ${month} ${year} г.`;
  if (lang === 'uz') return `${year}-yil ${day}-${month}`;
  return `${day} ${month} ${year}`;
}
