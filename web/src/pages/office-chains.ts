/**
 * The office console's approval chains (/office/chains): the nomination chain and the memorandum
 * chain, each an ordered list of steps (id, deciding role, where the role is looked up, whether
 * one approver or every holder decides, days to decide). Admins move, add and remove steps by
 * keyboard and save the whole chain with the version they read; the international office reads.
 *
 * The server refuses a step nobody could ever resolve (400 with `steps.N.role` / `steps.N.scope`
 * field errors, shown on that step's field) and answers a saved chain with its `gaps`: places
 * where a step finds nobody yet, a warning the page lists by faculty and department name. No
 * error ever clears what the admin typed; a chain someone else saved meanwhile (409) is shown
 * only when the admin asks for it. A change applies to submissions made from then on: items
 * already in review keep the steps they started with, and the page says so.
 */
import { ChainUpdateSchema, DecidingPolicySchema, DecidingRoleSchema, type DecidingPolicy } from '../../../shared/schemas/directory';
import type { ApiBody } from '../../../shared/api-contract';
import { api } from '../api';
import type { ChainView, Faculty } from '../api-types';
import { byId, el, listOf, requestIdOf, say, signInLink } from '../dom';
import { addMessages, day, label, localName, number, onLanguageChange, setText, t, translatePage } from '../i18n';
import { schemaProblems, serverProblems, type Worded } from '../field-words';
import { ADMIN_MESSAGES } from '../i18n/admin-messages';
import { allRead, clearFieldErrors, labelledField, options, showFieldErrors, startOfficePage } from '../office';

type Chain = ChainView;
type Kind = Chain['kind'];
type Step = Chain['steps'][number];
type StepScope = Step['scope'];

const KINDS: Kind[] = ['nomination', 'memorandum'];
const ROLES = DecidingRoleSchema.options;
/** The schema's policies, the first (one approver decides) a new step's. */
const POLICIES = DecidingPolicySchema.options;
/** A memorandum has no department: its steps are looked up in the initiating faculty or the university. */
const scopesFor = (kind: Kind): StepScope[] => (kind === 'memorandum' ? ['faculty', 'university'] : ['department', 'faculty', 'university']);
/** The level a role is usually given at, chosen when the role is chosen (where the chain offers it). */
function fittingScope(kind: Kind, role: string): StepScope {
  const fit: StepScope = role === 'head_of_department' ? 'department' : role === 'dean' ? 'faculty' : 'university';
  return scopesFor(kind).includes(fit) ? fit : 'faculty';
}

let faculties: Faculty[] = [];
let canEdit = false;
/** Each chain as last read or saved: its version is what a save is based on. */
const chains = new Map<Kind, Chain>();

const formOf = (kind: Kind) => byId<HTMLFormElement>(`chain-${kind}`);
const boxOf = (kind: Kind) => formOf(kind).querySelector<HTMLElement>(':scope > .message')!;
const rowsOf = (kind: Kind) => [...formOf(kind).querySelectorAll<HTMLElement>('.step')];
const part = <T extends HTMLElement = HTMLSelectElement>(row: HTMLElement, key: string) => row.querySelector<T>(`[data-part="${key}"]`)!;

// ---- names --------------------------------------------------------------------------------

const facultyOf = (id: string) => faculties.find((f) => f.id === id);

/** A place a step finds nobody in: "Faculty of Physics / Department of Theoretical Physics". */
function placeName(m: { faculty: string; department?: string }): string {
  if (!m.faculty) return t('chains.theUniversity');
  const faculty = facultyOf(m.faculty);
  if (!m.department) return localName(faculty) ?? m.faculty;
  return `${localName(faculty) ?? m.faculty} / ${localName(faculty?.departments?.find((d) => d.id === m.department)) ?? m.department}`;
}

const scopeText = (kind: Kind, scope: StepScope) => t(scope === 'faculty' && kind === 'memorandum' ? 'chains.scope.initiatingFaculty' : (`chains.scope.${scope}` as const));
const policyText = (policy: DecidingPolicy) => t(`chains.policy.${policy}`);

// ---- a step's row (admins) ------------------------------------------------------------------

/** A step's field, its control and caption found by `key` when the steps are numbered (numberSteps). */
function field(key: string, caption: () => string, control: HTMLElement): HTMLElement {
  control.dataset.part = key;
  const box = labelledField(control, caption);
  box.querySelector('label')!.dataset.for = key;
  return box;
}

function choices(items: { value: string; text: () => string }[], placeholder?: () => string): HTMLSelectElement {
  const s = el('select');
  options(s, items, placeholder);
  return s;
}

