/**
 * The partners page's form (pages/office-partners-page.tsx), for admins: one form to register a
 * partner or edit one. The form is the whole partner: its names (Latin-script, Russian, Uzbek,
 * and its own language's with that language), the country, city, website, Erasmus code, SCHAC id
 * and contacts.
 *
 * What is typed is checked with the API's own schema (shared/schemas/partner) before it is sent,
 * every problem at once; the server's field errors, should it refuse more, are shown the same way.
 * The server refuses a name that a partner in the same country already has (409
 * `partner_exists`): the form says which partner, with a link that finds it in the list, rather
 * than registering it twice. A name that is likely another spelling of a registered partner's
 * (409 `likely_duplicate`) lists those partners, each a link that finds it, and a button that
 * sends the form again with `confirmNotDuplicate` when it is another university. An edit is sent with the `version` it was read at; when someone else
 * saved the partner meanwhile (409 `partner_changed`), the form is filled with their version and
 * says so, rather than overwriting it unseen.
 */
import { signal } from '@preact/signals';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { ApiBody } from '../../../shared/api-contract';
import { displayName as displayNameIn } from '../../../shared/i18n/labels';
import { fieldMessage, genericMessage, issueMessage, type IssueLike } from '../../../shared/i18n/validation';
import { partnerFormOf, PartnerInputSchema, PartnerUpdateSchema, type PartnerUpdate } from '../../../shared/schemas/partner';
import { api, type ApiRefusalBody } from '../api';
import type { Partner } from '../api-types';
import type { DuplicateCandidateView } from '../../../shared/schemas/responses';
import { PARTNER_TYPES, type PartnerType } from '../../../shared/partner-type';
import { SubmitButton } from '../components/buttons';
import { ErrorSummary } from '../components/error-summary';
import { Field, type ControlProps } from '../components/field';
import { MessageBox, type Message } from '../components/message-box';
import { CountryPicker } from '../components/country-picker';
import { lang, t, type Language, type MessageKey } from '../i18n/live';
import { PARTNER_WORDS } from '../partner-words';
import { LANGUAGE_NAMES } from '../i18n/choice';

type PartnerBody = ApiBody<'POST /partners'>;

/** One contact row as typed; `key` keeps a row's fields its own when a row above it is removed. */
/** `language`: the one the contact's emails are written in (a partner coordinator's link), '' for none (English). */
export type ContactDraft = { key: number; name: string; email: string; role: string; phone: string; language: '' | Language };

/** The form as typed (the country is the picker's). */
export type PartnerDraft = {
  name: string;
  ru: string;
  uz: string;
  ownName: string;
  ownLanguage: string;
  type: PartnerType;
  city: string;
  website: string;
  erasmusCode: string;
  schacId: string;
  contacts: ContactDraft[];
};

const EMPTY: PartnerDraft = { name: '', ru: '', uz: '', ownName: '', ownLanguage: '', type: 'university', city: '', website: '', erasmusCode: '', schacId: '', contacts: [] };

/** The partner being edited, at the version it was read; `opener`: the partner whose edit button opened it. */
type Editing = { id: string; name: string; version: number; names: PartnerUpdate['names']; opener: string | undefined };

/** A problem with what was typed: the control it is about (none: the whole form's), and its words. */
export type Problem = { field?: string; text: () => string };

/** A message of the form; `existing`: the partner a refused name already belongs to, linked in the sentence. */
export type FormMessage = Message & { existing?: string; candidates?: Candidate[] };

/** A partner the sent one is likely a second registration of, named as the list names it for this reader. */
export type Candidate = { id: string; name: () => string; why: DuplicateCandidateView['why'] };

/** The country field's value: the chosen country's code, or the text typed when it names none (the server refuses it on this field). */
type CountryShown = { code: string };

/** What the form needs of its page: the list (to name an existing partner), reading it again, moving the focus. */
export type FormHost = {
  partners: () => readonly Partner[];
  reload: () => Promise<void>;
  focusOn: (id: string) => void;
  findInList: (name: string) => void;
};

// ---- the words of what the schema and the server refuse ---------------------------------

/** The partner schema's own messages in the page's words (partner-words.ts). */
const ownWords = (message: string): (() => string) | undefined => {
  const key = PARTNER_WORDS[message];
  return key ? () => t(key) : undefined;
};

