/**
 * A memorandum's cooperation conditions as an editable table: one fieldset per condition, each
 * control labelled with its row's number ("Places a year, condition 2"), so that a screen reader
 * says which row a field is in. Its errors come keyed by their path in the body
 * (`cooperationConditions.1.mobilitiesPerYear`), the schema's and the server's alike, and show
 * under their row's field. "Add condition" puts the focus in the new row; removing a row puts it
 * in the row that took its place, or the one before, or on "Add condition".
 */
import type { JSX } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';
import { CEFR_LEVELS, CONDITION_TYPES, conditionControlId, conditionRow, EQF_LEVELS, offersBlended, SENDERS, type ConditionRow } from '../condition-rows';
import { label, t, type MessageKey } from '../i18n/live';
import { errorId } from './field';

type Props = {
  rows: readonly ConditionRow[];
  onChange: (rows: ConditionRow[]) => void;
  /** Errors by path in the body: `cooperationConditions.<i>.<part>`. */
  errors?: Record<string, string>;
  /** The heading's id and level: the memorandum form's is an h3, the agreement edit form's (under its own h3) an h4. */
  headingId?: string;
  headingLevel?: 'h3' | 'h4';
};

const pathOf = (i: number, part: string) => `cooperationConditions.${i}.${part}`;

