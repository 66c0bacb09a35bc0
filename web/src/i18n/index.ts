/**
 * The language of the pages: which one (a choice remembered on this device, else the signed-in
 * person's language from their profile, else the browser's, else English), the words in it
 * (`t`, `label`), and dates, numbers and names through Intl.
 *
 * A switch of language takes effect in place, without a reload, so nothing typed into a form
 * is lost: `<html lang>` changes, every element marked `data-i18n="key"` (static text in the
 * HTML) or `data-label="code"` is rewritten, every text set with `setText` is worded again, and
 * the pages re-render what they drew from data through `onLanguageChange`.
 */
import { fillParams, type Params } from './fill';
import { formatDate } from '../../../shared/i18n/index';
import { initialLanguage, isLanguage, LANGUAGE_NAMES, LANGUAGES, rememberLanguage, storedLanguage } from './choice';
import { codeLabel, displayName as sharedDisplayName } from '../../../shared/i18n/labels';
import type { Language } from '../../../shared/schemas/common';
import { COMMON_MESSAGES } from './common-messages';
import type { MessageKey } from './messages';
import type { Words } from './words';

export type { Language, MessageKey };
export { isLanguage, LANGUAGE_NAMES, LANGUAGES };

export type { Params };

let current: Language = initialLanguage();

/** The language chosen with the switcher on this device, if one was (not merely the browser's). */
export const chosenLanguage = (): Language | undefined => storedLanguage();
const listeners = new Set<(lang: Language) => void>();

export const lang = (): Language => current;

/** A person's explicit choice: remembered on this device, and applied at once. */
export function chooseLanguage(next: Language): void {
  rememberLanguage(next);
  apply(next);
}

/** The signed-in person's profile language, unless a choice was made on this device. */
export function preferLanguage(value: unknown): void {
  if (!storedLanguage() && isLanguage(value) && value !== current) apply(value);
}

/** Re-renders what a page drew from data when the language changes. */
export function onLanguageChange(listener: (lang: Language) => void): void {
  listeners.add(listener);
}

function apply(next: Language): void {
  current = next;
  translatePage();
  for (const listener of listeners) listener(next);
}

// ---- words ----------------------------------------------------------------------------

/** The words this page has loaded: everyone's, and those a page adds (the console's). */
const words: Record<string, Words> = { ...COMMON_MESSAGES };

/** Adds a page's own words (office-messages.ts); call it before `startPage()`. */
export function addMessages(more: Record<string, Words>): void {
  Object.assign(words, more);
}

const fill = (text: string, params?: Params) => fillParams(text, params, number);

/** A sentence of the pages in the current language, `{name}` filled from `params`. */
export function t(key: MessageKey, params?: Params): string {
  // A key from the HTML is not checked by the compiler (tests/unit/web-i18n.test.ts checks it): shown bare, not a crash.
  return fill(words[key]?.[current] ?? key, params);
}

/** `key.one`, `key.few` or `key.other` by the language's plural rules, with `{n}` filled. */
export function plural(key: 'history.daysLeft' | 'form.placesLeft', n: number, params: Params = {}): string {
  const category = new Intl.PluralRules(current === 'uz' ? 'en' : current).select(n);
  const form = category === 'one' || category === 'few' ? category : 'other';
  return t(`${key}.${form}`, { ...params, n });
}

/** A stored code (status, role, kind, programme, …) as people say it. */
export const label = (code: string | undefined | null): string => codeLabel(code, current);

/** A faculty's or department's name in the page's language when the directory gives one, else its name. */
export const localName = (place: { name: string; names?: Partial<Record<Language, string>> } | undefined): string | undefined =>
  place && (place.names?.[current] ?? place.name);

// ---- dates, numbers, names -------------------------------------------------------------

// Chromium's ICU claims Uzbek but has no data for it ("2026 M12 5"): Uzbek dates are written by
// hand (shared/i18n's formatDate, as the emails do) and Uzbek numbers follow Russian separators
// (CLDR's uz: a space between thousands, a decimal comma).
const intlLocale = () => (current === 'uz' ? 'ru' : current);

export function number(n: number): string {
  return new Intl.NumberFormat(intlLocale()).format(n);
}

const pad = (n: number) => String(n).padStart(2, '0');

/** A moment (ISO timestamp), in the reader's time zone: date and time. */
export function when(iso: string | undefined | null): string {
  const d = new Date(iso ?? '');
  if (!iso || Number.isNaN(d.getTime())) return String(iso ?? '');
  if (current === 'uz') {
    const localDay = `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
    return `${formatDate(localDay, 'uz')}, ${pad(d.getHours())}:${pad(d.getMinutes())}`;
  }
  return new Intl.DateTimeFormat(current, { dateStyle: 'medium', timeStyle: 'short' }).format(d);
}

/** A calendar date (`YYYY-MM-DD`), the same day wherever the reader is. */
export function day(isoDate: string | undefined | null): string {
  if (!isoDate || !/^\d{4}-\d{2}-\d{2}$/.test(isoDate)) return String(isoDate ?? '');
  if (current === 'uz') return formatDate(isoDate, 'uz');
  const d = new Date(`${isoDate}T00:00:00Z`);
  return Number.isNaN(d.getTime()) ? isoDate : new Intl.DateTimeFormat(current, { dateStyle: 'long', timeZone: 'UTC' }).format(d);
}

/** "a, b and c" in the reader's language. */
export function list(items: string[]): string {
  if (current === 'uz') return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} va ${items.at(-1)}`;
  return new Intl.ListFormat(current, { type: 'conjunction' }).format(items);
}

export const displayName = (type: 'region' | 'language', code: string) => sharedDisplayName(type, code, current);

// ---- the page's own text ---------------------------------------------------------------

const liveTexts = new WeakMap<Element, () => string>();

/** Sets an element's text now and again whenever the language changes. */
export function setText(node: Element, text: () => string): void {
  liveTexts.set(node, text);
  node.setAttribute('data-live', '');
  node.textContent = text();
}

/** Rewrites the marked static text of `root` (and `<html lang>`) in the current language. */
export function translatePage(root: ParentNode = document): void {
  document.documentElement.lang = current;
  for (const node of root.querySelectorAll<HTMLElement>('[data-i18n]')) node.textContent = t(node.dataset.i18n as MessageKey);
  for (const node of root.querySelectorAll<HTMLElement>('[data-label]')) node.textContent = label(node.dataset.label);
  for (const node of root.querySelectorAll('[data-live]')) {
    const text = liveTexts.get(node);
    if (text) node.textContent = text();
  }
}
