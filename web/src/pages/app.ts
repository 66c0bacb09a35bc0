/**
 * The signed-in pages, one HTML file routed on `location.pathname`:
 *
 *   /                                     home: who I am, my nominations, the agreements I can
 *                                         see, and the forms to nominate or propose a memorandum
 *   /nominations/<id>, /agreements/<id>   one item: content, approval chain, history; its
 *                                         submitter may withdraw it, or edit it when sent back
 *   /nominations/<id>/edit, …/edit        the form again, filled in, to resubmit after an
 *                                         approver requested changes
 *
 * Emails link to the item and edit pages. Why nothing acts on load: loading only reads (`GET`);
 * every change is a POST or PUT sent when a person presses a button, so a link preview, a
 * prefetch or a mail scanner opening these addresses changes nothing. The one write a load may
 * make is the person's own language (chrome.ts): a choice made on this device before signing
 * in, kept in their profile for their emails. It changes no item, and a scanner has no session.
 *
 * Each view keeps what it read and draws it again when the language changes; the forms keep
 * what was typed (their static text is marked in the HTML and rewritten in place).
 */
import { keepLanguageInProfile, startPage, wireSignOut } from '../chrome';
import type { ApiBody } from '../../../shared/api-contract';
import { api, type ApiRefusalBody } from '../api';
import type { Agreement, Item, Me, Nomination } from '../api-types';
import { byId, link, listOf, requestIdOf, say, sayWithLink, signInLink, type Tone } from '../dom';
import { keepDraft, type Draft } from '../draft';
import { createForm, directory, fillForm, formParts, loadAgreements, loadDirectory, loadPartners, partnerName as nameOf, partnerOf, resetForm, sendForm, type FormKind } from '../forms';
import { day, label, list, localName, onLanguageChange, preferLanguage, setText, t, when } from '../i18n';

startPage();

/**
 * What draws the home page's lists with the status timelines under one's own submissions
 * (home-lists.tsx, in Preact): not needed to fill in a form, so it loads beside the lists' data
 * instead of before the form page's scripts, which have a 45 KB budget. The lists are drawn once
 * both their data and this have arrived.
 */
const presenting = import('./home-lists');
presenting.catch(() => {}); // offline: the home page says that its lists could not load
let lists: Awaited<typeof presenting> | undefined;

const message = byId('message');
const tell = (text: (() => string) | undefined, tone: Tone = '') => say(message, text, tone);

/** The API and page path of each kind; memoranda live under "agreements" as the office says. */
const PATHS = { nomination: 'nominations', memorandum: 'agreements' } as const satisfies Record<FormKind, string>;
const KINDS: Record<string, FormKind> = { nominations: 'nomination', agreements: 'memorandum' };

type View = { page: 'home' | 'unknown' } | { page: 'view' | 'edit'; kind: FormKind; id: string; path: string };
type ItemView = { kind: FormKind; id: string; path: string };
/** An item as the home page lists it (without its history). */
type Listed = Nomination | Agreement;

function route(pathname: string): View {
  if (pathname === '/' || pathname === '/index.html') return { page: 'home' };
  // Ids are [A-Za-z0-9_-] (the API refuses others), so nothing here needs decoding.
  const m = /^\/(nominations|agreements)\/([A-Za-z0-9_-]{1,64})(\/edit)?\/?$/.exec(pathname);
  if (!m) return { page: 'unknown' };
  return { page: m[3] ? 'edit' : 'view', kind: KINDS[m[1]!]!, id: m[2]!, path: `/${m[1]}/${m[2]}` };
}

/** The page's title and subtitle, worded again on a language change. */
function setTitle(text: () => string, subtitle: () => string = () => ''): void {
  const apply = () => {
    byId('title').textContent = text();
    document.title = text() === 'Hamkor' ? 'Hamkor' : `${text()} — Hamkor`;
    byId('subtitle').textContent = subtitle();
    byId('subtitle').hidden = !subtitle();
  };
  titleRenderer = apply;
  apply();
}
let titleRenderer = () => {};

function backTo(href: string, text: () => string): void {
  const a = byId<HTMLAnchorElement>('back-link');
  a.href = href;
  setText(a, text);
  byId('back').hidden = false;
}

const itemPath = (kind: FormKind, id: string) => `/${PATHS[kind]}/${encodeURIComponent(id)}`;
const partnerName = (id: string | undefined) => {
  const partner = partnerOf(id);
  return partner ? nameOf(partner) : (id ?? '');
};

