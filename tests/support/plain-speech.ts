/**
 * The item page's words (`Speech`, web/src/item-words.ts) in one language, filled in plainly: the
 * sentence chosen and the values put in it are what a history-line test asserts, not how a date or
 * a code is displayed.
 */
import { COMMON_MESSAGES } from '../../web/src/i18n/common-messages';
import type { Speech } from '../../web/src/item-words';

const fill = (text: string, params: Record<string, string | number | undefined> = {}) => text.replace(/\{(\w+)\}/g, (_m, k: string) => String(params[k] ?? ''));

export const plainSpeech = (lang: 'en' | 'ru' | 'uz'): Speech => ({
  t: (key, params) => fill((COMMON_MESSAGES as Record<string, Record<string, string>>)[key]?.[lang] ?? key, params),
  label: (code) => code,
  day: (iso) => `day ${iso}`,
  number: String,
  list: (items) => items.join(', '),
  language: (code) => code,
  when: (iso) => iso ?? '',
  plural: (_key, n) => String(n),
  region: (code) => code,
});
