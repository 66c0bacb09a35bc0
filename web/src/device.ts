/**
 * What this device keeps for a person signed in: their drafts (the home page's forms', under `hamkor.draft.`),
 * forgotten at sign-out, and the language it last put in their profile. Plain functions with no
 * words in them, used by the console's frame (console-frame.tsx) and the faculty's pages, so every
 * page signs out and keeps the language the same way.
 */
import { api } from './api';
import { isLanguage, type Language } from './i18n/choice';

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
 * For a page a person is signed in to (after /api/me answered with their profile's language, and
 * `here` is the language the page shows): answers what to call with each later choice in the
 * switcher, which keeps it in their profile as well, so that the emails they are sent come in the
 * language they read the pages in. A choice made on this device that never reached a profile
 * (made on the sign-in page, say) is kept there now, once. A choice this device already sent,
 * when the profile has another language since (chosen on another device), gives way to the
 * profile (`choose` shows it): otherwise two devices would write their own language over each
 * other's at every page load, each write a new version of the person. Pages nobody is signed in
 * to (sign-in, approver) keep the choice on the device only.
 */
export function keepLanguageInProfile(profileLanguage: unknown, here: Language, choose: (language: Language) => void): (language: Language) => void {
  // Not sent again while the last one is on its way: the profile ends with the last choice either way.
  let sending: Promise<unknown> = Promise.resolve();
  const keep = (language: Language) => {
    // Remembered as sent only once the profile has it: a write cut off by leaving the page (switch
    // the language, then follow a link at once) must not make the next page take the profile's
    // older language for another device's newer choice; that page sends the choice again instead.
    sending = sending.then(() =>
      api('PUT /me/language', { body: { language } })
        .then(({ ok }) => ok && rememberSent(language))
        .catch(() => undefined),
    );
  };
  if (!isLanguage(profileLanguage)) return keep;
  if (here === profileLanguage) {
    rememberSent(here);
    return keep;
  }
  if (sentFromHere() === here) {
    choose(profileLanguage);
    rememberSent(profileLanguage);
    return keep;
  }
  keep(here);
  return keep;
}

/** Forgets every draft kept on this device (the forms keep them under `hamkor.draft.`). */
function forgetDrafts(): void {
  try {
    for (const key of Object.keys(localStorage)) if (key.startsWith('hamkor.draft.')) localStorage.removeItem(key);
  } catch {
    /* storage blocked: nothing was kept */
  }
}

/**
 * Signing out, the same on every page: every draft on this device is forgotten first (a shared
 * computer keeps no nominee's details), then the session is ended, then the sign-in page.
 */
export async function signOut(): Promise<void> {
  forgetDrafts();
  try {
    await api('POST /auth/signout');
  } catch {
    /* the cookie may still be cleared later */
  }
  location.assign('/signin');
}
