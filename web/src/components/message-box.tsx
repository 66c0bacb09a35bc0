/**
 * A status message: a polite live region that is always in the page (so a new message is
 * announced), empty when there is nothing to say (`.message:empty` takes no room). A message
 * given with `focus` takes the focus when it appears, as after an action whose result is the
 * message (GOV.UK: focus moves to what the action left).
 */
import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';

export type Tone = '' | 'ok' | 'warn' | 'error';

/** A message a page keeps in a signal: its text worded at render time, so a language switch re-words it. */
export type Message = { text: () => string; tone?: Tone; focus?: boolean };

type Props = {
  id?: string;
  message?: Message | undefined;
  /** What follows the text inside the box: a link, a button. */
  children?: ComponentChildren;
  /** False where the box is only ever read, never focused (no tabindex). */
  focusable?: boolean;
};

export function MessageBox({ id, message, children, focusable = true }: Props) {
  const box = useRef<HTMLDivElement>(null);
  // Keyed on the message itself: each new message that asks for the focus takes it once.
  useLayoutEffect(() => {
    if (message?.focus) box.current?.focus();
  }, [message]);
  const text = message?.text();
  return (
    <div id={id} ref={box} class={message?.tone ? `message ${message.tone}` : 'message'} role="status" aria-live="polite" tabIndex={focusable ? -1 : undefined}>
      {text ? <span>{text}</span> : null}
      {children}
    </div>
  );
}