function titleOf(item: Listed): string {
  if (item.kind === 'nomination') {
    const c = item.content;
    return [c.nominee?.name, partnerName(c.partnerId), c.academicYear].filter(Boolean).join(' — ');
  }
  const c = item.content;
  return [label(c.kind), partnerName(c.partnerId)].filter(Boolean).join(' — ');
}

/** One item, with its history (a nomination also with its places). */
type ItemAnswer = { ok: true; status: number; data: Item } | { ok: false; status: number; data: ApiRefusalBody };
const readItem = (view: ItemView): Promise<ItemAnswer> => api(`GET /${PATHS[view.kind]}/:id`, { params: { id: view.id } });

/** A failed read of one item, in words; true when it was handled. */
function readFailed(answer: ItemAnswer): answer is Extract<ItemAnswer, { ok: false }> {
  if (answer.ok) return false;
  const { status, data } = answer;
  if (status === 404) {
    setTitle(() => t('item.notFound'));
    tell(() => t('item.notFoundLong'), 'warn');
  } else if (status === 401) {
    setTitle(() => t('item.pleaseSignIn'));
    tell(() => t('common.notSignedIn'), 'warn');
    signInLink(message);
  } else {
    setTitle(() => t('common.somethingWrong'));
    tell(() => `${t('common.serverAnswered', { status: String(status) })}${requestIdOf(data)}`, 'error');
  }
  return true;
}

/** What the current view draws from data, run again when the language changes. */
let redraw: () => void = () => {};
onLanguageChange(() => {
  titleRenderer();
  redraw();
});

// ---- home -------------------------------------------------------------------------------

let myNominations: Nomination[] = [];
let myEmail = '';
function renderLists(): void {
  lists?.showLists(
    { nominations: byId('nominations'), agreements: byId('agreements') },
    {
      nominations: myNominations,
      agreements: directory.agreements,
      pathOf: (item) => itemPath(item.kind, item.id),
      describe: (item) =>
        item.kind === 'nomination' ? `${item.content?.nominee?.name ?? ''} — ${partnerName(item.content?.partnerId)}` : `${label(item.content?.kind)} — ${partnerName(item.content?.partnerId)}`,
      mine: (item) => item.submitter?.email === myEmail,
      words: { t, label, when, day, list },
    },
  );
}

type Lists = [Awaited<ReturnType<typeof api<'GET /nominations'>>>, boolean];
const readLists = (): Promise<Lists> => Promise.all([api('GET /nominations'), loadAgreements()]);

/** The nomination form (pages/nomination-form-page.tsx, Preact) once drawn: drawn again when the agreements are read again. */
let nominationForm: { redraw(): void } | undefined;

/** The lists as just read (`already`: the home page's first reads, sent with /api/me), or read now. */
async function loadLists(already?: Promise<Lists>): Promise<void> {
  const [nominations, agreementsOk] = await (already ?? readLists());
  myNominations = listOf(nominations);
  renderLists();
  nominationForm?.redraw();
  if (!nominations.ok || !agreementsOk) tell(() => t('home.listsFailed'), 'error');
}

type RoleHeld = Me['roles'][number];
function roleText(r: RoleHeld): string {
  const s: { type?: string; faculty?: string; department?: string } = r.scope ?? {};
  if (s.type === 'university' || !s.type) return `${label(r.role)} (${t('home.university')})`;
  const faculty = directory.faculties.find((f) => f.id === s.faculty);
  const department = faculty?.departments?.find((d) => d.id === s.department);
  const where = s.type === 'faculty' ? (localName(faculty) ?? `${t('home.scopeFaculty')} ${s.faculty}`) : (localName(department) ?? `${t('home.scopeDepartment')} ${s.department}`);
  return `${label(r.role)} (${where})`;
}

/**
 * A part of a form that few submissions need (proposal.ts, attachments.ts), loaded the first time
 * its control is used and then left to answer that control itself: the form page's scripts stay
 * within their 45 KB budget. Offline, the control is undone and tried again the next time.
 */
function loadOnFirstUse(form: HTMLFormElement, selector: string, event: string, load: () => Promise<{ start(form: HTMLFormElement): void }>): void {
  const control = form.querySelector<HTMLInputElement>(selector);
  const arm = () =>
    control?.addEventListener(
      event,
      () =>
        void load().then(
          (part) => part.start(form),
          () => {
            control.checked = false;
            say(form.querySelector<HTMLElement>('.message')!, () => t('common.offline'), 'error');
            arm();
          },
        ),
      { once: true },
    );
  arm();
}

