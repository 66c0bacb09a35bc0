/**
 * A group of fields under one question (GOV.UK's fieldset): a legend naming it, a hint read with
 * the legend (`hint`, as a Field's is read with its label) or a sentence under it that explains
 * the group (`explained`), and the group's error at its end. An error about the group as a whole
 * (no conditions, no scope chosen) is tied to the control a person fixes it in, the first one:
 * the children get its props (`aria-invalid`, `aria-describedby`) to spread on that control, so
 * the error summary's link lands where the error is read.
 */
import type { ComponentChildren } from 'preact';
import { errorId, hintId } from './field';

/** What the group's first control carries when the group has an error. */
export type FirstControlProps = { 'aria-invalid'?: 'true'; 'aria-describedby'?: string };

type Props = {
  /** Names the group's hint and error (`<id>-hint`, `<id>-error`). */
  id: string;
  legend: string;
  /** Words read with the legend: "Optional", "PDF, DOCX … at most 20 MB each". */
  hint?: string;
  /** A sentence under the legend that explains the group. */
  explained?: string;
  error?: string | undefined;
  class?: string;
  children: ComponentChildren | ((first: FirstControlProps) => ComponentChildren);
};

export function Fieldset({ id, legend, hint, explained, error, class: className, children }: Props) {
  const first: FirstControlProps = error ? { 'aria-invalid': 'true', 'aria-describedby': errorId(id) } : {};
  return (
    <fieldset id={id} class={className} aria-describedby={explained ? hintId(id) : undefined}>
      <legend>
        <span>{legend}</span>
        {hint ? (
          <>
            {' '}
            <span class="hint">{hint}</span>
          </>
        ) : null}
      </legend>
      {explained ? (
        <p id={hintId(id)} class="hint">
          {explained}
        </p>
      ) : null}
      {typeof children === 'function' ? children(first) : children}
      {error ? (
        <p id={errorId(id)} class="field-error">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
