/**
 * Small schemas every entity uses: addresses, dates, languages, ids. These and the other request
 * schemas of shared/schemas (all but responses.ts) are written with zod/mini: the pages check their
 * forms with them, and zod/mini's functions leave out of a page's bundle what its schemas do not
 * use, where classic zod's methods bring all of zod (26 KB gzipped of the form page's 59 did).
 */
import { en } from 'zod/locales';
import * as z from 'zod/mini';

/**
 * zod/mini loads no language for its own messages: without one, every built-in check would say
 * "Invalid input". Classic zod sets English; set here, where every schema module starts, the
 * pages' check, the API's 400s and the tests say the same ("Too small: expected string to have
 * >=1 characters"), whichever of the two zods a process loads (tests/unit/schema-messages.test.ts).
 * Imported by name: esbuild (the Lambda bundles) keeps every locale behind `z.locales.en`.
 */
z.config(en());

/**
 * An internet domain name (`oshsu.kg`, `uw.edu.pl`): zod's own pattern, `z.regexes.domain`
 * (tests/unit/schemas.test.ts holds them equal), written out because `z.regexes` is a namespace
 * that esbuild keeps whole: naming one pattern through it put all of zod's (6 KB) into the Lambda
 * bundles.
 */
export const DOMAIN_NAME = /^(?=.{1,253}$)([a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?\.)+[a-zA-Z]{2,63}$/;

export const EmailSchema = z.pipe(
  z.string().check(z.trim(), z.toLowerCase(), z.maxLength(254)),
  z.email({ message: 'Enter a valid email address' }),
);

export const IdSchema = z
  .string()
  .check(z.minLength(1), z.maxLength(64), z.regex(/^[A-Za-z0-9_-]+$/, 'Use letters, digits, - and _ only'));

/** A calendar date as the office writes it: YYYY-MM-DD, and a real day. */
export const IsoDateSchema = z
  .string()
  .check(
    z.regex(/^\d{4}-\d{2}-\d{2}$/, 'Use YYYY-MM-DD'),
    z.refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), 'Not a real date'),
  );

/** EWP academic year: two consecutive years, `2026/2027`. */
export const AcademicYearSchema = z
  .string()
  .check(
    z.regex(/^\d{4}\/\d{4}$/, 'Use YYYY/YYYY'),
    z.refine((s) => Number(s.slice(5)) === Number(s.slice(0, 4)) + 1, 'The second year must follow the first'),
  );

export const CefrLevelSchema = z.enum(['A1', 'A2', 'B1', 'B2', 'C1', 'C2']);

/**
 * The ISO 639-1 codes (183 languages), grouped by first letter to stay small in the form page's
 * bundle: "aabe…" is aa, ab, ae…. A list rather than Intl.DisplayNames: that names any
 * well-formed code it does not know after the code itself ("zz"), so it cannot tell one made up.
 */
const ISO_639_1_BY_FIRST_LETTER =
  'aabefkmnrsvyz baegimnors caehorsuvy daevz eelnostu fafijory gadlnuv haeiortuyz iadegikostu jav kagijklmnorsuvwy ' +
  'labginotuv mghiklnrsty nabdeglnorvy ocjmrs pailst qu rmnouw sacdegiklmnoqrstuvw taeghiklnorstwy ugkrz veio wao xh yio zahu';
export const ISO_639_1: ReadonlySet<string> = new Set(ISO_639_1_BY_FIRST_LETTER.split(' ').flatMap((group) => [...group.slice(1)].map((second) => group[0] + second)));

/** ISO 639-1 language code and CEFR level, as EWP recommends for mobility languages. */
export const LanguageSkillSchema = z.object({
  code: z.string().check(
    z.regex(/^[a-z]{2}$/, 'Use an ISO 639-1 code such as en, ru, uz'),
    // Not `abort` on the pattern: an aborted issue would stop the dates' check (whenParsed) too.
    z.refine((code) => !/^[a-z]{2}$/.test(code) || ISO_639_1.has(code), 'No language has this code'),
  ),
  level: CefrLevelSchema,
});

type Payload = { value: unknown; issues: readonly { path?: readonly PropertyKey[] }[] };

/**
 * A `when` for a rule across fields (an end after its start): the rule runs whenever those
 * fields parsed, whatever the others did. zod otherwise runs an object's refinements only once
 * every field passes, and a form learns of its dates only after everything else is fixed.
 */
export const whenParsed =
  (...fields: string[]) =>
  (payload: Payload): boolean =>
    typeof payload.value === 'object' && payload.value !== null && !payload.issues.some((i) => fields.includes(String(i.path?.[0])));

/**
 * The example a schema declares for the OpenAPI document (its `z.meta`, in zod's global registry):
 * what other examples, the tests and the bench start from. zod/mini's schemas have no `.meta()` to read it.
 */
export const exampleOf = (schema: z.core.$ZodType): unknown => z.globalRegistry.get(schema)?.example;

export const PersonNameSchema = z.string().check(z.trim(), z.minLength(1), z.maxLength(200));

/** The languages Hamkor writes in: English, Russian, Uzbek (Latin script). */
export const LanguageSchema = z.enum(['en', 'ru', 'uz']);
export type Language = z.infer<typeof LanguageSchema>;

export const ContactSchema = z.object({
  name: PersonNameSchema,
  email: EmailSchema,
});
export type Contact = z.infer<typeof ContactSchema>;
