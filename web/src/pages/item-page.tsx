/**
 * One item's page for its submitter and whoever else may see it (`/nominations/<id>`,
 * `/agreements/<id>`): what was submitted, its documents, the approval chain, the history; the
 * approver's comment at the top when it was sent back or turned down, with "Edit and resubmit"
 * for its submitter; and the submitter's withdrawal.
 *
 * Why nothing acts on load: an email links here, and a link preview, a prefetch or a mail scanner
 * may open it. Loading only reads (`GET`); the withdrawal is a POST sent when a person presses
 * the button.
 *
 * The page is a function of its state: `itemPage()` owns the signals (the item as read, the
 * names its ids stand for, the messages) and the actions that change them; `ItemPage` renders
 * them. Text is worded at render time, so a switch of language renders again.
 */
import { ContentTerms } from '../components/content-terms';
import { signal } from '@preact/signals';
import type { ComponentChildren } from 'preact';
import { api, type ApiRefusalBody } from '../api';
import type { Agreement, AttachedDocument, Faculty, Item, Me, Partner, Review, ReviewStep } from '../api-types';
import { SubmitButton } from '../components/buttons';
import { HistoryList, quote, speech } from '../components/history-list';
import { MessageBox, type Message } from '../components/message-box';
import { useTitle } from '../components/page';
import { DOCUMENT_KIND_WORDS } from '../document-kinds';
import { day, list, when } from '../format';
import { label, lang, t } from '../i18n/live';
import { contentRows, past, type Content, type Names } from '../item-words';
import { signinHref } from '../signin-link';
import { StudyPlanCard } from '../components/study-plan-section';

/** Which item a page shows: its kind, its id, and its page's address (`/nominations/<id>`). */
export type ItemAddress = { kind: 'nomination' | 'memorandum'; id: string; path: string };

/** What the item's ids stand for: the registry's partners, the faculties, the agreements the person can see. */
export type ItemDirectory = { partners: readonly Partner[]; faculties: readonly Faculty[]; agreements: readonly Agreement[] };

/** The API's paths of each kind; memoranda live under "agreements" as the office says. */
const PATHS = { nomination: 'nominations', memorandum: 'agreements' } as const;

/** An item's page, by its kind and id. */
export const itemPath = (kind: ItemAddress['kind'], id: string) => `/${PATHS[kind]}/${encodeURIComponent(id)}`;



/** A name in the reader's language, else the registry's own. */
const localName = (place: { name: string; names?: Partial<Record<string, string>> | undefined } | undefined) => place && (place.names?.[lang.value] ?? place.name);

/** The server's request id, to quote when reporting a problem. */
const requestIdOf = (data: ApiRefusalBody) => (data.requestId ? ` ${t('common.requestId', { id: data.requestId })}` : '');

/** What reading the item found, when it found no item. */
type Failure = { state: 'notFound' } | { state: 'signedOut' } | { state: 'offline' } | { state: 'failed'; status: number; data: ApiRefusalBody };

type Documents = { ok: true; list: AttachedDocument[] } | { ok: false; status: number };

/** A message, with a "Sign in" link after it where signing in again is the way on. */
type Said = Message & { signIn?: 'here' | 'newTab' };

