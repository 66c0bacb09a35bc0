/**
 * The approver's page, opened from a decision email (`/act#t=<token>`). It shows what is being
 * decided and lets the approver approve, reject or request changes.
 *
 * Why it never acts on load: mail security scanners open every link, some in a real browser
 * running scripts, and products that decided on a visit have had approvals "clicked" by them.
 * So loading this page only calls the read-only `POST /api/actions/preview`; nothing is
 * pre-selected, and only a person pressing "Send decision" calls `POST /api/actions/decide`.
 * The token comes in the URL fragment (never sent to a server log or a Referer), is taken out of
 * the address bar and history at once, and leaves this page only inside POST bodies: no query
 * string, no storage.
 */
import { startPage } from '../chrome';
import { documentKindName } from '../document-upload';
import { byId, call, el, requestIdOf, say, type Tone } from '../dom';
import { addMessages, label, lang, list, localName, onLanguageChange, preferLanguage, setText, t, when } from '../i18n';
import { ACT_MESSAGES } from '../i18n/act-messages';
import { OFFICE_MESSAGES } from '../i18n/office-messages';
import { fieldMessage } from '../../../shared/i18n/validation';
import { choice, past, renderContent, renderHistory, row } from '../present';

// The document kinds' names and the download words are the office's (document-upload.ts).
addMessages(OFFICE_MESSAGES);
addMessages(ACT_MESSAGES);
startPage();

/** The names the preview gives for the ids in the content (the approver has no directory to look them up in). */
type Labels = { faculty?: string; department?: string; agreement?: string; names?: { faculty?: Record<string, string>; department?: Record<string, string> } };
/** An uploaded document of the item, as the preview lists it. */
type LinkedDocument = { id: string; kind: string; fileName: string; size: number };
type Closed = { status?: string; decidedBy?: string; decidedByName?: string; decision?: string; at?: string; comment?: string };
type Preview = {
  kind: string;
  reference: string;
  status: string;
  summary?: { title?: string; titles?: Partial<Record<string, string>>; submitter?: { name: string; email: string }; content?: Record<string, any>; partner?: any; labels?: Labels };
  approver?: { name: string; email: string };
  step?: { index: number; of: number; role: string; policy?: string; dueAt?: string };
  expiresAt?: string;
  history?: Record<string, any>[];
  documents?: LinkedDocument[];
  closed?: Closed;
  choices?: string[];
  snapshotHash: string;
};

const message = byId('message');
const actions = byId('actions');
const fragment = new URLSearchParams(location.hash.slice(1));
const token = fragment.get('t');
// Read once, then gone from the address bar and the history: a shared screen, a screenshot or the
// browser's history must not hand the link on. The page keeps it in memory for its posts.
if (location.hash) history.replaceState(history.state, '', location.pathname + location.search);
// The email's language, carried by its link: the approver has no profile to take it from.
preferLanguage(fragment.get('l'));
/** One key per page load: a network retry of the same decision gets the same answer back. */
const idempotencyKey = typeof crypto.randomUUID === 'function' ? crypto.randomUUID() : uuidFallback();
let preview: Preview | null = null;
let busy = false;

