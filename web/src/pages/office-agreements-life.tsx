/**
 * An agreement after its approval chain, on its page: who signed on each side, a termination
 * recorded, the agreement it renews or that renews it; and what the office does next, each
 * offered only in the states where the API allows it:
 *
 *   record a signature    approved and not signed by both sides,  POST /api/agreements/:id/signatures
 *                         or in force with a side not on record
 *   record a termination  approved or in force, none recorded      POST /api/agreements/:id/termination
 *   renew                 approved, in force or expired, not yet    POST /api/agreements/:id/renewal
 *                         renewed, no termination recorded
 *
 * An amendment has none of this: it is signed, ended and renewed through the agreement it amends.
 *
 * One form is open at a time (a disclosure under its button, which Esc, Cancel or the button
 * again closes, the focus back on the button); what was typed in a form closed unsent is put
 * back when it opens again. The server's field errors land on their fields, the Erasmus+
 * one-year notice refusal naming the earliest date allowed on the effective date's field. After
 * an action the page reads the agreement again, so its history shows the new event, and the
 * focus goes to the part's heading with what happened said under it.
 *
 * Loaded after the page (office-agreements-later.ts) with the schemas and rules it checks by.
 */
import { useSignal, type Signal } from '@preact/signals';
import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { fieldMessage, genericMessage, issueMessage, type IssueLike } from '../../../shared/i18n/validation';
import type { Agreement as StoredAgreement } from '../../../shared/schemas/entities';
import { SignatureRequestSchema } from '../../../shared/schemas/office';
import { renewalContent } from '../../../shared/workflow/agreement-life';
import { api, type ApiRefusalBody } from '../api';
import type { Agreement } from '../api-types';
import { Field } from '../components/field';
import { MessageBox, type Message } from '../components/message-box';
import { day } from '../format';
import { lang, t, type MessageKey } from '../i18n/live';
import { drawn, type AgreementRead, type OfficeAgreements } from './office-agreements-page';
import { agreementHref } from './office-agreements-rows';

const SIDES = ['home', 'partner'] as const;
type Side = (typeof SIDES)[number];
const SIDE_WORDS: Record<Side, MessageKey> = { home: 'act.ourSide', partner: 'act.partnerSide' };
type Signature = NonNullable<Agreement['signatures']>['home'];

const AFTER_CHAIN = ['approved', 'active', 'expired', 'terminated'];

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

const quote = (text: string) => (lang.value === 'ru' ? `«${text}»` : `“${text}”`);

// ---- field errors ------------------------------------------------------------------------------

/** Each field's error by its path in the request, worded when shown. */
type Problems = Record<string, () => string>;
/** A page's own words for a message of the server, or undefined to word it generically. */
type OwnWords = (message: string) => (() => string) | undefined;

/** zod's own messages (an empty or too long text, a missing value, an unknown option), else the shared translations. */
function generic(message: string): string {
  if (/^Too small: expected string to have >=1 characters?$/.test(message) || /^Invalid input: expected \w+, received undefined$/.test(message)) return genericMessage('fillIn', lang.value);
  const long = /^Too big: expected string to have <=(\d+) characters$/.exec(message);
  if (long) return genericMessage('tooLong', lang.value, Number(long[1]));
  if (/^Invalid option/.test(message)) return genericMessage('chooseOne', lang.value);
  return fieldMessage(message, lang.value);
}

/** A 400's field errors, the first for each field. */
function serverProblems(data: ApiRefusalBody, own: OwnWords): Problems {
  const problems: Problems = {};
  for (const f of data.fields ?? []) if (!problems[f.path]) problems[f.path] = own(f.message) ?? (() => generic(f.message));
  return problems;
}

/** The one-year notice rule's refusal names the earliest date; said with both dates in the reader's words. */
const EARLIEST = /^With notice given on (\d{4}-\d{2}-\d{2}), no earlier than (\d{4}-\d{2}-\d{2})$/;

const terminationWords: OwnWords = (message) => {
  const earliest = EARLIEST.exec(message);
  if (earliest) return () => t('act.err.earliest', { notice: day(earliest[1]), date: day(earliest[2]) });
  if (message === 'Must be on or after the notice date' || message === 'The termination cannot take effect before the notice is given') return () => t('act.err.beforeNotice');
  if (message === 'Give a reason') return () => t('act.err.reason');
  return undefined;
};