/** The item's page's state and what changes it, for the item at `address`, seen by `me`. */
export function itemPage(address: ItemAddress, me: Pick<Me, 'email'>) {
  const item = signal<Item | undefined>(undefined);
  const failure = signal<Failure | undefined>(undefined);
  const directory = signal<ItemDirectory>({ partners: [], faculties: [], agreements: [] });
  const message = signal<Said | undefined>(undefined);
  const documents = signal<Documents | undefined>(undefined);
  const documentsMessage = signal<Message | undefined>(undefined);
  const downloading = signal<string | undefined>(undefined);
  const reason = signal('');
  const withdrawing = signal(false);
  const withdrawMessage = signal<Said | undefined>(undefined);

  const readItem = () => api(`GET /${PATHS[address.kind]}/:id`, { params: { id: address.id } });

  /** The item as read now; false when it could not be (`failure` then says why). */
  async function readAgain(): Promise<boolean> {
    let answer;
    try {
      answer = await readItem();
    } catch {
      failure.value = { state: 'offline' };
      return false;
    }
    if (answer.ok) {
      failure.value = undefined;
      item.value = answer.data;
      return true;
    }
    const { status, data } = answer;
    item.value = undefined;
    failure.value = status === 404 ? { state: 'notFound' } : status === 401 ? { state: 'signedOut' } : { state: 'failed', status, data };
    return false;
  }

  async function readDocuments(): Promise<void> {
    try {
      const answer = await api(`GET /${PATHS[address.kind]}/:id/documents`, { params: { id: address.id } });
      documents.value = answer.ok ? { ok: true, list: answer.data } : { ok: false, status: answer.status };
    } catch {
      // Offline, the page goes without its documents list rather than with an error.
      documents.value = undefined;
    }
  }

  /**
   * The item, read alongside what its ids stand for (`directory`: already being read by the page,
   * or read here), then its documents. A directory that could not be read leaves the ids as they are.
   */
  async function load(given?: Promise<ItemDirectory>): Promise<void> {
    const names = (given ?? readDirectory()).then(
      (d) => void (directory.value = d),
      () => undefined,
    );
    const [found] = await Promise.all([readAgain(), names]);
    if (found) await readDocuments();
  }

  async function withdraw(): Promise<void> {
    const current = item.value;
    if (withdrawing.value || !current) return;
    const text = reason.value.trim();
    withdrawing.value = true;
    withdrawMessage.value = { text: () => t('item.withdrawing') };
    try {
      const answer = await api(`POST /${PATHS[address.kind]}/:id/withdraw`, { params: { id: address.id }, body: text ? { reason: text } : {} });
      if (answer.ok) {
        const { reference } = answer.data;
        reason.value = '';
        withdrawMessage.value = undefined;
        await readAgain();
        // The withdraw form is gone with the button that had the focus: the message takes it.
        message.value = { text: () => t('item.withdrawn', { reference: reference ?? '' }).trim(), tone: 'ok', focus: true };
        return;
      }
      const { status, data } = answer;
      if (status === 409) {
        const now = typeof data.status === 'string' ? data.status : undefined;
        withdrawMessage.value = { text: () => `${t('item.cannotWithdraw')}${now ? ` ${t('common.itIsNow', { status: label(now) })}` : ''}`, tone: 'warn' };
      } else if (status === 401) {
        withdrawMessage.value = { text: () => t('common.sessionEnded'), tone: 'error', signIn: 'newTab' };
      } else {
        withdrawMessage.value = { text: () => `${t('item.notWithdrawn', { status: String(status) })}${requestIdOf(data)}`, tone: 'error' };
      }
    } catch {
      withdrawMessage.value = { text: () => t('common.offline'), tone: 'error' };
    } finally {
      withdrawing.value = false;
    }
  }

  /**
   * The download's address is presigned for a few minutes, so it is asked for on the press; the
   * file comes as an attachment, so the page stays.
   */
  async function download(d: AttachedDocument): Promise<void> {
    downloading.value = d.id;
    try {
      const answer = await api(`GET /${PATHS[address.kind]}/:id/documents/:docId/download`, { params: { id: address.id, docId: d.id } });
      if (answer.ok && answer.data.url) {
        documentsMessage.value = undefined;
        location.assign(answer.data.url);
      } else {
        const { status } = answer;
        const id = answer.ok ? '' : requestIdOf(answer.data);
        documentsMessage.value = { text: () => `${t('office.downloadFailed', { status: String(status) })}${id}`, tone: 'error' };
      }
    } catch {
      documentsMessage.value = { text: () => t('common.offline'), tone: 'error' };
    } finally {
      downloading.value = undefined;
    }
  }

  return { address, me, item, failure, directory, message, documents, documentsMessage, downloading, reason, withdrawing, withdrawMessage, load, withdraw, download };
}

export type ItemPageModel = ReturnType<typeof itemPage>;

/** The partners, the faculties and the agreements, read at once; a list the API refused is read as empty. */
export async function readDirectory(): Promise<ItemDirectory> {
  const [partners, faculties, agreements] = await Promise.all([api('GET /partners'), api('GET /faculties'), api('GET /agreements')]);
  return { partners: partners.ok ? partners.data : [], faculties: faculties.ok ? faculties.data : [], agreements: agreements.ok ? agreements.data : [] };
}

// ---- what the page says --------------------------------------------------------------------

/** The item's heading: its kind and reference ("Nomination NOM-2026-0001"). */
export const itemHeading = (item: Pick<Item, 'kind' | 'reference'>) => `${label(item.kind)} ${item.reference}`;

