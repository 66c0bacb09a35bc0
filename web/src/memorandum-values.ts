/**
 * What the memorandum form holds, and what is made of it: the texts of its controls by their
 * path in the JSON body (`coordinator.email`, `proposedPartner.city`), the scope ticked, the
 * open end, whether its partner is proposed rather than chosen, and the conditions' rows as typed
 * (condition-rows.ts). From these: the body the API takes, the problems the API's own schema
 * finds in it (one per field, worded in the reader's language when shown), the server's field
 * errors placed on the same controls, and the draft kept on this device.
 *
 * The draft keeps the shape the older form kept, `{fields, checked, conditions}`
 * under `hamkor.draft.memorandum:<email>`, boxes by `name=value` or `#id`: a draft saved by
 * either form is put back by this one, and signing out forgets it with the others (device.ts).
 */
import { fieldMessage, issueMessage, type IssueLike } from '../../shared/i18n/validation';
import { DEFAULT_PAIR } from '../../shared/memorandum-pair';
import { AgreementKindSchema, CooperationScopeSchema, MemorandumInputSchema } from '../../shared/schemas/agreement';
import { MemorandumSubmissionSchema } from '../../shared/schemas/memorandum-submission';
import type { Me } from './api-types';
import { conditionControlId, conditionOf, conditionRow, num, type Condition, type ConditionRow } from './condition-rows';
import { exactCountry } from './country-match';
import { lang, t, type MessageKey } from './i18n/live';
import { PARTNER_WORDS } from './partner-words';

/** Each text or choice control: its element id (the e2e tests and the labels use them), its caption's words, its hint's, and whether it is a choice. */
export const CONTROLS = {
  partnerId: { id: 'm-partner', caption: 'form.partner', choice: true },
  kind: { id: 'm-kind', caption: 'form.kind', choice: true },
  startDate: { id: 'm-start', caption: 'form.startDate', choice: false },
  endDate: { id: 'm-end', caption: 'form.endDate', choice: false },
  'coordinator.name': { id: 'm-coord-name', caption: 'form.name', choice: false },
  'coordinator.email': { id: 'm-coord-email', caption: 'form.email', choice: false },
  initiatingFaculty: { id: 'm-faculty', caption: 'form.initiatingFaculty', choice: true },
  summary: { id: 'm-summary', caption: 'form.summary', hint: 'form.summaryHint', choice: false },
  researchAreas: { id: 'm-research', caption: 'form.researchAreas', hint: 'form.researchAreasHint', choice: false },
  jointLaboratories: { id: 'm-labs', caption: 'form.jointLaboratories', hint: 'form.jointLaboratoriesHint', choice: false },
  textLanguage: { id: 'm-text-language', caption: 'form.textLanguage', hint: 'form.textLanguageHint', choice: true },
  'proposedPartner.name': { id: 'm-pp-name', caption: 'partners.name', hint: 'partners.nameHint', choice: false },
  'proposedPartner.names.ru': { id: 'm-pp-ru', caption: 'partners.nameRu', hint: 'partners.optional', choice: false },
  'proposedPartner.names.uz': { id: 'm-pp-uz', caption: 'partners.nameUz', hint: 'partners.optional', choice: false },
  'proposedPartner.country': { id: 'm-pp-country', caption: 'partners.country', hint: 'partners.countryHint', choice: false },
  'proposedPartner.city': { id: 'm-pp-city', caption: 'partners.city', choice: false },
  'proposedPartner.website': { id: 'm-pp-website', caption: 'partners.website', hint: 'partners.websiteHint', choice: false },
  'proposedPartner.erasmusCode': { id: 'm-pp-erasmus', caption: 'partners.erasmusCode', hint: 'partners.erasmusHint', choice: false },
  'proposedPartner.contacts.0.name': { id: 'm-pp-contact-name', caption: 'form.name', choice: false },
  'proposedPartner.contacts.0.email': { id: 'm-pp-contact-email', caption: 'form.email', choice: false },
} as const satisfies Record<string, { id: string; caption: MessageKey; hint?: MessageKey; choice: boolean }>;

