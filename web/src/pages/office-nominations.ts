/**
 * The office console's nominations (/office/nominations): every nomination with its nominee,
 * direction, partner, academic year and status, filtered by status, year and partner (the
 * filters live in the address, replaced, not pushed). After the chain, the office records the
 * partner's answer to an `approved` nomination (accept, or decline with a reason) and, once the
 * partner accepted, the completed mobility with its actual dates and, where the partner sent one,
 * its certificate of attendance: one of the nomination's uploaded documents, chosen from a list
 * read when the form opens (the certificates first; another document may be chosen, and the
 * server then says on the field that it is not a certificate), or uploaded there and then
 * (document-upload.ts: checked, put straight into the document store, and chosen).
 *
 * Before that, a nomination whose final approval is refused because its agreement has no place
 * left (the decision answers 409 `no_place_left` and changes nothing, so the nomination stays in
 * review at its last step, with `places.left` at 0 or below when read) can be let through: the
 * office overrides the places with a reason, and the final approver's link then works.
 *
 * GET /api/nominations lists every nomination to the international office and admins.
 */
import { genericMessage } from '../../../shared/i18n/validation';
import { api, type ApiAnswer } from '../api';
import type { AttachedDocument, Nomination, Partner, PlacesLeft } from '../api-types';
import { byId, el, link, listOf, requestIdOf, say } from '../dom';
import { ACCEPTED_FILES, documentKindName, fileRefusal, uploadDocument } from '../document-upload';
import { wordFieldErrors, type OwnWords } from '../field-words';
import { addMessages, day, displayName, label, lang, list as listWords, localName, onLanguageChange, setText, t, type MessageKey } from '../i18n';
import { activeFilters, nominationsListHref, NOMINATIONS_LIST, type NominationFilter, type NominationFilters } from '../nominations-link';
import { readNominationFilters } from '../nomination-filters';
import { FORM_PART_MESSAGES } from '../i18n/form-part-messages';
import { allRead, cell, clearFieldErrors, fold, labelledField, messageBox, noneRow, showFieldErrors, startOfficePage } from '../office';

/** A document of a nomination as GET /api/nominations/:id/documents lists it (uploaded ones only). */
type NominationDocument = AttachedDocument;

const PAGE = '/office/nominations';
/** The statuses a nomination can have, in the order the office thinks of them. */
const STATUSES = ['in_review', 'changes_requested', 'approved', 'accepted_by_partner', 'declined_by_partner', 'completed', 'rejected', 'withdrawn'];

const partners = new Map<string, Partner>();
let nominations: Nomination[] = [];
/**
 * What the server is asked for: the address's filters (a statistics figure's link may set any of
 * GET /api/nominations's), changed by the three choices on the page.
 */
let filters: NominationFilters = readNominationFilters(location.search);

const FILTER_NAME: Record<NominationFilter, MessageKey> = {
  academicYear: 'content.academicYear',
  direction: 'content.direction',
  type: 'content.mobilityType',
  faculty: 'nom.filter.faculty',
  partner: 'content.partner',
  country: 'nom.filter.country',
  status: 'office.status',
};
/** Nominations at their final step whose agreement has no place left for them, with those places. */
const noPlaceLeft = new Map<string, PlacesLeft>();

/** In review at the last step of its chain: the decision that takes a place is the next one. */
const atFinalStep = (n: Nomination) => n.status === 'in_review' && !!n.review && n.review.stepIndex === n.review.steps.length - 1;

const partnerName = (id: string | undefined) => localName(id ? partners.get(id) : undefined) ?? id ?? '';

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
  const years = [...new Set([...nominations.map((n) => n.content?.academicYear), filters.academicYear].filter((y): y is string => typeof y === 'string'))].sort().reverse();
  keep(select('year'), [new Option(t('nom.anyYear'), ''), ...years.map((y) => new Option(y, y))]);
  const ids = [...new Set([...nominations.map((n) => n.content?.partnerId), filters.partner].filter((p): p is string => typeof p === 'string'))];
  const named = ids.map((id) => ({ id, name: partnerName(id) })).sort((a, b) => fold(a.name).localeCompare(fold(b.name)));
  keep(select('partner'), [new Option(t('nom.anyPartner'), ''), ...named.map((p) => new Option(p.name, p.id))]);
}

function actionButton(text: string, onClick: (button: HTMLButtonElement) => void): HTMLButtonElement {
  const button = el('button', text, 'link');
  button.type = 'button';
  button.addEventListener('click', () => onClick(button));
  return button;
}

