/**
 * What the older pages of the signed-in person read once and choose from (the partners, the
 * faculties, the agreements they may see), and the office's agreement edit form
 * (agreement-edit.ts), which is still built by hand: read back into the JSON the API takes,
 * filled from stored content, checked with the API's own zod schema before sending, and told
 * which fields the server refused. The home page's forms are Preact's
 * (components/nomination-form.tsx, components/memorandum-form.tsx).
 *
 * A control's `name` is its path in the JSON body (`coordinator.email`), so reading, filling and
 * placing field errors (the schema's and the server's `{fields: [{path, message}]}`) all follow
 * the markup; a new field needs no new code here.
 */
import { issueMessage } from '../../shared/i18n/validation';
import { MemorandumInputSchema } from '../../shared/schemas/agreement';
import { api } from './api';
import type { Agreement, Faculty, Me, Partner } from './api-types';
import { addCondition, clearConditions, hasConditions, readConditions, type Condition } from './conditions';
import { el, listOf } from './dom';
import { lang, localName, setText } from './i18n';

/**
 * A partner as the registry lists it, with its names in Russian and Uzbek when it has them, and
 * its proposed mark while a memorandum's proposal awaits the office's check.
 */
export type RegisteredPartner = Partner;

/** What the forms choose from; the agreements are the ones the signed-in person may see. */
export const directory: { me: Me | null; partners: RegisteredPartner[]; faculties: Faculty[]; agreements: Agreement[] } = {
  me: null,
  partners: [],
  faculties: [],
  agreements: [],
};


export async function loadDirectory(): Promise<boolean> {
  const [partners, faculties] = await Promise.all([loadPartners(), api('GET /faculties')]);
  directory.faculties = listOf(faculties);
  return partners && faculties.ok;
}

/** The partners alone: read again after a memorandum proposed a new one. */
export async function loadPartners(): Promise<boolean> {
  const partners = await api('GET /partners');
  directory.partners = listOf(partners);
  return partners.ok;
}

export async function loadAgreements(): Promise<boolean> {
  const r = await api('GET /agreements');
  directory.agreements = listOf(r);
  return r.ok;
}

export const partnerOf = (id: string | undefined) => directory.partners.find((p) => p.id === id);

/** A partner's name in the reader's language (the registry's Latin-script name when it has none in it). */
export const partnerName = (p: RegisteredPartner): string => localName(p)!;

/** The two kinds of submission a person makes (the pages' routes name them). */
export type FormKind = 'nomination' | 'memorandum';

const openEnded = (form: HTMLFormElement) => form.querySelector<HTMLInputElement>('#m-open');

// ---- reading and filling ----------------------------------------------------------------

type FormControl = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

/** Parts of the body this form does not show, kept from the content it was filled with. */
const kept = new WeakMap<HTMLFormElement, Record<string, unknown>>();

const dataControls = (form: HTMLFormElement) =>
  [...form.elements].filter((c): c is FormControl => 'name' in c && !!(c as FormControl).name && (c as FormControl).type !== 'submit');

/**
 * A form's JSON body as its controls read: what the API takes only once the API's own schema has
 * checked it (`validate`), so it is sent as that schema's input after the check, not before.
 */
export type FormBody = Record<string, unknown>;

/** The JSON body from named controls; a dotted name (`nominee.email`) is a nested path. */
export function readForm(form: HTMLFormElement): FormBody {
  const body: FormBody = { ...kept.get(form) };
  for (const c of dataControls(form)) {
    if (c.disabled) continue;
    if (c instanceof HTMLInputElement && c.type === 'checkbox') {
      const ticked = (body[c.name] ??= []) as string[];
      if (c.checked) ticked.push(c.value);
      continue;
    }
    let value = c.value;
    if (c.type !== 'textarea') value = value.trim();
    // A code written in lower case (ISO 639-1: "ru") is still the code when typed "RU".
    if (c.dataset.case === 'lower') value = value.toLowerCase();
    const keys = c.name.split('.');
    let target = body;
    for (const k of keys.slice(0, -1)) target = (target[k] ??= {}) as FormBody;
    target[keys.at(-1)!] = value;
  }
  if (openEnded(form)?.checked) body.endDate = null;
  if (hasConditions(form)) body.cooperationConditions = readConditions(form);
  return body;
}

const at = (content: unknown, path: string) =>
  path.split('.').reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined), content);

/**
 * Puts stored content back into the form. Controls are set in document order and each one
 * announces its change, so a partner is chosen before its agreements are listed and a faculty
 * before its departments, exactly as when a person fills the form in.
 */
