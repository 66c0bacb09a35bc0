/**
 * A country picker for a text field: the ISO 3166-1 list (shared/countries.ts) named in the
 * page's language (Intl.DisplayNames, with the written Uzbek names of shared/i18n/uz-names.ts,
 * as Chromium has no Uzbek data), narrowed as one types a name in any of the pages' languages or a two-letter code.
 *
 * It is the ARIA "combobox with list autocomplete" pattern on the field itself: the field keeps
 * its `name` (so the server's field errors still land on it) and the person reads a name, while
 * `code()` answers the ISO code to send. Up and Down move through the list, Enter or Tab takes
 * the highlighted country, Escape closes the list. Typing a code or a whole name and moving on
 * takes it too, so a person who knows "KZ" need not open the list at all. Text that names no
 * country is sent as typed: the server refuses it on this field.
 */
import { el } from './dom';
import { displayName, lang, onLanguageChange, t } from './i18n';
import { COUNTRY_CODES, exactCountry, matchingCountries } from './country-match';

export type CountryPicker = {
  /** The chosen country's ISO code; else the code or whole name typed; else the text as typed. */
  code(): string;
  /** Shows a stored country (empty: none). */
  set(code: string | undefined): void;
};

/** Countries matching the text, best first, in the page's language (country-match.ts, as the Preact picker matches). */
const matching = (text: string): string[] => matchingCountries(text, lang());

/** Turns `input` (with its `<label for>`) into a country picker. */
export function countryPicker(input: HTMLInputElement): CountryPicker {
  const id = input.id;
  let chosen = '';
  let shown: string[] = [];
  let active = -1;

  const wrap = el('div', undefined, 'country-picker');
  input.replaceWith(wrap);
  const list = el('ul', undefined, 'country-options');
  list.id = `${id}-options`;
  list.setAttribute('role', 'listbox');
  list.hidden = true;
  const status = el('span', undefined, 'visually-hidden');
  status.setAttribute('role', 'status');
  status.setAttribute('aria-live', 'polite');
  wrap.append(input, list, status);

  input.removeAttribute('maxlength');
  input.maxLength = 100;
  input.autocomplete = 'off';
  input.autocapitalize = 'words';
  input.spellcheck = false;
  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-controls', list.id);
  input.setAttribute('aria-expanded', 'false');

  const labelList = () => list.setAttribute('aria-label', t('country.choices'));
  labelList();

  const optionId = (code: string) => `${id}-option-${code}`;

  function highlight(i: number): void {
    active = i;
    for (const [j, li] of [...list.children].entries()) li.setAttribute('aria-selected', String(j === i));
    const li = i >= 0 ? (list.children[i] as HTMLElement | undefined) : undefined;
    if (li) {
      input.setAttribute('aria-activedescendant', li.id);
      li.scrollIntoView({ block: 'nearest' });
    } else input.removeAttribute('aria-activedescendant');
  }

  function open(): void {
    shown = matching(chosen ? '' : input.value);
    list.replaceChildren(
      ...shown.map((code) => {
        const li = el('li');
        li.id = optionId(code);
        li.setAttribute('role', 'option');
        li.append(el('span', displayName('region', code)), el('span', code, 'muted code'));
        li.addEventListener('mousedown', (e) => e.preventDefault()); // the field keeps the focus
        li.addEventListener('click', () => choose(code));
        return li;
      }),
    );
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    status.textContent = shown.length ? t('country.matches', { n: shown.length }) : t('country.noMatch');
    // With a country chosen, the list opens on it; otherwise on the best match.
    highlight(chosen ? shown.indexOf(chosen) : shown.length ? 0 : -1);
  }

  function close(): void {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  }

  function choose(code: string): void {
    chosen = code;
    input.value = displayName('region', code);
    close();
    status.textContent = '';
  }

  input.form?.addEventListener('reset', () => {
    chosen = '';
    close();
  });
  input.addEventListener('input', () => {
    chosen = '';
    open();
  });
  input.addEventListener('keydown', (e) => {
    const isOpen = !list.hidden;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (!isOpen) return open();
      if (!shown.length) return;
      const step = e.key === 'ArrowDown' ? 1 : -1;
      highlight(active < 0 ? 0 : (active + step + shown.length) % shown.length);
    } else if (e.key === 'Enter' && isOpen) {
      // Takes the highlighted country rather than sending the form.
      e.preventDefault();
      if (active >= 0) choose(shown[active]!);
      else close();
    } else if (e.key === 'Tab' && isOpen && active >= 0) {
      choose(shown[active]!);
    } else if (e.key === 'Escape' && isOpen) {
      e.preventDefault();
      e.stopPropagation();
      close();
    }
  });
  input.addEventListener('blur', () => {
    close();
    if (!chosen) {
      const exact = exactCountry(input.value);
      if (exact) choose(exact);
    }
  });
  onLanguageChange(() => {
    labelList();
    if (chosen) input.value = displayName('region', chosen);
    if (!list.hidden) open();
  });

  return {
    code: () => chosen || exactCountry(input.value) || input.value.trim(),
    set(code) {
      close();
      chosen = code && COUNTRY_CODES.includes(code) ? code : '';
      input.value = chosen ? displayName('region', chosen) : (code ?? '');
    },
  };
}
