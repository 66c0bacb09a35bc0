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
 * Each view keeps what it read and draws it again when the language changes; the forms (Preact's:
 * pages/nomination-form-page.tsx, pages/memorandum-form-page.tsx) are drawn again in the new words
 * and keep what was typed.
 */
import { keepLanguageInProfile, startPage, wireSignOut } from '../chrome';
import { api, type ApiRefusalBody } from '../api';
import type { Agreement, Item, Me, Nomination, Review, ReviewStep } from '../api-types';
import { byId, el, link, listOf, requestIdOf, say, signInLink, type Tone } from '../dom';
import { directory, loadAgreements, loadDirectory, loadPartners, partnerName as nameOf, partnerOf, type FormKind } from '../forms';
import { day, label, list, localName, onLanguageChange, preferLanguage, setText, t, when } from '../i18n';
import type { Names } from '../present';

startPage();

/**
 * What draws an item (present.ts: its content, history and decisions) and the home page's lists
 * with the status timelines under one's own submissions (home-lists.tsx, in Preact): not needed to
 * fill in a form, so they load beside the lists' data instead of before the form page's scripts,
 * which have a 45 KB budget. The lists are drawn once both their data and this have arrived.
 */
const presenting = Promise.all([import('../present'), import('./home-lists')]);
presenting.catch(() => {}); // offline: an item page says it could not load, the home page that its lists could not
let present: Awaited<typeof presenting>[0];
let lists: Awaited<typeof presenting>[1] | undefined;

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
  // Both forms are Preact's, loaded beside the first reads (their modules and words are not in the
  // page's first scripts).
  const nominationPart = import('./nomination-form-page');
  nominationPart.catch(() => {}); // offline: said below, once the rest of the page is drawn
  const memorandumPart = import('./memorandum-form-page');
  memorandumPart.catch(() => {});
  redraw = renderLists;
  await loadLists(first.lists);
  presenting.then(
    ([, loaded]) => {
      lists = loaded;
      renderLists();
    },
    () => tell(() => t('home.listsFailed'), 'error'),
  );
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
    // Drawn once the partners and faculties are read; it restores its own draft. A memorandum may
    // have proposed a new partner: the lists name it only once the partners are read again.
    const memorandumForm = await (await memorandumPart).showMemorandumForm(
      byId('memorandum-slot'),
      () => ({ me, partners: directory.partners, faculties: directory.faculties }),
      () => void loadPartners().then(() => loadLists()).then(() => memorandumForm.redraw()),
      (id) => itemPath('memorandum', id),
    );
  } catch {
    tell(() => t('common.offlineReload'), 'error');
  }
  if (!directoryOk) tell(() => t('home.directoryFailed'), 'error');
}

// ---- one item ---------------------------------------------------------------------------

/** Ids in the content, in the words people use; agreements become links to their page. */
const contentNames: Names = {
  faculty: (id) => localName(directory.faculties.find((f) => f.id === id)),
  department: (facultyId, id) => localName(directory.faculties.find((f) => f.id === facultyId)?.departments?.find((d) => d.id === id)),
  agreement: (id) => {
    const a = directory.agreements.find((x) => x.id === id);
    return a ? link(`${a.reference} — ${label(a.content?.kind)}`, itemPath('memorandum', a.id)) : undefined;
  },
};

function stepState(item: Item, review: Review, step: ReviewStep, i: number): string {
  if (step.outcome) return step.completedAt ? t('item.outcomeOn', { outcome: label(step.outcome), date: when(step.completedAt) }) : label(step.outcome);
  if (i === review.stepIndex && item.status === 'in_review') return `${t('item.waiting')}${step.dueAt ? ` — ${t('item.due', { date: when(step.dueAt) })}` : ''}`;
  if (i === review.stepIndex && item.status === 'withdrawn') return t('item.stopped');
  return i > review.stepIndex ? t('item.notReached') : '';
}

