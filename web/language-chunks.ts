/**
 * Words per language, one chunk each, from the tables that keep every sentence in all three
 * languages side by side (web/src/i18n/*-messages.ts, shared/i18n): a translator sees the three
 * together and the compiler refuses a sentence missing one, yet a reader downloads only theirs.
 *
 * `import('./i18n/act-words?lang=ru')` names a word set (a module whose `WORDS` maps each key to
 * its three languages) and a language. This plugin runs the word set at build time (esbuild, in
 * Node) and hands the bundler a module of that language's column alone: `export default {key: text}`.
 * The Preact pages load their reader's language that way first and another one on a switch
 * (web/src/i18n/live.ts).
 */
import { build } from 'esbuild';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';

const WORD_SET = /^(.+-words\.ts)\?lang=(en|ru|uz)$/;

export function languageChunks(): Plugin {
  return {
    name: 'hamkor:language-chunks',
    enforce: 'pre',
    async resolveId(source, importer) {
      const m = /^(.+-words)(?:\.ts)?\?lang=(en|ru|uz)$/.exec(source);
      if (!m || !importer) return null;
      const resolved = await this.resolve(`${m[1]}.ts`, importer, { skipSelf: true });
      return resolved && `${resolved.id}?lang=${m[2]}`;
    },
    async load(id) {
      const m = WORD_SET.exec(id);
      if (!m) return null;
      const [, file, language] = m as unknown as [string, string, 'en' | 'ru' | 'uz'];
      const out = await build({ entryPoints: [file], bundle: true, write: false, format: 'esm', platform: 'node', metafile: true, logLevel: 'silent' });
      for (const input of Object.keys(out.metafile.inputs)) this.addWatchFile(resolve(input));
      const code = out.outputFiles[0]!.text;
      const module = (await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`)) as { WORDS: Record<string, Record<string, string>> };
      const column = Object.fromEntries(Object.entries(module.WORDS).map(([key, words]) => [key, words[language]]));
      for (const [key, text] of Object.entries(column)) if (typeof text !== 'string') this.error(`${file}: "${key}" has no ${language} text`);
      return { code: `export default ${JSON.stringify(column)};\n`, moduleType: 'js' };
    },
  };
}
