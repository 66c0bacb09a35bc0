/**
 * The memorandum's text as a template, one file per language (templates/en.json, ru.json,
 * uz.json): headings and clauses with `{{placeholders}}`. The office replaces a file to change the
 * wording; a file is checked when it is read, so a misspelt placeholder is refused then, naming
 * it, and never discovered in a memorandum already sent (README "The memorandum's text").
 */
import * as z from 'zod/mini';
import type { Language } from '../../../shared/schemas/common';

/** Placeholders replaced by a word or a phrase, anywhere in a heading, a paragraph or a word. */
export const INLINE_PLACEHOLDERS = [
  'agreement.reference',
  'agreement.kind',
  'agreement.scope',
  'partner.name',
  'partner.country',
  'partner.city',
  'university.name',
  'term.start',
  'term.end',
  'summary',
  'receipt.hash',
  'agreement.researchAreas',
  'agreement.jointLaboratories',
] as const;

/**
 * Placeholders replaced by a block (a table, the coordinators, the signature blocks): a paragraph
 * of their own. `programmes` (the joint or double-degree programmes' table) is left out, with its
 * paragraph, when the agreement runs none.
 */
export const BLOCK_PLACEHOLDERS = ['conditions', 'coordinators', 'signatures', 'programmes'] as const;

export type InlinePlaceholder = (typeof INLINE_PLACEHOLDERS)[number];
export type BlockPlaceholder = (typeof BLOCK_PLACEHOLDERS)[number];

const PLACEHOLDER = /\{\{\s*([^{}]*?)\s*\}\}/g;
const Text = z.string().check(z.minLength(1), z.maxLength(4000));
const Word = z.string().check(z.minLength(1), z.maxLength(200));

export const MemorandumTemplateSchema = z.strictObject({
  language: z.enum(['en', 'ru', 'uz']),
  /** The column's heading: the language's name in itself. */
  languageName: Word,
  title: Word,
  subtitle: Word,
  clauses: z
    .array(z.strictObject({ heading: Word, paragraphs: z.array(Text).check(z.minLength(1), z.maxLength(20)) }))
    .check(z.minLength(1), z.maxLength(40)),
  /** The words the blocks are made of (the table's columns, the signature block's lines, the footer). */
  words: z.strictObject({
    conditionColumns: z.tuple([Word, Word, Word, Word]),
    programmeColumns: z.tuple([Word, Word, Word, Word]),
    noConditions: Word,
    fromUs: Word,
    fromPartner: Word,
    mobilities: Word,
    months: Word,
    any: Word,
    openEnded: Word,
    ourCoordinator: Word,
    partnerCoordinator: Word,
    notNamed: Word,
    signatory: Word,
    position: Word,
    date: Word,
    signature: Word,
    receipt: Word,
    unapproved: Word,
    page: Word,
  }),
});
export type MemorandumTemplate = z.infer<typeof MemorandumTemplateSchema>;

/** A template the filler cannot use: the message names the file's place and the placeholder. */
export class TemplateError extends Error {
  override readonly name = 'TemplateError';
  constructor(
    message: string,
    readonly path: string,
    readonly placeholder?: string,
  ) {
    super(message);
  }
}

const isBlock = (name: string): name is BlockPlaceholder => (BLOCK_PLACEHOLDERS as readonly string[]).includes(name);

/** The placeholders a text names, in order. */
export function placeholdersIn(text: string): string[] {
  return [...text.matchAll(PLACEHOLDER)].map((m) => m[1]!);
}

/** A paragraph that is one block placeholder and nothing else: its name. */
export function blockOf(paragraph: string): BlockPlaceholder | undefined {
  const m = /^\s*\{\{\s*(\w+)\s*\}\}\s*$/.exec(paragraph);
  return m && isBlock(m[1]!) ? m[1] : undefined;
}

/** The placeholders a kind of document knows: inline (a word or phrase) and blocks (a paragraph of their own). */
export type PlaceholderSet = { inline: readonly string[]; blocks: readonly string[] };
const MEMORANDUM_PLACEHOLDERS: PlaceholderSet = { inline: INLINE_PLACEHOLDERS, blocks: BLOCK_PLACEHOLDERS };

