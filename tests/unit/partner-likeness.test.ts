/**
 * Likely duplicate partners: names that are one university's though spelt differently (word
 * order, "named after", punctuation, Cyrillic or Latin, abbreviations), and names that are not.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadSeed } from '../../infra/local/seed';
import { mobilityRefusal } from '../../shared/partner-type';
import { abbreviationChunks, duplicateCandidates, likeness, transliterate } from '../../shared/partner-likeness';

describe('likeness', () => {
  it.each([
    ['Eurasian National University named after L.N. Gumilyov', 'L.N. Gumilyov Eurasian National University', 'same_words'],
    ['Евразийский национальный университет имени Л.Н. Гумилёва', 'L.N. Gumilyov Eurasian National University', 'same_words'],
    ['Л.Н. Гумилев атындағы Еуразия ұлттық университеті', 'Eurasian National University named after L. N. Gumilyov', 'same_words'],
    ['Ошский государственный университет', 'Osh State University', 'same_words'],
    ['O‘sh davlat universiteti', 'Osh State University', 'same_words'],
    ['Ош мамлекеттик университети', 'OSH STATE UNIVERSITY', 'same_words'],
    ['Южно-Казахстанский университет имени М. Ауэзова', 'M. Auezov South Kazakhstan University', 'same_words'],
    ['Кыргызский национальный университет имени Жусупа Баласагына', 'Kyrgyz National University named after J. Balasagyn', 'one_word_more'],
    ['ENU', 'L.N. Gumilyov Eurasian National University', 'abbreviation'],
    ['ЕНУ', 'Евразийский национальный университет имени Л.Н. Гумилёва', 'abbreviation'],
    ['OshSU', 'Osh State University', 'abbreviation'],
    ['KazNU', 'Al-Farabi Kazakh National University', 'abbreviation'],
    ['NUUz', 'National University of Uzbekistan named after Mirzo Ulugbek', 'abbreviation'],
    ['MSU', 'Lomonosov Moscow State University', 'abbreviation'],
  ])('finds %j and %j alike (%s)', (a, b, why) => {
    expect(likeness(a, b)).toBe(why);
    expect(likeness(b, a)).toBe(why);
  });

  it.each([
    ['Osh State University', 'Osh Technological University'],
    ['Osh State University', 'Kyrgyz National University'],
    ['Kazakh National University', 'Kazakh National Medical University'],
    ['Black Sea Maritime University', 'Black Sea Technical University'],
    ['Central Anatolia Technical University', 'Anatolia Technical University'],
    ['ENU', 'KazNU'],
    ['ENU', 'Osh State University'],
    ['Osh', 'Osh State University'],
  ])('keeps %j and %j apart', (a, b) => {
    expect(likeness(a, b)).toBeUndefined();
  });

  it('reads an abbreviation by its capitals, in either script, and a plain word as no abbreviation', () => {
    expect(abbreviationChunks('KazNU')).toEqual(['kaz', 'n', 'u']);
    expect(abbreviationChunks('КазНУ')).toEqual(['kaz', 'n', 'u']);
    expect(abbreviationChunks('Osh')).toBeUndefined();
    expect(abbreviationChunks('Osh State University')).toBeUndefined();
  });

  it('transliterates Russian, Kazakh, Kyrgyz and Uzbek Cyrillic, keeping capitals', () => {
    expect(transliterate('Ошский')).toBe('Oshskii');
    expect(transliterate('Әуезов Қазақ ұлттық')).toBe('Auezov Kazak ulttyk');
    expect(transliterate('Ўзбекистон')).toBe('Ozbekiston');
  });
});

/** One university's names as a person might type them. */
const seedNames = loadSeed().partners.flatMap((p) => [p.name, ...Object.values(p.names ?? {})]).filter((n) => !/\p{Script=Han}/u.test(n));

