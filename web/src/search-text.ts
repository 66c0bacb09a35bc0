/**
 * How the console's searches compare text: folded (lower case, without diacritics or apostrophe
 * variants), and a partner by everything it may be typed as. Pure and without words, so every
 * page that searches (and the country picker) takes it without the console's old modules.
 */
import { displayName, otherCountryNames } from '../../shared/i18n/labels';
import { LANGUAGES } from './i18n/choice';

/** Lower case, without diacritics or apostrophe variants, so "osh" finds "O‘sh" and "Ош". */
export const fold = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[‘’ʻʼ`']/g, "'")
    .toLowerCase();

/** Each partner's search text as read, made once: naming its country in every language takes Intl a while, too long for every keystroke. */
const searchTexts = new WeakMap<object, string>();

/** Everything a search for a partner matches: its names in every language, its city, its country by code and by name. */
export function partnerSearchText(p: { name: string; names?: Record<string, string>; city?: string; country?: string }): string {
  let text = searchTexts.get(p);
  if (text === undefined) {
    const country = p.country ? [p.country, ...LANGUAGES.map((l) => displayName('region', p.country!, l)), ...otherCountryNames(p.country)] : [];
    text = fold([p.name, ...Object.values(p.names ?? {}), p.city ?? '', ...country].join(' | '));
    searchTexts.set(p, text);
  }
  return text;
}
