/**
 * What the nomination form holds, as a flat record of its controls' names (a name is the value's
 * path in the JSON body: `nominee.email`), and what is made of it: the body the API takes, the
 * problems the API's own schema finds in it (worded in the reader's language, a field left empty
 * saying so rather than the format it failed), the server's field errors placed on the same
 * controls, and the draft kept on this device.
 *
 * The draft's shape is the one the older forms kept (and the memorandum form keeps: `{fields, checked,
 * conditions}`), under `hamkor.draft.nomination:<email>`: a draft saved by the older form is put
 * back by this one, and signing out forgets it with the others (device.ts).
 */
import { fieldMessage, issueMessage } from '../../shared/i18n/validation';
import { InvitationDataSchema } from '../../shared/schemas/incoming';
import { NominationInputSchema } from '../../shared/schemas/nomination';
import { isStaffTeachingOrTraining } from '../../shared/workflow/mobility-dates';
import { askedFor } from '../../shared/workflow/incoming';
import type { Me } from './api-types';
import { lang, type MessageKey } from './i18n/live';

/** Each control: its element id (the e2e tests and the labels use them), its caption's words, and whether it is a choice. */
export const CONTROLS = {
  'nominee.name': { id: 'n-name', caption: 'form.fullName', choice: false },
  'nominee.email': { id: 'n-email', caption: 'form.email', choice: false },
  'nominee.role': { id: 'n-role', caption: 'form.role', choice: true },
  'nominee.studyLevel': { id: 'n-level', caption: 'form.studyLevel', choice: true },
  'nominee.faculty': { id: 'n-faculty', caption: 'form.faculty', choice: true },
  'nominee.department': { id: 'n-department', caption: 'form.department', choice: true },
  direction: { id: 'n-direction', caption: 'form.direction', choice: true },
  programme: { id: 'n-programme', caption: 'form.programme', choice: true },
  partnerId: { id: 'n-partner', caption: 'form.partner', choice: true },
  mobilityType: { id: 'n-type', caption: 'form.mobilityType', choice: true },
  period: { id: 'n-period', caption: 'form.period', choice: true },
  academicYear: { id: 'n-year', caption: 'form.academicYear', choice: false },
  format: { id: 'n-format', caption: 'form.format', choice: true },
  plannedStartDate: { id: 'n-start', caption: 'form.plannedStart', choice: false },
  plannedEndDate: { id: 'n-end', caption: 'form.plannedEnd', choice: false },
  physicalStartDate: { id: 'n-physical-start', caption: 'form.physicalStart', choice: false },
  physicalEndDate: { id: 'n-physical-end', caption: 'form.physicalEnd', choice: false },
  staffHours: { id: 'n-hours', caption: 'form.staffHours', choice: false },
  subject: { id: 'n-subject', caption: 'form.subject', choice: false },
  agreementId: { id: 'n-agreement', caption: 'form.agreement', choice: true },
  'language.code': { id: 'n-lang', caption: 'form.language', choice: false },
  'language.level': { id: 'n-cefr', caption: 'form.cefr', choice: true },
  motivation: { id: 'n-motivation', caption: 'form.motivation', choice: false },
  // An incoming student's home institution (the nomination's `incoming`)…
  'incoming.homeContact.name': { id: 'n-home-contact-name', caption: 'form.homeContactName', choice: false },
  'incoming.homeContact.email': { id: 'n-home-contact-email', caption: 'form.homeContactEmail', choice: false },
  'incoming.homeContact.phone': { id: 'n-home-contact-phone', caption: 'form.homeContactPhone', choice: false },
  'incoming.coordinator.name': { id: 'n-home-coordinator-name', caption: 'form.homeCoordinatorName', choice: false },
  'incoming.coordinator.email': { id: 'n-home-coordinator-email', caption: 'form.homeCoordinatorEmail', choice: false },
  'incoming.coordinator.phone': { id: 'n-home-coordinator-phone', caption: 'form.homeCoordinatorPhone', choice: false },
  // …what they ask for as housing (the office gives a room to a dormitory request)…
  'accommodation.request': { id: 'n-accommodation', caption: 'form.accommodation', choice: true },
  'accommodation.note': { id: 'n-accommodation-note', caption: 'form.accommodationNote', choice: false },
  // …and the invitation letter's data, sent apart (PUT …/invitation-data), never in the nomination's body.
  'invitation.nationality': { id: 'n-nationality', caption: 'form.nationality', choice: false },
  'invitation.dateOfBirth': { id: 'n-birth', caption: 'form.dateOfBirth', choice: false },
  'invitation.passportNumber': { id: 'n-passport', caption: 'form.passportNumber', choice: false },
  'invitation.passportExpiry': { id: 'n-passport-expiry', caption: 'form.passportExpiry', choice: false },
} as const satisfies Record<string, { id: string; caption: MessageKey; choice: boolean }>;

