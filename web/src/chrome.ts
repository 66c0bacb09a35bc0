/**
 * What every page has around its content: the language switcher in the header (on a page a
 * person is signed in to, it keeps the choice in their profile too, for their emails) and the
 * static text of the HTML in the chosen language. Each page's entry calls `startPage()` first.
 */
import { api } from './api';
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

/** The language this device last put in a profile: its choice is in a profile already, and is not sent again. */
const SENT_KEY = 'hamkor.language.sent';

function sentFromHere(): string | null {
  try {
    return localStorage.getItem(SENT_KEY);
  } catch {
    return null;
  }
}

function rememberSent(language: Language): void {
  try {
    localStorage.setItem(SENT_KEY, language);
  } catch {
    /* storage blocked: at worst the choice is sent once more */
  }
}

/**
 * For a page a person is signed in to (after /api/me answered with their profile's language):
 * from now on a choice in the switcher is kept in their profile as well, so that the emails they
 * are sent come in the language they read the pages in. A choice made on this device that never
 * reached a profile (made on the sign-in page, say) is kept there now, once. A choice this device
 * already sent, when the profile has another language since (chosen on another device), gives way
 * to the profile: otherwise two devices would write their own language over each other's at every
 * page load, each write a new version of the person. Pages nobody is signed in to (sign-in,
 * approver) keep the choice on the device only.
 */
export function keepLanguageInProfile(profileLanguage: unknown): void {
  // Not sent again while the last one is on its way: the profile ends with the last choice either way.
  let sending: Promise<unknown> = Promise.resolve();
  keepInProfile = (language) => {
    // Remembered as sent only once the profile has it: a write cut off by leaving the page (switch
    // the language, then follow a link at once) must not make the next page take the profile's
    // older language for another device's newer choice; that page sends the choice again instead.
    sending = sending.then(() =>
      api('PUT /me/language', { body: { language } })
        .then(({ ok }) => ok && rememberSent(language))
        .catch(() => undefined),
    );
  };
  if (!isLanguage(profileLanguage)) return;
  const here = lang();
  if (here === profileLanguage) return rememberSent(here);
  if (sentFromHere() === here) {
    chooseLanguage(profileLanguage);
    return rememberSent(profileLanguage);
  }
  keepInProfile(here);
}

/** Forgets every draft kept on this device (draft.ts keeps them under `hamkor.draft.`). */
function forgetDrafts(): void {
  try {
    for (const key of Object.keys(localStorage)) if (key.startsWith('hamkor.draft.')) localStorage.removeItem(key);
  } catch {
    /* storage blocked: nothing was kept */
  }
}

/**
 * The sign-out button of a signed-in page, the same on every one: every draft on this device is
 * forgotten first (a shared computer keeps no nominee's details), then the session is ended.
 */
export function wireSignOut(button: HTMLElement): void {
  button.addEventListener('click', async () => {
    (button as HTMLButtonElement).disabled = true;
    forgetDrafts();
    try {
      await api('POST /auth/signout');
    } catch {
      /* the cookie may still be cleared later */
    }
    location.assign('/signin');
  });
}
