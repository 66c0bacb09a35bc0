/**
 * Sign-in page (its entry is pages/signin.tsx). With `#t=<token>` (from a magic-link email) it
 * offers a "Sign in" button that exchanges the token for a session cookie; without one it asks
 * for an email address.
 *
 * Why nothing happens on load: mail security scanners open every link in a message, some in a
 * real browser that runs scripts. Spending the one-time token on load would let a scanner use
 * (and burn) it, so only a person pressing the button spends it. The token lives in the URL
 * fragment, which never reaches a server log, and leaves this page only in a POST body.
 *
 * Where the person was going (`/signin?next=/office/activities%3Factivity%3D…`, from a console
 * page's "Sign in" link) goes with the request for a link, and the API keeps it with the link: the
 * email's link is the token alone, and the page it lands on comes back from the API when the link
 * is used, checked again here. A `next` that is not a page of this site (shared/return-path.ts) is
 * dropped without a word: the person lands on the default page, never on another site.
 *
 * No zod here: the page stays small for a phone on a slow line, and the API checks the address.
 */
import { signal } from '@preact/signals';
import { useLayoutEffect, useRef } from 'preact/hooks';
import { api } from '../api';
import { SubmitButton } from '../components/buttons';
import { Field } from '../components/field';
import { MessageBox, type Message, type Tone } from '../components/message-box';
import { PageFrame, useTitle } from '../components/page';
import { storedLanguage } from '../i18n/choice';
import { fieldText, plural, t } from '../i18n/live';
import { isReturnPath, returnPathOr } from '../../../shared/return-path';

type Text = () => string;

/** A wait in whole minutes, or hours from an hour and a half on: "5 minutes", "2 часа". */
export function roughly(seconds: number): string {
  const minutes = Math.max(1, Math.ceil(seconds / 60));
  return minutes >= 90 ? plural('signin.hours', Math.round(minutes / 60)) : plural('signin.minutes', minutes);
}

/**
 * The sign-in page's state and what changes it, for the link's `token` (null: no link, ask for an
 * address); `go` leaves for the page signed in to; `next` is the page's own `?next=`, where the
 * person was going, asked for with the link when it is a page of this site.
 */
export function signIn(token: string | null, go: (path: string) => void = (path) => location.replace(path), next: string | null = null) {
  const returnTo = isReturnPath(next) ? next : undefined;
  const message = signal<Message | undefined>(undefined);
  /** The link's button, until the link turned out not to work (then the address form instead). */
  const linkShown = signal(Boolean(token));
  const linkBusy = signal(false);
  const email = signal('');
  const emailError = signal<{ text: Text } | undefined>(undefined);
  const sending = signal(false);

  /** Asks the focus into the address field (a new object each time: the view focuses on each). */
  const focusEmail = signal<object | undefined>(undefined);

  const tell = (text: Text | undefined, tone: Tone = '') => {
    message.value = text && { text, tone };
  };

  async function signInWithLink(): Promise<void> {
    if (!token) return;
    linkBusy.value = true;
    tell(() => t('signin.signingIn'));
    try {
      const answer = await api('POST /auth/session', { body: { token } });
      // The page the link was asked for from (kept with it by the API), if it is one of ours; else the default.
      if (answer.ok) return go(returnPathOr(answer.data.next));
      const { status, data } = answer;
      if (status === 404) tell(() => t('signin.invalid'), 'error');
      else if (data.error === 'link_used') tell(() => t('signin.used'), 'error');
      else if (status === 410) tell(() => t('signin.expired'), 'error');
      else tell(() => t('signin.failed', { status: String(status) }), 'error');
      // The address form instead, with the focus in its field: asking for a new link is what is left.
      linkShown.value = false;
      focusEmail.value = {};
    } catch {
      linkBusy.value = false;
      tell(() => t('signin.offline'), 'error');
    }
  }

  function refuse(text: Text): void {
    emailError.value = { text };
    focusEmail.value = {};
  }

  async function askForLink(): Promise<void> {
    emailError.value = undefined;
    const value = email.value.trim();
    if (!value) return refuse(() => t('signin.enterEmail'));
    sending.value = true;
    tell(() => t('common.sending'));
    try {
      // A language chosen here words the link's email too; otherwise it follows the person's profile.
      const language = storedLanguage();
      const answer = await api('POST /auth/link', { body: { email: value, ...(language ? { language } : {}), ...(returnTo ? { next: returnTo } : {}) } });
      if (answer.ok) {
        tell(() => t('signin.sent'), 'ok');
        email.value = '';
        return;
      }
      const { status, data } = answer;
      if (status === 429) {
        // The API says how long the limit lasts (`retryAfter`, as its Retry-After header): said
        // roughly, so that the person knows whether to wait a minute or come back later.
        const seconds = Number(data.retryAfter);
        tell(() => (seconds > 0 ? t('signin.tooManyWait', { wait: roughly(seconds) }) : t('common.tooMany')), 'error');
      } else if (status === 400) {
        const fields = Array.isArray(data.fields) ? data.fields : [];
        // Said once, on the field it is about (the status box would repeat it word for word).
        tell(undefined);
        refuse(() => fields.map((f) => fieldText(f.message)).join('. ') || t('signin.checkAddress'));
      } else {
        tell(() => t('common.somethingWrongStatus', { status: String(status) }), 'error');
      }
    } catch {
      tell(() => t('common.offline'), 'error');
    } finally {
      sending.value = false;
    }
  }

  return { message, linkShown, linkBusy, email, emailError, sending, focusEmail, signInWithLink, askForLink };
}

export type SignIn = ReturnType<typeof signIn>;

function EmailForm({ model }: { model: SignIn }) {
  const input = useRef<HTMLInputElement>(null);
  const focus = model.focusEmail.value;
  useLayoutEffect(() => {
    if (focus) input.current?.focus();
  }, [focus]);
  return (
    <section id="email-section" class="card">
      <form
        id="email-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void model.askForLink();
        }}
      >
        <Field id="email" label={t('signin.email')} hint={t('signin.emailHint')} error={model.emailError.value?.text()}>
          {(control) => (
            <input
              {...control}
              ref={input}
              type="email"
              name="email"
              autocomplete="email"
              inputMode="email"
              required
              value={model.email.value}
              onInput={(event) => (model.email.value = event.currentTarget.value)}
            />
          )}
        </Field>
        <SubmitButton busy={model.sending.value}>
          {t('signin.send')}
        </SubmitButton>
      </form>
    </section>
  );
}

export function SignInPage({ model }: { model: SignIn }) {
  useTitle(t('signin.title'));
  return (
    <PageFrame brandHref="/">
      <h1>{t('signin.title')}</h1>
      <MessageBox id="message" message={model.message.value} focusable={false} />
      {model.linkShown.value ? (
        <section id="link-section" class="card">
          <p>{t('signin.linkOpened')}</p>
          <button type="button" id="signin-button" disabled={model.linkBusy.value} onClick={() => void model.signInWithLink()}>
            {t('common.signIn')}
          </button>
        </section>
      ) : (
        <EmailForm model={model} />
      )}
    </PageFrame>
  );
}
