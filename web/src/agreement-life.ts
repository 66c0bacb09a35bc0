/**
 * An agreement after its approval chain, on the office console's agreement page: who signed on
 * each side, a termination recorded, the agreement it renews or that renews it; and what the
 * office does next, each offered only in the states where the API allows it:
 *
 *   record a signature    approved and not signed by both sides,  POST /api/agreements/:id/signatures
 *                         or in force with a side not on record
 *   record a termination  approved or in force, none recorded      POST /api/agreements/:id/termination
 *   renew                 approved, in force or expired, not yet    POST /api/agreements/:id/renewal
 *                         renewed, no termination recorded
 *
 * An amendment has none of this: it is signed, ended and renewed through the agreement it amends.
 *
 * One form is open at a time (a disclosure under its button); the server's field errors land on
 * their fields, and the Erasmus+ one-year notice refusal names the earliest date allowed on the
 * effective date's field. After an action the page reads the agreement again (`reload`), so its
 * history shows the new event. Changing an agreement's content (`/changes`) is agreement-edit.ts's.
 */
import { renewalContent } from '../../shared/workflow/agreement-life';
import type { Agreement as StoredAgreement } from '../../shared/schemas/entities';
import { api, type ApiRefusalBody } from './api';
import type { Agreement } from './api-types';
import { el, link, requestIdOf, say, sayWithLink } from './dom';
import { SignatureRequestSchema } from '../../shared/schemas/office';
import { schemaProblems, wordFieldErrors, type OwnWords, type Worded } from './field-words';
import { day, setText, t, type MessageKey } from './i18n';
import { clearFieldErrors, input, labelledField, messageBox, showFieldErrors } from './office';
import { quote, row } from './present';

/**
 * An agreement as the API answers it: its signatures, a termination, renewals, and (for
 * agreement-edit.ts) the version in force, the amendment in approval, the agreement an amendment amends.
 */
export type LivingAgreement = Agreement;
type Signature = NonNullable<Agreement['signatures']>['home'];

/** Reads the agreement again and draws the page; then `after` says what happened. */
export type Reload = (after: (box: HTMLElement) => void) => Promise<void>;

const PAGE = '/office/agreements';
const SIDES = ['home', 'partner'] as const;
type Side = (typeof SIDES)[number];
const SIDE_WORDS: Record<Side, MessageKey> = { home: 'act.ourSide', partner: 'act.partnerSide' };

const pad = (n: number) => String(n).padStart(2, '0');
/**
 * Today as a default date: the earlier of the reader's day and the UTC day, because the server
 * refuses a signature dated after its (UTC) today, and Tashkent is five hours ahead of it.
 */
