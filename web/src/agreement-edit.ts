/**
 * Changing an agreement after its approval, from its page on the office console
 * (POST /api/agreements/:id/changes): "Edit agreement" opens the content in a form (the
 * memorandum form's pieces: forms.ts reads, fills, checks and marks it; conditions.ts makes the
 * conditions' rows), and before anything is saved the form says what saving will do, by the
 * server's own rule (shared/workflow/versions.ts):
 *
 *   nothing changed                      nothing to save
 *   conditions or dates changed          an amendment through the approval chain (202); the
 *                                        version in force stays until it is approved
 *   anything else                        a new version at once (200)
 *
 * One amendment at a time: while one is in approval the form says so before a change of
 * conditions or dates is sent, and the server's 409 `amendment_pending` names it with a link.
 * After a save the page is read again, so the versions, what changed and the history show it.
 *
 * Also here, under the agreement's content: the amendment in approval (with its status), and on
 * an amendment's own page the agreement it amends.
 */
import { AgreementKindSchema, CooperationScopeSchema, MemorandumInputSchema } from '../../shared/schemas/agreement';
import { diffContent } from '../../shared/workflow/versions';
import { setUpConditions } from './conditions';
import { changedField, changeKind } from './diff-words';
import type { ApiBody } from '../../shared/api-contract';
import { api } from './api';
import type { Agreement, Faculty } from './api-types';
import { el, link, requestIdOf, say, sayWithLink, signInLink, type Tone } from './dom';
import { wordFieldErrors } from './field-words';
import { clearErrors, fillForm, readForm, showErrors, validate, type FieldProblem } from './forms';
import { label, list, localName, setText, t, type MessageKey } from './i18n';
import { input, labelledField, messageBox } from './office';
import { row, wording } from './present';

/**
 * An agreement as the API answers it; `contentVersion` is the number of the version in force
 * (an agreement from before versions were kept has none: its first).
 */
export type EditableAgreement = Agreement;

/** What the page knows around the agreement: names, the agreements it links to, how to read it again. */
export type EditContext = {
  partnerName: () => string;
  faculties: Faculty[];
  /** The pending amendment and the amended agreement, as read with the page (reference and status). */
  linked: Record<string, { reference: string; status: string }>;
  /** Reads the agreement again and draws the page. */
  reload: () => Promise<void>;
};

const PAGE = '/office/agreements';
/** Where the API accepts a change (functions/lib/services/agreements.ts: proposeChange). */
const CHANGEABLE = ['approved', 'active'];
/** An amendment still in its chain blocks another (the server's 409 `amendment_pending`). */
const IN_CHAIN = ['in_review', 'changes_requested'];
/** The content's fields, as the API takes them: anything else stored alongside is left out. */
const CONTENT_FIELDS = ['partnerId', 'kind', 'scope', 'cooperationConditions', 'startDate', 'endDate', 'coordinator', 'initiatingFaculty', 'summary'];

const agreementLink = (id: string, reference: string) => link(reference, `${PAGE}?id=${encodeURIComponent(id)}`);

// ---- small builders ------------------------------------------------------------------------

const captioned = (control: HTMLElement, caption: MessageKey, hint?: MessageKey) => labelledField(control, () => t(caption), hint && (() => t(hint)));

function worded(tag: 'p' | 'span' | 'h3' | 'h4' | 'legend' | 'button', key: MessageKey, cls?: string): HTMLElement {
  const node = el(tag, undefined, cls);
  setText(node, () => t(key));
  return node;
}

// ---- the form ------------------------------------------------------------------------------

/**
 * The memorandum's fields, as the memorandum form has them, except the partner (an agreement
 * stays with its partner) and with a note for the history. A control's `name` is its path in
 * the content, so forms.ts reads and fills it; the conditions' rows carry theirs in `data-field`.
 */