function uuidFallback(): string {
  // crypto.randomUUID exists only in secure contexts; a plain-http LAN address lacks it.
  const h = Array.from(crypto.getRandomValues(new Uint8Array(16)), (x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${'89ab'[parseInt(h[16]!, 16) & 3]}${h.slice(17, 20)}-${h.slice(20)}`;
}

function tell(text: (() => string) | undefined, tone: Tone = '', focus = false): void {
  say(message, text, tone);
  if (focus) message.focus();
}

function offer(text?: () => string, onClick?: (button: HTMLButtonElement) => void): void {
  actions.replaceChildren();
  if (!text || !onClick) return;
  const button = el('button', undefined, 'secondary');
  setText(button, text);
  button.type = 'button';
  button.addEventListener('click', () => onClick(button));
  actions.append(button);
}

let title: () => string = () => t('common.loading');
function setTitle(text: () => string): void {
  title = text;
  const h1 = byId('title');
  h1.removeAttribute('data-i18n');
  h1.textContent = text();
  document.title = `${text()} — Hamkor`;
}
const hideForm = () => {
  byId('decision-section').hidden = true;
};

// ---- showing the item -------------------------------------------------------------------

function closedText(c: Closed | undefined, fallbackStatus?: string): string {
  const status = c?.status ?? fallbackStatus;
  const now = status ? ` ${t('act.nowStatus', { status: label(status) })}` : '';
  if (!c?.decidedBy && !c?.decidedByName) return `${t('act.closed')}${now}`;
  const mine = preview?.approver?.email && c.decidedBy === preview.approver.email;
  const by = mine ? t('common.you') : c.decidedByName || c.decidedBy || '';
  const comment = c.comment ? ` ${t('act.comment.quoted', { comment: c.comment })}` : '';
  const again = resubmittedSince(c);
  const round = again ? ` ${t('act.earlierRound', { date: when(again.at) })}` : '';
  return `${t('act.alreadyDecidedOn', { decision: past(c.decision), by, at: when(c.at) })}${comment}${now}${round}`;
}

/**
 * The resubmission after this link's own decision, when there was one: the link belonged to an
 * earlier round, and "in review" on this page does not mean it is this link's turn again.
 */
function resubmittedSince(c: Closed): Record<string, any> | undefined {
  const history = preview?.history ?? [];
  const mine = history.find((e) => e.type === 'decided' && e.actor?.email === preview?.approver?.email && e.at === c.at);
  if (!mine) return undefined;
  return history.filter((e) => e.type === 'resubmitted' && e.round > mine.round).at(-1);
}

function render(p: Preview): void {
  const s = p.summary ?? {};
  // The title in the page's language (partner's name, dates); the English one from an older server.
  setTitle(() => s.titles?.[lang()] || s.title || p.reference);
  const meta = byId('meta');
  meta.replaceChildren(el('li', label(p.kind), 'badge'), el('li', p.reference, 'badge'), el('li', label(p.status), 'badge'));
  if (s.submitter) meta.append(el('li', t('act.submittedBy', { name: s.submitter.name, email: s.submitter.email }), 'muted'));
  // Only while this link can still decide: after the decision (or on a used link) it is not deciding anything.
  const approver = byId('approver');
  approver.hidden = !(p.approver && p.choices?.length);
  approver.textContent = p.approver && p.choices?.length ? t('act.decidingAs', { name: p.approver.name, email: p.approver.email }) : '';

  const st = p.step ?? ({} as NonNullable<Preview['step']>);
  const step = byId('step');
  step.replaceChildren();
  // step.index counts from 0 (the server's array index); people count from 1.
  row(step, 'act.step', t('act.stepOf', { n: st.index + 1, of: st.of, role: label(st.role) }));
  row(step, 'act.whoDecides', st.policy === 'all' ? t('act.policyAll') : st.policy === 'any' ? t('act.policyAny') : st.policy);
  row(step, 'act.due', st.dueAt && when(st.dueAt));
  row(step, 'act.linkUntil', p.expiresAt && when(p.expiresAt));

  const labels = s.labels ?? {};
  // The partner under its name in the page's language, as in the title.
  const partner = s.partner && { ...s.partner, name: localName(s.partner) ?? s.partner.name };
  renderContent(byId('content'), p.kind, s.content ?? {}, partner, {
    faculty: () => labels.names?.faculty?.[lang()] ?? labels.faculty,
    department: () => labels.names?.department?.[lang()] ?? labels.department,
    agreement: () => labels.agreement,
  });
  renderDocuments(p.documents ?? []);
  renderHistory(byId('history'), p.history);
  byId('item').hidden = false;
}

/** The item's documents, each with a button that asks for its download with this page's link. */
function renderDocuments(documents: LinkedDocument[]): void {
  const ul = byId('documents');
  ul.replaceChildren();
  if (!documents.length) ul.append(el('li', t('act.noDocuments'), 'muted'));
  for (const d of documents) {
    const li = el('li');
    li.append(downloadButton(d), el('div', t('act.documentMeta', { kind: documentKindName(d.kind), size: Math.max(1, Math.round(d.size / 1024)) }), 'muted'));
    ul.append(li);
  }
}

/**
 * The download URL is presigned for a few minutes, so it is asked for on the press; the token
 * goes in the POST body like every other use of it, and the file comes as an attachment, so the
 * page (and the decision being made on it) stays.
 */
function downloadButton(d: LinkedDocument): HTMLButtonElement {
  const button = el('button', t('office.download', { name: d.fileName }), 'link');
  button.type = 'button';
  const box = byId('documents-message');
  button.addEventListener('click', async () => {
    button.disabled = true;
    try {
      const { status, data } = await call<{ url?: string; requestId?: string; error?: string }>('POST', '/api/actions/document', { token, documentId: d.id });
      if (status === 200 && data.url) {
        say(box);
        location.assign(data.url);
      } else if (status === 410 || data.error === 'link_invalid') showGone(data);
      else say(box, () => `${t('office.downloadFailed', { status: String(status) })}${requestIdOf(data)}`, 'error');
    } catch {
      say(box, () => t('common.offline'), 'error');
    } finally {
      button.disabled = false;
    }
  });
  return button;
}

function show(p: Preview): void {
  preview = p;
  render(p);
  if (p.closed || !p.choices?.length) {
    hideForm();
    tell(() => closedText(p.closed, p.status), 'warn');
  } else {
    byId('decision-section').hidden = false;
    tell(undefined);
  }
}

for (const decision of ['approve', 'reject', 'request_changes'] as const) setText(byId(`choice-${decision}`), () => choice(decision));

onLanguageChange(() => {
  setTitle(title);
  if (preview) render(preview);
});

// ---- link errors ------------------------------------------------------------------------

/** Why a link whose person lost the step's role decides nothing now, and whom the item waits on instead. */
function approverChangedText(data: { role?: string; waitingOn?: { name?: string }[] }): string {
  const names = (data.waitingOn ?? []).map((w) => w.name ?? '').filter(Boolean);
  const waiting = !Array.isArray(data.waitingOn) ? '' : ` ${names.length ? t('act.approverChangedWaitsOn', { names: list(names) }) : t('act.approverChangedNobody')}`;
  return `${t('act.approverChanged', { role: data.role ? label(data.role) : '—' })}${waiting}`;
}

/** 404 (unknown or tampered link) and 410 (expired, replaced, or its person no longer holds the role), from preview or decide. */
function showGone(data: { error?: string; freshLink?: boolean; role?: string; waitingOn?: { name?: string }[] }): void {
  hideForm();
  if (data.error === 'approver_changed') tell(() => approverChangedText(data), 'warn', true);
  else if (data.error === 'link_replaced') tell(() => t('act.linkReplaced'), 'warn', true);
  else if (data.error === 'link_expired') tell(() => t('act.linkExpired'), 'warn', true);
  else tell(() => t('act.linkInvalidLong'), 'error', true);
  if (data.error === 'link_expired' && data.freshLink !== false) offer(() => t('act.freshLink'), refresh);
}

async function refresh(button: HTMLButtonElement): Promise<void> {
  button.disabled = true;
  try {
    const { status, data } = await call('POST', '/api/actions/refresh', { token });
    if (status === 410) {
      // Replaced meanwhile, or the role was taken away: a fresh link would not decide either.
      offer();
      return showGone(data);
    }
    if (status === 202 || status === 409 || status === 404) {
      offer();
      if (status === 202) tell(() => t('act.freshSent'), 'ok', true);
      else if (data.error === 'fresh_link_limit') tell(() => t('act.freshLimit'), 'warn', true);
      else if (status === 409) tell(() => closedText(data), 'warn', true);
      else tell(() => t('act.linkInvalid'), 'error', true);
      return;
    }
    tell(() => (status === 429 ? t('common.tooMany') : t('common.somethingWrongStatus', { status: String(status) })), 'error', true);
  } catch {
    tell(() => t('common.offline'), 'error', true);
  }
  button.disabled = false;
}

async function load(): Promise<void> {
  offer();
  tell(() => t('common.loading'));
  try {
    const { status, data } = await call('POST', '/api/actions/preview', { token });
    if (status === 200) show(data);
    else if (status === 404 || status === 410) {
      const gone = data.error === 'link_expired' ? 'act.titleExpired' : data.error === 'approver_changed' ? 'act.titleApproverChanged' : 'act.titleReplaced';
      setTitle(() => t(status === 404 ? 'act.titleInvalid' : gone));
      showGone(data);
    } else {
      setTitle(() => t('common.somethingWrong'));
      tell(() => t('common.serverAnswered', { status: String(status) }), 'error');
      offer(() => t('common.tryAgain'), load);
    }
  } catch {
    setTitle(() => t('act.titleCouldNotLoad'));
    tell(() => t('act.offline'), 'error');
    offer(() => t('common.tryAgain'), load);
  }
}

// ---- deciding ---------------------------------------------------------------------------

type Recorded = { status?: string; decision?: string; at?: string; outcome?: string };

/** What the decision did, worded only where it adds to the decision ("Rejected" needs no "— rejected"). */
const AFTER = { recorded: 'act.after.recorded', advanced: 'act.after.advanced', approved: 'act.after.approved', changes_requested: 'act.after.changes_requested' } as const;

function recordedText(r: Recorded, decision: string): string {
  const after = r.outcome && Object.hasOwn(AFTER, r.outcome) ? ` ${t(AFTER[r.outcome as keyof typeof AFTER])}` : '';
  return `${t('act.recordedOn', { decision: past(r.decision ?? decision), at: when(r.at) })}${after} ${t('act.canClose')}`;
}

/**
 * The page as the decision left the item: its status at once from the answer, then the history
 * with this decision in it from a fresh preview (the link still previews once used).
 */
function showDecided(r: Recorded, decision: string): void {
  if (!preview) return;
  preview = {
    ...preview,
    status: r.status ?? preview.status,
    choices: [],
    closed: { decidedBy: preview.approver?.email, decidedByName: preview.approver?.name, decision: r.decision ?? decision, at: r.at, status: r.status },
  };
  render(preview);
  void call('POST', '/api/actions/preview', { token })
    .then(({ status, data }) => {
      if (status !== 200) return;
      preview = data as Preview;
      render(preview);
    })
    .catch(() => undefined); // offline: the status shown is already the answer's
}

const form = byId<HTMLFormElement>('decision-form');
const comment = byId<HTMLTextAreaElement>('comment');
const decideButton = byId<HTMLButtonElement>('decide-button');
const chosen = () => form.querySelector<HTMLInputElement>('input[name=decision]:checked')?.value;

function commentError(text?: () => string): void {
  document.getElementById('comment-error')?.remove();
  if (!text) {
    comment.removeAttribute('aria-invalid');
    comment.setAttribute('aria-describedby', 'comment-need');
    return;
  }
  const p = el('p', undefined, 'field-error');
  setText(p, text);
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
  commentError();
  const text = comment.value.trim();
  if (decision === 'reject' && !text) return commentError(() => t('act.reasonNeeded'));
  if (decision === 'request_changes' && !text) return commentError(() => t('act.changesNeeded'));
  busy = true;
  decideButton.disabled = true;
  decideButton.textContent = t('common.sending');
  try {
    const body = { token, decision, ...(text ? { comment: text } : {}), snapshotHash: preview.snapshotHash };
    const { status, data } = await call('POST', '/api/actions/decide', body, { 'Idempotency-Key': idempotencyKey });
    if (status === 200) {
      hideForm();
      tell(() => recordedText(data, decision), 'ok', true);
      showDecided(data, decision);
    } else if (status === 409 && data.error === 'snapshot_changed') {
      hideForm();
      tell(() => t('act.snapshotChanged'), 'warn', true);
      // Preview again in place: a reload would find no token (it left the address bar on load).
      offer(() => t('common.reload'), () => void load());
    } else if (status === 409 && data.error === 'no_place_left') {
      // Nothing was recorded and the link still decides: the office may allow a place beyond the
      // agreement's, or one may come free, and a rejection or a request for changes needs no place.
      tell(() => t('act.noPlaceLeft', { year: String(data.academicYear ?? ''), used: String(data.used ?? ''), planned: String(data.planned ?? '') }), 'warn', true);
    } else if (status === 409) {
      hideForm();
      tell(() => closedText(data), 'warn', true);
    } else if (status === 400) {
      const fields: { path: string; message: string }[] = Array.isArray(data.fields) ? data.fields : [];
      const forComment = fields.find((f) => f.path === 'comment');
      const other = () => fields.filter((f) => f !== forComment).map((f) => (f.path ? `${f.path}: ${fieldMessage(f.message, lang())}` : fieldMessage(f.message, lang())));
      tell(() => [t('act.checkInput'), ...other()].join(' — '), 'error', !forComment);
      if (forComment) commentError(() => fieldMessage(forComment.message, lang()));
    } else if (status === 404 || status === 410) {
      showGone(data);
    } else {
      tell(() => t('common.somethingWrongStatus', { status: String(status) }), 'error', true);
    }
  } catch {
    tell(() => t('act.offlineDecide'), 'error', true);
  } finally {
    busy = false;
    decideButton.textContent = t('act.send');
    decideButton.disabled = !chosen();
  }
});

if (token) void load();
else {
  setTitle(() => t('act.titleInvalid'));
  tell(() => t('act.missingCode'), 'error');
}

