/**
 * Dates, numbers, plurals, lists and names in the reader's language, through Intl, for the Preact
 * pages. Each reads the `lang` signal, so a component that formats re-renders on a switch.
 *
 * Uzbek: Chromium's ICU claims it but has no data for it ("2026 M12 5"), so Uzbek dates are
 * written by hand (shared/i18n's formatDate, as the emails do), Uzbek numbers follow Russian
 * separators (CLDR's uz: a space between thousands, a decimal comma), Uzbek plurals take
 * English's rules (Uzbek has one form after a number) and its lists are joined with "va".
 */
import { formatDate } from '../../shared/i18n/index';
import { displayName } from '../../shared/i18n/labels';
import { lang } from './i18n/lang';

export { number, pluralForm } from './i18n/numbers';

const pad = (n: number) => String(n).padStart(2, '0');

/** A moment (ISO timestamp) in the reader's time zone: date and time. */
export function when(iso: string | undefined | null): string {
  const d = new Date(iso ?? '');
  if (!iso || Number.isNaN(d.getTime())) return String(iso ?? '');
  if (lang.value === 'uz') return `${formatDate(`${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`, 'uz')}, ${pad(d.getHours())}:${pad(d.getMinutes())}`;
  return new Intl.DateTimeFormat(lang.value, { dateStyle: 'medium', timeStyle: 'short' }).format(d);
}

/** A calendar date (`YYYY-MM-DD`), the same day wherever the reader is. */
export function day(isoDate: string | undefined | null): string {
  if (!isoDate || !/^\d{4}-\d{2}-\d{2}$/.test(isoDate)) return String(isoDate ?? '');
  if (lang.value === 'uz') return formatDate(isoDate, 'uz');
  const d = new Date(`${isoDate}T00:00:00Z`);
  return Number.isNaN(d.getTime()) ? isoDate : new Intl.DateTimeFormat(lang.value, { dateStyle: 'long', timeZone: 'UTC' }).format(d);
}

/** "a, b and c". */
export function list(items: string[]): string {
  if (lang.value === 'uz') return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} va ${items.at(-1)}`;
  return new Intl.ListFormat(lang.value, { type: 'conjunction' }).format(items);
}

/** A country (ISO 3166-1) or language (ISO 639-1) code as a name in the reader's language. */
export const region = (code: string): string => displayName('region', code, lang.value);
export const languageName = (code: string): string => displayName('language', code, lang.value);