function render(): void {
  // The server filtered them (GET /api/nominations with the filters).
  const shown = nominations;
  renderActiveFilters();
  const body = byId('registry-body');
  body.replaceChildren();
  for (const n of shown) {
    const c = n.content;
    const tr = el('tr');
    // The reference opens the nomination's own page (its content, history and documents).
    const ref = el('th');
    ref.append(link(n.reference, `/nominations/${encodeURIComponent(n.id)}`));
    ref.scope = 'row';
    const actions = el('div', undefined, 'actions');
    if (n.status === 'approved') actions.append(actionButton(t('nom.recordAnswer', { reference: n.reference }), (b) => openAnswer(n, b)));
    if (n.status === 'accepted_by_partner') actions.append(actionButton(t('nom.recordCompletion', { reference: n.reference }), (b) => openCompletion(n, b)));
    const places = noPlaceLeft.get(n.id);
    if (places) actions.append(actionButton(t('nom.override', { reference: n.reference }), (b) => openOverride(n, places, b)));
    const status = el('div');
    status.append(el('span', label(n.status), 'badge'));
    if (places) status.append(el('span', t('nom.noPlace', { year: places.academicYear }), 'block place-note warn'));
    else if (n.status === 'in_review' && n.quotaOverride) status.append(el('span', t('nom.overridden'), 'block place-note'));
    if (n.status === 'completed' && n.completion) {
      status.append(el('span', t('nom.completedLine', { from: day(n.completion.actualStartDate), to: day(n.completion.actualEndDate) }), 'block place-note'));
    }
    tr.append(
      ref,
      cell(c.nominee?.name ?? ''),
      cell(c.direction ? label(c.direction) : ''),
      cell(partnerName(c.partnerId), 'partner'),
      cell(c.academicYear ?? '', 'nowrap'),
      cell(status),
      cell(actions, 'actions-cell'),
    );
    body.append(tr);
  }
  if (!shown.length) noneRow(body, t('nom.noneFound'), 7);
  byId('count').textContent = t('nom.count', { n: shown.length, total: nominations.length });
}

/** What the list is filtered by, in words, with the way back to every nomination. */
function renderActiveFilters(): void {
  const box = byId('active-filters');
  const named = activeFilters(filters).map(([name, value]) => `${t(FILTER_NAME[name])}: ${wordedFilter(name, value)}`);
  box.hidden = !named.length;
  box.replaceChildren();
  if (!named.length) return;
  box.append(el('span', t('nom.filteredBy', { filters: named.join('; ') })), ' ', link(t('nom.showAll'), NOMINATIONS_LIST));
}

function wordedFilter(name: NominationFilter, value: string): string {
  if (name === 'status') return listWords(value.split(',').map((s) => label(s)));
  if (name === 'direction' || name === 'type') return label(value);
  if (name === 'partner') return partnerName(value);
  if (name === 'country') return displayName('region', value);
  return value;
}

/** A choice on the page replaces its filter (the others, a figure's, stay), in the address too, and the list is read again. */
async function chooseFilter(name: string): Promise<void> {
  const value = select(name).value;
  const next: NominationFilters = { ...filters };
  if (name === 'status') next.status = value ? [value as NonNullable<NominationFilters['status']>[number]] : undefined;
  if (name === 'year') next.academicYear = value || undefined;
  if (name === 'partner') next.partner = value || undefined;
  filters = next;
  history.replaceState(null, '', nominationsListHref(filters));
  await load();
}

/** The three choices show the filters they can (several statuses at once show as none chosen). */
function showFilters(): void {
  select('status').value = filters.status?.length === 1 ? filters.status[0]! : '';
  select('year').value = filters.academicYear ?? '';
  select('partner').value = filters.partner ?? '';
}

async function load(): Promise<void> {
  const [list, partnerList] = await Promise.all([api('GET /nominations', { query: Object.fromEntries(activeFilters(filters)) }), api('GET /partners')]);
  for (const p of listOf(partnerList)) partners.set(p.id, p);
  nominations = listOf(list).sort((a, b) => b.reference.localeCompare(a.reference));
  await readPlaces();
  allRead('office.loadFailed', list, partnerList);
  fillFilters();
  showFilters();
  render();
}

/**
 * Which nominations at their final step have no place left, read one by one (the list does not
 * carry places, and few nominations wait at the last step at once). One that cannot be read is
 * shown without the override rather than not at all.
 */
