/**
 * The words of the partner schema's own messages (shared/schemas/partner.ts), by their English
 * text, for the forms that edit a partner: the console's partner form and the memorandum's
 * partner proposal. zod's built-in messages and the shared ones are worded by shared/i18n/validation.ts.
 */
import type { MessageKey } from './i18n/live';

export const PARTNER_WORDS: Record<string, MessageKey> = {
  'Use an ISO 3166-1 alpha-2 country code such as KZ, KG, CN, DE': 'partners.err.country',
  'Use a web address starting with https:// or http://': 'partners.err.website',
  'An Erasmus code looks like PL WARSZAW01 or F  PARIS001': 'partners.err.erasmus',
  'A SCHAC id is a domain name such as oshsu.kg': 'partners.err.schac',
  'A phone number such as +7 727 377 33 33': 'partners.err.phone',
  'A name needs at least one letter or digit': 'partners.err.letters',
  'This name is too long': 'partners.err.tooLong',
  'An ISO 639 language code such as kk, ky, zh, kaa': 'partners.err.language',
  'English, Russian and Uzbek names go in names.en, names.ru and names.uz': 'partners.err.formLanguage',
};