function buildForm(a: EditableAgreement, ctx: EditContext): HTMLFormElement {
  const form = el('form', undefined, 'card life-form edit-form');
  form.id = 'edit-form';
  form.noValidate = true;
  // forms.ts reads and checks the form as a memorandum.
  form.dataset.kind = 'memorandum';
  form.setAttribute('aria-labelledby', 'edit-heading');

  const heading = el('h3');
  heading.id = 'edit-heading';
  heading.tabIndex = -1;
  setText(heading, () => t('edit.heading', { reference: a.reference }));
  const explain = worded('p', 'edit.explain', 'muted');
  const partner = el('p');
  setText(partner, () => t('edit.partner', { name: ctx.partnerName() }));
  const errors = el('div', undefined, 'errors');

  const kind = el('select');
  kind.id = 'edit-kind';
  kind.name = 'kind';
  for (const code of AgreementKindSchema.options) {
    const o = el('option', label(code));
    o.value = code;
    o.dataset.label = code;
    kind.append(o);
  }

  const scope = el('fieldset');
  scope.dataset.field = 'scope';
  const scopeLegend = el('legend');
  scopeLegend.append(worded('span', 'form.scope'), ' ', worded('span', 'form.scopeHint', 'hint'));
  scope.append(scopeLegend);
  for (const code of CooperationScopeSchema.options) {
    const choice = el('label', undefined, 'choice');
    const box = input(`edit-scope-${code}`, 'scope', 'checkbox');
    box.value = code;
    const text = el('span', label(code));
    text.dataset.label = code;
    choice.htmlFor = box.id;
    choice.append(box, ' ', text);
    scope.append(choice);
  }

  // The conditions' table, in the shape conditions.ts fills (rows, "none yet", "add").
  const conditions = el('section', undefined, 'conditions');
  conditions.setAttribute('aria-labelledby', 'edit-conditions-heading');
  const conditionsHeading = worded('h4', 'form.conditions');
  conditionsHeading.id = 'edit-conditions-heading';
  const addCondition = worded('button', 'form.addCondition', 'secondary add-condition') as HTMLButtonElement;
  addCondition.type = 'button';
  conditions.append(conditionsHeading, worded('p', 'form.conditionsHint', 'hint'), worded('p', 'form.noConditions', 'muted no-conditions'), el('div', undefined, 'condition-rows'), addCondition);

  const start = input('edit-start', 'startDate', 'date');
  const end = input('edit-end', 'endDate', 'date');
  const dates = el('div', undefined, 'row');
  dates.append(captioned(start, 'form.startDate'), captioned(end, 'form.endDate'));
  // forms.ts knows the open-ended box by this id: checked, the end date is sent as null.
  const open = input('m-open', '', 'checkbox');
  open.removeAttribute('name');
  const openChoice = el('label', undefined, 'choice');
  openChoice.htmlFor = open.id;
  openChoice.append(open, ' ', worded('span', 'form.openEnded'));
  const openField = el('div', undefined, 'field');
  openField.append(openChoice);
  open.addEventListener('change', () => {
    end.disabled = open.checked;
    if (open.checked) end.value = '';
  });

  const coordinator = el('fieldset');
  coordinator.append(worded('legend', 'form.coordinator'));
  const coordinatorName = input('edit-coord-name', 'coordinator.name', 'text');
  const coordinatorEmail = input('edit-coord-email', 'coordinator.email', 'email');
  coordinatorEmail.inputMode = 'email';
  coordinator.append(captioned(coordinatorName, 'form.name'), captioned(coordinatorEmail, 'form.email'));

  const faculty = el('select');
  faculty.id = 'edit-faculty';
  faculty.name = 'initiatingFaculty';
  const facultyIds = new Set(ctx.faculties.map((f) => f.id));
  for (const f of ctx.faculties) {
    // In the reader's language, worded again on a language switch (setText), as the faculty forms do.
    const option = Object.assign(el('option'), { value: f.id });
    setText(option, () => localName(f)!);
    faculty.append(option);
  }
  // A faculty no longer in the directory stays the agreement's own until someone changes it.
  const stored = String(a.content?.initiatingFaculty ?? '');
  if (stored && !facultyIds.has(stored)) faculty.append(Object.assign(el('option', stored), { value: stored }));

  const summary = el('textarea');
  summary.id = 'edit-summary';
  summary.name = 'summary';
  summary.maxLength = 4000;
  // No name: the note is not part of the content; `data-field` puts the server's errors on it.
  const note = el('textarea');
  note.id = 'edit-note';
  note.dataset.field = 'note';
  note.maxLength = 1000;

  const kindNote = el('div', undefined, 'change-kind');
  kindNote.id = 'edit-kind-note';
  const actions = el('div', undefined, 'form-actions');
  const submit = el('button');
  submit.type = 'submit';
  // Focusing Save reads what it will do.
  submit.setAttribute('aria-describedby', kindNote.id);
  const cancel = worded('button', 'nom.cancel', 'secondary') as HTMLButtonElement;
  cancel.type = 'button';
  cancel.addEventListener('click', () => closeForm(true));
  actions.append(submit, cancel);

  form.append(
    heading,
    explain,
    partner,
    errors,
    captioned(kind, 'form.kind'),
    scope,
    conditions,
    dates,
    openField,
    coordinator,
    captioned(faculty, 'form.initiatingFaculty'),
    captioned(summary, 'form.summary', 'form.summaryHint'),
    captioned(note, 'edit.note', 'edit.noteHint'),
    kindNote,
    actions,
    messageBox('edit-form-message'),
  );
  setUpConditions(form);
  form.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') closeForm(true);
  });
  return form;
}

