/**
 * What changed in an agreement, in the office's words. The API's field-by-field diff names a
 * change by its path in the content (`cooperationConditions.0.mobilitiesPerYear`,
 * `coordinator.email`, `endDate`); a person reads "Condition 1: places a year", "Coordinator:
 * email", "End date", and the values as the agreement's page shows them elsewhere: a mobility
 * type or a scope by its name, a date as a date, a whole condition as the conditions list
 * words it, an open end as "Open-ended".
 *
 * Pure: the words come in as a `Wording` (the page passes its `t`, `label`, `day`, `number` and
 * `list`; a unit test its own, in each language), so nothing here reads the page's state.
 */
// The module file, not shared/workflow's index: the page needs this one pure rule only.
import { isMaterial } from '../../shared/workflow/versions';
import { DEFAULT_PAIR } from '../../shared/memorandum-pair';
import type { MessageKey } from './i18n/messages';

export type Wording = {
  t: (key: MessageKey, params?: Record<string, string | number | undefined>) => string;
  /** A stored code (kind, scope, mobility type) as people say it. */
  label: (code: string) => string;
  /** A calendar date, `YYYY-MM-DD`. */
  day: (isoDate: string) => string;
  number: (n: number) => string;
  /** "a, b and c". */
  list: (items: string[]) => string;
  /** An ISO 639-1 code as the language's name ("ru" → "Russian", «русский»). */
  language: (code: string) => string;
  /** Names the page knows for ids; without them the id is shown. */
  partner?: (id: string) => string | undefined;
  faculty?: (id: string) => string | undefined;
};

/** The content's fields, in the words of the memorandum form and the agreement's own page. */
const FIELDS: Record<string, MessageKey> = {
  partnerId: 'content.partner',
  kind: 'content.kind',
  scope: 'content.scope',
  startDate: 'form.startDate',
  endDate: 'form.endDate',
  coordinator: 'content.coordinator',
  initiatingFaculty: 'content.initiatingFaculty',
  summary: 'content.summary',
  cooperationConditions: 'content.conditions',
  degreeProgrammes: 'content.degreeProgrammes',
  researchAreas: 'content.researchAreas',
  jointLaboratories: 'content.jointLaboratories',
  textLanguage: 'content.textLanguage',
};

const COORDINATOR_PARTS: Record<string, MessageKey> = { name: 'diff.part.name', email: 'diff.part.email' };

/** A cooperation condition's parts, said after "Condition n:". */
const CONDITION_PARTS: Record<string, MessageKey> = {
  type: 'diff.cond.type',
  sender: 'diff.cond.sender',
  mobilitiesPerYear: 'diff.cond.places',
  totalMonthsPerYear: 'diff.cond.months',
  subjectAreas: 'diff.cond.subjects',
  eqfLevels: 'diff.cond.eqf',
  languages: 'diff.cond.languages',
  academicYears: 'diff.cond.years',
  blended: 'diff.cond.blended',
};

const isIndex = (segment: string | undefined) => segment !== undefined && /^\d+$/.test(segment);
/** Positions count from 0 in a path; people count from 1. */
const ordinal = (segment: string) => Number(segment) + 1;

/** A path as the office says it, or undefined for a path this module does not know. */
function knownPath(path: string, w: Wording): string | undefined {
  const [field = '', ...rest] = path.split('.');
  const whole = FIELDS[field];
  if (!whole) return undefined;
  if (rest.length === 0) return w.t(whole);
  if (field === 'coordinator' && rest.length === 1 && COORDINATOR_PARTS[rest[0]!]) return `${w.t(whole)}: ${w.t(COORDINATOR_PARTS[rest[0]!]!)}`;
  if (field !== 'cooperationConditions' || !isIndex(rest[0])) return undefined;
  const condition = w.t('form.conditionN', { n: ordinal(rest[0]!) });
  const [part, k, sub, ...more] = rest.slice(1);
  if (part === undefined) return condition;
  if (more.length || !CONDITION_PARTS[part]) return undefined;
  if (part !== 'languages') return k === undefined ? `${condition}: ${w.t(CONDITION_PARTS[part]!)}` : undefined;
  // A condition's recommended languages are compared one by one: "Condition 1: language 2: level".
  if (k === undefined) return `${condition}: ${w.t('diff.cond.languages')}`;
  if (!isIndex(k)) return undefined;
  const language = w.t('diff.cond.language', { k: ordinal(k) });
  if (sub === undefined || sub === 'code') return `${condition}: ${language}`;
  if (sub === 'level') return `${condition}: ${language}: ${w.t('diff.cond.level')}`;
  return undefined;
}

/**
 * A path of the diff in the reader's words. One this module does not know (a field added to
 * the content later) is still readable: its first part worded where known, positions from 1.
 */
export function changedField(path: string, w: Wording): string {
  const known = knownPath(path, w);
  if (known !== undefined) return known;
  const [first = '', ...rest] = path.split('.');
  const head = FIELDS[first] ? w.t(FIELDS[first]!) : first;
  return [head, ...rest.map((p) => (isIndex(p) ? String(ordinal(p)) : p))].join(' › ');
}

type Condition = {
  type?: string;
  sender?: string;
  mobilitiesPerYear?: number;
  totalMonthsPerYear?: number;
  subjectAreas?: string[];
  eqfLevels?: number[];
  languages?: { code: string; level: string }[];
  academicYears?: string[];
  blended?: boolean;
};

type Programme = { name?: string; field?: string; eqfLevel?: number; degreeHome?: string; degreePartner?: string; placesPerYear?: number };

