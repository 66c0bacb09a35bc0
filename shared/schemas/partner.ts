/**
 * Partner universities: what the office types into the registry (`PartnerInput`, `PartnerUpdate`)
 * and what is stored and listed (`Partner`). A stored partner keeps its other names as a record of
 * language code → name (`{ ru: "Ошский государственный университет", ky: "…" }`), which is what
 * directory files have always held.
 */
import * as z from 'zod/mini';
import { isCountryCode } from '../countries';
import { normalisePartnerName } from '../partner-names';
import { PARTNER_TYPES } from '../partner-type';
import { ContactSchema, DOMAIN_NAME, IdSchema, LanguageSchema } from './common';

/** Upper-cased before the check, so `kz` is accepted as `KZ`; `UK`, `KAZ` and `SU` are not countries. */
export const CountryCodeSchema = z
  .string()
  .check(z.trim(), z.toUpperCase(), z.refine(isCountryCode, 'Use an ISO 3166-1 alpha-2 country code such as KZ, KG, CN, DE'))
  .check(z.describe('ISO 3166-1 alpha-2 country code (shared/countries.ts), e.g. KZ'));

/**
 * Erasmus institution codes as issued: a country part of one to three letters (`F`, `PL`, `IRL`),
 * a city part of letters and hyphens, a number (`F  PARIS001`, `PL WARSZAW01`, `CG PODGORICA01`).
 * Browsers and spreadsheets collapse the padding spaces, so any spacing is accepted and the code
 * is stored in its official form: the country part padded to three characters, the number to two
 * digits. The country part is not checked against `country`: it names who issued the code.
 */
const ERASMUS_CODE = /^([A-Z]{1,3}) +([A-Z](?:[A-Z-]{0,10}[A-Z])?) *(\d{1,3})$/;

export const ErasmusCodeSchema = z.pipe(
  z.string().check(z.trim(), z.toUpperCase(), z.maxLength(20), z.regex(ERASMUS_CODE, 'An Erasmus code looks like PL WARSZAW01 or F  PARIS001')),
  z.transform((code: string) => {
    const [, country, city, number] = ERASMUS_CODE.exec(code)!;
    return `${country!.padEnd(3, ' ')}${city}${number!.padStart(2, '0')}`;
  }),
);

/** EWP's institution id is the university's main internet domain, in lower case: `oshsu.kg`, `uw.edu.pl`. */
export const SchacIdSchema = z
  .string()
  .check(z.trim(), z.toLowerCase(), z.maxLength(253), z.regex(DOMAIN_NAME, 'A SCHAC id is a domain name such as oshsu.kg'));

export const WebsiteSchema = z
  .url({ protocol: /^https?$/, hostname: DOMAIN_NAME, message: 'Use a web address starting with https:// or http://' })
  .check(z.maxLength(500));

/**
 * A partner's name in any language. Refused when nothing is left of it to compare (`"..."`), and
 * when its compared form would be too long for a DynamoDB key (at most 4 bytes a character, so
 * 300 characters stay far below the 2048-byte partition key limit).
 */
export const PartnerNameSchema = z
  .string()
  .check(
    z.trim(),
    z.minLength(1),
    z.maxLength(300),
    z.refine((n) => normalisePartnerName(n) !== '', 'A name needs at least one letter or digit'),
    z.refine((n) => normalisePartnerName(n).length <= 300, 'This name is too long'),
  );

/** Languages with a field of their own in the form; the partner's own language goes in `own`. */
const FORM_LANGUAGES = ['en', 'ru', 'uz'] as const;

export const PartnerContactSchema = z.extend(ContactSchema, {
  /** The language the contact reads (en/ru/uz): a partner link's email is written in it, else in English. */
  language: z.optional(LanguageSchema),
  role: z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(200))),
  phone: z.optional(
    z.string().check(z.trim(), z.maxLength(40), z.regex(/^\+?[0-9][0-9 ()./-]{3,}[0-9]$/, 'A phone number such as +7 727 377 33 33')),
  ),
});
export type PartnerContact = z.infer<typeof PartnerContactSchema>;

