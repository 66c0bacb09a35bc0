// @vitest-environment happy-dom
/**
 * The office's partners page without a browser (happy-dom), the API answered by a stub: the
 * registry in the reader's language with the partners' other names and the mark of one proposed
 * and not yet checked, found by a search in any script; an admin's form, checked with the partner
 * schema before anything is sent, then sent, with the server's field errors, a duplicate name and
 * someone else's newer version each said where they belong; and a list the API refuses.
 */
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { chooseLanguage, startWords, type WordChunks } from '../../web/src/i18n/live';
import { officePartners, OfficePartnersPage } from '../../web/src/pages/office-partners-page';
import { partnersFound } from '../../web/src/pages/office-partners-search';

const WORDS: WordChunks = {
  en: () => import('../../web/src/i18n/partners-words?lang=en'),
  ru: () => import('../../web/src/i18n/partners-words?lang=ru'),
  uz: () => import('../../web/src/i18n/partners-words?lang=uz'),
};
const $ = <T extends Element = HTMLElement>(selector: string) => document.querySelector<T>(selector);
const $$ = (selector: string) => [...document.querySelectorAll<HTMLElement>(selector)];
const byId = <T extends HTMLElement = HTMLInputElement>(id: string) => document.getElementById(id) as T;

let root: HTMLElement;
beforeEach(async () => {
  localStorage.clear();
  history.replaceState(null, '', '/office/partners');
  root = document.createElement('div');
  document.body.replaceChildren(root);
  await startWords(WORDS, 'en');
});
afterEach(() => {
  render(null, root);
  vi.unstubAllGlobals();
});

type Asked = { method: string; url: string; body: unknown };
type Answer = [number, unknown] | ((asked: Asked) => [number, unknown]);

/** The API answered by `answers` per `METHOD path` (without the query); each request recorded. */
function stubApi(answers: Record<string, Answer>): Asked[] {
  const asked: Asked[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string, init?: RequestInit) => {
      const request = { method: init?.method ?? 'GET', url, body: init?.body ? JSON.parse(String(init.body)) : undefined };
      asked.push(request);
      const answer = answers[`${request.method} ${url.split('?')[0]}`] ?? [404, { error: 'not_found' }];
      const [status, body] = typeof answer === 'function' ? answer(request) : answer;
      return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
    }),
  );
  return asked;
}

const me = (role: string) => ({ email: `${role}@uni.example`, name: role, language: 'en', roles: [{ role, scope: { type: 'university' } }] });
const stamp = { type: 'university' as const, version: 1, contacts: [], createdAt: '2024-01-01T00:00:00.000Z', updatedAt: '2024-01-01T00:00:00.000Z' };
const osh = { ...stamp, id: 'osh-state-university', name: 'Osh State University', names: { ru: 'Ошский государственный университет', ky: 'Ош мамлекеттик университети' }, country: 'KG', city: 'Osh', website: 'https://oshsu.kg/' };
const knu = { ...stamp, id: 'knu-balasagyn', name: 'Kyrgyz National University', names: {}, country: 'KG', city: 'Bishkek', website: 'https://knu.kg' };
const wust = {
  ...stamp,
  id: 'wust',
  name: 'Wuhan University of Science and Technology',
  names: {},
  country: 'CN',
  city: 'Wuhan',
  website: 'https://www.wust.edu.cn',
  proposed: { by: { email: 'dean@uni.example', name: 'Dilnoza Karimova' }, at: '2026-11-01T10:00:00.000Z' },
};

const json = (o: unknown) => structuredClone(o) as Record<string, unknown>;

async function shown(role = 'admin', answers: Record<string, Answer> = {}): Promise<Asked[]> {
  const asked = stubApi({ 'GET /api/me': [200, me(role)], 'GET /api/partners': [200, [wust, osh, knu]], ...answers });
  render(<OfficePartnersPage model={officePartners({ search: location.search })} />, root);
  await vi.waitFor(() => expect($('#registry-body')).not.toBeNull());
  // The country picker comes once the form is on the page (loaded then; the first time, vitest transforms it).
  if (role === 'admin') await vi.waitFor(() => expect($('#country')).not.toBeNull(), { timeout: 10_000 });
  return asked;
}

