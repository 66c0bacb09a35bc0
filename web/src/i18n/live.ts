/**
 * The words of a Preact page, in one language at a time. A page names its word set's chunks
 * (`{ en: () => import('../i18n/act-words?lang=en'), … }`, web/language-chunks.ts); the reader's
 * language is loaded before the first render and another on a switch, and the `lang` signal
 * changes together with the words, so the page renders again in the new language with nothing
 * patched by hand.
 *
 * Which language: as on every page (i18n/choice.ts): a choice made on this device, else a
 * preference the page knows (an email's `l=`, a profile), else the browser's, else English.
 */
import { fillParams, type Params } from './fill';
import { batch, signal } from '@preact/signals';
import { isLanguage, rememberLanguage, storedLanguage, type Language } from './choice';
import { lang } from './lang';
import type { MessageKey } from './messages';
import { number, pluralForm } from './numbers';

export { lang };
export type { Language, MessageKey };
export type { Params };
export type WordChunks = Record<Language, () => Promise<{ default: Record<string, string> }>>;

const words = signal<Record<string, string>>({});
let chunks: WordChunks | undefined;
/** The language last asked for: a slow chunk arriving after a later switch is not shown. */
let wanted: Language | undefined;

async function show(next: Language): Promise<void> {
  if (!chunks) throw new Error('startWords() names the page’s word chunks first');
  wanted = next;
  const table = (await chunks[next]()).default;
  if (wanted !== next) return;
  batch(() => {
    words.value = table;
    lang.value = next;
  });
  document.documentElement.lang = next;
}

/**
 * The page's words: in the language chosen on this device, else `preferred` (the email's `l=`),
 * else the browser's. Resolves once they are in, so the first render is worded.
 */
export function startWords(pageChunks: WordChunks, preferred?: unknown): Promise<void> {
  chunks = pageChunks;
  return show(!storedLanguage() && isLanguage(preferred) ? preferred : lang.value);
}

/** A person's choice in the switcher: remembered on this device, and the page re-rendered in it. */
export function chooseLanguage(next: Language): Promise<void> {
  rememberLanguage(next);
  return show(next);
}

/** A language the page learnt of later (a profile's), unless a choice was made on this device. */
export function preferLanguage(value: unknown): Promise<void> | undefined {
  return !storedLanguage() && isLanguage(value) && value !== wanted ? show(value) : undefined;
}

const fill = (text: string, params?: Params) => fillParams(text, params, number);

/** A sentence in the page's language, `{name}` filled from `params`; a key the page's words lack is shown bare. */
export const t = (key: MessageKey, params?: Params): string => fill(words.value[key] ?? key, params);

/** `key.one`, `key.few` or `key.other` by the language's plural rules, with `{n}` filled. */
export const plural = (key: 'history.daysLeft' | 'form.placesLeft' | 'signin.minutes' | 'signin.hours', n: number, params: Params = {}): string =>
  t(`${key}.${pluralForm(n)}`, { ...params, n });

/** A stored code (status, role, kind, programme, …) as people say it; an unknown one with spaces for underscores. */
export const label = (code: string | undefined | null): string => words.value[`label.${code}`] ?? String(code ?? '').replaceAll('_', ' ');

/** A decision button's name, the same word the email uses. */
export const decisionName = (decision: 'approve' | 'reject' | 'request_changes'): string => words.value[`decision.${decision}`] ?? decision;

/** A validation message from the API or a schema (by its English text) in the page's language; unknown ones as they came. */
export const fieldText = (message: string): string => words.value[`field.${message}`] ?? message;