/** An ISO 639 code, as stored names are keyed: `kk`, `ky`, `zh`, `kaa`. */
const LANGUAGE_CODE = /^[a-z]{2,3}$/;

/**
 * Names in other languages. The form's shape (`en`, `ru`, `uz`, and `own` with its language) and
 * the stored shape (any language code → name, as GET returns it) are both accepted, so a partner
 * read can be sent back unchanged (`{ ru: "…", kk: "…" }`). A language given twice (`kk` and
 * `own.language: kk`) is refused rather than one silently winning.
 */
/** The name in the partner's own language and script, with that language's ISO 639 code. */
const OwnNameSchema = z.strictObject({
  language: z
    .string()
    .check(
      z.trim(),
      z.toLowerCase(),
      z.regex(LANGUAGE_CODE, 'An ISO 639 language code such as kk, ky, zh, kaa'),
      z.refine((l) => !(FORM_LANGUAGES as readonly string[]).includes(l), 'English, Russian and Uzbek names go in names.en, names.ru and names.uz'),
    ),
  name: PartnerNameSchema,
});

const PartnerNamesInputSchema = z
  .catchall(
    z.object({
      en: z.optional(PartnerNameSchema),
      ru: z.optional(PartnerNameSchema),
      uz: z.optional(PartnerNameSchema),
      own: z.optional(OwnNameSchema),
    }),
    // Described as "a name, or the own name" so that a generated client's index signature admits
    // `own` (TypeScript requires every property to fit it); a code keyed to anything but a name is
    // refused below.
    z.union([PartnerNameSchema, OwnNameSchema]),
  )
  .check(
    z.superRefine((names, ctx) => {
      for (const [key, value] of Object.entries(names)) {
        if (key !== 'own' && !LANGUAGE_CODE.test(key)) {
          ctx.issues.push({ code: 'custom', input: names, path: [key], message: 'Names are keyed by an ISO 639 language code such as kk, ky, zh' });
        } else if (key !== 'own' && typeof value !== 'string') {
          ctx.issues.push({ code: 'custom', input: names, path: [key], message: 'A name in another language is text; the own language’s name goes in names.own' });
        }
      }
      const own = names.own?.language;
      if (own && Object.hasOwn(names, own)) {
        ctx.issues.push({ code: 'custom', input: names, path: ['own', 'language'], message: `The ${own} name is given twice: in names.${own} and in names.own` });
      }
    }),
  );

/**
 * What GET answers besides the form: accepted on input so a partner read can be PUT back
 * unchanged, and ignored (the server keeps them). An `id` other than the path's is refused by the service.
 */
const readOnlyFields = {
  id: z.optional(IdSchema),
  createdAt: z.optional(z.string().check(z.maxLength(40))),
  updatedAt: z.optional(z.string().check(z.maxLength(40))),
  proposed: z.optional(z.object({ by: z.object({ email: z.string(), name: z.string() }), at: z.string() })),
};

/** What kind of organisation the partner is (shared/partner-type.ts); a university unless said otherwise. */
export const PartnerTypeSchema = z.enum(PARTNER_TYPES).check(z.describe('university, research_institute, company, government, ngo or other; a company takes trainees, not study mobility'));

const partnerFields = {
  /** The name in English or another Latin-script form: what lists and emails show. */
  name: PartnerNameSchema,
  names: z._default(PartnerNamesInputSchema, {}),
  type: z._default(PartnerTypeSchema, 'university'),
  country: CountryCodeSchema,
  city: z.string().check(z.trim(), z.minLength(1), z.maxLength(200)),
  website: WebsiteSchema,
  erasmusCode: z.optional(ErasmusCodeSchema),
  schacId: z.optional(SchacIdSchema),
  contacts: z._default(z.array(z.strictObject(PartnerContactSchema.shape)).check(z.maxLength(20)), []),
  /**
   * Sent after a 409 `likely_duplicate`: the office has looked at the candidates and this is
   * another university. Not stored. A name another partner holds exactly is refused all the same.
   */
  confirmNotDuplicate: z.optional(z.boolean()),
};

