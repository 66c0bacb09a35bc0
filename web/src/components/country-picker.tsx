/**
 * A country picker on a text field, the ARIA "combobox with list autocomplete" pattern: the
 * person reads and types names (in any of the pages' languages, or a two-letter code) and the
 * list narrows (country-match.ts); the page gets the ISO code. Up and Down move through the
 * list, Enter or Tab takes the highlighted country, Escape closes the list; typing a code or a
 * whole name and moving on takes it too, so a person who knows "KZ" need not open the list at
 * all. Text that names no country is passed on as typed: the server refuses it on this field.
 *
 * The field keeps its `name` (the server's field errors land on it) and takes the control props
 * of a `Field` (its error's description). Its words come from the page's (i18n/live.ts):
 * `country.choices`, `country.matches`, `country.noMatch`.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { COUNTRY_CODES, countryName, exactCountry, matchingCountries } from '../country-match';
import { lang, t } from '../i18n/live';
import type { ControlProps } from './field';

type Props = ControlProps & {
  name?: string;
  /** The chosen country's code; or the text typed, when it names none. */
  value: string;
  /** The chosen country's code; else the code or whole name typed; else the text as typed. */
  onChange: (value: string) => void;
  required?: boolean;
};

export function CountryPicker({ id, name, value, onChange, required, ...control }: Props) {
  // What the person is typing; null while the field shows `value` (a country by its name).
  const [typed, setTyped] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  // The value this picker last handed on: another one comes from the page (a reset, a draft).
  const handedOn = useRef(value);
  if (value !== handedOn.current) {
    handedOn.current = value;
    if (typed !== null) setTyped(null);
  }
  const language = lang.value;
  const chosen = typed === null && COUNTRY_CODES.includes(value) ? value : '';
  const text = typed ?? (chosen ? countryName(chosen, language) : value);
  const shown = open ? matchingCountries(chosen ? '' : text, language) : [];
  const optionId = (code: string) => `${id}-option-${code}`;
  const highlighted = active >= 0 ? shown[active] : undefined;

  useEffect(() => {
    if (highlighted) document.getElementById(optionId(highlighted))?.scrollIntoView?.({ block: 'nearest' });
  }, [highlighted]);

  const handOn = (next: string) => {
    handedOn.current = next;
    onChange(next);
  };
  const choose = (code: string) => {
    setTyped(null);
    setOpen(false);
    setActive(-1);
    handOn(code);
  };
  const openList = (forText: string, isChosen: string) => {
    const list = matchingCountries(isChosen ? '' : forText, language);
    setOpen(true);
    // With a country chosen, the list opens on it; otherwise on the best match.
    setActive(isChosen ? list.indexOf(isChosen) : list.length ? 0 : -1);
  };
  const close = () => {
    setOpen(false);
    setActive(-1);
  };

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (!open) return openList(text, chosen);
      if (!shown.length) return;
      const step = e.key === 'ArrowDown' ? 1 : -1;
      setActive(active < 0 ? 0 : (active + step + shown.length) % shown.length);
    } else if (e.key === 'Enter' && open) {
      // Takes the highlighted country rather than sending the form.
      e.preventDefault();
      if (highlighted) choose(highlighted);
      else close();
    } else if (e.key === 'Tab' && open && highlighted) {
      choose(highlighted);
    } else if (e.key === 'Escape' && open) {
      e.preventDefault();
      e.stopPropagation();
      close();
    }
  };

  return (
    <div class="country-picker">
      <input
        {...control}
        id={id}
        name={name}
        value={text}
        required={required}
        maxLength={100}
        autocomplete="off"
        autocapitalize="words"
        spellcheck={false}
        role="combobox"
        aria-autocomplete="list"
        aria-controls={`${id}-options`}
        aria-expanded={open ? 'true' : 'false'}
        aria-activedescendant={highlighted ? optionId(highlighted) : undefined}
        onInput={(e) => {
          const next = e.currentTarget.value;
          setTyped(next);
          handOn(exactCountry(next) ?? next.trim());
          openList(next, '');
        }}
        onKeyDown={onKeyDown}
        onBlur={() => {
          close();
          const exact = chosen ? undefined : exactCountry(text);
          if (exact) choose(exact);
        }}
      />
      <ul class="country-options" id={`${id}-options`} role="listbox" aria-label={t('country.choices')} hidden={!open}>
        {shown.map((code, i) => (
          <li
            key={code}
            id={optionId(code)}
            role="option"
            aria-selected={i === active ? 'true' : 'false'}
            // The field keeps the focus.
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => choose(code)}
          >
            <span>{countryName(code, language)}</span>
            <span class="muted code">{code}</span>
          </li>
        ))}
      </ul>
      <span class="visually-hidden" role="status" aria-live="polite">
        {open ? (shown.length ? t('country.matches', { n: shown.length }) : t('country.noMatch')) : ''}
      </span>
    </div>
  );
}
