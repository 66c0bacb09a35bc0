// @vitest-environment happy-dom
/**
 * The people and roles page without a browser (happy-dom), the API answered by a stub: the list
 * with its roles by place, searched and filtered (both kept in the address); an admin adds a
 * person with a role whose place fits it, is stopped before sending by the shared schema with the
 * problem on the role's own field, is offered the edit of whoever already has an address, edits
 * a person (a newer version elsewhere loaded instead of overwritten, the last administrator
 * kept); the international office reads without a single edit control.
 */
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { WordChunks } from '../../web/src/i18n/live';
import { controlId, officePeople, OfficePeoplePage, personBody, scopeTypesFor, type Person } from '../../web/src/pages/office-people-page';
import { fold } from '../../web/src/search-text';
import { clearRoot, freshRoot } from '../support/page-root';

const WORDS: WordChunks = {
  en: () => import('../../web/src/i18n/people-words?lang=en'),
  ru: () => import('../../web/src/i18n/people-words?lang=ru'),
  uz: () => import('../../web/src/i18n/people-words?lang=uz'),
};
const $ = <T extends Element = HTMLElement>(selector: string) => document.querySelector<T>(selector);
const $$ = <T extends Element = HTMLElement>(selector: string) => [...document.querySelectorAll<T>(selector)];

let root: HTMLElement;
beforeEach(async () => {
  root = await freshRoot(WORDS);
});
afterEach(() => clearRoot(root));

type Sent = { method: string; url: string; body: unknown };
type Answer = [number, unknown];

/** The API answered per `METHOD /path`; a list of answers is used one per request, the last kept. Each request recorded. */
function stubApi(answers: Record<string, Answer | Answer[]>): Sent[] {
  const sent: Sent[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string, init?: RequestInit) => {
      const method = init?.method ?? 'GET';
      sent.push({ method, url, body: init?.body ? JSON.parse(String(init.body)) : undefined });
      const given = answers[`${method} ${url.split('?')[0]}`];
      const [status, body] = Array.isArray(given?.[0]) ? ((given as Answer[]).length > 1 ? (given as Answer[]).shift()! : (given as Answer[])[0]!) : ((given as Answer | undefined) ?? [404, { error: 'not_found' }]);
      return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
    }),
  );
  return sent;
}

const me = (role: string) => ({ email: `${role}@uni.example`, name: 'Someone', language: 'en', roles: [{ role, scope: { type: 'university' } }] });
const faculties = [
  { id: 'physics', name: 'Faculty of Physics', names: { uz: 'Fizika fakulteti' }, departments: [{ id: 'general-physics', name: 'Department of General Physics' }, { id: 'theoretical-physics', name: 'Department of Theoretical Physics' }] },
  { id: 'economics', name: 'Faculty of Economics', departments: [] },
];
const malika: Person = { email: 'admin@uni.example', name: 'Malika Yusupova', language: 'uz', roles: [{ role: 'admin', scope: { type: 'university' } }], version: 1 };
const aziz: Person = { email: 'faculty@uni.example', name: 'Aziz Rakhimov', language: 'en', faculty: 'physics', department: 'general-physics', roles: [{ role: 'submitter', scope: { type: 'department', faculty: 'physics', department: 'general-physics' } }], version: 1 };
const dean: Person = { email: 'dean@uni.example', name: 'Bobur Qodirov', language: 'ru', faculty: 'physics', roles: [{ role: 'dean', scope: { type: 'faculty', faculty: 'physics' } }], version: 2 };
const people = [malika, aziz, dean];

const answers = (more: Record<string, Answer | Answer[]> = {}) => ({
  'GET /api/me': [200, me('admin')] as Answer,
  'GET /api/people': [200, people] as Answer,
  'GET /api/faculties': [200, faculties] as Answer,
  ...more,
});

let address: string[];
async function shown(search = ''): Promise<void> {
  address = [];
  render(<OfficePeoplePage model={officePeople(search, (q) => address.push(q))} />, root);
  await vi.waitFor(() => expect($('#directory')).not.toBeNull());
}