/** The content the form would send: checked and normalised by the API's schema when it passes. */
function proposed(form: HTMLFormElement): Record<string, unknown> {
  const body = readForm(form);
  const parsed = MemorandumInputSchema.safeParse(body);
  return parsed.success ? parsed.data : body;
}

const pick = (content: Record<string, unknown> | undefined) => Object.fromEntries(CONTENT_FIELDS.filter((k) => content && k in content).map((k) => [k, content![k]]));

/** The amendment in approval, if there is one: another change of conditions or dates waits for it. */
function pendingOf(a: EditableAgreement, ctx: EditContext): { id: string; reference: string } | undefined {
  const id = a.pendingAmendment;
  const known = id ? ctx.linked[id] : undefined;
  return id && known && IN_CHAIN.includes(known.status) ? { id, reference: known.reference } : undefined;
}

/**
 * Says, under the form, what saving will do with the form as it is now, and names the button
 * after it. Worded again on a language change (setText), from the form as it is then.
 */
function describeChange(form: HTMLFormElement, a: EditableAgreement, ctx: EditContext): void {
  const inForce = a.contentVersion ?? 1;
  const paths = diffContent(pick(a.content), proposed(form)).map((c) => c.path);
  const change = changeKind(paths);
  const pending = pendingOf(a, ctx);
  const box = form.querySelector<HTMLElement>('#edit-kind-note')!;
  const submit = form.querySelector<HTMLButtonElement>('button[type=submit]')!;
  let tone: Tone = '';
  let sentence: () => string;
  if (change.kind === 'none') sentence = () => t('edit.noneYet');
  else if (change.kind === 'version') sentence = () => t('edit.willVersion', { n: inForce + 1 });
  else if (pending) {
    tone = 'warn';
    sentence = () => t('edit.pendingBlocks', { reference: pending.reference });
  } else {
    const which: MessageKey = change.conditions && change.dates ? 'edit.willAmend.both' : change.conditions ? 'edit.willAmend.conditions' : 'edit.willAmend.dates';
    tone = 'warn';
    sentence = () => t(which, { n: inForce });
  }
  const what = el('p');
  setText(what, sentence);
  box.className = `change-kind message ${tone}`.trim();
  box.replaceChildren(what);
  if (paths.length) {
    const fields = el('p', undefined, 'muted');
    // One name per field: a condition's languages may differ in several places.
    setText(fields, () => t('edit.changing', { list: list([...new Set(paths.map((p) => changedField(p, wording)))]) }));
    box.append(fields);
  }
  setText(submit, () => (change.kind === 'amendment' ? t('edit.sendAmendment') : change.kind === 'version' ? t('edit.saveVersion', { n: inForce + 1 }) : t('nom.save')));
}

