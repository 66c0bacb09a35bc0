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
 * prefetch or a mail scanner opening these addresses changes nothing.
 */
import { call, say, signInLink } from './api.js';
import { createForm, directory, fillAgreements, fillForm, loadAgreements, loadDirectory, partnerOf, resetForm, sendForm } from './forms.js';
import { el, label, past, renderContent, renderHistory, when } from './present.js';

const $ = (id) => document.getElementById(id);
const message = $('message');

/** The API and page path of each kind; memoranda live under "agreements" as the office says. */
const PATHS = { nomination: 'nominations', memorandum: 'agreements' };
const KINDS = { nominations: 'nomination', agreements: 'memorandum' };
const NOUN = { nomination: 'nomination', memorandum: 'memorandum' };

function route(pathname) {
  if (pathname === '/' || pathname === '/index.html') return { page: 'home' };
  // Ids are [A-Za-z0-9_-] (the API refuses others), so nothing here needs decoding.
  const m = /^\/(nominations|agreements)\/([A-Za-z0-9_-]{1,64})(\/edit)?\/?$/.exec(pathname);
  if (!m) return { page: 'unknown' };
  return { page: m[3] ? 'edit' : 'view', kind: KINDS[m[1]], id: m[2], path: `/${m[1]}/${m[2]}` };
}

function setTitle(text, subtitle = '') {
  $('title').textContent = text;
  document.title = text === 'Hamkor' ? text : `${text} — Hamkor`;
  $('subtitle').textContent = subtitle;
  $('subtitle').hidden = !subtitle;
}

function backTo(href, text) {
  $('back-link').href = href;
  $('back-link').textContent = text;
  $('back').hidden = false;
}

const link = (text, href) => Object.assign(el('a', text), { href });
const itemPath = (kind, id) => `/${PATHS[kind]}/${encodeURIComponent(id)}`;
const partnerName = (id) => partnerOf(id)?.name ?? id;

function titleOf(item) {
  const c = item.content ?? {};
  if (item.kind === 'nomination') return [c.nominee?.name, partnerName(c.partnerId), c.academicYear].filter(Boolean).join(' — ');
  return [label(c.kind), partnerName(c.partnerId)].filter(Boolean).join(' — ');
}

/** A failed read of one item, in words; true when it was handled. */
function readFailed(status, data) {
  if (status === 200) return false;
  if (status === 404) {
    setTitle('Not found');
    say(message, 'Not found (or not yours to see).', 'warn');
  } else if (status === 401) {
    setTitle('Please sign in');
    say(message, 'You are not signed in.', 'warn');
    signInLink(message);
  } else {
    setTitle('Something went wrong');
    say(message, `${data.message || `The server answered ${status}.`}${data.requestId ? ` Request id: ${data.requestId}` : ''}`, 'error');
  }
  return true;
}

// ---- home -------------------------------------------------------------------------------

function renderList(ul, kind, items, describe) {
  ul.replaceChildren();
  if (!items.length) ul.append(el('li', 'None yet.', 'muted'));
  for (const item of items) {
    const li = el('li');
    li.append(link(item.reference, itemPath(kind, item.id)), ' ', el('span', label(item.status), 'badge'), el('div', describe(item), 'muted'));
    ul.append(li);
  }
}

async function loadLists(nominationForm) {
  const [nominations, agreementsOk] = await Promise.all([call('GET', '/api/nominations'), loadAgreements()]);
  const mine = nominations.status === 200 && Array.isArray(nominations.data) ? nominations.data : [];
  renderList($('nominations'), 'nomination', mine, (n) => `${n.content?.nominee?.name ?? ''} — ${partnerName(n.content?.partnerId)}`);
  renderList($('agreements'), 'memorandum', directory.agreements, (a) => `${label(a.content?.kind)} — ${partnerName(a.content?.partnerId)}`);
  fillAgreements(nominationForm);
  if (nominations.status !== 200 || !agreementsOk) say(message, 'Some lists could not be loaded. Reload the page to try again.', 'error');
}

function roleText(r) {
  if (typeof r === 'string') return label(r);
  const s = r.scope ?? {};
  const where = s.type === 'university' || !s.type ? 'university' : [label(s.type), s.faculty, s.department].filter(Boolean).join(' ');
  return `${label(r.role)} (${where})`;
}

