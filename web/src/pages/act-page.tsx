/**
 * The approver's page (its entry is pages/act.tsx), opened from a decision email (`/act#t=<token>&l=<language>`). It shows
 * what is being decided and lets the approver approve, reject or request changes.
 *
 * Why it never acts on load: mail security scanners open every link, some in a real browser
 * running scripts, and products that decided on a visit have had approvals "clicked" by them.
 * So loading this page only calls the read-only `POST /api/actions/preview`; nothing is
 * pre-selected, and only a person pressing "Send decision" calls `POST /api/actions/decide`.
 * The token comes in the URL fragment (never sent to a server log or a Referer), is taken out of
 * the address bar and history at once, and leaves this page only inside POST bodies: no query
 * string, no storage.
 *
 * The page is a function of its state: `approval()` owns the signals (the preview, the message,
 * the choice, …) and the actions that change them; `ActPage` renders them. Text is kept as
 * functions (`() => t(…)`) and worded at render time, so a switch of language renders again.
 */
import { ContentTerms } from '../components/content-terms';
import { computed, signal } from '@preact/signals';
import { api, type ApiRefusalBody } from '../api';
import { idempotencyKeyOf } from '../idempotency';
import { LinkAnswerForm } from '../components/link-answer-form';
import type { DecisionAnswer, Preview } from '../api-types';
import { ActionButton } from '../components/buttons';
import { HistoryList, speech } from '../components/history-list';
import { MessageBox, type Message, type Tone } from '../components/message-box';
import { PageFrame, useTitle } from '../components/page';
import { TermRow } from '../components/term-row';
import { conditionLine } from '../diff-words';
import { DOCUMENT_KIND_WORDS } from '../document-kinds';
import { day, list, when } from '../format';
import { decisionName, fieldText, label, lang, t } from '../i18n/live';
import { contentRows, past, type Content } from '../item-words';

type Decision = Preview['choices'][number];
type Closed = NonNullable<Preview['closed']>;
type LinkedDocument = Preview['documents'][number];
type Text = () => string;
/** An action a message offers (try again, ask for a fresh link), as a button under it. */
type Offer = { text: Text; run: () => Promise<void> };


const DECISIONS: readonly Decision[] = ['approve', 'reject', 'request_changes'];
/** What the decision did, worded only where it adds to the decision ("Rejected" needs no "— rejected"). */
const AFTER = { recorded: 'act.after.recorded', advanced: 'act.after.advanced', approved: 'act.after.approved', changes_requested: 'act.after.changes_requested' } as const;

const str = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

/** What a 409 says of the item's state now: who decided what and when (the API's refusal carries it). */
const closedFrom = (data: ApiRefusalBody): Closed => ({
  status: str(data.status),
  decidedBy: str(data.decidedBy),
  decidedByName: str(data.decidedByName),
  decision: str(data.decision),
  at: str(data.at),
  comment: str(data.comment),
});

