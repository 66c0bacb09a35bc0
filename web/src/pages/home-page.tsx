/**
 * The signed-in pages of a faculty member, one HTML file routed on `location.pathname`
 * (its entry is pages/home.tsx):
 *
 *   /                                     home: who I am, my nominations, the agreements I can
 *                                         see, and the forms to nominate or propose a memorandum
 *   /nominations/<id>, /agreements/<id>   one item (item-page.tsx): content, approval chain,
 *                                         history; its submitter may withdraw it
 *   /nominations/<id>/edit, …/edit        the form again, filled in, to resubmit after an
 *                                         approver requested changes
 *
 * Emails link to the item and edit pages. Why nothing acts on load: loading only reads (`GET`);
 * every change is a POST or PUT sent when a person presses a button, so a link preview, a
 * prefetch or a mail scanner opening these addresses changes nothing. The one write a load may
 * make is the person's own language (device.ts): a choice made on this device before signing
 * in, kept in their profile for their emails. It changes no item, and a scanner has no session.
 *
 * The page is a function of its state: `homePage()` owns the signals (who is signed in, what was
 * read, the messages) and what changes them; `HomePage` renders them in the page's words, so a
 * switch of language renders it again. The forms are loaded beside the first reads, not before:
 * nomination-form-page.tsx and memorandum-form-page.tsx.
 */
import { signal } from '@preact/signals';
import type { ComponentChildren } from 'preact';
import { useTitle } from '../components/page';
import { api } from '../api';
import type { Agreement, Faculty, Me, Nomination, Partner } from '../api-types';
import { SignOutButton } from '../components/console-frame';
import { LanguageSwitcher } from '../components/language-switcher';
import { SubmissionList, type Submission } from '../components/submission-list';
import { keepLanguageInProfile } from '../device';
import { day, list, when } from '../format';
import { chooseLanguage, label, lang, preferLanguage, t, type Language } from '../i18n/live';
import { ItemPage, itemPage, itemPath, itemSubtitle, SaidBox, type ItemAddress, type ItemDirectory, type ItemPageModel } from './item-page';

type NominationPart = typeof import('./nomination-form-page');
type MemorandumPart = typeof import('./memorandum-form-page');

/** Which page an address is. */
export type Route = { page: 'home' } | { page: 'unknown' } | ({ page: 'view' | 'edit' } & ItemAddress);

const KINDS = { nominations: 'nomination', agreements: 'memorandum' } as const;

export function routeOf(pathname: string): Route {
  if (pathname === '/' || pathname === '/index.html') return { page: 'home' };
  // Ids are [A-Za-z0-9_-] (the API refuses others), so nothing here needs decoding.
  const m = /^\/(nominations|agreements)\/([A-Za-z0-9_-]{1,64})(\/edit)?\/?$/.exec(pathname);
  if (!m) return { page: 'unknown' };
  return { page: m[3] ? 'edit' : 'view', kind: KINDS[m[1] as keyof typeof KINDS], id: m[2]!, path: `/${m[1]}/${m[2]}` };
}

/** Who is signed in, as the page found out. */
type Access = { state: 'checking' } | { state: 'offline' } | { state: 'signedOut' } | { state: 'failed'; status: number } | { state: 'in'; me: Me };

const NO_DIRECTORY: ItemDirectory = { partners: [], faculties: [], agreements: [] };

const listOf = <T,>(answer: { ok: true; data: T[] } | { ok: false }): T[] => (answer.ok ? answer.data : []);

/** A read that went nowhere (offline) answers as refused, so that the page says its lists failed. */
const offline = { ok: false as const, status: 0, data: {} };