/** The home page's reads, started with /api/me rather than after it. */
type FirstReads = { directory: Promise<boolean>; lists: Promise<Lists> };

async function showHome(me: Me, first: FirstReads): Promise<void> {
  setTitle(() => t('home.hello', { name: me.name }));
  myEmail = me.email;
  const roles = me.roles ?? [];
  byId('home').hidden = false;
  const directoryOk = await first.directory;
  setText(byId('roles'), () => `${me.email}${roles.length ? ` · ${t('home.roles', { list: list(roles.map(roleText)) })}` : ''}`);
  // The console's link for the international office only; the console itself checks again.
  byId('console').hidden = !roles.some((r) => ['admin', 'international_office'].includes(r.role));
  // The nomination form is Preact's, loaded beside the first reads (its module and words are not
  // in the page's first scripts); the memorandum form is still built here (forms.ts).
  const nominationPart = import('./nomination-form-page');
  nominationPart.catch(() => {}); // offline: said below, once the rest of the page is drawn
  const memorandumForm = createForm('memorandum');
  byId('memorandum-slot').append(memorandumForm);
  loadOnFirstUse(memorandumForm, '#m-propose', 'change', () => import('../proposal'));
  loadOnFirstUse(memorandumForm, '.add-file', 'click', () => import('../attachments'));
  let memorandumDraft: Draft | undefined;
  memorandumForm.addEventListener('submit', (e) => {
    e.preventDefault();
    void sendForm<Listed>(memorandumForm, {
      // The body as the form's schema accepted it (sendForm checks before it sends).
      send: (body) => api('POST /agreements', { body: body as ApiBody<'POST /agreements'> }),
      onSuccess: async (created) => {
        memorandumDraft?.clear();
        // Before the reset empties the form: the attachments start uploading to the new item.
        void formParts.get(memorandumForm)?.submitted?.(created);
        resetForm(memorandumForm);
        const box = memorandumForm.querySelector<HTMLElement>('.message')!;
        sayWithLink(box, (slot) => t('home.submittedAs', { reference: slot }), link(created.reference, itemPath('memorandum', created.id)), 'ok');
        // A memorandum may have proposed a new partner: the lists name it only once the partners are read again.
        await loadPartners();
        await loadLists();
      },
    });
  });
  redraw = renderLists;
  await loadLists(first.lists);
  presenting.then(
    (loaded) => {
      lists = loaded;
      renderLists();
    },
    () => tell(() => t('home.listsFailed'), 'error'),
  );
  // Restored once the agreements are listed, so that the saved agreement can be chosen again.
  memorandumDraft = keepDraft(memorandumForm, `hamkor.draft.memorandum:${me.email}`);
  try {
    const part = await nominationPart;
    // Drawn once the partners, faculties and agreements are read; it restores its own draft and
    // marks itself ready to fill in (data-ready, which the bench times).
    nominationForm = await part.showNominationForm(
      byId('nomination-slot'),
      () => ({ me, partners: directory.partners, faculties: directory.faculties, agreements: directory.agreements }),
      () => void loadLists(),
      (id) => itemPath('nomination', id),
    );
  } catch {
    tell(() => t('common.offlineReload'), 'error');
  }
  if (!directoryOk) tell(() => t('home.directoryFailed'), 'error');
}

// ---- one item ---------------------------------------------------------------------------

/** The item's page, Preact's (item-page.tsx), drawn in place of the page's `<main>` content. */
async function showItem(view: ItemView, me: Me): Promise<void> {
  setTitle(() => t('common.loading'));
  const part = await import('./item-page-older');
  await part.showItemPage(byId('main'), view, me);
}

// ---- editing after changes were requested -----------------------------------------------