/** An id for a new step from its role, unlike the chain's other steps' ids. */
function freshId(kind: Kind, role: string, row: HTMLElement): string {
  const base = (role || 'step').replaceAll('_', '-');
  const taken = new Set(rowsOf(kind).filter((r) => r !== row).map((r) => part<HTMLInputElement>(r, 'id').value.trim()));
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}

/** Says what a move or a removal did, for those who cannot see the list change. */
function announce(kind: Kind, text: string): void {
  const live = formOf(kind).querySelector<HTMLElement>('.step-moved')!;
  live.textContent = text;
}

/** Step `n` (1-based) in every id, name, caption and button of the row; the first cannot move up, the last down. */
function numberSteps(kind: Kind): void {
  const rows = rowsOf(kind);
  rows.forEach((row, i) => {
    const n = i + 1;
    row.dataset.n = String(n);
    for (const c of row.querySelectorAll<HTMLInputElement | HTMLSelectElement>('input[data-part], select[data-part]')) {
      c.name = `steps.${i}.${c.dataset.part}`;
      c.id = `${kind}-step-${n}-${c.dataset.part}`;
      const l = row.querySelector<HTMLLabelElement>(`label[data-for="${c.dataset.part}"]`);
      if (l) l.htmlFor = c.id;
    }
    part<HTMLButtonElement>(row, 'up').disabled = i === 0;
    part<HTMLButtonElement>(row, 'down').disabled = i === rows.length - 1;
    translatePage(row);
  });
  formOf(kind).querySelector<HTMLElement>('.no-steps')!.hidden = rows.length > 0;
}

/** Moves a step one place up (-1) or down (+1); the focus stays on the step's move button, or its other one at an end. */
function move(kind: Kind, row: HTMLElement, by: -1 | 1, button: HTMLButtonElement): void {
  const rows = rowsOf(kind);
  const at = rows.indexOf(row);
  const other = rows[at + by];
  if (!other) return;
  if (by < 0) other.before(row);
  else other.after(row);
  numberSteps(kind);
  (button.disabled ? part<HTMLButtonElement>(row, by < 0 ? 'down' : 'up') : button).focus();
  announce(kind, t('chains.moved', { role: label(part(row, 'role').value) || row.dataset.n!, n: row.dataset.n!, total: rows.length }));
}

function addStep(kind: Kind, step?: Step): HTMLElement {
  const row = el('li', undefined, 'step');
  const group = el('fieldset');
  const legend = el('legend');
  setText(legend, () => t('chains.stepN', { n: row.dataset.n ?? '' }));

  const id = el('input');
  id.type = 'text';
  id.maxLength = 64;
  id.autocomplete = 'off';
  id.spellcheck = false;
  const role = choices(
    ROLES.map((r) => ({ value: r, text: () => label(r) })),
    () => t('form.choose'),
  );
  const scope = choices(scopesFor(kind).map((s) => ({ value: s, text: () => scopeText(kind, s) })));
  const policy = choices(POLICIES.map((p) => ({ value: p, text: () => policyText(p) })));
  const due = el('input');
  due.type = 'number';
  due.min = '1';
  due.max = '60';
  due.step = '1';
  due.inputMode = 'numeric';

  const grid = el('div', undefined, 'step-grid');
  grid.append(
    field('role', () => t('chains.role'), role),
    field('scope', () => t('chains.scope'), scope),
    field('policy', () => t('chains.policy'), policy),
    field('dueDays', () => t('chains.dueDays'), due),
    field('id', () => t('chains.stepId'), id),
  );

  const actions = el('div', undefined, 'form-actions step-actions');
  const button = (key: string, text: () => string) => {
    const b = el('button', undefined, 'secondary');
    b.type = 'button';
    b.dataset.part = key;
    setText(b, text);
    actions.append(b);
    return b;
  };
  const up = button('up', () => t('chains.moveUp', { n: row.dataset.n ?? '' }));
  const down = button('down', () => t('chains.moveDown', { n: row.dataset.n ?? '' }));
  const remove = button('remove', () => t('chains.remove', { n: row.dataset.n ?? '' }));
  group.append(legend, grid, actions);
  row.append(group);
  formOf(kind).querySelector('.step-list')!.append(row);

  role.value = step?.role ?? '';
  scope.value = step?.scope ?? 'university';
  policy.value = step?.policy ?? POLICIES[0]!;
  due.value = String(step?.dueDays ?? 5);
  id.value = step?.id ?? '';
  // A new step's id follows its role until the admin types one of their own.
  if (!step) row.dataset.autoId = '';
  id.addEventListener('input', () => delete row.dataset.autoId);
  role.addEventListener('change', () => {
    scope.value = fittingScope(kind, role.value);
    if ('autoId' in row.dataset) id.value = freshId(kind, role.value, row);
  });
  up.addEventListener('click', () => move(kind, row, -1, up));
  down.addEventListener('click', () => move(kind, row, 1, down));
  remove.addEventListener('click', () => {
    const rows = rowsOf(kind);
    const at = rows.indexOf(row);
    const n = row.dataset.n!;
    row.remove();
    numberSteps(kind);
    // The focus goes to the step that took its place, or the one before, or to "add a step".
    const next = rowsOf(kind)[Math.min(at, rows.length - 2)];
    (next ? part(next, 'role') : formOf(kind).querySelector<HTMLButtonElement>('.add-step')!).focus();
    announce(kind, t('chains.removed', { n }));
  });
  numberSteps(kind);
  return row;
}