/** zod's own messages as the server sends them (an empty or too long text, a missing value, an unknown option), else the shared translations. */
function serverWords(message: string, language: Language): string {
  if (/^Too small: expected string to have >=1 characters?$/.test(message) || /^Invalid input: expected \w+, received undefined$/.test(message)) return genericMessage('fillIn', language);
  const long = /^Too big: expected string to have <=(\d+) characters$/.exec(message);
  if (long) return genericMessage('tooLong', language, Number(long[1]));
  if (/^Invalid option/.test(message)) return genericMessage('chooseOne', language);
  return fieldMessage(message, language);
}

const FIXED_CONTROLS = ['name', 'type', 'names.ru', 'names.uz', 'names.own.name', 'names.own.language', 'country', 'city', 'website', 'erasmusCode', 'schacId'];

/** The control a path is about, if the form has one (`contacts.1.email` while there are two rows). */
function controlOf(path: string, contacts: number): string | undefined {
  if (FIXED_CONTROLS.includes(path)) return path;
  const row = /^contacts\.(\d+)\.(name|email|role|phone|language)$/.exec(path);
  return row && Number(row[1]) < contacts ? path : undefined;
}

const at = (body: unknown, path: readonly PropertyKey[]) =>
  path.reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[k] : undefined), body);

/** `body` checked with the API's schema: one problem per field, worded when shown. */
export function schemaProblems(body: PartnerBody, version: number | undefined): Problem[] {
  const result = version === undefined ? PartnerInputSchema.safeParse(body) : PartnerUpdateSchema.safeParse({ ...body, version });
  const problems = new Map<string, Problem>();
  for (const issue of result.error?.issues ?? []) {
    const path = issue.path.map(String).join('.');
    if (problems.has(path)) continue;
    const value = at(body, issue.path);
    const empty = value === '' || value === undefined;
    const field = controlOf(path, body.contacts?.length ?? 0);
    // An empty country is one not chosen: the picker's own words say so.
    const text = empty && path !== 'country' ? () => issueMessage(issue as IssueLike, lang.value, { empty, choice: path === 'names.own.language' }) : (ownWords(issue.message) ?? (() => issueMessage(issue as IssueLike, lang.value)));
    problems.set(path, field ? { field, text } : { text });
  }
  return [...problems.values()];
}

/** The 400's field errors, one per field, worded as the check in the page words them. */
export function serverProblems(data: ApiRefusalBody, contacts: number): Problem[] {
  const seen = new Set<string>();
  return (data.fields ?? [])
    .filter((f) => !seen.has(f.path) && Boolean(seen.add(f.path)))
    .map((f) => {
      const field = controlOf(f.path, contacts);
      const text = ownWords(f.message) ?? (() => serverWords(f.message, lang.value));
      return field ? { field, text } : { text };
    });
}

const withRequestId = (text: string, data: ApiRefusalBody) => (data.requestId ? `${text} ${t('common.requestId', { id: data.requestId })}` : text);

// ---- the form's state -------------------------------------------------------------------

