/**
 * Which language a page opens in, and remembering a person's choice: a choice made on this device
 * (localStorage), else the browser's languages, else English. Plain functions with no words in
 * them, kept apart from the words (i18n/live.ts) so a page's switcher and its first language
 * cost no table's bytes.
 */
import type { Language } from '../../../shared/schemas/common';

export type { Language };

/** The pages' languages (the same as shared/i18n's; spelled here so this module imports no tables). */
export const LANGUAGES: readonly Language[] = ['en', 'ru', 'uz'];

/** Each language's own name, as its readers look for it in the switcher. */
export const LANGUAGE_NAMES: Record<Language, string> = { en: 'English', ru: 'Русский', uz: "O'zbekcha" };

const STORAGE_KEY = 'hamkor.language';

export const isLanguage = (value: unknown): value is Language => typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);

/** The language chosen with the switcher on this device, if one was (not merely the browser's). */
export function storedLanguage(): Language | undefined {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return isLanguage(value) ? value : undefined;
  } catch {
    return undefined; // storage blocked (private mode, policy): the choice lasts for this page only
  }
}

/** Remembers a person's explicit choice on this device. */
export function rememberLanguage(language: Language): void {
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    /* not remembered; still applied */
  }
}

function browserLanguage(): Language | undefined {
  const wanted = navigator.languages?.length ? navigator.languages : [navigator.language];
  for (const tag of wanted) {
    const base = String(tag ?? '').toLowerCase().split('-')[0];
    if (isLanguage(base)) return base;
  }
  return undefined;
}

/** The language a page opens in before it knows more (a profile, an email's `l=`). */
export const initialLanguage = (): Language => storedLanguage() ?? browserLanguage() ?? 'en';
