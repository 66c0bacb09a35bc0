/**
 * Which countries a typed text names, for the country picker (components/country-picker.tsx): the
 * ISO 3166-1 list (shared/countries.ts) matched by code or by name in any of the pages' languages
 * (Intl.DisplayNames, with the written Uzbek names of shared/i18n/uz-names.ts, as Chromium has no
 * Uzbek data). Pure but for the names' cache: the language comes in as an argument.
 */
import { EXTRA_COUNTRY_CODES, ISO_COUNTRY_CODES } from '../../shared/countries';
import { displayName, knowUzbekNames, otherCountryNames } from '../../shared/i18n/labels';
import { UZ_ALL_COUNTRIES, UZ_MORE_LANGUAGES } from '../../shared/i18n/uz-names';
import { LANGUAGES, type Language } from './i18n/choice';
import { fold } from './search-text';

export const COUNTRY_CODES: readonly string[] = [...ISO_COUNTRY_CODES, ...EXTRA_COUNTRY_CODES];

// The picker lists every country: each needs its Uzbek name, which Chromium does not have.
knowUzbekNames({ countries: UZ_ALL_COUNTRIES, languages: UZ_MORE_LANGUAGES });

/** A country's name in `language`. */
export const countryName = (code: string, language: Language): string => displayName('region', code, language);

/** Every name a country goes by on these pages (folded), for matching what is typed. */
const namesCache = new Map<string, string[]>();
function namesOf(code: string): string[] {
  let names = namesCache.get(code);
  if (!names) {
    names = [...new Set([...LANGUAGES.map((l) => displayName('region', code, l)), ...otherCountryNames(code)].map(fold))];
    namesCache.set(code, names);
  }
  return names;
}

/** The country a text names exactly (its code, or a whole name in any of the languages), if any. */
export function exactCountry(text: string): string | undefined {
  const typed = text.trim();
  if (/^[A-Za-z]{2}$/.test(typed) && COUNTRY_CODES.includes(typed.toUpperCase())) return typed.toUpperCase();
  const folded = fold(typed);
  return folded ? COUNTRY_CODES.find((c) => namesOf(c).includes(folded)) : undefined;
}

/** Countries matching the text, best first: the code itself, then names starting with it, then names containing it; all of them, by name, for no text. */
export function matchingCountries(text: string, language: Language): string[] {
  const q = fold(text.trim());
  const collator = new Intl.Collator(language === 'uz' ? 'en' : language);
  const byName = (a: string, b: string) => collator.compare(countryName(a, language), countryName(b, language));
  if (!q) return [...COUNTRY_CODES].sort(byName);
  const rank = (c: string): number => {
    if (q.length === 2 && c.toLowerCase() === q) return 0;
    const names = namesOf(c);
    if (names.some((n) => n.startsWith(q))) return 1;
    if (names.some((n) => n.split(/[\s(),.-]+/).some((w) => w.startsWith(q)))) return 2;
    if (names.some((n) => n.includes(q))) return 3;
    return 4;
  };
  return COUNTRY_CODES.map((c) => ({ c, r: rank(c) }))
    .filter((x) => x.r < 4)
    .sort((a, b) => a.r - b.r || byName(a.c, b.c))
    .map((x) => x.c);
}