/**
 * A text's placeholders checked against what its document knows, and where they stand: a block
 * only as a paragraph of its own. Shared by the memorandum's and the invitation letter's templates.
 */
export function checkText(text: string, path: string, blockAllowed: boolean, known: PlaceholderSet = MEMORANDUM_PLACEHOLDERS): void {
  const blockAlone = /^\s*\{\{\s*(\w+)\s*\}\}\s*$/.exec(text)?.[1];
  for (const name of placeholdersIn(text)) {
    if (known.inline.includes(name)) continue;
    if (known.blocks.includes(name)) {
      if (blockAllowed && blockAlone === name) continue;
      throw new TemplateError(`{{${name}}} is a block (a table or a list): it must be a paragraph of its own, at ${path}`, path, name);
    }
    throw new TemplateError(`Unknown placeholder {{${name}}} at ${path}; known: ${[...known.inline, ...known.blocks].map((p) => `{{${p}}}`).join(', ')}`, path, name);
  }
  // A brace pair left open would print as is: as much a mistake as an unknown name.
  const rest = text.replace(PLACEHOLDER, '');
  if (rest.includes('{{') || rest.includes('}}')) throw new TemplateError(`An unclosed {{ or a stray }} at ${path}`, path);
}

/** A template's shape checked by its schema: the first problem as a TemplateError naming its place. */
export function parseTemplate<T>(schema: z.ZodMiniType<T>, raw: unknown): T {
  const parsed = z.safeParse(schema, raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const path = issue.path.map(String).join('.');
    throw new TemplateError(`The template does not have the expected shape at ${path || '(top)'}: ${issue.message}`, path);
  }
  return parsed.data;
}

/**
 * A template read from a file (parsed JSON), checked: its shape, and every placeholder known and
 * where it may stand. Throws a TemplateError naming the first problem.
 */
export function checkTemplate(raw: unknown, expected?: Language): MemorandumTemplate {
  const t = parseTemplate(MemorandumTemplateSchema, raw);
  if (expected && t.language !== expected) throw new TemplateError(`The ${expected} template says its language is ${t.language}`, 'language');
  checkText(t.title, 'title', false);
  checkText(t.subtitle, 'subtitle', false);
  t.clauses.forEach((clause, i) => {
    checkText(clause.heading, `clauses.${i}.heading`, false);
    clause.paragraphs.forEach((p, j) => checkText(p, `clauses.${i}.paragraphs.${j}`, true));
  });
  for (const [key, value] of Object.entries(t.words)) {
    for (const [j, text] of (Array.isArray(value) ? value : [value]).entries()) checkText(text, Array.isArray(value) ? `words.${key}.${j}` : `words.${key}`, false);
  }
  return t;
}

/** Where a template's blocks stand: `clause.paragraph → block`, as the two columns must line up. */
function blockPlaces(t: MemorandumTemplate): string {
  return t.clauses.map((c) => c.paragraphs.map((p) => blockOf(p) ?? '-').join(',')).join('|');
}

/**
 * Two templates printed side by side: the same clauses and paragraphs, one for one, and each block
 * in the same place, so that every row of the document holds the same clause in both languages.
 */
export function checkPair(english: MemorandumTemplate, other: MemorandumTemplate): void {
  if (english.clauses.length !== other.clauses.length) {
    throw new TemplateError(`The ${other.language} template has ${other.clauses.length} clauses and the English one ${english.clauses.length}; they are printed side by side, one for one`, 'clauses');
  }
  english.clauses.forEach((clause, i) => {
    if (clause.paragraphs.length !== other.clauses[i]!.paragraphs.length) {
      throw new TemplateError(`Clause ${i + 1} has ${other.clauses[i]!.paragraphs.length} paragraphs in the ${other.language} template and ${clause.paragraphs.length} in the English one`, `clauses.${i}.paragraphs`);
    }
  });
  if (blockPlaces(english) !== blockPlaces(other)) {
    throw new TemplateError(`The ${other.language} template's blocks ({{conditions}}, {{coordinators}}, {{signatures}}, {{programmes}}) are not where the English one has them`, 'clauses');
  }
}
