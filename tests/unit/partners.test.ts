/**
 * The partner registry's pure rules: when two names are the same name, the id a name gets, which
 * names an edit gives up, the country list, and the schemas at the edge.
 */
import { describe, expect, it } from 'vitest';
import { directoryProblems } from '../../infra/directory';
import { loadSeed } from '../../infra/local/seed';
import { EXTRA_COUNTRY_CODES, ISO_COUNTRY_CODES, isCountryCode } from '../../shared/countries';
import { duplicateNames, nameClaims, normalisePartnerName, partnerSlug, releasedClaims, slugCandidate } from '../../shared/partner-names';
import { exampleOf, PartnerInputSchema, PartnerSchema, PartnerUpdateSchema, partnerFormOf, partnerFromInput, type PartnerInput } from '../../shared/schemas';

const example = () => structuredClone(exampleOf(PartnerInputSchema)) as Record<string, unknown>;

/** The paths of the issues a failed parse reports, joined with dots. */
function issuePaths(result: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }): string[] {
  return (result.error?.issues ?? []).map((i) => i.path.map(String).join('.'));
}

describe('normalisePartnerName', () => {
  it.each([
    ['Al-Farabi Kazakh National University', 'al farabi kazakh national university'],
    ['  AL FARABI   kazakh  national university. ', 'al farabi kazakh national university'],
    ['Al-Fārābī Kazakh National University', 'al farabi kazakh national university'],
    ['al‐farabi (kazakh) national university!', 'al farabi kazakh national university'],
    ['L.N. Gumilyov Eurasian National University', 'l n gumilyov eurasian national university'],
    ['Université Paris-Saclay', 'universite paris saclay'],
    ['İstanbul Üniversitesi', 'istanbul universitesi'],
  ])('reads %j as %j', (name, normalised) => {
    expect(normalisePartnerName(name)).toBe(normalised);
  });

  it('drops apostrophes inside words, whichever mark was typed, so O‘sh, Oʻsh, O\'sh and Osh are one name', () => {
    const spellings = ['O‘sh davlat universiteti', 'Oʻsh davlat universiteti', "O'sh davlat universiteti", 'O’sh davlat universiteti', 'Osh davlat universiteti'];
    expect(new Set(spellings.map(normalisePartnerName))).toEqual(new Set(['osh davlat universiteti']));
  });

  it('compares Cyrillic names without case or diacritics (ё and е are the same letter here)', () => {
    expect(normalisePartnerName('Евразийский национальный университет имени Л.Н. Гумилёва')).toBe(normalisePartnerName('ЕВРАЗИЙСКИЙ национальный университет имени Л. Н. Гумилева'));
  });

  it('keeps letters of other scripts as they are', () => {
    expect(normalisePartnerName('武汉科技大学')).toBe('武汉科技大学');
    expect(normalisePartnerName('Л.Н. Гумилев атындағы Еуразия ұлттық университеті')).toBe('л н гумилев атындағы еуразия ұлттық университеті');
    expect(normalisePartnerName('서울대학교')).toBe('서울대학교');
  });

  it('does not guess: an abbreviation and the full name stay different names', () => {
    expect(normalisePartnerName('KazNU')).not.toBe(normalisePartnerName('Kazakh National University'));
  });

  it('leaves nothing of a name that has no letters or digits', () => {
    expect(normalisePartnerName(' ... — ')).toBe('');
  });
});

describe('partnerSlug', () => {
  it('makes a readable id from the name', () => {
    expect(partnerSlug('Al-Farabi Kazakh National University')).toBe('al-farabi-kazakh-national-university');
    expect(partnerSlug('Université Paris-Saclay')).toBe('universite-paris-saclay');
  });

  it('stays a valid id for long names and for names with no Latin letters', () => {
    const long = partnerSlug('The Very Long Name of a University of Sciences, Technologies, Arts and Humanities');
    expect(long.length).toBeLessThanOrEqual(56);
    expect(long).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(partnerSlug('武汉科技大学')).toBe('partner');
  });

  it('numbers the next candidates from 2', () => {
    expect([0, 1, 2].map((n) => slugCandidate('kaznu', n))).toEqual(['kaznu', 'kaznu-2', 'kaznu-3']);
  });
});

