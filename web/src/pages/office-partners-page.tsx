/**
 * The office console's partners (/office/partners; its entry is pages/office-partners.tsx):
 * every partner university with its names in other languages, country, city and website,
 * searchable in any language and script (`?q=` in the address, replaced, not pushed); a partner
 * proposed by faculty with a memorandum is marked as not yet checked, until an admin's edit (that
 * check) saves it. For admins, one form to register a partner or edit one
 * (office-partners-form.tsx).
 */
import { signal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { displayName as displayNameIn, knowUzbekNames } from '../../../shared/i18n/labels';
import { UZ_ALL_COUNTRIES, UZ_MORE_LANGUAGES } from '../../../shared/i18n/uz-names';
import { api } from '../api';
import type { Partner } from '../api-types';
import { ConsoleFrame, type ConsoleAccess, type OfficeMember } from '../components/console-frame';
import { MessageBox, type Message } from '../components/message-box';
import { useTitle } from '../components/page';
import { lang, t, type Language } from '../i18n/live';
import { partnerForm, PartnerFormView, type PartnerForm } from './office-partners-form';
import { fold } from '../search-text';
import { partnersFound } from './office-partners-search';

// The list names every country and the partners' own languages: in Uzbek too (Chromium has no Uzbek names).
knowUzbekNames({ countries: UZ_ALL_COUNTRIES, languages: UZ_MORE_LANGUAGES });

const PAGE = '/office/partners';

/** The partner's name in the reader's language, where it has one; else its name. */
export const localPartnerName = (p: Partner, language: Language): string => p.names?.[language] || p.name;

/** The names other than the one shown, each with its language's name in the reader's language. */
export function otherNames(p: Partner, language: Language): string {
  return Object.entries(p.names ?? {})
    .filter(([, name]) => name && name !== p.name)
    .map(([code, name]) => `${name} (${displayNameIn('language', code, language)})`)
    .join('; ');
}

/** The page's state: the list as read, the search, the page's message, where the focus goes next, and the form. */
export function officePartners(address: { search: string } = location) {
  /** Undefined until read. */
  const partners = signal<Partner[] | undefined>(undefined);
  const search = signal(new URLSearchParams(address.search).get('q') ?? '');
  const message = signal<Message | undefined>(undefined);
  /** The element to focus once the page has rendered what changed (a new object each time). */
  const focus = signal<{ id: string } | undefined>(undefined);

  const focusOn = (id: string) => (focus.value = { id });

  async function load(): Promise<void> {
    try {
      const answer = await api('GET /partners');
      if (answer.ok) {
        partners.value = [...answer.data].sort((a, b) => fold(a.name).localeCompare(fold(b.name)));
        return;
      }
      const id = answer.data.requestId;
      message.value = { text: () => `${t('office.loadFailed', { status: String(answer.status) })}${id ? ` ${t('common.requestId', { id })}` : ''}`, tone: 'error' };
    } catch {
      message.value = { text: () => t('common.offlineReload'), tone: 'error' };
    }
    partners.value ??= [];
  }

  /** The search, kept in the address (replaced: a search is not a step back). */
  function setSearch(q: string): void {
    search.value = q;
    const typed = q.trim();
    history.replaceState(null, '', typed ? `${PAGE}?q=${encodeURIComponent(typed)}` : PAGE);
  }

  /** Shows an existing partner in the list: the search becomes its name. */
  function findInList(name: string): void {
    setSearch(name);
    focusOn('search');
  }

  const form = partnerForm({ partners: () => partners.value ?? [], reload: load, focusOn, findInList });

  return { partners, search, message, focus, form, load, setSearch, focusOn };
}

export type OfficePartners = ReturnType<typeof officePartners>;

function Row({ partner: p, form, language }: { partner: Partner; form: PartnerForm | undefined; language: Language }) {
  const local = localPartnerName(p, language);
  return (
    <tr id={`partner-${p.id}`}>
      <th scope="row" style={{ whiteSpace: 'normal' }}>
        {local !== p.name ? `${p.name} — ${local}` : p.name}
        {/* Proposed by faculty with a memorandum: the office has not checked its details yet (an administrator's edit is that check). */}
        {p.proposed ? (
          <>
            {' '}
            <span class="badge warn">{t('partners.unchecked', { by: p.proposed.by.name })}</span>
          </>
        ) : null}
      </th>
      <td>{otherNames(p, language)}</td>
      <td class="nowrap">{p.country ? displayNameIn('region', p.country, language) : ''}</td>
      <td>{p.city ?? ''}</td>
      <td>
        {p.website ? (
          <a href={p.website} rel="noopener noreferrer">
            {p.website.replace(/^https?:\/\//, '').replace(/\/$/, '')}
          </a>
        ) : null}
      </td>
      {form ? (
        <td>
          {/* "Edit" to the eye; "Edit Osh State University" to a screen reader's list of buttons. */}
          <button type="button" id={`edit-${p.id}`} class="link" aria-label={t('partners.edit', { name: p.name })} disabled={form.opening.value === p.id} onClick={() => void form.startEdit(p.id)}>
            {t('partners.editShort')}
          </button>
        </td>
      ) : null}
    </tr>
  );
}

function Registry({ model, partners, isAdmin }: { model: OfficePartners; partners: readonly Partner[]; isAdmin: boolean }) {
  const language = lang.value;
  const shown = partnersFound(partners, model.search.value);
  const form = isAdmin ? model.form : undefined;
  return (
    <div id="registry">
      <form id="filters" class="card filters" role="search" aria-labelledby="filters-heading" noValidate onSubmit={(e) => e.preventDefault()}>
        <h2 id="filters-heading" class="visually-hidden">
          {t('partners.find')}
        </h2>
        <div class="field">
          <label for="search">
            <span>{t('partners.search')}</span> <span class="hint">{t('partners.searchHint')}</span>
          </label>
          <input type="search" id="search" name="search" autocomplete="off" value={model.search.value} onInput={(e) => model.setSearch(e.currentTarget.value)} />
        </div>
      </form>
      <p id="count" class="muted" role="status" aria-live="polite">
        {t('partners.count', { n: shown.length, total: partners.length })}
      </p>
      <div class="table-scroll" role="region" aria-labelledby="registry-caption" tabIndex={0}>
        <table id="registry-table" class="registry">
          <caption id="registry-caption" class="visually-hidden">
            {t('partners.caption')}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('partners.name')}</th>
              <th scope="col">{t('partners.otherNames')}</th>
              <th scope="col">{t('partners.country')}</th>
              <th scope="col">{t('partners.city')}</th>
              <th scope="col">{t('partners.website')}</th>
              {form ? <th scope="col">{t('nom.actions')}</th> : null}
            </tr>
          </thead>
          <tbody id="registry-body">
            {shown.length ? (
              shown.map((p) => <Row key={p.id} partner={p} form={form} language={language} />)
            ) : (
              <tr>
                <td class="muted" colSpan={form ? 6 : 5}>
                  {t('partners.noneFound')}
                </td>
              </tr>
            )}
          </tbody>
        </table>
      </div>
      {/* Admins only: registering and editing partners (the server checks again). */}
      {form ? <PartnerFormView form={form} /> : null}
    </div>
  );
}

function PartnersView({ model, member }: { model: OfficePartners; member: OfficeMember }) {
  useTitle(t('partners.title'));
  useEffect(() => {
    void model.load();
  }, [model]);
  const focus = model.focus.value;
  // After paint, not in a layout effect: the form re-renders after this component (signals skip
  // it while its props stay the same), and the row or heading to focus must be its new one.
  useEffect(() => {
    if (focus) document.getElementById(focus.id)?.focus();
  }, [focus]);
  const partners = model.partners.value;
  return (
    <>
      <h1 id="title">{t('partners.title')}</h1>
      <MessageBox id="message" message={model.message.value} />
      {partners ? <Registry model={model} partners={partners} isAdmin={member.roles.includes('admin')} /> : <p class="muted">{t('common.loading')}</p>}
    </>
  );
}

export function OfficePartnersPage({ model, access }: { model: OfficePartners; access?: ConsoleAccess }) {
  return (
    <ConsoleFrame current="partners" title={t('partners.title')} {...(access ? { access } : {})}>
      {(member) => <PartnersView model={model} member={member} />}
    </ConsoleFrame>
  );
}