const signatureWords: OwnWords = (message) => (message === 'Must not be in the future' ? () => t('act.err.future') : undefined);

// ---- the forms ---------------------------------------------------------------------------------

type FormId = 'sign-form' | 'terminate-form' | 'renew-form';
type Values = Record<string, string>;

/** What a form's sending ends in: said in the form, or done (the page read again, said in the part). */
type Sent = { refused: Problems } | { said: Message } | { done: LifeMessage } | { conflict: true };

/** What the part says under its buttons: a sentence, and perhaps a link in its `{reference}`. */
type LifeMessage = Message & { link?: { text: string; href: string } };

type FormProps = {
  id: FormId;
  heading: string;
  values: Signal<Values>;
  send: () => Promise<Sent>;
  close: (returnFocus: boolean) => void;
  finish: (sent: Exclude<Sent, { refused: Problems } | { said: Message }>) => Promise<void>;
  children: (problems: Problems) => ComponentChildren;
};

/** A form under the part's buttons: heading (focused when it opens), fields, Save and Cancel, its own message box. */
function LifeForm({ id, heading, send, close, finish, children }: FormProps) {
  const problems = useSignal<Problems>({});
  const said = useSignal<Message | undefined>(undefined);
  const busy = useSignal(false);
  const title = useRef<HTMLHeadingElement>(null);
  const form = useRef<HTMLFormElement>(null);
  useLayoutEffect(() => title.current?.focus(), []);
  // The first field in error takes the focus, as GOV.UK's forms do.
  const marked = Object.keys(problems.value).join(' ');
  useLayoutEffect(() => {
    if (marked) form.current?.querySelector<HTMLElement>('[aria-invalid=true]')?.focus();
  }, [marked, problems.value]);
  async function submit(): Promise<void> {
    problems.value = {};
    said.value = { text: () => t('common.sending') };
    busy.value = true;
    try {
      const result = await send();
      if ('refused' in result) {
        problems.value = result.refused;
        said.value = { text: () => t('nom.checkFields'), tone: 'error' };
      } else if ('said' in result) said.value = result.said;
      else await finish(result);
    } catch {
      said.value = { text: () => t('common.offline'), tone: 'error' };
    } finally {
      busy.value = false;
    }
  }
  return (
    <form
      ref={form}
      id={id}
      class="card life-form"
      noValidate
      aria-labelledby={`${id}-heading`}
      onKeyDown={(e) => {
        if (e.key === 'Escape') close(true);
      }}
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <h3 id={`${id}-heading`} ref={title} tabIndex={-1}>
        {heading}
      </h3>
      {children(problems.value)}
      <div class="form-actions">
        <button type="submit" disabled={busy.value}>
          {t('nom.save')}
        </button>
        <button type="button" class="secondary" onClick={() => close(true)}>
          {t('nom.cancel')}
        </button>
      </div>
      <MessageBox message={said.value} />
    </form>
  );
}

type TextProps = { id: string; name: string; label: string; hint?: string; type?: 'text' | 'date' | 'textarea'; maxLength?: number; values: Signal<Values>; problems: Problems; max?: string; disabled?: boolean };

/** A labelled input bound to its form's values, with its error under it. */
function TextField({ id, name, label, hint, type = 'text', maxLength, values, problems, max, disabled }: TextProps) {
  return (
    <Field id={id} label={label} {...(hint ? { hint } : {})} error={problems[name]?.()}>
      {(control) =>
        type === 'textarea' ? (
          <textarea {...control} name={name} maxLength={maxLength} value={values.value[name] ?? ''} onInput={(e) => (values.value = { ...values.value, [name]: e.currentTarget.value })} />
        ) : type === 'date' ? (
          <input {...control} type="date" name={name} max={max} disabled={disabled} value={values.value[name] ?? ''} onInput={(e) => (values.value = { ...values.value, [name]: e.currentTarget.value })} />
        ) : (
          <input {...control} type="text" name={name} maxLength={maxLength} value={values.value[name] ?? ''} onInput={(e) => (values.value = { ...values.value, [name]: e.currentTarget.value })} />
        )
      }
    </Field>
  );
}