export function fillForm(form: HTMLFormElement, content: Record<string, unknown>): void {
  const shown = new Set(dataControls(form).map((c) => c.name.split('.')[0]));
  if (hasConditions(form)) {
    shown.add('cooperationConditions');
    clearConditions(form);
    const conditions = content.cooperationConditions;
    for (const c of Array.isArray(conditions) ? (conditions as Condition[]) : []) addCondition(form, c);
  }
  kept.set(form, Object.fromEntries(Object.entries(content).filter(([k]) => !shown.has(k))));
  const open = openEnded(form);
  if (open) {
    open.checked = content.endDate === null;
    open.dispatchEvent(new Event('change'));
  }
  for (const c of dataControls(form)) {
    const value = at(content, c.name);
    if (c instanceof HTMLInputElement && c.type === 'checkbox') c.checked = Array.isArray(value) && value.includes(c.value);
    else if (!c.disabled) c.value = value === undefined || value === null ? '' : String(value);
    c.dispatchEvent(new Event('change'));
  }
}

// ---- field errors -----------------------------------------------------------------------

/** A field error: where it belongs and its words in the current language. */
export type FieldProblem = { path: string; message: () => string };

/** The control (or group) a path like `nominee.email` or `scope.0` belongs to. */
function controlFor(form: HTMLFormElement, path: string): HTMLElement | null {
  for (let p = path; p; p = p.includes('.') ? p.slice(0, p.lastIndexOf('.')) : '') {
    const group = form.querySelector<HTMLElement>(`[data-field="${CSS.escape(p)}"]`);
    if (group) return group;
    const named = form.elements.namedItem(p);
    if (named) return named instanceof RadioNodeList ? (named[0] as HTMLElement) : (named as HTMLElement);
  }
  return null;
}

function captionOf(form: HTMLFormElement, target: HTMLElement, path: string): string {
  const source = target.tagName === 'FIELDSET' ? target.querySelector('legend') : form.querySelector(`label[for="${target.id}"]`);
  return source?.firstChild?.textContent?.trim() || path;
}

export function clearErrors(form: HTMLFormElement): void {
  form.querySelector('.errors')!.replaceChildren();
  for (const e of form.querySelectorAll('.field-error')) e.remove();
  for (const c of form.querySelectorAll('[aria-invalid]')) {
    c.removeAttribute('aria-invalid');
    c.removeAttribute('aria-describedby');
  }
}

/** Each message next to its field and, as links to those fields, in a summary at the top. */
export function showErrors(form: HTMLFormElement, heading: () => string, problems: FieldProblem[]): void {
  clearErrors(form);
  const summary = el('div', undefined, 'error-summary');
  summary.tabIndex = -1;
  const h = el('h3');
  setText(h, heading);
  summary.append(h);
  const ul = el('ul');
  problems.forEach((f, i) => {
    const target = controlFor(form, f.path);
    const li = el('li');
    if (!target) {
      setText(li, () => (f.path ? `${f.path}: ${f.message()}` : f.message()));
    } else {
      const p = el('p', undefined, 'field-error');
      setText(p, f.message);
      p.id = `${form.id}-error-${i}`;
      (target.tagName === 'FIELDSET' ? target : (target.closest('.field') ?? target.parentElement!)).append(p);
      const input = target.tagName === 'FIELDSET' ? target.querySelector('input')! : target;
      input.setAttribute('aria-invalid', 'true');
      input.setAttribute('aria-describedby', p.id);
      const a = el('a');
      setText(a, () => `${captionOf(form, target, f.path)}: ${f.message()}`);
      a.href = `#${input.id || ''}`;
      a.addEventListener('click', (e) => {
        e.preventDefault();
        input.focus();
      });
      li.append(a);
    }
    ul.append(li);
  });
  summary.append(ul);
  form.querySelector('.errors')!.append(summary);
  summary.focus();
}

const isEmpty = (v: unknown) => v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0);

/**
 * The form's body checked with the API's own schema: one problem per field, in the words of the
 * current language. A field left empty says so ("Fill this in", "Choose one") rather than
 * reporting the format it failed.
 */
export function validate(form: HTMLFormElement): FieldProblem[] {
  const body = readForm(form);
  const problems = new Map<string, FieldProblem>();
  for (const issue of MemorandumInputSchema.safeParse(body).error?.issues ?? []) {
    const path = issue.path.map(String).join('.');
    if (problems.has(path)) continue;
    const target = controlFor(form, path);
    const choice = target?.tagName === 'SELECT' || target?.tagName === 'FIELDSET';
    const empty = isEmpty(at(body, path));
    problems.set(path, { path, message: () => issueMessage(issue as Parameters<typeof issueMessage>[0], lang(), { choice, empty }) });
  }
  return [...problems.values()];
}
