/**
 * How the partners page finds a partner: by any of its names, its city, its country by code or by
 * name in any of the pages' languages, and its website, whatever the script it is typed in
 * ("Бишкек" finds Bishkek). The folding is the console's (search-text.ts); a partner's text here
 * adds its website and the Latin spelling of what is in Cyrillic.
 */
import { displayName, otherCountryNames } from '../../../shared/i18n/labels';
import type { Partner } from '../api-types';
import { LANGUAGES } from '../i18n/choice';
import { fold } from '../search-text';

/** Russian letters as they are written in Latin names (Бишкек → bishkek), so one script finds the other. */
const LATIN_OF: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k', л: 'l', м: 'm', н: 'n', о: 'o',
  п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e',
  ю: 'yu', я: 'ya', қ: 'q', ғ: 'g', ҳ: 'h', ў: 'o', ң: 'ng', ү: 'u', ө: 'o', ә: 'a', і: 'i',
};
const latin = (folded: string) => folded.replace(/[\u0400-\u04ff]/g, (c) => LATIN_OF[c] ?? c).replace(/kh/g, 'h');

/**
 * Everything a search for a partner matches, folded, and all of it again in Latin letters; made
 * once per partner as read (naming its country in every language takes Intl a while, too long
 * for every keystroke).
 */
const searchTexts = new WeakMap<Partner, string>();
export function partnerSearchText(p: Partner): string {
  let text = searchTexts.get(p);
  if (text === undefined) {
    const country = p.country ? [p.country, ...LANGUAGES.map((l) => displayName('region', p.country, l)), ...otherCountryNames(p.country)] : [];
    const own = fold([p.name, ...Object.values(p.names ?? {}), p.city ?? '', ...country, p.website ?? ''].join(' | '));
    searchTexts.set(p, (text = `${own} | ${latin(own)}`));
  }
  return text;
}

/** The partners a search finds, typed in any script. */
export function partnersFound(partners: readonly Partner[], search: string): Partner[] {
  const typed = fold(search.trim());
  if (!typed) return [...partners];
  const inLatin = latin(typed);
  return partners.filter((p) => partnerSearchText(p).includes(typed) || partnerSearchText(p).includes(inLatin));
}
