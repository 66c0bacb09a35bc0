/**
 * What the older agreement edit form (agreement-edit.ts) still takes from the hand-built item
 * view: the words for what changed in an agreement and a definition list's row, as DOM, in the
 * current language. The item's own page is Preact's now (pages/item-page.tsx, with item-words.ts);
 * this module goes once agreement-edit.ts does.
 */
import type { Wording } from './diff-words';
import { el } from './dom';
import { day, displayName, label, list, number, t, type MessageKey } from './i18n';

/** The current language's words for what changed in an agreement (diff-words.ts), and for its conditions. */
export const wording: Wording = { t, label, day, number, list, language: (code) => displayName('language', code) };

export function row(dl: HTMLElement, term: MessageKey, value: string | Node | undefined | null | false, cls?: string): void {
  if (value === undefined || value === null || value === '' || value === false) return;
  const dd = el('dd', undefined, cls);
  dd.append(value); // a string becomes a text node, never markup
  dl.append(el('dt', t(term)), dd);
}