const example = {
  name: 'University of Warsaw',
  names: {
    ru: 'Варшавский университет',
    uz: 'Varshava universiteti',
    own: { language: 'pl', name: 'Uniwersytet Warszawski' },
  },
  type: 'university',
  country: 'PL',
  city: 'Warsaw',
  website: 'https://www.uw.edu.pl',
  erasmusCode: 'PL WARSZAW01',
  schacId: 'uw.edu.pl',
  contacts: [{ name: 'Anna Kowalska', email: 'anna.kowalska@uw.example', role: 'Erasmus+ institutional coordinator', phone: '+48 22 552 00 00' }],
};

/**
 * A research institute, sent again with `confirmNotDuplicate` after a 409 `likely_duplicate` (the
 * office looked at the candidates: another institution), its full English name beside the short
 * one, a name keyed by its language, its contact's language.
 */
const researchInstituteExample = {
  name: 'Institute of Nuclear Physics',
  names: { en: 'Institute of Nuclear Physics of the Republic of Kazakhstan', ru: 'Институт ядерной физики', kk: 'Ядролық физика институты' },
  type: 'research_institute',
  country: 'KZ',
  city: 'Almaty',
  website: 'https://www.inp.kz',
  contacts: [{ name: 'Daniyar Zhakypov', email: 'd.zhakypov@inp.example.org', language: 'ru', role: 'Head of the international department', phone: '+7 727 386 68 00' }],
  confirmNotDuplicate: true,
};

/** The forms the documentation shows: a university, and a research institute confirmed as no duplicate. */
export const PARTNER_INPUT_EXAMPLES = [example, researchInstituteExample] as const;

export const PartnerInputSchema = z.strictObject(partnerFields).check(z.meta({ id: 'PartnerInput', example, examples: [...PARTNER_INPUT_EXAMPLES] }));
export type PartnerInput = z.infer<typeof PartnerInputSchema>;

/**
 * A partner faculty proposed with a memorandum, as `GET /partners/{id}` answered it (its stored
 * names by language code, its id, times and proposer), sent back unchanged but for what the office
 * completed: the office's edit is its check.
 */
export const PROPOSED_PARTNER_EXAMPLE = {
  id: 'tajik-technical-university',
  name: 'Tajik Technical University',
  names: {
    en: 'Tajik Technical University named after academician M.S. Osimi',
    ru: 'Таджикский технический университет имени академика М.С. Осими',
    tg: 'Донишгоҳи техникии Тоҷикистон ба номи академик М.С. Осимӣ',
  },
  type: 'university',
  country: 'TJ',
  city: 'Dushanbe',
  website: 'https://ttu.tj',
  schacId: 'ttu.tj',
  contacts: [{ name: 'Firuza Rahimova', email: 'intl@ttu.example.org', language: 'ru', role: 'Head of the international office' }],
  version: 1,
  proposed: { by: { email: 'faculty@uni.example', name: 'Aziz Rakhimov' }, at: '2026-11-02T08:15:00.000Z' },
  createdAt: '2026-11-02T08:15:00.000Z',
  updatedAt: '2026-11-02T08:15:00.000Z',
};

/** An edit: the whole form again, with the version it was read at, so two admins cannot overwrite each other unseen. */
export const PartnerUpdateSchema = z
  .strictObject({ ...partnerFields, ...readOnlyFields, version: z.number().check(z.int(), z.minimum(1), z.maximum(1_000_000)) })
  .check(z.meta({ id: 'PartnerUpdate', example: { ...example, city: 'Warszawa', version: 1 }, examples: [{ ...example, city: 'Warszawa', version: 1 }, PROPOSED_PARTNER_EXAMPLE, { ...researchInstituteExample, version: 2 }] }));
export type PartnerUpdate = z.infer<typeof PartnerUpdateSchema>;