/** The approver page's state and what changes it, for the link's `token` (null: no token in the address). */
export function approval(token: string | null) {
  const preview = signal<Preview | null>(null);
  const title = signal<Text>(() => t('common.loading'));
  const message = signal<Message | undefined>(undefined);
  const offer = signal<Offer | undefined>(undefined);
  const offerBusy = signal(false);
  const formShown = signal(false);
  const decision = signal<Decision | undefined>(undefined);
  const comment = signal('');
  const commentError = signal<{ text: Text } | undefined>(undefined);
  const busy = signal(false);
  const documentsMessage = signal<Message | undefined>(undefined);
  const downloading = signal<string | undefined>(undefined);
  /** One key per page load: a network retry of the same decision gets the same answer back. */
  const idempotencyKey = idempotencyKeyOf();

  const tell = (text: Text | undefined, tone: Tone = '', focus = false) => {
    message.value = text && { text, tone, focus };
  };

  /**
   * The resubmission after this link's own decision, when there was one: the link belonged to an
   * earlier round, and "in review" on this page does not mean it is this link's turn again.
   */
  function resubmittedSince(c: Closed) {
    const p = preview.value;
    const history = p?.history ?? [];
    const mine = history.find((e) => e.type === 'decided' && e.actor?.email === p?.approver.email && e.at === c.at);
    if (!mine) return undefined;
    return history.filter((e) => e.type === 'resubmitted' && Number(e.round) > Number(mine.round)).at(-1);
  }

  function closedText(c: Closed | undefined, fallbackStatus?: string): string {
    const status = c?.status ?? fallbackStatus;
    const now = status ? ` ${t('act.nowStatus', { status: label(status) })}` : '';
    if (!c?.decidedBy && !c?.decidedByName) return `${t('act.closed')}${now}`;
    const mine = preview.value?.approver.email && c.decidedBy === preview.value.approver.email;
    const by = mine ? t('common.you') : c.decidedByName || c.decidedBy || '';
    const said = c.comment ? ` ${t('act.comment.quoted', { comment: c.comment })}` : '';
    const again = resubmittedSince(c);
    const round = again ? ` ${t('act.earlierRound', { date: when(again.at) })}` : '';
    return `${t('act.alreadyDecidedOn', { decision: past(c.decision, speech), by, at: when(c.at) })}${said}${now}${round}`;
  }

  function show(p: Preview): void {
    preview.value = p;
    title.value = () => p.summary.titles[lang.value] || p.summary.title || p.reference;
    if (p.closed || !p.choices.length) {
      formShown.value = false;
      tell(() => closedText(p.closed, p.status), 'warn');
    } else {
      formShown.value = true;
      tell(undefined);
    }
  }

  /** Why a link whose person lost the step's role decides nothing now, and whom the item waits on instead. */
  function approverChangedText(data: ApiRefusalBody): string {
    const waitingOn = Array.isArray(data.waitingOn) ? (data.waitingOn as unknown[]) : undefined;
    const names = (waitingOn ?? []).map((w) => str((w as { name?: unknown } | null)?.name) ?? '').filter(Boolean);
    const waiting = !waitingOn ? '' : ` ${names.length ? t('act.approverChangedWaitsOn', { names: list(names) }) : t('act.approverChangedNobody')}`;
    const role = str(data.role);
    return `${t('act.approverChanged', { role: role ? label(role) : '—' })}${waiting}`;
  }

  /** 404 (unknown or tampered link) and 410 (expired, replaced, or its person no longer holds the role), from preview or decide. */
  function showGone(data: ApiRefusalBody): void {
    formShown.value = false;
    if (data.error === 'approver_changed') tell(() => approverChangedText(data), 'warn', true);
    else if (data.error === 'link_replaced') tell(() => t('act.linkReplaced'), 'warn', true);
    else if (data.error === 'link_expired') tell(() => t('act.linkExpired'), 'warn', true);
    else tell(() => t('act.linkInvalidLong'), 'error', true);
    if (data.error === 'link_expired' && data.freshLink !== false) offer.value = { text: () => t('act.freshLink'), run: refresh };
  }

  async function refresh(): Promise<void> {
    if (!token) return;
    offerBusy.value = true;
    try {
      const answer = await api('POST /actions/refresh', { body: { token } });
      const { status } = answer;
      if (!answer.ok && status === 410) {
        // Replaced meanwhile, or the role was taken away: a fresh link would not decide either.
        offer.value = undefined;
        return showGone(answer.data);
      }
      if (answer.ok || status === 409 || status === 404) {
        offer.value = undefined;
        if (answer.ok) tell(() => t('act.freshSent'), 'ok', true);
        else if (answer.data.error === 'fresh_link_limit') tell(() => t('act.freshLimit'), 'warn', true);
        else if (status === 409) {
          const closed = closedFrom(answer.data);
          tell(() => closedText(closed), 'warn', true);
        } else tell(() => t('act.linkInvalid'), 'error', true);
        return;
      }
      tell(() => (status === 429 ? t('common.tooMany') : t('common.somethingWrongStatus', { status: String(status) })), 'error', true);
    } catch {
      tell(() => t('common.offline'), 'error', true);
    } finally {
      offerBusy.value = false;
    }
  }

  async function load(): Promise<void> {
    if (!token) {
      title.value = () => t('act.titleInvalid');
      tell(() => t('act.missingCode'), 'error');
      return;
    }
    offer.value = undefined;
    tell(() => t('common.loading'));
    try {
      const answer = await api('POST /actions/preview', { body: { token } });
      if (answer.ok) return show(answer.data);
      const { status, data } = answer;
      if (status === 404 || status === 410) {
        const gone = data.error === 'link_expired' ? 'act.titleExpired' : data.error === 'approver_changed' ? 'act.titleApproverChanged' : 'act.titleReplaced';
        title.value = () => t(status === 404 ? 'act.titleInvalid' : gone);
        showGone(data);
      } else {
        title.value = () => t('common.somethingWrong');
        tell(() => t('common.serverAnswered', { status: String(status) }), 'error');
        offer.value = { text: () => t('common.tryAgain'), run: load };
      }
    } catch {
      title.value = () => t('act.titleCouldNotLoad');
      tell(() => t('act.offline'), 'error');
      offer.value = { text: () => t('common.tryAgain'), run: load };
    }
  }

  /**
   * The download URL is presigned for a few minutes, so it is asked for on the press; the token
   * goes in the POST body like every other use of it, and the file comes as an attachment, so the
   * page (and the decision being made on it) stays.
   */
  async function download(d: LinkedDocument): Promise<void> {
    if (!token) return;
    downloading.value = d.id;
    try {
      const answer = await api('POST /actions/document', { body: { token, documentId: d.id } });
      if (answer.ok) {
        documentsMessage.value = undefined;
        location.assign(answer.data.url);
      } else if (answer.status === 410 || answer.data.error === 'link_invalid') showGone(answer.data);
      else {
        const { status, data } = answer;
        documentsMessage.value = { text: () => `${t('office.downloadFailed', { status: String(status) })}${data.requestId ? ` ${t('common.requestId', { id: data.requestId })}` : ''}`, tone: 'error' };
      }
    } catch {
      documentsMessage.value = { text: () => t('common.offline'), tone: 'error' };
    } finally {
      downloading.value = undefined;
    }
  }

  function recordedText(r: DecisionAnswer): string {
    const after = r.outcome && Object.hasOwn(AFTER, r.outcome) ? ` ${t(AFTER[r.outcome as keyof typeof AFTER])}` : '';
    return `${t('act.recordedOn', { decision: past(r.decision, speech), at: when(r.at) })}${after} ${t('act.canClose')}`;
  }

  /**
   * The page as the decision left the item: its status at once from the answer, then the history
   * with this decision in it from a fresh preview (the link still previews once used).
   */
  function showDecided(r: DecisionAnswer): void {
    const p = preview.value;
    if (!p || !token) return;
    preview.value = { ...p, status: r.status, choices: [], closed: { decidedBy: p.approver.email, decidedByName: p.approver.name, decision: r.decision, at: r.at, status: r.status } };
    void api('POST /actions/preview', { body: { token } })
      .then((answer) => {
        if (answer.ok) preview.value = answer.data;
      })
      .catch(() => undefined); // offline: the status shown is already the answer's
  }

  function choose(d: Decision): void {
    decision.value = d;
  }

  async function decide(): Promise<void> {
    const chosen = decision.value;
    const p = preview.value;
    if (busy.value || !chosen || !p || !token) return;
    commentError.value = undefined;
    const text = comment.value.trim();
    if (chosen === 'reject' && !text) return void (commentError.value = { text: () => t('act.reasonNeeded') });
    if (chosen === 'request_changes' && !text) return void (commentError.value = { text: () => t('act.changesNeeded') });
    busy.value = true;
    try {
      const body = { token, decision: chosen, ...(text ? { comment: text } : {}), snapshotHash: p.snapshotHash };
      const answer = await api('POST /actions/decide', { body, headers: { 'Idempotency-Key': idempotencyKey } });
      if (answer.ok) {
        formShown.value = false;
        const recorded = answer.data;
        tell(() => recordedText(recorded), 'ok', true);
        showDecided(recorded);
        return;
      }
      const { status, data } = answer;
      if (status === 409 && data.error === 'snapshot_changed') {
        formShown.value = false;
        // The content changed: what was chosen was chosen for the older one, so the form starts
        // again with nothing chosen (the comment stays).
        decision.value = undefined;
        tell(() => t('act.snapshotChanged'), 'warn', true);
        // Preview again in place: a reload would find no token (it left the address bar on load).
        offer.value = { text: () => t('common.reload'), run: load };
      } else if (status === 409 && data.error === 'no_place_left') {
        // Nothing was recorded and the link still decides: the office may allow a place beyond the
        // agreement's, or one may come free, and a rejection or a request for changes needs no place.
        tell(() => t('act.noPlaceLeft', { year: String(data.academicYear ?? ''), used: String(data.used ?? ''), planned: String(data.planned ?? '') }), 'warn', true);
      } else if (status === 409) {
        formShown.value = false;
        const closed = closedFrom(data);
        tell(() => closedText(closed), 'warn', true);
      } else if (status === 400) {
        const fields = Array.isArray(data.fields) ? data.fields : [];
        const forComment = fields.find((f) => f.path === 'comment');
        const other = () => fields.filter((f) => f !== forComment).map((f) => (f.path ? `${f.path}: ${fieldText(f.message)}` : fieldText(f.message)));
        tell(() => [t('act.checkInput'), ...other()].join(' — '), 'error', !forComment);
        if (forComment) commentError.value = { text: () => fieldText(forComment.message) };
      } else if (status === 404 || status === 410) {
        showGone(data);
      } else {
        tell(() => t('common.somethingWrongStatus', { status: String(status) }), 'error', true);
      }
    } catch {
      tell(() => t('act.offlineDecide'), 'error', true);
    } finally {
      busy.value = false;
    }
  }

  return {
    preview,
    title,
    message,
    offer,
    offerBusy,
    formShown,
    decision,
    comment,
    commentError,
    busy,
    documentsMessage,
    downloading,
    /** A comment is required for a rejection (its reason) and a request for changes (what to change). */
    needsComment: computed(() => decision.value === 'reject' || decision.value === 'request_changes'),
    load,
    choose,
    decide,
    download,
  };
}