async function showEdit(view: ItemView, me: Me): Promise<void> {
  setTitle(() => t('common.loading'));
  const memorandum = view.kind === 'memorandum';
  backTo(view.path, () => t(memorandum ? 'edit.backToMemorandum' : 'edit.backToNomination'));
  const [answer] = await Promise.all([readItem(view), loadDirectory(), loadAgreements()]);
  if (readFailed(answer)) return;
  const item = answer.data;
  setTitle(() => t('edit.title', { reference: item.reference }), () => titleOf(item));
  backTo(view.path, () => t('edit.backTo', { reference: item.reference }));
  if (item.submitter?.email !== me.email) {
    tell(() => t(memorandum ? 'edit.onlySubmitterMemorandum' : 'edit.onlySubmitterNomination'), 'warn');
    return;
  }
  if (item.status !== 'changes_requested') {
    tell(() => t('edit.notWaiting', { status: label(item.status).toLowerCase() }), 'warn');
    return;
  }
  const last = item.review?.lastTransition;
  if (last?.comment) {
    setText(byId('edit-notice-by'), () => t('edit.askedBy', { by: last.by?.name ?? t('common.anApprover'), date: when(last.at) }));
    byId('edit-comment').textContent = last.comment;
    byId('edit-notice').hidden = false;
  }
  if (!memorandum) {
    // The nomination's form is Preact's (pages/nomination-form-page.tsx), as on the home page.
    const part = await import('./nomination-form-page');
    const data = { me, partners: directory.partners, faculties: directory.faculties, agreements: directory.agreements };
    await part.showNominationEdit(byId('edit-slot'), data, { id: item.id, reference: item.reference, content: item.content ?? {} }, view.path);
    byId('edit').hidden = false;
    return;
  }
  const form = createForm(view.kind);
  // A resubmission keeps its partner (PUT takes MemorandumInputSchema). Files may be added: an
  // approver who sends a nomination back often asks for a document.
  form.dataset.resubmission = '';
  for (const part of form.querySelectorAll('.propose, #m-proposal')) part.remove();
  loadOnFirstUse(form, '.add-file', 'click', () => import('../attachments'));
  const submit = form.querySelector<HTMLButtonElement>('button[type=submit]')!;
  submit.dataset.i18n = memorandum ? 'edit.resubmitMemorandum' : 'edit.resubmitNomination';
  submit.textContent = t(memorandum ? 'edit.resubmitMemorandum' : 'edit.resubmitNomination');
  byId('edit-slot').append(form);
  fillForm(form, item.content ?? {});
  byId('edit').hidden = false;
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    void sendForm<Listed>(form, {
      // The body as the form's schema accepted it (sendForm checks before it sends).
      send: (body) => api(`PUT /${PATHS[view.kind]}/:id`, { params: { id: view.id }, body: body as ApiBody<`PUT /${(typeof PATHS)[FormKind]}/:id`> }),
      onSuccess: async () => {
        // The files go to the resubmitted nomination before the page is left; one that failed
        // stays named here with its "Try again", and the item page is a link away.
        const uploaded = await formParts.get(form)?.submitted?.({ id: item.id, reference: item.reference });
        if (uploaded === false) {
          const box = form.querySelector<HTMLElement>('.message')!;
          sayWithLink(box, (slot) => t('edit.resubmittedSee', { reference: slot }), link(item.reference, view.path), 'ok');
          form.querySelector<HTMLButtonElement>('button[type=submit]')!.hidden = true;
          return;
        }
        location.assign(view.path);
      },
    });
  });
}

// ---- start ------------------------------------------------------------------------------

async function start(): Promise<void> {
  const view = route(location.pathname);
  // The home page's reads go out with /api/me, not after it: on a slow line each round trip is
  // most of a second. Reads only; for a visitor not signed in they answer 401 and are dropped.
  const first: FirstReads | undefined =
    view.page === 'home' ? { directory: loadDirectory().catch(() => false), lists: readLists().catch((): Lists => [{ ok: false, status: 0, data: {} }, false]) } : undefined;
  let me;
  try {
    me = await api('GET /me');
  } catch {
    return tell(() => t('common.offlineReload'), 'error');
  }
  if (me.status === 401) {
    tell(() => t('common.notSignedIn'), 'warn');
    signInLink(message);
    return;
  }
  if (!me.ok) return tell(() => t('item.somethingWrongStatus', { status: String(me.status) }), 'error');
  directory.me = me.data;
  preferLanguage(me.data.language);
  keepLanguageInProfile(me.data.language);
  byId('signout').hidden = false;
  try {
    if (view.page === 'home') await showHome(me.data, first!);
    else if (view.page === 'view') await showItem(view, me.data);
    else if (view.page === 'edit') await showEdit(view, me.data);
    else {
      setTitle(() => t('item.notFound'));
      tell(() => t('item.noPage'), 'warn');
      backTo('/', () => t('item.goToOverview'));
    }
  } catch {
    tell(() => t('item.couldNotLoad'), 'error');
  }
}

wireSignOut(byId('signout'));

void start();