async function readPlaces(): Promise<void> {
  const waiting = nominations.filter((n) => atFinalStep(n) && !n.quotaOverride);
  const found = await Promise.all(
    waiting.map(async (n) => {
      try {
        const r = await api('GET /nominations/:id', { params: { id: n.id } });
        const places = r.ok ? r.data.places : undefined;
        return places && places.left <= 0 ? ([n.id, places] as const) : undefined;
      } catch {
        return undefined;
      }
    }),
  );
  noPlaceLeft.clear();
  for (const f of found) if (f) noPlaceLeft.set(f[0], f[1]);
}

// ---- the office's steps -----------------------------------------------------------------

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
  for (const other of [byId('answer-form'), byId('completion-form'), byId('override-form')]) other.hidden = true;
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
  void readCertificates(n);
}

// ---- the completion's certificate ----------------------------------------------------------

/** The documents of the nomination whose completion form is open, as last read. */
let documentsOf: { nominationId: string; documents: NominationDocument[] } | undefined;


/**
 * The certificate's choices: none, the nomination's certificates, then its other documents (a
 * certificate uploaded under another kind is found there, and the server says what to do). The
 * newest certificate is chosen when the list is first drawn; a choice made stays chosen.
 */
function fillCertificates(select: HTMLSelectElement, documents: NominationDocument[], choose?: string): void {
  const chosen = choose ?? select.value;
  const option = (d: NominationDocument) => new Option(t('nom.docOption', { name: d.fileName, kind: documentKindName(d.kind) }), d.id);
  const group = (words: MessageKey, items: NominationDocument[]) => {
    const g = el('optgroup');
    g.label = t(words);
    g.append(...items.map(option));
    return g;
  };
  const certificates = documents.filter((d) => d.kind === 'certificate');
  const others = documents.filter((d) => d.kind !== 'certificate');
  select.replaceChildren(
    new Option(t('nom.noCertificate'), ''),
    ...(certificates.length ? [group('nom.certificates', certificates)] : []),
    ...(others.length ? [group('nom.otherDocuments', others)] : []),
  );
  select.value = chosen;
  if (select.value !== chosen) select.value = '';
}

async function readCertificates(n: Nomination): Promise<void> {
  const select = byId<HTMLSelectElement>('certificate');
  documentsOf = { nominationId: n.id, documents: [] };
  fillCertificates(select, [], '');
  select.disabled = true;
  let answer: ApiAnswer<'GET /nominations/:id/documents'>;
  try {
    answer = await api('GET /nominations/:id/documents', { params: { id: n.id } });
  } catch {
    answer = { ok: false, status: 0, data: {} };
  }
  // The form may have been closed, or opened for another nomination, meanwhile.
  if (openFor?.nomination.id !== n.id || openFor.form.id !== 'completion-form') return;
  select.disabled = false;
  const documents = listOf(answer);
  documentsOf = { nominationId: n.id, documents };
  const newest = documents.filter((d) => d.kind === 'certificate').at(-1);
  fillCertificates(select, documents, newest?.id ?? '');
  if (!answer.ok) {
    const status = String(answer.status || '—');
    say(openFor.form.querySelector<HTMLElement>('.message')!, () => t('nom.documentsFailed', { status }), 'warn');
  }
}

/**
 * The certificate's fields, made here (the page's HTML has the dates), before the form's buttons:
 * the choice among the nomination's documents, and a file to upload as its certificate.
 */
function buildCertificateField(form: HTMLFormElement): void {
  const select = el('select');
  select.id = 'certificate';
  select.name = 'certificateDocumentId';
  const file = el('input');
  file.type = 'file';
  file.id = 'certificate-file';
  file.name = 'certificateFile';
  file.accept = ACCEPTED_FILES;
  form.querySelector('.form-actions')!.before(
    labelledField(select, () => t('nom.certificate'), () => t('nom.certificateHint')),
    labelledField(file, () => t('nom.certificateUpload'), () => t('nom.certificateUploadHint')),
  );
  file.addEventListener('change', () => void uploadCertificate(file, select));
}

