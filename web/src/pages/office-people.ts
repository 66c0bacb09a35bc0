/**
 * The office console's people and roles (/office/people): everyone in the directory with their
 * faculty, department and roles, searchable by name or address and filtered by role (both in the
 * address, replaced, not pushed). Admins add a person and edit one (`?edit=<email>` opens the
 * edit); the international office reads the page without a single edit control, and the API
 * refuses their writes anyway.
 *
 * Each role applies in one place: the university, a faculty, or a department of a faculty. A
 * role's row offers the place that fits the role first (a head of department → a department, a
 * dean → a faculty, the rest → the university) but allows any, save for the roles held only for
 * the whole university (administrator, international office, legal, vice-rector, rector), which
 * are offered there alone, as the server accepts them. The controls' names are the
 * paths of the API's body (`roles.0.scope.faculty`), so the schema's and the server's field
 * errors land on the right row's field.
 *
 * The server's refusals each say what to do next: an address already in the directory offers its
 * person's edit; an edit of an older version (someone else saved meanwhile) loads the current one
 * into the form; an edit that would leave the university without an administrator says so.
 */
import { isUniversityRole, PersonInputSchema, PersonUpdateSchema, RoleNameSchema, type RoleName } from '../../../shared/schemas/directory';
import type { ApiBody } from '../../../shared/api-contract';
import { api } from '../api';
import type { Faculty, PersonRecord } from '../api-types';
import { byId, el, listOf, requestIdOf, say, signInLink } from '../dom';
import { addMessages, displayName, label, localName, LANGUAGES, onLanguageChange, setText, t, translatePage } from '../i18n';
import { schemaProblems, serverProblems, type Worded } from '../field-words';
import { ADMIN_MESSAGES } from '../i18n/admin-messages';
import { allRead, cell, clearFieldErrors, fold, noneRow, options, showFieldErrors, startOfficePage } from '../office';

type ScopeType = 'university' | 'faculty' | 'department';
type DirectoryPerson = PersonRecord;
type PersonRole = DirectoryPerson['roles'][number];
type Scope = PersonRole['scope'];

const PAGE = '/office/people';
const ROLES = RoleNameSchema.options;
const SCOPE_TYPES: ScopeType[] = ['university', 'faculty', 'department'];
/** The place each role is usually given at; offered first, chosen when the role is chosen. */
const fittingScope = (role: string): ScopeType => (role === 'head_of_department' ? 'department' : role === 'dean' ? 'faculty' : 'university');

let people: DirectoryPerson[] = [];
let faculties: Faculty[] = [];
/** The person the form edits, as last read (its version is what the edit is based on); null when adding. */
let editing: DirectoryPerson | null = null;
let canEdit = false;

const form = () => byId<HTMLFormElement>('person-form');
const formBox = () => form().querySelector<HTMLElement>('.message')!;
const select = (id: string) => byId<HTMLSelectElement>(id);

// ---- names of places ----------------------------------------------------------------------

const facultyOf = (id: string | undefined) => faculties.find((f) => f.id === id);
const facultyName = (id: string | undefined) => localName(facultyOf(id)) ?? id ?? '';
const departmentName = (faculty: string | undefined, id: string | undefined) => localName(facultyOf(faculty)?.departments?.find((d) => d.id === id)) ?? id ?? '';

function placeName(scope: Scope): string {
  if (scope.type === 'faculty') return facultyName(scope.faculty);
  if (scope.type === 'department') return `${facultyName(scope.faculty)} / ${departmentName(scope.faculty, scope.department)}`;
  return t('people.wholeUniversity');
}

const roleText = (r: PersonRole) => t('people.roleIn', { role: label(r.role), place: placeName(r.scope) });

const facultyItems = () => faculties.map((f) => ({ value: f.id, text: () => localName(f)! }));
const departmentItems = (faculty: string) => (facultyOf(faculty)?.departments ?? []).map((d) => ({ value: d.id, text: () => localName(d)! }));