/** What the item is, in a line under its heading: the nominee, partner and year, or the memorandum's kind and partner. */
export function itemSubtitle(item: Item, partners: readonly Partner[]): string {
  const partner = partners.find((p) => p.id === item.content.partnerId);
  const partnerName = partner ? localName(partner) : item.content.partnerId;
  if (item.kind === 'nomination') return [item.content.nominee?.name, partnerName, item.content.academicYear].filter(Boolean).join(' — ');
  return [label(item.content.kind), partnerName].filter(Boolean).join(' — ');
}

function failureTitle(f: Failure): string {
  if (f.state === 'notFound') return t('item.notFound');
  if (f.state === 'signedOut') return t('item.pleaseSignIn');
  return t('common.somethingWrong');
}

function failureMessage(f: Failure): Said {
  if (f.state === 'notFound') return { text: () => t('item.notFoundLong'), tone: 'warn' };
  if (f.state === 'signedOut') return { text: () => t('common.notSignedIn'), tone: 'warn', signIn: 'here' };
  if (f.state === 'offline') return { text: () => t('item.couldNotLoad'), tone: 'error' };
  const { status, data } = f;
  return { text: () => `${t('common.serverAnswered', { status: String(status) })}${requestIdOf(data)}`, tone: 'error' };
}

/** A message box with its "Sign in" link, when the message asks for one. */
export function SaidBox({ id, said, focusable }: { id?: string; said: Said | undefined; focusable?: boolean }) {
  return (
    <MessageBox id={id} message={said} focusable={focusable}>
      {said?.signIn ? (
        <>
          {' '}
          {/* Here: back to this page once signed in. In a new tab: the page's own tab is where the work is. */}
          <a href={said.signIn === 'newTab' ? '/signin' : signinHref()} target={said.signIn === 'newTab' ? '_blank' : undefined}>
            {t('common.signIn')}
          </a>
        </>
      ) : null}
    </MessageBox>
  );
}

// ---- the view ------------------------------------------------------------------------------

function stepState(item: Item, review: Review, step: ReviewStep, i: number): string {
  if (step.outcome) return step.completedAt ? t('item.outcomeOn', { outcome: label(step.outcome), date: when(step.completedAt) }) : label(step.outcome);
  if (i === review.stepIndex && item.status === 'in_review') return `${t('item.waiting')}${step.dueAt ? ` — ${t('item.due', { date: when(step.dueAt) })}` : ''}`;
  if (i === review.stepIndex && item.status === 'withdrawn') return t('item.stopped');
  return i > review.stepIndex ? t('item.notReached') : '';
}

function Chain({ item }: { item: Item }) {
  const review = item.review;
  const steps = review?.steps ?? [];
  const note = !review || !steps.length ? t('item.notInReview') : review.round > 1 ? t('item.round', { n: review.round }) : '';
  return (
    <section class="card" aria-labelledby="chain-heading">
      <h2 id="chain-heading">{t('item.chain')}</h2>
      <p id="chain-note" class="muted">
        {note}
      </p>
      <ol class="steps" id="item-chain">
        {review
          ? steps.map((step, i) => {
              const active = i === review.stepIndex && item.status === 'in_review';
              const policy = step.approvers.length > 1 ? t(step.policy === 'all' ? 'item.policyAll' : 'item.policyAny') : '';
              const state = stepState(item, review, step, i);
              return (
                <li key={i} class={active ? 'current' : undefined} aria-current={active ? 'step' : undefined}>
                  <div class="step-head">
                    <strong>{t('item.stepN', { n: i + 1, role: label(step.role) })}</strong>
                    {active ? (
                      <>
                        {' '}
                        <span class="badge">{t('item.currentStep')}</span>
                      </>
                    ) : null}
                  </div>
                  {state || policy ? <div class="muted">{[state, policy].filter(Boolean).join(' · ')}</div> : null}
                  <ul class="approvers">
                    {step.approvers.map((a) => (
                      <li key={a.email}>
                        <span>{`${a.name} <${a.email}>`}</span>
                        {a.receipt ? (
                          <>
                            {' — '}
                            <span>{t('item.decidedOn', { decision: past(a.receipt.decision, speech), date: when(a.receipt.at) })}</span>
                            {a.receipt.comment ? <p class="pre">{quote(a.receipt.comment)}</p> : null}
                          </>
                        ) : active ? (
                          <>
                            {' — '}
                            <span class="muted">{t('item.notDecided')}</span>
                          </>
                        ) : null}
                      </li>
                    ))}
                  </ul>
                </li>
              );
            })
          : null}
      </ol>
    </section>
  );
}