const rows = () => $$('#people-body tr').map((tr) => [...tr.children].map((c) => c.textContent));
const form = () => $<HTMLFormElement>('#person-form')!;
const message = () => form().querySelector<HTMLElement>('.message')!;
const button = (within: ParentNode, text: string) => [...within.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent === text)!;
const options = (id: string) => [...$<HTMLSelectElement>(`#${id}`)!.options].map((o) => o.textContent);
function choose(id: string, value: string): void {
  const s = $<HTMLSelectElement>(`#${id}`)!;
  s.value = value;
  s.dispatchEvent(new Event('change', { bubbles: true }));
}
function type(id: string, value: string): void {
  const i = $<HTMLInputElement>(`#${id}`)!;
  i.value = value;
  i.dispatchEvent(new Event('input', { bubbles: true }));
}
const submit = () => form().dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('a role’s place', () => {
  it('offers the place that fits the role first, and the whole university alone for a university role', () => {
    expect(scopeTypesFor('dean')).toEqual(['faculty', 'university', 'department']);
    expect(scopeTypesFor('head_of_department')).toEqual(['department', 'university', 'faculty']);
    expect(scopeTypesFor('legal')).toEqual(['university']);
    expect(scopeTypesFor('')).toEqual(['university', 'faculty', 'department']);
  });

  it('is sent as the API’s scope, its control named by the body’s path', () => {
    const body = personBody({ name: ' Ann ', email: 'ann@uni.example ', language: 'ru', faculty: 'physics', department: '', roles: [{ key: 1, role: 'dean', scopeType: 'faculty', faculty: 'physics', department: 'x' }] }, null);
    expect(body).toEqual({ name: 'Ann', email: 'ann@uni.example', language: 'ru', faculty: 'physics', roles: [{ role: 'dean', scope: { type: 'faculty', faculty: 'physics' } }] });
    expect(controlId('roles.0.scope.department')).toBe('role-1-scope-department');
    expect(controlId('language')).toBe('person-language');
    expect(fold('O‘sh Ошский')).toBe("o'sh ошскии");
  });
});