const refusedWith = (status: number, data: ApiRefusalBody, own: OwnWords): Sent =>
  status === 400
    ? { refused: serverProblems(data, own) }
    : status === 409
      ? { conflict: true }
      : { said: { text: () => `${t('partners.notSaved', { status: String(status) })}${data.requestId ? ` ${t('common.requestId', { id: data.requestId })}` : ''}`, tone: 'error' } };

/** The signature form's problems, all at once: the schema's, and a date in the future (the server's rule needs its clock, and says it only once the names pass). */
function signatureProblems(body: { party: string; date: string; signatoryName: string; signatoryPosition: string }): Problems {
  const problems: Problems = {};
  for (const issue of SignatureRequestSchema.safeParse(body).error?.issues ?? []) {
    const path = issue.path.map(String).join('.');
    if (problems[path]) continue;
    const value = (body as Record<string, string>)[path];
    problems[path] = () => issueMessage(issue as IssueLike, lang.value, { choice: path === 'party', empty: value === '' || value === undefined });
  }
  if (!problems.date && body.date > new Date().toISOString().slice(0, 10)) problems.date = () => t('act.err.future');
  return problems;
}

function SignFields({ a, values, problems }: { a: Agreement; values: Signal<Values>; problems: Problems }) {
  const unsigned = SIDES.filter((s) => !a.signatures?.[s]);
  return (
    <>
      <fieldset id="sign-party" class="views" aria-describedby={problems.party ? 'sign-party-error' : undefined}>
        <legend>{t('act.side')}</legend>
        {unsigned.map((side) => (
          <label class="choice" for={`sign-party-${side}`} key={side}>
            <input type="radio" id={`sign-party-${side}`} name="party" value={side} checked={values.value.party === side} onChange={() => (values.value = { ...values.value, party: side })} /> <span>{t(SIDE_WORDS[side])}</span>
          </label>
        ))}
        {problems.party ? (
          <p id="sign-party-error" class="field-error">
            {problems.party()}
          </p>
        ) : null}
      </fieldset>
      <TextField id="sign-date" name="date" type="date" max={today()} label={t('act.signDate')} values={values} problems={problems} />
      <TextField id="sign-name" name="signatoryName" maxLength={200} label={t('act.signatoryName')} values={values} problems={problems} />
      <TextField id="sign-position" name="signatoryPosition" maxLength={200} label={t('act.signatoryPosition')} values={values} problems={problems} />
    </>
  );
}

function TerminateFields({ a, values, problems }: { a: Agreement; values: Signal<Values>; problems: Problems }) {
  const erasmus = a.content?.kind === 'erasmus_plus_iia';
  return (
    <>
      <TextField id="term-reason" name="reason" type="textarea" maxLength={2000} label={t('act.reason')} values={values} problems={problems} />
      {/* The two dates side by side: the notice, then the day it takes effect. */}
      <div class="row">
        <TextField id="term-notice" name="noticeDate" type="date" label={t('act.noticeDate')} values={values} problems={problems} />
        <TextField id="term-effective" name="effectiveDate" type="date" label={t('act.effectiveDate')} {...(erasmus ? { hint: t('act.erasmusNotice') } : {})} values={values} problems={problems} />
      </div>
    </>
  );
}

function RenewFields({ values, problems }: { values: Signal<Values>; problems: Problems }) {
  const openEnded = values.value.openEnded === 'yes';
  return (
    <>
      <p class="muted">{t('act.renewNote')}</p>
      <div class="row">
        <TextField id="renew-start" name="startDate" type="date" label={t('act.newStart')} values={values} problems={problems} />
        <TextField id="renew-end" name="endDate" type="date" label={t('act.newEnd')} disabled={openEnded} values={values} problems={problems} />
      </div>
      <label class="choice" for="renew-open">
        <input type="checkbox" id="renew-open" name="openEnded" checked={openEnded} onChange={(e) => (values.value = { ...values.value, openEnded: e.currentTarget.checked ? 'yes' : '' })} /> <span>{t('form.openEnded')}</span>
      </label>
      <TextField id="renew-summary" name="summary" type="textarea" maxLength={4000} label={t('content.summary')} values={values} problems={problems} />
    </>
  );
}