// ---- the list ---------------------------------------------------------------------------

function matches(p: DirectoryPerson, search: string, role: string): boolean {
  if (role && !p.roles.some((r) => r.role === role)) return false;
  return !search || fold(`${p.name} ${p.email}`).includes(search);
}

function render(): void {
  const search = fold(byId<HTMLInputElement>('search').value.trim());
  const role = select('role-filter').value;
  const shown = people.filter((p) => matches(p, search, role));
  const body = byId('people-body');
  body.replaceChildren();
  for (const p of shown) {
    const tr = el('tr');
    const name = el('th', p.name);
    name.scope = 'row';
    const roles = el('ul', undefined, 'plain');
    for (const r of p.roles) roles.append(el('li', roleText(r)));
    if (!p.roles.length) roles.append(el('li', t('people.noRole'), 'muted'));
    const where = p.department ? `${facultyName(p.faculty)} / ${departmentName(p.faculty, p.department)}` : facultyName(p.faculty);
    tr.append(name, cell(p.email, 'email'), cell(p.language ? displayName('language', p.language) : ''), cell(where), cell(roles, 'roles'));
    if (canEdit) {
      const edit = el('button', t('people.edit', { name: p.name }), 'link');
      edit.type = 'button';
      edit.dataset.email = p.email;
      edit.addEventListener('click', () => openEdit(p));
      tr.append(cell(edit, 'actions-cell'));
    }
    body.append(tr);
  }
  if (!shown.length) noneRow(body, t('people.noneFound'), canEdit ? 6 : 5);
  byId('count').textContent = t('people.count', { n: shown.length, total: people.length });
}

function fillRoleFilter(): void {
  options(
    select('role-filter'),
    ROLES.map((r) => ({ value: r, text: () => label(r) })),
    () => t('people.anyRole'),
  );
}

/** The search, the role filter and the person being edited, in the address (replaced, not pushed). */
function rememberState(): void {
  const params = new URLSearchParams();
  const q = byId<HTMLInputElement>('search').value.trim();
  if (q) params.set('q', q);
  if (select('role-filter').value) params.set('role', select('role-filter').value);
  if (editing) params.set('edit', editing.email);
  const query = params.toString();
  history.replaceState(null, '', query ? `${PAGE}?${query}` : PAGE);
}

async function load(): Promise<void> {
  const [list, facultyList] = await Promise.all([api('GET /people'), api('GET /faculties')]);
  people = listOf(list).sort((a, b) => fold(a.name).localeCompare(fold(b.name)));
  faculties = listOf(facultyList);
  allRead('people.loadFailed', list, facultyList);
  render();
}

// ---- one role's row -----------------------------------------------------------------------

const rowsOf = () => [...form().querySelectorAll<HTMLElement>('.role-row')];
const part = (row: HTMLElement, key: string) => row.querySelector<HTMLSelectElement>(`[data-part="${key}"]`)!;

/** The place choices, the one that fits the role first; the whole university alone for a university role. */
function fillScopeTypes(row: HTMLElement): void {
  const role = part(row, 'role').value;
  const first = fittingScope(role);
  const ordered = RoleNameSchema.safeParse(role).success && isUniversityRole(role as RoleName) ? [first] : [first, ...SCOPE_TYPES.filter((s) => s !== first)];
  options(
    part(row, 'scope.type'),
    ordered.map((s) => ({ value: s, text: () => t(`people.scope.${s}` as const) })),
  );
}

/** Shows the faculty and department choices the place needs; the departments are the chosen faculty's. */
function showScopeParts(row: HTMLElement): void {
  const type = part(row, 'scope.type').value as ScopeType;
  const faculty = part(row, 'scope.faculty');
  const department = part(row, 'scope.department');
  faculty.closest<HTMLElement>('.field')!.hidden = type === 'university';
  department.closest<HTMLElement>('.field')!.hidden = type !== 'department';
  options(department, departmentItems(faculty.value), () => t(faculty.value ? 'form.choose' : 'form.chooseFacultyFirst'));
}

