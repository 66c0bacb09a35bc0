/**
 * The office console's agreements: one HTML page with two views, chosen by the address:
 *
 *   /office/agreements                 the registry: every agreement with its partner, searchable by
 *                                      partner (any language) and country, filtered by status, with
 *                                      the two quick views the office asks for most: "expiring soon"
 *                                      (in force, ending within 180 days, soonest first, worked out
 *                                      here from the list) and "dormant" (the API's own list)
 *   /office/agreements?id=<id>         one agreement: content and conditions, places planned and
 *                                      used, documents, versions with what changed last, history;
 *                                      its signatures, termination and renewal, and the office's
 *                                      actions on them (agreement-life.ts); a change of its
 *                                      content, a new version at once or an amendment through the
 *                                      chain (agreement-edit.ts); what changed, in the office's
 *                                      words (diff-words.ts)
 *
 * A query string rather than a path for the detail, so that the page routes stay a plain table
 * (infra/web-site.ts) on the local server and at the edge. The filters live in the address too
 * (replaced, not pushed), so going back from an agreement finds the registry as it was left.
 *
 * Only the international office (roles `admin` or `international_office`) sees anything: anyone
 * else is told so before a single list is requested. Loading only reads; only a person pressing
 * an action's Save changes an agreement.
 */
import { api, type ApiAnswer } from '../api';
import type { Agreement, AgreementVersion, AttachedDocument, DormantAgreement, Partner, PlacesRow, VersionDiff } from '../api-types';
import { byId, el, link, listOf, requestIdOf, say, type Tone } from '../dom';
import { day, displayName, label, localName, list, number, onLanguageChange, plural, t, when, type MessageKey } from '../i18n';
import { allRead, cell, fold, noneRow, partnerSearchText, startOfficePage } from '../office';
import { academicYearStart } from '../../../shared/workflow/quota';
import { quote, renderContent, renderHistory, wording } from '../present';
import { renderAgreementLife, type Reload } from '../agreement-life';
import { renderAgreementEdit } from '../agreement-edit';
import { documentKindName, downloadButton } from '../document-upload';
import { changedField, changedValue, type Wording } from '../diff-words';
import { diffContent } from '../../../shared/workflow/versions';

const message = byId('message');
const tell = (text: (() => string) | undefined, tone: Tone = '') => say(message, text, tone);

/**
 * A row of the registry: an agreement as listed, or a dormant one the list did not have (from
 * the dormant list's own fields), with its last mobility in the dormant view.
 */
type RegistryRow = Pick<Agreement, 'id' | 'reference' | 'status' | 'amends'> & { content: Partial<Agreement['content']>; lastMobilityAt?: string };
type View = 'all' | 'expiring' | 'dormant';

/** How far ahead "expiring soon" looks, in days. */
const EXPIRING_WITHIN_DAYS = 180;
/** The statuses an agreement can have, in the order the office thinks of them. */
const STATUSES = ['active', 'in_review', 'changes_requested', 'approved', 'draft', 'expired', 'terminated', 'rejected', 'withdrawn'];
const PAGE = '/office/agreements';

/** What the current view drew from data, drawn again when the language changes. */
let redraw: () => void = () => {};
let titleText: () => string = () => t('office.registry');
function setTitle(text: () => string, subtitle: () => string = () => ''): void {
  titleText = () => {
    const words = text();
    byId('title').textContent = words;
    document.title = `${words} — Hamkor`;
    byId('subtitle').textContent = subtitle();
    byId('subtitle').hidden = !subtitle();
    return words;
  };
  titleText();
}
onLanguageChange(() => {
  titleText();
  redraw();
});

// ---- partners and dates -----------------------------------------------------------------

const partners = new Map<string, Partner>();

/** The partner's name in the reader's language where the partner has one, else its usual name. */
const partnerName = (id: string | undefined) => localName(id ? partners.get(id) : undefined) ?? id ?? '';
const countryName = (code: string | undefined) => (code ? displayName('region', code) : '');