/** What a form starts from when opened with nothing kept. */
function startingValues(form: FormId, a: Agreement): Values {
  if (form === 'sign-form') return { party: SIDES.find((s) => !a.signatures?.[s]) ?? '', date: today(), signatoryName: '', signatoryPosition: '' };
  if (form === 'terminate-form') return { reason: '', noticeDate: today(), effectiveDate: '' };
  // What the server would make of an empty request: the day after the end, for as long again.
  let proposed: { startDate?: string; endDate?: string | null } = {};
  try {
    proposed = renewalContent(a as unknown as StoredAgreement, {}, today());
  } catch {
    /* the server will say why */
  }
  return { startDate: proposed.startDate ?? '', endDate: proposed.endDate ?? '', openEnded: proposed.endDate === null ? 'yes' : '', summary: String(a.content?.summary ?? '') };
}

/** Sends a form's values; what came back, for LifeForm. */
async function sendForm(form: FormId, a: Agreement, v: Values): Promise<Sent> {
  const params = { id: a.id };
  if (form === 'sign-form') {
    const body = { party: v.party as Side, date: v.date ?? '', signatoryName: (v.signatoryName ?? '').trim(), signatoryPosition: (v.signatoryPosition ?? '').trim() };
    const problems = signatureProblems(body);
    if (Object.keys(problems).length) return { refused: problems };
    const answer = await api('POST /agreements/:id/signatures', { params, body });
    if (!answer.ok) return refusedWith(answer.status, answer.data, signatureWords);
    const signed = answer.data;
    const both = SIDES.every((s) => signed.signatures?.[s]);
    // Filling in the record of one already in force changes nothing else: "recorded", no more.
    const text: () => string =
      a.status === 'active' ? () => t('act.signed') : signed.status === 'active' ? () => t('act.nowActive') : both ? () => t('act.inForceFrom', { date: day(signed.content?.startDate) }) : () => t('act.signed');
    return { done: { text, tone: 'ok' } };
  }
  if (form === 'terminate-form') {
    const answer = await api('POST /agreements/:id/termination', { params, body: { reason: (v.reason ?? '').trim(), noticeDate: v.noticeDate ?? '', effectiveDate: v.effectiveDate ?? '' } });
    if (!answer.ok) return refusedWith(answer.status, answer.data, terminationWords);
    const ended = answer.data;
    const effective = ended.termination?.effectiveDate ?? v.effectiveDate;
    return { done: { text: () => (ended.status === 'terminated' ? t('act.terminated') : t('act.terminationScheduled', { date: day(effective) })), tone: 'ok' } };
  }
  const summary = (v.summary ?? '').trim();
  const body = { ...(v.startDate ? { startDate: v.startDate } : {}), ...(v.openEnded ? { endDate: null } : v.endDate ? { endDate: v.endDate } : {}), ...(summary ? { summary } : {}) };
  const answer = await api('POST /agreements/:id/renewal', { params, body });
  if (!answer.ok) return refusedWith(answer.status, answer.data, () => undefined);
  const renewal = answer.data;
  return { done: { text: () => t('act.renewed', { reference: '\u0000' }), tone: 'ok', link: { text: renewal.reference, href: agreementHref(renewal.id) } } };
}

// ---- the part ----------------------------------------------------------------------------------

/** A side's signature; one missing is "not signed yet" only before the agreement is in force: after, it was signed, just not recorded here. */
function signatureText(s: Signature | undefined, status: string): string {
  if (s) return t('act.signedBy', { name: s.signatoryName, position: s.signatoryPosition, date: day(s.date) });
  return status === 'approved' ? t('act.notSigned') : t('act.notRecorded');
}

