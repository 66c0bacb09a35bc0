/**
 * The nomination and memorandum forms, shared by the home page (a new submission, POST) and the
 * edit page (a resubmission after changes were requested, PUT): built from the <template>s in
 * index.html, filled from stored content, read back into the JSON the API takes, checked with
 * the API's own zod schemas before sending, and told which fields the server refused.
 *
 * A control's `name` is its path in the JSON body (`nominee.email`), so reading, filling and
 * placing field errors (the schema's and the server's `{fields: [{path, message}]}`) all follow
 * the markup; a new field needs no new code here.
 */
import { fieldMessage, issueMessage } from '../../shared/i18n/validation';
import { MemorandumInputSchema } from '../../shared/schemas/agreement';
import { AcademicYearSchema } from '../../shared/schemas/common';
import { NominationInputSchema, type NominationInput } from '../../shared/schemas/nomination';
// The module file, not shared/workflow's index: the form needs these pure functions only, and
// the index would bring the whole workflow into the page's 45 KB budget.
import { placeCellFor, plannedPlaces, type PlaceCell } from '../../shared/workflow/quota';
import { api, type ApiRefusalBody } from './api';
import type { Agreement, Faculty, Me, Partner, PlacesRow } from './api-types';
import { addCondition, clearConditions, hasConditions, readConditions, setUpConditions, type Condition } from './conditions';
import { el, listOf, requestIdOf, say, signInLink } from './dom';
import { day, displayName, label, lang, list, localName, onLanguageChange, plural, setText, t, translatePage } from './i18n';

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

/** A partner in a picker: its name as the reader says it, and its country by name rather than its code. */
const partnerChoice = (p: RegisteredPartner): string => (p.country ? `${partnerName(p)} (${displayName('region', p.country)})` : partnerName(p));

type Choice = { value: string; text: () => string };

/**
 * Selects whose options read in alphabetical order in the reader's language: partners and
 * faculties are named differently in each (Ошский… comes before Уханьский…, not after Osh… and
 * before Wuhan… as in English), so they are sorted again after each language change re-words them.
 */
const alphabetical = new Set<HTMLSelectElement>();
function sortOptions(select: HTMLSelectElement): void {
  const collator = new Intl.Collator(lang());
  select.append(...[...select.options].filter((o) => o.value).sort((a, b) => collator.compare(a.text, b.text)));
}
onLanguageChange(() => alphabetical.forEach(sortOptions));

/** A select's options: a placeholder (no value) and the items, each worded again on a language change. */
function options(select: HTMLSelectElement, items: Choice[], placeholder: () => string, selected?: string, sort = false): void {
  const placeholderOption = el('option');
  placeholderOption.value = '';
  setText(placeholderOption, placeholder);
  const list = [placeholderOption];
  for (const item of items) {
    const option = el('option');
    option.value = item.value;
    setText(option, item.text);
    list.push(option);
  }
  // defaultSelected, so that form.reset() returns to the signed-in person's own faculty.
  for (const o of list) if (selected && o.value === selected) o.defaultSelected = true;
  select.replaceChildren(...list);
  if (sort) {
    alphabetical.add(select);
    sortOptions(select);
  }
}

const control = <T extends Element = HTMLInputElement>(form: HTMLFormElement, name: string) => form.elements.namedItem(name) as T | null;

// ---- directory-driven selects -----------------------------------------------------------

// ---- the nomination's agreement ---------------------------------------------------------

/**
 * Each agreement's places, read once a page (GET /api/agreements/:id/places); null when they
 * could not be read, so the option is shown without a figure rather than not at all.
 */
const places = new Map<string, PlacesRow[] | null>();
const placesLoading = new Set<string>();

/** The cell (academic year × sender × mobility type) the form's nomination would draw from. */
function cellOf(form: HTMLFormElement): PlaceCell | null {
  const value = (name: string) => control<HTMLSelectElement>(form, name)?.value ?? '';
  if (!value('mobilityType') || !value('nominee.role') || !value('direction')) return null;
  return placeCellFor({
    mobilityType: value('mobilityType') as NominationInput['mobilityType'],
    nominee: { role: value('nominee.role') } as NominationInput['nominee'],
    direction: value('direction') as NominationInput['direction'],
    academicYear: value('academicYear').trim(),
  });
}

const conditionsOf = (a: Agreement) => (Array.isArray(a.content?.cooperationConditions) ? a.content.cooperationConditions : []);

/** An agreement covers a cell's direction and type in some year (the year only counts for places). */
const covers = (a: Agreement, cell: PlaceCell) => conditionsOf(a).some((c: { sender?: string; type?: string }) => c.sender === cell.sender && c.type === cell.type);

