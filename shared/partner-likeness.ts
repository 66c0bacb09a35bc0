/**
 * When two partner names are likely the same university, though spelt differently: a warning
 * before a second partner is registered, never a refusal (the office can say "not the same").
 * shared/partner-names.ts stays the exact rule that claims a name; this one is looser on purpose
 * and answers with why, so the office can judge.
 *
 * A name is read as a set of significant words, each in one comparable form:
 * - Cyrillic (Russian, Kazakh, Kyrgyz, Uzbek) is transliterated to Latin by one simple table;
 * - Uzbek Latin's o‘ g‘ x q and other spellings of one sound (kh/x, zh/j, w/v) count as one;
 * - a Russian adjective ending (-ский, -ская) is dropped, so Ошский is Osh and Казахский Kazakh;
 * - a handful of common words are one word in every language (GENERIC_WORDS below);
 * - "named after" in its languages (имени, nomidagi, атындағы), "of", "the", "and" and initials
 *   (L.N., J.) are left out;
 * - a word compares by its first letter and its consonants, so Gumilyov, Gumilev and Гумилёва
 *   (a Russian genitive) are one word.
 * Two names are likely the same when their sets are equal (word order does not matter), or when
 * one has exactly one word more and they share at least two words that are not generic ("Kyrgyz
 * National University named after J. Balasagyn" and "… имени Жусупа Баласагына"). An
 * abbreviation (ENU, KazNU, OshSU, NUUz) is likely the name whose consecutive words it spells
 * (each capital starts a word; lower-case letters continue it: Kaz·N·U), or the name a small
 * table of well-known ones gives.
 */
import { normalisePartnerName } from './partner-names';

/** One simple letter-for-letter table, Russian plus the Kazakh, Kyrgyz and Uzbek letters. */
const CYRILLIC: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'i', к: 'k', л: 'l', м: 'm', н: 'n', о: 'o',
  п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu',
  я: 'ya', ә: 'a', ғ: 'g', қ: 'k', ң: 'n', ө: 'o', ұ: 'u', ү: 'u', һ: 'h', і: 'i', ў: 'o', ҳ: 'h',
};

/** Latin text for a name in any of the region's scripts, case kept (abbreviations are read by their capitals). */
export function transliterate(name: string): string {
  return [...name.normalize('NFC')]
    .map((ch) => {
      const lower = ch.toLowerCase();
      const latin = CYRILLIC[lower];
      if (latin === undefined) return ch;
      return ch !== lower && latin ? latin[0]!.toUpperCase() + latin.slice(1) : latin;
    })
    .join('');
}

/**
 * Common words, one entry per meaning: a word (transliterated, lower case) beginning with one of
 * the stems is that word. Deliberately short: enough for the region's university names, small
 * enough for the office to read. Extend it with care: every stem makes more names alike.
 */
const GENERIC_WORDS: Record<string, readonly string[]> = {
  university: ['universit', 'universitet'],
  state: ['state', 'gosudarstven', 'davlat', 'mamleket', 'memleket'],
  national: ['national', 'natsional', 'milli', 'ulttyk', 'uluttuk'],
  institute: ['institut'],
  academy: ['academ', 'akadem'],
  technical: ['technic', 'tekhnich', 'tekhnik', 'texnik'],
  technology: ['technolog', 'tekhnolog', 'texnolog'],
  pedagogical: ['pedagog'],
  medical: ['medic', 'meditsin', 'tibbiyot'],
  international: ['international', 'mezhdunarod', 'khalkaro', 'xalqaro', 'khalykaralyk'],
  eurasian: ['eurasia', 'evrazi', 'euraziya', 'evroosiyo', 'yevroosiyo'],
  south: ['south', 'yuzhno', 'ontustik', 'janubiy', 'zhanubii'],
  north: ['north', 'severo', 'soltustik', 'shimoliy'],
};

/** Generic words: shared ones say little about which university it is. */
const GENERIC = new Set(['university', 'state', 'national', 'institute', 'academy', 'technical', 'technology', 'pedagogical', 'medical', 'international']);

/** Left out: "named after" in the region's languages, and the small words between the others. */
const LEFT_OUT = new Set(['of', 'the', 'and', 'named', 'after', 'imeni', 'im', 'nomidagi', 'atyndagy', 'atyndagi', 'atindagi', 'va', 'i', 've', 'und', 'de']);

/**
 * A few well-known abbreviations that do not spell their name's words (or spell a Russian one),
 * as abbreviation → the English name they stand for. Spelling ones (ENU, OshSU) need no entry.
 */
const WELL_KNOWN: Record<string, string> = {
  kaznu: 'Al-Farabi Kazakh National University',
  mgu: 'Lomonosov Moscow State University',
  msu: 'Lomonosov Moscow State University',
  spbgu: 'Saint Petersburg State University',
  nuuz: 'National University of Uzbekistan',
  tashgu: 'National University of Uzbekistan',
  knu: 'Kyrgyz National University',
  enu: 'Eurasian National University',
  oshgu: 'Osh State University',
};

/** One spelling of each sound, and a word's first letter with its consonants. */
function skeleton(word: string): string {
  const w = word.replace(/shch/g, 'sh').replace(/kh|x|q|ck/g, 'k').replace(/dzh|zh/g, 'j').replace(/ph/g, 'f').replace(/w/g, 'v').replace(/ts/g, 'c');
  return (w[0]! + w.slice(1).replace(/[aeiouy]/g, '')).replace(/(.)\1+/g, '$1');
}