/** A joint or double-degree programme in one line, as the agreement's page lists them. */
export function programmeLine(p: Programme, w: Wording): string {
  // A dash, not a word: the submitter's pages, which list programmes too, carry no office words.
  const none = '—';
  const parts = [
    p.name,
    p.field && w.t('content.subjectAreas', { list: p.field }),
    p.eqfLevel !== undefined && w.t('content.eqf', { list: String(p.eqfLevel) }),
    (p.degreeHome || p.degreePartner) && w.t('content.degrees', { home: p.degreeHome || none, partner: p.degreePartner || none }),
    p.placesPerYear !== undefined && w.t('content.perYear', { n: p.placesPerYear }),
  ];
  return parts.filter(Boolean).join('; ');
}

/** A recommended language by its name, with its level: "Russian B2", as the nomination names its language. */
const languageText = (l: { code?: string; level?: string }, w: Wording) => [l.code && w.language(l.code), l.level].filter(Boolean).join(' ');

/** A cooperation condition in one line, as the agreement's page lists its conditions. */
export function conditionLine(k: Condition, w: Wording): string {
  const parts = [
    k.type && w.label(k.type),
    k.sender === 'home' ? w.t('content.weSend') : k.sender === 'partner' ? w.t('content.partnerSends') : '',
    typeof k.mobilitiesPerYear === 'number' && w.t('content.perYear', { n: k.mobilitiesPerYear }),
    k.totalMonthsPerYear !== undefined && w.t('content.monthsPerYear', { n: k.totalMonthsPerYear }),
    k.subjectAreas?.length && w.t('content.subjectAreas', { list: k.subjectAreas.join(', ') }),
    k.eqfLevels?.length && w.t('content.eqf', { list: k.eqfLevels.join(', ') }),
    k.languages?.length && w.t('content.languages', { list: k.languages.map((l) => languageText(l, w)).join(', ') }),
    k.academicYears?.length && w.t('content.years', { list: k.academicYears.join(', ') }),
    k.blended && w.t('content.blendedOffered'),
  ];
  return parts.filter(Boolean).join('; ');
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Any value as it reads, where nothing more is known about its field. */
function plainValue(value: unknown, w: Wording): string {
  if (value === undefined || value === null || value === '') return w.t('office.empty');
  if (typeof value === 'number') return w.number(value);
  if (typeof value === 'string') {
    if (ISO_DATE.test(value)) return w.day(value);
    if (/^[a-z]+(_[a-z]+)+$/.test(value)) return w.label(value);
    return value;
  }
  if (Array.isArray(value) && value.every((v) => !isObject(v))) return value.length ? value.map((v) => plainValue(v, w)).join(', ') : w.t('office.empty');
  return JSON.stringify(value);
}

/** A value of the field at `path` (one side of a change) in the reader's words. */
export function changedValue(path: string, value: unknown, w: Wording): string {
  const segments = path.split('.');
  const [field = ''] = segments;
  const last = segments.at(-1) ?? '';
  if (field === 'endDate' && value === null) return w.t('content.openEnded');
  // No pair named is the Russian one (shared/memorandum-pair.ts): said so, not "(empty)".
  if (field === 'textLanguage') return value === 'ru' || value === 'uz' || value === undefined ? w.t(`content.textPair.${value ?? DEFAULT_PAIR}`) : String(value);
  if (value === undefined || value === null || value === '') return w.t('office.empty');
  if (field === 'partnerId' && typeof value === 'string') return w.partner?.(value) || value;
  if (field === 'initiatingFaculty' && typeof value === 'string') return w.faculty?.(value) || value;
  if ((field === 'kind' || last === 'type') && typeof value === 'string') return w.label(value);
  if (field === 'scope' && Array.isArray(value)) return value.length ? w.list(value.map((v) => w.label(String(v)))) : w.t('office.empty');
  if (last === 'sender' && typeof value === 'string') return value === 'home' ? w.t('office.outgoing') : value === 'partner' ? w.t('office.incoming') : value;
  if (field === 'cooperationConditions' && segments.length === 2 && isObject(value)) return conditionLine(value as Condition, w);
  if (field === 'degreeProgrammes' && segments.length === 2 && isObject(value)) return programmeLine(value as Programme, w);
  if (field === 'degreeProgrammes' && segments.length === 1 && Array.isArray(value)) return value.length ? value.map((p) => programmeLine(p as Programme, w)).join(' · ') : w.t('office.empty');
  if (segments.includes('languages')) {
    if (isObject(value)) return languageText(value as { code?: string; level?: string }, w);
    if (Array.isArray(value)) return value.length ? value.map((l) => (isObject(l) ? languageText(l as { code?: string; level?: string }, w) : String(l))).join(', ') : w.t('office.empty');
    if (last === 'code' && typeof value === 'string') return w.language(value);
  }
  return plainValue(value, w);
}

/**
 * What a change of content will be when it is saved, from its diff against the version in force:
 * nothing; a new version at once; or an amendment through the chain (the server's own rule,
 * `isMaterial`), because it changes the cooperation conditions, the dates, or both.
 */
export type ChangeKind = { kind: 'none' } | { kind: 'version' } | { kind: 'amendment'; conditions: boolean; dates: boolean };

export function changeKind(paths: string[]): ChangeKind {
  if (paths.length === 0) return { kind: 'none' };
  if (!isMaterial(paths.map((path) => ({ path })))) return { kind: 'version' };
  const fields = new Set(paths.map((p) => p.split('.')[0]));
  return { kind: 'amendment', conditions: fields.has('cooperationConditions'), dates: fields.has('startDate') || fields.has('endDate') };
}
