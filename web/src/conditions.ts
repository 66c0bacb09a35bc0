/**
 * The memorandum's cooperation conditions (EWP IIA specs) as an editable table: one row per
 * condition, each control labelled with its row's number ("Places a year, condition 2"). The
 * row controls carry no `name` (forms.ts's readForm would flatten them); each carries its path
 * in the body as `data-field` (`cooperationConditions.1.mobilitiesPerYear`), so the schema's and
 * the server's errors land on the right row's field.
 */
import { num, type Condition } from './condition-rows';
import { el } from './dom';
import { label, setText, t, translatePage } from './i18n';
import type { MessageKey } from './i18n/messages';

const TYPES = ['student_studies', 'student_traineeship', 'staff_teaching', 'staff_training'] as const;
const LEVELS = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2'];
const EQF = [5, 6, 7, 8];

export type { Condition };

const rowsOf = (box: HTMLElement) => [...box.querySelectorAll<HTMLElement>('.condition')];
const part = <T extends HTMLElement = HTMLInputElement>(row: HTMLElement, key: string) => row.querySelector<T>(`[data-part="${key}"]`)!;

/** Row number `n` (1-based) in every id, label and path of the row. */
function number(row: HTMLElement, n: number): void {
  const i = n - 1;
  row.querySelector<HTMLElement>('legend')!.dataset.n = String(n);
  for (const c of row.querySelectorAll<HTMLElement>('[data-part]')) {
    const key = c.dataset.part!;
    if (c.tagName === 'FIELDSET') {
      c.dataset.field = `cooperationConditions.${i}.${key}`;
      continue;
    }
    c.id = `m-c${n}-${key.replace(/\W/g, '-')}`;
    c.dataset.field = `cooperationConditions.${i}.${key}`;
    const l = row.querySelector<HTMLLabelElement>(`label[data-for="${key}"]`);
    if (l) l.htmlFor = c.id;
  }
  for (const [j, box] of row.querySelectorAll<HTMLInputElement>('input[data-eqf]').entries()) box.id = `m-c${n}-eqf-${EQF[j]}`;
  for (const l of row.querySelectorAll<HTMLLabelElement>('label.choice')) l.htmlFor = l.querySelector('input')?.id ?? '';
  // The captions read the number from the legend: worded again as on a change of language.
  translatePage(row);
}

/** A caption that says its row's number, reworded when the language or the number changes. */
function caption(node: HTMLElement, row: HTMLElement, key: MessageKey, extra: Record<string, string> = {}): void {
  setText(node, () => t(key, { n: row.querySelector<HTMLElement>('legend')!.dataset.n ?? '1', ...extra }));
}

function field(row: HTMLElement, key: string, captionKey: MessageKey, control: HTMLElement, extra: Record<string, string> = {}): HTMLElement {
  const box = el('div', undefined, 'field');
  const l = el('label');
  l.dataset.for = key;
  caption(l, row, captionKey, extra);
  control.dataset.part = key;
  box.append(l, control);
  return box;
}

/** A short field that shares its line with its pair on a phone (places and months, a language's code and level). */
function paired(box: HTMLElement): HTMLElement {
  box.classList.add('pair');
  return box;
}

function select(values: readonly string[], text: (v: string) => HTMLOptionElement): HTMLSelectElement {
  const s = el('select');
  s.append(...values.map(text));
  return s;
}

function input(inputmode?: string): HTMLInputElement {
  const i = el('input');
  i.type = 'text';
  i.autocomplete = 'off';
  if (inputmode) i.inputMode = inputmode;
  return i;
}

/**
 * A recommended language of a condition and its CEFR level. EWP allows several; a row offers two
 * (English or Russian, say, and the partner's own), or as many as it already has.
 */
const LANGUAGE_SLOTS = 2;

function languageFields(row: HTMLElement, k: number): HTMLElement[] {
  const cefr = select(LEVELS, (v) => Object.assign(el('option', v), { value: v }));
  cefr.value = 'B2';
  const lang = input();
  lang.maxLength = 2;
  lang.autocapitalize = 'none';
  const which = { k: String(k + 1) };
  return [paired(field(row, `languages.${k}.code`, 'form.condLanguage', lang, which)), paired(field(row, `languages.${k}.level`, 'form.condCefr', cefr, which))];
}

