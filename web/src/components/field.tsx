/**
 * A form field as GOV.UK words it: a label, a hint under it, the control, and its error under
 * the control. The hint is part of the label (read with the field's name); the error is tied to
 * the control with `aria-describedby` and marks it `aria-invalid`. The control is the caller's
 * (an input, a textarea, a select), given the attributes it needs.
 */
import type { ComponentChildren } from 'preact';

/** What the control of a field carries: its id, and its error's description. */
export type ControlProps = { id: string; 'aria-invalid'?: 'true'; 'aria-describedby'?: string };

type Props = {
  id: string;
  label: string;
  hint?: string;
  /** The field's error, in words; none, no error. */
  error?: string | undefined;
  /** Ids of other descriptions of the control (besides its error). */
  describedBy?: string;
  children: (control: ControlProps) => ComponentChildren;
};

export const errorId = (id: string) => `${id}-error`;
export const hintId = (id: string) => `${id}-hint`;

export function Field({ id, label, hint, error, describedBy, children }: Props) {
  const describe = [describedBy, error ? errorId(id) : undefined].filter(Boolean).join(' ');
  return (
    <div class="field">
      <label for={id}>
        <span>{label}</span>
        {hint ? (
          <>
            {' '}
            <span id={hintId(id)} class="hint">
              {hint}
            </span>
          </>
        ) : null}
      </label>
      {children({ id, ...(error ? { 'aria-invalid': 'true' } : {}), ...(describe ? { 'aria-describedby': describe } : {}) })}
      {error ? (
        <p id={errorId(id)} class="field-error">
          {error}
        </p>
      ) : null}
    </div>
  );
}