export function ConditionsTable({ rows, onChange, errors = {}, headingId = 'm-conditions-heading', headingLevel: Heading = 'h3' }: Props) {
  const add = useRef<HTMLButtonElement>(null);
  // Where the focus goes once the rows have changed: a row's direction (by its key), or "add".
  const focusNext = useRef<number | 'add' | null>(null);
  useLayoutEffect(() => {
    const target = focusNext.current;
    if (target === null) return;
    focusNext.current = null;
    const n = rows.findIndex((r) => r.key === target) + 1;
    (n > 0 ? document.getElementById(conditionControlId(n, 'sender')) : add.current)?.focus();
  }, [rows]);

  const change = (i: number, patch: Partial<ConditionRow>) => onChange(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  const remove = (i: number) => {
    const left = rows.filter((_, j) => j !== i);
    focusNext.current = left[Math.min(i, left.length - 1)]?.key ?? 'add';
    onChange(left);
  };
  const addRow = () => {
    const row = conditionRow();
    focusNext.current = row.key;
    onChange([...rows, row]);
  };

  return (
    <section class="conditions" aria-labelledby={headingId}>
      <Heading id={headingId}>{t('form.conditions')}</Heading>
      <p class="hint">{t('form.conditionsHint')}</p>
      <p class="muted no-conditions" hidden={rows.length > 0}>
        {t('form.noConditions')}
      </p>
      <div class="condition-rows">
        {rows.map((row, i) => (
          <ConditionFieldset key={row.key} row={row} i={i} errors={errors} onChange={(patch) => change(i, patch)} onRemove={() => remove(i)} />
        ))}
      </div>
      <button ref={add} type="button" class="secondary add-condition" onClick={addRow}>
        {t('form.addCondition')}
      </button>
    </section>
  );
}

type RowProps = { row: ConditionRow; i: number; errors: Record<string, string>; onChange: (patch: Partial<ConditionRow>) => void; onRemove: () => void };

function ConditionFieldset({ row, i, errors, onChange, onRemove }: RowProps) {
  const n = i + 1;
  /** A labelled control of the row, with its error under it. */
  const field = (part: string, caption: MessageKey, control: (props: { id: string; 'aria-invalid'?: 'true'; 'aria-describedby'?: string }) => JSX.Element, extra: Record<string, string> = {}, pair = false) => {
    const id = conditionControlId(n, part);
    const error = errors[pathOf(i, part)];
    return (
      <div class={pair ? 'field pair' : 'field'}>
        <label for={id}>{t(caption, { n, ...extra })}</label>
        {control({ id, ...(error ? { 'aria-invalid': 'true', 'aria-describedby': errorId(id) } : {}) })}
        {error ? (
          <p id={errorId(id)} class="field-error">
            {error}
          </p>
        ) : null}
      </div>
    );
  };
  const text = (key: 'mobilitiesPerYear' | 'totalMonthsPerYear' | 'subjectAreas' | 'academicYears', inputMode: 'numeric' | 'decimal') => (props: { id: string }) => (
    <input {...props} type="text" autocomplete="off" inputMode={inputMode} data-field={pathOf(i, key)} value={row[key]} onInput={(e) => onChange({ [key]: e.currentTarget.value })} />
  );
  const language = (k: number, patch: Partial<{ code: string; level: string }>) => onChange({ languages: row.languages.map((l, j) => (j === k ? { ...l, ...patch } : l)) });
  const eqfError = errors[pathOf(i, 'eqfLevels')];
  const eqfId = `m-c${n}-eqf`;
  return (
    <fieldset class="condition">
      <legend>{t('form.conditionN', { n })}</legend>
      <div class="condition-grid">
        {field('sender', 'form.condDirection', (props) => (
          <select {...props} data-field={pathOf(i, 'sender')} value={row.sender} onChange={(e) => onChange({ sender: e.currentTarget.value })}>
            {SENDERS.map((s) => (
              <option key={s} value={s}>
                {t(s === 'home' ? 'form.outgoing' : 'form.incoming')}
              </option>
            ))}
          </select>
        ))}
        {field('type', 'form.condType', (props) => (
          <select {...props} data-field={pathOf(i, 'type')} value={row.type} onChange={(e) => onChange({ type: e.currentTarget.value })}>
            {CONDITION_TYPES.map((type) => (
              <option key={type} value={type}>
                {label(type)}
              </option>
            ))}
          </select>
        ))}
        {field('mobilitiesPerYear', 'form.condPlaces', text('mobilitiesPerYear', 'numeric'), {}, true)}
        {field('totalMonthsPerYear', 'form.condMonths', text('totalMonthsPerYear', 'decimal'), {}, true)}
        {field('subjectAreas', 'form.condSubjects', text('subjectAreas', 'numeric'))}
        {row.languages.map((l, k) => {
          const which = { k: String(k + 1) };
          return [
            field(
              `languages.${k}.code`,
              'form.condLanguage',
              (props) => <input {...props} type="text" autocomplete="off" maxLength={2} autocapitalize="none" data-field={pathOf(i, `languages.${k}.code`)} value={l.code} onInput={(e) => language(k, { code: e.currentTarget.value })} />,
              which,
              true,
            ),
            field(
              `languages.${k}.level`,
              'form.condCefr',
              (props) => (
                <select {...props} data-field={pathOf(i, `languages.${k}.level`)} value={l.level} onChange={(e) => language(k, { level: e.currentTarget.value })}>
                  {CEFR_LEVELS.map((level) => (
                    <option key={level} value={level}>
                      {level}
                    </option>
                  ))}
                </select>
              ),
              which,
              true,
            ),
          ];
        })}
        {field('academicYears', 'form.condYears', text('academicYears', 'numeric'))}
      </div>
      <fieldset class="eqf" data-field={pathOf(i, 'eqfLevels')}>
        <legend>{t('form.condEqf', { n })}</legend>
        {EQF_LEVELS.map((level, j) => (
          <label key={level} class="choice" for={`${eqfId}-${level}`}>
            <input
              type="checkbox"
              id={`${eqfId}-${level}`}
              value={String(level)}
              checked={row.eqfLevels.includes(level)}
              {...(j === 0 && eqfError ? { 'aria-invalid': 'true', 'aria-describedby': errorId(eqfId) } : {})}
              onChange={(e) => onChange({ eqfLevels: e.currentTarget.checked ? [...row.eqfLevels, level] : row.eqfLevels.filter((x) => x !== level) })}
            />{' '}
            {level}
          </label>
        ))}
        {eqfError ? (
          <p id={errorId(eqfId)} class="field-error">
            {eqfError}
          </p>
        ) : null}
      </fieldset>
      {offersBlended(row.type) ? (
        <label class="choice blended" for={conditionControlId(n, 'blended')}>
          <input type="checkbox" id={conditionControlId(n, 'blended')} data-field={pathOf(i, 'blended')} checked={row.blended} onChange={(e) => onChange({ blended: e.currentTarget.checked })} />{' '}
          <span>{t('form.condBlended', { n })}</span>
        </label>
      ) : null}
      <button type="button" class="secondary remove" onClick={onRemove}>
        {t('form.removeCondition', { n })}
      </button>
    </fieldset>
  );
}
