/**
 * The host faculty coordinator's page for an incoming student's study plan, on /act: their email's
 * link is `/act#t=<token>&k=study-plan&l=<language>` (pages/act.tsx picks this page by `k`). As on
 * the approver's page, loading it only asks the read-only `POST /api/study-plan-links/preview`;
 * nothing is pre-selected, and only pressing "Send answer" posts the decision, with the hash of
 * what was shown. `studyPlanApproval()` owns the signals; the component renders them.
 */
import { signal } from '@preact/signals';
import type * as z from 'zod';
import { api } from '../api';
import type * as SP from '../../../shared/schemas/study-plan-responses';
import { LinkAnswerForm } from '../components/link-answer-form';
import { MessageBox, type Message } from '../components/message-box';
import { PageFrame, useTitle } from '../components/page';
import { changeLine } from '../study-plan-words';
import { idempotencyKeyOf } from '../idempotency';
import { label, t, type MessageKey } from '../i18n/live';
import { when } from '../format';

type Preview = z.output<typeof SP.StudyPlanPreviewSchema>;
type Decision = 'approve' | 'request_changes';

const GONE: Record<string, MessageKey> = { link_replaced: 'plan.linkReplaced', link_expired: 'plan.linkExpired' };

export function studyPlanApproval(token: string | null) {
  const preview = signal<Preview | undefined>(undefined);
  const message = signal<Message | undefined>(undefined);
  const decision = signal<Decision | undefined>(undefined);
  const comment = signal('');
  const commentError = signal<string | undefined>(undefined);
  const busy = signal(false);
  const idempotencyKey = idempotencyKeyOf();

  const tell = (key: MessageKey, tone: Message['tone'], params?: Record<string, string | number>): void => {
    message.value = { text: () => t(key, params), tone, focus: true };
  };

  function refused(status: number, data: { error?: string; decision?: unknown; at?: unknown }) {
    if (status === 404) return tell('plan.linkInvalid', 'error');
    if (status === 410) return tell(GONE[data.error ?? ''] ?? 'plan.linkReplaced', 'warn');
    if (status === 409 && typeof data.decision === 'string') return tell('plan.closed', 'warn', { decision: t(data.decision === 'approve' ? 'plan.approve' : 'plan.requestChanges'), date: when(String(data.at ?? '')) });
    return tell('plan.failed', 'error', { status });
  }

  async function load(): Promise<void> {
    if (!token) return tell('plan.linkInvalid', 'error');
    const answer = await api('POST /study-plan-links/preview', { body: { token } });
    if (!answer.ok) return refused(answer.status, answer.data);
    preview.value = answer.data;
    const closed = answer.data.closed;
    if (closed) tell('plan.closed', 'warn', { decision: t(closed.decision === 'approve' ? 'plan.approve' : 'plan.requestChanges'), date: when(closed.at ?? '') });
  }

  async function send(): Promise<void> {
    const p = preview.value;
    if (!token || !p || !decision.value) return;
    if (decision.value === 'request_changes' && !comment.value.trim()) {
      commentError.value = t('plan.commentNeeded');
      return;
    }
    commentError.value = undefined;
    busy.value = true;
    try {
      const body = { token, decision: decision.value, snapshotHash: p.snapshotHash, ...(comment.value.trim() ? { comment: comment.value } : {}) };
      const answer = await api('POST /study-plan-links/answer', { body, headers: { 'idempotency-key': idempotencyKey } });
      if (!answer.ok) {
        if (answer.status === 400) commentError.value = t('plan.commentNeeded');
        else refused(answer.status, answer.data);
        return;
      }
      preview.value = { ...p, choices: [] };
      tell(answer.data.decision === 'approve' ? 'plan.answered.approve' : 'plan.answered.request_changes', 'ok', { version: answer.data.planVersion });
    } finally {
      busy.value = false;
    }
  }

  return { preview, message, decision, comment, commentError, busy, load, send };
}

export type StudyPlanApprovalModel = ReturnType<typeof studyPlanApproval>;

function PlanTable({ p }: { p: Preview['studyPlan'] }) {
  return (
    // Wider than a phone: it scrolls in its own box, never the page.
    <div class="table-scroll" role="region" aria-labelledby="approval-plan-heading" tabIndex={0}>
    <table id="approval-courses">
      <thead>
        <tr>
          <th scope="col">{t('plan.code')}</th>
          <th scope="col">{t('plan.title')}</th>
          <th scope="col">{t('plan.credits')}</th>
          <th scope="col">{t('plan.ects')}</th>
        </tr>
      </thead>
      <tbody>
        {p.plan.courses.map((c) => (
          <tr key={c.code}>
            <td>{c.code}</td>
            <td>{c.title}</td>
            <td>{c.creditSystem === 'local' ? `${c.credits} (${t('plan.system.local')})` : c.credits}</td>
            <td>{c.creditSystem === 'local' ? c.ectsCredits : c.credits}</td>
          </tr>
        ))}
      </tbody>
    </table>
    </div>
  );
}

export function StudyPlanApprovalPage({ model }: { model: StudyPlanApprovalModel }) {
  const p = model.preview.value;
  useTitle(t('plan.approveHeading'));
  return (
    <PageFrame>
      <h1 id="title">{t('plan.approveHeading')}</h1>
      <MessageBox id="message" message={model.message.value} />
      {p ? (
        <section class="card" id="approval-plan" aria-labelledby="approval-plan-heading">
          <h2 id="approval-plan-heading">{p.studyPlan.reference}</h2>
          <p>{t('plan.about', { nominee: p.studyPlan.nominee, home: p.studyPlan.homeInstitution, faculty: p.studyPlan.hostFaculty, year: p.studyPlan.academicYear, version: p.studyPlan.planVersion })}</p>
          <p class="muted">{label(p.studyPlan.plan.period)}</p>
          <PlanTable p={p.studyPlan} />
          <p id="approval-total">{t('plan.total', { ects: p.studyPlan.totals.ects, courses: p.studyPlan.totals.courses })}</p>
          {p.studyPlan.plan.note ? <p class="pre">{p.studyPlan.plan.note}</p> : null}
          {p.studyPlan.changes.length ? (
            <ul id="approval-changes">
              {p.studyPlan.changes.map((c, i) => (
                <li key={i}>{changeLine(c)}</li>
              ))}
            </ul>
          ) : null}
        </section>
      ) : null}
      {p && p.choices.length ? (
        <section class="card" aria-labelledby="approval-answer-heading">
          <h2 id="approval-answer-heading">{t('plan.yourAnswer')}</h2>
          <p class="muted">{t('plan.safe')}</p>
          <LinkAnswerForm
            ids={{ form: 'plan-answer-form', choices: 'plan-decision', text: 'plan-comment', button: 'plan-answer-send' }}
            legend={t('plan.yourAnswer')}
            options={[
              { value: 'approve' as const, label: t('plan.approve') },
              { value: 'request_changes' as const, label: t('plan.requestChanges') },
            ]}
            chosen={model.decision.value}
            choose={(v) => (model.decision.value = v)}
            text={{ label: t('plan.comment'), hint: t('plan.commentHint'), value: model.comment.value, error: model.commentError.value, required: model.decision.value === 'request_changes', onInput: (v) => (model.comment.value = v) }}
            busy={model.busy.value}
            send={() => void model.send()}
          >
            {t('plan.sendAnswer')}
          </LinkAnswerForm>
        </section>
      ) : null}
    </PageFrame>
  );
}
