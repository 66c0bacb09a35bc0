/**
 * A SHA-256 hash (a text's snapshot hash, an EWP iia-hash) as the pages show it: whole, in code
 * type, nothing added around it, so a person can compare it character by character with the copy
 * in an email, a receipt or the partner's system. The label is the caller's (a term, a list line).
 */
export function HashLine({ hash, id, class: className }: { hash: string; id?: string; class?: string }) {
  return (
    <code id={id} class={className}>
      {hash}
    </code>
  );
}