function newRow(box: HTMLElement, add: HTMLButtonElement, languageSlots = LANGUAGE_SLOTS): HTMLElement {
  const row = el('fieldset', undefined, 'condition');
  const legend = el('legend');
  row.append(legend);
  caption(legend, row, 'form.conditionN');
  const direction = select(['home', 'partner'], (v) => {
    const o = el('option');
    o.value = v;
    o.dataset.i18n = v === 'home' ? 'form.outgoing' : 'form.incoming';
    o.textContent = t(o.dataset.i18n as MessageKey);
    return o;
  });
  const type = select(TYPES, (v) => {
    const o = el('option', label(v));
    o.value = v;
    o.dataset.label = v;
    return o;
  });
  const eqf = el('fieldset', undefined, 'eqf');
  eqf.dataset.part = 'eqfLevels';
  const eqfLegend = el('legend');
  caption(eqfLegend, row, 'form.condEqf');
  eqf.append(eqfLegend);
  for (const level of EQF) {
    const choice = el('label', undefined, 'choice');
    const check = el('input');
    check.type = 'checkbox';
    check.value = String(level);
    check.dataset.eqf = '';
    choice.append(check, ` ${level}`);
    eqf.append(choice);
  }
  const remove = el('button', undefined, 'secondary remove');
  remove.type = 'button';
  caption(remove, row, 'form.removeCondition');
  remove.addEventListener('click', () => {
    const rows = rowsOf(box);
    const at = rows.indexOf(row);
    row.remove();
    renumber(box);
    // The focus goes to the row that took its place, or to the one before, or to "add".
    const next = rowsOf(box)[Math.min(at, rows.length - 2)];
    (next ? part(next, 'sender') : add).focus();
  });
  const grid = el('div', undefined, 'condition-grid');
  grid.append(
    field(row, 'sender', 'form.condDirection', direction),
    field(row, 'type', 'form.condType', type),
    paired(field(row, 'mobilitiesPerYear', 'form.condPlaces', input('numeric'))),
    paired(field(row, 'totalMonthsPerYear', 'form.condMonths', input('decimal'))),
    field(row, 'subjectAreas', 'form.condSubjects', input('numeric')),
    ...Array.from({ length: languageSlots }, (_, k) => languageFields(row, k)).flat(),
    field(row, 'academicYears', 'form.condYears', input('numeric')),
  );
  row.append(grid, eqf, remove);
  return row;
}

function renumber(box: HTMLElement): void {
  rowsOf(box).forEach((row, i) => number(row, i + 1));
  box.querySelector<HTMLElement>('.no-conditions')!.hidden = rowsOf(box).length > 0;
}

/** Adds a row (filled from `c` when given) and answers it. */
export function addCondition(form: HTMLFormElement, c?: Condition): HTMLElement | null {
  const box = form.querySelector<HTMLElement>('.conditions');
  const add = form.querySelector<HTMLButtonElement>('.add-condition');
  if (!box || !add) return null;
  const row = newRow(box, add, Math.max(LANGUAGE_SLOTS, c?.languages?.length ?? 0));
  box.querySelector('.condition-rows')!.append(row);
  renumber(box);
  if (c) {
    part<HTMLSelectElement>(row, 'sender').value = c.sender ?? 'home';
    part<HTMLSelectElement>(row, 'type').value = c.type ?? 'student_studies';
    part(row, 'mobilitiesPerYear').value = c.mobilitiesPerYear === undefined ? '' : String(c.mobilitiesPerYear);
    part(row, 'totalMonthsPerYear').value = c.totalMonthsPerYear === undefined ? '' : String(c.totalMonthsPerYear);
    part(row, 'subjectAreas').value = (c.subjectAreas ?? []).join(', ');
    part(row, 'academicYears').value = (c.academicYears ?? []).join(', ');
    (c.languages ?? []).forEach((l, k) => {
      part(row, `languages.${k}.code`).value = l.code ?? '';
      part<HTMLSelectElement>(row, `languages.${k}.level`).value = l.level ?? 'B2';
    });
    for (const b of row.querySelectorAll<HTMLInputElement>('input[data-eqf]')) b.checked = (c.eqfLevels ?? []).map(String).includes(b.value);
  }
  return row;
}

/** Wires the "add condition" button; a form without the table is left as it is. */
export function setUpConditions(form: HTMLFormElement): void {
  const add = form.querySelector<HTMLButtonElement>('.add-condition');
  add?.addEventListener('click', () => part<HTMLSelectElement>(addCondition(form)!, 'sender').focus());
}

export const hasConditions = (form: HTMLFormElement) => !!form.querySelector('.conditions');

/** Back to no rows (after a submission, or before filling stored content). */
export function clearConditions(form: HTMLFormElement): void {
  const box = form.querySelector<HTMLElement>('.conditions');
  if (!box) return;
  for (const row of rowsOf(box)) row.remove();
  renumber(box);
}

const list = (v: string) =>
  v
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
// One reading of a typed number for this table and the Preact one (components/conditions-table.tsx).
export { num };

/** The filled language slots, in order; an empty code means no language in that slot. */
function languagesOf(row: HTMLElement): { code: string; level: string }[] {
  return [...row.querySelectorAll<HTMLInputElement>('[data-part$=".code"]')].flatMap((code) => {
    // ISO 639-1 codes are lower case; "RU" typed means "ru".
    const value = code.value.trim().toLowerCase();
    const level = row.querySelector<HTMLSelectElement>(`[data-part="${code.dataset.part!.replace(/code$/, 'level')}"]`)!.value;
    return value ? [{ code: value, level }] : [];
  });
}

/** The rows as the API's `cooperationConditions`. */
export function readConditions(form: HTMLFormElement): Condition[] {
  const box = form.querySelector<HTMLElement>('.conditions');
  if (!box) return [];
  return rowsOf(box).map((row) => {
    const months = part(row, 'totalMonthsPerYear').value.trim();
    const c: Condition = {
      type: part<HTMLSelectElement>(row, 'type').value,
      sender: part<HTMLSelectElement>(row, 'sender').value,
      mobilitiesPerYear: num(part(row, 'mobilitiesPerYear').value.trim()),
      subjectAreas: list(part(row, 'subjectAreas').value),
      eqfLevels: [...row.querySelectorAll<HTMLInputElement>('input[data-eqf]:checked')].map((b) => Number(b.value)),
      languages: languagesOf(row),
      academicYears: list(part(row, 'academicYears').value),
    };
    if (months) c.totalMonthsPerYear = num(months);
    return c;
  });
}