/** What a search for an agreement's partner matches (its id, when the partner is not known). */
function searchText(partnerId: string | undefined): string {
  const p = partnerId ? partners.get(partnerId) : undefined;
  return p ? partnerSearchText(p) : fold(partnerId ?? '');
}

const pad = (n: number) => String(n).padStart(2, '0');
/** Today on the reader's calendar, `YYYY-MM-DD`. */
const today = () => {
  const d = new Date();
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
};
const dayNumber = (isoDate: string) => Date.UTC(Number(isoDate.slice(0, 4)), Number(isoDate.slice(5, 7)) - 1, Number(isoDate.slice(8, 10))) / 86_400_000;
const daysUntil = (isoDate: string) => dayNumber(isoDate) - dayNumber(today());

// ---- the registry -----------------------------------------------------------------------

let agreements: Agreement[] = [];
/** An agreement's reference by id, from the registry as read (its id when it is not there). */
const referenceOf = (id: string) => agreements.find((a) => a.id === id)?.reference ?? id;
let dormant: DormantAgreement[] = [];

/** In force and ending within 180 days (not already past), soonest first. */
function expiringSoon(): Agreement[] {
  return agreements
    .filter((a) => {
      const end = a.content?.endDate;
      if (a.status !== 'active' || typeof end !== 'string') return false;
      const left = daysUntil(end);
      return left >= 0 && left <= EXPIRING_WITHIN_DAYS;
    })
    .sort((a, b) => String(a.content.endDate).localeCompare(String(b.content.endDate)));
}

/** The dormant list in the API's order, each joined with the agreement the registry already has. */
function dormantAgreements(): RegistryRow[] {
  return dormant.map((d) => {
    const known = agreements.find((a) => a.id === d.id);
    const base: RegistryRow = known ?? { id: d.id, reference: d.reference, status: 'active', content: { partnerId: d.partnerId, endDate: d.endDate } };
    return { ...base, lastMobilityAt: d.lastMobilityAt };
  });
}

const filters = () => byId<HTMLFormElement>('filters');
const currentView = (): View => {
  const value = (filters().elements.namedItem('view') as RadioNodeList).value;
  return value === 'expiring' || value === 'dormant' ? value : 'all';
};

function statusOptions(): void {
  const select = byId<HTMLSelectElement>('status');
  const chosen = select.value;
  const everyStatus = new Option(t('office.anyStatus'), '');
  select.replaceChildren(everyStatus, ...STATUSES.map((s) => new Option(label(s), s)));
  select.value = chosen;
}

function headCell(key: MessageKey, cls?: string): HTMLTableCellElement {
  const th = el('th', t(key), cls);
  th.scope = 'col';
  return th;
}

function partnerCell(partnerId: string | undefined): HTMLTableCellElement {
  const td = el('td', undefined, 'partner');
  td.append(el('span', partnerName(partnerId)));
  const country = countryName(partners.get(partnerId ?? '')?.country);
  if (country) td.append(el('span', country, 'muted block'));
  return td;
}

/**
 * The day of a last mobility, which the registry shows without a time: a mobility's day is stored
 * as its midnight UTC (that day itself, wherever the reader is); coming into force, as the moment
 * it happened (the reader's day of it).
 */
