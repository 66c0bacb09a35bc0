/**
 * The approver's page, opened from a decision email (`/act#t=<token>`). It shows what is being
 * decided and lets the approver approve, reject or request changes.
 *
 * Why it never acts on load: mail security scanners open every link, some in a real browser
 * running scripts, and products that decided on a visit have had approvals "clicked" by them.
 * So loading this page only calls the read-only `POST /api/actions/preview`; nothing is
 * pre-selected, and only a person pressing "Send decision" calls `POST /api/actions/decide`.
 * The token stays in the URL fragment (never sent to a server log or a Referer) and leaves this
 * page only inside POST bodies: no query string, no storage.
 */

import { OUTCOME, el, label, past, renderContent, renderHistory, row, when } from './present.js';

const $ = (id) => document.getElementById(id);
const message = $('message');
const actions = $('actions');
const token = new URLSearchParams(location.hash.slice(1)).get('t');
/** One key per page load: a network retry of the same decision gets the same answer back. */
const idempotencyKey = typeof crypto.randomUUID === 'function' ? crypto.randomUUID() : uuidFallback();
let preview = null;
let busy = false;

function uuidFallback() {
  // crypto.randomUUID exists only in secure contexts; a plain-http LAN address lacks it.
  const h = Array.from(crypto.getRandomValues(new Uint8Array(16)), (x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${'89ab'[parseInt(h[16], 16) & 3]}${h.slice(17, 20)}-${h.slice(20)}`;
}

function say(text, tone = '', focus = false) {
  message.className = `message ${tone}`.trim();
  message.textContent = text;
  if (focus) message.focus();
}

function offer(text, onClick) {
  actions.replaceChildren();
  if (!text) return;
  const button = el('button', text, 'secondary');
  button.type = 'button';
  button.addEventListener('click', () => onClick(button));
  actions.append(button);
}

async function post(path, body, headers = {}) {
  const res = await fetch(path, { method: 'POST', credentials: 'same-origin', headers: { 'content-type': 'application/json', accept: 'application/json', ...headers }, body: JSON.stringify(body) });
  return { status: res.status, data: await res.json().catch(() => ({})) };
}

function setTitle(text) { $('title').textContent = text; document.title = `${text} — Hamkor`; }
const hideForm = () => { $('decision-section').hidden = true; };

// ---- showing the item -------------------------------------------------------------------

function closedText(c, fallbackStatus) {
  const status = c?.status ?? fallbackStatus;
  const now = status ? ` The item is now: ${label(status)}.` : '';
  if (!c?.decidedBy && !c?.decidedByName) return `This link can no longer be used to decide.${now}`;
  const mine = preview?.approver?.email && c.decidedBy === preview.approver.email;
  const by = mine ? 'you' : c.decidedByName || c.decidedBy;
  const comment = c.comment ? ` Comment: “${c.comment}”.` : '';
  return `Already decided: ${past(c.decision)} by ${by} at ${when(c.at)}.${comment}${now}`;
}

function render(p) {
  preview = p;
  const s = p.summary ?? {};
  setTitle(s.title || p.reference);
  const meta = $('meta');
  meta.replaceChildren(el('li', label(p.kind), 'badge'), el('li', p.reference, 'badge'), el('li', label(p.status), 'badge'));
  if (s.submitter) meta.append(el('li', `Submitted by ${s.submitter.name} <${s.submitter.email}>`, 'muted'));
  $('approver').textContent = p.approver ? `You are deciding as ${p.approver.name} (${p.approver.email}).` : '';

  const st = p.step ?? {};
  const step = $('step');
  step.replaceChildren();
  // step.index counts from 0 (the server's array index); people count from 1.
  row(step, 'Step', `Step ${st.index + 1} of ${st.of} — ${label(st.role)}`);
  row(step, 'Who decides', st.policy === 'all' ? 'Every approver of this step' : st.policy === 'any' ? 'Any one approver of this step' : st.policy);
  row(step, 'Due', st.dueAt && when(st.dueAt));
  row(step, 'This link works until', p.expiresAt && when(p.expiresAt));

  renderContent($('content'), p.kind, s.content ?? {}, s.partner);
  renderHistory($('history'), p.history);
  $('item').hidden = false;

  if (p.closed || !p.choices?.length) {
    hideForm();
    say(closedText(p.closed, p.status), 'warn');
  } else {
    $('decision-section').hidden = false;
    say('');
  }
}

// ---- link errors ------------------------------------------------------------------------

/** 404 (unknown or tampered link) and 410 (expired or replaced), from preview or decide. */
function showGone(data) {
  hideForm();
  if (data.error === 'link_replaced') say('A newer link was sent for this step; use the newest email.', 'warn', true);
  else if (data.error === 'link_expired') say('This link has expired.', 'warn', true);
  else say('This link is not valid. Open the newest email about this item, or ask the office for a fresh link.', 'error', true);
  if (data.error === 'link_expired' && data.freshLink !== false) offer('Send me a fresh link', refresh);
}

async function refresh(button) {
  button.disabled = true;
  try {
    const { status, data } = await post('/api/actions/refresh', { token });
    const done = { 202: ['A fresh link is on its way. Check your inbox.', 'ok'], 409: [closedText(data), 'warn'], 404: ['This link is not valid.', 'error'] }[status];
    if (done) { offer(); say(done[0], done[1], true); return; }
    say(status === 429 ? 'Too many requests. Please try again later.' : data.message || `Something went wrong (${status}). Please try again.`, 'error', true);
  } catch {
    say('Could not reach the server. Check your connection and try again.', 'error', true);
  }
  button.disabled = false;
}

async function load() {
  offer();
  say('Loading…');
  try {
    const { status, data } = await post('/api/actions/preview', { token });
    if (status === 200) render(data);
    else if (status === 404 || status === 410) {
      setTitle(status === 404 ? 'This link is not valid' : data.error === 'link_expired' ? 'This link has expired' : 'This link was replaced');
      showGone(data);
    } else { setTitle('Something went wrong'); say(data.message || `The server answered ${status}.`, 'error'); offer('Try again', load); }
  } catch {
    setTitle('Could not load');
    say('Could not reach the server. Check your connection.', 'error');
    offer('Try again', load);
  }
}

// ---- deciding ---------------------------------------------------------------------------

const form = $('decision-form');
const comment = $('comment');
const decideButton = $('decide-button');
const chosen = () => form.querySelector('input[name=decision]:checked')?.value;

function commentError(text) {
  $('comment-error')?.remove();
  if (!text) { comment.removeAttribute('aria-invalid'); comment.setAttribute('aria-describedby', 'comment-need'); return; }
  const p = el('p', text, 'field-error');
  p.id = 'comment-error';
  comment.after(p);
  comment.setAttribute('aria-invalid', 'true');
  comment.setAttribute('aria-describedby', 'comment-need comment-error');
  comment.focus();
}

form.addEventListener('change', () => {
  const d = chosen();
  decideButton.disabled = !d || busy;
  comment.required = d === 'reject' || d === 'request_changes';
  comment.setAttribute('aria-required', String(comment.required));
});

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  const decision = chosen();
  if (busy || !decision || !preview) return;
  commentError('');
  const text = comment.value.trim();
  if (decision === 'reject' && !text) return commentError('Give the reason for the rejection.');
  if (decision === 'request_changes' && !text) return commentError('Say what the submitter should change.');
  busy = true;
  decideButton.disabled = true;
  decideButton.textContent = 'Sending…';
  try {
    const body = { token, decision, ...(text ? { comment: text } : {}), snapshotHash: preview.snapshotHash };
    const { status, data } = await post('/api/actions/decide', body, { 'Idempotency-Key': idempotencyKey });
    if (status === 200) {
      hideForm();
      const outcome = OUTCOME[data.outcome] ? ` — ${OUTCOME[data.outcome]}` : '';
      say(`${past(data.decision ?? decision)}. Recorded at ${when(data.at)}${outcome}. You can close this page.`, 'ok', true);
    } else if (status === 409 && data.error === 'snapshot_changed') {
      hideForm();
      say('The item changed since you opened it — reload to see the current version before deciding.', 'warn', true);
      offer('Reload', () => location.reload());
    } else if (status === 409) {
      hideForm();
      say(closedText(data), 'warn', true);
    } else if (status === 400) {
      const fields = Array.isArray(data.fields) ? data.fields : [];
      const forComment = fields.find((f) => f.path === 'comment');
      const other = fields.filter((f) => f !== forComment).map((f) => (f.path ? `${f.path}: ${f.message}` : f.message));
      say([data.message, ...other].filter(Boolean).join(' — ') || 'Check your input.', 'error', !forComment);
      if (forComment) commentError(forComment.message);
    } else if (status === 404 || status === 410) {
      showGone(data);
    } else {
      say(data.message || `Something went wrong (${status}). Please try again.`, 'error', true);
    }
  } catch {
    say('Could not reach the server. Press "Send decision" again; it will not be recorded twice.', 'error', true);
  } finally {
    busy = false;
    decideButton.textContent = 'Send decision';
    decideButton.disabled = !chosen();
  }
});

if (token) load();
else {
  setTitle('This link is not valid');
  say('The link is missing its code. Open it again from the email, or copy the whole address.', 'error');
}