/** Row `n` (1-based) in every id, name, caption and button of the row. */
function numberRows(): void {
  rowsOf().forEach((row, i) => {
    const n = i + 1;
    row.dataset.n = String(n);
    for (const c of row.querySelectorAll<HTMLSelectElement>('[data-part]')) {
      c.name = `roles.${i}.${c.dataset.part}`;
      c.id = `role-${n}-${c.dataset.part!.replace(/\W/g, '-')}`;
      const l = row.querySelector<HTMLLabelElement>(`label[data-for="${c.dataset.part}"]`);
      if (l) l.htmlFor = c.id;
    }
    translatePage(row);
  });
  form().querySelector<HTMLElement>('.no-roles')!.hidden = rowsOf().length > 0;
}

function rowField(key: string, caption: () => string): HTMLElement {
  const box = el('div', undefined, 'field');
  const l = el('label');
  l.dataset.for = key;
  setText(l, caption);
  const s = el('select');
  s.dataset.part = key;
  box.append(l, s);
  return box;
}

function addRoleRow(r?: PersonRole): HTMLElement {
  const row = el('li', undefined, 'role-row');
  const group = el('fieldset');
  const legend = el('legend');
  setText(legend, () => t('people.roleN', { n: row.dataset.n ?? '' }));
  const grid = el('div', undefined, 'role-grid');
  grid.append(
    rowField('role', () => t('people.role')),
    rowField('scope.type', () => t('people.appliesTo')),
    rowField('scope.faculty', () => t('form.faculty')),
    rowField('scope.department', () => t('form.department')),
  );
  const remove = el('button', undefined, 'secondary remove');
  remove.type = 'button';
  setText(remove, () => t('people.removeRole', { n: row.dataset.n ?? '' }));
  group.append(legend, grid, remove);
  row.append(group);
  form().querySelector('.role-list')!.append(row);

  options(
    part(row, 'role'),
    ROLES.map((x) => ({ value: x, text: () => label(x) })),
    () => t('form.choose'),
  );
  options(part(row, 'scope.faculty'), facultyItems(), () => t('form.choose'));
  part(row, 'role').value = r?.role ?? '';
  fillScopeTypes(row);
  part(row, 'scope.type').value = r?.scope.type ?? fittingScope(part(row, 'role').value);
  // A university role recorded for one faculty before that was refused: shown, and saved, as the university's.
  if (!part(row, 'scope.type').value) part(row, 'scope.type').value = fittingScope(part(row, 'role').value);
  const scope = r?.scope;
  // A new role's place starts at the person's own faculty and department, the likeliest choice.
  part(row, 'scope.faculty').value = scope && scope.type !== 'university' ? scope.faculty : select('faculty').value;
  showScopeParts(row);
  part(row, 'scope.department').value = scope?.type === 'department' ? scope.department : select('department').value;

  part(row, 'role').addEventListener('change', () => {
    fillScopeTypes(row);
    part(row, 'scope.type').value = fittingScope(part(row, 'role').value);
    showScopeParts(row);
  });
  part(row, 'scope.type').addEventListener('change', () => showScopeParts(row));
  part(row, 'scope.faculty').addEventListener('change', () => showScopeParts(row));
  remove.addEventListener('click', () => {
    const rows = rowsOf();
    const at = rows.indexOf(row);
    row.remove();
    numberRows();
    // The focus goes to the row that took its place, or the one before, or to "add a role".
    const next = rowsOf()[Math.min(at, rows.length - 2)];
    (next ? part(next, 'role') : byId('add-role')).focus();
  });
  numberRows();
  return row;
}

function clearRoleRows(): void {
  for (const row of rowsOf()) row.remove();
  numberRows();
}

// ---- the form: add or edit --------------------------------------------------------------

function fillDepartments(): void {
  const faculty = select('faculty').value;
  options(select('department'), departmentItems(faculty), () => t(faculty ? 'people.noDepartment' : 'form.chooseFacultyFirst'));
}