/** The form's state, and what it does: fill it with a partner to edit, check it, send it. */
export function partnerForm(host: FormHost) {
  const draft = signal<PartnerDraft>(EMPTY);
  const editing = signal<Editing | undefined>(undefined);
  const country = signal<CountryShown>({ code: '' });
  const problems = signal<Problem[]>([]);
  const message = signal<FormMessage | undefined>(undefined);
  const busy = signal(false);
  /** The partner whose edit is being read (its button waits meanwhile). */
  const opening = signal<string | undefined>(undefined);
  let nextKey = 0;

  const change = (part: Partial<PartnerDraft>) => (draft.value = { ...draft.value, ...part });

  function changeContact(key: number, part: Partial<ContactDraft>): void {
    change({ contacts: draft.value.contacts.map((c) => (c.key === key ? { ...c, ...part } : c)) });
  }

  function addContact(): void {
    const n = draft.value.contacts.length;
    change({ contacts: [...draft.value.contacts, { key: nextKey++, name: '', email: '', role: '', phone: '', language: '' }] });
    host.focusOn(`contacts.${n}.name`);
  }

  function removeContact(key: number): void {
    const at = draft.value.contacts.findIndex((c) => c.key === key);
    const left = draft.value.contacts.filter((c) => c.key !== key);
    change({ contacts: left });
    // The focus goes to the row that took its place, or the one before, or to "add".
    host.focusOn(left.length ? `contacts.${Math.min(at, left.length - 1)}.name` : 'add-contact');
  }

  /** Fills the form with a stored partner, as its edit form (partnerFormOf) has it. */
  function fill(f: PartnerUpdate): void {
    problems.value = [];
    draft.value = {
      name: f.name,
      ru: f.names.ru ?? '',
      uz: f.names.uz ?? '',
      ownName: f.names.own?.name ?? '',
      ownLanguage: f.names.own?.language ?? '',
      type: f.type,
      city: f.city,
      website: f.website,
      erasmusCode: f.erasmusCode ?? '',
      schacId: f.schacId ?? '',
      contacts: f.contacts.map((c) => ({ key: nextKey++, name: c.name, email: c.email, role: c.role ?? '', phone: c.phone ?? '', language: c.language ?? '' })),
    };
    country.value = { code: f.country };
  }

  function edit(partner: Partner, opener?: string): void {
    const f = partnerFormOf(partner);
    editing.value = { id: partner.id, name: partner.name, version: f.version, names: f.names, opener: opener ?? editing.value?.opener };
    fill(f);
  }

  async function startEdit(id: string): Promise<void> {
    opening.value = id;
    try {
      // Read afresh: the version sent back is the one the form shows.
      const answer = await api('GET /partners/:id', { params: { id } });
      if (!answer.ok) {
        message.value = { text: () => withRequestId(t('partners.openFailed', { status: String(answer.status) }), answer.data), tone: 'error' };
        return;
      }
      message.value = undefined;
      edit(answer.data, id);
      host.focusOn('add-heading');
    } catch {
      message.value = { text: () => t('common.offline'), tone: 'error' };
    } finally {
      opening.value = undefined;
    }
  }

  /** Back to registering; `returnFocus` puts the focus back on the edit button that was pressed. */
  function stopEdit(returnFocus: boolean): void {
    const opener = editing.value?.opener;
    editing.value = undefined;
    draft.value = EMPTY;
    country.value = { code: '' };
    problems.value = [];
    if (returnFocus) {
      message.value = undefined;
      host.focusOn(opener && document.getElementById(`edit-${opener}`) ? `edit-${opener}` : 'add-heading');
    }
  }

  /** The form as the API's body (PartnerInput; the version is added when editing). */
  function body(): PartnerBody {
    const d = draft.value;
    const names: NonNullable<PartnerBody['names']> = {};
    // A name in English kept from the stored partner (the form shows the Latin-script name instead).
    if (editing.value?.names.en) names.en = editing.value.names.en;
    // Further other-language names (from a directory file) have no field: kept as they were.
    for (const [language, name] of Object.entries(editing.value?.names ?? {})) {
      if (!['en', 'ru', 'uz', 'own', d.ownLanguage].includes(language) && typeof name === 'string') names[language] = name;
    }
    if (d.ru.trim()) names.ru = d.ru.trim();
    if (d.uz.trim()) names.uz = d.uz.trim();
    if (d.ownName.trim() || d.ownLanguage) names.own = { language: d.ownLanguage, name: d.ownName.trim() };
    return {
      name: d.name.trim(),
      names,
      type: d.type,
      country: country.value.code,
      city: d.city.trim(),
      website: d.website.trim(),
      ...(d.erasmusCode.trim() ? { erasmusCode: d.erasmusCode.trim() } : {}),
      ...(d.schacId.trim() ? { schacId: d.schacId.trim() } : {}),
      contacts: d.contacts.map((c) => ({
        name: c.name.trim(),
        email: c.email.trim(),
        ...(c.role.trim() ? { role: c.role.trim() } : {}),
        ...(c.phone.trim() ? { phone: c.phone.trim() } : {}),
        ...(c.language ? { language: c.language } : {}),
      })),
    };
  }

  /** Named as the list names it for this reader: its Russian name on a Russian page, say. */
  function existing(data: ApiRefusalBody): string {
    const known = host.partners().find((p) => p.id === data.partnerId);
    return (known && (known.names?.[lang.value] || known.name)) || String(data.name ?? data.partnerId ?? '');
  }

  /** `confirmed`: the office has seen the likely duplicates and says this is another university. */
  async function save(confirmed = false): Promise<void> {
    if (busy.value) return;
    const was = editing.value;
    const sent: PartnerBody = { ...body(), ...(confirmed ? { confirmNotDuplicate: true } : {}) };
    const found = schemaProblems(sent, was?.version);
    problems.value = found;
    if (found.length) {
      message.value = undefined;
      return;
    }
    message.value = { text: () => t('common.sending') };
    busy.value = true;
    try {
      const answer = was ? await api('PUT /partners/:id', { params: { id: was.id }, body: { ...sent, version: was.version } }) : await api('POST /partners', { body: sent });
      if (answer.ok) {
        // Named as the page's reader says it, and again after a language switch.
        const saved = { name: answer.data.name, names: answer.data.names };
        stopEdit(false);
        await host.reload();
        message.value = { text: () => t(was ? 'partners.saved' : 'partners.added', { name: saved.names?.[lang.value] ?? saved.name }), tone: 'ok' };
        // The button was disabled while sending and dropped the focus to the page's start: to the form's heading, above the message.
        host.focusOn('add-heading');
        return;
      }
      const { status, data } = answer;
      if (status === 409 && data.error === 'partner_exists') {
        message.value = { text: () => '', tone: 'warn', focus: true, existing: existing(data) };
      } else if (status === 409 && data.error === 'likely_duplicate' && Array.isArray(data.candidates) && data.candidates.length) {
        const candidates = (data.candidates as DuplicateCandidateView[]).map((c) => ({ id: c.id, name: () => existing({ partnerId: c.id, name: c.name }), why: c.why }));
        message.value = { text: () => t('partners.likely'), tone: 'warn', focus: true, candidates };
      } else if (status === 409 && data.error === 'partner_changed' && was && data.partner) {
        // Someone else's version wins the form; what this person typed is theirs to make again.
        edit(data.partner as Partner);
        await host.reload();
        message.value = { text: () => t('partners.changed'), tone: 'warn' };
        host.focusOn('add-heading');
      } else if (status === 400) {
        message.value = undefined;
        const refused = serverProblems(data, sent.contacts?.length ?? 0);
        problems.value = refused.length ? refused : [{ text: () => withRequestId(t(was ? 'partners.notSaved' : 'partners.failed', { status: '400' }), data) }];
      } else if (status === 404 && was) {
        stopEdit(false);
        await host.reload();
        message.value = { text: () => t('partners.openFailed', { status: '404' }), tone: 'error', focus: true };
      } else {
        message.value = { text: () => withRequestId(t(was ? 'partners.notSaved' : 'partners.failed', { status: String(status) }), data), tone: 'error', focus: true };
      }
    } catch {
      message.value = { text: () => t('common.offline'), tone: 'error', focus: true };
    } finally {
      busy.value = false;
    }
  }

  return { draft, editing, country, problems, message, busy, opening, change, changeContact, addContact, removeContact, startEdit, stopEdit, save, findInList: host.findInList };
}

