/**
 * The language a Preact page is read in, as a signal: every component that reads it (through
 * `t`, `label` or format.ts) renders again when it changes. Set only by i18n/live.ts, together
 * with the words in that language.
 */
import { signal } from '@preact/signals';
import { initialLanguage, type Language } from './choice';

export const lang = signal<Language>(initialLanguage());