describe('name claims', () => {
  const kaznu = {
    name: 'Al-Farabi Kazakh National University',
    names: { en: 'Al-Farabi Kazakh National University', ru: 'Казахский национальный университет имени аль-Фараби', kk: 'Әл-Фараби атындағы Қазақ ұлттық университеті' },
    country: 'KZ',
  };

  it('claims each distinct name once, in the partner’s country, the main name first', () => {
    const claims = nameClaims(kaznu);
    expect(claims.map((c) => c.normalised)).toEqual([
      'al farabi kazakh national university',
      'казахскии национальныи университет имени аль фараби',
      'әл фараби атындағы қазақ ұлттық университеті',
    ]);
    expect(claims.every((c) => c.country === 'KZ')).toBe(true);
  });

  it('releases only the names an edit drops, and all of them when the country changes', () => {
    const before = nameClaims(kaznu);
    const renamed = nameClaims({ ...kaznu, names: { ru: kaznu.names.ru } });
    expect(releasedClaims(before, renamed).map((c) => c.spelling)).toEqual([kaznu.names.kk]);
    expect(releasedClaims(before, nameClaims({ ...kaznu, country: 'KG' }))).toEqual(before);
  });

  it('finds two partners of one directory file that claim the same name in the same country, not in different ones', () => {
    const found = duplicateNames([
      { id: 'a', name: 'Osh State University', names: {}, country: 'KG' },
      { id: 'b', name: 'Osh State University', names: {}, country: 'KZ' },
      { id: 'c', name: 'OSH STATE UNIVERSITY.', names: {}, country: 'KG' },
    ]);
    expect(found).toEqual([{ ids: ['a', 'c'], spelling: 'OSH STATE UNIVERSITY.', country: 'KG' }]);
  });
});

describe('a directory file', () => {
  it('is refused when two of its partners have the same name in the same country, and the demo file is not', () => {
    const seed = loadSeed();
    expect(directoryProblems(seed)).toEqual([]);
    const osh = seed.partners.find((p) => p.id === 'osh-state-university')!;
    const twice = { ...seed, partners: [...seed.partners, { ...osh, id: 'osh-again', name: 'Osh State University', names: { uz: "O'sh davlat universiteti" } }] };
    expect(directoryProblems(twice)).toEqual([
      'partners: osh-state-university and osh-again are both called "Osh State University" in KG',
      `partners: osh-state-university and osh-again are both called "O'sh davlat universiteti" in KG`,
    ]);
  });
});

describe('the country list', () => {
  it('holds the 249 ISO 3166-1 alpha-2 codes, each once, in order', () => {
    expect(ISO_COUNTRY_CODES).toHaveLength(249);
    expect(new Set(ISO_COUNTRY_CODES).size).toBe(249);
    expect([...ISO_COUNTRY_CODES].sort()).toEqual([...ISO_COUNTRY_CODES]);
    expect(ISO_COUNTRY_CODES.every((c) => /^[A-Z]{2}$/.test(c))).toBe(true);
  });

  it('knows the countries partners come from', () => {
    for (const code of ['UZ', 'KZ', 'KG', 'TJ', 'TM', 'CN', 'RU', 'TR', 'KR', 'DE', 'PL', 'GB', 'US']) expect(isCountryCode(code)).toBe(true);
  });

  it('refuses codes that are not assigned countries: reserved, retired, three letters, lower case', () => {
    for (const code of ['UK', 'EU', 'SU', 'YU', 'AN', 'KAZ', 'kz', 'ZZ', '']) expect(isCountryCode(code)).toBe(false);
  });

  it('accepts Kosovo as XK, the code Erasmus+ uses, kept apart from the ISO list', () => {
    expect(EXTRA_COUNTRY_CODES).toEqual(['XK']);
    expect(ISO_COUNTRY_CODES as readonly string[]).not.toContain('XK');
    expect(isCountryCode('XK')).toBe(true);
  });
});