export type ControlName = keyof typeof CONTROLS;
export type NominationValues = Record<ControlName, string>;

const NAMES = Object.keys(CONTROLS) as ControlName[];

export const captionKeyOf = (name: ControlName): MessageKey => CONTROLS[name].caption;

/** A new nomination: the first choice of each select, the signed-in person's own faculty and department. */
export const blankNomination = (me: Pick<Me, 'faculty' | 'department'>): NominationValues => ({
  'nominee.name': '',
  'nominee.email': '',
  'nominee.role': 'student',
  'nominee.studyLevel': 'bachelor',
  'nominee.faculty': me.faculty ?? '',
  'nominee.department': me.department ?? '',
  direction: 'outgoing',
  programme: 'bilateral',
  partnerId: '',
  mobilityType: 'semester_study',
  period: 'first_semester',
  academicYear: '',
  format: 'physical',
  plannedStartDate: '',
  plannedEndDate: '',
  physicalStartDate: '',
  physicalEndDate: '',
  staffHours: '',
  subject: '',
  agreementId: '',
  'language.code': '',
  'language.level': 'B2',
  motivation: '',
  'incoming.homeContact.name': '',
  'incoming.homeContact.email': '',
  'incoming.homeContact.phone': '',
  'incoming.coordinator.name': '',
  'incoming.coordinator.email': '',
  'incoming.coordinator.phone': '',
  'accommodation.request': '',
  'accommodation.note': '',
  'invitation.nationality': '',
  'invitation.dateOfBirth': '',
  'invitation.passportNumber': '',
  'invitation.passportExpiry': '',
});

/** Stored content (a nomination sent back for changes) as the form's values: each control's path read, nothing else. */
export function valuesOf(content: Record<string, unknown>): Partial<NominationValues> {
  const at = (path: string) => path.split('.').reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined), content);
  return Object.fromEntries(NAMES.flatMap((n) => {
    const value = at(n);
    return value === undefined || value === null ? [] : [[n, String(value)]];
  }));
}

/** The controls a nomination may leave empty: an empty one is not sent. */
const OPTIONAL = new Set<ControlName>(['motivation', 'plannedStartDate', 'plannedEndDate', 'physicalStartDate', 'physicalEndDate', 'staffHours', 'subject', 'incoming.homeContact.phone', 'incoming.coordinator.phone', 'accommodation.request', 'accommodation.note']);

/** The invitation letter's data: a person's, so never part of the nomination's body nor of the draft kept on the device. */
const isInvitation = (name: ControlName) => name.startsWith('invitation.');
const INVITATION = NAMES.filter(isInvitation);

/**
 * Whether a control applies to the values: a physical part's dates to a blended mobility only,
 * hours and a subject to staff teaching or training only (shared/workflow/mobility-dates.ts says
 * so to the API). The form shows only those that apply, and sends only those.
 */
export function applies(name: ControlName, values: NominationValues): boolean {
  if (name === 'physicalStartDate' || name === 'physicalEndDate') return values.format === 'blended';
  if (name === 'staffHours' || name === 'subject') return isStaffTeachingOrTraining({ mobilityType: values.mobilityType as never, nominee: { role: values['nominee.role'] } as never });
  // The sending university chose an incoming student and says why itself: the form does not ask.
  if (name === 'motivation') return askedFor('motivation', values.direction);
  // A note about housing says something only with the request it explains (the API refuses a note alone).
  if (name === 'accommodation.note') return values.direction === 'incoming' && values['accommodation.request'] !== '';
  // The home institution, the housing asked for and the invitation letter are an incoming student's only.
  if (name.startsWith('incoming.') || name.startsWith('accommodation.') || isInvitation(name)) return values.direction === 'incoming';
  return true;
}

/**
 * The JSON body from the values: each name its path; text trimmed but the motivation's (its
 * paragraphs are the nominator's), a language code in lower case ("RU" is still "ru"), hours as a
 * number when written as one; an optional control left empty, or one that does not apply, not sent.
 */