/** The last decision that sent it back or turned it down, with its comment, at the top. */
function Notice({ item, isSubmitter, path }: { item: Item; isSubmitter: boolean; path: string }) {
  const last = item.review?.lastTransition;
  if (!last || (item.status !== 'changes_requested' && item.status !== 'rejected')) return null;
  const changes = item.status === 'changes_requested';
  const by = last.by?.name ?? t('common.anApprover');
  const said = t(changes ? 'item.sentBack' : 'item.rejectedBy', { by, date: when(last.at) });
  return (
    <section class="card notice" id="notice" aria-labelledby="notice-heading">
      <h2 id="notice-heading">{t(changes ? 'item.changesRequested' : 'item.rejected')}</h2>
      <p id="notice-by" class="muted">
        {`${said}${changes && isSubmitter ? t('item.theirComment') : ':'}`}
      </p>
      {last.comment ? (
        <blockquote id="notice-comment" class="pre">
          {last.comment}
        </blockquote>
      ) : null}
      {changes && isSubmitter ? (
        <p id="notice-action">
          <a id="edit-link" class="button" href={`${path}/edit`}>
            {t('item.editResubmit')}
          </a>
        </p>
      ) : null}
    </section>
  );
}

function SubmittedContent({ item, directory }: { item: Item; directory: ItemDirectory }) {
  // The partner under its name in the reader's language, as everywhere on these pages.
  const registered = directory.partners.find((p) => p.id === item.content.partnerId);
  const partner = registered && { ...registered, name: localName(registered)! };
  const names: Names<ComponentChildren> = {
    faculty: (id) => localName(directory.faculties.find((f) => f.id === id)),
    department: (facultyId, id) => localName(directory.faculties.find((f) => f.id === facultyId)?.departments?.find((d) => d.id === id)),
    agreement: (id) => {
      const a = directory.agreements.find((x) => x.id === id);
      return a ? <a href={itemPath('memorandum', a.id)}>{`${a.reference} — ${label(a.content.kind)}`}</a> : undefined;
    },
  };
  const rows = contentRows<ComponentChildren>(item.kind, item.content as Content, speech, partner, names);
  // An incoming student's room, named as its history's event names the residence (the page holds no residence list).
  const room = 'roomAssignment' in item ? item.roomAssignment : undefined;
  if (room) {
    const residence = [...item.history].reverse().find((e) => e.type === 'room_assigned' && e.room === room.room)?.residence ?? room.residenceId;
    rows.push({ term: 'content.room', value: t('content.roomLine', { residence, room: room.room, from: day(room.from), to: day(room.to) }) });
  }
  return (
    <section class="card" aria-labelledby="content-heading">
      <h2 id="content-heading">{t('common.submitted')}</h2>
      <dl class="details" id="item-content">
        <ContentTerms rows={rows} partnerProposed={Boolean(registered?.proposed)} />
      </dl>
    </section>
  );
}

function DocumentsList({ model }: { model: ItemPageModel }) {
  const read = model.documents.value;
  if (!read) return null;
  const kindName = (kind: string) => (DOCUMENT_KIND_WORDS[kind] ? t(DOCUMENT_KIND_WORDS[kind]!) : label(kind));
  return (
    <section class="card" id="documents-section" aria-labelledby="documents-heading">
      <h2 id="documents-heading">{t('office.documents')}</h2>
      <ul class="list" id="item-documents">
        {!read.ok ? (
          <li class="muted">{t('office.documentsFailed', { status: String(read.status || '—') })}</li>
        ) : read.list.length === 0 ? (
          <li class="muted">{t('office.noDocuments')}</li>
        ) : (
          read.list.map((d) => (
            <li key={d.id}>
              <button type="button" class="link" disabled={model.downloading.value === d.id} onClick={() => void model.download(d)}>
                {t('office.download', { name: d.fileName })}
              </button>
              <div class="muted">
                {t('office.docMeta', {
                  kind: kindName(d.kind),
                  size: Math.max(1, Math.round(d.size / 1024)),
                  who: d.uploadedBy?.name ?? d.uploadedBy?.email ?? '',
                  date: when(d.uploadedAt ?? d.createdAt),
                })}
              </div>
            </li>
          ))
        )}
      </ul>
      <MessageBox id="documents-message" message={model.documentsMessage.value} focusable={false} />
    </section>
  );
}