/** What is stored and listed. Lenient where old directory files were (city, website); `version` counts edits. */
export const PartnerSchema = z.object({
  id: IdSchema,
  name: z.string().check(z.minLength(1), z.maxLength(300)),
  /** Names in other languages and scripts, by language code: `{ ru: "Ошский государственный университет" }`. */
  names: z._default(z.record(z.string(), z.string().check(z.maxLength(300))), {}),
  /** Partners stored before types were kept are universities. */
  type: z._default(PartnerTypeSchema, 'university'),
  country: CountryCodeSchema,
  city: z.optional(z.string().check(z.maxLength(200))),
  website: z.optional(z.url().check(z.maxLength(500))),
  erasmusCode: z.optional(z.string().check(z.maxLength(40))),
  schacId: z.optional(z.string().check(z.maxLength(253))),
  contacts: z._default(z.array(PartnerContactSchema).check(z.maxLength(20)), []),
  version: z._default(z.number().check(z.int(), z.minimum(1)), 1),
  /**
   * Proposed by faculty with a memorandum, not yet checked by the office. An administrator's
   * edit of the partner is that check: the form's partner (partnerFromInput) has no mark.
   */
  proposed: z.optional(z.object({ by: z.object({ email: z.string(), name: z.string() }), at: z.string() })),
  createdAt: z.optional(z.string()),
  updatedAt: z.optional(z.string()),
});
export type Partner = z.infer<typeof PartnerSchema>;

/** The stored partner a form describes. */
export function partnerFromInput(input: PartnerInput | Omit<PartnerUpdate, 'version'>, meta: { id: string; version: number; createdAt?: string; updatedAt: string }): Partner {
  const { names, ...fields } = input;
  const { id: _id, createdAt: _createdAt, updatedAt: _updatedAt, proposed: _proposed, confirmNotDuplicate: _confirmed, ...rest } = fields as typeof fields & Partial<Record<keyof typeof readOnlyFields, unknown>>;
  return {
    ...rest,
    id: meta.id,
    names: storedNames(names),
    version: meta.version,
    ...(meta.createdAt ? { createdAt: meta.createdAt } : {}),
    updatedAt: meta.updatedAt,
  };
}

/** The stored record of names (language → name) that either input shape describes; `own` becomes its language. */
export function storedNames(names: PartnerInput['names']): Record<string, string> {
  const { own, ...byLanguage } = names;
  const stored: Record<string, string> = {};
  for (const [language, name] of Object.entries(byLanguage)) if (typeof name === 'string' && name) stored[language] = name;
  if (own) stored[own.language] = own.name;
  return stored;
}

/**
 * The form that edits a stored partner. The first stored name in a language without a field of
 * its own becomes `own`; any further ones (possible from a directory file) stay under their
 * language code, which the update accepts as they are, so an edit keeps them.
 */
export function partnerFormOf(partner: Partner): PartnerUpdate {
  const others = Object.keys(partner.names).filter((l) => !(FORM_LANGUAGES as readonly string[]).includes(l));
  const [ownLanguage, ...moreLanguages] = others;
  const names = {
    ...(partner.names.en ? { en: partner.names.en } : {}),
    ...(partner.names.ru ? { ru: partner.names.ru } : {}),
    ...(partner.names.uz ? { uz: partner.names.uz } : {}),
    ...Object.fromEntries(moreLanguages.map((l) => [l, partner.names[l]!])),
    ...(ownLanguage ? { own: { language: ownLanguage, name: partner.names[ownLanguage]! } } : {}),
  } as PartnerUpdate['names'];
  return {
    name: partner.name,
    names,
    type: partner.type,
    country: partner.country,
    city: partner.city ?? '',
    website: partner.website ?? '',
    ...(partner.erasmusCode ? { erasmusCode: partner.erasmusCode } : {}),
    ...(partner.schacId ? { schacId: partner.schacId } : {}),
    contacts: partner.contacts,
    version: partner.version,
  };
}