export type ControlName = keyof typeof CONTROLS;
const NAMES = Object.keys(CONTROLS) as ControlName[];

/** The kinds and scopes the API takes, in its order (the first kind is a new memorandum's). */
export const KINDS = AgreementKindSchema.options;
export const SCOPES = CooperationScopeSchema.options;
/** A scope's box: the first one is where the scope's error is read and its summary link lands. */
export const scopeId = (scope: string) => `m-scope-${scope}`;

export type MemorandumValues = {
  fields: Record<ControlName, string>;
  scope: string[];
  openEnded: boolean;
  /** The partner proposed (`proposedPartner`) rather than chosen from the registry (`partnerId`). */
  propose: boolean;
  conditions: ConditionRow[];
  /** The joint or double-degree programmes, as typed. */
  programmes: ProgrammeRow[];
};

/** A programme as typed; `key` tells rows apart while they are added and removed. */
export type ProgrammeRow = { key: number; name: string; field: string; eqfLevel: string; degreeHome: string; degreePartner: string; placesPerYear: string };
export const PROGRAMME_PARTS = ['name', 'field', 'eqfLevel', 'degreeHome', 'degreePartner', 'placesPerYear'] as const;
export type ProgrammePart = (typeof PROGRAMME_PARTS)[number];
const PROGRAMME_CAPTIONS: Record<ProgrammePart, MessageKey> = {
  name: 'form.progName',
  field: 'form.progField',
  eqfLevel: 'form.progEqf',
  degreeHome: 'form.progDegreeHome',
  degreePartner: 'form.progDegreePartner',
  placesPerYear: 'form.progPlaces',
};
/** A programme's control: `m-p2-degreeHome` (rows count from 1), the same in both forms, as a condition's. */
export const programmeControlId = (n: number, part: ProgrammePart) => `m-p${n}-${part}`;

let nextProgramme = 1;
/** A new programme row, filled from a stored programme when given. */
export function programmeRow(p: Record<string, unknown> = {}): ProgrammeRow {
  const text = (v: unknown) => (v === undefined || v === null ? '' : String(v));
  return { key: nextProgramme++, name: text(p.name), field: text(p.field), eqfLevel: text(p.eqfLevel), degreeHome: text(p.degreeHome), degreePartner: text(p.degreePartner), placesPerYear: text(p.placesPerYear) };
}

/** A row as the API's programme: the numbers as numbers where they are ones (else as typed, for the schema to word). */
function programmeOf(row: ProgrammeRow): Record<string, unknown> {
  const places = row.placesPerYear.trim();
  return {
    name: row.name.trim(),
    field: row.field.trim(),
    eqfLevel: row.eqfLevel === '' ? undefined : num(row.eqfLevel),
    degreeHome: row.degreeHome.trim(),
    degreePartner: row.degreePartner.trim(),
    ...(places ? { placesPerYear: num(places) } : {}),
  };
}

/** "0533; thin films" as the list it is: separated by semicolons or lines (a name may hold a comma). */
const listOf = (text: string) =>
  text
    .split(/[;\n]/)
    .map((s) => s.trim())
    .filter(Boolean);

/** A new memorandum: the first kind, the signed-in person's own faculty, its text in English with Russian (DEFAULT_PAIR), nothing else. */
export function blankMemorandum(me: Pick<Me, 'faculty'>): MemorandumValues {
  const fields = Object.fromEntries(NAMES.map((n) => [n, ''])) as Record<ControlName, string>;
  return { fields: { ...fields, kind: KINDS[0] ?? '', initiatingFaculty: me.faculty ?? '', textLanguage: DEFAULT_PAIR }, scope: [], openEnded: false, propose: false, conditions: [], programmes: [] };
}

const at = (content: unknown, path: string) => path.split('.').reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined), content);

