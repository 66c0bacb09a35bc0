/** One term and its value in a definition list (`<dl class="details">`), as the link pages show what they ask about. */
import type { ComponentChildren } from 'preact';

export function TermRow({ term, children }: { term: string; children: ComponentChildren }) {
  return (
    <>
      <dt>{term}</dt>
      <dd>{children}</dd>
    </>
  );
}
