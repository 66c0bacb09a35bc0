/** Small schemas every entity uses: addresses, dates, languages, ids. */
import * as z from 'zod';

export const EmailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(254)
  .pipe(z.email({ message: 'Enter a valid email address' }));

export const IdSchema = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/, 'Use letters, digits, - and _ only');

/** A calendar date as the office writes it: YYYY-MM-DD, and a real day. */
export const IsoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Use YYYY-MM-DD')
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), 'Not a real date');

/** EWP academic year: two consecutive years, `2026/2027`. */
export const AcademicYearSchema = z
  .string()
  .regex(/^\d{4}\/\d{4}$/, 'Use YYYY/YYYY')
  .refine((s) => Number(s.slice(5)) === Number(s.slice(0, 4)) + 1, 'The second year must follow the first');

export const CefrLevelSchema = z.enum(['A1', 'A2', 'B1', 'B2', 'C1', 'C2']);

/** ISO 639-1 language code and CEFR level, as EWP recommends for mobility languages. */
export const LanguageSkillSchema = z.object({
  code: z.string().regex(/^[a-z]{2}$/, 'Use an ISO 639-1 code such as en, ru, uz'),
  level: CefrLevelSchema,
});

export const PersonNameSchema = z.string().trim().min(1).max(200);

/** The languages Hamkor writes in: English, Russian, Uzbek (Latin script). */
export const LanguageSchema = z.enum(['en', 'ru', 'uz']);
export type Language = z.infer<typeof LanguageSchema>;

export const ContactSchema = z.object({
  name: PersonNameSchema,
  email: EmailSchema,
});
export type Contact = z.infer<typeof ContactSchema>;