const rows = () => $$('#registry-body tr').map((tr) => [...tr.children].map((c) => c.textContent));

function type(id: string, value: string): void {
  const input = byId<HTMLInputElement | HTMLSelectElement>(id);
  input.value = value;
  input.dispatchEvent(new Event(input instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }));
}

const submit = () => $<HTMLFormElement>('#add-form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
const formMessage = () => $('#add-form .message')!.textContent;

function fillNewPartner(): void {
  type('name', 'Satbayev University');
  type('names.ru', 'Университет Сатпаева');
  type('country', 'KZ');
  type('city', 'Almaty');
  type('website', 'https://satbayev.university');
}

describe('the registry', () => {
  it('lists every partner in the reader’s language, with its other names, its country by name and its website', async () => {
    await shown('international_office');

    expect($('h1')!.textContent).toBe('Partners');
    expect($('nav.office-nav a[aria-current=page]')!.textContent).toBe('Partners');
    expect(rows()).toEqual([
      ['Kyrgyz National University', '', 'Kyrgyzstan', 'Bishkek', 'knu.kg'],
      ['Osh State University', 'Ошский государственный университет (Russian); Ош мамлекеттик университети (Kyrgyz)', 'Kyrgyzstan', 'Osh', 'oshsu.kg'],
      ['Wuhan University of Science and Technology proposed by Dilnoza Karimova, not yet checked', '', 'China', 'Wuhan', 'www.wust.edu.cn'],
    ]);
    expect($('#partner-wust .badge.warn')!.textContent).toBe('proposed by Dilnoza Karimova, not yet checked');
    expect($('#count')!.textContent).toBe('Partners shown: 3 of 3');
    // The office sees the registry; only an admin registers or edits.
    expect($('#add-form')).toBeNull();
    expect($$('#registry-table th[scope=col]').map((th) => th.textContent)).toEqual(['Name', 'Other names', 'Country', 'City', 'Website']);
  });

  it('names a partner as a Russian reader says it after a switch of language', async () => {
    await shown();

    await chooseLanguage('ru');

    await vi.waitFor(() => expect($('h1')!.textContent).toBe('Партнёры'));
    expect($('#partner-osh-state-university th')!.textContent).toBe('Osh State University — Ошский государственный университет');
    expect($('#partner-osh-state-university td')!.textContent).toBe('Ошский государственный университет (русский); Ош мамлекеттик университети (киргизский)');
    expect($('#add-heading')!.textContent).toBe('Добавить партнёра');
  });

  it('has the country picker name its list and the countries in the page’s language', async () => {
    await shown();

    await chooseLanguage('ru');
    await vi.waitFor(() => expect($('#add-heading')!.textContent).toBe('Добавить партнёра'));
    type('country', 'кирг');
    await vi.waitFor(() => expect($('#country-options')!.hidden).toBe(false));

    const list = $('#country-options')!;
    expect(list.getAttribute('aria-label')).toBe('Подходящие страны');
    expect($$('#country-options li')[0]!.textContent).toContain('Кыргызстан');
    expect(byId('country').getAttribute('aria-activedescendant')).toBe('country-option-KG');
  });

  it('finds a partner by a name, a city in another script or its website, and keeps the search in the address', async () => {
    await shown();

    type('search', 'Бишкек');
    await vi.waitFor(() => expect($('#count')!.textContent).toBe('Partners shown: 1 of 3'));
    const byCyrillicCity = rows().map((r) => r[0]);
    type('search', 'wust');
    await vi.waitFor(() => expect(rows().map((r) => r[0])).toEqual([expect.stringContaining('Wuhan')]));
    type('search', 'ошский');
    await vi.waitFor(() => expect(rows().map((r) => r[0])).toEqual(['Osh State University']));
    const address = location.search;
    type('search', 'Sorbonne');
    await vi.waitFor(() => expect(rows()).toEqual([['No partner matches.']]));

    expect(byCyrillicCity).toEqual(['Kyrgyz National University']);
    expect(new URLSearchParams(address).get('q')).toBe('ошский');
    expect($('#registry-body td')!.getAttribute('colspan')).toBe('6');
  });

  it('opens on the search the address names', async () => {
    history.replaceState(null, '', '/office/partners?q=osh');

    await shown();

    await vi.waitFor(() => expect(rows().map((r) => r[0])).toEqual(['Osh State University']));
    expect(byId('search').value).toBe('osh');
  });

  it('says so when the list cannot be read, with the request’s id', async () => {
    await shown('admin', { 'GET /api/partners': [500, { error: 'internal', requestId: 'req-42' }] });

    await vi.waitFor(() => expect($('#message')!.textContent).toContain('(500)'));
    expect($('#message')!.textContent).toContain('req-42');
    expect($('#message')!.className).toContain('error');
    expect(rows()).toEqual([['No partner matches.']]);
  });

  it('finds a partner in every script the search text knows, as a pure function', () => {
    const partners = [osh, knu, wust] as Parameters<typeof partnersFound>[0];
    expect(partnersFound(partners, 'Ош').map((p) => p.id)).toEqual(['osh-state-university']);
    expect(partnersFound(partners, 'Китай').map((p) => p.id)).toEqual(['wust']);
    expect(partnersFound(partners, '  ').length).toBe(3);
  });
});

describe('registering a partner', () => {
  it('checks the form with the partner schema before sending, every problem at once, each on its field', async () => {
    const asked = await shown();

    type('website', 'oshsu.kg');
    submit();

    await vi.waitFor(() => expect($('.error-summary')).not.toBeNull());
    expect($$('.error-summary li').map((li) => li.textContent)).toEqual(['Fill this in', 'Choose a country from the list', 'Fill this in', 'Use a web address starting with https:// or http://']);
    expect($$('.error-summary a').map((a) => a.getAttribute('href'))).toEqual(['#name', '#country', '#city', '#website']);
    expect(byId('website').getAttribute('aria-invalid')).toBe('true');
    expect(byId('website').getAttribute('aria-describedby')).toBe('website-error');
    expect(byId('country').getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe($('.error-summary'));
    expect(asked.filter((a) => a.method === 'POST')).toEqual([]);
  });

  it('sends the partner, says it is registered, lists it and puts the focus on the form’s heading', async () => {
    const saved = { ...stamp, id: 'satbayev-university', name: 'Satbayev University', names: { ru: 'Университет Сатпаева' }, country: 'KZ', city: 'Almaty', website: 'https://satbayev.university' };
    let listed = [osh, knu];
    const asked = await shown('admin', {
      'GET /api/partners': () => [200, listed],
      'POST /api/partners': () => {
        listed = [osh, knu, saved];
        return [201, saved];
      },
    });

    fillNewPartner();
    type('erasmusCode', 'KZ ALMATY05');
    submit();

    await vi.waitFor(() => expect(formMessage()).toBe('Satbayev University is registered.'));
    await vi.waitFor(() => expect(document.activeElement?.id).toBe('add-heading'));
    expect(asked.find((a) => a.method === 'POST')!.body).toEqual({
      name: 'Satbayev University',
      names: { ru: 'Университет Сатпаева' },
      type: 'university',
      country: 'KZ',
      city: 'Almaty',
      website: 'https://satbayev.university',
      erasmusCode: 'KZ ALMATY05',
      contacts: [],
    });
    expect($('#partner-satbayev-university')).not.toBeNull();
    expect(byId('name').value).toBe('');
  });

  it('puts the server’s field errors on the fields they are about', async () => {
    await shown('admin', {
      'POST /api/partners': [400, { error: 'validation', fields: [{ path: 'contacts.0.email', message: 'Enter a valid email address' }, { path: 'schacId', message: 'A SCHAC id is a domain name such as oshsu.kg' }, { path: 'names.en', message: 'A name needs at least one letter or digit' }] }],
    });

    fillNewPartner();
    $<HTMLButtonElement>('#add-contact')!.click();
    await vi.waitFor(() => expect(byId('contacts.0.name')).not.toBeNull());
    type('contacts.0.name', 'Aigerim Nurlanovna');
    type('contacts.0.email', 'aigerim@satbayev.example');
    submit();

    await vi.waitFor(() => expect($$('#add-form .field-error').map((p) => p.textContent)).toEqual(['A SCHAC id is a domain name such as oshsu.kg', 'Enter a valid email address']));
    expect(byId('contacts.0.email').getAttribute('aria-invalid')).toBe('true');
    // A field the form has no control for is said in the summary, without a link.
    expect($$('.error-summary li').map((li) => li.textContent)).toEqual(['Enter a valid email address', 'A SCHAC id is a domain name such as oshsu.kg', 'A name needs at least one letter or digit']);
    expect($$('.error-summary li a').length).toBe(2);
  });

  it('names the partner a duplicate name belongs to, linking to it in the list', async () => {
    await shown('admin', { 'POST /api/partners': [409, { error: 'partner_exists', partnerId: 'osh-state-university', name: 'Osh State University' }] });

    fillNewPartner();
    submit();

    await vi.waitFor(() => expect(formMessage()).toBe('Already registered as Osh State University.'));
    expect($('#add-form .message')!.className).toContain('warn');
    $<HTMLAnchorElement>('#add-form .message a')!.click();
    await vi.waitFor(() => expect(rows().map((r) => r[0])).toEqual(['Osh State University']));
    expect(byId('search').value).toBe('Osh State University');
    await vi.waitFor(() => expect(document.activeElement?.id).toBe('search'));
  });

  it('lists the likely duplicates with why, each linking to it in the list, and creates it anyway when told it is another', async () => {
    const saved = { ...stamp, id: 'satbayev-university', name: 'Satbayev University', names: {}, country: 'KZ', city: 'Almaty', website: 'https://satbayev.university' };
    const candidate = { id: 'osh-state-university', name: 'Osh State University', country: 'KG', why: 'same_words', yours: 'Satbayev University', theirs: 'Osh State University' };
    const asked = await shown('admin', {
      'POST /api/partners': ({ body }) =>
        (body as Record<string, unknown>).confirmNotDuplicate ? [201, saved] : [409, { error: 'likely_duplicate', message: 'looks like', candidates: [candidate], requestId: 'r1' }],
    });

    fillNewPartner();
    submit();

    // Named as the list names it for this reader, with why, and the focus on the message.
    await vi.waitFor(() => expect($('#confirm-not-duplicate')).not.toBeNull());
    expect($('#add-form .message > span')!.textContent).toBe('This may be a partner that is already registered. Check before registering it again:');
    expect($$('#add-form .message li').map((li) => li.textContent)).toEqual(['Osh State University — the same words in another order or script']);
    expect($('#add-form .message')!.className).toContain('warn');
    expect(document.activeElement).toBe($('#add-form .message'));
    expect(byId('name').value).toBe('Satbayev University');

    // In Russian the same, re-worded.
    await chooseLanguage('ru');
    await vi.waitFor(() => expect($$('#add-form .message li').map((li) => li.textContent)).toEqual(['Ошский государственный университет — те же слова в другом порядке или другим алфавитом']));
    expect($('#confirm-not-duplicate')!.textContent).toBe('Это другой партнёр — всё равно создать');
    await chooseLanguage('en');

    $<HTMLButtonElement>('#confirm-not-duplicate')!.click();

    await vi.waitFor(() => expect(formMessage()).toBe('Satbayev University is registered.'));
    const posts = asked.filter((a) => a.method === 'POST').map((a) => a.body as Record<string, unknown>);
    expect(posts).toHaveLength(2);
    expect(posts[0]).not.toHaveProperty('confirmNotDuplicate');
    expect(posts[1]).toEqual({ ...posts[0], confirmNotDuplicate: true });
  });

  it('finds a likely duplicate in the list by its link', async () => {
    await shown('admin', { 'POST /api/partners': [409, { error: 'likely_duplicate', candidates: [{ id: 'knu-balasagyn', name: 'Kyrgyz National University', country: 'KG', why: 'abbreviation', yours: 'KNU', theirs: 'Kyrgyz National University' }] }] });

    fillNewPartner();
    submit();

    await vi.waitFor(() => expect($('#add-form .message li a')).not.toBeNull());
    $<HTMLAnchorElement>('#add-form .message li a')!.click();
    await vi.waitFor(() => expect(rows().map((r) => r[0])).toEqual(['Kyrgyz National University']));
  });

  it('says a 409 likely_duplicate without candidates as a failure, not an empty list', async () => {
    await shown('admin', { 'POST /api/partners': [409, { error: 'likely_duplicate', candidates: 'garbage', requestId: 'r2' }] });

    fillNewPartner();
    submit();

    await vi.waitFor(() => expect($('#add-form .message')!.className).toContain('error'));
    expect($('#confirm-not-duplicate')).toBeNull();
  });

  it('sends the type of organisation chosen, offered by name in the page’s language', async () => {
    const asked = await shown('admin', { 'POST /api/partners': [201, { ...stamp, id: 'kaspi', name: 'Kaspi', names: {}, type: 'company', country: 'KZ', city: 'Almaty', website: 'https://kaspi.kz' }] });

    expect([...byId<HTMLSelectElement>('type').options].map((o) => o.textContent)).toEqual(['University', 'Research institute', 'Company', 'Government body', 'Non-governmental organisation', 'Other']);
    expect(byId<HTMLSelectElement>('type').value).toBe('university');
    fillNewPartner();
    const select = byId<HTMLSelectElement>('type');
    select.value = 'company';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    submit();

    await vi.waitFor(() => expect(asked.find((a) => a.method === 'POST')).toBeDefined());
    expect((asked.find((a) => a.method === 'POST')!.body as Record<string, unknown>).type).toBe('company');
  });

  it('says when the server cannot be reached, and keeps what was typed', async () => {
    await shown();
    const fetch = globalThis.fetch;
    vi.stubGlobal('fetch', vi.fn(async (url: string, init?: RequestInit) => ((init?.method ?? 'GET') === 'POST' ? Promise.reject(new TypeError('offline')) : fetch(url, init))));

    fillNewPartner();
    submit();

    await vi.waitFor(() => expect(formMessage()).toBe('Could not reach the server. Check your connection and try again.'));
    expect(byId('name').value).toBe('Satbayev University');
    expect($<HTMLButtonElement>('#add-form button[type=submit]')!.disabled).toBe(false);
  });
});

describe('editing a partner', () => {
  const oshRead = { ...osh, version: 3, contacts: [{ name: 'Bakyt Asanov', email: 'b.asanov@oshsu.example', phone: '+996 3222 7 07 12' }] };

  async function editing(answers: Record<string, Answer> = {}): Promise<Asked[]> {
    const asked = await shown('admin', { 'GET /api/partners/osh-state-university': [200, oshRead], ...answers });
    $<HTMLButtonElement>('#edit-osh-state-university')!.click();
    await vi.waitFor(() => expect($('#add-heading')!.textContent).toBe('Editing Osh State University'));
    return asked;
  }

  it('fills the form with the partner as read, its own-language name and contacts, and the focus on the heading', async () => {
    await editing();

    await vi.waitFor(() => expect(document.activeElement?.id).toBe('add-heading'));
    expect(byId('name').value).toBe('Osh State University');
    expect(byId('names.ru').value).toBe('Ошский государственный университет');
    expect(byId('names.own.name').value).toBe('Ош мамлекеттик университети');
    expect(byId('names.own.name').getAttribute('lang')).toBe('ky');
    expect(byId<HTMLSelectElement>('names.own.language').value).toBe('ky');
    expect(byId('country').value).toBe('Kyrgyzstan');
    expect(byId('contacts.0.phone').value).toBe('+996 3222 7 07 12');
    expect($('#edit-osh-state-university')!.getAttribute('aria-label')).toBe('Edit Osh State University');
  });

  it('sends the edit with the version it was read at and goes back to registering', async () => {
    const asked = await editing({ 'PUT /api/partners/osh-state-university': [200, { ...oshRead, city: 'Oš', version: 4 }] });

    type('city', 'Oš');
    submit();

    await vi.waitFor(() => expect(formMessage()).toBe('The changes to Osh State University are saved.'));
    const put = asked.find((a) => a.method === 'PUT')!.body as Record<string, unknown>;
    expect(put).toMatchObject({ city: 'Oš', version: 3, country: 'KG', names: { ru: 'Ошский государственный университет', own: { language: 'ky', name: 'Ош мамлекеттик университети' } } });
    expect(put.contacts).toEqual([{ name: 'Bakyt Asanov', email: 'b.asanov@oshsu.example', phone: '+996 3222 7 07 12' }]);
    expect($('#add-heading')!.textContent).toBe('Register a partner');
    expect(byId('city').value).toBe('');
  });

  it('keeps a coordinator’s language for the partner link’s emails, and sends the one chosen', async () => {
    const coordinator = { name: 'Aida Sadykova', email: 'a.sadykova@oshsu.example', role: 'International coordinator', language: 'ru' };
    const asked = await shown('admin', {
      'GET /api/partners/osh-state-university': [200, { ...oshRead, contacts: [...oshRead.contacts, coordinator] }],
      'PUT /api/partners/osh-state-university': [200, { ...oshRead, version: 4 }],
    });
    $<HTMLButtonElement>('#edit-osh-state-university')!.click();
    await vi.waitFor(() => expect(byId<HTMLSelectElement>('contacts.1.language').value).toBe('ru'));
    expect(byId<HTMLSelectElement>('contacts.0.language').value).toBe('');

    const unset = byId<HTMLSelectElement>('contacts.0.language');
    unset.value = 'uz';
    unset.dispatchEvent(new Event('change', { bubbles: true }));
    submit();

    await vi.waitFor(() => expect(asked.some((a) => a.method === 'PUT')).toBe(true));
    const put = asked.find((a) => a.method === 'PUT')!.body as { contacts: unknown[] };
    expect(put.contacts).toEqual([{ name: 'Bakyt Asanov', email: 'b.asanov@oshsu.example', phone: '+996 3222 7 07 12', language: 'uz' }, coordinator]);
  });

  it('shows someone else’s newer version and says so, rather than overwriting it', async () => {
    const theirs = { ...oshRead, city: 'Jalal-Abad', version: 4 };
    await editing({ 'PUT /api/partners/osh-state-university': [409, { error: 'partner_changed', partner: json(theirs) }] });

    type('city', 'Oš');
    submit();

    await vi.waitFor(() => expect(formMessage()).toContain('Someone else changed this partner'));
    expect(byId('city').value).toBe('Jalal-Abad');
    expect($('#add-heading')!.textContent).toBe('Editing Osh State University');
  });

  it('says a partner could not be opened, with the status', async () => {
    await shown('admin', { 'GET /api/partners/osh-state-university': [503, { error: 'unavailable' }] });

    $<HTMLButtonElement>('#edit-osh-state-university')!.click();

    await vi.waitFor(() => expect(formMessage()).toBe('This partner could not be opened (503).'));
    expect($('#add-heading')!.textContent).toBe('Register a partner');
  });

  it('adds and removes contacts, numbering them again and moving the focus where a keyboard user expects', async () => {
    await editing();
    $<HTMLButtonElement>('#add-contact')!.click();
    await vi.waitFor(() => expect(document.activeElement?.id).toBe('contacts.1.name'));
    type('contacts.1.name', 'Nurlan Beishenov');

    $$('fieldset.contact > button')[0]!.click();

    await vi.waitFor(() => expect($$('fieldset.contact').length).toBe(1));
    await vi.waitFor(() => expect(document.activeElement?.id).toBe('contacts.0.name'));
    expect(byId('contacts.0.name').value).toBe('Nurlan Beishenov');
    expect($('fieldset.contact legend')!.textContent).toBe('Contact 1');
    expect($('label[for="contacts.0.email"]')!.textContent).toBe('Email, contact 1');
    $$('fieldset.contact > button')[0]!.click();
    await vi.waitFor(() => expect(document.activeElement?.id).toBe('add-contact'));
    expect($('.no-contacts')!.textContent).toBe('No contacts yet.');
  });

  it('puts the focus back on the edit button when the edit is cancelled', async () => {
    await editing();

    $$('#add-form .form-actions button')[1]!.click();

    await vi.waitFor(() => expect(document.activeElement?.id).toBe('edit-osh-state-university'));
    expect($('#add-heading')!.textContent).toBe('Register a partner');
  });
});