/**
 * A year the form would accept, by the schema's own rule: "2027/2026" has the shape but not two
 * years in order, and places quoted for it would be for a year nobody can nominate for.
 */
const isAcademicYear = (year: string) => AcademicYearSchema.safeParse(year).success;

/**
 * Places left in the cell: the API's row; with no row (nothing taken and the year outside the
 * ones the office view lists) what the conditions plan; undefined while unknown.
 */
function placesLeft(a: Agreement, cell: PlaceCell): number | undefined {
  if (!isAcademicYear(cell.academicYear) || !places.has(a.id)) return undefined;
  const rows = places.get(a.id);
  if (!rows) return undefined;
  const row = rows.find((r) => r.academicYear === cell.academicYear && r.sender === cell.sender && r.type === cell.type);
  return row ? Math.max(0, row.left) : plannedPlaces(conditionsOf(a), cell);
}

function agreementText(a: Agreement, cell: PlaceCell | null): string {
  const agreement = a.content?.endDate
    ? t('form.agreementUntil', { reference: a.reference, kind: label(a.content?.kind), date: day(a.content.endDate) })
    : t('form.agreementOption', { reference: a.reference, kind: label(a.content?.kind) });
  const left = cell ? placesLeft(a, cell) : undefined;
  if (left === undefined) return agreement;
  const year = cell!.academicYear;
  return t('form.agreementPlaces', { agreement, places: left > 0 ? plural('form.placesLeft', left, { year }) : t('form.noPlacesLeft', { year }) });
}

/** What the agreement choice offers for the form as it is now. */
function offerOf(form: HTMLFormElement) {
  const partnerId = control<HTMLSelectElement>(form, 'partnerId')?.value ?? '';
  const cell = cellOf(form);
  const active = directory.agreements.filter((a) => a.status === 'active' && a.content?.partnerId === partnerId);
  return { partnerId, cell, active, offered: cell ? active.filter((a) => covers(a, cell)) : active };
}

const capitalised = (text: string) => text.charAt(0).toLocaleUpperCase() + text.slice(1);

/**
 * Why nothing is offered when the partner has agreements in force, none covering this mobility:
 * what each does cover, and the ways forward (the office amends one, or another partner), so that
 * the form is not a dead end.
 */
function uncovered(active: Agreement[]): string {
  const covered = active.map((a) => {
    const kinds = conditionsOf(a).map((c: { sender?: string; type?: string }) => t(c.sender === 'home' ? 'form.coversFromUs' : 'form.coversToUs', { type: label(c.type).toLocaleLowerCase() }));
    return t('form.agreementCovers', { reference: a.reference, list: kinds.length ? list(kinds) : t('form.coversNothing') });
  });
  return t('form.noCoveringAgreementWayForward', { agreements: covered.join('; ') });
}

/** The words under the agreement: why nothing is offered, or how many places the chosen one has left. */
function noteAgreement(form: HTMLFormElement): void {
  const note = form.querySelector<HTMLElement>('.agreement-note');
  if (!note) return;
  const { partnerId, cell, active, offered } = offerOf(form);
  const chosen = offered.find((a) => a.id === control<HTMLSelectElement>(form, 'agreementId')?.value);
  let text: (() => string) | undefined;
  let warn = false;
  if (partnerId && !offered.length) text = active.length ? () => uncovered(active) : () => t('form.noActiveAgreement');
  else if (chosen && cell && placesLeft(chosen, cell) === 0) {
    text = () => t('form.noPlacesWarning', { year: cell.academicYear, reference: chosen.reference });
    warn = true;
  } else if (chosen && cell && placesLeft(chosen, cell) !== undefined) {
    // Said under the picker too: a closed select on a phone cuts its option's end off.
    text = () => capitalised(plural('form.placesLeft', placesLeft(chosen, cell)!, { year: cell.academicYear }));
  }
  note.hidden = !text;
  note.classList.toggle('warn', warn);
  if (text) setText(note, text);
  else note.textContent = '';
}

/** The options worded again (places for another year, or just read) without rebuilding the list. */
function rewordAgreements(form: HTMLFormElement): void {
  const select = control<HTMLSelectElement>(form, 'agreementId');
  if (select) translatePage(select);
  noteAgreement(form);
}

/** Reads the places of the agreements offered, then words their options again. */
function loadPlaces(form: HTMLFormElement, offered: Agreement[]): void {
  const missing = offered.filter((a) => !places.has(a.id) && !placesLoading.has(a.id));
  if (!missing.length) return;
  for (const a of missing) placesLoading.add(a.id);
  void Promise.all(
    missing.map(async (a) => {
      try {
        const r = await api('GET /agreements/:id/places', { params: { id: a.id } });
        places.set(a.id, r.ok ? r.data : null);
      } catch {
        places.set(a.id, null);
      } finally {
        placesLoading.delete(a.id);
      }
    }),
  ).then(() => rewordAgreements(form));
}