function WithdrawForm({ model, item }: { model: ItemPageModel; item: Item }) {
  // An approved nomination may be withdrawn too (the student changed plans): its place goes back.
  const afterApproval = item.kind === 'nomination' && (item.status === 'approved' || item.status === 'accepted_by_partner');
  return (
    <section class="card" id="withdraw-section" aria-labelledby="withdraw-heading">
      <h2 id="withdraw-heading">{t(item.kind === 'memorandum' ? 'item.withdrawMemorandum' : 'item.withdrawNomination')}</h2>
      <form
        id="withdraw-form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void model.withdraw();
        }}
      >
        <p class="muted" id="withdraw-explained">
          {t(afterApproval ? 'item.withdrawApprovedExplained' : 'item.withdrawExplained')}
        </p>
        <div class="field">
          <label for="withdraw-reason">
            <span>{t('item.reason')}</span> <span class="hint">{t(afterApproval ? 'item.reasonHintApproved' : 'item.reasonHint')}</span>
          </label>
          <textarea id="withdraw-reason" name="reason" maxLength={1000} value={model.reason.value} onInput={(e) => (model.reason.value = e.currentTarget.value)} />
        </div>
        <button type="submit" class="secondary" id="withdraw-button" disabled={model.withdrawing.value}>
          {t('item.withdraw')}
        </button>
        <SaidBox said={model.withdrawMessage.value} focusable={false} />
      </form>
    </section>
  );
}

function History({ item }: { item: Item }) {
  const events = item.history;
  return (
    <section class="card" aria-labelledby="history-heading">
      <h2 id="history-heading">{t('common.history')}</h2>
      <HistoryList id="item-history" events={events} />
    </section>
  );
}

/** Who may withdraw: its submitter, while it is in review or sent back, or (a nomination) once approved — not once its student arrived (that mobility is completed, not withdrawn). */
export function mayWithdraw(item: Item, isSubmitter: boolean): boolean {
  const afterApproval = item.kind === 'nomination' && (item.status === 'approved' || item.status === 'accepted_by_partner');
  return isSubmitter && (item.status === 'in_review' || item.status === 'changes_requested' || afterApproval);
}

/** The item itself, once read: its status and submitter, then each part in its card. */
export function ItemView({ model, item }: { model: ItemPageModel; item: Item }) {
  const isSubmitter = item.submitter.email === model.me.email;
  const by = isSubmitter ? t('common.you') : `${item.submitter.name} <${item.submitter.email}>`;
  return (
    <div id="item">
      <ul class="meta" id="item-meta">
        <li class="badge">{label(item.status)}</li>
        <li class="muted">{t('item.submittedBy', { by, date: when(item.createdAt) })}</li>
      </ul>
      <Notice item={item} isSubmitter={isSubmitter} path={model.address.path} />
      <SubmittedContent item={item} directory={model.directory.value} />
      <DocumentsList model={model} />
      {item.kind === 'nomination' && item.content.direction === 'incoming' ? <StudyPlanCard nominationId={item.id} period={item.content.period} /> : null}
      <Chain item={item} />
      {mayWithdraw(item, isSubmitter) ? <WithdrawForm model={model} item={item} /> : null}
      <History item={item} />
    </div>
  );
}

/** The page's content inside `<main>`: its heading and what is said, the item, the way back. */
export function ItemPage({ model }: { model: ItemPageModel }) {
  const item = model.item.value;
  const failed = model.failure.value;
  const heading = item ? itemHeading(item) : failed ? failureTitle(failed) : t('common.loading');
  const subtitle = item ? itemSubtitle(item, model.directory.value.partners) : '';
  useTitle(heading);
  return (
    <>
      <h1 id="title">{heading}</h1>
      {subtitle ? (
        <p id="subtitle" class="muted">
          {subtitle}
        </p>
      ) : null}
      <SaidBox id="message" said={failed ? failureMessage(failed) : model.message.value} />
      {item ? <ItemView model={model} item={item} /> : null}
      <p id="back">
        <a id="back-link" href="/">
          {t('item.backToOverview')}
        </a>
      </p>
    </>
  );
}
