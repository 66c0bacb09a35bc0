/**
 * Which language goes beside English in an agreement's memorandum text: the agreement's own
 * choice (`textLanguage` in its content), Russian when it names none. Plain code with no zod, so
 * the pages that show the choice (item-words.ts, the partner signatory's page) carry no schema.
 */
export type MemorandumPair = 'ru' | 'uz';

/** What an agreement that names no pair gets: every agreement stored before the choice existed was offered Russian first. */
export const DEFAULT_PAIR: MemorandumPair = 'ru';

/** The language beside English in an agreement's text: its own choice, else Russian. */
export const textLanguageOf = (content: { textLanguage?: MemorandumPair | undefined }): MemorandumPair => content.textLanguage ?? DEFAULT_PAIR;