function renderChain(item: Item): void {
  const ol = byId('item-chain');
  ol.replaceChildren();
  const review = item.review;
  if (!review?.steps?.length) {
    byId('chain-note').textContent = t('item.notInReview');
    return;
  }
  byId('chain-note').textContent = review.round > 1 ? t('item.round', { n: review.round }) : '';
  review.steps.forEach((step, i) => {
    const active = i === review.stepIndex && item.status === 'in_review';
    const li = el('li', undefined, active ? 'current' : undefined);
    if (active) li.setAttribute('aria-current', 'step');
    const head = el('div', undefined, 'step-head');
    head.append(el('strong', t('item.stepN', { n: i + 1, role: label(step.role) })));
    if (active) head.append(' ', el('span', t('item.currentStep'), 'badge'));
    li.append(head);
    const policy = step.approvers?.length > 1 ? t(step.policy === 'all' ? 'item.policyAll' : 'item.policyAny') : '';
    const state = stepState(item, review, step, i);
    if (state || policy) li.append(el('div', [state, policy].filter(Boolean).join(' · '), 'muted'));
    const people = el('ul', undefined, 'approvers');
    for (const a of step.approvers ?? []) {
      const p = el('li');
      p.append(el('span', `${a.name} <${a.email}>`));
      if (a.receipt) {
        p.append(' — ', el('span', t('item.decidedOn', { decision: present.past(a.receipt.decision), date: when(a.receipt.at) })));
        if (a.receipt.comment) p.append(el('p', present.quote(a.receipt.comment), 'pre'));
      } else if (active) p.append(' — ', el('span', t('item.notDecided'), 'muted'));
      people.append(p);
    }
    li.append(people);
    ol.append(li);
  });
}

/** The last decision that sent it back or turned it down, with its comment, at the top. */
function renderNotice(item: Item, isSubmitter: boolean, view: { path: string }): void {
  const last = item.review?.lastTransition;
  const shown = (item.status === 'changes_requested' || item.status === 'rejected') && last;
  byId('notice').hidden = !shown;
  if (!shown) return;
  const changes = item.status === 'changes_requested';
  byId('notice-heading').textContent = t(changes ? 'item.changesRequested' : 'item.rejected');
  const by = last.by?.name ?? t('common.anApprover');
  const said = t(changes ? 'item.sentBack' : 'item.rejectedBy', { by, date: when(last.at) });
  byId('notice-by').textContent = `${said}${changes && isSubmitter ? t('item.theirComment') : ':'}`;
  byId('notice-comment').textContent = last.comment ?? '';
  byId('notice-comment').hidden = !last.comment;
  byId('notice-action').hidden = !(changes && isSubmitter);
  byId<HTMLAnchorElement>('edit-link').href = `${view.path}/edit`;
}

function renderItem(item: Item, me: Me, view: { path: string }): void {
  const isSubmitter = item.submitter?.email === me.email;
  setTitle(() => `${label(item.kind)} ${item.reference}`, () => titleOf(item));
  const meta = byId('item-meta');
  meta.replaceChildren(el('li', label(item.status), 'badge'));
  const by = isSubmitter ? t('common.you') : `${item.submitter?.name} <${item.submitter?.email}>`;
  meta.append(el('li', t('item.submittedBy', { by, date: when(item.createdAt) }), 'muted'));
  renderNotice(item, isSubmitter, view);
  // The partner under its name in the reader's language, as everywhere on these pages.
  const partner = partnerOf(item.content?.partnerId);
  present.renderContent(byId('item-content'), item.kind, item.content ?? {}, partner && { ...partner, name: nameOf(partner) }, contentNames);
  // A partner a memorandum proposed is in the registry only as proposed until the office checks it.
  if (partner?.proposed) byId('item-content').querySelector('dd')?.append(' ', el('span', t('item.partnerProposed'), 'muted'));
  renderChain(item);
  present.renderHistory(byId('item-history'), item.history);
  byId('withdraw-heading').textContent = t(item.kind === 'memorandum' ? 'item.withdrawMemorandum' : 'item.withdrawNomination');
  // An approved nomination may be withdrawn too (the student changed plans): its place goes back.
  const afterApproval = item.kind === 'nomination' && (item.status === 'approved' || item.status === 'accepted_by_partner');
  const explained = byId('withdraw-explained');
  explained.dataset.i18n = afterApproval ? 'item.withdrawApprovedExplained' : 'item.withdrawExplained';
  explained.textContent = t(afterApproval ? 'item.withdrawApprovedExplained' : 'item.withdrawExplained');
  const hint = byId('withdraw-form').querySelector<HTMLElement>('.hint')!;
  hint.dataset.i18n = afterApproval ? 'item.reasonHintApproved' : 'item.reasonHint';
  hint.textContent = t(afterApproval ? 'item.reasonHintApproved' : 'item.reasonHint');
  byId('withdraw-section').hidden = !(isSubmitter && (item.status === 'in_review' || item.status === 'changes_requested' || afterApproval));
  byId('item').hidden = false;
}

