/**
 * An incoming nomination's study plan, on the item's page: the courses as an editable table (rows
 * added and removed), the total ECTS, the plan's status, "send for approval", and every version
 * with what changed. `studyPlanSection()` owns the signals and the calls; the components render
 * them. The rules (credits, repeated codes, versions) are the server's (shared/workflow/study-plan.ts):
 * what it refuses is listed here by course and field.
 */
import { computed, signal } from '@preact/signals';
import type * as z from 'zod';
import { api } from '../api';
import type { ApiBody } from '../../../shared/api-contract';
import type * as SP from '../../../shared/schemas/study-plan-responses';
import { day, when } from '../format';
import { fieldText, label, t, type MessageKey } from '../i18n/live';
import { useEffect, useMemo } from 'preact/hooks';
import { MessageBox, type Message } from './message-box';
import { changeLine, type FieldChange } from '../study-plan-words';

type Plan = z.output<typeof SP.StudyPlanViewSchema>;
type Versions = z.output<typeof SP.StudyPlanVersionListSchema>;
type CreditSystem = 'ects' | 'local';
/** What a save sends; its credits may be text as typed (see `asNumber`), for the server to refuse by course. */
type SaveBody = ApiBody<'PUT /nominations/:id/study-plan'>;

/** A row as typed: credits stay text until they are sent, so "six" reaches the server and its word about it. */
type Row = { code: string; title: string; credits: string; creditSystem: CreditSystem; ectsCredits: string };

const PERIODS = ['first_semester', 'second_semester', 'full_year', 'summer', 'short_term'] as const;
type Period = (typeof PERIODS)[number];

const emptyRow = (): Row => ({ code: '', title: '', credits: '', creditSystem: 'ects', ectsCredits: '' });
const asNumber = (text: string): number | string => (text.trim() !== '' && Number.isFinite(Number(text.replace(',', '.'))) ? Number(text.replace(',', '.')) : text);

export function studyPlanSection(nominationId: string, period: string) {
  const plan = signal<Plan | undefined>(undefined);
  const versions = signal<Versions | undefined>(undefined);
  const rows = signal<Row[]>([emptyRow()]);
  const chosenPeriod = signal<Period>((PERIODS as readonly string[]).includes(period) ? (period as Period) : 'first_semester');
  const note = signal('');
  const message = signal<Message | undefined>(undefined);
  const problems = signal<string[]>([]);
  const busy = signal(false);

  const total = computed(() => {
    const ects = rows.value.reduce((sum, r) => {
      const n = Number((r.creditSystem === 'ects' ? r.credits : r.ectsCredits).replace(',', '.'));
      return Number.isFinite(n) ? sum + n : sum;
    }, 0);
    return Math.round(ects * 100) / 100;
  });

  function show(p: Plan) {
    plan.value = p;
    const c = p.version.content;
    chosenPeriod.value = c.period;
    note.value = c.note ?? '';
    rows.value = c.courses.map((x) => ({ code: x.code, title: x.title, credits: String(x.credits), creditSystem: x.creditSystem, ectsCredits: x.ectsCredits === undefined ? '' : String(x.ectsCredits) }));
  }

  async function load(): Promise<void> {
    const [read, listed] = await Promise.all([
      api('GET /nominations/:id/study-plan', { params: { id: nominationId } }),
      api('GET /nominations/:id/study-plan/versions', { params: { id: nominationId } }),
    ]);
    if (read.ok) show(read.data);
    if (listed.ok) versions.value = listed.data;
  }

  /** A refusal in words: its field errors by course ("Course 2: Credits must be a number"), else its message. */
  function refused(status: number, data: { message?: string; fields?: { path: string; message: string }[] }) {
    const fields = data.fields ?? [];
    problems.value = fields.map((f) => {
      const m = /^courses\.(\d+)\.?/.exec(f.path);
      return m ? `${t('plan.row', { n: Number(m[1]) + 1 })}: ${fieldText(f.message)}` : fieldText(f.message);
    });
    message.value = { text: () => (fields.length ? t('plan.fixFields') : (data.message ?? t('plan.failed', { status }))), tone: 'error', focus: true };
  }

  async function save(): Promise<void> {
    busy.value = true;
    problems.value = [];
    try {
      const body = {
        period: chosenPeriod.value,
        courses: rows.value.map((r) => ({
          code: r.code,
          title: r.title,
          credits: asNumber(r.credits),
          creditSystem: r.creditSystem,
          ...(r.creditSystem === 'local' ? { ectsCredits: asNumber(r.ectsCredits) } : {}),
        })),
        ...(note.value.trim() ? { note: note.value } : {}),
        revision: plan.value?.revision ?? 0,
      };
      // The credits go as typed when they are not a number: the server's refusal names the course.
      const answer = await api('PUT /nominations/:id/study-plan', { params: { id: nominationId }, body: body as SaveBody });
      if (!answer.ok) return refused(answer.status, answer.data);
      show(answer.data);
      message.value = { text: () => t('plan.saved', { version: answer.data.current }), tone: 'ok', focus: true };
      const listed = await api('GET /nominations/:id/study-plan/versions', { params: { id: nominationId } });
      if (listed.ok) versions.value = listed.data;
    } finally {
      busy.value = false;
    }
  }

  async function send(): Promise<void> {
    busy.value = true;
    problems.value = [];
    try {
      const answer = await api('POST /nominations/:id/study-plan/send', { params: { id: nominationId } });
      if (!answer.ok) return refused(answer.status, answer.data);
      plan.value = answer.data;
      message.value = { text: () => t('plan.sentNow', { name: answer.data.sentTo?.name ?? '' }), tone: 'ok', focus: true };
    } finally {
      busy.value = false;
    }
  }

  const setRow = (i: number, change: Partial<Row>) => (rows.value = rows.value.map((r, j) => (j === i ? { ...r, ...change } : r)));
  const addRow = () => (rows.value = [...rows.value, emptyRow()]);
  const removeRow = (i: number) => (rows.value = rows.value.length > 1 ? rows.value.filter((_, j) => j !== i) : [emptyRow()]);

  return { plan, versions, rows, chosenPeriod, note, message, problems, busy, total, load, save, send, setRow, addRow, removeRow };
}