export type Approval = ReturnType<typeof approval>;

// ---- the view ------------------------------------------------------------------------------

function StepDetails({ p }: { p: Preview }) {
  const st = p.step;
  // The preview's policy is the chain's (one approver decides, or all of them).
  const policy = t(st.policy === 'all' ? 'act.policyAll' : 'act.policyAny');
  return (
    <dl class="details" id="step">
      {/* step.index counts from 0 (the server's array index); people count from 1. */}
      <TermRow term={t('act.step')}>{t('act.stepOf', { n: st.index + 1, of: st.of, role: label(st.role) })}</TermRow>
      {policy ? <TermRow term={t('act.whoDecides')}>{policy}</TermRow> : null}
      {st.dueAt ? <TermRow term={t('act.due')}>{when(st.dueAt)}</TermRow> : null}
      {p.expiresAt ? <TermRow term={t('act.linkUntil')}>{when(p.expiresAt)}</TermRow> : null}
    </dl>
  );
}

function SubmittedContent({ p }: { p: Preview }) {
  const s = p.summary;
  const l = lang.value;
  const labels = s.labels;
  // The partner under its name in the page's language, as in the title.
  const partner = s.partner && { ...s.partner, name: s.partner.names[l] ?? s.partner.name };
  const rows = contentRows(p.kind, s.content as Content, speech, partner, {
    faculty: () => labels.names?.faculty?.[l] ?? labels.faculty,
    department: () => labels.names?.department?.[l] ?? labels.department,
    agreement: () => labels.agreement,
  });
  return (
    <dl class="details" id="content">
      <ContentTerms rows={rows} partnerProposed={Boolean(partner?.proposed)} />
    </dl>
  );
}

