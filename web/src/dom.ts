/**
 * The few DOM helpers every page uses. Everything a person typed, and every
 * text from the server, goes in through textContent or a text node, never as markup.
 */
import { setText, t } from './i18n';

/** An element by id; a page whose markup lacks it is a bug worth failing loudly on. */
export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const node = document.getElementById(id);
  if (!node) throw new Error(`#${id} is missing from the page`);
  return node as T;
}

export function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, cls?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (cls) node.className = cls;
  if (text !== undefined) node.textContent = text;
  return node;
}

export const link = (text: string, href: string): HTMLAnchorElement => Object.assign(el('a', text), { href });

export type Tone = '' | 'ok' | 'warn' | 'error';

/**
 * A message box's text (worded again when the language changes) and tone; no text empties it.
 * The text sits in a span so that a link (`signInLink`) can follow it.
 */
export function say(box: HTMLElement, text?: () => string, tone: Tone = ''): void {
  box.className = `message ${tone}`.trim();
  if (!text) {
    box.replaceChildren();
    return;
  }
  const span = el('span');
  setText(span, text);
  box.replaceChildren(span);
}

/**
 * A message with a link standing where `sentence` puts its slot (word order differs between
 * languages: "Submitted as NOM-…" but "NOM-… raqami bilan topshirildi").
 */
export function sayWithLink(box: HTMLElement, sentence: (slot: string) => string, a: HTMLAnchorElement, tone: Tone = ''): void {
  const SLOT = '\u0000';
  box.className = `message ${tone}`.trim();
  const before = el('span');
  const after = el('span');
  setText(before, () => sentence(SLOT).split(SLOT)[0] ?? '');
  setText(after, () => sentence(SLOT).split(SLOT)[1] ?? '');
  box.replaceChildren(before, a, after);
}

/** "Sign in" as a link after a message; `newTab` keeps what was typed on this page. */
export function signInLink(box: HTMLElement, newTab = false): void {
  const a = link('', '/signin');
  setText(a, () => t('common.signIn'));
  if (newTab) a.target = '_blank';
  box.append(' ', a);
}

/** The server's request id, to quote when reporting a problem. */
export const requestIdOf = (data: { requestId?: string }) => (data?.requestId ? ` ${t('common.requestId', { id: data.requestId })}` : '');

/** A list the API answered with (api.ts), or none when it did not (the page says why from the status). */
export const listOf = <T>(answer: { ok: true; data: T[] } | { ok: false }): T[] => (answer.ok ? answer.data : []);