export type PartnerForm = ReturnType<typeof partnerForm>;

// ---- the form's view ----------------------------------------------------------------------

/** Languages a partner's own name is most often in (the one a stored partner has is added). */
const OWN_LANGUAGES = [
  'kk', 'ky', 'tg', 'tk', 'kaa', 'az', 'tr', 'fa', 'ar', 'zh', 'ko', 'ja', 'mn', 'hi', 'ur', 'ms', 'id', 'th', 'vi', 'he',
  'de', 'fr', 'es', 'it', 'pt', 'nl', 'pl', 'cs', 'sk', 'hu', 'ro', 'bg', 'el', 'fi', 'sv', 'nb', 'da', 'et', 'lv', 'lt', 'uk', 'be', 'ka', 'hy',
];

/** The own-language choices, by their names in the page's language. */
function languageChoices(chosen: string, language: Language): { code: string; name: string }[] {
  const codes = [...new Set([...OWN_LANGUAGES, ...(chosen ? [chosen] : [])])];
  const collator = new Intl.Collator(language === 'uz' ? 'en' : language);
  return codes.map((code) => ({ code, name: displayNameIn('language', code, language) })).sort((a, b) => collator.compare(a.name, b.name));
}

const CONTACT_PARTS: readonly { key: Exclude<keyof ContactDraft, 'key' | 'language'>; caption: MessageKey; type: 'text' | 'email' | 'tel'; max: number }[] = [
  { key: 'name', caption: 'partners.contactName', type: 'text', max: 200 },
  { key: 'email', caption: 'partners.contactEmail', type: 'email', max: 254 },
  { key: 'role', caption: 'partners.contactRole', type: 'text', max: 200 },
  { key: 'phone', caption: 'partners.contactPhone', type: 'tel', max: 40 },
];

/** The languages Hamkor writes in, each named in itself (as the language switcher names them). */
const CONTACT_LANGUAGES = (Object.entries(LANGUAGE_NAMES) as [Language, string][]).map(([code, name]) => ({ code, name }));