/** The page's state and what changes it, for the address `route`. */
export function homePage(route: Route) {
  const access = signal<Access>({ state: 'checking' });
  const directory = signal<ItemDirectory>(NO_DIRECTORY);
  const nominations = signal<Nomination[] | undefined>(undefined);
  const message = signal<Parameters<typeof SaidBox>[0]['said']>(undefined);
  const item = signal<ItemPageModel | undefined>(undefined);
  /** The item's page's directory is read: an edit form is filled only then, so that its choices exist. */
  const named = signal(false);
  const nominationPart = signal<NominationPart | undefined>(undefined);
  const memorandumPart = signal<MemorandumPart | undefined>(undefined);
  /** What a choice in the switcher also does once the person is known: keep it in their profile. */
  let keepChoice: ((language: Language) => void) | undefined;

  const readPartners = () => api('GET /partners').catch(() => offline);
  const readFaculties = () => api('GET /faculties').catch(() => offline);
  const readAgreements = () => api('GET /agreements').catch(() => offline);
  const readNominations = () => api('GET /nominations').catch(() => offline);

  /** The lists and what names them, read again (after a submission): the partners too, as a memorandum may have proposed one. */
  async function readAgain(): Promise<ItemDirectory> {
    const [partners, agreements, mine] = await Promise.all([readPartners(), readAgreements(), readNominations()]);
    directory.value = { ...directory.value, partners: partners.ok ? partners.data : directory.value.partners, agreements: listOf(agreements) };
    nominations.value = listOf(mine);
    if (!mine.ok || !agreements.ok) message.value = { text: () => t('home.listsFailed'), tone: 'error' };
    return directory.value;
  }

  /** The forms, loaded beside the first reads: their modules and words are not in the page's first scripts. */
  function loadForms(): void {
    import('./nomination-form-page').then(
      (part) => void (nominationPart.value = part),
      () => (message.value = { text: () => t('common.offlineReload'), tone: 'error' }),
    );
    import('./memorandum-form-page').then(
      (part) => void (memorandumPart.value = part),
      () => (message.value = { text: () => t('common.offlineReload'), tone: 'error' }),
    );
  }

  /** The home page's reads, sent with /api/me rather than after it: on a slow line each round trip is most of a second. */
  function readHome(): Promise<void> {
    const reads = Promise.all([readPartners(), readFaculties(), readAgreements(), readNominations()]);
    return (async () => {
      const [partners, faculties, agreements, mine] = await reads;
      directory.value = { partners: listOf<Partner>(partners), faculties: listOf<Faculty>(faculties), agreements: listOf<Agreement>(agreements) };
      nominations.value = listOf(mine);
      if (!mine.ok || !agreements.ok) message.value = { text: () => t('home.listsFailed'), tone: 'error' };
      else if (!partners.ok || !faculties.ok) message.value = { text: () => t('home.directoryFailed'), tone: 'error' };
    })();
  }

  async function start(): Promise<void> {
    // Reads only; for a visitor not signed in they answer 401 and are dropped.
    const home = route.page === 'home' ? readHome() : undefined;
    if (route.page === 'home' || route.page === 'edit') loadForms();
    const names =
      route.page === 'view' || route.page === 'edit'
        ? Promise.all([readPartners(), readFaculties(), readAgreements()]).then(([p, f, a]) => ({ partners: listOf<Partner>(p), faculties: listOf<Faculty>(f), agreements: listOf<Agreement>(a) }))
        : undefined;
    let me;
    try {
      me = await api('GET /me');
    } catch {
      access.value = { state: 'offline' };
      return;
    }
    if (me.status === 401) return void (access.value = { state: 'signedOut' });
    if (!me.ok) return void (access.value = { state: 'failed', status: me.status });
    await preferLanguage(me.data.language);
    keepChoice = keepLanguageInProfile(me.data.language, lang.value, (l) => void chooseLanguage(l));
    if (route.page === 'view' || route.page === 'edit') {
      const model = itemPage(route, me.data);
      item.value = model;
      access.value = { state: 'in', me: me.data };
      await model.load(
        names!.then((d) => {
          directory.value = d;
          named.value = true;
          return d;
        }),
      );
      return;
    }
    access.value = { state: 'in', me: me.data };
    await home;
  }

  function choose(language: Language): void {
    void chooseLanguage(language);
    keepChoice?.(language);
  }

  return { route, access, directory, nominations, message, item, named, nominationPart, memorandumPart, start, choose, readAgain };
}

export type HomePageModel = ReturnType<typeof homePage>;

// ---- the view ------------------------------------------------------------------------------


function Frame({ model, children }: { model: HomePageModel; children: ComponentChildren }) {
  return (
    <>
      <a class="skip-link" href="#main">
        {t('chrome.skip')}
      </a>
      <header class="site">
        <a class="brand" href="/">
          Hamkor
        </a>
        <LanguageSwitcher label={t('chrome.language')} value={lang.value} onChoose={model.choose} />
        {model.access.value.state === 'in' ? <SignOutButton /> : null}
      </header>
      <main id="main" tabIndex={-1}>
        {children}
      </main>
    </>
  );
}

/** What the page says when it does not know who is reading. */
function NotIn({ access }: { access: Exclude<Access, { state: 'in' }> }) {
  useTitle('Hamkor');
  const said =
    access.state === 'checking'
      ? undefined
      : access.state === 'offline'
        ? { text: () => t('common.offlineReload'), tone: 'error' as const }
        : access.state === 'signedOut'
          ? { text: () => t('common.notSignedIn'), tone: 'warn' as const, signIn: 'here' as const }
          : { text: () => t('item.somethingWrongStatus', { status: String(access.status) }), tone: 'error' as const };
  return (
    <>
      <h1 id="title">Hamkor</h1>
      <SaidBox id="message" said={said} />
    </>
  );
}