function fillFormChoices(): void {
  options(
    select('person-language'),
    LANGUAGES.map((code) => ({ value: code, text: () => `${displayName('language', code)} (${code})` })),
  );
  options(select('faculty'), facultyItems(), () => t('people.noFaculty'));
  fillDepartments();
}

/** The heading, the address field and the buttons for adding or for editing `editing`. */
function showMode(): void {
  const heading = byId('person-heading');
  const who = editing;
  setText(heading, () => (who ? t('people.editHeading', { name: who.name }) : t('people.add')));
  byId('email-field').hidden = !!who;
  byId<HTMLInputElement>('email').disabled = !!who;
  const note = byId('editing-email');
  note.hidden = !who;
  if (who) setText(note, () => t('people.editingEmail', { email: who.email }));
  setText(byId('person-save'), () => t(who ? 'people.saveEdit' : 'people.saveNew'));
  byId('person-cancel').hidden = !who;
  rememberState();
}

function resetForm(): void {
  const f = form();
  f.reset();
  clearFieldErrors(f);
  select('person-language').value = 'en';
  fillDepartments();
  clearRoleRows();
}

/** Back to adding a person; the focus goes to the edited person's button in the list, if it is there. */
function stopEditing(): void {
  const was = editing?.email;
  editing = null;
  resetForm();
  say(formBox());
  showMode();
  const button = was ? byId('people-body').querySelector<HTMLButtonElement>(`button[data-email="${CSS.escape(was)}"]`) : null;
  (button ?? byId('person-heading')).focus();
}

/** Puts a person into the form for editing, at the version read. */
function fillPerson(p: DirectoryPerson): void {
  resetForm();
  editing = p;
  byId<HTMLInputElement>('name').value = p.name;
  select('person-language').value = p.language ?? 'en';
  select('faculty').value = p.faculty ?? '';
  fillDepartments();
  select('department').value = p.department ?? '';
  for (const r of p.roles) addRoleRow(r);
  showMode();
}

function openEdit(p: DirectoryPerson): void {
  say(formBox());
  fillPerson(p);
  byId('person-heading').focus();
}

function readScope(row: HTMLElement): Scope {
  const type = part(row, 'scope.type').value;
  const faculty = part(row, 'scope.faculty').value;
  if (type === 'faculty') return { type, faculty };
  if (type === 'department') return { type, faculty, department: part(row, 'scope.department').value };
  return { type: 'university' };
}

/** The API's body: a new person (with the address) or an edit (with the version read). */
function readPerson(): Record<string, unknown> {
  const body: Record<string, unknown> = {
    name: byId<HTMLInputElement>('name').value.trim(),
    language: select('person-language').value,
    roles: rowsOf().map((row) => ({ role: part(row, 'role').value, scope: readScope(row) })),
  };
  if (select('faculty').value) body.faculty = select('faculty').value;
  if (select('department').value) body.department = select('department').value;
  if (editing) body.version = editing.version;
  else body.email = byId<HTMLInputElement>('email').value.trim();
  return body;
}

/** The form checked with the API's own schema, each problem worded in the current language. */
const validate = (): Worded[] => schemaProblems(form(), editing ? PersonUpdateSchema : PersonInputSchema, readPerson());

function showProblems(problems: Worded[]): void {
  const unplaced = showFieldErrors(form(), problems);
  const marked = unplaced.length < problems.length;
  say(formBox(), () => [...(marked ? [t('nom.checkFields')] : []), ...unplaced].join(' '), 'error');
}

/** "Already in the directory" with a button that opens that person's edit. */
function sayExists(person: DirectoryPerson): void {
  const box = formBox();
  say(box, () => t('people.exists', { name: person.name, email: person.email }), 'warn');
  const open = el('button', undefined, 'link');
  open.type = 'button';
  setText(open, () => t('people.edit', { name: person.name }));
  open.addEventListener('click', () => openEdit(people.find((p) => p.email === person.email) ?? person));
  box.append(' ', open);
}

