/**
 * The memorandum's text as a file: which language goes beside English. Russian unless Uzbek is
 * asked for (the agreement records no pair of its own yet).
 */
import * as z from 'zod/mini';

export const MemorandumPairSchema = z.enum(['ru', 'uz']);
export type MemorandumPair = z.infer<typeof MemorandumPairSchema>;

export const MemorandumTextQuerySchema = z.strictObject({ pair: z._default(MemorandumPairSchema, 'ru') });