function dayOfMoment(iso: string): string {
  if (/T00:00:00(\.0+)?Z$/.test(iso)) return iso.slice(0, 10);
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso.slice(0, 10) : `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

const CAPTIONS: Record<View, MessageKey> = { all: 'office.viewAll', expiring: 'office.captionExpiring', dormant: 'office.captionDormant' };

function renderRegistry(): void {
  const view = currentView();
  const search = fold(byId<HTMLInputElement>('search').value.trim());
  const status = byId<HTMLSelectElement>('status').value;
  const inView: RegistryRow[] = view === 'expiring' ? expiringSoon() : view === 'dormant' ? dormantAgreements() : agreements;
  const shown = inView.filter((a) => (!status || a.status === status) && (!search || searchText(a.content?.partnerId).includes(search)));

  byId('registry-caption').textContent = t(CAPTIONS[view]);
  const head = byId('registry-head');
  head.replaceChildren(headCell('office.reference'), headCell('content.partner'), headCell('content.kind'), headCell('office.status'), headCell('content.starts'), headCell('content.ends'));
  if (view === 'expiring') head.append(headCell('office.daysLeft'));
  if (view === 'dormant') head.append(headCell('office.lastMobility'));
  // The places and the dates may wrap ("3 of 3 / used", "1 октября / 2024 г."): the registry fits a 1280 px window whole.
  const placesHead = el('th', t('office.placesYear', { year: thisAcademicYear() }));
  placesHead.scope = 'col';
  head.append(placesHead);

  const body = byId('registry-body');
  body.replaceChildren();
  for (const a of shown) {
    const c = a.content ?? {};
    const tr = el('tr');
    const ref = el('th');
    ref.scope = 'row';
    ref.append(link(a.reference, `${PAGE}?id=${encodeURIComponent(a.id)}`));
    tr.append(
      ref,
      partnerCell(c.partnerId),
      // An amendment is a change to another agreement, not an agreement of its own: said so.
      cell(a.amends ? t('office.amendmentOf', { reference: referenceOf(a.amends) }) : label(c.kind), 'kind'),
      cell(el('span', label(a.status), 'badge')),
      cell(c.startDate ? day(c.startDate) : '', 'date'),
      cell(c.endDate ? day(c.endDate) : t('content.openEnded'), 'date'),
    );
    // The expiring view lists only agreements with an end date.
    if (view === 'expiring') tr.append(cell(plural('history.daysLeft', daysUntil(String(c.endDate))), 'nowrap'));
    if (view === 'dormant') tr.append(cell(a.lastMobilityAt ? day(dayOfMoment(a.lastMobilityAt)) : t('office.never'), 'date'));
    const places = cell('', 'places-cell');
    places.dataset.places = a.id;
    tr.append(places);
    fillPlacesCell(places, a);
    body.append(tr);
  }
  readPlacesOf(shown.filter((a) => a.status === 'active').map((a) => a.id));
  if (!shown.length) noneRow(body, t('office.noneFound'), head.children.length);
  byId('count').textContent = t('office.count', { n: shown.length, total: inView.length });
}

// ---- places this academic year, in the registry ------------------------------------------

/**
 * The registry's last column: places used against planned this academic year, for the agreements
 * in force that are shown. The list does not carry them, so each is read on its own (GET
 * /api/agreements/:id/places), a few at a time, once a page, and its cell filled when it comes:
 * the registry is usable meanwhile, and a search reads only what it shows.
 */
const placesOf = new Map<string, PlacesRow[] | null>();
const placesQueue: string[] = [];
let placesReading = 0;
const PLACES_AT_ONCE = 4;

const thisAcademicYear = () => {
  const y = academicYearStart(today());
  return `${y}/${y + 1}`;
};

function fillPlacesCell(td: HTMLElement, a: RegistryRow): void {
  td.classList.remove('warn');
  if (a.status !== 'active') {
    td.textContent = '';
    return;
  }
  const rows = placesOf.get(a.id);
  if (rows === undefined) {
    td.textContent = '…';
    return;
  }
  if (rows === null) {
    td.textContent = '';
    return;
  }
  const year = rows.filter((r) => r.academicYear === thisAcademicYear());
  const planned = year.reduce((sum, r) => sum + r.planned, 0);
  const used = year.reduce((sum, r) => sum + r.used, 0);
  td.textContent = planned === 0 && used === 0 ? t('office.placesNonePlanned') : t('office.placesUsedOf', { used, planned });
  // More used than planned: places given beyond the plan by an override.
  td.classList.toggle('warn', used > planned);
}

function readPlacesOf(ids: string[]): void {
  for (const id of ids) if (!placesOf.has(id) && !placesQueue.includes(id)) placesQueue.push(id);
  while (placesReading < PLACES_AT_ONCE && placesQueue.length) {
    const id = placesQueue.shift()!;
    placesReading++;
    api('GET /agreements/:id/places', { params: { id } })
      .then((r) => placesOf.set(id, r.ok ? r.data : null))
      .catch(() => placesOf.set(id, null))
      .finally(() => {
        placesReading--;
        // Only the cell changes: a person reading or tabbing through the table keeps their place.
        const a = agreements.find((x) => x.id === id);
        for (const td of document.querySelectorAll<HTMLElement>(`td[data-places="${CSS.escape(id)}"]`)) if (a) fillPlacesCell(td, a);
        readPlacesOf([]);
      });
  }
}

/** The filters as the address's query, so that going back to the registry restores them. */
function rememberFilters(): void {
  const params = new URLSearchParams();
  const view = currentView();
  const search = byId<HTMLInputElement>('search').value.trim();
  const status = byId<HTMLSelectElement>('status').value;
  if (view !== 'all') params.set('view', view);
  if (search) params.set('q', search);
  if (status) params.set('status', status);
  const query = params.toString();
  history.replaceState(null, '', query ? `${PAGE}?${query}` : PAGE);
}

function restoreFilters(params: URLSearchParams): void {
  const view = params.get('view');
  const radio = filters().querySelector<HTMLInputElement>(`input[name=view][value="${view === 'expiring' || view === 'dormant' ? view : 'all'}"]`);
  if (radio) radio.checked = true;
  byId<HTMLInputElement>('search').value = params.get('q') ?? '';
  statusOptions();
  const status = params.get('status') ?? '';
  byId<HTMLSelectElement>('status').value = STATUSES.includes(status) ? status : '';
}

async function showRegistry(params: URLSearchParams): Promise<void> {
  setTitle(() => t('office.registry'));
  const [list, partnerList, dormantList] = await Promise.all([api('GET /agreements'), api('GET /partners'), api('GET /agreements/dormant')]);
  for (const p of listOf(partnerList)) partners.set(p.id, p);
  agreements = listOf(list);
  dormant = listOf(dormantList);
  allRead('office.loadFailed', list, partnerList, dormantList);

  restoreFilters(params);
  byId('registry').hidden = false;
  // The status choices are worded again only on a language change, not under a person choosing one.
  redraw = () => {
    statusOptions();
    renderRegistry();
  };
  renderRegistry();
  const form = filters();
  const update = () => {
    renderRegistry();
    rememberFilters();
  };
  form.addEventListener('input', update);
  form.addEventListener('change', update);
  form.addEventListener('submit', (e) => e.preventDefault()); // Enter in the search box filters; nothing is sent
}

// ---- one agreement ----------------------------------------------------------------------

type Change = VersionDiff['changes'][number];
type PlacesAnswer = ApiAnswer<'GET /agreements/:id/places'>;
type VersionsAnswer = ApiAnswer<'GET /agreements/:id/versions'>;

const HOW: Record<string, MessageKey> = { approved: 'office.how.approved', edited: 'office.how.edited', amendment: 'office.how.amendment', imported: 'office.how.imported' };
/** The places table; for an amendment, those of the agreement it amends (`of`), said so: an amendment has no places of its own. */
function renderPlaces(answer: PlacesAnswer, of?: string): void {
  const body = byId('places-body');
  const note = byId('places-note');
  body.replaceChildren();
  note.textContent = '';
  if (!answer.ok) {
    note.textContent = t('office.placesFailed', { status: String(answer.status) });
    return;
  }
  const rows: PlacesRow[] = answer.data;
  if (of) note.textContent = t('office.placesOfAmended', { reference: of });
  if (!rows.length) note.textContent = [note.textContent, t('office.placesNone')].filter(Boolean).join(' ');
  for (const r of rows) {
    const tr = el('tr');
    const year = el('th', r.academicYear);
    year.scope = 'row';
    const used = r.overridden ? `${number(r.used)} (${t('office.overridden', { n: r.overridden })})` : number(r.used);
    tr.append(
      year,
      cell(t(r.sender === 'home' ? 'office.outgoing' : 'office.incoming')),
      cell(label(r.type)),
      cell(number(r.planned), 'num'),
      cell(used, 'num'),
      // Beyond the plan (an override): "1 over", not "−1" left.
      cell(r.left < 0 ? t('office.placesOver', { n: -r.left }) : number(r.left), 'num'),
    );
    body.append(tr);
  }
}

function renderDocuments(agreementId: string, answer: ApiAnswer<'GET /agreements/:id/documents'>): void {
  const ul = byId('documents');
  ul.replaceChildren();
  if (!answer.ok) {
    ul.append(el('li', t('office.documentsFailed', { status: String(answer.status) }), 'muted'));
    return;
  }
  const docs: AttachedDocument[] = answer.data;
  if (!docs.length) ul.append(el('li', t('office.noDocuments'), 'muted'));
  for (const d of docs) {
    const li = el('li');
    const button = downloadButton({ kind: 'memorandum', id: agreementId }, d, () => byId('documents-message'));
    const kind = documentKindName(d.kind);
    const who = d.uploadedBy?.name ?? d.uploadedBy?.email ?? '';
    li.append(button, el('div', t('office.docMeta', { kind, size: Math.max(1, Math.round(d.size / 1024)), who, date: when(d.uploadedAt ?? d.createdAt) }), 'muted'));
    ul.append(li);
  }
}

function renderVersions(answer: VersionsAnswer, diff: { from: number; to: number; answer: ApiAnswer<'GET /agreements/:id/versions/:from/diff/:to'> } | undefined, words: Wording): void {
  const ol = byId('versions');
  ol.replaceChildren();
  const heading = byId('diff-heading');
  const wrap = byId('diff-wrap');
  const note = byId('diff-note');
  heading.hidden = wrap.hidden = true;
  note.hidden = true;
  if (!answer.ok) {
    ol.append(el('li', t('office.versionsFailed', { status: String(answer.status) }), 'muted'));
    return;
  }
  const versions = answer.data;
  // An agreement still in its chain has no version yet: no card with a heading alone.
  byId('versions-heading').closest('section')!.hidden = versions.length === 0;
  for (const v of versions) {
    const li = el('li');
    const how = HOW[v.how] ? t(HOW[v.how]!) : label(v.how);
    const line = t('office.versionLine', { n: v.number, how, who: v.by?.name ?? v.by?.email ?? '' });
    const what = el('div', line);
    // The amendment that made the version, linked: its chain, its approvers, its note.
    if (v.amendment) what.append(' (', v.amendment.id ? link(v.amendment.reference, `${PAGE}?id=${encodeURIComponent(v.amendment.id)}`) : v.amendment.reference, ')');
    li.append(el('div', when(v.at), 'muted'), what);
    if (v.note) li.append(el('p', quote(v.note), 'pre'));
    ol.append(li);
  }
  if (!diff) {
    if (versions.length) {
      note.textContent = t('office.onlyOneVersion');
      note.hidden = false;
    }
    return;
  }
  heading.textContent = t('office.diffHeading', { from: diff.from, to: diff.to });
  heading.hidden = false;
  const changes: Change[] = diff.answer.ok ? diff.answer.data.changes : [];
  if (!diff.answer.ok || !changes.length) {
    note.textContent = !diff.answer.ok ? t('office.diffFailed', { status: String(diff.answer.status) }) : t('office.noChanges');
    note.hidden = false;
    return;
  }
  fillDiffRows(changes, words);
  wrap.hidden = false;
}

/** The diff table's rows: each changed field by its name, then its value before and after. */
function fillDiffRows(changes: Change[], words: Wording): void {
  byId('diff-body').replaceChildren(
    ...changes.map((c) => {
      const field = el('th', changedField(c.path, words));
      field.scope = 'row';
      const tr = el('tr');
      tr.append(field, cell(changedValue(c.path, c.from, words), 'pre'), cell(changedValue(c.path, c.to, words), 'pre'));
      return tr;
    }),
  );
}

/**
 * An amendment's page in place of versions (it has none of its own): what it changes in the
 * agreement it amends. Once approved, the version it made there against the one before; until
 * then, the version in force against what it proposes.
 */
type AmendmentBase = Pick<Agreement, 'reference' | 'content' | 'contentVersion'> & { versions: AgreementVersion[] };

function renderAmendment(amendment: Agreement, base: AmendmentBase | undefined, words: Wording): void {
  const ol = byId('versions');
  const heading = byId('diff-heading');
  const wrap = byId('diff-wrap');
  const note = byId('diff-note');
  const title = byId('versions-heading');
  title.dataset.i18n = 'office.amendmentChanges';
  title.textContent = t('office.amendmentChanges');
  title.closest('section')!.hidden = false;
  ol.replaceChildren();
  ol.hidden = true;
  heading.hidden = true;
  if (!base) {
    wrap.hidden = true;
    note.textContent = t('office.diffFailed', { status: '—' });
    note.hidden = false;
    return;
  }
  const made = base.versions.find((v) => v.amendment?.id === amendment.id);
  const before = made && base.versions.find((v) => v.number === made.number - 1);
  const changes = made && before ? diffContent(before.content, made.content) : diffContent(base.content, amendment.content);
  note.textContent = made
    ? t('office.amendmentApplied', { n: made.number, reference: base.reference })
    : t('office.amendmentAgainst', { n: base.contentVersion ?? 1, reference: base.reference });
  note.hidden = false;
  if (!changes.length) note.textContent += ` ${t('office.noChanges')}`;
  fillDiffRows(changes, words);
  wrap.hidden = changes.length === 0;
  // The note says against what before the table shows it.
  wrap.before(note);
}

async function showDetail(id: string): Promise<void> {
  setTitle(() => t('common.loading'));
  const params = { id };
  const [item, partnerList, facultyList, places, documentsRead, versions] = await Promise.all([
    api('GET /agreements/:id', { params }),
    api('GET /partners'),
    api('GET /faculties'),
    api('GET /agreements/:id/places', { params }),
    api('GET /agreements/:id/documents', { params }),
    api('GET /agreements/:id/versions', { params }),
  ]);
  if (!item.ok) {
    setTitle(() => t(item.status === 404 ? 'item.notFound' : 'common.somethingWrong'));
    if (item.status === 404) tell(() => t('item.notFoundLong'), 'warn');
    else tell(() => `${t('common.serverAnswered', { status: String(item.status) })}${requestIdOf(item.data)}`, 'error');
    byId('detail').hidden = false;
    for (const section of byId('detail').querySelectorAll('section')) section.hidden = true;
    return;
  }
  for (const p of listOf(partnerList)) partners.set(p.id, p);
  const faculties = listOf(facultyList);
  const agreement = item.data;
  // The newest version against the one before it: what changed last.
  const numbers = listOf(versions)
    .map((v) => v.number)
    .sort((a, b) => a - b);
  const [from, to] = numbers.slice(-2);
  // The diff, and the agreements this one links to (renews, is renewed by, amends, has an
  // amendment in approval), for their references, links and statuses.
  const linked = [...new Set([agreement.renews, agreement.renewedBy, agreement.amends, agreement.pendingAmendment].filter((other): other is string => Boolean(other)))];
  const [diffAnswer, ...linkedAnswers] = await Promise.all([
    numbers.length >= 2 && from !== undefined && to !== undefined ? api('GET /agreements/:id/versions/:from/diff/:to', { params: { id, from, to } }) : undefined,
    ...linked.map((other) => api('GET /agreements/:id', { params: { id: other } }).catch(() => undefined)),
  ]);
  const diff = diffAnswer && from !== undefined && to !== undefined ? { from, to, answer: diffAnswer } : undefined;
  const references: Record<string, string> = {};
  const others: Record<string, { reference: string; status: string }> = {};
  linked.forEach((other, i) => {
    const answer = linkedAnswers[i];
    if (answer?.ok && answer.data.reference) {
      references[other] = answer.data.reference;
      others[other] = { reference: answer.data.reference, status: answer.data.status };
    }
  });
  // An amendment: the places and the versions of the agreement it amends, to say what it changes there.
  let amended: { places: PlacesAnswer; base?: AmendmentBase } | undefined;
  if (agreement.amends) {
    const other = { id: agreement.amends };
    const [amendedPlaces, amendedVersions] = await Promise.all([api('GET /agreements/:id/places', { params: other }), api('GET /agreements/:id/versions', { params: other })]);
    const current = linkedAnswers[linked.indexOf(agreement.amends)];
    amended = {
      places: amendedPlaces,
      base:
        current?.ok && amendedVersions.ok
          ? { reference: current.data.reference, content: current.data.content, contentVersion: current.data.contentVersion, versions: amendedVersions.data }
          : undefined,
    };
  }
  // Read again after the office files a document.
  let documents = documentsRead;
  const facultyName = (facultyId: string) => localName(faculties.find((f) => f.id === facultyId));
  // After an action: everything read again, so the history shows what was done.
  const reload: Reload = async (after) => {
    await showDetail(id);
    after(byId('life-message'));
  };

  const render = () => {
    const c = agreement.content;
    const partner = partners.get(c.partnerId);
    setTitle(
      () => t('office.agreementTitle', { reference: agreement.reference }),
      () => [label(c.kind), partnerName(c.partnerId)].filter(Boolean).join(' — '),
    );
    byId('detail-meta').replaceChildren(el('li', label(agreement.status), 'badge'));
    renderAgreementLife(byId('detail-meta'), agreement, references, reload);
    renderContent(byId('detail-content'), 'memorandum', c, partner ? { ...partner, name: partnerName(partner.id) } : undefined, { faculty: facultyName });
    renderAgreementEdit(byId('detail-content'), agreement, {
      partnerName: () => partnerName(c.partnerId),
      faculties,
      linked: others,
      reload: () => showDetail(id),
    });
    renderPlaces(amended ? amended.places : places, amended && agreement.amends ? (references[agreement.amends] ?? agreement.amends) : undefined);
    renderDocuments(agreement.id, documents);
    // The filing form's code and its refusals' words (attach.*) come after the page: the registry
    // itself never needs them, and the page stays within its budget.
    void import('../agreement-documents').then(
      ({ fileDocumentsWith }) =>
        fileDocumentsWith(agreement, async () => {
          documents = await api('GET /agreements/:id/documents', { params });
          renderDocuments(agreement.id, documents);
        }),
      () => undefined, // offline: the form stays hidden, the documents listed as read
    );
    const words = { ...wording, partner: partnerName, faculty: facultyName };
    if (amended) renderAmendment(agreement, amended.base, words);
    else renderVersions(versions, diff, words);
    // A change in the history names the fields it touched, as the versions' diff does.
    renderHistory(byId('history'), agreement.history, (paths) => list([...new Set(paths.map((p) => changedField(p, wording)))]));
  };
  redraw = render;
  render();
  byId('detail').hidden = false;
}

// ---- start ------------------------------------------------------------------------------

// The access check, sign-out and words are the console's own (office.ts): told before anything
// is asked for, since the lists are the office's, not everyone's.
startOfficePage('office.registry', async () => {
  const params = new URLSearchParams(location.search);
  const id = params.get('id');
  if (id && /^[A-Za-z0-9_-]{1,64}$/.test(id)) await showDetail(id);
  else if (id) {
    setTitle(() => t('item.notFound'));
    tell(() => t('item.notFoundLong'), 'warn');
  } else await showRegistry(params);
});