/** The server's own words for the content's checks that the schema does not make. */
const ownWords = (message: string): (() => string) | undefined => {
  if (message === 'The content is the same as the version in force') return () => t('edit.err.same');
  if (message === 'A different partner needs a new agreement') return () => t('edit.err.partner');
  return undefined;
};

/** The server's field errors on the form's fields: its paths are in the request (`content.summary`). */
function serverProblems(data: unknown): FieldProblem[] {
  return wordFieldErrors(data, ownWords).map((p) => ({ ...p, path: p.path.replace(/^content\.?/, '') }));
}

async function send(form: HTMLFormElement, a: EditableAgreement, ctx: EditContext): Promise<void> {
  const box = form.querySelector<HTMLElement>('#edit-form-message')!;
  const submit = form.querySelector<HTMLButtonElement>('button[type=submit]')!;
  say(box);
  const problems = validate(form);
  if (problems.length) return showErrors(form, () => t('form.needAttention'), problems);
  clearErrors(form);
  const content = proposed(form);
  if (diffContent(pick(a.content), content).length === 0) return say(box, () => t('edit.err.same'), 'warn');
  const note = (form.querySelector<HTMLTextAreaElement>('#edit-note')?.value ?? '').trim();
  submit.disabled = true;
  say(box, () => t('common.sending'));
  try {
    // The content the form's schema accepted (validate above): the schema's own output.
    const body = { content: content as ApiBody<'POST /agreements/:id/changes'>['content'], ...(note ? { note } : {}) };
    const answer = await api('POST /agreements/:id/changes', { params: { id: a.id }, body });
    if (answer.ok) {
      const change = answer.data;
      // Applied at once (200), or an amendment in review (202).
      if (change.applied) {
        const n = change.agreement.contentVersion ?? (a.contentVersion ?? 1) + 1;
        await saved(ctx, (message) => say(message, () => t('edit.savedVersion', { n }), 'ok'));
      } else {
        const { amendment } = change;
        const inForce = a.contentVersion ?? 1;
        await saved(ctx, (message) => sayWithLink(message, (slot) => t('edit.sentAmendment', { reference: slot, n: inForce }), agreementLink(amendment.id, amendment.reference), 'ok'));
      }
      return;
    }
    const { status, data } = answer;
    if (status === 400) {
      showErrors(form, () => t('form.checkForm'), serverProblems(data));
      say(box, () => t('form.seeAbove'), 'error');
    } else if (status === 409 && data.error === 'amendment_pending' && data.amendmentId) {
      // The form stays as typed: what is not the conditions or the dates can still be saved.
      sayWithLink(box, (slot) => t('edit.pendingBlocks', { reference: slot }), agreementLink(String(data.amendmentId), String(data.reference ?? data.amendmentId)), 'warn');
    } else if (status === 409) {
      await saved(ctx, (message) => say(message, () => t('act.conflict'), 'warn'));
    } else if (status === 401) {
      say(box, () => t('form.sessionEnded'), 'error');
      signInLink(box, true);
    } else {
      say(box, () => `${t('partners.notSaved', { status: String(status) })}${requestIdOf(data)}`, 'error');
    }
  } catch {
    say(box, () => t('common.offline'), 'error');
  } finally {
    submit.disabled = false;
    // Disabling the focused button dropped the focus to the page; a form still open gets it back.
    if (submit.isConnected && (document.activeElement === document.body || !document.activeElement)) submit.focus();
  }
}

// ---- the part of the page ------------------------------------------------------------------

