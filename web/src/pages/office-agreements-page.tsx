/**
 * The office console's agreements (/office/agreements; its entry is pages/office-agreements.tsx):
 * one page with two views, chosen by the address:
 *
 *   /office/agreements                 the registry (office-agreements-registry.tsx): every
 *                                      agreement with its partner, searchable by partner (any
 *                                      language) and country, filtered by status, with the two
 *                                      quick views the office asks for most: "expiring soon" and
 *                                      "dormant" (`view=expiring|dormant`, `q`, `status`)
 *   /office/agreements?id=<id>         one agreement (office-agreements-detail.tsx): content and
 *                                      conditions, places, documents, versions with what changed
 *                                      last, history, and the office's actions on it
 *
 * A query string rather than a path for the detail, so that the page routes stay a plain table
 * (infra/web-site.ts) on the local server and at the edge. The filters live in the address too
 * (replaced, not pushed), so going back from an agreement finds the registry as it was left.
 *
 * The console's frame checks who is signed in first: only the international office sees
 * anything, and nothing is asked for before. Loading only reads; only a person pressing an
 * action's Save changes an agreement.
 */
import { batch, signal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { api, type ApiAnswer, type ApiRefusalBody } from '../api';
import type { Agreement, AgreementVersion, AgreementWithHistory, DormantAgreement, Faculty, Partner, PlacesRow } from '../api-types';
import { ConsoleFrame, type ConsoleAccess } from '../components/console-frame';
import type { Message } from '../components/message-box';
import { lang, t, type MessageKey } from '../i18n/live';
import { AgreementView } from './office-agreements-detail';
import { RegistryView } from './office-agreements-registry';
import { addressOf, filtersFrom, isAgreementId, localDay, type Filters } from './office-agreements-rows';

/** What the address asks for. */
export type Route = { page: 'registry'; filters: Filters } | { page: 'agreement'; id: string } | { page: 'unknown' };

export function routeOf(search: string): Route {
  const params = new URLSearchParams(search);
  const id = params.get('id');
  if (id === null) return { page: 'registry', filters: filtersFrom(params) };
  return isAgreementId(id) ? { page: 'agreement', id } : { page: 'unknown' };
}

/** A refusal's words: `key`'s sentence with the status, then the request id the server gave. */
export const refusalText = (key: MessageKey, answer: { status: number; data: ApiRefusalBody }) => () => {
  const id = answer.data?.requestId;
  return `${t(key, { status: String(answer.status) })}${id ? ` ${t('common.requestId', { id })}` : ''}`;
};

const offline: Message = { text: () => t('common.offlineReload'), tone: 'error' };

// ---- the registry's state -----------------------------------------------------------------------

export type Registry = { state: 'loading' } | { state: 'ready'; agreements: Agreement[]; dormant: DormantAgreement[] };

/** How many agreements' places are read at once: the registry is usable meanwhile. */
const PLACES_AT_ONCE = 4;

// ---- one agreement's state ----------------------------------------------------------------------

type PlacesAnswer = ApiAnswer<'GET /agreements/:id/places'>;
type DiffAnswer = ApiAnswer<'GET /agreements/:id/versions/:from/diff/:to'>;
export type DocumentsAnswer = ApiAnswer<'GET /agreements/:id/documents'>;

/** What an amendment's page shows of the agreement it amends (it has no versions of its own). */
export type AmendmentBase = Pick<Agreement, 'reference' | 'content' | 'contentVersion'> & { versions: AgreementVersion[] };

/** One agreement as its page shows it, with what was read around it. */
export type AgreementRead = {
  agreement: AgreementWithHistory;
  faculties: Faculty[];
  places: PlacesAnswer;
  documents: DocumentsAnswer;
  versions: ApiAnswer<'GET /agreements/:id/versions'>;
  /** The newest version against the one before it: what changed last. */
  diff?: { from: number; to: number; answer: DiffAnswer };
  /** The agreements this one links to (renews, is renewed by, amends, an amendment in approval), by id. */
  linked: Record<string, { reference: string; status: string }>;
  /** An amendment: the places and versions of the agreement it amends. */
  amended?: { places: PlacesAnswer; base?: AmendmentBase };
};

export type AgreementPart = { state: 'loading' } | { state: 'failed'; status: number; message: Message } | { state: 'ready'; read: AgreementRead };

/** What the agreement's page loads after itself (office-agreements-later.ts), once loaded. */
export type Later = typeof import('./office-agreements-later');

/** Waits until Preact has drawn what the signals just changed (its layout effects included). */
export const drawn = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * The page's state: the route, the partners (both views name them), the registry and its
 * filters and places, one agreement and what was read around it.
 */
export function officeAgreements(search: string, addressBar: (address: string) => void = (address) => history.replaceState(null, '', address)) {
  const route = routeOf(search);
  const partners = signal<ReadonlyMap<string, Partner>>(new Map());
  /** The page's message box: a list not read, an agreement not found. */
  const message = signal<Message | undefined>(undefined);

  const registry = signal<Registry>({ state: 'loading' });
  const filters = signal<Filters>(route.page === 'registry' ? route.filters : filtersFrom(new URLSearchParams()));
  const placesOf = signal<ReadonlyMap<string, PlacesRow[] | null>>(new Map());
  const placesQueue: string[] = [];
  let placesReading = 0;

  const agreement = signal<AgreementPart>({ state: 'loading' });
  const later = signal<Later | undefined>(undefined);

  const keepPartners = (answer: ApiAnswer<'GET /partners'>) => {
    if (answer.ok) partners.value = new Map(answer.data.map((p) => [p.id, p]));
  };

  async function loadRegistry(): Promise<void> {
    try {
      const [list, partnerList, dormantList] = await Promise.all([api('GET /agreements'), api('GET /partners'), api('GET /agreements/dormant')]);
      const failed = [list, partnerList, dormantList].find((answer) => !answer.ok);
      batch(() => {
        keepPartners(partnerList);
        registry.value = { state: 'ready', agreements: list.ok ? list.data : [], dormant: dormantList.ok ? dormantList.data : [] };
        if (failed && !failed.ok) message.value = { text: refusalText('office.loadFailed', failed), tone: 'error' };
      });
    } catch {
      message.value = offline;
    }
  }

  function setFilters(next: Partial<Filters>): void {
    filters.value = { ...filters.value, ...next };
    addressBar(addressOf(filters.value));
  }

  /**
   * The registry's last column: places used against planned this academic year, for the
   * agreements in force that are shown. The list does not carry them, so each is read on its own
   * (GET /api/agreements/:id/places), a few at a time, once a page, and its cell filled when it
   * comes; a search reads only what it shows.
   */
  function readPlacesOf(ids: readonly string[]): void {
    for (const id of ids) if (!placesOf.value.has(id) && !placesQueue.includes(id)) placesQueue.push(id);
    while (placesReading < PLACES_AT_ONCE && placesQueue.length) {
      const id = placesQueue.shift()!;
      placesReading++;
      const keep = (rows: PlacesRow[] | null) => {
        placesOf.value = new Map(placesOf.value).set(id, rows);
      };
      api('GET /agreements/:id/places', { params: { id } })
        .then((r) => keep(r.ok ? r.data : null))
        .catch(() => keep(null))
        .finally(() => {
          placesReading--;
          readPlacesOf([]);
        });
    }
  }

  /** Reads the agreement and everything its page shows; the page as it was stays until all is in. */
  async function loadAgreement(id: string): Promise<void> {
    const params = { id };
    try {
      const [item, partnerList, facultyList, places, documents, versions] = await Promise.all([
        api('GET /agreements/:id', { params }),
        api('GET /partners'),
        api('GET /faculties'),
        api('GET /agreements/:id/places', { params }),
        api('GET /agreements/:id/documents', { params }),
        api('GET /agreements/:id/versions', { params }),
      ]);
      if (!item.ok) {
        agreement.value = {
          state: 'failed',
          status: item.status,
          message: item.status === 404 ? { text: () => t('item.notFoundLong'), tone: 'warn' } : { text: refusalText('common.serverAnswered', item), tone: 'error' },
        };
        return;
      }
      const a = item.data;
      const numbers = (versions.ok ? versions.data : []).map((v) => v.number).sort((x, y) => x - y);
      const [from, to] = numbers.slice(-2);
      const linkedIds = [...new Set([a.renews, a.renewedBy, a.amends, a.pendingAmendment].filter((other): other is string => Boolean(other)))];
      const [diffAnswer, ...linkedAnswers] = await Promise.all([
        from !== undefined && to !== undefined ? api('GET /agreements/:id/versions/:from/diff/:to', { params: { id, from, to } }) : undefined,
        ...linkedIds.map((other) => api('GET /agreements/:id', { params: { id: other } }).catch(() => undefined)),
      ]);
      const linked: AgreementRead['linked'] = {};
      linkedIds.forEach((other, i) => {
        const answer = linkedAnswers[i];
        if (answer?.ok && answer.data.reference) linked[other] = { reference: answer.data.reference, status: answer.data.status };
      });
      let amended: AgreementRead['amended'];
      if (a.amends) {
        const other = { id: a.amends };
        const [amendedPlaces, amendedVersions] = await Promise.all([api('GET /agreements/:id/places', { params: other }), api('GET /agreements/:id/versions', { params: other })]);
        const current = linkedAnswers[linkedIds.indexOf(a.amends)];
        amended = {
          places: amendedPlaces,
          ...(current?.ok && amendedVersions.ok
            ? { base: { reference: current.data.reference, content: current.data.content, contentVersion: current.data.contentVersion, versions: amendedVersions.data } }
            : {}),
        };
      }
      batch(() => {
        keepPartners(partnerList);
        agreement.value = {
          state: 'ready',
          read: {
            agreement: a,
            faculties: facultyList.ok ? facultyList.data : [],
            places,
            documents,
            versions,
            linked,
            ...(diffAnswer && from !== undefined && to !== undefined ? { diff: { from, to, answer: diffAnswer } } : {}),
            ...(amended ? { amended } : {}),
          },
        };
      });
    } catch {
      message.value = offline;
    }
  }

  /** Reads the agreement's documents again, after the office files one. */
  async function rereadDocuments(): Promise<void> {
    const part = agreement.value;
    if (part.state !== 'ready') return;
    const documents = await api('GET /agreements/:id/documents', { params: { id: part.read.agreement.id } });
    const now = agreement.value;
    if (now.state === 'ready') agreement.value = { state: 'ready', read: { ...now.read, documents } };
  }

  /**
   * The edit form, the signatures, termination and renewal and the upload's checks, after the
   * page: the registry never needs them.
   */
  async function loadLater(): Promise<void> {
    if (later.value) return;
    try {
      later.value = await import('./office-agreements-later');
    } catch {
      /* offline: the agreement is shown as read, without its actions */
    }
  }

  function start(): Promise<void> {
    if (route.page === 'registry') return loadRegistry();
    if (route.page === 'agreement') return Promise.all([loadAgreement(route.id), loadLater()]).then(() => undefined);
    agreement.value = { state: 'failed', status: 404, message: { text: () => t('item.notFoundLong'), tone: 'warn' } };
    return Promise.resolve();
  }

  /** The agreement read again after an action, and drawn. */
  async function reloadAgreement(): Promise<void> {
    if (route.page !== 'agreement') return;
    await loadAgreement(route.id);
    await drawn();
  }

  return { route, partners, message, registry, filters, placesOf, agreement, later, start, setFilters, readPlacesOf, reloadAgreement, rereadDocuments, today: () => localDay(new Date()) };
}

export type OfficeAgreements = ReturnType<typeof officeAgreements>;

/** The partner's name in the reader's language where the partner has one, else its usual name, else its id. */
export function partnerName(model: OfficeAgreements, id: string | undefined): string {
  const p = id ? model.partners.value.get(id) : undefined;
  return p ? (p.names?.[lang.value] ?? p.name) : (id ?? '');
}

function Content({ model }: { model: OfficeAgreements }) {
  // Asked for once the frame found an office member: nothing is read for anyone else.
  useEffect(() => {
    void model.start();
  }, [model]);
  return model.route.page === 'registry' ? <RegistryView model={model} /> : <AgreementView model={model} />;
}

export function OfficeAgreementsPage({ model, access }: { model: OfficeAgreements; access?: ConsoleAccess }) {
  return (
    <ConsoleFrame current="agreements" title={t('office.registry')} {...(access ? { access } : {})}>
      {() => <Content model={model} />}
    </ConsoleFrame>
  );
}