function today(): string {
  const d = new Date();
  const local = `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
  const utc = d.toISOString().slice(0, 10);
  return local < utc ? local : utc;
}

// ---- small builders ----------------------------------------------------------------------

const labelled = (control: HTMLElement, caption: MessageKey, hint?: () => string) => labelledField(control, () => t(caption), hint);

function textarea(id: string, name: string, maxLength: number): HTMLTextAreaElement {
  const a = el('textarea');
  a.id = id;
  a.name = name;
  a.maxLength = maxLength;
  return a;
}

function button(caption: () => string, cls?: string, type: 'button' | 'submit' = 'button'): HTMLButtonElement {
  const b = el('button', undefined, cls);
  b.type = type;
  setText(b, caption);
  return b;
}

// ---- the section ---------------------------------------------------------------------------

type Parts = {
  section: HTMLElement;
  heading: HTMLElement;
  facts: HTMLElement;
  actions: HTMLElement;
  message: HTMLElement;
  forms: HTMLElement;
};
let parts: Parts | undefined;
/** The form open now and the button that opened it (the focus goes back there). */
let open: { form: HTMLFormElement; opener: HTMLButtonElement } | undefined;

/** The section, made once, right after the agreement's status line. */
function section(after: HTMLElement): Parts {
  if (parts) return parts;
  const s = el('section', undefined, 'card agreement-life');
  s.id = 'life';
  s.setAttribute('aria-labelledby', 'life-heading');
  const heading = el('h2');
  heading.id = 'life-heading';
  heading.tabIndex = -1;
  setText(heading, () => t('act.heading'));
  const facts = el('dl', undefined, 'details');
  facts.id = 'life-facts';
  const actions = el('div', undefined, 'form-actions');
  actions.id = 'life-actions';
  const message = messageBox('life-message');
  const forms = el('div');
  s.append(heading, facts, actions, message, forms);
  after.after(s);
  parts = { section: s, heading, facts, actions, message, forms };
  return parts;
}

/**
 * What was typed in a form closed unsent (Cancel, Esc, its button again), by agreement and form:
 * put back when it is opened again, forgotten once the form is sent and accepted.
 */
const drafts = new Map<string, Record<string, string>>();
const draftKey = (form: HTMLFormElement) => `${shown?.a.id}:${form.id}`;
const typed = (form: HTMLFormElement) => [...form.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('textarea, input:not([type=radio]):not([type=checkbox])')];

function keepDraft(form: HTMLFormElement): void {
  drafts.set(draftKey(form), Object.fromEntries(typed(form).map((c) => [c.id, c.value])));
}

function restoreDraft(form: HTMLFormElement): void {
  const kept = drafts.get(draftKey(form));
  if (kept) for (const c of typed(form)) if (kept[c.id] !== undefined) c.value = kept[c.id]!;
}

function closeForm(returnFocus: boolean, sent = false): void {
  if (!open) return;
  if (sent) drafts.delete(draftKey(open.form));
  else keepDraft(open.form);
  open.form.remove();
  const { opener } = open;
  opener.setAttribute('aria-expanded', 'false');
  open = undefined;
  if (returnFocus && opener.isConnected) opener.focus();
}

/** A form under the section's buttons: heading, fields, Save and Cancel, its own message box. */
function formShell(id: string, heading: () => string, fields: HTMLElement[], send: (form: HTMLFormElement, box: HTMLElement, submit: HTMLButtonElement) => Promise<void>): HTMLFormElement {
  const form = el('form', undefined, 'card life-form');
  form.id = id;
  form.noValidate = true;
  form.setAttribute('aria-labelledby', `${id}-heading`);
  const h = el('h3');
  h.id = `${id}-heading`;
  h.tabIndex = -1;
  setText(h, heading);
  const actions = el('div', undefined, 'form-actions');
  const submit = button(() => t('nom.save'), undefined, 'submit');
  const cancel = button(() => t('nom.cancel'), 'secondary');
  cancel.addEventListener('click', () => closeForm(true));
  actions.append(submit, cancel);
  const box = messageBox();
  form.append(h, ...fields, actions, box);
  form.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') closeForm(true);
  });
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    clearFieldErrors(form);
    say(box, () => t('common.sending'));
    submit.disabled = true;
    try {
      await send(form, box, submit);
    } catch {
      say(box, () => t('common.offline'), 'error');
    } finally {
      submit.disabled = false;
    }
  });
  return form;
}

function openForm(p: Parts, form: HTMLFormElement, opener: HTMLButtonElement): void {
  closeForm(false);
  say(p.message);
  restoreDraft(form);
  p.forms.append(form);
  open = { form, opener };
  opener.setAttribute('aria-expanded', 'true');
  form.querySelector<HTMLElement>('h3')!.focus();
}

/**
 * What the page does with an answer that is not a success: field errors on their fields, a
 * state that moved on reloaded and said, anything else said in the form's box.
 */
async function failed(form: HTMLFormElement, box: HTMLElement, answer: { status: number; data: ApiRefusalBody }, reload: Reload, words: OwnWords = () => undefined): Promise<void> {
  const { status, data } = answer;
  if (status === 400) {
    refuse(form, box, wordFieldErrors(data, words));
  } else if (status === 409) {
    closeForm(false);
    await reload((message) => say(message, () => t('act.conflict'), 'warn'));
  } else {
    say(box, () => `${t('partners.notSaved', { status: String(status) })}${requestIdOf(data)}`, 'error');
  }
}

/** Each problem on its field, and the form's box says to check them. */
function refuse(form: HTMLFormElement, box: HTMLElement, problems: Worded[]): void {
  const unplaced = showFieldErrors(form, problems);
  say(box, () => [t('nom.checkFields'), ...unplaced].join(' '), 'error');
}

/** After a success: the form goes, the page is read again, and the section says what happened. */
async function done(reload: Reload, say_: (box: HTMLElement) => void): Promise<void> {
  closeForm(false, true);
  await reload((box) => {
    say_(box);
    parts?.heading.focus();
  });
}

const params = (a: LivingAgreement) => ({ id: a.id });

// ---- signatures ----------------------------------------------------------------------------

function signForm(a: LivingAgreement, reload: Reload): HTMLFormElement {
  const unsigned = SIDES.filter((s) => !a.signatures?.[s]);
  const sides = el('fieldset', undefined, 'views');
  sides.id = 'sign-party';
  const legend = el('legend');
  setText(legend, () => t('act.side'));
  sides.append(legend);
  unsigned.forEach((side, i) => {
    const choice = el('label', undefined, 'choice');
    const radio = input(`sign-party-${side}`, 'party', 'radio');
    radio.value = side;
    radio.checked = i === 0;
    const text = el('span');
    setText(text, () => t(SIDE_WORDS[side]));
    choice.htmlFor = radio.id;
    choice.append(radio, ' ', text);
    sides.append(choice);
  });
  const date = input('sign-date', 'date', 'date');
  date.value = today();
  date.max = today();
  const name = input('sign-name', 'signatoryName', 'text', 200);
  const position = input('sign-position', 'signatoryPosition', 'text', 200);
  return formShell(
    'sign-form',
    () => t('act.signHeading', { reference: a.reference }),
    [sides, labelled(date, 'act.signDate'), labelled(name, 'act.signatoryName'), labelled(position, 'act.signatoryPosition')],
    async (form, box) => {
      // One of the radios' values, SIDES; none chosen is '', which the schema's check below refuses.
      const party = ((form.elements.namedItem('party') as RadioNodeList | HTMLInputElement | null)?.value ?? '') as Side;
      const body = { party, date: date.value, signatoryName: name.value.trim(), signatoryPosition: position.value.trim() };
      // Checked here first, so every problem is said at once: the server tells a date in the
      // future (its rule needs its clock: after its UTC today) only once the names pass its schema.
      const problems = schemaProblems(form, SignatureRequestSchema, body);
      if (!problems.some((p) => p.path === 'date') && date.value > new Date().toISOString().slice(0, 10)) problems.unshift({ path: 'date', message: () => t('act.err.future') });
      if (problems.length > 0) return refuse(form, box, problems);
      const answer = await api('POST /agreements/:id/signatures', { params: params(a), body });
      if (!answer.ok) {
        return failed(form, box, answer, reload, (message) => (message === 'Must not be in the future' ? () => t('act.err.future') : undefined));
      }
      const signed = answer.data;
      const both = SIDES.every((s) => signed.signatures?.[s]);
      // Filling in the record of one already in force changes nothing else: "recorded", no more.
      const words: () => string =
        a.status === 'active' ? () => t('act.signed') : signed.status === 'active' ? () => t('act.nowActive') : both ? () => t('act.inForceFrom', { date: day(signed.content?.startDate) }) : () => t('act.signed');
      await done(reload, (b) => say(b, words, 'ok'));
    },
  );
}

// ---- termination ---------------------------------------------------------------------------

/** The one-year notice rule's refusal names the earliest date; said with both dates in the reader's words. */
const EARLIEST = /^With notice given on (\d{4}-\d{2}-\d{2}), no earlier than (\d{4}-\d{2}-\d{2})$/;

const terminationWords: OwnWords = (message) => {
  const earliest = EARLIEST.exec(message);
  if (earliest) return () => t('act.err.earliest', { notice: day(earliest[1]), date: day(earliest[2]) });
  if (message === 'Must be on or after the notice date' || message === 'The termination cannot take effect before the notice is given') return () => t('act.err.beforeNotice');
  if (message === 'Give a reason') return () => t('act.err.reason');
  return undefined;
};

function terminateForm(a: LivingAgreement, reload: Reload): HTMLFormElement {
  const reason = textarea('term-reason', 'reason', 2000);
  const notice = input('term-notice', 'noticeDate', 'date');
  notice.value = today();
  const effective = input('term-effective', 'effectiveDate', 'date');
  const erasmus = a.content?.kind === 'erasmus_plus_iia';
  // The two dates side by side: the notice, then the day it takes effect.
  const dates = el('div', undefined, 'row');
  dates.append(labelled(notice, 'act.noticeDate'), labelled(effective, 'act.effectiveDate', erasmus ? () => t('act.erasmusNotice') : undefined));
  return formShell(
    'terminate-form',
    () => t('act.terminateHeading', { reference: a.reference }),
    [labelled(reason, 'act.reason'), dates],
    async (form, box) => {
      const answer = await api('POST /agreements/:id/termination', { params: params(a), body: { reason: reason.value.trim(), noticeDate: notice.value, effectiveDate: effective.value } });
      if (!answer.ok) return failed(form, box, answer, reload, terminationWords);
      const ended = answer.data;
      const effectiveDate = ended.termination?.effectiveDate ?? effective.value;
      await done(reload, (b) => say(b, () => (ended.status === 'terminated' ? t('act.terminated') : t('act.terminationScheduled', { date: day(effectiveDate) })), 'ok'));
    },
  );
}

// ---- renewal -------------------------------------------------------------------------------

function renewForm(a: LivingAgreement, reload: Reload): HTMLFormElement {
  // What the server would make of an empty request: the day after the end, for as long again.
  let proposed: { startDate?: string; endDate?: string | null } = {};
  try {
    proposed = renewalContent(a as unknown as StoredAgreement, {}, today());
  } catch {
    /* the server will say why */
  }
  const note = el('p', undefined, 'muted');
  setText(note, () => t('act.renewNote'));
  const start = input('renew-start', 'startDate', 'date');
  start.value = proposed.startDate ?? '';
  const end = input('renew-end', 'endDate', 'date');
  end.value = proposed.endDate ?? '';
  const openEnded = input('renew-open', 'openEnded', 'checkbox');
  openEnded.checked = proposed.endDate === null;
  end.disabled = openEnded.checked;
  openEnded.addEventListener('change', () => {
    end.disabled = openEnded.checked;
  });
  const openChoice = el('label', undefined, 'choice');
  openChoice.htmlFor = openEnded.id;
  const openText = el('span');
  setText(openText, () => t('form.openEnded'));
  openChoice.append(openEnded, ' ', openText);
  const dates = el('div', undefined, 'row');
  dates.append(labelled(start, 'act.newStart'), labelled(end, 'act.newEnd'));
  const summary = textarea('renew-summary', 'summary', 4000);
  summary.value = String(a.content?.summary ?? '');
  return formShell('renew-form', () => t('act.renewHeading', { reference: a.reference }), [note, dates, openChoice, labelled(summary, 'content.summary')], async (form, box) => {
    const body = {
      ...(start.value ? { startDate: start.value } : {}),
      ...(openEnded.checked ? { endDate: null } : end.value ? { endDate: end.value } : {}),
      ...(summary.value.trim() ? { summary: summary.value.trim() } : {}),
    };
    const answer = await api('POST /agreements/:id/renewal', { params: params(a), body });
    if (!answer.ok) return failed(form, box, answer, reload);
    const renewal = answer.data;
    await done(reload, (b) => sayWithLink(b, (slot) => t('act.renewed', { reference: slot }), link(renewal.reference, `${PAGE}?id=${encodeURIComponent(renewal.id)}`), 'ok'));
  });
}

// ---- what is drawn -------------------------------------------------------------------------

const AFTER_CHAIN = ['approved', 'active', 'expired', 'terminated'];

/** The agreement the section shows now, and how to read it again. */
let shown: { a: LivingAgreement; reload: Reload };

/** A side's signature; one missing is "not signed yet" only before the agreement is in force: after, it was signed, just not recorded here. */
function signatureText(s: Signature | undefined, status: string): string {
  if (s) return t('act.signedBy', { name: s.signatoryName, position: s.signatoryPosition, date: day(s.date) });
  return status === 'approved' ? t('act.notSigned') : t('act.notRecorded');
}

/**
 * Draws the section for `a` (again on a language change); `references` names the agreements
 * it renews or is renewed by. Hidden for an agreement still in its chain with nothing to show.
 */
export function renderAgreementLife(after: HTMLElement, a: LivingAgreement, references: Record<string, string>, reload: Reload): void {
  const p = section(after);
  // An amendment is signed, ended and renewed through the agreement it amends (the API says 409).
  const own = !a.amends;
  const afterChain = AFTER_CHAIN.includes(a.status);
  p.facts.replaceChildren();
  if (afterChain && own) for (const side of SIDES) row(p.facts, SIDE_WORDS[side], signatureText(a.signatures?.[side], a.status));
  if (a.termination) {
    row(p.facts, 'act.termination', `${t('act.terminationLine', { notice: day(a.termination.noticeDate), effective: day(a.termination.effectiveDate) })}. ${quote(a.termination.reason)}`);
  }
  const linkTo = (id: string) => link(references[id] ?? id, `${PAGE}?id=${encodeURIComponent(id)}`);
  if (a.renews) row(p.facts, 'act.renews', linkTo(a.renews));
  if (a.renewedBy) row(p.facts, 'act.renewedBy', linkTo(a.renewedBy));

  // The forms are made when opened, from the agreement as last read (a button outlives a reload).
  shown = { a, reload };
  const offers: { key: MessageKey; form: (now: typeof shown) => HTMLFormElement }[] = [];
  const bothSigned = SIDES.every((s) => a.signatures?.[s]);
  // In force with a side not on record (imported so): the office fills it in from the paper.
  if (own && (a.status === 'approved' || a.status === 'active') && !bothSigned) offers.push({ key: 'act.sign', form: (now) => signForm(now.a, now.reload) });
  if (own && (a.status === 'approved' || a.status === 'active') && !a.termination) offers.push({ key: 'act.terminate', form: (now) => terminateForm(now.a, now.reload) });
  // Not one being ended: the API refuses to renew an agreement with a termination recorded.
  if (own && ['approved', 'active', 'expired'].includes(a.status) && !a.renewedBy && !a.termination) offers.push({ key: 'act.renew', form: (now) => renewForm(now.a, now.reload) });
  // The buttons are made again only when what is offered changes, so one keeps the focus.
  const signature = `${a.id}:${a.status}:${offers.map((o) => o.key).join(',')}`;
  if (p.actions.dataset.offers !== signature) {
    closeForm(false);
    p.actions.dataset.offers = signature;
    p.actions.replaceChildren(
      ...offers.map((o) => {
        const b = button(() => t(o.key), 'secondary');
        b.dataset.action = o.key;
        b.setAttribute('aria-expanded', 'false');
        b.addEventListener('click', () => {
          if (open?.opener === b) return closeForm(true);
          openForm(p, o.form(shown), b);
        });
        return b;
      }),
    );
  }
  for (const b of p.actions.querySelectorAll<HTMLButtonElement>('button')) b.setAttribute('aria-expanded', String(open?.opener === b));
  // It comes into force on its start only if a termination recorded does not end it first (the watch's order).
  const endsBeforeStart = Boolean(a.termination && a.termination.effectiveDate <= String(a.content?.startDate ?? ''));
  if (bothSigned && a.status === 'approved' && !endsBeforeStart) row(p.facts, 'content.starts', t('act.inForceFrom', { date: day(a.content?.startDate) }));
  // No card with a heading alone: an amendment's, or one still in its chain with nothing linked.
  p.section.hidden = p.facts.childElementCount === 0 && offers.length === 0;
}
