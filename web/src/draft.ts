/**
 * A form's draft on this device (the nomination form's and the memorandum form's, its
 * conditions and a proposed partner included): what was typed is saved to localStorage as it changes (a
 * moment after the last keystroke), put back when the page loads again, and removed once the
 * form is submitted or the person discards it. A note at the top of the form says a draft was
 * restored and offers to discard it.
 *
 * The key carries the signed-in person's email, so that someone else signing in on a shared
 * computer is not offered their draft; signing out, from any page, forgets every draft on the
 * device (chrome.ts wireSignOut). Storage may be blocked (private mode, policy): the form
 * then works as before, without a draft.
 */
import { addCondition, clearConditions, hasConditions, readConditions, type Condition } from './conditions';
import { dataControls, resetForm } from './forms';

const SAVE_AFTER_MS = 400;

export type Draft = { clear(): void };

type Values = Record<string, string>;

/**
 * What a draft keeps: each named control's text or choice, the boxes ticked (by `name=value`, or
 * by `#id` for a box without a name such as "open-ended" or "propose a partner"), and a
 * memorandum's conditions as read from its table. A draft saved before boxes and conditions
 * were kept is its `fields` alone.
 */
type Saved = { fields: Values; checked: string[]; conditions: Condition[] };

const isBox = (c: { type: string }) => c.type === 'checkbox' || c.type === 'radio';

/** The form's boxes a draft keeps: not those in a condition's row, which the conditions carry. */
const boxesOf = (form: HTMLFormElement) => [...form.querySelectorAll<HTMLInputElement>('input[type=checkbox], input[type=radio]')].filter((b) => !b.closest('.condition') && (b.name || b.id));
const boxKey = (b: HTMLInputElement) => (b.name ? `${b.name}=${b.value}` : `#${b.id}`);

const snapshot = (form: HTMLFormElement): Saved => ({
  fields: Object.fromEntries(dataControls(form).filter((c) => !isBox(c)).map((c) => [c.name, c.value])),
  checked: boxesOf(form).filter((b) => b.checked).map(boxKey),
  conditions: hasConditions(form) ? readConditions(form) : [],
});

function read(key: string): Saved | null {
  try {
    const value: unknown = JSON.parse(localStorage.getItem(key) ?? 'null');
    if (!value || typeof value !== 'object' || Array.isArray(value)) return null;
    const v = value as Partial<Saved>;
    if (!v.fields || typeof v.fields !== 'object') return { fields: value as Values, checked: [], conditions: [] };
    return { fields: v.fields, checked: Array.isArray(v.checked) ? v.checked : [], conditions: Array.isArray(v.conditions) ? v.conditions : [] };
  } catch {
    return null;
  }
}

function write(key: string, values: Saved | null): void {
  try {
    if (values) localStorage.setItem(key, JSON.stringify(values));
    else localStorage.removeItem(key);
  } catch {
    /* storage blocked or full: no draft, the form still works */
  }
}

/** Sets the named controls not yet set from `fields`, in document order, each announcing its change. */
function fill(form: HTMLFormElement, fields: Values, done: Set<string>): void {
  // In document order, each announcing its change, so that a partner is chosen before its
  // agreements are listed and a faculty before its departments, as when a person types.
  for (const c of dataControls(form)) {
    if (isBox(c) || done.has(c.name) || typeof fields[c.name] !== 'string' || c.disabled) continue;
    done.add(c.name);
    c.value = fields[c.name]!;
    c.dispatchEvent(new Event('change', { bubbles: true }));
  }
}

/**
 * Keeps the form's draft under `key`, restoring a saved one now. Call it once the form's
 * choices (partners, faculties, agreements) are filled, so that the restored values exist.
 */
export function keepDraft(form: HTMLFormElement, key: string): Draft {
  const note = form.querySelector<HTMLElement>('.draft-note');
  const pristine = snapshot(form);
  let timer: ReturnType<typeof setTimeout> | undefined;

  /** Nothing changed from the empty form: nothing worth keeping. */
  const untouched = (now: Saved) =>
    now.conditions.length === 0 &&
    now.checked.join('\n') === pristine.checked.join('\n') &&
    Object.keys(now.fields).every((name) => now.fields[name] === (pristine.fields[name] ?? ''));
  const save = () => {
    timer = undefined;
    const now = snapshot(form);
    write(key, untouched(now) ? null : now);
  };
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(save, SAVE_AFTER_MS);
  };
  const clear = () => {
    clearTimeout(timer);
    timer = undefined;
    write(key, null);
    if (note) note.hidden = true;
  };

  const saved = read(key);
  if (saved) {
    if (hasConditions(form) && saved.conditions.length) {
      clearConditions(form);
      for (const c of saved.conditions) if (c && typeof c === 'object') addCondition(form, c);
    }
    // Boxes first: "open-ended" disables the end date, "propose a partner" brings its fields.
    const ticked = new Set(saved.checked);
    for (const b of boxesOf(form)) {
      if (!ticked.has(boxKey(b)) || b.checked) continue;
      b.checked = true;
      b.dispatchEvent(new Event('change', { bubbles: true }));
    }
    const done = new Set<string>();
    fill(form, saved.fields, done);
    // A part of the form loaded later (a proposed partner's fields) is filled once it is there.
    form.addEventListener('partshown', () => fill(form, saved.fields, done));
    if (note) note.hidden = false;
  }

  form.addEventListener('input', schedule);
  form.addEventListener('change', schedule);
  // A condition removed with its button changes no control: the draft follows it all the same.
  form.addEventListener('click', (e) => {
    if ((e.target as Element | null)?.closest?.('.add-condition, .condition .remove')) schedule();
  });
  note?.querySelector('button')?.addEventListener('click', () => {
    clear();
    resetForm(form);
    // Keyboard users land back at the start of the form rather than on a vanished button.
    dataControls(form)[0]?.focus();
  });
  return { clear };
}
