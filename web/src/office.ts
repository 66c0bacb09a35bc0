/**
 * What the office console's pages share: their words, the access check (admins and
 * `international_office` only, told before a single list is requested), sign-out, the lists'
 * search folding, reading and table cells, labelled fields made by a script, and field errors
 * placed on their fields.
 */
import { keepLanguageInProfile, startPage, wireSignOut } from './chrome';
import { api, type ApiRefusalBody } from './api';
import type { Me } from './api-types';
import { byId, el, requestIdOf, say, signInLink, type Tone } from './dom';
import { displayName as displayNameIn, otherCountryNames } from '../../shared/i18n/labels';
import { addMessages, LANGUAGES, preferLanguage, setText, t, type MessageKey } from './i18n';
import { CONSOLE_NAV_MESSAGES } from './i18n/console-nav-messages';
import { OFFICE_MESSAGES } from './i18n/office-messages';

export type OfficeMe = { email: string; roles: string[]; language?: string };

const roleNames = (roles: Me['roles']): string[] => roles.map((r) => r.role);
const isOffice = (roles: string[]) => roles.some((r) => r === 'admin' || r === 'international_office');

export { fold, partnerSearchText } from './search-text';

/**
 * Whether every list the page asked for was read; if one was not, the page's message box says so
 * in the words of `key` ("… could not be loaded ({status})"), with the first failure's request id.
 */
export function allRead(key: MessageKey, ...answers: ({ ok: true } | { ok: false; status: number; data: ApiRefusalBody })[]): boolean {
  const failed = answers.find((r) => !r.ok);
  if (failed && !failed.ok) say(byId('message'), () => `${t(key, { status: String(failed.status) })}${requestIdOf(failed.data)}`, 'error');
  return !failed;
}

/**
 * Words the page, checks who is signed in, and hands an office member to `show`; anyone else is
 * told the page is the office's. `title` is the page's heading key.
 */
/** The console's navigation leads only to pages a visitor not of the office may not open. */
function hideConsoleNav(): void {
  const nav = document.querySelector<HTMLElement>('nav.office-nav');
  if (nav) nav.hidden = true;
}

export function startOfficePage(title: MessageKey, show: (me: OfficeMe) => Promise<void>): void {
  addMessages(OFFICE_MESSAGES);
  // The navigation's links to the people and chains pages, whose other words only those pages load.
  addMessages(CONSOLE_NAV_MESSAGES);
  startPage();
  const message = byId('message');
  const tell = (text: () => string, tone: Tone = '') => say(message, text, tone);
  setText(byId('title'), () => t(title));
  document.title = `${t(title)} — Hamkor`;

  wireSignOut(byId('signout'));

  void (async () => {
    let me;
    try {
      me = await api('GET /me');
    } catch {
      return tell(() => t('common.offlineReload'), 'error');
    }
    if (me.status === 401) {
      hideConsoleNav();
      tell(() => t('common.notSignedIn'), 'warn');
      signInLink(message);
      return;
    }
    if (!me.ok) return tell(() => t('item.somethingWrongStatus', { status: String(me.status) }), 'error');
    preferLanguage(me.data.language);
    // A switch on a console page reaches the emails too, as on the home page.
    keepLanguageInProfile(me.data.language);
    byId('signout').hidden = false;
    const roles = roleNames(me.data.roles);
    // Told before anything is asked for: the lists are the office's, not everyone's.
    if (!isOffice(roles)) {
      hideConsoleNav();
      setText(byId('title'), () => t('office.forOffice'));
      return tell(() => t('office.onlyOffice'), 'warn');
    }
    try {
      await show({ email: me.data.email, roles, language: me.data.language });
    } catch {
      tell(() => t('common.offlineReload'), 'error');
    }
  })();
}

// ---- the lists' tables ---------------------------------------------------------------------

/** A table cell holding text or a node. */
export function cell(content: string | Node, cls?: string): HTMLTableCellElement {
  const td = el('td', undefined, cls);
  td.append(content);
  return td;
}

/** The one row a list's table shows when nothing matches, across its `columns`. */
export function noneRow(body: HTMLElement, text: string, columns: number): void {
  const td = el('td', text, 'muted');
  td.colSpan = columns;
  const tr = el('tr');
  tr.append(td);
  body.append(tr);
}

// ---- fields made by a page's script -------------------------------------------------------

/** An input with its id and name (its path in the body, for the server's field errors), nothing filled in for it. */
export function input(id: string, name: string, type: string, maxLength?: number): HTMLInputElement {
  const i = el('input');
  i.type = type;
  i.id = id;
  i.name = name;
  if (maxLength) i.maxLength = maxLength;
  i.autocomplete = 'off';
  return i;
}

/** A form's or a section's message box, read out when its text changes. */
export function messageBox(id?: string): HTMLDivElement {
  const box = el('div', undefined, 'message');
  if (id) box.id = id;
  box.setAttribute('role', 'status');
  box.setAttribute('aria-live', 'polite');
  return box;
}

/**
 * A select's options: an optional placeholder (no value) and the items, each worded again on a
 * language change. What was chosen stays chosen where it is still offered, else the first.
 */
export function options(s: HTMLSelectElement, items: { value: string; text: () => string }[], placeholder?: () => string): void {
  const chosen = s.value;
  const list: HTMLOptionElement[] = [];
  if (placeholder) {
    const o = el('option');
    o.value = '';
    setText(o, placeholder);
    list.push(o);
  }
  for (const item of items) {
    const o = el('option');
    o.value = item.value;
    setText(o, item.text);
    list.push(o);
  }
  s.replaceChildren(...list);
  s.value = chosen;
  if (s.value !== chosen) s.value = list[0]?.value ?? '';
}

/** A labelled field: the caption (and a hint) worded again when the language changes. */
export function labelledField(control: HTMLElement, caption: () => string, hint?: () => string): HTMLDivElement {
  const box = el('div', undefined, 'field');
  const l = el('label');
  l.htmlFor = control.id;
  const text = el('span');
  setText(text, caption);
  l.append(text);
  if (hint) {
    const h = el('span', undefined, 'hint');
    setText(h, hint);
    l.append(' ', h);
  }
  box.append(l, control);
  return box;
}

// ---- field errors -------------------------------------------------------------------------

export function clearFieldErrors(form: HTMLFormElement): void {
  for (const e of form.querySelectorAll('.field-error')) e.remove();
  for (const c of form.querySelectorAll('[aria-invalid]')) {
    c.removeAttribute('aria-invalid');
    c.removeAttribute('aria-describedby');
  }
}

/**
 * Each message under its field (the control named by the error's path), the control marked
 * invalid and described by it; the first such control takes the focus. Answers the messages
 * that found no field, for the form's own message box.
 */
export function showFieldErrors(form: HTMLFormElement, problems: { path: string; message: () => string }[]): string[] {
  clearFieldErrors(form);
  const unplaced: string[] = [];
  let first: HTMLElement | undefined;
  problems.forEach((f, i) => {
    const named = form.elements.namedItem(f.path);
    const control = (named instanceof RadioNodeList ? named[0] : named) as HTMLElement | null;
    if (!control) {
      unplaced.push(f.message());
      return;
    }
    const p = el('p', undefined, 'field-error');
    p.id = `${form.id}-error-${i}`;
    setText(p, f.message);
    (control.closest('.field, fieldset') ?? control.parentElement!).append(p);
    control.setAttribute('aria-invalid', 'true');
    control.setAttribute('aria-describedby', p.id);
    first ??= control;
  });
  first?.focus();
  return unplaced;
}