/** Stored content (a memorandum sent back for changes) as the form's values. */
export function valuesOf(content: Record<string, unknown>, me: Pick<Me, 'faculty'>): MemorandumValues {
  const blank = blankMemorandum(me);
  // Content that names no pair stays so (it is printed with Russian, and the select shows that): sent back as it was.
  const fields = { ...blank.fields, textLanguage: '' };
  for (const n of NAMES) {
    const value = at(content, n);
    if (Array.isArray(value)) fields[n] = value.join('; ');
    else if (value !== undefined && value !== null) fields[n] = String(value);
  }
  const conditions = Array.isArray(content.cooperationConditions) ? (content.cooperationConditions as Condition[]) : [];
  return {
    fields,
    scope: Array.isArray(content.scope) ? content.scope.filter((s): s is string => typeof s === 'string') : [],
    openEnded: content.endDate === null,
    propose: false,
    conditions: conditions.filter((c) => c && typeof c === 'object').map((c) => conditionRow(c)),
    programmes: Array.isArray(content.degreeProgrammes) ? (content.degreeProgrammes as unknown[]).filter((p): p is Record<string, unknown> => !!p && typeof p === 'object').map((p) => programmeRow(p)) : [],
  };
}

/**
 * The JSON body from the values: text trimmed but the summary's (its paragraphs are the
 * submitter's; the schema trims it), the scope in the form's order, no end for an open-ended
 * memorandum, and either the partner chosen or the one proposed, whose optional fields left
 * empty are left out rather than sent empty (the schema refuses "").
 */
export function bodyOf(values: MemorandumValues): Record<string, unknown> {
  const f = (name: ControlName) => (name === 'summary' ? values.fields[name] : values.fields[name].trim());
  const body: Record<string, unknown> = {
    kind: f('kind'),
    scope: SCOPES.filter((s) => values.scope.includes(s)),
    cooperationConditions: values.conditions.map(conditionOf),
    startDate: f('startDate'),
    endDate: values.openEnded ? null : f('endDate'),
    coordinator: { name: f('coordinator.name'), email: f('coordinator.email') },
    initiatingFaculty: f('initiatingFaculty'),
    summary: f('summary'),
  };
  // Optional lists: sent only when there is something in them, as a memorandum without them was.
  if (values.programmes.length) body.degreeProgrammes = values.programmes.map(programmeOf);
  const research = listOf(values.fields.researchAreas);
  if (research.length) body.researchAreas = research;
  const labs = listOf(values.fields.jointLaboratories);
  if (labs.length) body.jointLaboratories = labs;
  if (f('textLanguage')) body.textLanguage = f('textLanguage');
  if (!values.propose) return { partnerId: f('partnerId'), ...body };
  const country = f('proposedPartner.country');
  const names = Object.fromEntries((['ru', 'uz'] as const).flatMap((l) => (f(`proposedPartner.names.${l}`) ? [[l, f(`proposedPartner.names.${l}`)]] : [])));
  const contact = { name: f('proposedPartner.contacts.0.name'), email: f('proposedPartner.contacts.0.email') };
  const proposedPartner: Record<string, unknown> = {
    name: f('proposedPartner.name'),
    names,
    country: exactCountry(country) ?? country,
    city: f('proposedPartner.city'),
    website: f('proposedPartner.website'),
    contacts: contact.name || contact.email ? [contact] : [],
  };
  if (f('proposedPartner.erasmusCode')) proposedPartner.erasmusCode = f('proposedPartner.erasmusCode');
  return { ...body, proposedPartner };
}

// ---- where a problem is shown --------------------------------------------------------------

/** Where a path's problem is shown: the path it is kept under, the control it is read on, that control's caption, and whether it is a choice. */
export type Place = { path: string; id: string; caption: () => string; choice: boolean };

