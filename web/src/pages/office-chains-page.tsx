/**
 * The office console's approval chains (/office/chains; its entry is pages/office-chains.tsx): the
 * nomination chain and the memorandum chain, each an ordered list of steps (id, deciding role,
 * where the role is looked up, whether one approver or every holder decides, days to decide).
 * Admins move, add and remove steps by keyboard and save the whole chain with the version they
 * read; the international office reads.
 *
 * The chain is checked with the API's own schema (ChainUpdateSchema) before it is sent. The
 * server refuses a step nobody could ever resolve (400 with `steps.N.role` / `steps.N.scope` field
 * errors, shown on that step's field) and answers a saved chain with its `gaps`: places where a
 * step finds nobody yet, listed by faculty and department name. No error ever clears what the
 * admin typed; a chain someone else saved meanwhile (409) is shown only when the admin asks for
 * it. A change applies to submissions made from then on, and the page says so.
 */
import { signal, type Signal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { ChainUpdateSchema, DecidingPolicySchema, DecidingRoleSchema, type DecidingPolicy } from '../../../shared/schemas/directory';
import type { ApiBody } from '../../../shared/api-contract';
import { api, type ApiRefusalBody } from '../api';
import type { ChainView, Faculty } from '../api-types';
import { ConsoleFrame, type ConsoleAccess, type OfficeMember } from '../components/console-frame';
import { Field } from '../components/field';
import { useFocusRequest, type FocusRequest } from '../components/focus-request';
import { MessageBox, type Message } from '../components/message-box';
import { useTitle } from '../components/page';
import { day } from '../format';
import { problemAt, schemaProblems, serverProblems, type Place, type Problem } from '../form-problems';
import { label, lang, t, type Language } from '../i18n/live';
import { number } from '../i18n/numbers';

export type Chain = ChainView;
export type Kind = Chain['kind'];
type SavedStep = Chain['steps'][number];
export type StepScope = SavedStep['scope'];

export const KINDS: readonly Kind[] = ['nomination', 'memorandum'];
const ROLES = DecidingRoleSchema.options;
/** The schema's policies, the first (one approver decides) a new step's. */
const POLICIES = DecidingPolicySchema.options;
const PARTS = ['role', 'scope', 'policy', 'dueDays', 'id'] as const;
type Part = (typeof PARTS)[number];

/** A memorandum has no department: its steps are looked up in the initiating faculty or the university. */
export const scopesFor = (kind: Kind): StepScope[] => (kind === 'memorandum' ? ['faculty', 'university'] : ['department', 'faculty', 'university']);

/** The level a role is usually given at, chosen when the role is chosen (where the chain offers it). */
export function fittingScope(kind: Kind, role: string): StepScope {
  const fit: StepScope = role === 'head_of_department' ? 'department' : role === 'dean' || role === 'faculty_coordinator' ? 'faculty' : 'university';
  return scopesFor(kind).includes(fit) ? fit : 'faculty';
}

/** A step as the admin edits it: the days as typed (the schema words what is not a whole number); `key` follows it when it moves. */
export type DraftStep = { key: number; id: string; role: string; scope: StepScope; policy: DecidingPolicy; dueDays: string; /** The id follows the role until the admin types one. */ autoId: boolean };

/** What a chain's message box says, with the other version a 409 offers to show, or a link to sign in again (a 401). */
type ChainMessage = Message & { theirs?: Chain; signIn?: boolean };

export type ChainState = {
  /** As last read or saved: its version is what a save is based on. */
  saved: Chain;
  steps: DraftStep[];
  problems: Problem[];
  message?: ChainMessage;
  busy: boolean;
  /** What a move or a removal did, for those who cannot see the list change; not repeated in another language. */
  announced?: { text: () => string; lang: Language };
};

/** The page as a whole: being read, read, or not readable. */
type Load = { state: 'loading' } | { state: 'ready' } | { state: 'failed'; message: Message };

const ids = {
  heading: (kind: Kind) => `chain-${kind}-heading`,
  save: (kind: Kind) => `chain-${kind}-save`,
  addStep: (kind: Kind) => `chain-${kind}-add`,
  control: (kind: Kind, n: number, part: Part | 'up' | 'down' | 'remove') => `${kind}-step-${n}-${part}`,
};

/** An id for a new step from its role, unlike the chain's other steps' ids. */
export function freshId(steps: readonly DraftStep[], role: string, key: number): string {
  const base = (role || 'step').replaceAll('_', '-');
  const taken = new Set(steps.filter((s) => s.key !== key).map((s) => s.id.trim()));
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}

/** The steps as the API's `steps`; a days value that is not a whole number stays text, so the schema words it. */
export const readSteps = (steps: readonly DraftStep[]) =>
  steps.map((s) => {
    const days = s.dueDays.trim();
    return { id: s.id.trim(), role: s.role, scope: s.scope, policy: s.policy, dueDays: /^\d+$/.test(days) ? Number(days) : days };
  });

const refusal = (key: 'chains.failed' | 'chains.loadFailed', status: number, data: ApiRefusalBody): Message => ({
  text: () => `${t(key, { status: String(status) })}${data.requestId ? ` ${t('common.requestId', { id: data.requestId })}` : ''}`,
  tone: 'error',
});

/** The page's state and what changes it. */
export function officeChains() {
  const load = signal<Load>({ state: 'loading' });
  const faculties = signal<readonly Faculty[]>([]);
  const chains: Record<Kind, Signal<ChainState>> = {
    nomination: signal({ saved: { kind: 'nomination', steps: [], version: 0, gaps: [] }, steps: [], problems: [], busy: false }),
    memorandum: signal({ saved: { kind: 'memorandum', steps: [], version: 0, gaps: [] }, steps: [], problems: [], busy: false }),
  };
  /** The control to take the focus once the page has rendered what changed. */
  const focus = signal<FocusRequest | undefined>(undefined);
  let nextKey = 1;

  const draft = (s: SavedStep): DraftStep => ({ key: nextKey++, id: s.id, role: s.role, scope: s.scope, policy: s.policy, dueDays: String(s.dueDays), autoId: false });
  const update = (kind: Kind, change: Partial<ChainState>) => (chains[kind].value = { ...chains[kind].value, ...change });
  const show = (kind: Kind, saved: Chain, message?: ChainMessage) => update(kind, { saved, steps: saved.steps.map(draft), problems: [], ...(message ? { message } : {}), announced: undefined });
  const announce = (kind: Kind, text: () => string) => update(kind, { announced: { text, lang: lang.value } });

  async function start(): Promise<void> {
    try {
      const [list, facultyList] = await Promise.all([api('GET /chains'), api('GET /faculties')]);
      if (!list.ok) load.value = { state: 'failed', message: refusal('chains.loadFailed', list.status, list.data) };
      else if (!facultyList.ok) load.value = { state: 'failed', message: refusal('chains.loadFailed', facultyList.status, facultyList.data) };
      else {
        faculties.value = facultyList.data;
        for (const c of list.data) if (KINDS.includes(c.kind)) show(c.kind, c);
        load.value = { state: 'ready' };
      }
    } catch {
      load.value = { state: 'failed', message: { text: () => t('common.offlineReload'), tone: 'error' } };
    }
  }

  function addStep(kind: Kind): void {
    const steps = chains[kind].value.steps;
    update(kind, { steps: [...steps, { key: nextKey++, id: '', role: '', scope: 'university', policy: POLICIES[0]!, dueDays: '5', autoId: true }] });
    focus.value = { id: ids.control(kind, steps.length + 1, 'role') };
  }

  function edit(kind: Kind, key: number, change: Partial<DraftStep>): void {
    update(kind, { steps: chains[kind].value.steps.map((s) => (s.key === key ? { ...s, ...change } : s)) });
  }

  /** A role chosen: the level it is usually given at, and a new step's id after it. */
  function chooseRole(kind: Kind, key: number, role: string): void {
    const steps = chains[kind].value.steps;
    const step = steps.find((s) => s.key === key);
    edit(kind, key, { role, scope: fittingScope(kind, role), ...(step?.autoId ? { id: freshId(steps, role, key) } : {}) });
  }

  /** Moves a step one place up (-1) or down (+1); the focus stays on the step's move button, or its other one at an end. */
  function move(kind: Kind, key: number, by: -1 | 1): void {
    const steps = [...chains[kind].value.steps];
    const from = steps.findIndex((s) => s.key === key);
    const to = from + by;
    if (from < 0 || to < 0 || to >= steps.length) return;
    const [moved] = steps.splice(from, 1);
    steps.splice(to, 0, moved!);
    update(kind, { steps });
    const atEnd = by < 0 ? to === 0 : to === steps.length - 1;
    focus.value = { id: ids.control(kind, to + 1, atEnd ? (by < 0 ? 'down' : 'up') : by < 0 ? 'up' : 'down') };
    const n = to + 1;
    const total = steps.length;
    announce(kind, () => t('chains.moved', { role: label(moved!.role) || String(n), n, total }));
  }

  /** Removes a step; the focus goes to the step that took its place, or the one before, or to "add a step". */
  function remove(kind: Kind, key: number): void {
    const steps = chains[kind].value.steps;
    const at = steps.findIndex((s) => s.key === key);
    if (at < 0) return;
    const left = steps.filter((s) => s.key !== key);
    update(kind, { steps: left });
    focus.value = { id: left.length ? ids.control(kind, Math.min(at, left.length - 1) + 1, 'role') : ids.addStep(kind) };
    const n = at + 1;
    announce(kind, () => t('chains.removed', { n }));
  }

  /** Where a problem with `steps.N.part` is shown: on that step's field; a problem with the chain as a whole, in its message. */
  const place =
    (kind: Kind): Place =>
    (path) => {
      const m = /^steps\.(\d+)\.(\w+)$/.exec(path);
      if (!m || Number(m[1]) >= chains[kind].value.steps.length || !(PARTS as readonly string[]).includes(m[2]!)) return undefined;
      return { path, choice: m[2] === 'role' || m[2] === 'scope' || m[2] === 'policy' };
    };

  const bodyOf = (kind: Kind) => ({ steps: readSteps(chains[kind].value.steps), version: chains[kind].value.saved.version });
  const check = (kind: Kind) => schemaProblems(ChainUpdateSchema, bodyOf(kind), place(kind));

  /** Not saved: each problem on its field (the first takes the focus), the rest in the message; the edits stay. */
  function refuse(kind: Kind, problems: Problem[]): void {
    const marked = problems.filter((p) => p.placed);
    const unplaced = problems.filter((p) => !p.placed);
    update(kind, { problems, message: { text: () => [t(marked.length ? 'chains.notSaved' : 'chains.notSavedKept'), ...unplaced.map((p) => p.text())].join(' '), tone: 'error' } });
    const first = marked[0]?.path.match(/^steps\.(\d+)\.(\w+)$/);
    focus.value = first ? { id: ids.control(kind, Number(first[1]) + 1, first[2] as Part) } : { id: ids.save(kind), ifLost: true };
  }

  async function save(kind: Kind): Promise<void> {
    const problems = check(kind);
    if (problems.length) return refuse(kind, problems);
    update(kind, { problems: [], busy: true, message: { text: () => t('common.sending') } });
    try {
      // The steps as the schema just accepted them (checked above).
      const answer = await api('PUT /chains/:kind', { params: { kind }, body: bodyOf(kind) as ApiBody<'PUT /chains/:kind'> });
      if (answer.ok) {
        const gaps = (answer.data.gaps ?? []).length > 0;
        show(kind, answer.data, { text: () => t(gaps ? 'chains.savedWithGaps' : 'chains.saved'), tone: gaps ? 'warn' : 'ok' });
        // The save button is disabled while sending and cannot keep the focus: the chain's heading takes it.
        focus.value = { id: ids.heading(kind) };
        return;
      }
      const { status, data } = answer;
      if (status === 400) return refuse(kind, serverProblems(data, check(kind), place(kind)));
      if (status === 409 && data.error === 'chain_changed' && data.chain) {
        update(kind, { message: { text: () => t('chains.changed'), tone: 'warn', theirs: data.chain as Chain } });
      } else if (status === 403) update(kind, { message: { text: () => t('chains.forbidden'), tone: 'error' } });
      else if (status === 401) update(kind, { message: { text: () => t('form.sessionEnded'), tone: 'error', signIn: true } });
      else update(kind, { message: refusal('chains.failed', status, data) });
      focus.value = { id: ids.save(kind), ifLost: true };
    } catch {
      update(kind, { message: { text: () => t('common.offline'), tone: 'error' } });
      focus.value = { id: ids.save(kind), ifLost: true };
    } finally {
      update(kind, { busy: false });
    }
  }

  /** After a 409: their version shown instead of the admin's edits. */
  function showTheirs(kind: Kind, theirs: Chain): void {
    show(kind, theirs, { text: () => t('chains.showingTheirs') });
    focus.value = { id: ids.heading(kind) };
  }

  /** After a 409: the admin's edits saved over their version, knowingly (based on its version now). */
  function saveMine(kind: Kind, theirs: Chain): void {
    update(kind, { saved: { ...chains[kind].value.saved, version: theirs.version } });
    void save(kind);
  }

  return { load, faculties, chains, focus, start, addStep, edit, chooseRole, move, remove, save, showTheirs, saveMine };
}

export type OfficeChains = ReturnType<typeof officeChains>;

// ---- words --------------------------------------------------------------------------------

const localName = (place: { name: string; names?: Partial<Record<Language, string>> | undefined } | undefined) => place && (place.names?.[lang.value] ?? place.name);

/** A place a step finds nobody in: "Faculty of Physics / Department of Theoretical Physics". */
function placeName(faculties: readonly Faculty[], m: { faculty: string; department?: string | undefined }): string {
  if (!m.faculty) return t('chains.theUniversity');
  const faculty = faculties.find((f) => f.id === m.faculty);
  const name = localName(faculty) ?? m.faculty;
  if (!m.department) return name;
  return `${name} / ${localName(faculty?.departments?.find((d) => d.id === m.department)) ?? m.department}`;
}

const scopeText = (kind: Kind, scope: StepScope) => t(scope === 'faculty' && kind === 'memorandum' ? 'chains.scope.initiatingFaculty' : (`chains.scope.${scope}` as const));
const policyText = (policy: DecidingPolicy) => t(`chains.policy.${policy}`);

/**
 * Whether the chain is set up and when it was last changed. Its version number is what a save is
 * based on (the 409 on a stale one), not something the office reads.
 */
function versionText(chain: Chain): string {
  if (chain.version === 0) return t('chains.neverSaved');
  return chain.updatedAt ? t('chains.changedOn', { date: day(chain.updatedAt.slice(0, 10)) }) : t('chains.setUp');
}

// ---- the view -----------------------------------------------------------------------------

type SelectProps = { id: string; name: string; part: Part; caption: string; value: string; options: { value: string; text: string }[]; error: string | undefined; onChange: (value: string) => void };

function StepSelect({ id, name, part, caption, value, options, error, onChange }: SelectProps) {
  return (
    <Field id={id} label={caption} error={error}>
      {(control) => (
        <select {...control} name={name} data-part={part} value={value} onChange={(e) => onChange(e.currentTarget.value)}>
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.text}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

function StepRow({ model, kind, step, n, total, problems }: { model: OfficeChains; kind: Kind; step: DraftStep; n: number; total: number; problems: Problem[] }) {
  const at = (part: Part) => ({ id: ids.control(kind, n, part), name: `steps.${n - 1}.${part}`, part, error: problemAt(problems, `steps.${n - 1}.${part}`) });
  return (
    <li class="step">
      <fieldset>
        <legend>{t('chains.stepN', { n })}</legend>
        <div class="step-grid">
          <StepSelect
            {...at('role')}
            caption={t('chains.role')}
            value={step.role}
            options={[{ value: '', text: t('form.choose') }, ...ROLES.map((r) => ({ value: r, text: label(r) }))]}
            onChange={(role) => model.chooseRole(kind, step.key, role)}
          />
          <StepSelect {...at('scope')} caption={t('chains.scope')} value={step.scope} options={scopesFor(kind).map((s) => ({ value: s, text: scopeText(kind, s) }))} onChange={(scope) => model.edit(kind, step.key, { scope: scope as StepScope })} />
          <StepSelect {...at('policy')} caption={t('chains.policy')} value={step.policy} options={POLICIES.map((p) => ({ value: p, text: policyText(p) }))} onChange={(policy) => model.edit(kind, step.key, { policy: policy as DecidingPolicy })} />
          <Field id={at('dueDays').id} label={t('chains.dueDays')} error={at('dueDays').error}>
            {(control) => (
              <input
                {...control}
                type="number"
                name={at('dueDays').name}
                data-part="dueDays"
                min={1}
                max={60}
                step={1}
                inputMode="numeric"
                value={step.dueDays}
                onInput={(e) => model.edit(kind, step.key, { dueDays: e.currentTarget.value })}
              />
            )}
          </Field>
          <Field id={at('id').id} label={t('chains.stepId')} error={at('id').error}>
            {(control) => (
              <input
                {...control}
                type="text"
                name={at('id').name}
                data-part="id"
                maxLength={64}
                autocomplete="off"
                spellcheck={false}
                value={step.id}
                onInput={(e) => model.edit(kind, step.key, { id: e.currentTarget.value, autoId: false })}
              />
            )}
          </Field>
        </div>
        <div class="form-actions step-actions">
          <button type="button" class="secondary" id={ids.control(kind, n, 'up')} data-part="up" disabled={n === 1} onClick={() => model.move(kind, step.key, -1)}>
            {t('chains.moveUp', { n })}
          </button>
          <button type="button" class="secondary" id={ids.control(kind, n, 'down')} data-part="down" disabled={n === total} onClick={() => model.move(kind, step.key, 1)}>
            {t('chains.moveDown', { n })}
          </button>
          <button type="button" class="secondary" id={ids.control(kind, n, 'remove')} data-part="remove" onClick={() => model.remove(kind, step.key)}>
            {t('chains.remove', { n })}
          </button>
        </div>
      </fieldset>
    </li>
  );
}

/** A step as text, for the international office. */
function StepText({ kind, step, n }: { kind: Kind; step: SavedStep; n: number }) {
  return (
    <li class="step read-only">
      <h3>{t('item.stepN', { n, role: label(step.role) })}</h3>
      <p>{t('chains.stepSummary', { where: scopeText(kind, step.scope), policy: policyText(step.policy), days: number(step.dueDays), id: step.id })}</p>
    </li>
  );
}

function ChainForm({ model, kind, canEdit }: { model: OfficeChains; kind: Kind; canEdit: boolean }) {
  const c = model.chains[kind].value;
  const gaps = c.saved.gaps ?? [];
  const faculties = model.faculties.value;
  const theirs = c.message?.theirs;
  const count = canEdit ? c.steps.length : c.saved.steps.length;
  return (
    <form
      id={`chain-${kind}`}
      class="card chain"
      noValidate
      aria-labelledby={ids.heading(kind)}
      onSubmit={(e) => {
        e.preventDefault();
        if (canEdit) void model.save(kind);
      }}
    >
      <h2 id={ids.heading(kind)} class="chain-heading" tabIndex={-1}>
        {t(`chains.heading.${kind}`)}
      </h2>
      <p class="chain-version muted">{versionText(c.saved)}</p>
      {gaps.length ? (
        <div class="gaps" role="region" aria-labelledby={`chain-${kind}-gaps`}>
          <h3 id={`chain-${kind}-gaps`} class="gaps-heading">
            {t('chains.gapsHeading')}
          </h3>
          <p class="hint">{t('chains.gapsHint')}</p>
          <ul class="gap-list">
            {gaps.map((g) => (
              <li key={`${g.stepIndex}|${g.stepId}`}>{t('chains.gap', { n: g.stepIndex + 1, role: label(g.role), places: g.missing.map((m) => placeName(faculties, m)).join(', ') })}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {canEdit ? <p class="hint edit-only">{t('chains.stepsHint')}</p> : null}
      <ol class="step-list">
        {canEdit
          ? c.steps.map((s, i) => <StepRow key={s.key} model={model} kind={kind} step={s} n={i + 1} total={c.steps.length} problems={c.problems} />)
          : c.saved.steps.map((s, i) => <StepText key={s.id} kind={kind} step={s} n={i + 1} />)}
      </ol>
      {count ? null : <p class="no-steps muted">{t('chains.noSteps')}</p>}
      <p class="visually-hidden step-moved" role="status" aria-live="polite">
        {c.announced && c.announced.lang === lang.value ? c.announced.text() : ''}
      </p>
      {canEdit ? (
        <div class="form-actions edit-only">
          <button type="button" id={ids.addStep(kind)} class="secondary add-step" onClick={() => model.addStep(kind)}>
            {t('chains.addStep')}
          </button>
          <button type="submit" id={ids.save(kind)} class="save-chain" disabled={c.busy}>
            {t(`chains.save.${kind}`)}
          </button>
        </div>
      ) : null}
      <MessageBox message={c.message} focusable={false}>
        {theirs ? (
          <>
            {' '}
            <span class="inline-actions">
              <button type="button" class="secondary" onClick={() => model.showTheirs(kind, theirs)}>
                {t('chains.showTheirs')}
              </button>
              <button type="button" class="secondary" disabled={c.busy} onClick={() => model.saveMine(kind, theirs)}>
                {t('chains.saveMine')}
              </button>
            </span>
          </>
        ) : c.message?.signIn ? (
          <>
            {' '}
            <a href="/signin" target="_blank">
              {t('common.signIn')}
            </a>
          </>
        ) : null}
      </MessageBox>
    </form>
  );
}

function ChainsView({ model, member }: { model: OfficeChains; member: OfficeMember }) {
  useTitle(t('chains.title'));
  useEffect(() => {
    void model.start();
  }, [model]);
  useFocusRequest(model.focus.value);
  const canEdit = member.roles.includes('admin');
  const load = model.load.value;
  return (
    <>
      <h1 id="title">{t('chains.title')}</h1>
      <MessageBox id="message" message={load.state === 'failed' ? load.message : undefined} />
      {load.state === 'loading' ? <p class="muted">{t('common.loading')}</p> : null}
      {load.state === 'ready' ? (
        <div id="chains">
          <p class="notice">{t('chains.fromNow')}</p>
          {canEdit ? null : (
            <p id="read-only" class="muted">
              {t('chains.readOnly')}
            </p>
          )}
          <div id="chain-forms">
            {KINDS.map((kind) => (
              <ChainForm key={kind} model={model} kind={kind} canEdit={canEdit} />
            ))}
          </div>
        </div>
      ) : null}
    </>
  );
}

export function OfficeChainsPage({ model, access }: { model: OfficeChains; access?: ConsoleAccess }) {
  return (
    <ConsoleFrame current="chains" title={t('chains.title')} {...(access ? { access } : {})}>
      {(member) => <ChainsView model={model} member={member} />}
    </ConsoleFrame>
  );
}