type RoleHeld = Me['roles'][number];
const localName = (place: { name: string; names?: Partial<Record<string, string>> | undefined } | undefined) => place && (place.names?.[lang.value] ?? place.name);

function roleText(r: RoleHeld, faculties: readonly Faculty[]): string {
  const s: { type?: string; faculty?: string; department?: string } = r.scope ?? {};
  if (s.type === 'university' || !s.type) return `${label(r.role)} (${t('home.university')})`;
  const faculty = faculties.find((f) => f.id === s.faculty);
  const department = faculty?.departments?.find((d) => d.id === s.department);
  const where = s.type === 'faculty' ? (localName(faculty) ?? `${t('home.scopeFaculty')} ${s.faculty}`) : (localName(department) ?? `${t('home.scopeDepartment')} ${s.department}`);
  return `${label(r.role)} (${where})`;
}

function Home({ model, me }: { model: HomePageModel; me: Me }) {
  const heading = t('home.hello', { name: me.name });
  useTitle(heading);
  const { partners, faculties, agreements } = model.directory.value;
  const mine = model.nominations.value;
  const roles = me.roles;
  const partnerName = (id: string | undefined) => {
    const partner = partners.find((p) => p.id === id);
    return partner ? localName(partner)! : (id ?? '');
  };
  const lists = {
    pathOf: (item: Submission) => itemPath(item.kind, item.id),
    describe: (item: Submission) =>
      item.kind === 'nomination' ? `${item.content.nominee.name} — ${partnerName(item.content.partnerId)}` : `${label(item.content.kind)} — ${partnerName(item.content.partnerId)}`,
    mine: (item: Submission) => item.submitter.email === me.email,
    words: { t, label, when, day, list },
  };
  const Nominating = model.nominationPart.value?.HomeNominationForm;
  const Proposing = model.memorandumPart.value?.HomeMemorandumForm;
  const data = { me, partners, faculties, agreements };
  return (
    <>
      <h1 id="title">{heading}</h1>
      <SaidBox id="message" said={model.message.value} />
      <div id="home">
        <p id="roles" class="muted">
          {`${me.email}${roles.length ? ` · ${t('home.roles', { list: list(roles.map((r) => roleText(r, faculties))) })}` : ''}`}
        </p>
        {/* The console's link for the international office only; the console itself checks again. */}
        {roles.some((r) => r.role === 'admin' || r.role === 'international_office') ? (
          <p id="console" class="console-links">
            <a class="button" href="/office">
              {t('home.console')}
            </a>{' '}
            <a class="button secondary" href="/office/nominations">
              {t('home.consoleNominations')}
            </a>{' '}
            <a class="button secondary" href="/office/partners">
              {t('home.consolePartners')}
            </a>
          </p>
        ) : null}
        <section class="card" aria-labelledby="nominations-heading">
          <h2 id="nominations-heading">{t('home.nominations')}</h2>
          {mine ? <SubmissionList id="nominations" items={mine} {...lists} /> : <ul class="list" id="nominations" />}
        </section>
        <section class="card" aria-labelledby="agreements-heading">
          <h2 id="agreements-heading">{t('home.agreements')}</h2>
          {mine ? <SubmissionList id="agreements" items={agreements} {...lists} /> : <ul class="list" id="agreements" />}
        </section>
        <section class="card" aria-labelledby="nominate-heading">
          <h2 id="nominate-heading">{t('home.nominate')}</h2>
          {/* Drawn once the partners, faculties and agreements are read; it restores its own draft. */}
          <div id="nomination-slot">{Nominating && mine ? <Nominating data={data} submitted={() => void model.readAgain()} pathOf={(id) => itemPath('nomination', id)} /> : null}</div>
        </section>
        {/* A faculty member records their faculty's activities on the registry's page, which shows them their faculty's only. */}
        {me.faculty ? (
          <section class="card" aria-labelledby="activities-heading">
            <h2 id="activities-heading">{t('home.activities')}</h2>
            <p class="hint">{t('home.activitiesHint')}</p>
            <p>
              <a class="button secondary" id="record-activity" href="/office/activities">
                {t('home.recordActivity')}
              </a>
            </p>
          </section>
        ) : null}
        <section class="card" aria-labelledby="memorandum-heading">
          <h2 id="memorandum-heading">{t('home.propose')}</h2>
          {/* Drawn once the partners and faculties are read; it restores its own draft. A memorandum may propose a partner: the lists are read again. */}
          <div id="memorandum-slot">{Proposing && mine ? <Proposing data={data} submitted={() => void model.readAgain()} pathOf={(id) => itemPath('memorandum', id)} /> : null}</div>
        </section>
      </div>
    </>
  );
}