const CONDITION_PARTS: Record<string, MessageKey> = {
  sender: 'form.condDirection',
  type: 'form.condType',
  mobilitiesPerYear: 'form.condPlaces',
  totalMonthsPerYear: 'form.condMonths',
  subjectAreas: 'form.condSubjects',
  eqfLevels: 'form.condEqf',
  academicYears: 'form.condYears',
  blended: 'form.condBlended',
};

/** A condition's path (`cooperationConditions.1.languages.0`) placed on its row's control. */
function conditionPlace(i: number, rest: string[]): Place | undefined {
  const n = i + 1;
  const [part, k, leaf] = rest;
  if (!part) return undefined;
  if (part === 'languages') {
    const slot = Number(k ?? 0);
    const which = leaf === 'level' ? 'level' : 'code';
    const key = `languages.${slot}.${which}`;
    return { path: `cooperationConditions.${i}.${key}`, id: conditionControlId(n, key), caption: () => t(which === 'level' ? 'form.condCefr' : 'form.condLanguage', { n, k: String(slot + 1) }), choice: which === 'level' };
  }
  const caption = CONDITION_PARTS[part];
  if (!caption) return undefined;
  const id = part === 'eqfLevels' ? `m-c${n}-eqf-5` : conditionControlId(n, part);
  return { path: `cooperationConditions.${i}.${part}`, id, caption: () => t(caption, { n }), choice: part === 'sender' || part === 'type' || part === 'eqfLevels' };
}

/** Groups whose own problems are read on one of their controls. */
const GROUPS: Record<string, ControlName> = {
  coordinator: 'coordinator.name',
  proposedPartner: 'proposedPartner.name',
  'proposedPartner.names': 'proposedPartner.names.ru',
  'proposedPartner.contacts': 'proposedPartner.contacts.0.name',
  'proposedPartner.contacts.0': 'proposedPartner.contacts.0.name',
};

/** The control a path belongs to (its nearest named ancestor), or none: a problem of the whole form. */
export function placeOf(path: string): Place | undefined {
  const parts = path.split('.');
  if (parts[0] === 'cooperationConditions' && parts.length > 2) return conditionPlace(Number(parts[1]), parts.slice(2));
  if (parts[0] === 'degreeProgrammes' && parts.length > 2 && (PROGRAMME_PARTS as readonly string[]).includes(parts[2]!)) {
    const n = Number(parts[1]) + 1;
    const part = parts[2] as ProgrammePart;
    return { path: parts.slice(0, 3).join('.'), id: programmeControlId(n, part), caption: () => t(PROGRAMME_CAPTIONS[part], { n }), choice: part === 'eqfLevel' };
  }
  if (parts[0] === 'scope') return { path: 'scope', id: scopeId(SCOPES[0] ?? ''), caption: () => t('form.scope'), choice: true };
  for (let p = path; p; p = p.includes('.') ? p.slice(0, p.lastIndexOf('.')) : '') {
    const name = (p in CONTROLS ? p : GROUPS[p]) as ControlName | undefined;
    if (name) return { path: name, id: CONTROLS[name].id, caption: () => t(CONTROLS[name].caption), choice: CONTROLS[name].choice };
  }
  return undefined;
}

/** A problem: the path it is kept under (its control's, when it has one), and its words in the reader's language. */
export type FieldProblem = { path: string; message: () => string };

/** The schema a submission is checked with: a resubmission keeps its partner (PUT takes MemorandumInputSchema). */
const schemaOf = (resubmission: boolean) => (resubmission ? MemorandumInputSchema : MemorandumSubmissionSchema);

/**
 * The values checked with the API's own schema: one problem per place. A field left empty says
 * so ("Fill this in", "Choose one"); the partner schema's own messages in the partner form's words.
 */
