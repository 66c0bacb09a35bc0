/**
 * The memorandum's text, filled: an agreement's facts put into a language's template, and two
 * languages paired clause by clause for the two columns. Pure (no I/O, no clock): the DOCX and PDF
 * writers only lay out what this returns, so both files say the same words.
 */
import { formatDate } from '../../../shared/i18n';
import { codeLabel, displayName } from '../../../shared/i18n/labels';
import type { CooperationCondition, DegreeProgramme } from '../../../shared/schemas/agreement';
import type { Language } from '../../../shared/schemas/common';
import { blockOf, checkPair, placeholdersIn, type BlockPlaceholder, type InlinePlaceholder, type MemorandumTemplate } from './template';

/** What the text is made from: the agreement's version shown, its partner, our university and the hash. */
export type MemorandumFacts = {
  reference: string;
  kind: string;
  scope: string[];
  summary: string;
  startDate: string;
  endDate: string | null;
  conditions: CooperationCondition[];
  /** Joint or double-degree programmes, research areas and joint laboratories: none leaves their paragraphs out. */
  programmes: DegreeProgramme[];
  researchAreas: string[];
  jointLaboratories: string[];
  university: { name: string; names?: Partial<Record<Language, string>> };
  partner: { name: string; names: Record<string, string>; country: string; city?: string };
  ourCoordinator: { name: string; email: string };
  partnerCoordinator?: { name: string; email: string; role?: string; phone?: string };
  signatures: { home?: Signed; partner?: Signed };
  /** SHA-256 of the canonical JSON of the agreement as its approvers were shown it (README). */
  hash: string;
  /** An approval receipt records this very hash: the text is the one approved. */
  approved: boolean;
};
type Signed = { signatoryName: string; signatoryPosition: string; date: string };

export type Block =
  | { kind: 'title'; text: string }
  | { kind: 'subtitle'; text: string }
  | { kind: 'heading'; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'table'; columns: string[]; rows: string[][]; empty: string }
  | { kind: 'parties'; parties: { title: string; lines: string[] }[] };

export type MemorandumText = { language: Language; languageName: string; blocks: Block[]; words: MemorandumTemplate['words'] };

/** The two columns, row by row: English on the left, Russian or Uzbek on the right. */
export type SideBySide = {
  reference: string;
  hash: string;
  approved: boolean;
  languages: [MemorandumText, MemorandumText];
  rows: [Block, Block][];
  /** At the foot of every page, in both languages, before the hash: the reference and what the hash is of. */
  footer: string;
  /** "Page / Стр." before the page's number. */
  page: string;
};

const BLANK = '____________________';

function partnerName(f: MemorandumFacts, lang: Language): string {
  return f.partner.names[lang] ?? f.partner.name;
}

function inlineValues(f: MemorandumFacts, t: MemorandumTemplate): Record<InlinePlaceholder, string> {
  const lang = t.language;
  return {
    'agreement.reference': f.reference,
    'agreement.kind': codeLabel(f.kind, lang),
    'agreement.scope': f.scope.map((s) => codeLabel(s, lang).toLocaleLowerCase(lang)).join(', '),
    'partner.name': partnerName(f, lang),
    'partner.country': displayName('region', f.partner.country, lang),
    'partner.city': f.partner.city ?? '',
    'university.name': f.university.names?.[lang] ?? f.university.name,
    'term.start': formatDate(f.startDate, lang),
    'term.end': f.endDate ? formatDate(f.endDate, lang) : t.words.openEnded,
    summary: f.summary,
    'receipt.hash': f.hash,
    'agreement.researchAreas': f.researchAreas.join(', '),
    'agreement.jointLaboratories': f.jointLaboratories.join(', '),
  };
}

/** Every `{{name}}` replaced by its value; the template was checked, so every name is known. */
export function fillText(text: string, values: Record<string, string>): string {
  return text
    .replace(/\{\{\s*([^{}]*?)\s*\}\}/g, (_, name: string) => values[name] ?? '')
    // A city left out leaves "(, Country)": tidy the punctuation an empty value leaves behind.
    .replace(/\(\s*,\s*/g, '(')
    .replace(/,\s*\)/g, ')')
    .replace(/\(\s*\)/g, '')
    .replace(/ {2,}/g, ' ')
    .trim();
}