describe('the people page, for an admin', () => {
  it('lists everyone with their language, place and roles by place, and an edit button each', async () => {
    stubApi(answers());

    await shown();

    expect($('h1')!.textContent).toBe('People and roles');
    expect($('nav.office-nav a[aria-current=page]')!.textContent).toBe('People');
    expect(rows()[0]).toEqual(['Aziz Rakhimov', 'faculty@uni.example', 'English', 'Faculty of Physics / Department of General Physics', 'Submitter — Faculty of Physics / Department of General Physics', 'Edit Aziz Rakhimov']);
    expect(rows()[1]!.slice(3, 5)).toEqual(['Faculty of Physics', 'Dean — Faculty of Physics']);
    expect(rows()[2]![4]).toBe('Administrator — the whole university');
    expect($('#count')!.textContent).toBe('People shown: 3 of 3');
    expect($('#read-only')).toBeNull();
  });

  it('finds people by part of a name and by role, keeping both in the address', async () => {
    stubApi(answers());
    await shown('?q=QODIR');

    expect(rows().map((r) => r[0])).toEqual(['Bobur Qodirov']);
    type('search', '');
    choose('role-filter', 'admin');
    await vi.waitFor(() => expect(rows().map((r) => r[0])).toEqual(['Malika Yusupova']));
    expect(address.at(-1)).toBe('role=admin');
    type('search', 'nobody');
    await vi.waitFor(() => expect(rows()).toEqual([['No one matches.']]));
    expect(address.at(-1)).toBe('q=nobody&role=admin');
  });

  it('adds a person with a dean’s role at their own faculty, and says so', async () => {
    const added: Person = { email: 'new.dean@uni.example', name: 'Kamola Usmonova', language: 'ru', faculty: 'economics', roles: [{ role: 'dean', scope: { type: 'faculty', faculty: 'economics' } }], version: 1 };
    const sent = stubApi(answers({ 'POST /api/people': [201, added] }));
    await shown();

    type('name', 'Kamola Usmonova');
    type('email', 'new.dean@uni.example');
    choose('person-language', 'ru');
    choose('faculty', 'economics');
    button(form(), 'Add a role').click();
    await vi.waitFor(() => expect(document.activeElement?.id).toBe('role-1-role'));
    choose('role-1-role', 'dean');
    await vi.waitFor(() => expect($<HTMLSelectElement>('#role-1-scope-type')!.value).toBe('faculty'));
    expect(options('role-1-scope-type')).toEqual(['A faculty', 'The whole university', 'A department']);
    expect($<HTMLSelectElement>('#role-1-scope-faculty')!.value).toBe('economics');
    submit();
    await vi.waitFor(() => expect(message().textContent).toBe('Kamola Usmonova is added to the directory.'));

    expect(sent.find((s) => s.method === 'POST')!.body).toEqual({ name: 'Kamola Usmonova', email: 'new.dean@uni.example', language: 'ru', faculty: 'economics', roles: [{ role: 'dean', scope: { type: 'faculty', faculty: 'economics' } }] });
    expect($<HTMLInputElement>('#name')!.value).toBe('');
    expect(form().querySelectorAll('.role-row')).toHaveLength(0);
    expect(document.activeElement?.id).toBe('person-heading');
  });

  it('checks a role’s place with the shared schema before sending: a department role without its department', async () => {
    const sent = stubApi(answers());
    await shown();

    type('name', 'Someone Else');
    type('email', 'someone@uni.example');
    button(form(), 'Add a role').click();
    await vi.waitFor(() => expect($('#role-1-role')).not.toBeNull());
    choose('role-1-role', 'submitter');
    choose('role-1-scope-type', 'department');
    await vi.waitFor(() => expect($('#role-1-scope-faculty')).not.toBeNull());
    choose('role-1-scope-faculty', 'physics');
    await vi.waitFor(() => expect(options('role-1-scope-department')).toEqual(['Choose…', 'Department of General Physics', 'Department of Theoretical Physics']));
    submit();
    await vi.waitFor(() => expect($('#role-1-scope-department')!.getAttribute('aria-invalid')).toBe('true'));

    expect($('#role-1-scope-department')!.parentElement!.querySelector('.field-error')!.textContent).toBe('Choose one');
    expect(message().textContent).toBe('Please check the marked fields.');
    expect(document.activeElement?.id).toBe('role-1-scope-department');
    expect(sent.filter((s) => s.method === 'POST')).toEqual([]);
  });

  it('offers the edit of whoever already has the address, which opens at their version and goes into the address', async () => {
    stubApi(answers({ 'POST /api/people': [409, { error: 'person_exists', message: 'Exists', person: aziz }] }));
    await shown();

    type('name', 'Someone Else');
    type('email', 'FACULTY@uni.example');
    submit();
    await vi.waitFor(() => expect(message().textContent).toContain('Aziz Rakhimov (faculty@uni.example) is already in the directory.'));
    button(message(), 'Edit Aziz Rakhimov').click();
    await vi.waitFor(() => expect($('#person-heading')!.textContent).toBe('Edit Aziz Rakhimov'));

    expect($<HTMLInputElement>('#name')!.value).toBe('Aziz Rakhimov');
    expect($('#email')).toBeNull();
    expect($('#editing-email')!.textContent).toBe('Signs in as faculty@uni.example.');
    expect($<HTMLSelectElement>('#role-1-scope-department')!.value).toBe('general-physics');
    expect(address.at(-1)).toBe('edit=faculty%40uni.example');
    expect(document.activeElement?.id).toBe('person-heading');
  });

  it('saves an edit with the version read, and stays on the saved version', async () => {
    const saved: Person = { ...dean, roles: [...dean.roles, { role: 'legal', scope: { type: 'university' } }], version: 3 };
    const sent = stubApi(answers({ 'PUT /api/people/dean%40uni.example': [200, saved] }));
    await shown('?edit=dean%40uni.example');
    await vi.waitFor(() => expect($('#person-heading')!.textContent).toBe('Edit Bobur Qodirov'));

    button(form(), 'Add a role').click();
    await vi.waitFor(() => expect($('#role-2-role')).not.toBeNull());
    choose('role-2-role', 'legal');
    await vi.waitFor(() => expect(options('role-2-scope-type')).toEqual(['The whole university']));
    submit();
    await vi.waitFor(() => expect(message().textContent).toBe('Changes to Bobur Qodirov are saved.'));

    expect(sent.find((s) => s.method === 'PUT')!.body).toMatchObject({ version: 2, roles: [{ role: 'dean' }, { role: 'legal', scope: { type: 'university' } }] });
    expect(document.activeElement?.id).toBe('person-heading');
    submit();
    await vi.waitFor(() => expect(sent.filter((s) => s.method === 'PUT')).toHaveLength(2));
    expect((sent.filter((s) => s.method === 'PUT')[1]!.body as { version: number }).version).toBe(3);
  });

  it('loads someone else’s newer version instead of overwriting it', async () => {
    const theirs: Person = { ...dean, language: 'uz', version: 3 };
    stubApi(answers({ 'PUT /api/people/dean%40uni.example': [409, { error: 'person_changed', message: 'Changed', person: theirs }] }));
    await shown('?edit=dean%40uni.example');
    await vi.waitFor(() => expect($('#person-heading')).not.toBeNull());

    button(form(), 'Remove role 1').click();
    submit();
    await vi.waitFor(() => expect(message().textContent).toContain('Someone else changed Bobur Qodirov while you were editing.'));

    expect($<HTMLSelectElement>('#person-language')!.value).toBe('uz');
    expect(form().querySelectorAll('.role-row')).toHaveLength(1);
  });

  it('keeps the last administrator, saying why', async () => {
    stubApi(answers({ 'PUT /api/people/admin%40uni.example': [409, { error: 'last_admin', message: 'Last admin' }] }));
    await shown();

    button($('#people-body')!, 'Edit Malika Yusupova').click();
    await vi.waitFor(() => expect(options('role-1-scope-type')).toEqual(['The whole university']));
    button(form(), 'Remove role 1').click();
    await vi.waitFor(() => expect(document.activeElement?.id).toBe('add-role'));
    submit();
    await vi.waitFor(() => expect(message().textContent).toContain('no administrator left'));
    expect(message().className).toContain('error');
  });

  it('stops editing on Escape, the focus back on the person’s button in the list', async () => {
    stubApi(answers());
    await shown();

    button($('#people-body')!, 'Edit Bobur Qodirov').click();
    await vi.waitFor(() => expect($('#person-heading')!.textContent).toBe('Edit Bobur Qodirov'));
    form().dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    await vi.waitFor(() => expect($('#person-heading')!.textContent).toBe('Add a person'));

    expect(document.activeElement?.textContent).toBe('Edit Bobur Qodirov');
    expect(address.at(-1)).toBe('');
  });

  it('says what failed with the request id, and that the connection was lost', async () => {
    stubApi(answers({ 'POST /api/people': [500, { error: 'internal', requestId: 'req-3' }] }));
    await shown();

    type('name', 'Ann');
    type('email', 'ann@uni.example');
    submit();
    await vi.waitFor(() => expect(message().textContent).toBe('Not saved (500). Request id: req-3'));
    vi.stubGlobal('fetch', vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))));
    submit();
    await vi.waitFor(() => expect(message().textContent).toContain('connection'));
    await settle();
    expect($<HTMLButtonElement>('#person-save')!.disabled).toBe(false);
  });
});