/** The steps as the API's `steps`; a days value that is not a whole number stays text, so the schema words it. */
function readSteps(kind: Kind): Record<string, unknown>[] {
  return rowsOf(kind).map((row) => {
    const days = part<HTMLInputElement>(row, 'dueDays').value.trim();
    return {
      id: part<HTMLInputElement>(row, 'id').value.trim(),
      role: part(row, 'role').value,
      scope: part(row, 'scope').value,
      policy: part(row, 'policy').value,
      dueDays: /^\d+$/.test(days) ? Number(days) : days,
    };
  });
}

// ---- a step as text (the international office) ----------------------------------------------

function stepText(kind: Kind, step: Step, n: number): HTMLElement {
  const row = el('li', undefined, 'step read-only');
  const h = el('h3');
  setText(h, () => t('item.stepN', { n, role: label(step.role) }));
  const p = el('p');
  setText(p, () =>
    t('chains.stepSummary', { where: scopeText(kind, step.scope), policy: policyText(step.policy), days: number(step.dueDays), id: step.id }),
  );
  row.append(h, p);
  return row;
}

// ---- one chain ----------------------------------------------------------------------------

/** The places each step of the saved chain finds nobody in. */
function showGaps(kind: Kind): void {
  const chain = chains.get(kind)!;
  const form = formOf(kind);
  const gaps = chain.gaps ?? [];
  const list = form.querySelector('.gap-list')!;
  list.replaceChildren();
  for (const g of gaps) {
    const li = el('li');
    setText(li, () => t('chains.gap', { n: g.stepIndex + 1, role: label(g.role), places: g.missing.map(placeName).join(', ') }));
    list.append(li);
  }
  form.querySelector<HTMLElement>('.gaps')!.hidden = gaps.length === 0;
}

/**
 * Whether the chain is set up and when it was last changed. Its version number is what a save is
 * based on (the 409 on a stale one), not something the office reads.
 */
function showVersion(kind: Kind): void {
  const chain = chains.get(kind)!;
  const changed = chain.updatedAt;
  setText(formOf(kind).querySelector('.chain-version')!, () =>
    chain.version === 0 ? t('chains.neverSaved') : changed ? t('chains.changedOn', { date: day(changed.slice(0, 10)) }) : t('chains.setUp'),
  );
}

/** The chain's steps as saved: editable rows for admins, text for the office. */
function showSteps(kind: Kind): void {
  const chain = chains.get(kind)!;
  const form = formOf(kind);
  clearFieldErrors(form);
  form.querySelector('.step-list')!.replaceChildren();
  if (canEdit) for (const step of chain.steps) addStep(kind, step);
  else form.querySelector('.step-list')!.append(...chain.steps.map((s, i) => stepText(kind, s, i + 1)));
  form.querySelector<HTMLElement>('.no-steps')!.hidden = chain.steps.length > 0;
  showVersion(kind);
  showGaps(kind);
}

/** The chain checked with the API's own schema, each problem worded in the current language. */
const validate = (kind: Kind): Worded[] => schemaProblems(formOf(kind), ChainUpdateSchema, { steps: readSteps(kind), version: chains.get(kind)!.version });

function showProblems(kind: Kind, problems: Worded[]): void {
  const unplaced = showFieldErrors(formOf(kind), problems);
  // "See the marked fields" only when a field is marked (a chain with no step marks none).
  const marked = unplaced.length < problems.length;
  say(boxOf(kind), () => [t(marked ? 'chains.notSaved' : 'chains.notSavedKept'), ...unplaced].join(' '), 'error');
}

/** Someone else saved the chain meanwhile: the admin's edits stay; they choose to see the other version or to save over it. */
function sayChanged(kind: Kind, current: Chain): void {
  const box = boxOf(kind);
  say(box, () => t('chains.changed'), 'warn');
  const actions = el('span', undefined, 'inline-actions');
  const show = el('button', undefined, 'secondary');
  show.type = 'button';
  setText(show, () => t('chains.showTheirs'));
  show.addEventListener('click', () => {
    chains.set(kind, current);
    showSteps(kind);
    say(box, () => t('chains.showingTheirs'));
    formOf(kind).querySelector<HTMLElement>('.chain-heading')!.focus();
  });
  const keep = el('button', undefined, 'secondary');
  keep.type = 'button';
  setText(keep, () => t('chains.saveMine'));
  keep.addEventListener('click', () => {
    // Based on their version now, so the save replaces it knowingly; their gaps are no longer news.
    chains.set(kind, { ...chains.get(kind)!, version: current.version });
    void save(kind);
  });
  actions.append(show, keep);
  box.append(' ', actions);
}

