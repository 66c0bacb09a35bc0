/**
 * The nomination and memorandum forms, shared by the home page (a new submission, POST) and the
 * edit page (a resubmission after changes were requested, PUT): built from the <template>s in
 * index.html, filled from stored content, read back into the JSON the API takes, and told which
 * fields the server refused.
 *
 * A control's `name` is its path in the JSON body (`nominee.email`), so reading, filling and
 * placing the server's field errors all follow the markup; a new field needs no new code here.
 */
import { call, say, signInLink } from './api.js';
import { el, label } from './present.js';

/** What the forms choose from; the agreements are the ones the signed-in person may see. */
export const directory = { me: null, partners: [], faculties: [], agreements: [] };

const listOf = (r) => (r.status === 200 && Array.isArray(r.data) ? r.data : []);

export async function loadDirectory() {
  const [partners, faculties] = await Promise.all([call('GET', '/api/partners'), call('GET', '/api/faculties')]);
  directory.partners = listOf(partners);
  directory.faculties = listOf(faculties);
  return partners.status === 200 && faculties.status === 200;
}

export async function loadAgreements() {
  const r = await call('GET', '/api/agreements');
  directory.agreements = listOf(r);
  return r.status === 200;
}

export const partnerOf = (id) => directory.partners.find((p) => p.id === id);

function options(select, items, placeholder, selected) {
  const list = [Object.assign(el('option', placeholder), { value: '' })];
  for (const item of items) list.push(Object.assign(el('option', item.text), { value: item.value }));
  // defaultSelected, so that form.reset() returns to the signed-in person's own faculty.
  for (const o of list) if (selected && o.value === selected) o.defaultSelected = true;
  select.replaceChildren(...list);
}

const control = (form, name) => form.elements.namedItem(name);

// ---- directory-driven selects -----------------------------------------------------------

/** The nomination's agreement: only those in force with the chosen partner. */
export function fillAgreements(form) {
  const select = control(form, 'agreementId');
  if (!select) return;
  const partnerId = control(form, 'partnerId').value;
  const active = directory.agreements.filter((a) => a.status === 'active' && a.content?.partnerId === partnerId);
  const items = active.map((a) => ({
    value: a.id,
    text: `${a.reference} — ${label(a.content.kind)}${a.content.endDate ? `, until ${a.content.endDate}` : ''}`,
  }));
  const placeholder = !partnerId ? 'Choose a partner first' : items.length ? 'Choose…' : 'No active agreement with this partner';
  options(select, items, placeholder, items.length === 1 ? items[0].value : undefined);
}

function fillDepartments(form) {
  const select = control(form, 'nominee.department');
  if (!select) return;
  const faculty = directory.faculties.find((f) => f.id === control(form, 'nominee.faculty').value);
  const items = (faculty?.departments ?? []).map((d) => ({ value: d.id, text: d.name }));
  options(select, items, faculty ? 'Choose…' : 'Choose a faculty first', directory.me?.department);
}

function fillDirectorySelects(form) {
  const partnerItems = directory.partners.map((p) => ({ value: p.id, text: p.country ? `${p.name} (${p.country})` : p.name }));
  for (const s of form.querySelectorAll('select.partners')) options(s, partnerItems, 'Choose…');
  const facultyItems = directory.faculties.map((f) => ({ value: f.id, text: f.name }));
  for (const s of form.querySelectorAll('select.faculties')) options(s, facultyItems, 'Choose…', directory.me?.faculty);
  fillDepartments(form);
  fillAgreements(form);
}

const openEnded = (form) => form.querySelector('#m-open');

/** Back to an empty form, with the dependent selects and the open-ended box in step. */
export function resetForm(form) {
  form.reset();
  const end = control(form, 'endDate');
  if (end) end.disabled = false;
  fillDepartments(form);
  fillAgreements(form);
}

/** A fresh form of this kind (`nomination` or `memorandum`), its selects filled from `directory`. */
export function createForm(kind) {
  const form = document.getElementById(`${kind}-form-template`).content.firstElementChild.cloneNode(true);
  fillDirectorySelects(form);
  control(form, 'partnerId').addEventListener('change', () => fillAgreements(form));
  control(form, 'nominee.faculty')?.addEventListener('change', () => fillDepartments(form));
  openEnded(form)?.addEventListener('change', (e) => {
    const end = control(form, 'endDate');
    end.disabled = e.currentTarget.checked;
    if (e.currentTarget.checked) end.value = '';
  });
  return form;
}

// ---- reading and filling ----------------------------------------------------------------

/** Parts of the body this form does not show, kept from the content it was filled with. */
const kept = new WeakMap();
/** What the form sends for the parts it does not show when nothing was kept. */
const HIDDEN_DEFAULTS = {
  // Cooperation conditions (EWP IIA specs) are edited in the full front end; none yet here.
  'memorandum-form': { cooperationConditions: [] },
};

const dataControls = (form) => [...form.elements].filter((c) => c.name && c.type !== 'submit');

/** The JSON body from named controls; a dotted name (`nominee.email`) is a nested path. */
export function readForm(form) {
  const body = { ...HIDDEN_DEFAULTS[form.id], ...kept.get(form) };
  for (const c of dataControls(form)) {
    if (c.disabled) continue;
    if (c.type === 'checkbox') {
      body[c.name] ??= [];
      if (c.checked) body[c.name].push(c.value);
      continue;
    }
    let value = c.value;
    if (c.type !== 'textarea' && typeof value === 'string') value = value.trim();
    const keys = c.name.split('.');
    let target = body;
    for (const k of keys.slice(0, -1)) target = target[k] ??= {};
    target[keys.at(-1)] = value;
  }
  if (openEnded(form)?.checked) body.endDate = null;
  return body;
}

