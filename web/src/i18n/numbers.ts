/**
 * Numbers and plural forms in the page's language, through Intl: apart from format.ts so that a
 * page that only counts (the sign-in page's "5 minutes") carries no date or name tables.
 * Uzbek numbers follow Russian separators (CLDR's uz: a space between thousands, a decimal comma);
 * Uzbek plurals take English's rules (Uzbek has one form after a number; Chromium's ICU lacks it).
 */
import { lang } from './lang';

export const number = (n: number): string => new Intl.NumberFormat(lang.value === 'uz' ? 'ru' : lang.value).format(n);

/** The plural form a count takes: the key suffix of a sentence with `.one`, `.few` and `.other` forms. */
export function pluralForm(n: number): 'one' | 'few' | 'other' {
  const category = new Intl.PluralRules(lang.value === 'uz' ? 'en' : lang.value).select(n);
  return category === 'one' || category === 'few' ? category : 'other';
}