export type StudyPlanModel = ReturnType<typeof studyPlanSection>;

function StatusLine({ plan }: { plan: Plan }) {
  const v = plan.version;
  return (
    <div id="study-plan-status">
      <p>
        <span class="badge">{t('plan.status', { version: plan.current, status: t(`plan.status.${plan.status}` as MessageKey) })}</span>
      </p>
      {plan.status === 'sent' && plan.sentTo ? <p class="muted">{t('plan.sentTo', { name: plan.sentTo.name, date: when(plan.sentTo.at) })}</p> : null}
      {v.approval ? <p class="muted">{t('plan.approvedBy', { name: v.approval.name, date: when(v.approval.at) })}</p> : null}
      {v.changesRequested ? (
        <p class="muted">
          {t('plan.changesBy', { name: v.changesRequested.name, date: when(v.changesRequested.at) })} «{v.changesRequested.comment}»
        </p>
      ) : null}
    </div>
  );
}

function CourseRow({ model, row, i }: { model: StudyPlanModel; row: Row; i: number }) {
  const n = i + 1;
  return (
    <tr>
      <td>
        <input id={`plan-code-${i}`} aria-label={`${t('plan.code')} ${n}`} value={row.code} maxLength={30} onInput={(e) => model.setRow(i, { code: e.currentTarget.value })} />
      </td>
      <td>
        <input id={`plan-title-${i}`} aria-label={`${t('plan.title')} ${n}`} value={row.title} maxLength={300} onInput={(e) => model.setRow(i, { title: e.currentTarget.value })} />
      </td>
      <td>
        <input id={`plan-credits-${i}`} aria-label={`${t('plan.credits')} ${n}`} inputMode="decimal" size={5} value={row.credits} onInput={(e) => model.setRow(i, { credits: e.currentTarget.value })} />
      </td>
      <td>
        <select id={`plan-system-${i}`} aria-label={`${t('plan.system')} ${n}`} value={row.creditSystem} onChange={(e) => model.setRow(i, { creditSystem: e.currentTarget.value as CreditSystem })}>
          <option value="ects">{t('plan.system.ects')}</option>
          <option value="local">{t('plan.system.local')}</option>
        </select>
      </td>
      <td>
        {row.creditSystem === 'local' ? (
          <input id={`plan-ects-${i}`} aria-label={`${t('plan.ects')} ${n}`} inputMode="decimal" size={5} value={row.ectsCredits} onInput={(e) => model.setRow(i, { ectsCredits: e.currentTarget.value })} />
        ) : (
          <span class="muted">—</span>
        )}
      </td>
      <td>
        <button type="button" class="secondary" id={`plan-remove-${i}`} aria-label={t('plan.removeCourse', { n })} onClick={() => model.removeRow(i)}>
          {t('plan.remove')}
        </button>
      </td>
    </tr>
  );
}