/** The file chosen, checked and uploaded as the open nomination's certificate, then chosen above. */
async function uploadCertificate(file: HTMLInputElement, select: HTMLSelectElement): Promise<void> {
  const chosen = file.files?.[0];
  if (!chosen || !openFor) return;
  const { form, nomination } = openFor;
  const box = form.querySelector<HTMLElement>('.message')!;
  const name = chosen.name;
  const refuse = (message: () => string) => {
    showFieldErrors(form, [{ path: file.name, message }]);
    say(box, () => t('nom.checkFields'), 'error');
  };
  clearFieldErrors(form);
  const refusal = await fileRefusal(chosen);
  if (refusal) return refuse(refusal);
  say(box, () => t('nom.uploading', { name }));
  file.disabled = true;
  const result = await uploadDocument({ kind: 'nomination', id: nomination.id }, 'certificate', chosen);
  file.disabled = false;
  file.focus();
  if ('failure' in result) return refuse(() => t('attach.failed', { name, reason: result.failure() }));
  file.value = '';
  const documents = [...(documentsOf?.nominationId === nomination.id ? documentsOf.documents : []), result.document];
  documentsOf = { nominationId: nomination.id, documents };
  // The form may have been closed or opened for another nomination meanwhile: the file is filed all the same.
  if (openFor?.nomination.id !== nomination.id) return;
  fillCertificates(select, documents, result.document.id);
  say(box, () => t('nom.uploaded', { name, reference: nomination.reference }), 'ok');
}

/** The completion's refusals in the reader's words: the dates' order, a start or an end to come, a document that is not a certificate. */
const completionWords: OwnWords = (message, path) => {
  const input = path === 'actualStartDate' || path === 'actualEndDate' ? byId<HTMLInputElement>(path) : undefined;
  if (input && !input.value) return () => genericMessage('fillIn', lang());
  if (message === 'Must be on or after the start date') return () => t('nom.err.endBeforeStart');
  if (message === 'Must not be in the future') return () => t(path === 'actualEndDate' ? 'nom.err.futureEnd' : 'nom.err.future');
  if (path === 'certificateDocumentId') return () => t('nom.err.certificate');
  return undefined;
};

/** What the override form is about: the nomination's year with no place left. */
let overrideYear = '';

function openOverride(n: Nomination, places: PlacesLeft, opener: HTMLButtonElement): void {
  overrideYear = places.academicYear;
  byId('override-explain').textContent = t('nom.overrideExplain', { reference: n.reference, year: overrideYear });
  openForm(byId<HTMLFormElement>('override-form'), byId('override-heading'), t('nom.overrideHeading', { reference: n.reference }), n, opener);
}

/**
 * The override's form, made here (the page's HTML has the other two): why the places may be
 * exceeded, required, and the nomination it is for in its heading.
 */
function buildOverrideForm(): HTMLFormElement {
  const form = el('form', undefined, 'card');
  form.id = 'override-form';
  form.noValidate = true;
  form.hidden = true;
  form.setAttribute('aria-labelledby', 'override-heading');
  const heading = el('h2');
  heading.id = 'override-heading';
  heading.tabIndex = -1;
  const explain = el('p');
  explain.id = 'override-explain';
  const reason = el('textarea');
  reason.id = 'override-reason';
  reason.name = 'reason';
  reason.maxLength = 2000;
  reason.required = true;
  const field = labelledField(reason, () => t('nom.overrideReason'));
  const actions = el('div', undefined, 'form-actions');
  const submit = el('button');
  submit.type = 'submit';
  setText(submit, () => t('nom.overrideSave'));
  const cancel = el('button', undefined, 'secondary');
  cancel.type = 'button';
  cancel.dataset.cancel = '';
  setText(cancel, () => t('nom.cancel'));
  actions.append(submit, cancel);
  form.append(heading, explain, field, actions, messageBox());
  byId('completion-form').after(form);
  return form;
}

/** The server's own words for a field, in the reader's language where the page knows them. */
const ANSWER_WORDS: Record<string, () => string> = { reason: () => t('nom.reasonNeeded') };
const OVERRIDE_WORDS: Record<string, () => string> = { reason: () => t('nom.overrideNeeded') };

type Sending = {
  /** Words for the fields' errors, by path. */
  words: Record<string, () => string>;
  /** Words for the fields' errors by their message (and path), before `words`. */
  own?: OwnWords;
  /** What the page says once it is saved (default: the nomination's new status). */
  done?: (reference: string, data: Nomination) => () => string;
};

/** One of the office's steps on a nomination (`POST /nominations/:id/…`): each answers the nomination. */
type Step = (params: { id: string }) => Promise<ApiAnswer<'POST /nominations/:id/completion'>>;

