/**
 * The office console's partners (/office/partners): every partner university with its names in
 * other languages, country, city and website, searchable in any language (`?q=` in the address,
 * replaced, not pushed); for admins, one form to register a partner or edit one.
 *
 * The form is the whole partner: its names (Latin-script, Russian, Uzbek, and its own language's
 * with that language), the country (a picker, country-picker.ts), city, website, Erasmus code,
 * SCHAC id and contacts. The HTML has the first fields; the rest are built here.
 *
 * The server refuses a name that a partner in the same country already has (409
 * `partner_exists`): the page says which partner, with a link to it in the list, rather than
 * registering it twice. An edit is sent with the `version` it was read at; when someone else
 * saved the partner meanwhile (409 `partner_changed`), the form is filled with their version and
 * the page says so, rather than overwriting it unseen.
 */
import type { ApiBody } from '../../../shared/api-contract';
import { partnerFormOf, type PartnerUpdate } from '../../../shared/schemas/partner';
import { api } from '../api';
import type { Partner } from '../api-types';
import { countryPicker, type CountryPicker } from '../country-picker';
import { byId, el, link, listOf, requestIdOf, say, sayWithLink } from '../dom';
import { wordFieldErrors } from '../field-words';
import { displayName, lang, localName, onLanguageChange, setText, t, translatePage, type MessageKey } from '../i18n';
import { PARTNER_WORDS } from '../partner-words';
import { knowUzbekNames } from '../../../shared/i18n/labels';
import { UZ_ALL_COUNTRIES, UZ_MORE_LANGUAGES } from '../../../shared/i18n/uz-names';
import { allRead, cell, clearFieldErrors, fold, input, labelledField as field, noneRow, partnerSearchText, showFieldErrors, startOfficePage } from '../office';


const PAGE = '/office/partners';
let partners: Partner[] = [];
let isAdmin = false;

// The list names every country and the partners' own languages: in Uzbek too (Chromium has no Uzbek names).
knowUzbekNames({ countries: UZ_ALL_COUNTRIES, languages: UZ_MORE_LANGUAGES });

const countryName = (code: string | undefined) => (code ? displayName('region', code) : '');

/** The names other than the one shown, each with its language's name in the page's language. */
function otherNames(p: Partner): string {
  return Object.entries(p.names ?? {})
    .filter(([, name]) => name && name !== p.name)
    .map(([code, name]) => `${name} (${displayName('language', code)})`)
    .join('; ');
}

/** The partner's name in the page's language, where it has one; else its name. */
const localPartnerName = (p: Partner): string => p.names?.[lang()] || p.name;

/** Russian letters as they are written in Latin names (Бишкек → bishkek), so one script finds the other. */
const LATIN_OF: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k', л: 'l', м: 'm', н: 'n', о: 'o',
  п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e',
  ю: 'yu', я: 'ya', қ: 'q', ғ: 'g', ҳ: 'h', ў: 'o', ң: 'ng', ү: 'u', ө: 'o', ә: 'a', і: 'i',
};
const latin = (folded: string) => folded.replace(/[\u0400-\u04ff]/g, (c) => LATIN_OF[c] ?? c).replace(/kh/g, 'h');

/** What a partner is found by: its names, city and country (office.ts), its website, and all of it in Latin letters. */
const searchTexts = new WeakMap<Partner, string>();
function searchText(p: Partner): string {
  let text = searchTexts.get(p);
  if (text === undefined) {
    const own = `${partnerSearchText(p)} | ${fold(p.website ?? '')}`;
    searchTexts.set(p, (text = `${own} | ${latin(own)}`));
  }
  return text;
}