function VersionList({ versions }: { versions: Versions }) {
  return (
    <details id="study-plan-versions" open={versions.versions.length > 1}>
      <summary>{t('plan.versions')}</summary>
      <ol reversed>
        {[...versions.versions].reverse().map((v) => (
          <li key={v.number} id={`study-plan-version-${v.number}`}>
            <div>{t('plan.versionLine', { version: v.number, who: v.savedBy.name, date: when(v.savedAt) })}</div>
            {v.approval ? <div class="muted">{t('plan.approvedBy', { name: v.approval.name, date: day(v.approval.at.slice(0, 10)) })}</div> : null}
            {v.changes.length ? (
              <ul>
                {v.changes.map((c, i) => (
                  <li key={i}>{changeLine(c)}</li>
                ))}
              </ul>
            ) : null}
          </li>
        ))}
      </ol>
    </details>
  );
}

export function StudyPlanSection({ model }: { model: StudyPlanModel }) {
  const plan = model.plan.value;
  const rows = model.rows.value;
  return (
    <section class="card" id="study-plan" aria-labelledby="study-plan-heading">
      <h2 id="study-plan-heading">{t('plan.heading')}</h2>
      <p class="muted">{t('plan.intro')}</p>
      {plan ? <StatusLine plan={plan} /> : <p class="muted">{t('plan.none')}</p>}
      <MessageBox id="study-plan-message" message={model.message.value} />
      {model.problems.value.length ? (
        <ul id="study-plan-problems" class="error">
          {model.problems.value.map((p, i) => (
            <li key={i}>{p}</li>
          ))}
        </ul>
      ) : null}
      <form
        id="study-plan-form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void model.save();
        }}
      >
        <div class="field">
          <label for="plan-period">{t('plan.period')}</label>
          <select id="plan-period" value={model.chosenPeriod.value} onChange={(e) => (model.chosenPeriod.value = e.currentTarget.value as Period)}>
            {PERIODS.map((p) => (
              <option key={p} value={p}>
                {label(p)}
              </option>
            ))}
          </select>
        </div>
        <div class="table-scroll" role="region" aria-labelledby="study-plan-heading" tabIndex={0}>
        <table id="study-plan-courses">
          <thead>
            <tr>
              <th scope="col">{t('plan.code')}</th>
              <th scope="col">{t('plan.title')}</th>
              <th scope="col">{t('plan.credits')}</th>
              <th scope="col">{t('plan.system')}</th>
              <th scope="col">{t('plan.ects')}</th>
              <th scope="col">
                <span class="visually-hidden">{t('plan.remove')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row, i) => (
              <CourseRow key={i} model={model} row={row} i={i} />
            ))}
          </tbody>
        </table>
        </div>
        <p>
          <button type="button" class="secondary" id="plan-add" onClick={model.addRow}>
            {t('plan.add')}
          </button>
        </p>
        <p id="study-plan-total">{t('plan.total', { ects: model.total.value, courses: rows.length })}</p>
        <div class="field">
          <label for="plan-note">{t('plan.note')}</label>
          <textarea id="plan-note" maxLength={2000} value={model.note.value} onInput={(e) => (model.note.value = e.currentTarget.value)} />
        </div>
        <p>
          <button type="submit" id="plan-save" disabled={model.busy.value}>
            {t('plan.save')}
          </button>{' '}
          {plan && plan.status !== 'approved' ? (
            <button type="button" class="secondary" id="plan-send" disabled={model.busy.value} onClick={() => void model.send()}>
              {t('plan.send')}
            </button>
          ) : null}
        </p>
      </form>
      {model.versions.value ? <VersionList versions={model.versions.value} /> : null}
    </section>
  );
}

/**
 * The section for one nomination, as the item's page places it: its model made once per
 * nomination, and its plan read when it first shows.
 */
export function StudyPlanCard({ nominationId, period }: { nominationId: string; period: string }) {
  const model = useMemo(() => studyPlanSection(nominationId, period), [nominationId]);
  useEffect(() => {
    void model.load();
  }, [model]);
  return <StudyPlanSection model={model} />;
}
