/**
 * The office console's nominations (/office/nominations): every nomination with its nominee,
 * direction, partner, academic year and status, filtered by status, year and partner (the
 * filters live in the address, replaced, not pushed). After the chain, the office records the
 * partner's answer to an `approved` nomination (accept, or decline with a reason) and, once the
 * partner accepted, the completed mobility with its actual dates.
 *
 * GET /api/nominations lists every nomination to the international office and admins.
 */
import { byId, call, el, requestIdOf, say } from '../dom';
import { label, lang, onLanguageChange, t } from '../i18n';
import { clearFieldErrors, fold, listOf, showFieldErrors, startOfficePage } from '../office';

type Nomination = { id: string; reference: string; status: string; content?: Record<string, any> };
type OfficePartner = { id: string; name: string; names?: Record<string, string>; country?: string };

const PAGE = '/office/nominations';
/** The statuses a nomination can have, in the order the office thinks of them. */
const STATUSES = ['in_review', 'changes_requested', 'approved', 'accepted_by_partner', 'declined_by_partner', 'completed', 'rejected', 'withdrawn'];

const partners = new Map<string, OfficePartner>();
let nominations: Nomination[] = [];

const partnerName = (id: string | undefined) => {
  const p = id ? partners.get(id) : undefined;
  return p?.names?.[lang()] ?? p?.name ?? id ?? '';
};

const select = (id: string) => byId<HTMLSelectElement>(id);

/** The filters' choices, worded in the current language, keeping what was chosen. */
function fillFilters(): void {
  const keep = (s: HTMLSelectElement, options: HTMLOptionElement[]) => {
    const chosen = s.value;
    s.replaceChildren(...options);
    s.value = chosen;
    if (s.value !== chosen) s.value = '';
  };
  keep(select('status'), [new Option(t('office.anyStatus'), ''), ...STATUSES.map((s) => new Option(label(s), s))]);
  const years = [...new Set(nominations.map((n) => n.content?.academicYear).filter((y): y is string => typeof y === 'string'))].sort().reverse();
  keep(select('year'), [new Option(t('nom.anyYear'), ''), ...years.map((y) => new Option(y, y))]);
  const ids = [...new Set(nominations.map((n) => n.content?.partnerId).filter((p): p is string => typeof p === 'string'))];
  const named = ids.map((id) => ({ id, name: partnerName(id) })).sort((a, b) => fold(a.name).localeCompare(fold(b.name)));
  keep(select('partner'), [new Option(t('nom.anyPartner'), ''), ...named.map((p) => new Option(p.name, p.id))]);
}

function cell(content: string | Node, cls?: string): HTMLTableCellElement {
  const td = el('td', undefined, cls);
  td.append(content);
  return td;
}

function actionButton(text: string, onClick: (button: HTMLButtonElement) => void): HTMLButtonElement {
  const button = el('button', text, 'link');
  button.type = 'button';
  button.addEventListener('click', () => onClick(button));
  return button;
}

function render(): void {
  const status = select('status').value;
  const year = select('year').value;
  const partner = select('partner').value;
  const shown = nominations.filter((n) => (!status || n.status === status) && (!year || n.content?.academicYear === year) && (!partner || n.content?.partnerId === partner));
  const body = byId('registry-body');
  body.replaceChildren();
  for (const n of shown) {
    const c = n.content ?? {};
    const tr = el('tr');
    const ref = el('th', n.reference);
    ref.scope = 'row';
    const actions = el('div', undefined, 'actions');
    if (n.status === 'approved') actions.append(actionButton(t('nom.recordAnswer', { reference: n.reference }), (b) => openAnswer(n, b)));
    if (n.status === 'accepted_by_partner') actions.append(actionButton(t('nom.recordCompletion', { reference: n.reference }), (b) => openCompletion(n, b)));
    tr.append(
      ref,
      cell(c.nominee?.name ?? ''),
      cell(c.direction ? label(c.direction) : ''),
      cell(partnerName(c.partnerId), 'partner'),
      cell(c.academicYear ?? '', 'nowrap'),
      cell(el('span', label(n.status), 'badge')),
      cell(actions, 'actions-cell'),
    );
    body.append(tr);
  }
  if (!shown.length) {
    const td = el('td', t('nom.noneFound'), 'muted');
    td.colSpan = 7;
    const tr = el('tr');
    tr.append(td);
    body.append(tr);
  }
  byId('count').textContent = t('nom.count', { n: shown.length, total: nominations.length });
}

function rememberFilters(): void {
  const params = new URLSearchParams();
  for (const name of ['status', 'year', 'partner']) if (select(name).value) params.set(name, select(name).value);
  const query = params.toString();
  history.replaceState(null, '', query ? `${PAGE}?${query}` : PAGE);
}

async function load(): Promise<boolean> {
  const [list, partnerList] = await Promise.all([call('GET', '/api/nominations'), call('GET', '/api/partners')]);
  for (const p of listOf<OfficePartner>(partnerList)) partners.set(p.id, p);
  nominations = listOf<Nomination>(list).sort((a, b) => b.reference.localeCompare(a.reference));
  const failed = [list, partnerList].find((r) => r.status !== 200);
  if (failed) say(byId('message'), () => `${t('office.loadFailed', { status: String(failed.status) })}${requestIdOf(failed.data)}`, 'error');
  fillFilters();
  render();
  return !failed;
}