function Facts({ a, read }: { a: Agreement; read: AgreementRead }) {
  const own = !a.amends;
  const rows: [MessageKey, ComponentChildren][] = [];
  if (AFTER_CHAIN.includes(a.status) && own) for (const side of SIDES) rows.push([SIDE_WORDS[side], signatureText(a.signatures?.[side], a.status)]);
  if (a.termination) rows.push(['act.termination', `${t('act.terminationLine', { notice: day(a.termination.noticeDate), effective: day(a.termination.effectiveDate) })}. ${quote(a.termination.reason)}`]);
  const linkTo = (id: string) => <a href={agreementHref(id)}>{read.linked[id]?.reference ?? id}</a>;
  const ps = a.partnerSigning;
  if (ps && own) {
    const lines: string[] = [];
    if (ps.state === 'awaiting') lines.push(t('act.signingAwaiting', { name: ps.contact.name, email: ps.contact.email, date: day(ps.sentAt) }));
    if (ps.changesRequested && ps.state !== 'approved' && ps.state !== 'signed') lines.push(`${t('act.signingChanges', { name: ps.changesRequested.by.name, date: day(ps.changesRequested.at) })} ${quote(ps.changesRequested.comment)}`);
    if (ps.approval) lines.push(t('act.signingApproved', { name: ps.approval.name, position: ps.approval.position, date: day(ps.approval.at), hash: ps.approval.snapshotHash }));
    if (ps.signedCopy) lines.push(t('act.signingCopy', { file: ps.signedCopy.fileName }));
    rows.push(['act.partnerSigning', <ul id="partner-signing">{lines.map((l) => <li key={l}>{l}</li>)}</ul>]);
  }
  if (a.renews) rows.push(['act.renews', linkTo(a.renews)]);
  if (a.renewedBy) rows.push(['act.renewedBy', linkTo(a.renewedBy)]);
  // It comes into force on its start only if a termination recorded does not end it first (the watch's order).
  const bothSigned = SIDES.every((s) => a.signatures?.[s]);
  const endsBeforeStart = Boolean(a.termination && a.termination.effectiveDate <= String(a.content?.startDate ?? ''));
  if (bothSigned && a.status === 'approved' && !endsBeforeStart) rows.push(['content.starts', t('act.inForceFrom', { date: day(a.content?.startDate) })]);
  return {
    count: rows.length,
    list: (
      <dl class="details" id="life-facts">
        {rows.map(([term, value]) => [<dt key={`${term}-t`}>{t(term)}</dt>, <dd key={`${term}-d`}>{value}</dd>])}
      </dl>
    ),
  };
}

/** What the office may do with `a` now, in the order the buttons show them. */
function offers(a: Agreement): { key: MessageKey; form: FormId }[] {
  const own = !a.amends;
  const bothSigned = SIDES.every((s) => a.signatures?.[s]);
  const list: { key: MessageKey; form: FormId }[] = [];
  // In force with a side not on record (imported so): the office fills it in from the paper.
  if (own && (a.status === 'approved' || a.status === 'active') && !bothSigned) list.push({ key: 'act.sign', form: 'sign-form' });
  if (own && (a.status === 'approved' || a.status === 'active') && !a.termination) list.push({ key: 'act.terminate', form: 'terminate-form' });
  // Not one being ended: the API refuses to renew an agreement with a termination recorded.
  if (own && ['approved', 'active', 'expired'].includes(a.status) && !a.renewedBy && !a.termination) list.push({ key: 'act.renew', form: 'renew-form' });
  return list;
}

/** Approved, not an amendment nor being ended, the partner's side not signed, and the signatory not done with this text. */
function mayAskSignatory(a: Agreement): boolean {
  const state = a.partnerSigning?.state;
  return !a.amends && !a.termination && a.status === 'approved' && !a.signatures?.partner && state !== 'approved' && state !== 'signed';
}

/** The sentence with its `{reference}` a link, when it has one. */
function LifeSentence({ message }: { message: LifeMessage }) {
  if (!message.link) return null;
  const [before = '', after = ''] = message.text().split('\u0000');
  return (
    <span>
      {before}
      <a href={message.link.href}>{message.link.text}</a>
      {after}
    </span>
  );
}

