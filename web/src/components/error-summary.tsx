/**
 * Every error of a form at once, at its top, each a link to its field (GOV.UK's error summary).
 * It takes the focus when it appears or its errors change, so a screen reader hears the problems
 * first and a keyboard user is one Tab from the first field to fix. A link moves the focus to the
 * field itself rather than scrolling the page to its id.
 */
import { useLayoutEffect, useRef } from 'preact/hooks';

/** One error: the id of the control it is about (none: a form-wide error), and its words. */
export type SummaryError = { field?: string; text: string };

type Props = { title: string; errors: SummaryError[] };

export function ErrorSummary({ title, errors }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const said = errors.map((e) => `${e.field}|${e.text}`).join('\n');
  useLayoutEffect(() => {
    if (said) box.current?.focus();
  }, [said]);
  if (!errors.length) return null;
  return (
    <div ref={box} class="error-summary" tabIndex={-1} role="alert">
      <h3>{title}</h3>
      <ul>
        {errors.map((e, i) => (
          <li key={`${e.field ?? ''}-${i}`}>
            {e.field ? (
              <a
                href={`#${e.field}`}
                onClick={(event) => {
                  event.preventDefault();
                  document.getElementById(e.field!)?.focus();
                }}
              >
                {e.text}
              </a>
            ) : (
              e.text
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