async function showHome(me) {
  setTitle('Hamkor');
  $('title').textContent = `Hello, ${me.name}`;
  const roles = Array.isArray(me.roles) ? me.roles.map(roleText) : [];
  $('roles').textContent = `${me.email}${roles.length ? ` · Roles: ${roles.join(', ')}` : ''}`;
  $('home').hidden = false;
  const directoryOk = await loadDirectory();
  const nominationForm = createForm('nomination');
  const memorandumForm = createForm('memorandum');
  $('nomination-slot').append(nominationForm);
  $('memorandum-slot').append(memorandumForm);
  for (const [form, kind] of [[nominationForm, 'nomination'], [memorandumForm, 'memorandum']]) {
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      sendForm(form, {
        method: 'POST',
        path: `/api/${PATHS[kind]}`,
        okStatus: 201,
        onSuccess: async (created) => {
          resetForm(form);
          const box = form.querySelector('.message');
          say(box, 'Submitted as ', 'ok');
          box.append(link(created.reference, itemPath(kind, created.id)), '.');
          await loadLists(nominationForm);
        },
      });
    });
  }
  await loadLists(nominationForm);
  if (!directoryOk) say(message, 'Partners or faculties could not be loaded. Reload the page to try again.', 'error');
}

// ---- one item ---------------------------------------------------------------------------

/** Ids in the content, in the words people use; agreements become links to their page. */
const contentNames = {
  faculty: (id) => directory.faculties.find((f) => f.id === id)?.name,
  department: (facultyId, id) => directory.faculties.find((f) => f.id === facultyId)?.departments?.find((d) => d.id === id)?.name,
  agreement: (id) => {
    const a = directory.agreements.find((x) => x.id === id);
    return a ? link(`${a.reference} — ${label(a.content?.kind)}`, itemPath('memorandum', a.id)) : undefined;
  },
};

function stepState(item, step, i) {
  const review = item.review;
  if (step.outcome) return `${label(step.outcome)}${step.completedAt ? ` on ${when(step.completedAt)}` : ''}`;
  if (i === review.stepIndex && item.status === 'in_review') return `Waiting for a decision${step.dueAt ? ` — due ${when(step.dueAt)}` : ''}`;
  if (i === review.stepIndex && item.status === 'withdrawn') return 'Stopped: the item was withdrawn';
  return i > review.stepIndex ? 'Not reached yet' : '';
}

function renderChain(item) {
  const ol = $('item-chain');
  ol.replaceChildren();
  const review = item.review;
  if (!review?.steps?.length) {
    $('chain-note').textContent = 'Not in review.';
    return;
  }
  $('chain-note').textContent = review.round > 1 ? `Round ${review.round}. Earlier rounds are in the history below.` : '';
  review.steps.forEach((step, i) => {
    const active = i === review.stepIndex && item.status === 'in_review';
    const li = el('li', undefined, active ? 'current' : undefined);
    if (active) li.setAttribute('aria-current', 'step');
    const head = el('div', undefined, 'step-head');
    head.append(el('strong', `Step ${i + 1}: ${label(step.role)}`));
    if (active) head.append(' ', el('span', 'Current step', 'badge'));
    li.append(head);
    const policy = step.approvers?.length > 1 ? (step.policy === 'all' ? 'Every one of them decides' : 'Any one of them decides') : '';
    const state = stepState(item, step, i);
    if (state || policy) li.append(el('div', [state, policy].filter(Boolean).join(' · '), 'muted'));
    const people = el('ul', undefined, 'approvers');
    for (const a of step.approvers ?? []) {
      const p = el('li');
      p.append(el('span', `${a.name} <${a.email}>`));
      if (a.receipt) {
        p.append(' — ', el('span', `${past(a.receipt.decision)} on ${when(a.receipt.at)}`));
        if (a.receipt.comment) p.append(el('p', `“${a.receipt.comment}”`, 'pre'));
      } else if (active) p.append(' — ', el('span', 'not decided yet', 'muted'));
      people.append(p);
    }
    li.append(people);
    ol.append(li);
  });
}

/** The last decision that sent it back or turned it down, with its comment, at the top. */
function renderNotice(item, isSubmitter, view) {
  const t = item.review?.lastTransition;
  const shown = (item.status === 'changes_requested' || item.status === 'rejected') && t;
  $('notice').hidden = !shown;
  if (!shown) return;
  const changes = item.status === 'changes_requested';
  $('notice-heading').textContent = changes ? 'Changes requested' : 'Rejected';
  $('notice-by').textContent = `${t.by?.name ?? 'An approver'} ${changes ? 'sent it back' : 'rejected it'} on ${when(t.at)}${changes && isSubmitter ? '. Their comment:' : ':'}`;
  $('notice-comment').textContent = t.comment ?? '';
  $('notice-comment').hidden = !t.comment;
  $('notice-action').hidden = !(changes && isSubmitter);
  $('edit-link').href = `${view.path}/edit`;
}