const at = (content, path) => path.split('.').reduce((v, k) => (v && typeof v === 'object' ? v[k] : undefined), content);

/**
 * Puts stored content back into the form. Controls are set in document order and each one
 * announces its change, so a partner is chosen before its agreements are listed and a faculty
 * before its departments, exactly as when a person fills the form in.
 */
export function fillForm(form, content) {
  const shown = new Set(dataControls(form).map((c) => c.name.split('.')[0]));
  kept.set(form, Object.fromEntries(Object.entries(content).filter(([k]) => !shown.has(k))));
  const open = openEnded(form);
  if (open) {
    open.checked = content.endDate === null;
    open.dispatchEvent(new Event('change'));
  }
  for (const c of dataControls(form)) {
    const value = at(content, c.name);
    if (c.type === 'checkbox') c.checked = Array.isArray(value) && value.includes(c.value);
    else if (!c.disabled) c.value = value === undefined || value === null ? '' : String(value);
    c.dispatchEvent(new Event('change'));
  }
}

// ---- field errors -----------------------------------------------------------------------

/** The control (or group) a server path like `nominee.email` or `scope.0` belongs to. */
function controlFor(form, path) {
  for (let p = path; p; p = p.includes('.') ? p.slice(0, p.lastIndexOf('.')) : '') {
    const group = form.querySelector(`[data-field="${CSS.escape(p)}"]`);
    if (group) return group;
    const named = form.elements.namedItem(p);
    if (named) return named instanceof RadioNodeList ? named[0] : named;
  }
  return null;
}

function captionOf(form, target, path) {
  const source = target.tagName === 'FIELDSET' ? target.querySelector('legend') : form.querySelector(`label[for="${target.id}"]`);
  return source?.firstChild?.textContent.trim() || path;
}

export function clearErrors(form) {
  form.querySelector('.errors').replaceChildren();
  for (const e of form.querySelectorAll('.field-error')) e.remove();
  for (const c of form.querySelectorAll('[aria-invalid]')) {
    c.removeAttribute('aria-invalid');
    c.removeAttribute('aria-describedby');
  }
}

/** Each message next to its field and, as links to those fields, in a summary at the top. */
export function showErrors(form, message, fields) {
  clearErrors(form);
  const summary = el('div', undefined, 'error-summary');
  summary.tabIndex = -1;
  summary.append(el('h3', message || 'Please check the form'));
  const ul = el('ul');
  fields.forEach((f, i) => {
    const target = controlFor(form, f.path);
    const li = el('li');
    if (!target) {
      li.textContent = f.path ? `${f.path}: ${f.message}` : f.message;
    } else {
      const p = el('p', f.message, 'field-error');
      p.id = `${form.id}-error-${i}`;
      (target.tagName === 'FIELDSET' ? target : target.closest('.field') ?? target.parentElement).append(p);
      const input = target.tagName === 'FIELDSET' ? target.querySelector('input') : target;
      input.setAttribute('aria-invalid', 'true');
      input.setAttribute('aria-describedby', p.id);
      const a = el('a', `${captionOf(form, target, f.path)}: ${f.message}`);
      a.href = `#${input.id || ''}`;
      a.addEventListener('click', (e) => { e.preventDefault(); input.focus(); });
      li.append(a);
    }
    ul.append(li);
  });
  summary.append(ul);
  form.querySelector('.errors').append(summary);
  summary.focus();
}

/** Catches what needs no server round trip; the server checks everything again. */
function missing(form) {
  const fields = [];
  for (const c of form.querySelectorAll('[required]')) {
    if (!c.disabled && !c.value.trim()) fields.push({ path: c.name, message: c.tagName === 'SELECT' ? 'Choose one' : 'Fill this in' });
  }
  const scope = form.querySelector('[data-field=scope]');
  if (scope && !scope.querySelector('input:checked')) fields.push({ path: 'scope', message: 'Choose at least one' });
  return fields;
}

// ---- sending ----------------------------------------------------------------------------

/**
 * Sends the form as `method path` and reports in the form's own message box. `okStatus` (201 for
 * a new submission, 200 for a resubmission) hands the answer to `onSuccess`; a 400 puts the
 * field errors next to their fields; a 409 (wrong state) shows the server's message.
 */
export async function sendForm(form, { method, path, okStatus, onSuccess }) {
  const box = form.querySelector('.message');
  const button = form.querySelector('button[type=submit]');
  say(box, '');
  const local = missing(form);
  if (local.length) return showErrors(form, 'Some fields need your attention', local);
  clearErrors(form);
  button.disabled = true;
  say(box, 'Submitting…');
  try {
    const { status, data } = await call(method, path, readForm(form));
    if (status === okStatus) {
      say(box, '');
      await onSuccess(data);
    } else if (status === 400) {
      showErrors(form, data.message, Array.isArray(data.fields) ? data.fields : []);
      say(box, 'Not submitted: see the messages above.', 'error');
    } else if (status === 401) {
      say(box, 'Your session has ended. Sign in again (in a new tab to keep what you typed).', 'error');
      signInLink(box, true);
    } else if (status === 409) {
      say(box, `Not submitted: ${data.message || 'this item is no longer in a state that can be changed.'}${data.status ? ` (It is now: ${label(data.status)}.)` : ''}`, 'warn');
    } else {
      say(box, `${data.message || `Not submitted (${status}).`}${data.requestId ? ` Request id: ${data.requestId}` : ''}`, 'error');
    }
  } catch {
    say(box, 'Could not reach the server. Check your connection and try again.', 'error');
  } finally {
    button.disabled = false;
  }
}