async function save(kind: Kind): Promise<void> {
  const form = formOf(kind);
  const box = boxOf(kind);
  const button = form.querySelector<HTMLButtonElement>('.save-chain')!;
  clearFieldErrors(form);
  const problems = validate(kind);
  if (problems.length) return showProblems(kind, problems);
  say(box, () => t('common.sending'));
  button.disabled = true;
  try {
    // The steps as the schema just accepted them (validate above).
    const body = { steps: readSteps(kind) as ApiBody<'PUT /chains/:kind'>['steps'], version: chains.get(kind)!.version };
    const answer = await api('PUT /chains/:kind', { params: { kind }, body });
    if (answer.ok) {
      const saved = answer.data;
      chains.set(kind, saved);
      showSteps(kind);
      say(box, () => t((saved.gaps ?? []).length ? 'chains.savedWithGaps' : 'chains.saved'), (saved.gaps ?? []).length ? 'warn' : 'ok');
      // The button is still disabled here and cannot take the focus: the chain's heading does, as the agreement page's sections do.
      form.querySelector<HTMLElement>('.chain-heading')!.focus();
      return;
    }
    const { status, data } = answer;
    if (status === 400) {
      showProblems(kind, serverProblems(formOf(kind), data, validate(kind)));
    } else if (status === 409 && data.error === 'chain_changed' && data.chain) {
      sayChanged(kind, data.chain as Chain);
    } else if (status === 403) {
      say(box, () => t('chains.forbidden'), 'error');
    } else if (status === 401) {
      say(box, () => t('form.sessionEnded'), 'error');
      signInLink(box, true);
    } else {
      say(box, () => `${t('chains.failed', { status: String(status) })}${requestIdOf(data)}`, 'error');
    }
  } catch {
    say(box, () => t('common.offline'), 'error');
  } finally {
    button.disabled = false;
    // Disabled while sending, the button dropped the focus to the page's start (a refusal that marks no field, a failure).
    if (document.activeElement === document.body) button.focus();
  }
}

function buildForm(kind: Kind): HTMLFormElement {
  const template = byId<HTMLTemplateElement>('chain-template');
  const form = template.content.firstElementChild!.cloneNode(true) as HTMLFormElement;
  form.id = `chain-${kind}`;
  const heading = form.querySelector<HTMLElement>('.chain-heading')!;
  heading.id = `chain-${kind}-heading`;
  form.setAttribute('aria-labelledby', heading.id);
  setText(heading, () => t(`chains.heading.${kind}` as const));
  const gapsHeading = form.querySelector<HTMLElement>('.gaps-heading')!;
  gapsHeading.id = `chain-${kind}-gaps`;
  form.querySelector<HTMLElement>('.gaps')!.setAttribute('aria-labelledby', gapsHeading.id);
  form.querySelector<HTMLElement>('.gaps')!.setAttribute('role', 'region');
  setText(form.querySelector('.save-chain')!, () => t(`chains.save.${kind}` as const));
  translatePage(form);
  byId('chain-forms').append(form);
  if (canEdit) {
    form.querySelector('.add-step')!.addEventListener('click', () => part(addStep(kind), 'role').focus());
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      void save(kind);
    });
  } else {
    for (const part of form.querySelectorAll<HTMLElement>('.edit-only')) part.hidden = true;
    form.addEventListener('submit', (e) => e.preventDefault());
  }
  return form;
}

async function load(): Promise<boolean> {
  const [list, facultyList] = await Promise.all([api('GET /chains'), api('GET /faculties')]);
  faculties = listOf(facultyList);
  for (const c of listOf(list)) if (KINDS.includes(c.kind)) chains.set(c.kind, c);
  return allRead('chains.loadFailed', list, facultyList);
}

addMessages(ADMIN_MESSAGES);
startOfficePage('chains.title', async (me) => {
  canEdit = me.roles.includes('admin');
  if (!(await load())) return;
  for (const kind of KINDS) {
    if (!chains.has(kind)) chains.set(kind, { kind, steps: [], version: 0, gaps: [] });
    buildForm(kind);
    showSteps(kind);
  }
  byId('read-only').hidden = canEdit;
  byId('chains').hidden = false;
  // Texts set with setText follow the language by themselves; the moved-step notice is not repeated.
  onLanguageChange(() => {
    for (const kind of KINDS) announce(kind, '');
  });
});
