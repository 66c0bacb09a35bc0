/**
 * The invitation letter for an incoming student: a template per language
 * (templates/invitation/en.json, ru.json, uz.json, or the office's upload), filled with the
 * student's and the stay's facts, English beside Russian or Uzbek, for the office to sign and
 * send. Pure (no I/O, no clock): the PDF writer (pdf.ts) lays out what this returns. The facts are
 * personal data: nothing here logs them.
 */
import * as z from 'zod/mini';
import { formatDate } from '../../../shared/i18n';
import { displayName } from '../../../shared/i18n/labels';
import type { Language } from '../../../shared/schemas/common';
import type { Block } from './fill';
import type { TwoColumns } from './pdf';
import { checkText, parseTemplate, placeholdersIn, TemplateError, type PlaceholderSet } from './template';

/** Placeholders replaced by a word or a phrase. */
export const INVITATION_INLINE_PLACEHOLDERS = [
  'nomination.reference',
  'letter.date',
  'student.name',
  'student.nationality',
  'student.dateOfBirth',
  'passport.number',
  'passport.expiry',
  'home.name',
  'home.country',
  'host.faculty',
  'stay.start',
  'stay.end',
  'academicYear',
  'accommodation',
  'university.name',
  'signatory.name',
  'signatory.position',
] as const;
/** The signature block (the office's signatory, a line to sign on): a paragraph of its own. */
export const INVITATION_BLOCK_PLACEHOLDERS = ['signature'] as const;
const KNOWN: PlaceholderSet = { inline: INVITATION_INLINE_PLACEHOLDERS, blocks: INVITATION_BLOCK_PLACEHOLDERS };
type InlinePlaceholder = (typeof INVITATION_INLINE_PLACEHOLDERS)[number];

const Text = z.string().check(z.minLength(1), z.maxLength(4000));
const Word = z.string().check(z.minLength(1), z.maxLength(200));

export const InvitationTemplateSchema = z.strictObject({
  language: z.enum(['en', 'ru', 'uz']),
  /** The column's heading: the language's name in itself. */
  languageName: Word,
  title: Word,
  subtitle: Word,
  paragraphs: z.array(Text).check(z.minLength(1), z.maxLength(40)),
  words: z.strictObject({
    /** How a room is named in `{{accommodation}}`: "Student Residence No. 1, room 101, 28 August 2027 – 3 February 2028". */
    room: Word,
    /** The signatory's position under their name (`{{signatory.position}}`): the office that signs. */
    office: Word,
    signature: Word,
    date: Word,
    /** At the foot of every page, before the reference. */
    footer: Word,
    page: Word,
  }),
});
export type InvitationTemplate = z.infer<typeof InvitationTemplateSchema>;

/** A template as given (parsed JSON), checked: its shape, and every placeholder known and in its place. */
export function checkInvitationTemplate(raw: unknown, expected?: Language): InvitationTemplate {
  const t = parseTemplate(InvitationTemplateSchema, raw);
  if (expected && t.language !== expected) throw new TemplateError(`The ${expected} template says its language is ${t.language}`, 'language');
  checkText(t.title, 'title', false, KNOWN);
  checkText(t.subtitle, 'subtitle', false, KNOWN);
  t.paragraphs.forEach((p, i) => checkText(p, `paragraphs.${i}`, true, KNOWN));
  for (const [key, value] of Object.entries(t.words)) checkText(value, `words.${key}`, false, KNOWN);
  return t;
}

const isSignature = (p: string) => /^\s*\{\{\s*signature\s*\}\}\s*$/.test(p);

/** Printed side by side, paragraph for paragraph: the same count, and the signature in the same place. */
export function checkInvitationPair(english: InvitationTemplate, other: InvitationTemplate): void {
  if (english.paragraphs.length !== other.paragraphs.length) {
    throw new TemplateError(`The ${other.language} letter has ${other.paragraphs.length} paragraphs and the English one ${english.paragraphs.length}; they are printed side by side, one for one`, 'paragraphs');
  }
  const places = (t: InvitationTemplate) => t.paragraphs.map(isSignature).join();
  if (places(english) !== places(other)) throw new TemplateError(`The ${other.language} letter's {{signature}} is not where the English one has it`, 'paragraphs');
}