/** The item as just read (`already`: the first read, sent alongside the directory's), or read now. */
async function loadItem(view: ItemView, me: Me, already?: Promise<ItemAnswer>): Promise<void> {
  const answer = await (already ?? readItem(view));
  if (readFailed(answer)) {
    byId('item').hidden = true;
    redraw = () => {};
    return;
  }
  const item = answer.data;
  redraw = () => renderItem(item, me, view);
  redraw();
}

async function showItem(view: ItemView, me: Me): Promise<void> {
  setTitle(() => t('common.loading'));
  backTo('/', () => t('item.backToOverview'));
  // The item is read alongside the directory rather than after it, as the edit page reads it.
  const reading = readItem(view);
  await Promise.all([loadDirectory(), loadAgreements(), presenting.then(([p]) => (present = p)), reading]);
  await loadItem(view, me, reading);
  // Offline, the page goes without its documents list rather than with an error.
  if (!byId('item').hidden) import('../attachments').then((part) => part.listDocuments({ kind: view.kind, id: view.id }), () => {});

  const form = byId<HTMLFormElement>('withdraw-form');
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const box = form.querySelector<HTMLElement>('.message')!;
    const button = byId<HTMLButtonElement>('withdraw-button');
    const reason = byId<HTMLTextAreaElement>('withdraw-reason').value.trim();
    button.disabled = true;
    say(box, () => t('item.withdrawing'));
    try {
      const answer = await api(`POST /${PATHS[view.kind]}/:id/withdraw`, { params: { id: view.id }, body: reason ? { reason } : {} });
      if (answer.ok) {
        const { reference } = answer.data;
        form.reset();
        say(box);
        await loadItem(view, me);
        tell(() => t('item.withdrawn', { reference: reference ?? '' }).trim(), 'ok');
        return;
      }
      const { status, data } = answer;
      if (status === 409) {
        say(box, () => `${t('item.cannotWithdraw')}${data.status ? ` ${t('common.itIsNow', { status: label(data.status) })}` : ''}`, 'warn');
      } else if (status === 401) {
        say(box, () => t('common.sessionEnded'), 'error');
        signInLink(box, true);
      } else {
        say(box, () => `${t('item.notWithdrawn', { status: String(status) })}${requestIdOf(data)}`, 'error');
      }
    } catch {
      say(box, () => t('common.offline'), 'error');
    } finally {
      button.disabled = false;
    }
  });
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
  // The memorandum's form is Preact's too (pages/memorandum-form-page.tsx). A resubmission keeps
  // its partner (PUT takes MemorandumInputSchema); files may be added, as an approver often asks for one.
  const part = await import('./memorandum-form-page');
  const data = { me, partners: directory.partners, faculties: directory.faculties };
  await part.showMemorandumEdit(byId('edit-slot'), data, { id: item.id, reference: item.reference, content: item.content ?? {} }, view.path);
  byId('edit').hidden = false;
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