type Parts = { facts: HTMLElement; actions: HTMLElement; message: HTMLElement; slot: HTMLElement };
let parts: Parts | undefined;
let open: { form: HTMLFormElement; opener: HTMLButtonElement } | undefined;
/** The agreement as last read, and its context: a form opened after a reload starts from it. */
let shown: { a: EditableAgreement; ctx: EditContext } | undefined;

function closeForm(returnFocus: boolean): void {
  if (!open) return;
  open.form.remove();
  const { opener } = open;
  opener.setAttribute('aria-expanded', 'false');
  open = undefined;
  if (returnFocus && opener.isConnected) opener.focus();
}

/** After a save: the form goes, the page is read again, and the message under the content says what happened. */
async function saved(ctx: EditContext, tell: (message: HTMLElement) => void): Promise<void> {
  closeForm(false);
  await ctx.reload();
  if (!parts) return;
  tell(parts.message);
  parts.message.focus();
}

function openForm(opener: HTMLButtonElement): void {
  if (!parts || !shown) return;
  const { a, ctx } = shown;
  closeForm(false);
  say(parts.message);
  const form = buildForm(a, ctx);
  parts.slot.append(form);
  fillForm(form, pick(a.content));
  describeChange(form, a, ctx);
  // Every keystroke and choice may change what saving will do.
  const update = () => describeChange(form, a, ctx);
  form.addEventListener('input', update);
  form.addEventListener('change', update);
  // Removing a condition's row changes the content without an input event.
  form.addEventListener('click', (e) => {
    if ((e.target as HTMLElement).closest('.remove, .add-condition')) queueMicrotask(update);
  });
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    void send(form, a, ctx);
  });
  open = { form, opener };
  opener.setAttribute('aria-expanded', 'true');
  form.querySelector<HTMLElement>('#edit-heading')!.focus();
}

/** Made once, right after the agreement's content. */
function partsAfter(after: HTMLElement): Parts {
  if (parts) return parts;
  const facts = el('dl', undefined, 'details');
  facts.id = 'edit-facts';
  const actions = el('div', undefined, 'form-actions edit-actions');
  const message = messageBox('edit-message');
  message.tabIndex = -1;
  const slot = el('div');
  after.after(facts, actions, message, slot);
  parts = { facts, actions, message, slot };
  return parts;
}

function referenceAndStatus(id: string, known: { reference: string; status: string } | undefined): Node {
  const span = el('span');
  span.append(agreementLink(id, known?.reference ?? id));
  if (known?.status) span.append(` (${label(known.status)})`);
  return span;
}

/**
 * Draws, after the agreement's content (`after`), the amendment in approval or the agreement
 * amended, and the "Edit agreement" button where a change is allowed; drawn again on every
 * reload and language change, keeping an open form as typed.
 */
export function renderAgreementEdit(after: HTMLElement, a: EditableAgreement, ctx: EditContext): void {
  const p = partsAfter(after);
  shown = { a, ctx };
  p.facts.replaceChildren();
  const pending = pendingOf(a, ctx);
  if (pending) row(p.facts, 'edit.pendingAmendment', referenceAndStatus(pending.id, ctx.linked[pending.id]));
  if (a.amends) row(p.facts, 'edit.amends', referenceAndStatus(a.amends, ctx.linked[a.amends]));
  p.facts.hidden = !p.facts.childElementCount;

  // An amendment is changed by its own chain (sent back for changes), not after it.
  const offered = CHANGEABLE.includes(a.status) && !a.amends;
  const signature = `${a.id}:${offered}`;
  if (p.actions.dataset.offers !== signature) {
    closeForm(false);
    p.actions.dataset.offers = signature;
    p.actions.replaceChildren();
    if (offered) {
      const b = worded('button', 'edit.open', 'secondary') as HTMLButtonElement;
      b.type = 'button';
      b.id = 'edit-open';
      b.setAttribute('aria-expanded', 'false');
      b.addEventListener('click', () => (open?.opener === b ? closeForm(true) : openForm(b)));
      p.actions.append(b);
    }
  }
  p.actions.hidden = !offered;
}
