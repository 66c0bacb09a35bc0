/**
 * The office console's people and roles (/office/people; its entry is pages/office-people.tsx):
 * everyone in the directory with their faculty, department and roles, searchable by name or
 * address and filtered by role (both in the address, replaced, not pushed). Admins add a person
 * and edit one (`?edit=<email>` opens the edit); the international office reads the page without
 * a single edit control, and the API refuses their writes anyway.
 *
 * Each role applies in one place: the university, a faculty, or a department of a faculty. A
 * role's row offers the place that fits the role first (a head of department → a department, a
 * dean → a faculty, the rest → the university) but allows any, save for the roles held only for
 * the whole university (administrator, international office, legal, vice-rector, rector), which
 * are offered there alone, as the server accepts them. The form is checked with the API's own
 * schema (PersonInputSchema, PersonUpdateSchema) before it is sent; the controls' names are the
 * paths of the API's body (`roles.0.scope.faculty`), so the schema's and the server's field errors
 * land on the right row's field.
 *
 * The server's refusals each say what to do next: an address already in the directory offers its
 * person's edit; an edit of an older version (someone else saved meanwhile) loads the current one
 * into the form; an edit that would leave the university without an administrator says so.
 */
import { signal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import type { ApiBody } from '../../../shared/api-contract';
import { isUniversityRole, PersonInputSchema, PersonUpdateSchema, RoleNameSchema, type RoleName } from '../../../shared/schemas/directory';
import { api, type ApiRefusalBody } from '../api';
import type { Faculty, PersonRecord } from '../api-types';
import { ConsoleFrame, type ConsoleAccess, type OfficeMember } from '../components/console-frame';
import { Field } from '../components/field';
import { useFocusRequest, type FocusRequest } from '../components/focus-request';
import { MessageBox, type Message } from '../components/message-box';
import { useTitle } from '../components/page';
import { languageName } from '../format';
import { problemAt, schemaProblems, serverProblems, type Place, type Problem } from '../form-problems';
import { LANGUAGES } from '../i18n/choice';
import { label, lang, t, type Language } from '../i18n/live';
import { fold } from '../search-text';

export type Person = PersonRecord;
type PersonRole = Person['roles'][number];
type Scope = PersonRole['scope'];
export type ScopeType = Scope['type'];

export const PAGE = '/office/people';
const ROLES = RoleNameSchema.options;
const SCOPE_TYPES: readonly ScopeType[] = ['university', 'faculty', 'department'];

/** The place each role is usually given at; offered first, chosen when the role is chosen. */
export const fittingScope = (role: string): ScopeType => (role === 'head_of_department' ? 'department' : role === 'dean' || role === 'faculty_coordinator' ? 'faculty' : 'university');

const isRole = (role: string): role is RoleName => (ROLES as readonly string[]).includes(role);

/** The places a role may be given at, the fitting one first; the whole university alone for a university role. */
export const scopeTypesFor = (role: string): ScopeType[] => {
  const first = fittingScope(role);
  return isRole(role) && isUniversityRole(role) ? [first] : [first, ...SCOPE_TYPES.filter((s) => s !== first)];
};

/** One role's row as the admin edits it: every choice kept, even those its place does not show now. */
export type RoleDraft = { key: number; role: string; scopeType: ScopeType; faculty: string; department: string };
export type PersonDraft = { name: string; email: string; language: string; faculty: string; department: string; roles: RoleDraft[] };

const emptyDraft = (): PersonDraft => ({ name: '', email: '', language: 'en', faculty: '', department: '', roles: [] });

/** What the form's message box says, with the person an address already belongs to (their edit offered), or a link to sign in again. */
type PersonMessage = Message & { existing?: Person; signIn?: boolean };

type Load = { state: 'loading' } | { state: 'ready' } | { state: 'failed'; message: Message };

const departmentsOf = (faculties: readonly Faculty[], faculty: string) => faculties.find((f) => f.id === faculty)?.departments ?? [];
/** A department kept only where the faculty has it, as a choice no longer offered is not chosen. */
const keptDepartment = (faculties: readonly Faculty[], faculty: string, department: string) => (departmentsOf(faculties, faculty).some((d) => d.id === department) ? department : '');

export function readScope(r: RoleDraft): Scope {
  if (r.scopeType === 'faculty') return { type: 'faculty', faculty: r.faculty };
  if (r.scopeType === 'department') return { type: 'department', faculty: r.faculty, department: r.department };
  return { type: 'university' };
}

/** The API's body: a new person (with the address) or an edit (with the version read). */
export function personBody(d: PersonDraft, editing: Person | null): Record<string, unknown> {
  const body: Record<string, unknown> = { name: d.name.trim(), language: d.language, roles: d.roles.map((r) => ({ role: r.role, scope: readScope(r) })) };
  if (d.faculty) body.faculty = d.faculty;
  if (d.department) body.department = d.department;
  if (editing) body.version = editing.version;
  else body.email = d.email.trim();
  return body;
}

const CONTROL_IDS: Record<string, string> = { name: 'name', email: 'email', language: 'person-language', faculty: 'faculty', department: 'department' };
/** The id of the control a body's path is shown on: `roles.0.scope.type` → `role-1-scope-type`. */
export function controlId(path: string): string {
  const m = /^roles\.(\d+)\.(.+)$/.exec(path);
  return m ? `role-${Number(m[1]) + 1}-${m[2]!.replace(/\W/g, '-')}` : (CONTROL_IDS[path] ?? path);
}

/** The id of a person's edit button in the list. */
const editButtonId = (email: string) => `edit-${email}`;

const refusal = (key: 'people.failed' | 'people.loadFailed', status: number, data: ApiRefusalBody): Message => ({
  text: () => `${t(key, { status: String(status) })}${data.requestId ? ` ${t('common.requestId', { id: data.requestId })}` : ''}`,
  tone: 'error',
});

/**
 * The page's state and what changes it. `search` is the address's query at the start; `remember`
 * puts the search, the role filter and the person being edited in the address.
 */
export function officePeople(search: string, remember: (query: string) => void = (q) => history.replaceState(null, '', q ? `${PAGE}?${q}` : PAGE)) {
  const params = new URLSearchParams(search);
  const wantedRole = params.get('role') ?? '';
  const load = signal<Load>({ state: 'loading' });
  const people = signal<readonly Person[]>([]);
  const faculties = signal<readonly Faculty[]>([]);
  const query = signal(params.get('q') ?? '');
  const roleFilter = signal(isRole(wantedRole) ? wantedRole : '');
  /** The person the form edits, as last read (its version is what the edit is based on); null when adding. */
  const editing = signal<Person | null>(null);
  const draft = signal<PersonDraft>(emptyDraft());
  const problems = signal<Problem[]>([]);
  const message = signal<PersonMessage | undefined>(undefined);
  const busy = signal(false);
  /** The control to take the focus once the page has rendered what changed. */
  const focus = signal<FocusRequest | undefined>(undefined);
  let nextKey = 1;

  function rememberState(): void {
    const q = new URLSearchParams();
    if (query.value.trim()) q.set('q', query.value.trim());
    if (roleFilter.value) q.set('role', roleFilter.value);
    if (editing.value) q.set('edit', editing.value.email);
    remember(q.toString());
  }

  async function readPeople(): Promise<boolean> {
    const list = await api('GET /people');
    if (!list.ok) {
      load.value = { state: 'failed', message: refusal('people.loadFailed', list.status, list.data) };
      return false;
    }
    people.value = [...list.data].sort((a, b) => fold(a.name).localeCompare(fold(b.name)));
    return true;
  }

  async function start(canEdit: boolean): Promise<void> {
    try {
      const [read, facultyList] = await Promise.all([readPeople(), api('GET /faculties')]);
      if (!read) return;
      if (!facultyList.ok) {
        load.value = { state: 'failed', message: refusal('people.loadFailed', facultyList.status, facultyList.data) };
        return;
      }
      faculties.value = facultyList.data;
      load.value = { state: 'ready' };
      const wanted = canEdit ? people.value.find((p) => p.email === params.get('edit')) : undefined;
      if (wanted) fill(wanted);
    } catch {
      load.value = { state: 'failed', message: { text: () => t('common.offlineReload'), tone: 'error' } };
    }
  }

  function filter(change: { query?: string; role?: string }): void {
    if (change.query !== undefined) query.value = change.query;
    if (change.role !== undefined) roleFilter.value = change.role;
    rememberState();
  }

  function roleDraft(r: PersonRole): RoleDraft {
    const fits = scopeTypesFor(r.role);
    // A university role recorded for one faculty before that was refused: shown, and saved, as the university's.
    const scopeType = fits.includes(r.scope.type) ? r.scope.type : fittingScope(r.role);
    return {
      key: nextKey++,
      role: r.role,
      scopeType,
      faculty: r.scope.type === 'university' ? '' : r.scope.faculty,
      department: r.scope.type === 'department' ? r.scope.department : '',
    };
  }

  /** Puts a person into the form for editing, at the version read. */
  function fill(p: Person): void {
    editing.value = p;
    draft.value = { name: p.name, email: p.email, language: p.language ?? 'en', faculty: p.faculty ?? '', department: p.department ?? '', roles: p.roles.map(roleDraft) };
    problems.value = [];
    rememberState();
  }

  function openEdit(p: Person): void {
    message.value = undefined;
    fill(p);
    focus.value = { id: 'person-heading' };
  }

  /** Back to adding a person; the focus goes to the edited person's button in the list, if it is there. */
  function stopEditing(): void {
    const was = editing.value?.email;
    editing.value = null;
    draft.value = emptyDraft();
    problems.value = [];
    message.value = undefined;
    rememberState();
    focus.value = { id: was && shown().some((p) => p.email === was) ? editButtonId(was) : 'person-heading' };
  }

  function edit(change: Partial<PersonDraft>): void {
    const next = { ...draft.value, ...change };
    if (change.faculty !== undefined) next.department = keptDepartment(faculties.value, next.faculty, next.department);
    draft.value = next;
  }

  /** A new role's row; its place starts at the person's own faculty and department, the likeliest choice. */
  function addRole(): void {
    const d = draft.value;
    draft.value = { ...d, roles: [...d.roles, { key: nextKey++, role: '', scopeType: 'university', faculty: d.faculty, department: d.department }] };
    focus.value = { id: controlId(`roles.${d.roles.length}.role`) };
  }

  function editRole(key: number, change: Partial<RoleDraft>): void {
    draft.value = {
      ...draft.value,
      roles: draft.value.roles.map((r) => {
        if (r.key !== key) return r;
        const next = { ...r, ...change };
        // A role chosen: the place that fits it. A faculty chosen: its department only if it has it.
        if (change.role !== undefined) next.scopeType = fittingScope(next.role);
        if (change.faculty !== undefined) next.department = keptDepartment(faculties.value, next.faculty, next.department);
        return next;
      }),
    };
  }

  /** The focus goes to the row that took its place, or the one before, or to "add a role". */
  function removeRole(key: number): void {
    const roles = draft.value.roles;
    const at = roles.findIndex((r) => r.key === key);
    const left = roles.filter((r) => r.key !== key);
    draft.value = { ...draft.value, roles: left };
    focus.value = { id: left.length ? controlId(`roles.${Math.min(at, left.length - 1)}.role`) : 'add-role' };
  }

  /** Where a problem with a path is shown: on its control, if the form shows one now. */
  const place: Place = (path) => {
    const d = draft.value;
    if (path === 'name' || (path === 'email' && !editing.value)) return { path, choice: false };
    if (path === 'language' || path === 'faculty' || path === 'department') return { path, choice: true };
    const m = /^roles\.(\d+)\.(role|scope)(?:\.(type|faculty|department))?$/.exec(path);
    const row = m ? d.roles[Number(m[1])] : undefined;
    if (!m || !row) return undefined;
    if (m[2] === 'role') return { path, choice: true };
    const part = m[3] ?? 'type';
    const shown = part === 'type' || (part === 'faculty' && row.scopeType !== 'university') || (part === 'department' && row.scopeType === 'department');
    return shown ? { path: `roles.${m[1]}.scope.${part}`, choice: true } : undefined;
  };

  const check = () => schemaProblems(editing.value ? PersonUpdateSchema : PersonInputSchema, personBody(draft.value, editing.value), place);

  /** Not sent, or refused: each problem on its field (the first takes the focus), the rest in the message. */
  function refuse(found: Problem[]): void {
    const marked = found.filter((p) => p.placed);
    const unplaced = found.filter((p) => !p.placed);
    problems.value = found;
    message.value = { text: () => [...(marked.length ? [t('nom.checkFields')] : []), ...unplaced.map((p) => p.text())].join(' '), tone: 'error' };
    focus.value = marked[0] ? { id: controlId(marked[0].path) } : { id: 'person-save', ifLost: true };
  }

  async function save(): Promise<void> {
    const found = check();
    if (found.length) return refuse(found);
    const was = editing.value;
    const body = personBody(draft.value, was);
    problems.value = [];
    message.value = { text: () => t('common.sending') };
    busy.value = true;
    try {
      // The body as the schema just accepted it (checked above).
      const answer = was
        ? await api('PUT /people/:email', { params: { email: was.email }, body: body as ApiBody<'PUT /people/:email'> })
        : await api('POST /people', { body: body as ApiBody<'POST /people'> });
      if (answer.ok) {
        const saved = answer.data;
        await readPeople();
        if (answer.status === 201) {
          draft.value = emptyDraft();
          message.value = { text: () => t('people.added', { name: saved.name }), tone: 'ok' };
        } else {
          // Stays open on the saved version: a second change is based on it, not on the one before.
          fill(saved);
          message.value = { text: () => t('people.saved', { name: saved.name }), tone: 'ok' };
        }
        // The button was disabled while sending, which dropped the focus: to the form's heading instead.
        focus.value = { id: 'person-heading' };
        return;
      }
      const { status, data } = answer;
      if (status === 400) return refuse(serverProblems(data, check(), place));
      if (status === 409 && data.error === 'person_exists' && data.person) {
        const existing = data.person as Person;
        message.value = { text: () => t('people.exists', { name: existing.name, email: existing.email }), tone: 'warn', existing };
      } else if (status === 409 && data.error === 'person_changed' && data.person) {
        const current = data.person as Person;
        await readPeople();
        fill(current);
        message.value = { text: () => t('people.changed', { name: current.name }), tone: 'warn' };
        focus.value = { id: 'person-heading' };
        return;
      } else if (status === 409 && data.error === 'last_admin') {
        message.value = { text: () => t('people.lastAdmin'), tone: 'error' };
      } else if (status === 404 && was) {
        await readPeople();
        message.value = { text: () => t('people.gone', { email: was.email }), tone: 'error' };
      } else if (status === 403) {
        message.value = { text: () => t('people.forbidden'), tone: 'error' };
      } else if (status === 401) {
        message.value = { text: () => t('form.sessionEnded'), tone: 'error', signIn: true };
      } else {
        message.value = refusal('people.failed', status, data);
      }
      focus.value = { id: 'person-save', ifLost: true };
    } catch {
      message.value = { text: () => t('common.offline'), tone: 'error' };
      focus.value = { id: 'person-save', ifLost: true };
    } finally {
      busy.value = false;
    }
  }

  /** The people the search and the role filter leave. */
  function shown(): readonly Person[] {
    const q = fold(query.value.trim());
    const role = roleFilter.value;
    return people.value.filter((p) => (!role || p.roles.some((r) => r.role === role)) && (!q || fold(`${p.name} ${p.email}`).includes(q)));
  }

  return { load, people, faculties, query, roleFilter, editing, draft, problems, message, busy, focus, start, filter, shown, openEdit, stopEditing, edit, addRole, editRole, removeRole, save };
}

export type OfficePeople = ReturnType<typeof officePeople>;

// ---- words --------------------------------------------------------------------------------

const localName = (place: { name: string; names?: Partial<Record<Language, string>> | undefined } | undefined) => place && (place.names?.[lang.value] ?? place.name);

function names(faculties: readonly Faculty[]) {
  const facultyOf = (id: string | undefined) => faculties.find((f) => f.id === id);
  const faculty = (id: string | undefined) => localName(facultyOf(id)) ?? id ?? '';
  const department = (f: string | undefined, id: string | undefined) => localName(facultyOf(f)?.departments?.find((d) => d.id === id)) ?? id ?? '';
  const place = (scope: Scope) =>
    scope.type === 'faculty' ? faculty(scope.faculty) : scope.type === 'department' ? `${faculty(scope.faculty)} / ${department(scope.faculty, scope.department)}` : t('people.wholeUniversity');
  return { faculty, department, place };
}

// ---- the view -----------------------------------------------------------------------------

type Option = { value: string; text: string };
type SelectProps = { id: string; name: string; caption: string; hint?: string; value: string; options: Option[]; error?: string | undefined; onChange: (value: string) => void };

function SelectField({ id, name, caption, hint, value, options, error, onChange }: SelectProps) {
  return (
    <Field id={id} label={caption} hint={hint} error={error}>
      {(control) => (
        <select {...control} name={name} value={value} onChange={(e) => onChange(e.currentTarget.value)}>
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.text}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

function Filters({ model }: { model: OfficePeople }) {
  return (
    <form id="filters" class="card filters" role="search" aria-labelledby="filters-heading" noValidate onSubmit={(e) => e.preventDefault()}>
      <h2 id="filters-heading" class="visually-hidden">
        {t('people.find')}
      </h2>
      <div class="row">
        <Field id="search" label={t('people.search')} hint={t('people.searchHint')}>
          {(control) => <input {...control} type="search" name="search" autocomplete="off" value={model.query.value} onInput={(e) => model.filter({ query: e.currentTarget.value })} />}
        </Field>
        <SelectField
          id="role-filter"
          name="role"
          caption={t('people.roleFilter')}
          value={model.roleFilter.value}
          options={[{ value: '', text: t('people.anyRole') }, ...ROLES.map((r) => ({ value: r, text: label(r) }))]}
          onChange={(role) => model.filter({ role })}
        />
      </div>
    </form>
  );
}

function PeopleTable({ model, canEdit }: { model: OfficePeople; canEdit: boolean }) {
  const shown = model.shown();
  const named = names(model.faculties.value);
  return (
    <>
      <p id="count" class="muted" role="status" aria-live="polite">
        {t('people.count', { n: shown.length, total: model.people.value.length })}
      </p>
      <div class="table-scroll" role="region" aria-labelledby="people-caption" tabIndex={0}>
        <table id="people-table" class="registry">
          <caption id="people-caption" class="visually-hidden">
            {t('people.caption')}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('people.name')}</th>
              <th scope="col">{t('people.email')}</th>
              <th scope="col">{t('people.language')}</th>
              <th scope="col">{t('content.facultyDepartment')}</th>
              <th scope="col">{t('people.roles')}</th>
              {canEdit ? <th scope="col">{t('nom.actions')}</th> : null}
            </tr>
          </thead>
          <tbody id="people-body">
            {shown.map((p) => (
              <tr key={p.email}>
                <th scope="row">{p.name}</th>
                <td class="email">{p.email}</td>
                <td>{p.language ? languageName(p.language) : ''}</td>
                <td>{p.department ? `${named.faculty(p.faculty)} / ${named.department(p.faculty, p.department)}` : named.faculty(p.faculty)}</td>
                <td class="roles">
                  <ul class="plain">
                    {p.roles.map((r, j) => (
                      <li key={j}>{t('people.roleIn', { role: label(r.role), place: named.place(r.scope) })}</li>
                    ))}
                    {p.roles.length ? null : <li class="muted">{t('people.noRole')}</li>}
                  </ul>
                </td>
                {canEdit ? (
                  <td class="actions-cell">
                    <button type="button" id={editButtonId(p.email)} class="link" data-email={p.email} onClick={() => model.openEdit(p)}>
                      {t('people.edit', { name: p.name })}
                    </button>
                  </td>
                ) : null}
              </tr>
            ))}
            {shown.length ? null : (
              <tr>
                <td class="muted" colSpan={canEdit ? 6 : 5}>
                  {t('people.noneFound')}
                </td>
              </tr>
            )}
          </tbody>
        </table>
      </div>
    </>
  );
}

function RoleRow({ model, role, n }: { model: OfficePeople; role: RoleDraft; n: number }) {
  const faculties = model.faculties.value;
  const problems = model.problems.value;
  const path = (part: string) => `roles.${n - 1}.${part}`;
  const at = (part: string) => ({ id: controlId(path(part)), name: path(part), error: problemAt(problems, path(part)) });
  const facultyOptions = faculties.map((f) => ({ value: f.id, text: localName(f)! }));
  return (
    <li class="role-row">
      <fieldset>
        <legend>{t('people.roleN', { n })}</legend>
        <div class="role-grid">
          <SelectField
            {...at('role')}
            caption={t('people.role')}
            value={role.role}
            options={[{ value: '', text: t('form.choose') }, ...ROLES.map((r) => ({ value: r, text: label(r) }))]}
            onChange={(value) => model.editRole(role.key, { role: value })}
          />
          <SelectField
            {...at('scope.type')}
            caption={t('people.appliesTo')}
            value={role.scopeType}
            options={scopeTypesFor(role.role).map((s) => ({ value: s, text: t(`people.scope.${s}`) }))}
            onChange={(value) => model.editRole(role.key, { scopeType: value as ScopeType })}
          />
          {role.scopeType === 'university' ? null : (
            <SelectField
              {...at('scope.faculty')}
              caption={t('form.faculty')}
              value={role.faculty}
              options={[{ value: '', text: t('form.choose') }, ...facultyOptions]}
              onChange={(value) => model.editRole(role.key, { faculty: value })}
            />
          )}
          {role.scopeType === 'department' ? (
            <SelectField
              {...at('scope.department')}
              caption={t('form.department')}
              value={role.department}
              options={[{ value: '', text: t(role.faculty ? 'form.choose' : 'form.chooseFacultyFirst') }, ...departmentsOf(faculties, role.faculty).map((d) => ({ value: d.id, text: localName(d)! }))]}
              onChange={(value) => model.editRole(role.key, { department: value })}
            />
          ) : null}
        </div>
        <button type="button" class="secondary remove" onClick={() => model.removeRole(role.key)}>
          {t('people.removeRole', { n })}
        </button>
      </fieldset>
    </li>
  );
}

/** Admins only: a new person, or one person's edit (with the version read, so a change made meanwhile by someone else is refused rather than overwritten). */
function PersonForm({ model }: { model: OfficePeople }) {
  const who = model.editing.value;
  const d = model.draft.value;
  const problems = model.problems.value;
  const faculties = model.faculties.value;
  const message = model.message.value;
  const existing = message?.existing;
  const errorOf = (path: string) => problemAt(problems, path);
  return (
    <form
      id="person-form"
      class="card"
      aria-labelledby="person-heading"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void model.save();
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && model.editing.value) model.stopEditing();
      }}
    >
      <h2 id="person-heading" tabIndex={-1}>
        {who ? t('people.editHeading', { name: who.name }) : t('people.add')}
      </h2>
      {who ? (
        <p id="editing-email" class="muted">
          {t('people.editingEmail', { email: who.email })}
        </p>
      ) : null}
      <div class="row">
        <Field id="name" label={t('people.name')} error={errorOf('name')}>
          {(control) => <input {...control} type="text" name="name" maxLength={200} required autocomplete="off" value={d.name} onInput={(e) => model.edit({ name: e.currentTarget.value })} />}
        </Field>
        {who ? null : (
          <Field id="email" label={t('people.email')} hint={t('people.emailHint')} error={errorOf('email')}>
            {(control) => (
              <input {...control} type="email" name="email" maxLength={254} required autocomplete="off" spellcheck={false} value={d.email} onInput={(e) => model.edit({ email: e.currentTarget.value })} />
            )}
          </Field>
        )}
      </div>
      <div class="narrow">
        <SelectField
          id="person-language"
          name="language"
          caption={t('people.language')}
          hint={t('people.languageHint')}
          value={d.language}
          error={errorOf('language')}
          options={LANGUAGES.map((code) => ({ value: code, text: `${languageName(code)} (${code})` }))}
          onChange={(language) => model.edit({ language })}
        />
      </div>
      <div class="row">
        <SelectField
          id="faculty"
          name="faculty"
          caption={t('form.faculty')}
          hint={t('partners.optional')}
          value={d.faculty}
          error={errorOf('faculty')}
          options={[{ value: '', text: t('people.noFaculty') }, ...faculties.map((f) => ({ value: f.id, text: localName(f)! }))]}
          onChange={(faculty) => model.edit({ faculty })}
        />
        <SelectField
          id="department"
          name="department"
          caption={t('form.department')}
          hint={t('partners.optional')}
          value={d.department}
          error={errorOf('department')}
          options={[{ value: '', text: t(d.faculty ? 'people.noDepartment' : 'form.chooseFacultyFirst') }, ...departmentsOf(faculties, d.faculty).map((x) => ({ value: x.id, text: localName(x)! }))]}
          onChange={(department) => model.edit({ department })}
        />
      </div>

      <fieldset class="role-rows" id="roles-field">
        <legend>{t('people.roles')}</legend>
        <p class="hint">{t('people.rolesHint')}</p>
        {d.roles.length ? null : <p class="hint no-roles">{t('people.noRoles')}</p>}
        <ol class="role-list">
          {d.roles.map((r, i) => (
            <RoleRow key={r.key} model={model} role={r} n={i + 1} />
          ))}
        </ol>
        <button type="button" class="secondary" id="add-role" onClick={() => model.addRole()}>
          {t('people.addRole')}
        </button>
      </fieldset>

      <div class="form-actions">
        <button type="submit" id="person-save" disabled={model.busy.value}>
          {t(who ? 'people.saveEdit' : 'people.saveNew')}
        </button>
        {who ? (
          <button type="button" class="secondary" id="person-cancel" onClick={() => model.stopEditing()}>
            {t('people.cancelEdit')}
          </button>
        ) : null}
      </div>
      <MessageBox message={message} focusable={false}>
        {existing ? (
          <>
            {' '}
            <button type="button" class="link" onClick={() => model.openEdit(model.people.value.find((p) => p.email === existing.email) ?? existing)}>
              {t('people.edit', { name: existing.name })}
            </button>
          </>
        ) : message?.signIn ? (
          <>
            {' '}
            <a href="/signin" target="_blank">
              {t('common.signIn')}
            </a>
          </>
        ) : null}
      </MessageBox>
    </form>
  );
}

