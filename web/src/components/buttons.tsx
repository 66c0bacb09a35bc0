/**
 * The pages' buttons. `SubmitButton` says it is sending while its form's request is on its way
 * and cannot be pressed twice meanwhile; `ActionButton` is a secondary button for an action a
 * message offers ("Try again", "Send me a fresh link"), disabled while that action runs.
 */
import type { ComponentChildren } from 'preact';

/** `busyLabel`: what it says while busy ("Sending…"); without one it keeps its words. */
type SubmitProps = { id?: string; busy: boolean; busyLabel?: string; disabled?: boolean; children: ComponentChildren };

export function SubmitButton({ id, busy, busyLabel, disabled, children }: SubmitProps) {
  return (
    <button type="submit" id={id} disabled={busy || disabled}>
      {busy && busyLabel ? busyLabel : children}
    </button>
  );
}

type ActionProps = { busy?: boolean; onClick: () => void; children: ComponentChildren; variant?: 'secondary' | 'link' };

export function ActionButton({ busy, onClick, children, variant = 'secondary' }: ActionProps) {
  return (
    <button type="button" class={variant} disabled={busy} onClick={onClick}>
      {children}
    </button>
  );
}