function renderItem(item, me, view) {
  const isSubmitter = item.submitter?.email === me.email;
  setTitle(`${label(item.kind)} ${item.reference}`, titleOf(item));
  const meta = $('item-meta');
  meta.replaceChildren(el('li', label(item.status), 'badge'));
  const by = isSubmitter ? 'you' : `${item.submitter?.name} <${item.submitter?.email}>`;
  meta.append(el('li', `Submitted by ${by} on ${when(item.createdAt)}`, 'muted'));
  renderNotice(item, isSubmitter, view);
  renderContent($('item-content'), item.kind, item.content ?? {}, partnerOf(item.content?.partnerId), contentNames);
  renderChain(item);
  renderHistory($('item-history'), item.history);
  $('withdraw-heading').textContent = `Withdraw this ${NOUN[item.kind]}`;
  $('withdraw-section').hidden = !(isSubmitter && (item.status === 'in_review' || item.status === 'changes_requested'));
  $('item').hidden = false;
}

async function loadItem(view, me) {
  const { status, data } = await call('GET', `/api${view.path}`);
  if (readFailed(status, data)) {
    $('item').hidden = true;
    return;
  }
  renderItem(data, me, view);
}

async function showItem(view, me) {
  setTitle('Loading…');
  backTo('/', 'Back to the overview');
  await Promise.all([loadDirectory(), loadAgreements()]);
  await loadItem(view, me);

  const form = $('withdraw-form');
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const box = form.querySelector('.message');
    const button = $('withdraw-button');
    const reason = $('withdraw-reason').value.trim();
    button.disabled = true;
    say(box, 'Withdrawing…');
    try {
      const { status, data } = await call('POST', `/api${view.path}/withdraw`, reason ? { reason } : {});
      if (status === 200) {
        form.reset();
        say(box, '');
        await loadItem(view, me);
        say(message, `Withdrawn. ${data.reference ?? ''}`.trim(), 'ok');
      } else if (status === 409) {
        say(box, `${data.message || 'It can no longer be withdrawn.'}${data.status ? ` (It is now: ${label(data.status)}.)` : ''}`, 'warn');
      } else if (status === 401) {
        say(box, 'Your session has ended.', 'error');
        signInLink(box, true);
      } else {
        say(box, `${data.message || `Not withdrawn (${status}).`}${data.requestId ? ` Request id: ${data.requestId}` : ''}`, 'error');
      }
    } catch {
      say(box, 'Could not reach the server. Check your connection and try again.', 'error');
    } finally {
      button.disabled = false;
    }
  });
}

// ---- editing after changes were requested -----------------------------------------------

async function showEdit(view, me) {
  setTitle('Loading…');
  const noun = NOUN[view.kind];
  backTo(view.path, `Back to the ${noun}`);
  const [{ status, data: item }] = await Promise.all([call('GET', `/api${view.path}`), loadDirectory(), loadAgreements()]);
  if (readFailed(status, item)) return;
  setTitle(`Edit ${item.reference}`, titleOf(item));
  backTo(view.path, `Back to ${item.reference}`);
  if (item.submitter?.email !== me.email) {
    say(message, `Only the person who submitted this ${noun} can edit it.`, 'warn');
    return;
  }
  if (item.status !== 'changes_requested') {
    say(message, `This ${noun} is ${label(item.status).toLowerCase()}, not waiting for changes, so there is nothing to edit.`, 'warn');
    return;
  }
  const t = item.review?.lastTransition;
  if (t?.comment) {
    $('edit-notice-by').textContent = `${t.by?.name ?? 'An approver'} asked for changes on ${when(t.at)}:`;
    $('edit-comment').textContent = t.comment;
    $('edit-notice').hidden = false;
  }
  const form = createForm(view.kind);
  form.querySelector('button[type=submit]').textContent = `Resubmit ${noun}`;
  $('edit-slot').append(form);
  fillForm(form, item.content ?? {});
  $('edit').hidden = false;
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    sendForm(form, { method: 'PUT', path: `/api${view.path}`, okStatus: 200, onSuccess: () => location.assign(view.path) });
  });
}

// ---- start ------------------------------------------------------------------------------

async function start() {
  const view = route(location.pathname);
  let me;
  try {
    me = await call('GET', '/api/me');
  } catch {
    return say(message, 'Could not reach the server. Check your connection and reload.', 'error');
  }
  if (me.status === 401) {
    say(message, 'You are not signed in.', 'warn');
    signInLink(message);
    return;
  }
  if (me.status !== 200) return say(message, me.data.message || `Something went wrong (${me.status}).`, 'error');
  directory.me = me.data;
  $('signout').hidden = false;
  try {
    if (view.page === 'home') await showHome(me.data);
    else if (view.page === 'view') await showItem(view, me.data);
    else if (view.page === 'edit') await showEdit(view, me.data);
    else {
      setTitle('Not found');
      say(message, 'There is no page at this address.', 'warn');
      backTo('/', 'Go to the overview');
    }
  } catch {
    say(message, 'Could not load everything. Reload the page to try again.', 'error');
  }
}

$('signout').addEventListener('click', async (e) => {
  e.currentTarget.disabled = true;
  try { await call('POST', '/api/auth/signout', {}); } catch { /* the cookie may still be cleared later */ }
  location.assign('/signin');
});

start();
