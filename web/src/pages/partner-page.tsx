/**
 * The partner coordinator's page (entry: pages/partner.tsx), opened from the email that asks the
 * partner university to accept or decline an approved nomination (`/partner#t=<token>&l=<language>`).
 *
 * As on the approver's page, and for the same reason (mail scanners open links, some running
 * scripts), loading only calls the read-only `POST /api/partner-links/preview`; nothing is
 * pre-selected, and only a person pressing "Send answer" calls `POST /api/partner-links/answer`
 * with the snapshot hash of what was shown. The token leaves the page only inside POST bodies.
 *
 * `partnerAnswer()` owns the signals and the actions; `PartnerPage` renders them. Text is kept as
 * functions and worded at render time, so a switch of language renders again.
 */
import { computed, signal } from '@preact/signals';
import { api, type ApiRefusalBody } from '../api';
import { idempotencyKeyOf } from '../idempotency';
import { LinkAnswerForm } from '../components/link-answer-form';
import type { PartnerAnswerResult, PartnerPreview } from '../api-types';
import { ActionButton } from '../components/buttons';
import { MessageBox, type Message, type Tone } from '../components/message-box';
import { PageFrame, useTitle } from '../components/page';
import { TermRow } from '../components/term-row';
import { day, when } from '../format';
import { fieldText, label, lang, t } from '../i18n/live';
import type { SignatoryModel, SignatoryPart } from './partner-signatory';

/** The signatory's part, loaded only for a memorandum's link: a coordinator's page does not carry it. */
type SignatoryLoaded = { model: SignatoryModel; Part: typeof SignatoryPart };

type Answer = PartnerPreview['choices'][number];
type Closed = NonNullable<PartnerPreview['closed']>;
type Text = () => string;
type Offer = { text: Text; run: () => Promise<void> };

const ANSWERS: readonly Answer[] = ['accept', 'decline'];
const str = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

const answerWord = (accepted: boolean | undefined, decision?: string): string =>
  t(accepted === false || decision === 'decline' ? 'partnerLink.declined' : 'partnerLink.accepted');

/** What a closed link says: answered through it, answered by the office, or no longer waiting at all. */
function closedText(c: Closed | undefined, status: string | undefined): string {
  if (c?.decidedBy || c?.decidedByName) return t('partnerLink.answeredHere', { answer: answerWord(undefined, c.decision), by: c.decidedByName || c.decidedBy || '', at: when(c.at) });
  if (c?.answeredBy === 'office') return t('partnerLink.answeredByOffice', { answer: answerWord(c.accepted), at: when(c.at) });
  if (c?.answeredBy === 'partner') return t('partnerLink.answeredHere', { answer: answerWord(c.accepted), by: '—', at: when(c.at) });
  return t('partnerLink.noLongerWaiting', { status: label(c?.status ?? status) });
}

const closedFrom = (data: ApiRefusalBody): Closed => ({
  status: str(data.status),
  decidedBy: str(data.decidedBy),
  decidedByName: str(data.decidedByName),
  decision: str(data.decision),
  at: str(data.at),
  ...(typeof data.accepted === 'boolean' ? { accepted: data.accepted } : {}),
  ...(data.answeredBy === 'office' || data.answeredBy === 'partner' ? { answeredBy: data.answeredBy } : {}),
});

