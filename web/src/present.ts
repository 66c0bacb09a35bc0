/**
 * How an item reads to a person on the older pages, as DOM: the submitted content as a definition
 * list, the history, and the words for decisions and their outcomes, all in the current language.
 * The wording itself is item-words.ts's (shared with the Preact pages); pages call these again
 * when the language changes.
 */
import { decisionLabel } from '../../shared/i18n/index';
import type { Wording } from './diff-words';
import { el } from './dom';
import { day, displayName, label, lang, list, number, plural, t, when, type MessageKey } from './i18n';
import * as words from './item-words';
import type { ChangedFields, Content, Names as ShownNames, Partner, ShownEvent } from './item-words';

export type { ChangedFields, Content, Partner, ShownEvent };
export type Names = ShownNames<Node>;

/** The current language's words for what changed in an agreement (diff-words.ts), and for its conditions. */
export const wording: Wording = { t, label, day, number, list, language: (code) => displayName('language', code) };

/** The current language's words for an item (item-words.ts). */
const speech: words.Speech = { ...wording, when: (iso) => when(iso), plural: (key, n) => plural(key, n), region: (code) => displayName('region', code) };

/** A decision in the past tense: "Approved", "Changes requested". */
export const past = (decision: string | undefined): string => words.past(decision, speech);

/** The label of a decision button, the same word the email uses. */
export const choice = (decision: 'approve' | 'reject' | 'request_changes') => decisionLabel(decision, lang());

/** What a decision did to the item, or '' for an outcome this page does not know. */
export const outcome = (value: string | undefined): string => words.outcome(value, speech);

/** Someone's words, in the language's quotation marks. */
export const quote = (text: string) => (lang() === 'ru' ? `«${text}»` : `“${text}”`);

export function row(dl: HTMLElement, term: MessageKey, value: string | Node | undefined | null | false, cls?: string): void {
  if (value === undefined || value === null || value === '' || value === false) return;
  const dd = el('dd', undefined, cls);
  dd.append(value); // a string becomes a text node, never markup
  dl.append(el('dt', t(term)), dd);
}

/** The submitted content of a nomination or memorandum as a definition list. */
export function renderContent(dl: HTMLElement, kind: string, c: Content, partner?: Partner, names: Names = {}): void {
  dl.replaceChildren();
  for (const r of words.contentRows<Node>(kind, c, speech, partner, names)) {
    if ('lines' in r) {
      const ul = el('ul');
      for (const line of r.lines) ul.append(el('li', line));
      row(dl, r.term, ul);
    } else row(dl, r.term, r.value, r.pre ? 'pre' : undefined);
  }
}

/**
 * One event of an item's history as a sentence; with `fields`, a change of an agreement also
 * says which fields it touched.
 */
export const historyLine = (e: ShownEvent, fields?: ChangedFields): string => words.historyLine(e, speech, fields);

export function renderHistory(ol: HTMLElement, events: ShownEvent[] | undefined, fields?: ChangedFields): void {
  ol.replaceChildren();
  if (!events?.length) ol.append(el('li', t('history.nothing'), 'muted'));
  for (const e of events ?? []) {
    const li = el('li');
    li.append(el('div', when(e.at), 'muted'), el('div', historyLine(e, fields)));
    const note = words.eventNote(e);
    if (note) li.append(el('p', quote(note), 'pre'));
    ol.append(li);
  }
}
