/**
 * What every page has around its content: the language switcher in the header and the static
 * text of the HTML in the chosen language. Each page's entry calls `startPage()` first.
 */
import { el } from './dom';
import { chooseLanguage, isLanguage, LANGUAGE_NAMES, LANGUAGES, lang, onLanguageChange, setText, t, translatePage } from './i18n';

function languageSwitcher(): HTMLElement {
  const wrap = el('div', undefined, 'language');
  const caption = el('label');
  caption.htmlFor = 'language';
  setText(caption, () => t('chrome.language'));
  const select = el('select');
  select.id = 'language';
  for (const code of LANGUAGES) {
    const option = new Option(LANGUAGE_NAMES[code], code);
    option.lang = code; // read out in its own language
    select.append(option);
  }
  select.value = lang();
  select.addEventListener('change', () => {
    if (isLanguage(select.value)) chooseLanguage(select.value);
  });
  onLanguageChange((next) => {
    select.value = next;
  });
  wrap.append(caption, select);
  return wrap;
}

/** The header's language switcher, and the page's static text in the current language. */
export function startPage(): void {
  document.querySelector('header.site')?.append(languageSwitcher());
  translatePage();
}