async function save(): Promise<void> {
  const f = form();
  const box = formBox();
  const button = byId<HTMLButtonElement>('person-save');
  clearFieldErrors(f);
  const problems = validate();
  if (problems.length) return showProblems(problems);
  const body = readPerson();
  const was = editing;
  say(box, () => t('common.sending'));
  button.disabled = true;
  try {
    // The body as the schema just accepted it (validate above).
    const answer = was
      ? await api('PUT /people/:email', { params: { email: was.email }, body: body as ApiBody<'PUT /people/:email'> })
      : await api('POST /people', { body: body as ApiBody<'POST /people'> });
    if (answer.ok) {
      const saved = answer.data;
      await load();
      if (answer.status === 201) {
        resetForm();
        say(box, () => t('people.added', { name: saved.name }), 'ok');
      } else {
        // Stays open on the saved version: a second change is based on it, not on the one before.
        fillPerson(saved);
        say(box, () => t('people.saved', { name: saved.name }), 'ok');
      }
      // The button was disabled while sending, which dropped the focus to the page's start: to the form's heading instead.
      byId('person-heading').focus();
      return;
    }
    const { status, data } = answer;
    if (status === 400) {
      showProblems(serverProblems(form(), data, validate()));
    } else if (status === 409 && data.error === 'person_exists' && data.person) {
      sayExists(data.person as DirectoryPerson);
    } else if (status === 409 && data.error === 'person_changed' && data.person) {
      const current = data.person as DirectoryPerson;
      await load();
      fillPerson(current);
      say(box, () => t('people.changed', { name: current.name }), 'warn');
      byId('person-heading').focus();
    } else if (status === 409 && data.error === 'last_admin') {
      say(box, () => t('people.lastAdmin'), 'error');
    } else if (status === 404 && was) {
      await load();
      say(box, () => t('people.gone', { email: was.email }), 'error');
    } else if (status === 403) {
      say(box, () => t('people.forbidden'), 'error');
    } else if (status === 401) {
      say(box, () => t('form.sessionEnded'), 'error');
      signInLink(box, true);
    } else {
      say(box, () => `${t('people.failed', { status: String(status) })}${requestIdOf(data)}`, 'error');
    }
  } catch {
    say(box, () => t('common.offline'), 'error');
  } finally {
    button.disabled = false;
    if (document.activeElement === document.body) button.focus();
  }
}

function wireForm(): void {
  const f = form();
  f.hidden = false;
  fillFormChoices();
  select('person-language').value = 'en';
  showMode();
  select('faculty').addEventListener('change', fillDepartments);
  byId('add-role').addEventListener('click', () => part(addRoleRow(), 'role').focus());
  byId('person-cancel').addEventListener('click', stopEditing);
  f.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && editing) stopEditing();
  });
  f.addEventListener('submit', (e) => {
    e.preventDefault();
    void save();
  });
}

addMessages(ADMIN_MESSAGES);
startOfficePage('people.title', async (me) => {
  const params = new URLSearchParams(location.search);
  canEdit = me.roles.includes('admin');
  // The header of the actions column only where there are actions.
  for (const th of document.querySelectorAll<HTMLElement>('.admin-only')) th.hidden = !canEdit;
  fillRoleFilter();
  byId<HTMLInputElement>('search').value = params.get('q') ?? '';
  select('role-filter').value = ROLES.includes(params.get('role') as RoleName) ? params.get('role')! : '';
  await load();
  byId('directory').hidden = false;
  byId('read-only').hidden = canEdit;
  const filters = byId<HTMLFormElement>('filters');
  filters.addEventListener('input', () => {
    render();
    rememberState();
  });
  filters.addEventListener('submit', (e) => e.preventDefault());
  // Adding and editing are for admins; the server checks again.
  if (canEdit) {
    wireForm();
    const wanted = people.find((p) => p.email === params.get('edit'));
    if (wanted) fillPerson(wanted);
  }
  onLanguageChange(render);
});