function conditionRow(c: CooperationCondition, t: MemorandumTemplate, values: Record<string, string>): string[] {
  const lang = t.language;
  const w = t.words;
  const direction = fillText(c.sender === 'home' ? w.fromUs : w.fromPartner, values);
  const perYear = [`${c.mobilitiesPerYear} ${w.mobilities}`, ...(c.totalMonthsPerYear !== undefined ? [`${c.totalMonthsPerYear} ${w.months}`] : [])].join(', ');
  const areas = `ISCED-F: ${c.subjectAreas.length ? c.subjectAreas.join(', ') : w.any}; EQF: ${c.eqfLevels.length ? c.eqfLevels.join(', ') : w.any}`;
  const languages = c.languages.length ? c.languages.map((l) => `${displayName('language', l.code, lang)}${l.level ? ` ${l.level}` : ''}`).join(', ') : w.any;
  const years = c.academicYears.length ? c.academicYears.join(', ') : w.any;
  return [`${codeLabel(c.type, lang)}, ${direction}`, perYear, areas, `${languages}; ${years}`];
}

function programmeRow(p: DegreeProgramme): string[] {
  return [p.name, `ISCED-F ${p.field}, EQF ${p.eqfLevel}`, [p.degreeHome, p.degreePartner].filter(Boolean).join(' / '), p.placesPerYear === undefined ? '—' : String(p.placesPerYear)];
}

function block(name: BlockPlaceholder, f: MemorandumFacts, t: MemorandumTemplate, values: Record<string, string>): Block | undefined {
  const w = t.words;
  switch (name) {
    case 'programmes':
      return f.programmes.length ? { kind: 'table', columns: [...w.programmeColumns], rows: f.programmes.map(programmeRow), empty: '' } : undefined;
    case 'conditions':
      return { kind: 'table', columns: [...w.conditionColumns], rows: f.conditions.map((c) => conditionRow(c, t, values)), empty: w.noConditions };
    case 'coordinators': {
      const theirs = f.partnerCoordinator;
      return {
        kind: 'parties',
        parties: [
          { title: fillText(w.ourCoordinator, values), lines: [f.ourCoordinator.name, f.ourCoordinator.email] },
          { title: fillText(w.partnerCoordinator, values), lines: theirs ? [theirs.name, ...(theirs.role ? [theirs.role] : []), theirs.email, ...(theirs.phone ? [theirs.phone] : [])] : [w.notNamed] },
        ],
      };
    }
    case 'signatures': {
      const party = (title: string, s: Signed | undefined) => ({
        title,
        lines: [`${w.signatory}: ${s?.signatoryName ?? BLANK}`, `${w.position}: ${s?.signatoryPosition ?? BLANK}`, `${w.date}: ${s ? formatDate(s.date, t.language) : BLANK}`, `${w.signature}: ${BLANK}`],
      });
      return { kind: 'parties', parties: [party(values['university.name']!, f.signatures.home), party(values['partner.name']!, f.signatures.partner)] };
    }
  }
}

/** One language's text: the template's title, clauses and blocks, filled with the agreement's facts. */
export function fillTemplate(t: MemorandumTemplate, f: MemorandumFacts): MemorandumText {
  const values = inlineValues(f, t);
  const blocks: Block[] = [
    { kind: 'title', text: fillText(t.title, values) },
    { kind: 'subtitle', text: fillText(t.subtitle, values) },
  ];
  for (const clause of t.clauses) {
    blocks.push({ kind: 'heading', text: fillText(clause.heading, values) });
    for (const p of clause.paragraphs) {
      const name = blockOf(p);
      if (name) {
        const filled = block(name, f, t, values);
        if (filled) blocks.push(filled);
        continue;
      }
      // A paragraph whose every placeholder is empty (no research areas, no laboratories) says
      // nothing: left out, in both languages alike, so the columns stay in line.
      const named = placeholdersIn(p);
      if (named.length && named.every((n) => !values[n as InlinePlaceholder])) continue;
      blocks.push({ kind: 'paragraph', text: fillText(p, values) });
    }
  }
  return { language: t.language, languageName: t.languageName, blocks, words: t.words };
}

/** English and the other language, clause by clause. The templates must line up (checkPair). */
export function sideBySide(english: MemorandumTemplate, other: MemorandumTemplate, f: MemorandumFacts): SideBySide {
  checkPair(english, other);
  const left = fillTemplate(english, f);
  const right = fillTemplate(other, f);
  const rows = left.blocks.map((b, i) => [b, right.blocks[i]!] as [Block, Block]);
  const receipt = f.approved ? `${english.words.receipt} / ${other.words.receipt}` : `${english.words.unapproved} / ${other.words.unapproved}`;
  return {
    reference: f.reference,
    hash: f.hash,
    approved: f.approved,
    languages: [left, right],
    rows,
    footer: `${f.reference} · ${receipt}:`,
    page: `${english.words.page} / ${other.words.page}`,
  };
}