/** What the letter is made from: the nomination, the person's invitation data, the room, and who signs. */
export type InvitationFacts = {
  reference: string;
  /** The day the letter is made (the office's today). */
  date: string;
  student: { name: string; nationality: string; dateOfBirth: string };
  passport: { number: string; expiry: string };
  home: { name: string; names: Record<string, string>; country: string };
  hostFaculty: { name: string; names?: Partial<Record<Language, string>> };
  stay: { start: string; end: string };
  academicYear: string;
  accommodation?: { residence: string; room: string; from: string; to: string };
  university: { name: string; names?: Partial<Record<Language, string>> };
  /** The office's member who makes the letter, and signs it. */
  signatory: { name: string };
};

function values(f: InvitationFacts, t: InvitationTemplate): Record<InlinePlaceholder, string> {
  const lang = t.language;
  const a = f.accommodation;
  return {
    'nomination.reference': f.reference,
    'letter.date': formatDate(f.date, lang),
    'student.name': f.student.name,
    'student.nationality': displayName('region', f.student.nationality, lang),
    'student.dateOfBirth': formatDate(f.student.dateOfBirth, lang),
    'passport.number': f.passport.number,
    'passport.expiry': formatDate(f.passport.expiry, lang),
    'home.name': f.home.names[lang] ?? f.home.name,
    'home.country': displayName('region', f.home.country, lang),
    'host.faculty': f.hostFaculty.names?.[lang] ?? f.hostFaculty.name,
    'stay.start': formatDate(f.stay.start, lang),
    'stay.end': formatDate(f.stay.end, lang),
    academicYear: f.academicYear,
    accommodation: a ? `${a.residence}, ${t.words.room} ${a.room}, ${formatDate(a.from, lang)} – ${formatDate(a.to, lang)}` : '',
    'university.name': f.university.names?.[lang] ?? f.university.name,
    'signatory.name': f.signatory.name,
    'signatory.position': t.words.office,
  };
}

const fill = (text: string, v: Record<string, string>) => text.replace(/\{\{\s*([^{}]*?)\s*\}\}/g, (_, name: string) => v[name] ?? '').replace(/ {2,}/g, ' ').trim();

/** One language's letter as blocks; a paragraph whose every placeholder is empty (no room yet) is left out. */
function letterBlocks(t: InvitationTemplate, f: InvitationFacts): (Block | undefined)[] {
  const v = values(f, t);
  const w = t.words;
  const paragraphs = t.paragraphs.map((p): Block | undefined => {
    if (isSignature(p)) {
      return { kind: 'parties', parties: [{ title: v['university.name'], lines: [f.signatory.name, ...(v['signatory.position'] ? [v['signatory.position']] : []), `${w.date}: ${v['letter.date']}`, `${w.signature}: ____________________`] }] };
    }
    const named = placeholdersIn(p);
    if (named.length && named.every((n) => !v[n as InlinePlaceholder])) return undefined;
    return { kind: 'paragraph', text: fill(p, v) };
  });
  return [{ kind: 'title', text: fill(t.title, v) }, { kind: 'subtitle', text: fill(t.subtitle, v) }, ...paragraphs];
}

/** English beside the other language, paragraph by paragraph, ready for the PDF writer. */
export function invitationLetter(english: InvitationTemplate, other: InvitationTemplate, f: InvitationFacts): TwoColumns {
  checkInvitationPair(english, other);
  const left = letterBlocks(english, f);
  const right = letterBlocks(other, f);
  // A paragraph left out on one side (its value empty) is left out on both, so the rows stay in line.
  const rows = left.flatMap((b, i) => (b && right[i] ? [[b, right[i]] as [Block, Block]] : []));
  return {
    title: `${f.reference}: ${fill(english.title, values(f, english))} / ${fill(other.title, values(f, other))}`,
    languageNames: [english.languageName, other.languageName],
    rows,
    footer: `${english.words.footer} / ${other.words.footer} · ${f.reference}`,
    footnote: '',
    page: `${english.words.page} / ${other.words.page}`,
  };
}