/** The page's state and what changes it, for the link's `token` (null: no token in the address). */
export function partnerAnswer(token: string | null) {
  const preview = signal<PartnerPreview | null>(null);
  const signatory = signal<SignatoryLoaded | null>(null);
  const title = signal<Text>(() => t('common.loading'));
  const message = signal<Message | undefined>(undefined);
  const offer = signal<Offer | undefined>(undefined);
  const formShown = signal(false);
  const answer = signal<Answer | undefined>(undefined);
  const reason = signal('');
  const reasonError = signal<{ text: Text } | undefined>(undefined);
  const busy = signal(false);
  const idempotencyKey = idempotencyKeyOf();

  const tell = (text: Text | undefined, tone: Tone = '', focus = false) => {
    message.value = text && { text, tone, focus };
  };

  function show(p: PartnerPreview): void {
    preview.value = p;
    title.value = () => t('partnerLink.title', { reference: p.reference });
    formShown.value = p.choices.length > 0 && !p.closed;
    if (formShown.value) tell(undefined);
    else tell(() => closedText(p.closed, p.status), 'warn');
  }

  function showGone(data: ApiRefusalBody, status: number): void {
    formShown.value = false;
    title.value = () => t(status === 404 ? 'act.titleInvalid' : data.error === 'link_expired' ? 'act.titleExpired' : 'act.titleReplaced');
    if (data.error === 'link_replaced') tell(() => t('partnerLink.replaced'), 'warn', true);
    else if (data.error === 'link_expired') tell(() => t('partnerLink.expired'), 'warn', true);
    else tell(() => t('partnerLink.invalid'), 'error', true);
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
      const res = await api('POST /partner-links/preview', { body: { token } });
      if (res.ok) {
        const data = res.data;
        if (data.kind === 'nomination') return show(data);
        // A memorandum's text for the partner's signatory: its own part of the page.
        const part = await import('./partner-signatory');
        signatory.value = { model: part.signatoryAnswer(token, data, load), Part: part.SignatoryPart };
        title.value = () => t('signLink.title', { reference: data.reference });
        return tell(undefined);
      }
      if (res.status === 404 || res.status === 410) return showGone(res.data, res.status);
      title.value = () => t('common.somethingWrong');
      tell(() => t('common.serverAnswered', { status: String(res.status) }), 'error');
      offer.value = { text: () => t('common.tryAgain'), run: load };
    } catch {
      title.value = () => t('act.titleCouldNotLoad');
      tell(() => t('act.offline'), 'error');
      offer.value = { text: () => t('common.tryAgain'), run: load };
    }
  }

  function showAnswered(r: PartnerAnswerResult): void {
    const p = preview.value;
    formShown.value = false;
    tell(() => t('partnerLink.recorded', { answer: answerWord(undefined, r.answer), at: when(r.at) }), 'ok', true);
    if (p) preview.value = { ...p, status: r.status, choices: [] };
  }

  async function send(): Promise<void> {
    const chosen = answer.value;
    const p = preview.value;
    if (busy.value || !chosen || !p || !token) return;
    reasonError.value = undefined;
    const text = reason.value.trim();
    if (chosen === 'decline' && !text) return void (reasonError.value = { text: () => t('partnerLink.reasonNeeded') });
    busy.value = true;
    try {
      const body = { token, answer: chosen, ...(text ? { reason: text } : {}), snapshotHash: p.snapshotHash };
      const res = await api('POST /partner-links/answer', { body, headers: { 'Idempotency-Key': idempotencyKey } });
      if (res.ok) return showAnswered(res.data);
      const { status, data } = res;
      if (status === 409 && data.error === 'snapshot_changed') {
        formShown.value = false;
        answer.value = undefined;
        tell(() => t('partnerLink.changed'), 'warn', true);
        offer.value = { text: () => t('common.reload'), run: load };
      } else if (status === 409) {
        formShown.value = false;
        const closed = closedFrom(data);
        tell(() => closedText(closed, closed.status), 'warn', true);
      } else if (status === 400) {
        const fields = Array.isArray(data.fields) ? data.fields : [];
        const forReason = fields.find((f) => f.path === 'reason');
        tell(() => t('act.checkInput'), 'error', !forReason);
        if (forReason) reasonError.value = { text: () => fieldText(forReason.message) };
      } else if (status === 404 || status === 410) showGone(data, status);
      else tell(() => t('common.somethingWrongStatus', { status: String(status) }), 'error', true);
    } catch {
      tell(() => t('act.offline'), 'error', true);
    } finally {
      busy.value = false;
    }
  }

  return {
    preview,
    signatory,
    title,
    message,
    offer,
    formShown,
    answer,
    reason,
    reasonError,
    busy,
    needsReason: computed(() => answer.value === 'decline'),
    load,
    choose: (a: Answer) => void (answer.value = a),
    send,
  };
}

export type PartnerAnswerModel = ReturnType<typeof partnerAnswer>;

// ---- the view ------------------------------------------------------------------------------

