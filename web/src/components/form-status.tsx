/**
 * The line under a form that says how its sending went (a form's `.message`, a live region): the
 * sentence, with a link where its `\0` is ("Submitted as <a>NOM-2026-0001</a>."), what the form
 * offers next (its `children`: a partner to choose, a proposal to send anyway), and a sign-in
 * link when the session ended. The nomination and memorandum forms say it alike.
 */
import type { ComponentChildren } from 'preact';
import { t } from '../i18n/live';

export type FormSaid = { text: () => string; tone?: 'ok' | 'warn' | 'error'; link?: { text: string; href: string }; signIn?: boolean };

export function FormStatus({ id, said, children }: { id?: string; said: FormSaid | undefined; children?: ComponentChildren }) {
  const text = said?.text();
  return (
    <div id={id} class={said?.tone ? `message ${said.tone}` : 'message'} role="status" aria-live="polite">
      {text ? <Sentence text={text} link={said?.link} /> : null}
      {children}
      {said?.signIn ? (
        <>
          {' '}
          <a href="/signin" target="_blank">
            {t('common.signIn')}
          </a>
        </>
      ) : null}
    </div>
  );
}

/** A sentence with a link where its `\0` is. */
export function Sentence({ text, link }: { text: string; link?: { text: string; href: string } | undefined }) {
  if (!link) return <span>{text}</span>;
  const [before, after] = text.split('\u0000');
  return (
    <span>
      {before}
      <a href={link.href}>{link.text}</a>
      {after}
    </span>
  );
}