/**
 * The nomination's agreement: only those in force with the chosen partner whose cooperation
 * conditions cover the direction and mobility type (for the nominee's role), each with the
 * places left in the chosen academic year. No places left is a warning, not a refusal: the
 * final approval is what takes a place, and the office may override. A choice still offered
 * stays chosen when the other fields change.
 */
export function fillAgreements(form: HTMLFormElement): void {
  const select = control<HTMLSelectElement>(form, 'agreementId');
  if (!select) return;
  const previous = select.value;
  const { partnerId, active, offered } = offerOf(form);
  const items = offered.map((a) => ({ value: a.id, text: () => agreementText(a, cellOf(form)) }));
  const placeholder = () =>
    t(!partnerId ? 'form.choosePartnerFirst' : items.length ? 'form.choose' : active.length ? 'form.noCoveringAgreement' : 'form.noActiveAgreement');
  options(select, items, placeholder, items.length === 1 ? items[0]!.value : undefined);
  if (items.some((i) => i.value === previous)) select.value = previous;
  noteAgreement(form);
  loadPlaces(form, offered);
}

function fillDepartments(form: HTMLFormElement): void {
  const select = control<HTMLSelectElement>(form, 'nominee.department');
  if (!select) return;
  const faculty = directory.faculties.find((f) => f.id === control<HTMLSelectElement>(form, 'nominee.faculty')?.value);
  const items = (faculty?.departments ?? []).map((d) => ({ value: d.id, text: () => localName(d)! }));
  options(select, items, () => t(faculty ? 'form.choose' : 'form.chooseFacultyFirst'), directory.me?.department);
}

function fillDirectorySelects(form: HTMLFormElement): void {
  // A partner proposed with a memorandum is not offered for nominations until the office has
  // checked it (it has no agreement in force to go under yet); a memorandum's form keeps it, so
  // that one sent back for changes still shows its partner.
  const offered = form.dataset.kind === 'nomination' ? directory.partners.filter((p) => !p.proposed) : directory.partners;
  const partnerItems = offered.map((p) => ({ value: p.id, text: () => partnerChoice(p) }));
  for (const s of form.querySelectorAll<HTMLSelectElement>('select.partners')) options(s, partnerItems, () => t('form.choose'), undefined, true);
  const facultyItems = directory.faculties.map((f) => ({ value: f.id, text: () => localName(f)! }));
  for (const s of form.querySelectorAll<HTMLSelectElement>('select.faculties')) options(s, facultyItems, () => t('form.choose'), directory.me?.faculty, true);
  fillDepartments(form);
  fillAgreements(form);
}

const openEnded = (form: HTMLFormElement) => form.querySelector<HTMLInputElement>('#m-open');

/** Back to an empty form, with the dependent selects and the open-ended box in step. */
export function resetForm(form: HTMLFormElement): void {
  form.reset();
  clearErrors(form);
  const end = control(form, 'endDate');
  if (end) end.disabled = false;
  clearConditions(form);
  fillDepartments(form);
  fillAgreements(form);
}

export type FormKind = 'nomination' | 'memorandum';

/**
 * A part of a form that few submissions need (a partner not yet registered, attachments), loaded
 * the first time a person asks for it so that the form page stays within its budget; once loaded,
 * it adds its own problems to the check, its fields to the body, its words for its schema's
 * messages, and may answer a reply from the server itself (true: handled).
 */
export type FormPart = {
  /** The schema the form is checked with while this part is on it (a proposed partner's, say). */
  schema?: { safeParse(body: unknown): { error?: { issues: { path: PropertyKey[]; message: string }[] } } };
  problems?(): FieldProblem[];
  read?(body: FormBody): void;
  word?(message: string): string | undefined;
  answered?(status: number, data: ApiRefusalBody): boolean;
  /** Told of the submission that was made; may answer, once its own work is over, whether all of it went. */
  submitted?(created: { id: string; reference: string }): void | Promise<boolean>;
};
export const formParts = new WeakMap<HTMLFormElement, FormPart>();