function PeopleView({ model, member }: { model: OfficePeople; member: OfficeMember }) {
  useTitle(t('people.title'));
  // Adding and editing are for admins; the server checks again.
  const canEdit = member.roles.includes('admin');
  useEffect(() => {
    void model.start(canEdit);
  }, [model, canEdit]);
  useFocusRequest(model.focus.value);
  const load = model.load.value;
  return (
    <>
      <h1 id="title">{t('people.title')}</h1>
      <MessageBox id="message" message={load.state === 'failed' ? load.message : undefined} />
      {load.state === 'loading' ? <p class="muted">{t('common.loading')}</p> : null}
      {load.state === 'ready' ? (
        <div id="directory">
          {canEdit ? null : (
            <p id="read-only" class="muted">
              {t('people.readOnly')}
            </p>
          )}
          <Filters model={model} />
          <PeopleTable model={model} canEdit={canEdit} />
          {canEdit ? <PersonForm model={model} /> : null}
        </div>
      ) : null}
    </>
  );
}

export function OfficePeoplePage({ model, access }: { model: OfficePeople; access?: ConsoleAccess }) {
  return (
    <ConsoleFrame current="people" title={t('people.title')} {...(access ? { access } : {})}>
      {(member) => <PeopleView model={model} member={member} />}
    </ConsoleFrame>
  );
}