describe('PartnerInputSchema', () => {
  it('accepts the example it documents, storing the Erasmus code in its official spacing', () => {
    const result = PartnerInputSchema.safeParse(example());
    expect(result.success).toBe(true);
    expect(result.data?.erasmusCode).toBe('PL WARSZAW01');
    expect(PartnerUpdateSchema.safeParse(exampleOf(PartnerUpdateSchema)).success).toBe(true);
  });

  it('upper-cases the country and refuses one that does not exist', () => {
    expect(PartnerInputSchema.parse({ ...example(), country: 'pl' }).country).toBe('PL');
    const result = PartnerInputSchema.safeParse({ ...example(), country: 'UK' });
    expect(issuePaths(result)).toEqual(['country']);
  });

  it.each([
    ['F PARIS001', 'F  PARIS001'],
    ['f  paris001', 'F  PARIS001'],
    ['PL   WARSZAW01', 'PL WARSZAW01'],
    ['IRL DUBLIN01', 'IRLDUBLIN01'],
    ['CG PODGORICA01', 'CG PODGORICA01'],
    ['D  BADEN-W01', 'D  BADEN-W01'],
    ['I ROMA1', 'I  ROMA01'],
  ])('reads the Erasmus code %j as %j', (code, stored) => {
    expect(PartnerInputSchema.parse({ ...example(), erasmusCode: code }).erasmusCode).toBe(stored);
  });

  it.each(['PARIS001', 'F PARIS', '12 PARIS01', 'F PARIS-01', 'F PAR1S01', 'F -PARIS01'])('refuses %j as an Erasmus code', (code) => {
    expect(issuePaths(PartnerInputSchema.safeParse({ ...example(), erasmusCode: code }))).toEqual(['erasmusCode']);
  });

  it('takes a SCHAC id as a lower-case domain name', () => {
    expect(PartnerInputSchema.parse({ ...example(), schacId: 'OshSU.kg' }).schacId).toBe('oshsu.kg');
    for (const schacId of ['https://oshsu.kg', 'oshsu', 'osh su.kg']) expect(issuePaths(PartnerInputSchema.safeParse({ ...example(), schacId }))).toEqual(['schacId']);
  });

  it('takes a website only as an http or https address', () => {
    for (const website of ['https://www.oshsu.kg', 'http://oshsu.kg/en/']) expect(PartnerInputSchema.safeParse({ ...example(), website }).success).toBe(true);
    for (const website of ['ftp://oshsu.kg', 'javascript:alert(1)', 'oshsu.kg', 'https://localhost']) {
      expect(issuePaths(PartnerInputSchema.safeParse({ ...example(), website }))).toEqual(['website']);
    }
  });

  it('takes the partner’s own name with its language, but not one of the three form languages', () => {
    const own = { language: 'KK', name: 'Әл-Фараби атындағы Қазақ ұлттық университеті' };
    expect(PartnerInputSchema.parse({ ...example(), names: { own } }).names.own?.language).toBe('kk');
    const result = PartnerInputSchema.safeParse({ ...example(), names: { own: { ...own, language: 'ru' } } });
    expect(issuePaths(result)).toEqual(['names.own.language']);
  });

  it('refuses a name with nothing to compare, unknown fields and a server-assigned id', () => {
    expect(issuePaths(PartnerInputSchema.safeParse({ ...example(), name: '...' }))).toEqual(['name']);
    expect(PartnerInputSchema.safeParse({ ...example(), id: 'mine' }).success).toBe(false);
    expect(PartnerInputSchema.safeParse({ ...example(), names: { German: 'Universität Warschau' } }).success).toBe(false);
    // A language code keyed to anything but a name: the own language's name has its own place.
    expect(issuePaths(PartnerInputSchema.safeParse({ ...example(), names: { kk: { language: 'kk', name: 'Варшава университеті' } } }))).toEqual(['names.kk']);
  });

  it('takes a contact with an optional role and phone, and refuses a phone that is not one', () => {
    const contact = { name: 'Aigerim Nurlanova', email: 'A.Nurlanova@kaznu.example' };
    expect(PartnerInputSchema.parse({ ...example(), contacts: [contact] }).contacts[0]).toEqual({ name: 'Aigerim Nurlanova', email: 'a.nurlanova@kaznu.example' });
    expect(issuePaths(PartnerInputSchema.safeParse({ ...example(), contacts: [{ ...contact, phone: 'call me' }] }))).toEqual(['contacts.0.phone']);
  });
});