/** An incoming student's data for the invitation letter: shown to the approver here, never in their email. */
function InvitationData({ data }: { data: NonNullable<Preview['invitationData']> }) {
  return (
    <section class="card" aria-labelledby="invitation-heading">
      <h2 id="invitation-heading">{t('act.invitation')}</h2>
      <dl class="details" id="invitation-data">
        <dt>{t('act.nationality')}</dt>
        <dd>{data.nationality}</dd>
        <dt>{t('act.dateOfBirth')}</dt>
        <dd>{data.dateOfBirth}</dd>
        <dt>{t('act.passport')}</dt>
        <dd>
          {t('act.passportLine', { number: data.passportNumber, until: data.passportExpiry })}
          {data.warnings.length ? <span class="block warn"> {t('act.passportWarning')}</span> : null}
        </dd>
      </dl>
    </section>
  );
}

function Documents({ model, documents }: { model: Approval; documents: LinkedDocument[] }) {
  const kindName = (kind: string) => (DOCUMENT_KIND_WORDS[kind] ? t(DOCUMENT_KIND_WORDS[kind]!) : label(kind));
  return (
    <section class="card" aria-labelledby="documents-heading">
      <h2 id="documents-heading">{t('act.documents')}</h2>
      <ul class="list" id="documents">
        {documents.length ? (
          documents.map((d) => (
            <li key={d.id}>
              <button type="button" class="link" disabled={model.downloading.value === d.id} onClick={() => void model.download(d)}>
                {t('office.download', { name: d.fileName })}
              </button>
              <div class="muted">{t('act.documentMeta', { kind: kindName(d.kind), size: Math.max(1, Math.round(d.size / 1024)) })}</div>
            </li>
          ))
        ) : (
          <li class="muted">{t('act.noDocuments')}</li>
        )}
      </ul>
      <MessageBox id="documents-message" message={model.documentsMessage.value} focusable={false} />
    </section>
  );
}

