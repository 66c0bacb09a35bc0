/**
 * The office console's partners (/office/partners): every partner university with its names in
 * other languages, country, city and website, searchable in any language (`?q=` in the address,
 * replaced, not pushed); for admins, a form to register one. The server refuses a name that a
 * partner in the same country already has (409 `partner_exists`): the page says which partner,
 * with a link to it in the list, rather than registering it twice.
 */
import { fieldMessage } from '../../../shared/i18n/validation';
import { byId, call, el, link, requestIdOf, say, sayWithLink } from '../dom';
import { displayName, lang, LANGUAGES, onLanguageChange, t } from '../i18n';
import { displayName as displayNameIn } from '../../../shared/i18n/labels';
import { clearFieldErrors, fold, listOf, showFieldErrors, startOfficePage } from '../office';

type OfficePartner = { id: string; name: string; names?: Record<string, string>; country?: string; city?: string; website?: string };

const PAGE = '/office/partners';
let partners: OfficePartner[] = [];

const countryName = (code: string | undefined) => (code ? displayName('region', code) : '');

/** Everything a search may match: names in every language, the city, the country by code and name. */
function searchText(p: OfficePartner): string {
  const country = p.country ? [p.country, ...LANGUAGES.map((l) => displayNameIn('region', p.country!, l))] : [];
  return fold([p.name, ...Object.values(p.names ?? {}), p.city ?? '', ...country].join(' | '));
}

/** The names other than the one shown, each with its language. */
function otherNames(p: OfficePartner): string {
  return Object.entries(p.names ?? {})
    .filter(([, name]) => name && name !== p.name)
    .map(([code, name]) => `${name} (${code})`)
    .join('; ');
}

function cell(content: string | Node, cls?: string): HTMLTableCellElement {
  const td = el('td', undefined, cls);
  td.append(content);
  return td;
}

function render(): void {
  const search = fold(byId<HTMLInputElement>('search').value.trim());
  const shown = partners.filter((p) => !search || searchText(p).includes(search));
  const body = byId('registry-body');
  body.replaceChildren();
  for (const p of shown) {
    const tr = el('tr');
    tr.id = `partner-${p.id}`;
    const name = el('th', p.names?.[lang()] && p.names[lang()] !== p.name ? `${p.name} — ${p.names[lang()]}` : p.name);
    name.scope = 'row';
    name.style.whiteSpace = 'normal';
    const site = p.website ? link(p.website.replace(/^https?:\/\//, '').replace(/\/$/, ''), p.website) : '';
    if (site) site.rel = 'noopener noreferrer';
    tr.append(name, cell(otherNames(p)), cell(countryName(p.country), 'nowrap'), cell(p.city ?? ''), cell(site));
    body.append(tr);
  }
  if (!shown.length) {
    const td = el('td', t('partners.noneFound'), 'muted');
    td.colSpan = 5;
    const tr = el('tr');
    tr.append(td);
    body.append(tr);
  }
  byId('count').textContent = t('partners.count', { n: shown.length, total: partners.length });
}

function rememberSearch(): void {
  const q = byId<HTMLInputElement>('search').value.trim();
  history.replaceState(null, '', q ? `${PAGE}?q=${encodeURIComponent(q)}` : PAGE);
}

async function load(): Promise<void> {
  const list = await call('GET', '/api/partners');
  partners = listOf<OfficePartner>(list).sort((a, b) => fold(a.name).localeCompare(fold(b.name)));
  if (list.status !== 200) say(byId('message'), () => `${t('office.loadFailed', { status: String(list.status) })}${requestIdOf(list.data)}`, 'error');
  render();
}

/** Shows the existing partner in the list: the search becomes its name. */
function findInList(name: string): void {
  byId<HTMLInputElement>('search').value = name;
  render();
  rememberSearch();
  byId('search').focus();
}

function readAddForm(form: HTMLFormElement): Record<string, unknown> {
  const value = (name: string) => (form.elements.namedItem(name) as HTMLInputElement).value.trim();
  const names: Record<string, string> = {};
  for (const l of ['ru', 'uz']) if (value(`names.${l}`)) names[l] = value(`names.${l}`);
  return { name: value('name'), names, country: value('country').toUpperCase(), city: value('city'), website: value('website') };
}

function wireAddForm(): void {
  const form = byId<HTMLFormElement>('add-form');
  const box = form.querySelector<HTMLElement>('.message')!;
  const button = form.querySelector<HTMLButtonElement>('button[type=submit]')!;
  form.hidden = false;
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    clearFieldErrors(form);
    say(box, () => t('common.sending'));
    button.disabled = true;
    try {
      const { status, data } = await call('POST', '/api/partners', readAddForm(form));
      if (status === 201) {
        const name = String(data.name ?? '');
        form.reset();
        await load();
        say(box, () => t('partners.added', { name }), 'ok');
      } else if (status === 409 && data.error === 'partner_exists') {
        const name = String(data.name ?? data.partnerId ?? '');
        const a = link(name, `${PAGE}?q=${encodeURIComponent(name)}`);
        a.addEventListener('click', (ev) => {
          ev.preventDefault();
          findInList(name);
        });
        sayWithLink(box, (slot) => t('partners.exists', { name: slot }), a, 'warn');
      } else if (status === 400) {
        const fields: { path: string; message: string }[] = Array.isArray(data.fields) ? data.fields : [];
        const unplaced = showFieldErrors(
          form,
          fields.map((f) => ({ path: f.path, message: () => fieldMessage(f.message, lang()) })),
        );
        say(box, () => [t('nom.checkFields'), ...unplaced].join(' '), 'error');
      } else {
        say(box, () => `${t('partners.failed', { status: String(status) })}${requestIdOf(data)}`, 'error');
      }
    } catch {
      say(box, () => t('common.offline'), 'error');
    } finally {
      button.disabled = false;
    }
  });
}

startOfficePage('partners.title', async (me) => {
  byId<HTMLInputElement>('search').value = new URLSearchParams(location.search).get('q') ?? '';
  await load();
  byId('registry').hidden = false;
  const filters = byId<HTMLFormElement>('filters');
  filters.addEventListener('input', () => {
    render();
    rememberSearch();
  });
  filters.addEventListener('submit', (e) => e.preventDefault());
  // Registering a partner is for admins; the server checks again.
  if (me.roles.includes('admin')) wireAddForm();
  onLanguageChange(render);
});