/** The edit page: the item that could not be read as its own page says it, else its form. */
function Edit({ model, item, me }: { model: HomePageModel; item: ItemPageModel; me: Me }) {
  return !item.item.value && item.failure.value ? <ItemPage model={item} /> : <EditForm model={model} item={item} me={me} />;
}

/** The form of an item sent back for changes, for its submitter. */
function EditForm({ model, item: itemModel, me }: { model: HomePageModel; item: ItemPageModel; me: Me }) {
  const address = itemModel.address;
  const memorandum = address.kind === 'memorandum';
  const item = itemModel.item.value;
  const heading = item ? t('edit.title', { reference: item.reference }) : t('common.loading');
  const refusal = !item ? undefined : item.submitter.email !== me.email ? 'notYours' : item.status !== 'changes_requested' ? 'notWaiting' : undefined;
  const last = item?.review?.lastTransition;
  const named = model.named.value;
  const Editing = named ? model.nominationPart.value?.NominationEdit : undefined;
  const EditingMemorandum = named ? model.memorandumPart.value?.MemorandumEdit : undefined;
  const data = { me, ...model.directory.value };
  useTitle(heading);
  const said =
    refusal === 'notYours'
      ? { text: () => t(memorandum ? 'edit.onlySubmitterMemorandum' : 'edit.onlySubmitterNomination'), tone: 'warn' as const }
      : refusal === 'notWaiting' && item
        ? { text: () => t('edit.notWaiting', { status: label(item.status).toLowerCase() }), tone: 'warn' as const }
        : model.message.value;
  const content = item && { id: item.id, reference: item.reference, content: item.content as Record<string, unknown> };
  return (
    <>
      <h1 id="title">{heading}</h1>
      {item ? (
        <p id="subtitle" class="muted">
          {itemSubtitle(item, model.directory.value.partners)}
        </p>
      ) : null}
      <SaidBox id="message" said={said} />
      {item && !refusal && content ? (
        <div id="edit">
          {last?.comment ? (
            <section class="card notice" id="edit-notice" aria-labelledby="edit-notice-heading">
              <h2 id="edit-notice-heading">{t('edit.askedFor')}</h2>
              <p id="edit-notice-by" class="muted">
                {t('edit.askedBy', { by: last.by.name ?? t('common.anApprover'), date: when(last.at) })}
              </p>
              <blockquote id="edit-comment" class="pre">
                {last.comment}
              </blockquote>
            </section>
          ) : null}
          <section class="card" aria-labelledby="edit-heading">
            <h2 id="edit-heading">{t('edit.yourChanges')}</h2>
            <p class="muted">{t('edit.explained')}</p>
            {memorandum ? (
              <div id="edit-slot">{EditingMemorandum ? <EditingMemorandum data={data} item={content} path={address.path} /> : null}</div>
            ) : (
              <div id="edit-slot">{Editing ? <Editing data={data} item={content} path={address.path} /> : null}</div>
            )}
          </section>
        </div>
      ) : null}
      <p id="back">
        <a id="back-link" href={address.path}>
          {item ? t('edit.backTo', { reference: item.reference }) : t(memorandum ? 'edit.backToMemorandum' : 'edit.backToNomination')}
        </a>
      </p>
    </>
  );
}

function Unknown() {
  const heading = t('item.notFound');
  useTitle(heading);
  return (
    <>
      <h1 id="title">{heading}</h1>
      <SaidBox id="message" said={{ text: () => t('item.noPage'), tone: 'warn' }} />
      <p id="back">
        <a id="back-link" href="/">
          {t('item.goToOverview')}
        </a>
      </p>
    </>
  );
}

export function HomePage({ model }: { model: HomePageModel }) {
  const access = model.access.value;
  const route = model.route;
  const item = model.item.value;
  return (
    <Frame model={model}>
      {route.page === 'unknown' && access.state === 'in' ? (
        <Unknown />
      ) : access.state !== 'in' ? (
        <NotIn access={access} />
      ) : route.page === 'home' ? (
        <Home model={model} me={access.me} />
      ) : route.page === 'view' && item ? (
        <ItemPage model={item} />
      ) : route.page === 'edit' && item ? (
        <Edit model={model} item={item} me={access.me} />
      ) : null}
    </Frame>
  );
}
