/**
 * What every page has around its content: the language switcher in the header (on a page a
 * person is signed in to, it keeps the choice in their profile too, for their emails) and the
 * static text of the HTML in the chosen language. Each page's entry calls `startPage()` first.
 */
import { keepLanguageInProfile as keepInProfileFrom, signOut } from './device';
import { el } from './dom';
import { chooseLanguage, isLanguage, LANGUAGE_NAMES, LANGUAGES, lang, onLanguageChange, setText, t, translatePage, type Language } from './i18n';

/** Set once the page knows who is signed in: a choice then goes to their profile too. */
let keepInProfile: ((language: Language) => void) | undefined;

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
    if (!isLanguage(select.value)) return;
    chooseLanguage(select.value);
    keepInProfile?.(select.value);
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

/**
 * For a page a person is signed in to (after /api/me answered with their profile's language):
 * from now on a choice in the switcher is kept in their profile as well (device.ts says how).
 */
export function keepLanguageInProfile(profileLanguage: unknown): void {
  keepInProfile = keepInProfileFrom(profileLanguage, lang(), chooseLanguage);
}

/**
 * The sign-out button of a signed-in page, the same on every one: every draft on this device is
 * forgotten first (a shared computer keeps no nominee's details), then the session is ended.
 */
export function wireSignOut(button: HTMLElement): void {
  button.addEventListener('click', () => {
    (button as HTMLButtonElement).disabled = true;
    void signOut();
  });
}