/** A Russian adjective's ending, after transliteration: Oshskii → osh, Kazakhskaya → kazakh. */
const ADJECTIVE_ENDING = /(?:sk|ck)(?:ii|iy|ij|yi|y|i|aya|aia|oe|ogo|ikh|ie)$/;

/** What a name's word counts as: a generic word's meaning, or its skeleton. */
function meaningOf(word: string): string {
  for (const [meaning, stems] of Object.entries(GENERIC_WORDS)) if (stems.some((s) => word.startsWith(s))) return meaning;
  const stem = ADJECTIVE_ENDING.test(word) && word.length > 6 ? word.replace(ADJECTIVE_ENDING, '') : word;
  return `~${skeleton(stem)}`;
}

/** The words of a name, transliterated and compared as above, in order; initials and small words left out. */
export function significantWords(name: string): string[] {
  return normalisePartnerName(transliterate(name))
    .split(' ')
    .filter((w) => w.length > 1 && !LEFT_OUT.has(w))
    .map(meaningOf);
}

/** Chunks of an abbreviation: KazNU → kaz, n, u; ЕНУ → e, n, u. Undefined when `name` is not one. */
export function abbreviationChunks(name: string): string[] | undefined {
  const latin = transliterate(name.trim()).replace(/[.\s]/g, '');
  // One word, 2–8 letters, at least two capitals: ENU, KazNU, OshSU, NUUz (but not "Osh").
  if (!/^\p{L}{2,8}$/u.test(latin) || (latin.match(/\p{Lu}/gu) ?? []).length < 2) return undefined;
  return latin.match(/\p{Lu}\p{Ll}*/gu)?.map((c) => c.toLowerCase());
}

/** The plain words of a name in Latin (not yet compared forms): what an abbreviation's chunks start. */
function latinWords(name: string): string[] {
  return normalisePartnerName(transliterate(name))
    .split(' ')
    .filter((w) => w.length > 1 && !LEFT_OUT.has(w));
}

/** Whether an abbreviation spells consecutive words of `name` (each chunk starts its word). */
function spells(chunks: string[], name: string): boolean {
  const words = latinWords(name);
  for (let start = 0; start + chunks.length <= words.length; start++) {
    if (chunks.every((c, i) => words[start + i]!.startsWith(c))) return true;
  }
  return false;
}

export type Likeness = 'same_words' | 'one_word_more' | 'abbreviation';

function sameSet(a: string[], b: string[]): boolean {
  const sa = new Set(a);
  const sb = new Set(b);
  return sa.size === sb.size && [...sa].every((w) => sb.has(w));
}

/** Why `a` and `b` are likely one university's names, or undefined when they are not alike. */
export function likeness(a: string, b: string): Likeness | undefined {
  if (normalisePartnerName(a) === normalisePartnerName(b)) return 'same_words';
  for (const [abbreviation, full] of [
    [a, b],
    [b, a],
  ] as const) {
    const chunks = abbreviationChunks(abbreviation);
    if (!chunks) continue;
    if (abbreviationChunks(full)) return undefined; // two abbreviations: equal only when equal, checked above
    const known = WELL_KNOWN[chunks.join('')];
    if (spells(chunks, full) || (known && likeness(known, full) !== undefined)) return 'abbreviation';
    return undefined;
  }
  const wa = significantWords(a);
  const wb = significantWords(b);
  if (wa.length === 0 || wb.length === 0) return undefined;
  if (sameSet(wa, wb)) return 'same_words';
  const [small, large] = new Set(wa).size <= new Set(wb).size ? [new Set(wa), new Set(wb)] : [new Set(wb), new Set(wa)];
  const missing = [...small].filter((w) => !large.has(w));
  const distinctive = [...small].filter((w) => large.has(w) && !GENERIC.has(w));
  if (missing.length === 0 && large.size - small.size === 1 && distinctive.length >= 2) return 'one_word_more';
  return undefined;
}

/** A partner as far as names go. */
export type NamedPartner = { id: string; name: string; names: Record<string, string>; country: string };

export type DuplicateCandidate = { id: string; name: string; country: string; why: Likeness; yours: string; theirs: string };

const allNames = (p: { name: string; names: Record<string, string> }) => [...new Set([p.name, ...Object.values(p.names)])];

/**
 * The partners among `others` that `partner` is likely a second registration of: each with why
 * and which of its names matched which of ours. `exact` is true when one of them already holds
 * one of our names exactly: the name claim refuses that one, as it always has. Only names in
 * `names` are compared when given (an edit checks the names it adds, not the ones it had).
 */
export function duplicateCandidates(partner: NamedPartner, others: NamedPartner[], names: string[] = allNames(partner)): { exact: boolean; likely: DuplicateCandidate[] } {
  const ours = names.map((n) => ({ spelling: n, normalised: normalisePartnerName(n) }));
  const likely: DuplicateCandidate[] = [];
  let exact = false;
  for (const other of others) {
    if (other.id === partner.id || other.country !== partner.country) continue;
    const theirs = allNames(other);
    if (theirs.some((t) => ours.some((o) => o.normalised === normalisePartnerName(t)))) {
      exact = true;
      continue;
    }
    search: for (const o of ours) {
      for (const t of theirs) {
        const why = likeness(o.spelling, t);
        if (why) {
          likely.push({ id: other.id, name: other.name, country: other.country, why, yours: o.spelling, theirs: t });
          break search;
        }
      }
    }
  }
  return { exact, likely };
}