/** Spelling variants that must not hide a duplicate: case, punctuation, spacing, word order, "named after". */
const variant = (name: string) =>
  fc
    .record({
      order: fc.array(fc.nat(), { minLength: 12, maxLength: 12 }),
      upper: fc.boolean(),
      punctuation: fc.constantFrom(' ', ' - ', ', ', '. ', '  '),
      dropInitials: fc.boolean(),
    })
    .map(({ order, upper, punctuation, dropInitials }) => {
      let words = name.split(/\s+/);
      if (dropInitials) words = words.filter((w) => !/^(\p{Lu}\.)+$/u.test(w));
      const shuffled = words.map((w, i) => ({ w, k: order[i % order.length]! })).sort((a, b) => a.k - b.k).map((x) => x.w);
      const text = shuffled.join(punctuation);
      return upper ? text.toUpperCase() : text.toLowerCase();
    });

describe('likeness over spelling variants (property)', () => {
  it('finds every variant of a seeded name alike to the name', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...seedNames).chain((name) => fc.tuple(fc.constant(name), variant(name))),
        ([name, spelt]) => likeness(spelt, name) !== undefined,
      ),
      { numRuns: 300 },
    );
  });

  it('is symmetric', () => {
    fc.assert(
      fc.property(fc.constantFrom(...seedNames), fc.constantFrom(...seedNames), (a, b) => likeness(a, b) === likeness(b, a)),
      { numRuns: 200 },
    );
  });

  it('finds each seeded partner’s names (every script but Chinese) alike to its English name, and no other partner’s', () => {
    const partners = loadSeed().partners.map((p) => ({ ...p, names: p.names ?? {} }));
    for (const p of partners) {
      for (const n of Object.values(p.names).filter((x) => !/\p{Script=Han}/u.test(x) && !x.startsWith('Уханьский'))) {
        expect(likeness(n, p.name), `${n} ~ ${p.name}`).toBeDefined();
        for (const q of partners.filter((q) => q.id !== p.id)) expect(likeness(n, q.name), `${n} vs ${q.name}`).toBeUndefined();
      }
    }
  });
});

describe('duplicateCandidates', () => {
  const enu = { id: 'enu-gumilyov', name: 'L.N. Gumilyov Eurasian National University', names: { ru: 'Евразийский национальный университет имени Л.Н. Гумилёва' }, country: 'KZ' };
  const osh = { id: 'osh-state-university', name: 'Osh State University', names: {}, country: 'KG' };

  it('names the partners in the same country that are likely the same, with why and which names matched', () => {
    const { exact, likely } = duplicateCandidates({ id: '', name: 'Eurasian National University named after L.N. Gumilyov', names: {}, country: 'KZ' }, [enu, osh]);
    expect(exact).toBe(false);
    expect(likely).toEqual([{ id: 'enu-gumilyov', name: enu.name, country: 'KZ', why: 'same_words', yours: 'Eurasian National University named after L.N. Gumilyov', theirs: enu.name }]);
  });

  it('leaves out partners in other countries and the partner itself', () => {
    expect(duplicateCandidates({ id: '', name: 'Osh State University', names: {}, country: 'KZ' }, [osh]).likely).toEqual([]);
    expect(duplicateCandidates({ ...osh, name: 'OshSU' }, [osh]).likely).toEqual([]);
  });

  it('says exact when a partner already holds one of the names as spelt, for the name claim to refuse', () => {
    const { exact } = duplicateCandidates({ id: '', name: 'Something Else', names: { ru: 'ЕВРАЗИЙСКИЙ национальный университет имени Л. Н. Гумилева' }, country: 'KZ' }, [enu]);
    expect(exact).toBe(true);
  });
});

describe('a partner’s type on a nomination', () => {
  it.each(['semester_study', 'full_year_study', 'short_term'])('refuses %s with a company, saying it offers traineeships', (mobility) => {
    expect(mobilityRefusal('company', mobility)).toMatch(/traineeships, not study/);
  });

  it('takes training and research with a company, and anything with a university, an institute or an unknown (old) type', () => {
    expect(mobilityRefusal('company', 'training')).toBeUndefined();
    expect(mobilityRefusal('company', 'research')).toBeUndefined();
    for (const type of ['university', 'research_institute', 'government', 'ngo', 'other', undefined] as const) expect(mobilityRefusal(type, 'semester_study')).toBeUndefined();
  });
});
