/**
 * How partner names compare, and the id a new partner gets from its name. Pure and small on
 * purpose: the office must be able to predict when two spellings count as the same university.
 *
 * Two names are the same when they are equal after: compatibility decomposition, lower case,
 * no diacritics, no apostrophes, every other run of punctuation, symbols or spaces turned into
 * one space. So "Al-Farabi Kazakh National University", "AL FARABI  kazakh national university."
 * and "Al-Fārābī Kazakh National University" are one name; "O‘sh", "O'sh" and "Osh" are one name.
 * No dictionary of synonyms: "KazNU" and "Kazakh National University" stay different names.
 */

/**
 * Dropped rather than turned into a space: in Uzbek Latin (o‘, g‘) and in transliterations
 * (Xi'an) they sit inside a word and are often left out or typed as another quote mark.
 * U+02BB and U+02BC are letters to Unicode, so `\p{L}` alone would keep them.
 */
const APOSTROPHES = /['‘’ʻʼ`´ʹ]/gu;

/** The form in which partner names are compared and claimed: lower case, no diacritics, single spaces. */
export function normalisePartnerName(name: string): string {
  return (
    name
      .normalize('NFKD')
      .toLowerCase()
      .replace(/\p{M}/gu, '')
      .replace(APOSTROPHES, '')
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim()
      // Recomposed so Hangul and other scripts decomposed above do not triple in length in a key.
      .normalize('NFC')
  );
}

/** Ids stay well under the 64-character id limit, leaving room for a `-2` … `-99` suffix. */
const SLUG_MAX = 56;

/** The id a partner named `name` asks for first: `al-farabi-kazakh-national-university`. */
export function partnerSlug(name: string): string {
  const slug = normalisePartnerName(name)
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, SLUG_MAX)
    .replace(/^-+|-+$/g, '');
  // A name in a script with no Latin letters still gets a usable id.
  return slug || 'partner';
}

/** The n-th id to try when the slug is taken (n = 0 is the slug itself): `slug`, `slug-2`, `slug-3`, … */
export function slugCandidate(slug: string, n: number): string {
  return n === 0 ? slug : `${slug}-${n + 1}`;
}

/** One name a partner holds in its country; no other partner there may hold the same one. */
export type NameClaim = { country: string; normalised: string; spelling: string };

/** Every distinct normalised name of a partner (its main name first), each claimed in its country. */
export function nameClaims(partner: { name: string; names: Record<string, string>; country: string }): NameClaim[] {
  const claims = new Map<string, NameClaim>();
  for (const spelling of [partner.name, ...Object.values(partner.names)]) {
    const normalised = normalisePartnerName(spelling);
    if (normalised && !claims.has(normalised)) claims.set(normalised, { country: partner.country, normalised, spelling });
  }
  return [...claims.values()];
}

const claimId = (c: NameClaim) => `${c.country}#${c.normalised}`;

/** What an edit gives up: the claims of `before` that `after` no longer holds (a renamed name, a moved country). */
export function releasedClaims(before: NameClaim[], after: NameClaim[]): NameClaim[] {
  const kept = new Set(after.map(claimId));
  return before.filter((c) => !kept.has(claimId(c)));
}

/** Pairs of partners in one list that claim the same name in the same country (a directory file that contradicts itself). */
export function duplicateNames(partners: { id: string; name: string; names: Record<string, string>; country: string }[]): { ids: [string, string]; spelling: string; country: string }[] {
  const holder = new Map<string, string>();
  const found: { ids: [string, string]; spelling: string; country: string }[] = [];
  for (const p of partners) {
    for (const claim of nameClaims(p)) {
      const other = holder.get(claimId(claim));
      if (other !== undefined && other !== p.id) found.push({ ids: [other, p.id], spelling: claim.spelling, country: claim.country });
      else holder.set(claimId(claim), p.id);
    }
  }
  return found;
}