export function problemsOf(values: MemorandumValues, resubmission = false): FieldProblem[] {
  const body = bodyOf(values);
  const problems = new Map<string, FieldProblem>();
  for (const issue of schemaOf(resubmission).safeParse(body).error?.issues ?? []) {
    const raw = issue.path.map(String).join('.');
    const place = placeOf(raw);
    const path = place?.path ?? raw;
    if (problems.has(path)) continue;
    const value = at(body, raw);
    const empty = value === undefined || value === '' || (Array.isArray(value) && value.length === 0);
    const partnerWords = PARTNER_WORDS[issue.message];
    problems.set(path, {
      path,
      message: () => (!empty && partnerWords ? t(partnerWords) : issueMessage(issue as IssueLike, lang.value, { choice: place?.choice ?? false, empty })),
    });
  }
  return [...problems.values()];
}

/**
 * The server's field errors: a field the schema also refuses in the schema's words; the API's own
 * checks (a partner that does not exist) by their text.
 */
export function serverProblems(values: MemorandumValues, fields: { path: string; message: string }[], resubmission = false): FieldProblem[] {
  const local = new Map(problemsOf(values, resubmission).map((p) => [p.path, p]));
  const problems = new Map<string, FieldProblem>();
  for (const f of fields) {
    const path = placeOf(f.path)?.path ?? f.path;
    if (!problems.has(path)) problems.set(path, local.get(path) ?? { path, message: () => fieldMessage(f.message, lang.value) });
  }
  return [...problems.values()];
}

// ---- the draft on this device -------------------------------------------------------------

type Saved = { fields: Record<string, string>; checked: string[]; conditions: Condition[]; programmes?: Record<string, unknown>[] };

const OPEN = '#m-open';
const PROPOSE = '#m-propose';

/** The values a saved draft holds, over a new form's; null when there is none. */
export function readDraft(key: string, blank: MemorandumValues): MemorandumValues | null {
  try {
    const value: unknown = JSON.parse(localStorage.getItem(key) ?? 'null');
    if (!value || typeof value !== 'object' || Array.isArray(value)) return null;
    const v = value as Partial<Record<keyof Saved, unknown>>;
    // A draft saved before boxes and conditions were kept is its fields alone.
    const source = (v.fields && typeof v.fields === 'object' ? v.fields : value) as Record<string, unknown>;
    const checked = Array.isArray(v.checked) ? v.checked.filter((c): c is string => typeof c === 'string') : [];
    const conditions = Array.isArray(v.conditions) ? (v.conditions as unknown[]).filter((c): c is Condition => !!c && typeof c === 'object') : [];
    const fields = { ...blank.fields };
    for (const n of NAMES) if (typeof source[n] === 'string') fields[n] = source[n] as string;
    return {
      fields,
      scope: SCOPES.filter((s) => checked.includes(`scope=${s}`)),
      openEnded: checked.includes(OPEN),
      propose: checked.includes(PROPOSE),
      conditions: conditions.map((c) => conditionRow(c)),
      programmes: Array.isArray(v.programmes) ? (v.programmes as unknown[]).filter((p): p is Record<string, unknown> => !!p && typeof p === 'object').map((p) => programmeRow(p)) : [],
    };
  } catch {
    return null;
  }
}

/** Saves the values, or forgets the draft when nothing differs from a new form. */
export function saveDraft(key: string, values: MemorandumValues, blank: MemorandumValues): void {
  const checked = [...values.scope.map((s) => `scope=${s}`), ...(values.openEnded ? [OPEN] : []), ...(values.propose ? [PROPOSE] : [])];
  const untouched = !checked.length && !values.conditions.length && !values.programmes.length && NAMES.every((n) => values.fields[n] === blank.fields[n]);
  try {
    if (untouched) localStorage.removeItem(key);
    else localStorage.setItem(key, JSON.stringify({ fields: values.fields, checked, conditions: values.conditions.map(conditionOf), programmes: values.programmes.map(({ key: _key, ...typed }) => typed) } satisfies Saved));
  } catch {
    /* storage blocked or full: no draft, the form still works */
  }
}

export function forgetDraft(key: string): void {
  try {
    localStorage.removeItem(key);
  } catch {
    /* storage blocked: nothing was kept */
  }
}
