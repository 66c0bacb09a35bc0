/**
 * `npm run templates -- [file.json …]`: checks memorandum templates before they are deployed, as
 * the exports function checks them when it loads: known placeholders only, each block a paragraph
 * of its own, and the Russian and Uzbek files lined up with the English one. Without files it
 * checks the three in force (functions/lib/memorandum/templates/); a file given replaces the one
 * of its language, so a new ru.json is checked against the English in force. Prints each problem
 * with the placeholder and its place; exits 1 if there is one.
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { checkPair, checkTemplate, type MemorandumTemplate } from '../functions/lib/memorandum/template';
import { LanguageSchema, type Language } from '../shared/schemas/common';

const IN_FORCE = (lang: Language) => new URL(`../functions/lib/memorandum/templates/${lang}.json`, import.meta.url);

/** Each problem of the templates, as `file: message`; none when all three may be deployed. */
export function templateProblems(files: (string | URL)[]): string[] {
  const problems: string[] = [];
  const chosen = new Map<Language, { file: string; raw: unknown }>(LanguageSchema.options.map((l) => [l, { file: IN_FORCE(l).pathname, raw: undefined }]));
  for (const file of files.length ? files : LanguageSchema.options.map(IN_FORCE)) {
    const name = typeof file === 'string' ? file : file.pathname;
    try {
      const raw: unknown = JSON.parse(readFileSync(file, 'utf8'));
      const lang = (raw as { language?: unknown }).language;
      if (!LanguageSchema.options.includes(lang as Language)) throw new Error('`language` must be en, ru or uz');
      chosen.set(lang as Language, { file: name, raw });
    } catch (e) {
      problems.push(`${name}: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  const checked = new Map<Language, MemorandumTemplate>();
  for (const [lang, { file, raw }] of chosen) {
    try {
      checked.set(lang, checkTemplate(raw ?? JSON.parse(readFileSync(IN_FORCE(lang), 'utf8')), lang));
    } catch (e) {
      problems.push(`${file}: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  const english = checked.get('en');
  for (const lang of ['ru', 'uz'] as const) {
    const other = checked.get(lang);
    if (!english || !other) continue;
    try {
      checkPair(english, other);
    } catch (e) {
      problems.push(`${chosen.get(lang)!.file}: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  return problems;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const problems = templateProblems(process.argv.slice(2));
  for (const p of problems) console.error(p);
  if (problems.length) process.exit(1);
  console.log('The memorandum templates are valid and line up.');
}