describe('stored partners', () => {
  it('are made from the form with the own name under its language code, and give the same form back', () => {
    const input: PartnerInput = PartnerInputSchema.parse(example());
    const stored = partnerFromInput(input, { id: 'university-of-warsaw', version: 1, createdAt: '2026-05-01T00:00:00.000Z', updatedAt: '2026-05-01T00:00:00.000Z' });
    expect(stored.names).toEqual({ ru: 'Варшавский университет', uz: 'Varshava universiteti', pl: 'Uniwersytet Warszawski' });
    expect(PartnerSchema.safeParse(stored).success).toBe(true);
    expect(partnerFormOf(stored)).toEqual({ ...input, version: 1 });
  });

  it('read a directory file’s partner (names by language, no version) as version 1, and make a valid edit form of it', () => {
    const osh = PartnerSchema.parse({
      id: 'osh-state-university',
      name: 'Osh State University',
      names: { ru: 'Ошский государственный университет', ky: 'Ош мамлекеттик университети', uz: 'O‘sh davlat universiteti' },
      country: 'KG',
      city: 'Osh',
      website: 'https://www.oshsu.kg',
    });
    expect(osh.version).toBe(1);
    const form = partnerFormOf(osh);
    expect(form.names.own).toEqual({ language: 'ky', name: 'Ош мамлекеттик университети' });
    expect(PartnerUpdateSchema.safeParse(form).success).toBe(true);
  });
});

describe('names round-trip', () => {
  const osh = () =>
    PartnerSchema.parse({
      id: 'osh-state-university',
      name: 'Osh State University',
      names: { ru: 'Ошский государственный университет', ky: 'Ош мамлекеттик университети', uz: 'O‘sh davlat universiteti', zh: '奥什国立大学' },
      country: 'KG',
      city: 'Osh',
      website: 'https://www.oshsu.kg',
      version: 3,
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-02-01T00:00:00.000Z',
    });

  it('takes a stored partner, exactly as read, as an edit, and stores the same names back', () => {
    const read = JSON.parse(JSON.stringify(osh())) as unknown;
    const edit = PartnerUpdateSchema.parse(read);
    const { version: _v, ...input } = edit;
    const again = partnerFromInput(input, { id: 'osh-state-university', version: 4, createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-03-01T00:00:00.000Z' });
    expect(again.names).toEqual(osh().names);
    expect({ ...again, version: 3, updatedAt: '2026-02-01T00:00:00.000Z' }).toEqual(osh());
  });

  it('keeps every other-language name in the edit form, not only the first', () => {
    const form = partnerFormOf(osh());
    expect(PartnerUpdateSchema.safeParse(form).success).toBe(true);
    const { version: _v, ...input } = PartnerUpdateSchema.parse(form);
    expect(partnerFromInput(input, { id: 'x', version: 1, updatedAt: '' }).names).toEqual(osh().names);
  });

  it('takes names by language code on a new partner too (the stored shape), lower-case codes only', () => {
    expect(PartnerInputSchema.parse({ ...example(), names: { de: 'Universität Warschau', ru: 'Варшавский университет' } }).names).toMatchObject({ de: 'Universität Warschau' });
    expect(issuePaths(PartnerInputSchema.safeParse({ ...example(), names: { DE: 'Universität Warschau' } }))).toEqual(['names.DE']);
    expect(issuePaths(PartnerInputSchema.safeParse({ ...example(), names: { de: '...' } }))).toEqual(['names.de']);
  });

  it('refuses a language given twice, under its code and as `own`', () => {
    const result = PartnerInputSchema.safeParse({ ...example(), names: { kk: 'Әл-Фараби атындағы ҚазҰУ', own: { language: 'kk', name: 'Әл-Фараби атындағы Қазақ ұлттық университеті' } } });
    expect(issuePaths(result)).toEqual(['names.own.language']);
  });

  it('makes every seeded partner, as stored, a valid edit of itself', () => {
    for (const partner of loadSeed().partners) {
      const stored = PartnerSchema.parse(partner);
      const result = PartnerUpdateSchema.safeParse(JSON.parse(JSON.stringify(stored)));
      expect(result.success, partner.id).toBe(true);
      const { version: _v, ...input } = result.data!;
      expect(partnerFromInput(input, { id: stored.id, version: 2, updatedAt: '' }).names).toEqual(stored.names);
    }
  });
});

describe('a partner’s type', () => {
  it('is a university unless said, on the form and on a partner stored before types were kept', () => {
    expect(PartnerInputSchema.parse(example()).type).toBe('university');
    expect(PartnerSchema.parse({ id: 'x', name: 'X', country: 'KG' }).type).toBe('university');
    expect(PartnerInputSchema.parse({ ...example(), type: 'company' }).type).toBe('company');
  });

  it('is one of the six kinds', () => {
    expect(issuePaths(PartnerInputSchema.safeParse({ ...example(), type: 'school' }))).toEqual(['type']);
  });
});
