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

const LABELS = {
  nomination: 'Exchange nomination', memorandum: 'Memorandum',
  student: 'Student', academic_staff: 'Academic staff', administrative_staff: 'Administrative staff',
  bachelor: 'Bachelor', master: 'Master', doctoral: 'Doctoral', none: 'Not applicable',
  outgoing: 'Outgoing (our person goes to the partner)', incoming: 'Incoming (the partner’s person comes here)',
  bilateral: 'Bilateral mobility', erasmus_plus: 'Erasmus+', government_scholarship: 'Government scholarship', other: 'Other',
  semester_study: 'Semester study', full_year_study: 'Full-year study', short_term: 'Short-term',
  teaching: 'Teaching', training: 'Training', research: 'Research',
  first_semester: 'First semester', second_semester: 'Second semester', full_year: 'Full year', summer: 'Summer',
  memorandum_of_understanding: 'Memorandum of understanding', cooperation_agreement: 'Cooperation agreement',
  academic_mobility_agreement: 'Academic mobility agreement', erasmus_plus_iia: 'Erasmus+ inter-institutional agreement',
  double_degree_agreement: 'Double-degree agreement', research_agreement: 'Research / joint-laboratory agreement',
  student_exchange: 'Student exchange', staff_exchange: 'Staff exchange', joint_research: 'Joint research',
  joint_laboratories: 'Joint laboratories', double_diplomas: 'Double diplomas', conferences: 'Conferences', internships: 'Internships',
  student_studies: 'Student studies', student_traineeship: 'Student traineeship', staff_teaching: 'Staff teaching', staff_training: 'Staff training',
  in_review: 'In review', changes_requested: 'Changes requested',
};
const PAST = { approve: 'Approved', reject: 'Rejected', request_changes: 'Changes requested' };
const OUTCOME = {
  recorded: 'the step waits for the other approvers', advanced: 'moved to the next step', approved: 'finally approved',
  rejected: 'rejected', changes_requested: 'sent back to the submitter',
};
const label = (v) => LABELS[v] ?? String(v ?? '').replaceAll('_', ' ');
const past = (d) => PAST[d] ?? label(d);

function when(iso) {
  const d = new Date(iso);
  return iso && !Number.isNaN(d.getTime()) ? d.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' }) : String(iso ?? '');
}

function displayName(type, code) {
  try { return new Intl.DisplayNames(undefined, { type }).of(code) || code; } catch { return code; }
}

function el(tag, text, cls) {
  const node = Object.assign(document.createElement(tag), cls ? { className: cls } : {});
  if (text !== undefined) node.textContent = text;
  return node;
}

function row(dl, term, value, cls) {
  if (value === undefined || value === null || value === '' || value === false) return;
  const dd = el('dd', undefined, cls);
  dd.append(value instanceof Node ? value : String(value)); // a string becomes a text node, never markup
  dl.append(el('dt', term), dd);
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

function renderContent(kind, c, partner) {
  const dl = $('content');
  dl.replaceChildren();
  if (partner) row(dl, 'Partner', [partner.name, partner.city, partner.country && displayName('region', partner.country)].filter(Boolean).join(', '));
  if (kind === 'nomination') {
    const n = c.nominee ?? {};
    row(dl, 'Nominee', n.name);
    row(dl, 'Nominee email', n.email);
    row(dl, 'Role', n.role && label(n.role));
    row(dl, 'Study level', n.studyLevel && label(n.studyLevel));
    row(dl, 'Faculty / department', [n.faculty, n.department].filter(Boolean).join(' / '));
    row(dl, 'Direction', c.direction && label(c.direction));
    row(dl, 'Programme', c.programme && label(c.programme));
    row(dl, 'Mobility type', c.mobilityType && label(c.mobilityType));
    row(dl, 'Academic year', c.academicYear);
    row(dl, 'Period', c.period && label(c.period));
    if (c.language) row(dl, 'Language', `${displayName('language', c.language.code)} (${c.language.code}), level ${c.language.level}`);
    row(dl, 'Agreement', c.agreementId);
    row(dl, 'Motivation', c.motivation, 'pre');
  } else {
    row(dl, 'Kind', c.kind && label(c.kind));
    row(dl, 'Scope', Array.isArray(c.scope) ? c.scope.map(label).join(', ') : undefined);
    row(dl, 'Starts', c.startDate);
    row(dl, 'Ends', c.endDate === null ? 'Open-ended' : c.endDate);
    if (c.coordinator) row(dl, 'Coordinator', `${c.coordinator.name} <${c.coordinator.email}>`);
    row(dl, 'Initiating faculty', c.initiatingFaculty);
    row(dl, 'Summary', c.summary, 'pre');
    const conditions = Array.isArray(c.cooperationConditions) ? c.cooperationConditions : [];
    if (conditions.length === 0) row(dl, 'Cooperation conditions', 'None specified');
    else {
      const ul = el('ul');
      for (const k of conditions) {
        const parts = [
          label(k.type),
          k.sender === 'home' ? 'we send' : 'the partner sends',
          `${k.mobilitiesPerYear} per year`,
          k.totalMonthsPerYear !== undefined && `${k.totalMonthsPerYear} months in total per year`,
          k.subjectAreas?.length && `ISCED-F ${k.subjectAreas.join(', ')}`,
          k.eqfLevels?.length && `EQF ${k.eqfLevels.join(', ')}`,
          k.languages?.length && `languages ${k.languages.map((l) => `${l.code} ${l.level}`).join(', ')}`,
          k.academicYears?.length && `years ${k.academicYears.join(', ')}`,
        ];
        ul.append(el('li', parts.filter(Boolean).join('; ')));
      }
      row(dl, 'Cooperation conditions', ul);
    }
  }
}

function historyLine(e) {
  const who = e.actor?.name ?? '';
  const step = e.step ? ` (step ${e.step.index + 1}, ${label(e.step.role)})` : '';
  switch (e.type) {
    case 'submitted': return `${who} submitted it`;
    case 'resubmitted': return `${who} resubmitted it (round ${e.round})`;
    case 'decided': return `${who}: ${past(e.decision)}${step}${e.outcome && OUTCOME[e.outcome] ? ` — ${OUTCOME[e.outcome]}` : ''}`;
    case 'withdrawn': return `${who} withdrew it`;
    default: return `${label(e.type)}${who ? ` — ${who}` : ''}`;
  }
}

function renderHistory(events) {
  const ol = $('history');
  ol.replaceChildren();
  if (!events?.length) ol.append(el('li', 'Nothing yet.', 'muted'));
  for (const e of events ?? []) {
    const li = el('li');
    li.append(el('div', when(e.at), 'muted'), el('div', historyLine(e)));
    const note = e.comment ?? e.reason;
    if (note) li.append(el('p', `“${note}”`, 'pre'));
    ol.append(li);
  }
}

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

  renderContent(p.kind, s.content ?? {}, s.partner);
  renderHistory(p.history);
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