function render(): void {
  const typed = fold(byId<HTMLInputElement>('search').value.trim());
  const search = latin(typed);
  const shown = partners.filter((p) => !typed || searchText(p).includes(typed) || searchText(p).includes(search));
  const body = byId('registry-body');
  body.replaceChildren();
  for (const p of shown) {
    const tr = el('tr');
    tr.id = `partner-${p.id}`;
    const local = localPartnerName(p);
    const name = el('th', local !== p.name ? `${p.name} — ${local}` : p.name);
    name.scope = 'row';
    name.style.whiteSpace = 'normal';
    // Proposed by faculty with a memorandum: the office has not checked its details yet (an administrator's edit is that check).
    if (p.proposed) name.append(' ', el('span', t('partners.unchecked', { by: p.proposed.by.name }), 'badge warn'));
    const site = p.website ? link(p.website.replace(/^https?:\/\//, '').replace(/\/$/, ''), p.website) : '';
    if (site) site.rel = 'noopener noreferrer';
    tr.append(name, cell(otherNames(p)), cell(countryName(p.country), 'nowrap'), cell(p.city ?? ''), cell(site));
    if (isAdmin) {
      // "Edit" to the eye; "Edit Osh State University" to a screen reader's list of buttons.
      const edit = el('button', t('partners.editShort'), 'link');
      edit.type = 'button';
      edit.setAttribute('aria-label', t('partners.edit', { name: p.name }));
      edit.addEventListener('click', () => void startEdit(p.id, edit));
      tr.append(cell(edit));
    }
    body.append(tr);
  }
  if (!shown.length) noneRow(body, t('partners.noneFound'), isAdmin ? 6 : 5);
  byId('count').textContent = t('partners.count', { n: shown.length, total: partners.length });
}

function rememberSearch(): void {
  const q = byId<HTMLInputElement>('search').value.trim();
  history.replaceState(null, '', q ? `${PAGE}?q=${encodeURIComponent(q)}` : PAGE);
}

async function load(): Promise<void> {
  const list = await api('GET /partners');
  partners = listOf(list).sort((a, b) => fold(a.name).localeCompare(fold(b.name)));
  allRead('office.loadFailed', list);
  render();
}

/** Shows the existing partner in the list: the search becomes its name. */
function findInList(name: string): void {
  byId<HTMLInputElement>('search').value = name;
  render();
  rememberSearch();
  byId('search').focus();
}

// ---- the form's parts that the HTML does not have -------------------------------------------

/** Languages a partner's own name is most often in (others are added when a stored partner has one). */
const OWN_LANGUAGES = [
  'kk', 'ky', 'tg', 'tk', 'kaa', 'az', 'tr', 'fa', 'ar', 'zh', 'ko', 'ja', 'mn', 'hi', 'ur', 'ms', 'id', 'th', 'vi', 'he',
  'de', 'fr', 'es', 'it', 'pt', 'nl', 'pl', 'cs', 'sk', 'hu', 'ro', 'bg', 'el', 'fi', 'sv', 'nb', 'da', 'et', 'lv', 'lt', 'uk', 'be', 'ka', 'hy',
];


const textInput = (id: string, maxLength: number) => input(id, id, 'text', maxLength);

/** The language choices for the own-language name, by their names in the page's language. */
function fillLanguages(select: HTMLSelectElement, extra?: string): void {
  const chosen = extra ?? select.value;
  const codes = [...new Set([...OWN_LANGUAGES, ...(chosen ? [chosen] : [])])];
  const collator = new Intl.Collator(lang() === 'uz' ? 'en' : lang());
  const named = codes.map((code) => ({ code, name: displayName('language', code) })).sort((a, b) => collator.compare(a.name, b.name));
  select.replaceChildren(new Option(t('partners.noLanguage'), ''), ...named.map((l) => new Option(`${l.name} (${l.code})`, l.code)));
  select.value = chosen;
}

// ---- contacts -------------------------------------------------------------------------------

const CONTACT_PARTS = [
  { key: 'name', caption: 'partners.contactName', type: 'text', max: 200, auto: 'off' },
  { key: 'email', caption: 'partners.contactEmail', type: 'email', max: 254, auto: 'off' },
  { key: 'role', caption: 'partners.contactRole', type: 'text', max: 200, auto: 'off' },
  { key: 'phone', caption: 'partners.contactPhone', type: 'tel', max: 40, auto: 'off' },
] as const satisfies readonly { key: string; caption: MessageKey; type: string; max: number; auto: string }[];

type ContactInput = { name?: string; email?: string; role?: string; phone?: string };

/** Where the contacts are, and the button that adds one. */
let contactBox: HTMLElement;
let addContact: HTMLButtonElement;

const contactRows = () => [...contactBox.querySelectorAll<HTMLFieldSetElement>('fieldset.contact')];
const rowNumber = (row: HTMLElement) => contactRows().indexOf(row as HTMLFieldSetElement) + 1;

/**
 * Row `n`'s controls named by their path in the body (`contacts.0.email`), so the server's field
 * errors find them; captions say the row's number ("Email, contact 2").
 */
function renumberContacts(): void {
  contactRows().forEach((row, i) => {
    for (const part of CONTACT_PARTS) {
      const input = row.querySelector<HTMLInputElement>(`[data-part="${part.key}"]`)!;
      input.id = input.name = `contacts.${i}.${part.key}`;
      row.querySelector<HTMLLabelElement>(`label[data-for="${part.key}"]`)!.htmlFor = input.id;
    }
  });
  translatePage(contactBox); // the numbered captions say their new numbers
  contactBox.querySelector<HTMLElement>('.no-contacts')!.hidden = contactRows().length > 0;
}

/** A caption with its row's number in it, worded again on a language change and a renumbering. */
function numbered(node: HTMLElement, row: HTMLElement, key: MessageKey): void {
  setText(node, () => t(key, { n: rowNumber(row) }));
}

function newContact(c: ContactInput = {}): HTMLFieldSetElement {
  const row = el('fieldset', undefined, 'contact');
  const legend = el('legend');
  row.append(legend);
  const grid = el('div', undefined, 'row');
  for (const part of CONTACT_PARTS) {
    const box = el('div', undefined, 'field');
    const l = el('label');
    l.dataset.for = part.key;
    numbered(l, row, part.caption);
    const input = el('input');
    input.type = part.type;
    input.maxLength = part.max;
    input.autocomplete = part.auto;
    input.dataset.part = part.key;
    input.value = c[part.key] ?? '';
    box.append(l, input);
    grid.append(box);
  }
  const remove = el('button', undefined, 'secondary');
  remove.type = 'button';
  numbered(remove, row, 'partners.removeContact');
  remove.addEventListener('click', () => {
    const at = rowNumber(row) - 1;
    row.remove();
    renumberContacts();
    // The focus goes to the row that took its place, or the one before, or to "add".
    const next = contactRows()[Math.min(at, contactRows().length - 1)];
    (next?.querySelector<HTMLInputElement>('input') ?? addContact).focus();
  });
  row.append(grid, remove);
  contactBox.querySelector('.contact-rows')!.append(row);
  numbered(legend, row, 'partners.contactN');
  renumberContacts();
  return row;
}

function setContacts(contacts: ContactInput[]): void {
  for (const row of contactRows()) row.remove();
  for (const c of contacts) newContact(c);
  renumberContacts();
}

function readContacts(): NonNullable<ApiBody<'POST /partners'>['contacts']> {
  return contactRows().map((row) => {
    const value = (key: string) => row.querySelector<HTMLInputElement>(`[data-part="${key}"]`)!.value.trim();
    return { name: value('name'), email: value('email'), ...(value('role') ? { role: value('role') } : {}), ...(value('phone') ? { phone: value('phone') } : {}) };
  });
}

function buildContacts(): HTMLFieldSetElement {
  const box = el('fieldset', undefined, 'contacts');
  const legend = el('legend');
  setText(legend, () => t('partners.contacts'));
  const none = el('p', undefined, 'muted no-contacts');
  setText(none, () => t('partners.noContacts'));
  addContact = el('button', undefined, 'secondary');
  addContact.type = 'button';
  setText(addContact, () => t('partners.addContact'));
  addContact.addEventListener('click', () => newContact().querySelector('input')!.focus());
  box.append(legend, none, el('div', undefined, 'contact-rows'), addContact);
  contactBox = box;
  return box;
}

// ---- the form: register or edit ------------------------------------------------------------

let form: HTMLFormElement;
let picker: CountryPicker;
let heading: HTMLElement;
let submit: HTMLButtonElement;
let cancel: HTMLButtonElement;
/** The partner being edited, at the version it was read; none while registering. */
let editing: { id: string; name: string; version: number; names: PartnerUpdate['names']; opener?: HTMLButtonElement } | undefined;

const control = <T extends HTMLElement = HTMLInputElement>(name: string) => form.elements.namedItem(name) as unknown as T;

/** The extra fields, the country picker, and the heading and buttons that follow the mode. */
function buildForm(): void {
  form = byId<HTMLFormElement>('add-form');
  heading = byId('add-heading');
  heading.removeAttribute('data-i18n');
  heading.tabIndex = -1;
  submit = form.querySelector<HTMLButtonElement>('button[type=submit]')!;
  submit.removeAttribute('data-i18n');

  const ownName = textInput('names.own.name', 300);
  const ownLanguage = el('select');
  ownLanguage.id = ownLanguage.name = 'names.own.language';
  fillLanguages(ownLanguage);
  // The name is read out in its own language once the language is known.
  const tagOwnName = () => {
    if (ownLanguage.value) ownName.lang = ownLanguage.value;
    else ownName.removeAttribute('lang');
  };
  ownLanguage.addEventListener('change', tagOwnName);
  onLanguageChange(() => fillLanguages(ownLanguage));
  const own = el('div', undefined, 'row');
  own.append(
    field(ownName, () => t('partners.ownName'), () => t('partners.ownNameHint')),
    field(ownLanguage, () => t('partners.ownLanguage')),
  );
  byId('names.ru').closest('.row')!.after(own);

  const erasmus = textInput('erasmusCode', 20);
  erasmus.autocapitalize = 'characters';
  const schac = textInput('schacId', 253);
  schac.autocapitalize = 'none';
  schac.inputMode = 'url';
  const codes = el('div', undefined, 'row');
  codes.append(field(erasmus, () => t('partners.erasmusCode'), () => t('partners.erasmusHint')), field(schac, () => t('partners.schacId'), () => t('partners.schacHint')));
  byId('website').closest('.field')!.after(codes, buildContacts());
  renumberContacts();

  picker = countryPicker(byId<HTMLInputElement>('country'));

  cancel = el('button', undefined, 'secondary');
  cancel.type = 'button';
  setText(cancel, () => t('partners.cancelEdit'));
  cancel.addEventListener('click', () => stopEdit(true));
  submit.after(cancel);
  form.addEventListener('reset', () => {
    setContacts([]);
    ownName.removeAttribute('lang');
  });
  showMode();
}

function showMode(): void {
  const name = editing?.name ?? '';
  setText(heading, () => (editing ? t('partners.editHeading', { name }) : t('partners.add')));
  setText(submit, () => t(editing ? 'partners.saveChanges' : 'partners.save'));
  cancel.hidden = !editing;
}

/** The form as the API's body (PartnerInput; PartnerUpdate with the version when editing). */
/** The partner as the form reads it; the API checks it (a 400 names the fields it refuses). */
function readForm(): ApiBody<'POST /partners'> {
  const value = (name: string) => control<HTMLInputElement>(name).value.trim();
  const names: NonNullable<ApiBody<'POST /partners'>['names']> = {};
  // A name in English kept from the stored partner (the form shows the Latin-script name instead).
  if (editing?.names.en) names.en = editing.names.en;
  for (const l of ['ru', 'uz'] as const) if (value(`names.${l}`)) names[l] = value(`names.${l}`);
  const ownName = value('names.own.name');
  const ownLanguage = value('names.own.language');
  if (ownName || ownLanguage) names.own = { language: ownLanguage, name: ownName };
  return {
    name: value('name'),
    names,
    country: picker.code(),
    city: value('city'),
    website: value('website'),
    ...(value('erasmusCode') ? { erasmusCode: value('erasmusCode') } : {}),
    ...(value('schacId') ? { schacId: value('schacId') } : {}),
    contacts: readContacts(),
  };
}

/** Fills the form with a stored partner, as its edit form (partnerFormOf) has it. */
function fillForm(f: PartnerUpdate): void {
  clearFieldErrors(form);
  control('name').value = f.name;
  control('names.ru').value = f.names.ru ?? '';
  control('names.uz').value = f.names.uz ?? '';
  control('names.own.name').value = f.names.own?.name ?? '';
  const language = control<HTMLSelectElement>('names.own.language');
  fillLanguages(language, f.names.own?.language ?? '');
  language.dispatchEvent(new Event('change'));
  picker.set(f.country);
  control('city').value = f.city;
  control('website').value = f.website;
  control('erasmusCode').value = f.erasmusCode ?? '';
  control('schacId').value = f.schacId ?? '';
  setContacts(f.contacts);
}

function edit(partner: Partner, opener?: HTMLButtonElement): void {
  const f = partnerFormOf(partner);
  editing = { id: partner.id, name: partner.name, version: f.version, names: f.names, opener: opener ?? editing?.opener };
  fillForm(f);
  showMode();
}

async function startEdit(id: string, opener: HTMLButtonElement): Promise<void> {
  const box = form.querySelector<HTMLElement>('.message')!;
  opener.disabled = true;
  try {
    // Read afresh: the version sent back is the one the form shows.
    const answer = await api('GET /partners/:id', { params: { id } });
    if (!answer.ok) {
      say(box, () => `${t('partners.openFailed', { status: String(answer.status) })}${requestIdOf(answer.data)}`, 'error');
      return;
    }
    say(box);
    edit(answer.data, opener);
    heading.focus();
  } catch {
    say(box, () => t('common.offline'), 'error');
  } finally {
    opener.disabled = false;
  }
}

/** Back to registering; `returnFocus` puts the focus back on the edit button that was pressed. */
function stopEdit(returnFocus: boolean): void {
  const opener = editing?.opener;
  editing = undefined;
  form.reset();
  clearFieldErrors(form);
  showMode();
  if (returnFocus) {
    say(form.querySelector<HTMLElement>('.message')!);
    const again = opener?.isConnected ? opener : undefined;
    (again ?? heading).focus();
  }
}

function existsMessage(box: HTMLElement, data: Record<string, unknown>): void {
  // Named as the list names it for this reader: its Russian name on a Russian page, say.
  const known = partners.find((p) => p.id === data.partnerId);
  const name = (known && localPartnerName(known)) || String(data.name ?? data.partnerId ?? '');
  const a = link(name, `${PAGE}?q=${encodeURIComponent(name)}`);
  a.addEventListener('click', (ev) => {
    ev.preventDefault();
    findInList(name);
  });
  sayWithLink(box, (slot) => t('partners.exists', { name: slot }), a, 'warn');
}

async function save(): Promise<void> {
  const box = form.querySelector<HTMLElement>('.message')!;
  clearFieldErrors(form);
  say(box, () => t('common.sending'));
  submit.disabled = true;
  const wasEditing = editing;
  try {
    const body = readForm();
    const answer = wasEditing
      ? await api('PUT /partners/:id', { params: { id: wasEditing.id }, body: { ...body, version: wasEditing.version } })
      : await api('POST /partners', { body });
    if (answer.ok) {
      // Named as the page's reader says it, and again after a language switch.
      const saved = { name: answer.data.name, names: answer.data.names };
      stopEdit(false);
      await load();
      say(box, () => t(wasEditing ? 'partners.saved' : 'partners.added', { name: localName(saved) ?? '' }), 'ok');
      // The button was disabled while sending and dropped the focus to the page's start: to the form's heading, above the message.
      heading.focus();
      return;
    }
    const { status, data } = answer;
    if (status === 409 && data.error === 'partner_exists') {
      existsMessage(box, data);
    } else if (status === 409 && data.error === 'partner_changed' && wasEditing && data.partner) {
      // Someone else's version wins the form; what this person typed is theirs to make again.
      edit(data.partner as Partner);
      await load();
      say(box, () => t('partners.changed'), 'warn');
      heading.focus();
    } else if (status === 400) {
      const unplaced = showFieldErrors(
        form,
        wordFieldErrors(data, (message) => (PARTNER_WORDS[message] ? () => t(PARTNER_WORDS[message]!) : undefined)),
      );
      say(box, () => [t('nom.checkFields'), ...unplaced].join(' '), 'error');
    } else if (status === 404 && wasEditing) {
      stopEdit(false);
      await load();
      say(box, () => t('partners.openFailed', { status: '404' }), 'error');
    } else {
      say(box, () => `${t(wasEditing ? 'partners.notSaved' : 'partners.failed', { status: String(status) })}${requestIdOf(data)}`, 'error');
    }
  } catch {
    say(box, () => t('common.offline'), 'error');
  } finally {
    submit.disabled = false;
    if (document.activeElement === document.body) submit.focus();
  }
}

function wireForm(): void {
  buildForm();
  form.hidden = false;
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    void save();
  });
  // The list gets a column of edit buttons.
  const head = byId('registry-table').querySelector('thead tr')!;
  const th = el('th');
  th.scope = 'col';
  setText(th, () => t('nom.actions'));
  head.append(th);
}

startOfficePage('partners.title', async (me) => {
  byId<HTMLInputElement>('search').value = new URLSearchParams(location.search).get('q') ?? '';
  // Registering and editing partners is for admins; the server checks again.
  isAdmin = me.roles.includes('admin');
  if (isAdmin) wireForm();
  await load();
  byId('registry').hidden = false;
  const filters = byId<HTMLFormElement>('filters');
  filters.addEventListener('input', () => {
    render();
    rememberSearch();
  });
  filters.addEventListener('submit', (e) => e.preventDefault());
  onLanguageChange(render);
});
