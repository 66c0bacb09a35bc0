/**
 * Files attached to a nomination or a memorandum before it is sent: "Add a file" adds a row with
 * a file field and its kind, each labelled with the row's number ("File 2", "Kind of file 2"),
 * and the focus goes to the new file field; removing a row puts the focus on what took its place,
 * the next row's file, else "Add a file". A file is checked as soon as it is picked (`check`: the
 * rules the API applies) and a refused one is said on its field.
 *
 * The rows are the page's, in a signal (a picked file is read when the item exists, to upload it);
 * their controls have no `name`, so they are neither in the body nor in the draft. Each file field
 * carries its path for the form's error summary (`data-field="attachment.<key>"`).
 */
import type { Signal } from '@preact/signals';
import { useLayoutEffect, useRef } from 'preact/hooks';
import { t } from '../i18n/live';
import { errorId } from './field';
import { Fieldset } from './fieldset';

/** One row: its file once picked, its kind, and why the file would be refused (worded at render time). */
export type AttachmentRow = { key: number; file?: File; kind: string; problem?: () => string };

let nextKey = 1;
/** A new row, of the first kind offered. */
export const attachmentRow = (kind: string): AttachmentRow => ({ key: nextKey++, kind });

type Props = {
  /** The ids' prefix: `n-file` gives `n-file-3`, `n-file-3-kind`. */
  idPrefix: string;
  legend: string;
  hint: string;
  rows: Signal<AttachmentRow[]>;
  /** The kinds offered, the first taken by a new row. */
  kinds: readonly string[];
  kindName: (kind: string) => string;
  /** What the file field offers (`.pdf,application/pdf,…`). */
  accept: string;
  /** Why the API would refuse a file, as far as the browser can tell; undefined if it would not. */
  check: (file: File) => Promise<(() => string) | undefined>;
};

export function AttachmentList({ idPrefix, legend, hint, rows, kinds, kindName, accept, check }: Props) {
  const add = useRef<HTMLButtonElement>(null);
  const focusNext = useRef<number | 'add' | null>(null);
  const current = rows.value;
  useLayoutEffect(() => {
    const target = focusNext.current;
    if (target === null) return;
    focusNext.current = null;
    (target === 'add' ? add.current : document.getElementById(`${idPrefix}-${target}`))?.focus();
  }, [current]);

  const update = (key: number, patch: Partial<AttachmentRow>) => (rows.value = rows.value.map((r) => (r.key === key ? { ...r, ...patch } : r)));
  const pick = async (key: number, file: File | undefined) => {
    update(key, { file, problem: undefined });
    const problem = file && (await check(file));
    // Unless another file was picked meanwhile, or the row removed.
    if (rows.value.find((r) => r.key === key)?.file === file) update(key, { problem });
  };
  const remove = (key: number) => {
    const at = rows.value.findIndex((r) => r.key === key);
    const left = rows.value.filter((r) => r.key !== key);
    focusNext.current = left[at]?.key ?? 'add';
    rows.value = left;
  };
  const addRow = () => {
    const row = attachmentRow(kinds[0]!);
    focusNext.current = row.key;
    rows.value = [...rows.value, row];
  };

  return (
    <Fieldset id={`${idPrefix}s`} class="attachments" legend={legend} hint={hint}>
      <ol class="attachment-rows">
        {current.map((row, i) => {
          const n = i + 1;
          const id = `${idPrefix}-${row.key}`;
          const problem = row.problem?.();
          return (
            <li key={row.key} class="attachment">
              <div class="row">
                <div class="field">
                  <label for={id}>{t('attach.file', { n })}</label>
                  <input
                    type="file"
                    id={id}
                    accept={accept}
                    data-field={`attachment.${row.key}`}
                    aria-invalid={problem ? 'true' : undefined}
                    aria-describedby={problem ? errorId(id) : undefined}
                    onChange={(e) => void pick(row.key, e.currentTarget.files?.[0])}
                  />
                  {problem ? (
                    <p id={errorId(id)} class="field-error">
                      {problem}
                    </p>
                  ) : null}
                </div>
                <div class="field">
                  <label for={`${id}-kind`}>{t('attach.kind', { n })}</label>
                  <select id={`${id}-kind`} value={row.kind} onChange={(e) => update(row.key, { kind: e.currentTarget.value })}>
                    {kinds.map((k) => (
                      <option key={k} value={k}>
                        {kindName(k)}
                      </option>
                    ))}
                  </select>
                </div>
              </div>
              <button type="button" class="secondary" onClick={() => remove(row.key)}>
                {t('attach.remove', { n })}
              </button>
            </li>
          );
        })}
      </ol>
      <button ref={add} type="button" class="secondary add-file" onClick={addRow}>
        {t('form.addFile')}
      </button>
    </Fieldset>
  );
}