function languageName(code: string): string {
  try {
    return new Intl.DisplayNames([lang.value], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

function Nomination({ p }: { p: PartnerPreview }) {
  const n = p.nomination;
  const m = n.mobility;
  const dates = m.plannedStartDate && m.plannedEndDate ? `${day(m.plannedStartDate)} – ${day(m.plannedEndDate)}` : undefined;
  return (
    <dl class="details" id="content">
      <TermRow term={t('content.nominee')}>{n.nominee.name}</TermRow>
      <TermRow term={t('content.role')}>{label(n.nominee.role)}</TermRow>
      {n.nominee.studyLevel !== 'none' ? <TermRow term={t('content.studyLevel')}>{label(n.nominee.studyLevel)}</TermRow> : null}
      {n.nominee.faculty ? <TermRow term={t('content.facultyDepartment')}>{n.nominee.faculty}</TermRow> : null}
      <TermRow term={t(m.direction === 'incoming' ? 'partnerLink.hostUniversity' : 'partnerLink.university')}>{n.university}</TermRow>
      <TermRow term={t('content.partner')}>{n.partner.name}</TermRow>
      {n.agreement ? <TermRow term={t('content.agreement')}>{n.agreement.reference}</TermRow> : null}
      <TermRow term={t('content.direction')}>{t(m.direction === 'incoming' ? 'partnerLink.fromYou' : 'partnerLink.toYou', { university: n.university })}</TermRow>
      <TermRow term={t('content.programme')}>{label(m.programme)}</TermRow>
      <TermRow term={t('content.mobilityType')}>{label(m.mobilityType)}</TermRow>
      {m.format ? <TermRow term={t('content.format')}>{label(m.format)}</TermRow> : null}
      <TermRow term={t('content.academicYear')}>{m.academicYear}</TermRow>
      <TermRow term={t('content.period')}>{label(m.period)}</TermRow>
      {dates ? <TermRow term={t('content.plannedDates')}>{dates}</TermRow> : null}
      <TermRow term={t('content.language')}>{t('content.languageLevel', { language: languageName(m.language.code), code: m.language.code, level: m.language.level })}</TermRow>
      {m.subject ? <TermRow term={t('content.subject')}>{m.subject}</TermRow> : null}
      <TermRow term={t('partnerLink.linkUntil')}>{when(p.expiresAt)}</TermRow>
    </dl>
  );
}

function AnswerForm({ model }: { model: PartnerAnswerModel }) {
  return (
    <section class="card" id="answer-section" aria-labelledby="answer-heading">
      <h2 id="answer-heading">{t('partnerLink.answerHeading')}</h2>
      <p class="muted">{t('partnerLink.safe')}</p>
      <LinkAnswerForm
        ids={{ form: 'answer-form', choices: 'answer', text: 'reason', button: 'answer-button' }}
        legend={t('partnerLink.chooseOne')}
        options={ANSWERS.map((a) => ({ value: a, label: t(a === 'accept' ? 'partnerLink.accept' : 'partnerLink.decline') }))}
        chosen={model.answer.value}
        choose={model.choose}
        text={{ label: t('partnerLink.reason'), hint: t('partnerLink.reasonHint'), value: model.reason.value, error: model.reasonError.value?.text(), required: model.needsReason.value, onInput: (v) => (model.reason.value = v) }}
        busy={model.busy.value}
        send={() => void model.send()}
      >
        {t('partnerLink.send')}
      </LinkAnswerForm>
    </section>
  );
}

export function PartnerPage({ model }: { model: PartnerAnswerModel }) {
  const heading = model.title.value();
  useTitle(heading);
  const offer = model.offer.value;
  const p = model.preview.value;
  const signing = model.signatory.value;
  return (
    <PageFrame>
      <h1 id="title">{heading}</h1>
      <MessageBox id="message" message={model.message.value} />
      {offer ? (
        <div id="actions">
          <ActionButton busy={false} onClick={() => void offer.run()}>
            {offer.text()}
          </ActionButton>
        </div>
      ) : null}
      {signing ? <signing.Part model={signing.model} /> : null}
      {p ? (
        <div id="item">
          <p id="intro">{t('partnerLink.intro', { university: p.nomination.university, partner: p.nomination.partner.name })}</p>
          {model.formShown.value ? (
            <p id="answering-as" class="muted">
              {t('partnerLink.answeringAs', { name: p.contact.name, email: p.contact.email })}
            </p>
          ) : null}
          <section class="card" aria-labelledby="content-heading">
            <h2 id="content-heading">{t('partnerLink.nomination')}</h2>
            <Nomination p={p} />
          </section>
          {model.formShown.value ? <AnswerForm model={model} /> : null}
        </div>
      ) : null}
    </PageFrame>
  );
}
