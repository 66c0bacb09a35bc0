/**
 * The form behind an emailed link that asks for one answer with words that some answers need: the
 * approver's decision (a comment for a rejection or changes) and the partner's answer (a reason
 * for a decline). One choice group, one text area that takes the focus when its words are refused,
 * one button enabled once something is chosen. The page owns the state and what sending does.
 */
import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';
import { t } from '../i18n/live';
import { SubmitButton } from './buttons';
import { Choices } from './choices';
import { Field } from './field';

type Props<A extends string> = {
  /** The form's id and its parts': `<form id>`, the choices' `name`, the text area's id and name, the button's id. */
  ids: { form: string; choices: string; text: string; button: string };
  legend: string;
  options: { value: A; label: string }[];
  chosen: A | undefined;
  choose: (value: A) => void;
  text: { label: string; hint: string; value: string; error: string | undefined; required: boolean; onInput: (value: string) => void };
  busy: boolean;
  send: () => void;
  children: ComponentChildren;
};

export function LinkAnswerForm<A extends string>({ ids, legend, options, chosen, choose, text, busy, send, children }: Props<A>) {
  const textarea = useRef<HTMLTextAreaElement>(null);
  // Words refused (missing, or by the API) take the focus.
  useLayoutEffect(() => {
    if (text.error) textarea.current?.focus();
  }, [text.error]);
  return (
    <form
      id={ids.form}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        send();
      }}
    >
      <Choices name={ids.choices} legend={legend} options={options} value={chosen} onChange={choose} />
      <Field id={ids.text} label={text.label} hint={text.hint} error={text.error} describedBy={`${ids.text}-hint`}>
        {(control) => (
          <textarea
            {...control}
            ref={textarea}
            name={ids.text}
            maxLength={4000}
            required={text.required}
            aria-required={text.required ? 'true' : 'false'}
            value={text.value}
            onInput={(event) => text.onInput(event.currentTarget.value)}
          />
        )}
      </Field>
      <SubmitButton id={ids.button} busy={busy} busyLabel={t('common.sending')} disabled={!chosen}>
        {children}
      </SubmitButton>
    </form>
  );
}
