/**
 * The signed-in home: who I am, my nominations, the agreements I can see, and two forms to
 * nominate someone for an exchange or propose a memorandum. (The full front end comes later.)
 *
 * Why it never acts on load: loading only reads (`GET /api/me`, lists, directory data); every
 * change is a POST sent when a person presses a button, so a link preview, a prefetch or a
 * mail scanner opening this page changes nothing.
 */

const $ = (id) => document.getElementById(id);
const state = { me: null, partners: [], faculties: [], agreements: [] };

function el(tag, text, cls) {
  const node = Object.assign(document.createElement(tag), cls ? { className: cls } : {});
  if (text !== undefined) node.textContent = text;
  return node;
}

function say(box, text, tone = '') { box.className = `message ${tone}`.trim(); box.textContent = text; }

async function call(method, path, body) {
  const init = { method, credentials: 'same-origin', headers: { accept: 'application/json' } };
  if (body !== undefined) Object.assign(init, { headers: { ...init.headers, 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const res = await fetch(path, init);
  return { status: res.status, data: await res.json().catch(() => ({})) };
}

const words = (v) => String(v ?? '').replaceAll('_', ' ');
const optionText = (select, value) => [...select.options].find((o) => o.value === value)?.textContent ?? words(value);
const partnerName = (id) => state.partners.find((p) => p.id === id)?.name ?? id;

function options(select, items, placeholder, selected) {
  const list = [Object.assign(el('option', placeholder), { value: '' })];
  for (const item of items) list.push(Object.assign(el('option', item.text), { value: item.value }));
  // defaultSelected, so that form.reset() returns to the signed-in person's own faculty.
  for (const o of list) if (selected && o.value === selected) o.defaultSelected = true;
  select.replaceChildren(...list);
}

// ---- lists ------------------------------------------------------------------------------

function renderList(ul, items, describe) {
  ul.replaceChildren();
  if (!items.length) ul.append(el('li', 'None yet.', 'muted'));
  for (const item of items) {
    const li = el('li');
    li.append(el('strong', item.reference), ' ', el('span', words(item.status), 'badge'), el('div', describe(item), 'muted'));
    ul.append(li);
  }
}

async function loadLists() {
  const [nominations, agreements] = await Promise.all([call('GET', '/api/nominations'), call('GET', '/api/agreements')]);
  const list = (r) => (r.status === 200 && Array.isArray(r.data) ? r.data : []);
  state.agreements = list(agreements);
  renderList($('nominations'), list(nominations), (n) => `${n.content?.nominee?.name ?? ''} — ${partnerName(n.content?.partnerId)}`);
  const kinds = $('m-kind');
  renderList($('agreements'), state.agreements, (a) => `${optionText(kinds, a.content?.kind)} — ${partnerName(a.content?.partnerId)}`);
  fillAgreements();
  if (nominations.status !== 200 || agreements.status !== 200) say($('message'), 'Some lists could not be loaded. Reload the page to try again.', 'error');
}

// ---- directory-driven selects -----------------------------------------------------------

function fillAgreements() {
  const partnerId = $('n-partner').value;
  const active = state.agreements.filter((a) => a.status === 'active' && a.content?.partnerId === partnerId);
  const items = active.map((a) => ({
    value: a.id,
    text: `${a.reference} — ${optionText($('m-kind'), a.content.kind)}${a.content.endDate ? `, until ${a.content.endDate}` : ''}`,
  }));
  const placeholder = !partnerId ? 'Choose a partner first' : items.length ? 'Choose…' : 'No active agreement with this partner';
  options($('n-agreement'), items, placeholder, items.length === 1 ? items[0].value : undefined);
}

function fillDepartments() {
  const faculty = state.faculties.find((f) => f.id === $('n-faculty').value);
  const items = (faculty?.departments ?? []).map((d) => ({ value: d.id, text: d.name }));
  options($('n-department'), items, faculty ? 'Choose…' : 'Choose a faculty first', state.me?.department);
}

async function loadDirectory() {
  const [partners, faculties] = await Promise.all([call('GET', '/api/partners'), call('GET', '/api/faculties')]);
  state.partners = partners.status === 200 && Array.isArray(partners.data) ? partners.data : [];
  state.faculties = faculties.status === 200 && Array.isArray(faculties.data) ? faculties.data : [];
  const partnerItems = state.partners.map((p) => ({ value: p.id, text: p.country ? `${p.name} (${p.country})` : p.name }));
  for (const s of document.querySelectorAll('select.partners')) options(s, partnerItems, 'Choose…');
  const facultyItems = state.faculties.map((f) => ({ value: f.id, text: f.name }));
  for (const s of document.querySelectorAll('select.faculties')) options(s, facultyItems, 'Choose…', state.me?.faculty);
  fillDepartments();
}

// ---- forms ------------------------------------------------------------------------------

/** Builds the JSON body from named controls; a dotted name (`nominee.email`) is a nested path. */
function formBody(form) {
  const body = {};
  for (const c of form.elements) {
    if (!c.name || c.disabled || c.type === 'submit') continue;
    let value = c.value;
    if (c.type === 'checkbox') {
      body[c.name] ??= [];
      if (c.checked) body[c.name].push(c.value);
      continue;
    }
    if (c.type !== 'textarea' && typeof value === 'string') value = value.trim();
    const keys = c.name.split('.');
    let target = body;
    for (const k of keys.slice(0, -1)) target = target[k] ??= {};
    target[keys.at(-1)] = value;
  }
  return body;
}

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

function captionOf(form, control, path) {
  const source = control.tagName === 'FIELDSET' ? control.querySelector('legend') : form.querySelector(`label[for="${control.id}"]`);
  return source?.firstChild?.textContent.trim() || path;
}

function clearErrors(form) {
  form.querySelector('.errors').replaceChildren();
  for (const e of form.querySelectorAll('.field-error')) e.remove();
  for (const c of form.querySelectorAll('[aria-invalid]')) {
    c.removeAttribute('aria-invalid');
    c.removeAttribute('aria-describedby');
  }
}

/** Each message next to its field and, as links to those fields, in a summary at the top. */
function showErrors(form, message, fields) {
  clearErrors(form);
  const summary = el('div', undefined, 'error-summary');
  summary.tabIndex = -1;
  summary.append(el('h3', message || 'Please check the form'));
  const ul = el('ul');
  fields.forEach((f, i) => {
    const control = controlFor(form, f.path);
    const li = el('li');
    if (!control) {
      li.textContent = f.path ? `${f.path}: ${f.message}` : f.message;
    } else {
      const p = el('p', f.message, 'field-error');
      p.id = `${form.id}-error-${i}`;
      (control.tagName === 'FIELDSET' ? control : control.closest('.field') ?? control.parentElement).append(p);
      const input = control.tagName === 'FIELDSET' ? control.querySelector('input') : control;
      input.setAttribute('aria-invalid', 'true');
      input.setAttribute('aria-describedby', p.id);
      const a = el('a', `${captionOf(form, control, f.path)}: ${f.message}`);
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

async function submit(form, path, extra) {
  const box = form.querySelector('.message');
  const button = form.querySelector('button[type=submit]');
  say(box, '');
  const local = missing(form);
  if (local.length) return showErrors(form, 'Some fields need your attention', local);
  clearErrors(form);
  button.disabled = true;
  say(box, 'Submitting…');
  try {
    const { status, data } = await call('POST', path, { ...formBody(form), ...extra() });
    if (status === 201) {
      form.reset();
      say(box, `Submitted as ${data.reference}.`, 'ok');
      $('m-end').disabled = false;
      fillDepartments();
      await loadLists();
    } else if (status === 400) {
      showErrors(form, data.message, Array.isArray(data.fields) ? data.fields : []);
      say(box, 'Not submitted: see the messages above.', 'error');
    } else if (status === 401) {
      say(box, 'Your session has ended. Sign in again (in a new tab to keep what you typed).', 'error');
      box.append(' ', Object.assign(el('a', 'Sign in'), { href: '/signin', target: '_blank' }));
    } else {
      say(box, `${data.message || `Not submitted (${status}).`}${data.requestId ? ` Request id: ${data.requestId}` : ''}`, 'error');
    }
  } catch {
    say(box, 'Could not reach the server. Check your connection and try again.', 'error');
  } finally {
    button.disabled = false;
  }
}

// ---- start ------------------------------------------------------------------------------

function roleText(r) {
  if (typeof r === 'string') return words(r);
  const s = r.scope ?? {};
  const where = s.type === 'university' || !s.type ? 'university' : [words(s.type), s.faculty, s.department].filter(Boolean).join(' ');
  return `${words(r.role)} (${where})`;
}

async function start() {
  const message = $('message');
  let me;
  try {
    me = await call('GET', '/api/me');
  } catch {
    return say(message, 'Could not reach the server. Check your connection and reload.', 'error');
  }
  if (me.status === 401) {
    say(message, 'You are not signed in. ', 'warn');
    message.append(Object.assign(el('a', 'Sign in'), { href: '/signin' }));
    return;
  }
  if (me.status !== 200) return say(message, me.data.message || `Something went wrong (${me.status}).`, 'error');
  state.me = me.data;
  $('greeting').textContent = `Hello, ${me.data.name}`;
  const roles = Array.isArray(me.data.roles) ? me.data.roles.map(roleText) : [];
  $('roles').textContent = `${me.data.email}${roles.length ? ` · Roles: ${roles.join(', ')}` : ''}`;
  $('signout').hidden = false;
  $('home').hidden = false;
  try {
    await loadDirectory();
    await loadLists();
  } catch {
    say(message, 'Could not load everything. Reload the page to try again.', 'error');
  }
}

$('signout').addEventListener('click', async (e) => {
  e.currentTarget.disabled = true;
  try { await call('POST', '/api/auth/signout', {}); } catch { /* the cookie may still be cleared later */ }
  location.assign('/signin');
});

$('n-partner').addEventListener('change', fillAgreements);
$('n-faculty').addEventListener('change', fillDepartments);
$('m-open').addEventListener('change', (e) => {
  $('m-end').disabled = e.currentTarget.checked;
  if (e.currentTarget.checked) $('m-end').value = '';
});

$('nomination-form').addEventListener('submit', (e) => {
  e.preventDefault();
  submit(e.currentTarget, '/api/nominations', () => ({}));
});
$('memorandum-form').addEventListener('submit', (e) => {
  e.preventDefault();
  // Cooperation conditions (EWP IIA specs) are edited in the full front end; none yet here.
  submit(e.currentTarget, '/api/agreements', () => ({ cooperationConditions: [], ...($('m-open').checked ? { endDate: null } : {}) }));
});

start();