describe('the people page, for others', () => {
  it('shows the international office the list without a single edit control', async () => {
    stubApi(answers({ 'GET /api/me': [200, me('international_office')] }));

    await shown('?edit=dean%40uni.example');

    expect($('#read-only')!.textContent).toBe('You can see who holds which role; only administrators can change them.');
    expect($$('#people-body button')).toEqual([]);
    expect($('#person-form')).toBeNull();
    expect($$('#people-table thead th')).toHaveLength(5);
  });

  it('says the directory could not be read, with the status and request id', async () => {
    stubApi(answers({ 'GET /api/people': [503, { error: 'unavailable', requestId: 'req-5' }] }));
    render(<OfficePeoplePage model={officePeople('')} />, root);

    await vi.waitFor(() => expect($('#message')!.textContent).toBe('The directory could not be loaded (503). Reload the page to try again. Request id: req-5'));
    expect($('#directory')).toBeNull();
  });

  it('reads in Uzbek after a switch in the header, the faculty by its Uzbek name', async () => {
    stubApi(answers({ 'PUT /api/me/language': [200, { ...me('admin'), language: 'uz' }] }));
    await shown();

    choose('language', 'uz');
    // The Uzbek words are built on first asking (web/language-chunks.ts), which takes a while here.
    await vi.waitFor(() => expect($('h1')!.textContent).toBe('Odamlar va rollar'), { timeout: 10_000 });

    expect(rows().some((r) => r[4] === 'Dekan — Fizika fakulteti')).toBe(true);
  });
});