// ---- the office's two steps -------------------------------------------------------------

/** Which nomination the open form is about, and the button that opened it (the focus goes back there). */
let openFor: { form: HTMLFormElement; nomination: Nomination; opener: HTMLButtonElement } | undefined;

function closeForm(returnFocus = true): void {
  if (!openFor) return;
  openFor.form.hidden = true;
  const { opener } = openFor;
  openFor = undefined;
  if (returnFocus && opener.isConnected) opener.focus();
}

function openForm(form: HTMLFormElement, heading: HTMLElement, text: string, nomination: Nomination, opener: HTMLButtonElement): void {
  closeForm(false);
  for (const other of [byId('answer-form'), byId('completion-form')]) other.hidden = true;
  form.reset();
  clearFieldErrors(form);
  say(form.querySelector<HTMLElement>('.message')!);
  heading.textContent = text;
  form.hidden = false;
  openFor = { form, nomination, opener };
  heading.focus();
}

function openAnswer(n: Nomination, opener: HTMLButtonElement): void {
  openForm(byId<HTMLFormElement>('answer-form'), byId('answer-heading'), t('nom.answerHeading', { reference: n.reference }), n, opener);
}

function openCompletion(n: Nomination, opener: HTMLButtonElement): void {
  openForm(byId<HTMLFormElement>('completion-form'), byId('completion-heading'), t('nom.completionHeading', { reference: n.reference }), n, opener);
}

/** The server's own words for a field, in the reader's language where the page knows them. */
const FIELD_WORDS: Record<string, () => string> = { reason: () => t('nom.reasonNeeded') };

async function send(form: HTMLFormElement, path: string, body: unknown): Promise<void> {
  if (!openFor) return;
  const { nomination } = openFor;
  const box = form.querySelector<HTMLElement>('.message')!;
  const button = form.querySelector<HTMLButtonElement>('button[type=submit]')!;
  clearFieldErrors(form);
  say(box, () => t('common.sending'));
  button.disabled = true;
  try {
    const { status, data } = await call('POST', `/api/nominations/${encodeURIComponent(nomination.id)}/${path}`, body);
    if (status === 200) {
      closeForm(false);
      const reference = nomination.reference;
      const now = String(data.status ?? '');
      await load();
      say(byId('message'), () => t('nom.saved', { reference, status: label(now) }), 'ok');
    } else if (status === 400) {
      const fields: { path: string; message: string }[] = Array.isArray(data.fields) ? data.fields : [];
      const unplaced = showFieldErrors(
        form,
        fields.map((f) => ({ path: f.path, message: FIELD_WORDS[f.path] ?? (() => f.message) })),
      );
      say(box, () => [t('nom.checkFields'), ...unplaced].join(' '), 'error');
    } else if (status === 409) {
      closeForm(false);
      await load();
      say(byId('message'), () => t('nom.wrongState'), 'warn');
    } else {
      say(box, () => `${t('nom.failed', { status: String(status) })}${requestIdOf(data)}`, 'error');
    }
  } catch {
    say(box, () => t('common.offline'), 'error');
  } finally {
    button.disabled = false;
  }
}

function wireForms(): void {
  const answer = byId<HTMLFormElement>('answer-form');
  answer.addEventListener('submit', (e) => {
    e.preventDefault();
    const accepted = (answer.elements.namedItem('accepted') as RadioNodeList).value === 'yes';
    const reason = byId<HTMLTextAreaElement>('reason').value.trim();
    void send(answer, 'partner-response', { accepted, ...(reason ? { reason } : {}) });
  });
  const completion = byId<HTMLFormElement>('completion-form');
  completion.addEventListener('submit', (e) => {
    e.preventDefault();
    void send(completion, 'completion', {
      actualStartDate: byId<HTMLInputElement>('actualStartDate').value,
      actualEndDate: byId<HTMLInputElement>('actualEndDate').value,
    });
  });
  for (const form of [answer, completion]) {
    form.querySelector('[data-cancel]')!.addEventListener('click', () => closeForm());
    form.addEventListener('keydown', (e) => {
      if (e.key === 'Escape') closeForm();
    });
  }
}

startOfficePage('nom.title', async () => {
  await load();
  const params = new URLSearchParams(location.search);
  for (const name of ['status', 'year', 'partner']) {
    select(name).value = params.get(name) ?? '';
    if (select(name).value !== (params.get(name) ?? '')) select(name).value = '';
  }
  render();
  byId('registry').hidden = false;
  const filters = byId<HTMLFormElement>('filters');
  filters.addEventListener('change', () => {
    render();
    rememberFilters();
  });
  filters.addEventListener('submit', (e) => e.preventDefault());
  wireForms();
  onLanguageChange(() => {
    fillFilters();
    render();
    if (openFor) {
      const n = openFor.nomination;
      const key = openFor.form.id === 'answer-form' ? 'nom.answerHeading' : 'nom.completionHeading';
      byId(openFor.form.id === 'answer-form' ? 'answer-heading' : 'completion-heading').textContent = t(key, { reference: n.reference });
    }
  });
});