const typed = (e: Event) => (e.currentTarget as HTMLInputElement).value;

function Contacts({ form, errorOf }: { form: PartnerForm; errorOf: (field: string) => string | undefined }) {
  const contacts = form.draft.value.contacts;
  return (
    <fieldset class="contacts">
      <legend>{t('partners.contacts')}</legend>
      {contacts.length ? null : <p class="muted no-contacts">{t('partners.noContacts')}</p>}
      <div class="contact-rows">
        {contacts.map((c, i) => (
          <fieldset class="contact" key={c.key}>
            <legend>{t('partners.contactN', { n: i + 1 })}</legend>
            <div class="row">
              {CONTACT_PARTS.map((part) => {
                const id = `contacts.${i}.${part.key}`;
                return (
                  <Field key={part.key} id={id} label={t(part.caption, { n: i + 1 })} error={errorOf(id)}>
                    {(control) => (
                      // `list`: Preact's types tell an input's type apart by it; a contact's fields offer no suggestions.
                      <input {...control} name={id} type={part.type} list={undefined} maxLength={part.max} autocomplete="off" value={c[part.key]} onInput={(e) => form.changeContact(c.key, { [part.key]: typed(e) })} />
                    )}
                  </Field>
                );
              })}
              <Field id={`contacts.${i}.language`} label={t('partners.contactLanguage', { n: i + 1 })} hint={t('partners.contactLanguageHint')} error={errorOf(`contacts.${i}.language`)}>
                {(control) => (
                  <select {...control} name={`contacts.${i}.language`} value={c.language} onChange={(e) => form.changeContact(c.key, { language: (e.currentTarget as HTMLSelectElement).value as ContactDraft['language'] })}>
                    <option value="">{t('partners.contactLanguageUnset')}</option>
                    {CONTACT_LANGUAGES.map((l) => (
                      <option key={l.code} value={l.code} lang={l.code}>
                        {l.name}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
            </div>
            <button type="button" class="secondary" onClick={() => form.removeContact(c.key)}>
              {t('partners.removeContact', { n: i + 1 })}
            </button>
          </fieldset>
        ))}
      </div>
      <button type="button" id="add-contact" class="secondary" onClick={form.addContact}>
        {t('partners.addContact')}
      </button>
    </fieldset>
  );
}

/** The likely duplicates, each a link that finds it in the list, and the button that goes on. */
function Candidates({ form, candidates, editing }: { form: PartnerForm; candidates: Candidate[]; editing: boolean }) {
  return (
    <>
      <ul class="candidates">
        {candidates.map((c) => (
          <li key={c.id}>
            <a
              href={`/office/partners?q=${encodeURIComponent(c.name())}`}
              onClick={(e) => {
                e.preventDefault();
                form.findInList(c.name());
              }}
            >
              {c.name()}
            </a>
            {` — ${t(`partners.likely.${c.why}`)}`}
          </li>
        ))}
      </ul>
      <button type="button" id="confirm-not-duplicate" class="secondary" disabled={form.busy.value} onClick={() => void form.save(true)}>
        {t(editing ? 'partners.notTheSameSave' : 'partners.notTheSame')}
      </button>
    </>
  );
}

/** "Already registered as {name}.", the name a link that finds that partner in the list. */
function Existing({ form, name }: { form: PartnerForm; name: string }) {
  const SLOT = '\u0000';
  const [before, after] = t('partners.exists', { name: SLOT }).split(SLOT);
  return (
    <span>
      {before}
      <a
        href={`/office/partners?q=${encodeURIComponent(name)}`}
        onClick={(e) => {
          e.preventDefault();
          form.findInList(name);
        }}
      >
        {name}
      </a>
      {after}
    </span>
  );
}

export function PartnerFormView({ form }: { form: PartnerForm }) {
  const d = form.draft.value;
  const editing = form.editing.value;
  const language = lang.value;
  const problems = form.problems.value;
  const errorOf = (field: string) => problems.find((p) => p.field === field)?.text();
  const message = form.message.value;
  const text = (key: keyof PartnerDraft) => ({ value: d[key] as string, onInput: (e: Event) => form.change({ [key]: typed(e) }) });
  return (
    <form
      id="add-form"
      class="card"
      aria-labelledby="add-heading"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void form.save();
      }}
    >
      <h2 id="add-heading" tabIndex={-1}>
        {editing ? t('partners.editHeading', { name: editing.name }) : t('partners.add')}
      </h2>
      <ErrorSummary title={t('nom.checkFields')} errors={problems.map((p) => ({ ...(p.field ? { field: p.field } : {}), text: p.text() }))} />
      <Field id="name" label={t('partners.name')} hint={t('partners.nameHint')} error={errorOf('name')}>
        {(control) => <input {...control} type="text" name="name" maxLength={300} required autocomplete="off" {...text('name')} />}
      </Field>
      <div class="row">
        <Field id="names.ru" label={t('partners.nameRu')} hint={t('partners.optional')} error={errorOf('names.ru')}>
          {(control) => <input {...control} type="text" name="names.ru" maxLength={300} lang="ru" autocomplete="off" {...text('ru')} />}
        </Field>
        <Field id="names.uz" label={t('partners.nameUz')} hint={t('partners.optional')} error={errorOf('names.uz')}>
          {(control) => <input {...control} type="text" name="names.uz" maxLength={300} lang="uz" autocomplete="off" {...text('uz')} />}
        </Field>
      </div>
      <div class="row">
        <Field id="names.own.name" label={t('partners.ownName')} hint={t('partners.ownNameHint')} error={errorOf('names.own.name')}>
          {/* The name is read out in its own language once the language is known. */}
          {(control) => <input {...control} type="text" name="names.own.name" maxLength={300} autocomplete="off" lang={d.ownLanguage || undefined} {...text('ownName')} />}
        </Field>
        <Field id="names.own.language" label={t('partners.ownLanguage')} error={errorOf('names.own.language')}>
          {(control) => (
            <select {...control} name="names.own.language" value={d.ownLanguage} onChange={(e) => form.change({ ownLanguage: (e.currentTarget as HTMLSelectElement).value })}>
              <option value="">{t('partners.noLanguage')}</option>
              {languageChoices(d.ownLanguage, language).map((l) => (
                <option key={l.code} value={l.code}>{`${l.name} (${l.code})`}</option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <Field id="type" label={t('partners.type')} hint={t('partners.typeHint')} error={errorOf('type')}>
        {(control) => (
          <select {...control} name="type" value={d.type} onChange={(e) => form.change({ type: (e.currentTarget as HTMLSelectElement).value as PartnerType })}>
            {PARTNER_TYPES.map((type) => (
              <option key={type} value={type}>
                {t(`partners.type.${type}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <div class="row">
        <Field id="country" label={t('partners.country')} hint={t('partners.countryHint')} error={errorOf('country')}>
          {(control) => <CountryPicker {...control} name="country" required value={form.country.value.code} onChange={(code) => (form.country.value = { code })} />}
        </Field>
        <Field id="city" label={t('partners.city')} error={errorOf('city')}>
          {(control) => <input {...control} type="text" name="city" maxLength={200} required {...text('city')} />}
        </Field>
      </div>
      <Field id="website" label={t('partners.website')} hint={t('partners.websiteHint')} error={errorOf('website')}>
        {(control) => <input {...control} type="url" name="website" maxLength={500} required inputMode="url" {...text('website')} />}
      </Field>
      <div class="row">
        <Field id="erasmusCode" label={t('partners.erasmusCode')} hint={t('partners.erasmusHint')} error={errorOf('erasmusCode')}>
          {(control) => <input {...control} type="text" name="erasmusCode" maxLength={20} autocomplete="off" autocapitalize="characters" {...text('erasmusCode')} />}
        </Field>
        <Field id="schacId" label={t('partners.schacId')} hint={t('partners.schacHint')} error={errorOf('schacId')}>
          {(control) => <input {...control} type="text" name="schacId" maxLength={253} autocomplete="off" autocapitalize="none" inputMode="url" {...text('schacId')} />}
        </Field>
      </div>
      <Contacts form={form} errorOf={errorOf} />
      <div class="form-actions">
        <SubmitButton busy={form.busy.value}>{t(editing ? 'partners.saveChanges' : 'partners.save')}</SubmitButton>
        {editing ? (
          <button type="button" class="secondary" onClick={() => form.stopEdit(true)}>
            {t('partners.cancelEdit')}
          </button>
        ) : null}
      </div>
      <MessageBox message={message}>
        {message?.existing ? <Existing form={form} name={message.existing} /> : null}
        {message?.candidates ? <Candidates form={form} candidates={message.candidates} editing={!!editing} /> : null}
      </MessageBox>
    </form>
  );
}