function History({ events }: { events: Preview['history'] }) {
  return <HistoryList id="history" events={events} />;
}

function DecisionForm({ model }: { model: Approval }) {
  return (
    <section class="card" id="decision-section" aria-labelledby="decision-heading">
      <h2 id="decision-heading">{t('act.decisionHeading')}</h2>
      <LinkAnswerForm
        ids={{ form: 'decision-form', choices: 'decision', text: 'comment', button: 'decide-button' }}
        legend={t('act.chooseOne')}
        options={DECISIONS.map((d) => ({ value: d, label: decisionName(d) }))}
        chosen={model.decision.value}
        choose={model.choose}
        text={{ label: t('act.comment'), hint: t('act.commentHint'), value: model.comment.value, error: model.commentError.value?.text(), required: model.needsComment.value, onInput: (v) => (model.comment.value = v) }}
        busy={model.busy.value}
        send={() => void model.decide()}
      >
        {t('act.send')}
      </LinkAnswerForm>
    </section>
  );
}

function Item({ model, p }: { model: Approval; p: Preview }) {
  const s = p.summary;
  const deciding = p.choices.length > 0;
  return (
    <div id="item">
      <ul class="meta" id="meta">
        <li class="badge">{label(p.kind)}</li>
        <li class="badge">{p.reference}</li>
        <li class="badge">{label(p.status)}</li>
        <li class="muted">{t('act.submittedBy', { name: s.submitter.name, email: s.submitter.email })}</li>
      </ul>
      {/* Only while this link can still decide: after the decision (or on a used link) it is not deciding anything. */}
      {deciding ? (
        <p id="approver" class="muted">
          {t('act.decidingAs', { name: p.approver.name, email: p.approver.email })}
        </p>
      ) : null}

      <section class="card" aria-labelledby="step-heading">
        <h2 id="step-heading">{t('act.stepHeading')}</h2>
        <StepDetails p={p} />
      </section>

      <section class="card" aria-labelledby="content-heading">
        <h2 id="content-heading">{t('common.submitted')}</h2>
        <SubmittedContent p={p} />
      </section>

      {p.invitationData ? <InvitationData data={p.invitationData} /> : null}

      <Documents model={model} documents={p.documents} />

      {model.formShown.value ? <DecisionForm model={model} /> : null}

      <section class="card" aria-labelledby="history-heading">
        <h2 id="history-heading">{t('common.history')}</h2>
        <History events={p.history} />
      </section>
    </div>
  );
}

export function ActPage({ model }: { model: Approval }) {
  const heading = model.title.value();
  useTitle(heading);
  const offer = model.offer.value;
  const p = model.preview.value;
  return (
    <PageFrame>
      <h1 id="title">{heading}</h1>
      <MessageBox id="message" message={model.message.value} />
      <div id="actions">
        {offer ? (
          <ActionButton busy={model.offerBusy.value} onClick={() => void offer.run()}>
            {offer.text()}
          </ActionButton>
        ) : null}
      </div>
      {p ? <Item model={model} p={p} /> : null}
    </PageFrame>
  );
}
