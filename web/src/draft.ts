/**
 * A form's draft on this device: what was typed is saved to localStorage as it changes (a
 * moment after the last keystroke), put back when the page loads again, and removed once the
 * form is submitted or the person discards it. A note at the top of the form says a draft was
 * restored and offers to discard it.
 *
 * The key carries the signed-in person's email, so that someone else signing in on a shared
 * computer is not offered their draft; signing out, from any page, forgets every draft on the
 * device (chrome.ts wireSignOut). Storage may be blocked (private mode, policy): the form
 * then works as before, without a draft.
 */
import { dataControls, resetForm } from './forms';

const SAVE_AFTER_MS = 400;

export type Draft = { clear(): void };

type Values = Record<string, string>;

const valuesOf = (form: HTMLFormElement): Values => Object.fromEntries(dataControls(form).map((c) => [c.name, c.value]));

function read(key: string): Values | null {
  try {
    const value: unknown = JSON.parse(localStorage.getItem(key) ?? 'null');
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Values) : null;
  } catch {
    return null;
  }
}

function write(key: string, values: Values | null): void {
  try {
    if (values) localStorage.setItem(key, JSON.stringify(values));
    else localStorage.removeItem(key);
  } catch {
    /* storage blocked or full: no draft, the form still works */
  }
}

/**
 * Keeps the form's draft under `key`, restoring a saved one now. Call it once the form's
 * choices (partners, faculties, agreements) are filled, so that the restored values exist.
 */
export function keepDraft(form: HTMLFormElement, key: string): Draft {
  const note = form.querySelector<HTMLElement>('.draft-note');
  const pristine = valuesOf(form);
  let timer: ReturnType<typeof setTimeout> | undefined;

  const save = () => {
    timer = undefined;
    const values = valuesOf(form);
    // Nothing changed from the empty form: nothing worth keeping.
    const changed = Object.keys(values).some((name) => values[name] !== pristine[name]);
    write(key, changed ? values : null);
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
    // In document order, each announcing its change, so that a partner is chosen before its
    // agreements are listed and a faculty before its departments, as when a person types.
    for (const c of dataControls(form)) {
      if (typeof saved[c.name] !== 'string' || c.disabled) continue;
      c.value = saved[c.name]!;
      c.dispatchEvent(new Event('change', { bubbles: true }));
    }
    if (note) note.hidden = false;
  }

  form.addEventListener('input', schedule);
  form.addEventListener('change', schedule);
  note?.querySelector('button')?.addEventListener('click', () => {
    clear();
    resetForm(form);
    // Keyboard users land back at the start of the form rather than on a vanished button.
    dataControls(form)[0]?.focus();
  });
  return { clear };
}