export function AgreementLife({ model, read }: { model: OfficeAgreements; read: AgreementRead }) {
  const a = read.agreement;
  const open = useSignal<FormId | undefined>(undefined);
  const values = useSignal<Values>({});
  const said = useSignal<LifeMessage | undefined>(undefined);
  const sending = useSignal(false);
  /** What was typed in a form closed unsent, by agreement and form: put back when it opens again, forgotten once sent and accepted. */
  const [drafts] = useState(() => new Map<string, Values>());
  const openers = useRef<Partial<Record<FormId, HTMLButtonElement | null>>>({});
  const heading = useRef<HTMLHeadingElement>(null);
  const available = offers(a);
  // A form no longer offered (the agreement moved on) is not shown.
  const shown = available.some((o) => o.form === open.value) ? open.value : undefined;

  function close(returnFocus: boolean, sent = false): void {
    const form = open.value;
    if (!form) return;
    if (sent) drafts.delete(`${a.id}:${form}`);
    else drafts.set(`${a.id}:${form}`, values.value);
    open.value = undefined;
    if (returnFocus) openers.current[form]?.focus();
  }

  function toggle(form: FormId): void {
    if (open.value === form) return close(true);
    close(false);
    said.value = undefined;
    values.value = drafts.get(`${a.id}:${form}`) ?? startingValues(form, a);
    open.value = form;
  }

  /** After a success or a state that moved on: the page read again, then the part says so. */
  async function finish(result: { done: LifeMessage } | { conflict: true }): Promise<void> {
    close(false, 'done' in result);
    await model.reloadAgreement();
    said.value = 'done' in result ? result.done : { text: () => t('act.conflict'), tone: 'warn' };
    await drawn();
    if ('done' in result) heading.current?.focus();
  }

  /** The text to the partner's signatory (again, after a change): one press, one new link by email. */
  async function askSignatory(): Promise<void> {
    if (sending.value) return;
    sending.value = true;
    try {
      const res = await api('POST /agreements/:id/partner-signatory', { params: { id: a.id }, body: {} });
      if (res.ok) return await finish({ done: { text: () => t('act.sentToSignatory'), tone: 'ok' } });
      const text = res.status === 400 ? t('act.signatoryMissing') : res.data.error === 'not_edited' ? t('act.notEdited') : t('act.conflict');
      said.value = { text: () => text, tone: 'warn' };
    } finally {
      sending.value = false;
    }
  }

  const facts = Facts({ a, read });
  // No card with a heading alone: an amendment's, or one still in its chain with nothing linked.
  if (facts.count === 0 && available.length === 0 && !mayAskSignatory(a) && !said.value) return null;
  const message = said.value;
  const headingOf: Record<FormId, string> = {
    'sign-form': t('act.signHeading', { reference: a.reference }),
    'terminate-form': t('act.terminateHeading', { reference: a.reference }),
    'renew-form': t('act.renewHeading', { reference: a.reference }),
  };
  return (
    <section id="life" class="card agreement-life" aria-labelledby="life-heading">
      <h2 id="life-heading" ref={heading} tabIndex={-1}>
        {t('act.heading')}
      </h2>
      {facts.list}
      <div class="form-actions" id="life-actions">
        {mayAskSignatory(a) ? (
          <button type="button" class="secondary" data-action="act.sendToSignatory" disabled={sending.value} onClick={() => void askSignatory()}>
            {t('act.sendToSignatory')}
          </button>
        ) : null}
        {available.map((o) => (
          <button
            key={o.form}
            type="button"
            class="secondary"
            data-action={o.key}
            aria-expanded={shown === o.form ? 'true' : 'false'}
            ref={(b) => {
              openers.current[o.form] = b;
            }}
            onClick={() => toggle(o.form)}
          >
            {t(o.key)}
          </button>
        ))}
      </div>
      <MessageBox id="life-message" message={message?.link ? { text: () => '', tone: message.tone ?? '' } : message}>
        {message?.link ? <LifeSentence message={message} /> : null}
      </MessageBox>
      <div>
        {shown ? (
          <LifeForm key={shown} id={shown} heading={headingOf[shown]} values={values} send={() => sendForm(shown, a, values.value)} close={close} finish={finish}>
            {(problems) =>
              shown === 'sign-form' ? (
                <SignFields a={a} values={values} problems={problems} />
              ) : shown === 'terminate-form' ? (
                <TerminateFields a={a} values={values} problems={problems} />
              ) : (
                <RenewFields values={values} problems={problems} />
              )
            }
          </LifeForm>
        ) : null}
      </div>
    </section>
  );
}