async function send(form: HTMLFormElement, step: Step, sending: Sending = { words: {} }): Promise<void> {
  if (!openFor) return;
  const { nomination } = openFor;
  const box = form.querySelector<HTMLElement>('.message')!;
  const button = form.querySelector<HTMLButtonElement>('button[type=submit]')!;
  clearFieldErrors(form);
  say(box, () => t('common.sending'));
  button.disabled = true;
  try {
    const answer = await step({ id: nomination.id });
    if (answer.ok) {
      const { data } = answer;
      closeForm(false);
      const reference = nomination.reference;
      const now = String(data.status ?? '');
      await load();
      say(byId('message'), sending.done?.(reference, data) ?? (() => t('nom.saved', { reference, status: label(now) })), 'ok');
      toTitle();
      return;
    }
    const { status, data } = answer;
    if (status === 400) {
      const unplaced = showFieldErrors(
        form,
        wordFieldErrors(data, (message, path) => sending.own?.(message, path) ?? sending.words[path]),
      );
      say(box, () => [t('nom.checkFields'), ...unplaced].join(' '), 'error');
    } else if (status === 409) {
      closeForm(false);
      await load();
      say(byId('message'), () => t('nom.wrongState'), 'warn');
      toTitle();
    } else {
      say(box, () => `${t('nom.failed', { status: String(status) })}${requestIdOf(data)}`, 'error');
    }
  } catch {
    say(box, () => t('common.offline'), 'error');
  } finally {
    button.disabled = false;
    // Disabled while sending, the button dropped the focus to the page's start: back to it while the form stays.
    if (!form.hidden && document.activeElement === document.body) button.focus();
  }
}

/**
 * Once a form is done with (saved, or its nomination moved on), it closes and the list is made
 * again: the focus goes to the page's heading, right above the message saying what happened,
 * rather than to the start of the page.
 */
function toTitle(): void {
  const title = byId('title');
  title.tabIndex = -1;
  title.focus();
}

function wireForms(): void {
  const answer = byId<HTMLFormElement>('answer-form');
  answer.addEventListener('submit', (e) => {
    e.preventDefault();
    const accepted = (answer.elements.namedItem('accepted') as RadioNodeList).value === 'yes';
    const reason = byId<HTMLTextAreaElement>('reason').value.trim();
    void send(answer, (params) => api('POST /nominations/:id/partner-response', { params, body: { accepted, ...(reason ? { reason } : {}) } }), { words: ANSWER_WORDS });
  });
  const completion = byId<HTMLFormElement>('completion-form');
  buildCertificateField(completion);
  completion.addEventListener('submit', (e) => {
    e.preventDefault();
    const certificate = byId<HTMLSelectElement>('certificate').value;
    const body = {
      actualStartDate: byId<HTMLInputElement>('actualStartDate').value,
      actualEndDate: byId<HTMLInputElement>('actualEndDate').value,
      ...(certificate ? { certificateDocumentId: certificate } : {}),
    };
    void send(completion, (params) => api('POST /nominations/:id/completion', { params, body }), { words: {}, own: completionWords });
  });
  const override = buildOverrideForm();
  override.addEventListener('submit', (e) => {
    e.preventDefault();
    // Sent even when empty: the server's refusal puts the error on the field.
    const reason = byId<HTMLTextAreaElement>('override-reason').value.trim();
    void send(override, (params) => api('POST /nominations/:id/quota-override', { params, body: { reason } }), {
      words: OVERRIDE_WORDS,
      done: (reference) => () => t('nom.overrideDone', { reference }),
    });
  });
  for (const form of [answer, completion, override]) {
    form.querySelector('[data-cancel]')!.addEventListener('click', () => closeForm());
    form.addEventListener('keydown', (e) => {
      if (e.key === 'Escape') closeForm();
    });
  }
}

// The upload's words are the nomination form's attachments' (form-part-messages.ts).
addMessages(FORM_PART_MESSAGES);

startOfficePage('nom.title', async () => {
  await load();
  byId('registry').hidden = false;
  const choices = byId<HTMLFormElement>('filters');
  choices.addEventListener('change', (e) => void chooseFilter((e.target as HTMLSelectElement).name));
  choices.addEventListener('submit', (e) => e.preventDefault());
  wireForms();
  onLanguageChange(() => {
    fillFilters();
    render();
    if (openFor) {
      const n = openFor.nomination;
      const id = openFor.form.id;
      const key = id === 'answer-form' ? 'nom.answerHeading' : id === 'override-form' ? 'nom.overrideHeading' : 'nom.completionHeading';
      byId(id.replace('-form', '-heading')).textContent = t(key, { reference: n.reference });
      if (id === 'override-form') byId('override-explain').textContent = t('nom.overrideExplain', { reference: n.reference, year: overrideYear });
      if (id === 'completion-form' && documentsOf?.nominationId === n.id) fillCertificates(byId<HTMLSelectElement>('certificate'), documentsOf.documents);
    }
  });
});
