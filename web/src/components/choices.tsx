/**
 * A group of radio buttons in a fieldset whose legend names the question, with an optional hint.
 * Nothing is chosen unless `value` says so: the approver's page never pre-selects a decision.
 * Each radio's id is `<name>-<value>`, so that an error summary can link to the first.
 */
type Option<V extends string> = { value: V; label: string };

type Props<V extends string> = {
  name: string;
  legend: string;
  hint?: string;
  options: Option<V>[];
  value: V | undefined;
  onChange: (value: V) => void;
  disabled?: boolean;
};

export function Choices<V extends string>({ name, legend, hint, options, value, onChange, disabled }: Props<V>) {
  const hintId = `${name}-hint`;
  return (
    <fieldset aria-describedby={hint ? hintId : undefined}>
      <legend>{legend}</legend>
      {hint ? (
        <p id={hintId} class="hint">
          {hint}
        </p>
      ) : null}
      {options.map((o) => (
        <label class="choice" key={o.value}>
          <input type="radio" id={`${name}-${o.value}`} name={name} value={o.value} checked={value === o.value} disabled={disabled} onChange={() => onChange(o.value)} /> <span>{o.label}</span>
        </label>
      ))}
    </fieldset>
  );
}
