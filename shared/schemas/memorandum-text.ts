/**
 * The memorandum's text as a file: which language goes beside English. Each agreement records its
 * own pair (`textLanguage` in its content, Russian when absent: shared/memorandum-pair.ts);
 * `pair` in the query overrides it for one download.
 */
import * as z from 'zod/mini';

export { DEFAULT_PAIR, textLanguageOf } from '../memorandum-pair';

export const MemorandumPairSchema = z.enum(['ru', 'uz']);
export type MemorandumPair = z.infer<typeof MemorandumPairSchema>;

/** `pair` left out: the agreement's own choice. */
export const MemorandumTextQuerySchema = z.strictObject({ pair: z.optional(MemorandumPairSchema) });