export function bodyOf(values: NominationValues): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  for (const name of NAMES) {
    let value: string | number = values[name];
    if (name !== 'motivation') value = value.trim();
    if (name === 'language.code') value = value.toLowerCase();
    if (isInvitation(name) || (name.startsWith('incoming.') && !applies(name, values))) continue;
    if (OPTIONAL.has(name) && (value === '' || !applies(name, values))) continue;
    if (name === 'staffHours' && /^\d{1,6}$/.test(value)) value = Number(value);
    const keys = name.split('.');
    let target = body;
    for (const k of keys.slice(0, -1)) target = (target[k] ??= {}) as Record<string, unknown>;
    target[keys.at(-1)!] = value;
  }
  return body;
}

/**
 * How the form treats the invitation letter's data: a nomination sent back for changes was sent
 * with it, and its submitter may not read it back (only the office and the approvers do), so its
 * fields left empty keep what is stored (`keepStored`); filled in, they replace it.
 */
export type InvitationRule = { keepStored?: boolean };

/** The invitation letter's data from the values (`PUT /nominations/:id/invitation-data`'s body); none for an outgoing nomination, nor when kept as stored. */
export function invitationOf(values: NominationValues, rule: InvitationRule = {}): Record<string, string> | undefined {
  if (values.direction !== 'incoming') return undefined;
  if (rule.keepStored && INVITATION.every((name) => values[name].trim() === '')) return undefined;
  return Object.fromEntries(INVITATION.map((name) => [name.slice('invitation.'.length), values[name].trim()]));
}

/** A field error: where it belongs (its path in the body) and its words in the reader's language. */
export type FieldProblem = { path: string; message: () => string };

/** The control a path like `nominee.email` or `language` belongs to (its nearest named ancestor, or none). */
export function controlOf(path: string): ControlName | undefined {
  for (let p = path; p; p = p.includes('.') ? p.slice(0, p.lastIndexOf('.')) : '') if (p in CONTROLS) return p as ControlName;
  return undefined;
}

/** The values checked with the API's own schema: one problem per field. */
export function problemsOf(values: NominationValues, rule: InvitationRule = {}): FieldProblem[] {
  const problems = new Map<string, FieldProblem>();
  const invitation = invitationOf(values, rule);
  const issues = [
    ...(NominationInputSchema.safeParse(bodyOf(values)).error?.issues ?? []),
    // The letter's data, checked with the API's schema for it, on the form's own controls.
    ...(invitation ? (InvitationDataSchema.safeParse(invitation).error?.issues ?? []).map((i) => ({ ...i, path: ['invitation', ...i.path] })) : []),
  ];
  for (const issue of issues) {
    const path = issue.path.map(String).join('.');
    if (problems.has(path)) continue;
    const name = controlOf(path);
    const empty = name !== undefined && path === name && values[name].trim() === '';
    const choice = name !== undefined && CONTROLS[name].choice;
    problems.set(path, { path, message: () => issueMessage(issue as Parameters<typeof issueMessage>[0], lang.value, { choice, empty }) });
  }
  return [...problems.values()];
}

/**
 * The server's field errors: a field the schema also refuses in the schema's words; the API's own
 * checks (a partner that does not exist, an agreement with another partner) by their text.
 */
export function serverProblems(values: NominationValues, fields: { path: string; message: string }[], rule: InvitationRule = {}): FieldProblem[] {
  const local = new Map(problemsOf(values, rule).map((p) => [p.path, p]));
  return fields.map((f) => local.get(f.path) ?? { path: f.path, message: () => fieldMessage(f.message, lang.value) });
}

// ---- the draft on this device -------------------------------------------------------------

/** The values a saved draft holds (the known controls' text only); null when there is none. */
export function readDraft(key: string): Partial<NominationValues> | null {
  try {
    const value: unknown = JSON.parse(localStorage.getItem(key) ?? 'null');
    if (!value || typeof value !== 'object' || Array.isArray(value)) return null;
    const fields = (value as { fields?: unknown }).fields;
    const source = (fields && typeof fields === 'object' ? fields : value) as Record<string, unknown>;
    const kept = Object.fromEntries(NAMES.filter((n) => !isInvitation(n) && typeof source[n] === 'string').map((n) => [n, source[n] as string]));
    return Object.keys(kept).length ? kept : null;
  } catch {
    return null;
  }
}

/** Saves the values, or forgets the draft when nothing differs from a new form. */
export function saveDraft(key: string, values: NominationValues, blank: NominationValues): void {
  const untouched = NAMES.every((n) => values[n] === blank[n]);
  try {
    if (untouched) localStorage.removeItem(key);
    // A passport number and a birth date are not left on a shared computer: the draft keeps everything else.
    else localStorage.setItem(key, JSON.stringify({ fields: Object.fromEntries(NAMES.filter((n) => !isInvitation(n)).map((n) => [n, values[n]])), checked: [], conditions: [] }));
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
