/**
 * Sign-in page. With `#t=<token>` (from a magic-link email) it offers a "Sign in" button that
 * exchanges the token for a session cookie; without one it asks for an email address.
 *
 * Why nothing happens on load: mail security scanners open every link in a message, some in a
 * real browser that runs scripts. Spending the one-time token on load would let a scanner use
 * (and burn) it, so only a person pressing the button spends it. The token lives in the URL
 * fragment, which never reaches a server log, and leaves this page only in a POST body.
 *
 * No zod here: the page stays small for a phone on a slow line, and the API checks the address.
 */
import { fieldMessage } from '../../../shared/i18n/validation';
import { startPage } from '../chrome';
import { api } from '../api';
import { byId, el, say, type Tone } from '../dom';
import { chosenLanguage, lang, onLanguageChange, setText, t } from '../i18n';

startPage();

const message = byId('message');
const tell = (text: (() => string) | undefined, tone: Tone = '') => say(message, text, tone);
const setTitle = () => {
  document.title = `${t('signin.title')} — Hamkor`;
};
setTitle();
onLanguageChange(setTitle);

const dropFragment = () => {
  if (location.hash) history.replaceState(history.state, '', location.pathname + location.search);
};
function showEmailForm(): void {
  byId('link-section').hidden = true;
  byId('email-section').hidden = false;
}

const token = new URLSearchParams(location.hash.slice(1)).get('t');
// Out of the address bar and history at once (kept in memory for the button's post): a link left
// in the history or on a shared screen would sign its finder in.
dropFragment();

if (token) {
  byId('link-section').hidden = false;
  const button = byId<HTMLButtonElement>('signin-button');
  button.addEventListener('click', async () => {
    button.disabled = true;
    tell(() => t('signin.signingIn'));
    try {
      const answer = await api('POST /auth/session', { body: { token } });
      if (answer.ok) {
        location.replace('/');
        return;
      }
      const { status, data } = answer;
      if (status === 404) tell(() => t('signin.invalid'), 'error');
      else if (data.error === 'link_used') tell(() => t('signin.used'), 'error');
      else if (status === 410) tell(() => t('signin.expired'), 'error');
      else tell(() => t('signin.failed', { status: String(status) }), 'error');
      showEmailForm();
      byId('email').focus();
    } catch {
      button.disabled = false;
      tell(() => t('signin.offline'), 'error');
    }
  });
} else {
  showEmailForm();
}

const form = byId<HTMLFormElement>('email-form');
const email = byId<HTMLInputElement>('email');

function fieldError(text?: () => string): void {
  document.getElementById('email-error')?.remove();
  email.removeAttribute('aria-invalid');
  email.removeAttribute('aria-describedby');
  if (!text) return;
  const p = el('p', undefined, 'field-error');
  p.id = 'email-error';
  setText(p, text);
  email.after(p);
  email.setAttribute('aria-invalid', 'true');
  email.setAttribute('aria-describedby', 'email-error');
  email.focus();
}

/** A wait in whole minutes, or hours from an hour and a half on: "5 minutes", "2 часа". */
function roughly(seconds: number): string {
  const minutes = Math.max(1, Math.ceil(seconds / 60));
  const [unit, n] = minutes >= 90 ? (['signin.hours', Math.round(minutes / 60)] as const) : (['signin.minutes', minutes] as const);
  // Uzbek has one form after a number; Chromium's plural rules lack it, so English's are asked.
  const category = new Intl.PluralRules(lang() === 'uz' ? 'en' : lang()).select(n);
  return t(`${unit}.${category === 'one' || category === 'few' ? category : 'other'}`, { n });
}

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  fieldError();
  const value = email.value.trim();
  if (!value) return fieldError(() => t('signin.enterEmail'));
  const submit = form.querySelector<HTMLButtonElement>('button[type=submit]')!;
  submit.disabled = true;
  tell(() => t('common.sending'));
  try {
    // A language chosen here words the link's email too; otherwise it follows the person's profile.
    const language = chosenLanguage();
    const answer = await api('POST /auth/link', { body: { email: value, ...(language ? { language } : {}) } });
    const { status, data } = answer;
    if (answer.ok) {
      tell(() => t('signin.sent'), 'ok');
      form.reset();
    } else if (status === 429) {
      // The API says how long the limit lasts (`retryAfter`, as its Retry-After header): said
      // roughly, so that the person knows whether to wait a minute or come back later.
      const seconds = Number(data.retryAfter);
      tell(() => (seconds > 0 ? t('signin.tooManyWait', { wait: roughly(seconds) }) : t('common.tooMany')), 'error');
    } else if (status === 400) {
      const fields: { message: string }[] = Array.isArray(data.fields) ? data.fields : [];
      const text = () => fields.map((f) => fieldMessage(f.message, lang())).join('. ') || t('signin.checkAddress');
      // Said once, on the field it is about (the status box would repeat it word for word).
      tell(undefined);
      fieldError(text);
    } else {
      tell(() => t('common.somethingWrongStatus', { status: String(status) }), 'error');
    }
  } catch {
    tell(() => t('common.offline'), 'error');
  } finally {
    submit.disabled = false;
  }
});