/** A fresh form of this kind, its selects filled from `directory`, its text in the current language. */
export function createForm(kind: FormKind): HTMLFormElement {
  const template = document.getElementById(`${kind}-form-template`) as HTMLTemplateElement;
  const form = template.content.firstElementChild!.cloneNode(true) as HTMLFormElement;
  form.dataset.kind = kind;
  translatePage(form);
  fillDirectorySelects(form);
  setUpConditions(form);
  // The agreements offered follow every field that decides the cell a nomination draws from.
  for (const name of ['partnerId', 'direction', 'mobilityType', 'nominee.role']) control(form, name)?.addEventListener('change', () => fillAgreements(form));
  // The year and the choice itself change only the figures and the note, not what is offered.
  control(form, 'academicYear')?.addEventListener('input', () => rewordAgreements(form));
  control(form, 'agreementId')?.addEventListener('change', () => noteAgreement(form));
  control(form, 'nominee.faculty')?.addEventListener('change', () => fillDepartments(form));
  openEnded(form)?.addEventListener('change', (e) => {
    const end = control(form, 'endDate')!;
    const open = (e.currentTarget as HTMLInputElement).checked;
    end.disabled = open;
    if (open) end.value = '';
  });
  return form;
}

// ---- reading and filling ----------------------------------------------------------------

type FormControl = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

/** Parts of the body this form does not show, kept from the content it was filled with. */
const kept = new WeakMap<HTMLFormElement, Record<string, unknown>>();

export const dataControls = (form: HTMLFormElement) =>
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
  formParts.get(form)?.read?.(body);
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
  const part = formParts.get(form);
  // A part may bring its own schema: a new memorandum proposing its partner (proposal.ts, loaded
  // when wanted, with the partner schema and the country list the form page otherwise goes without).
  const schema = part?.schema ?? (form.dataset.kind === 'nomination' ? NominationInputSchema : MemorandumInputSchema);
  const problems = new Map<string, FieldProblem>();
  for (const issue of schema.safeParse(body).error?.issues ?? []) {
    const path = issue.path.map(String).join('.');
    if (problems.has(path)) continue;
    const target = controlFor(form, path);
    const choice = target?.tagName === 'SELECT' || target?.tagName === 'FIELDSET';
    const empty = isEmpty(at(body, path));
    problems.set(path, { path, message: () => (!empty && part?.word?.(issue.message)) || issueMessage(issue as Parameters<typeof issueMessage>[0], lang(), { choice, empty }) });
  }
  return [...problems.values(), ...(part?.problems?.() ?? [])];
}

/**
 * The server's field errors, worded in the current language: the schema's check of the same
 * body words a field the schema also refuses; the API's own checks (a partner that does not
 * exist, an agreement with another partner) are translated by their text.
 */
function serverProblems(form: HTMLFormElement, fields: { path: string; message: string }[]): FieldProblem[] {
  const local = new Map(validate(form).map((p) => [p.path, p]));
  return fields.map((f) => local.get(f.path) ?? { path: f.path, message: () => fieldMessage(f.message, lang()) });
}

// ---- sending ----------------------------------------------------------------------------

/** What sending a form answered: api.ts's answer, whatever the route. */
type Sent<T> = { ok: true; status: number; data: T } | { ok: false; status: number; data: ApiRefusalBody };

/**
 * Sends the form with `send` (an `api()` call, given the body once the form's schema accepted it)
 * and reports in the form's own message box. Success (201 for a new submission, 200 for a
 * resubmission) hands the answer to `onSuccess`; a 400 puts the field errors next to their
 * fields; a 409 (wrong state) says so.
 */
export async function sendForm<T>(form: HTMLFormElement, { send, onSuccess }: { send: (body: FormBody) => Promise<Sent<T>>; onSuccess: (data: T) => Promise<void> | void }): Promise<void> {
  const box = form.querySelector<HTMLElement>('.message')!;
  const button = form.querySelector<HTMLButtonElement>('button[type=submit]')!;
  say(box);
  const problems = validate(form);
  if (problems.length) return showErrors(form, () => t('form.needAttention'), problems);
  clearErrors(form);
  button.disabled = true;
  say(box, () => t('form.submitting'));
  try {
    const answer = await send(readForm(form));
    if (answer.ok) {
      say(box);
      await onSuccess(answer.data);
      return;
    }
    const { status, data } = answer;
    if (formParts.get(form)?.answered?.(status, data)) {
      // The part said what the answer means for it (a proposed partner already registered).
    } else if (status === 400) {
      showErrors(form, () => t('form.checkForm'), serverProblems(form, Array.isArray(data.fields) ? data.fields : []));
      say(box, () => t('form.seeAbove'), 'error');
    } else if (status === 401) {
      say(box, () => t('form.sessionEnded'), 'error');
      signInLink(box, true);
    } else if (status === 409) {
      say(box, () => `${t('form.wrongState')}${data.status ? ` ${t('common.itIsNow', { status: label(data.status) })}` : ''}`, 'warn');
    } else {
      say(box, () => `${t('form.notSubmitted', { status: String(status) })}${requestIdOf(data)}`, 'error');
    }
  } catch {
    say(box, () => t('common.offline'), 'error');
  } finally {
    button.disabled = false;
  }
}
