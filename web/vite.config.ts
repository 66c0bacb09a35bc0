/**
 * The pages' build: one HTML entry per page (multi-page; the pages moved to Preact so far are .tsx), TypeScript modules under
 * src/ that import shared/ directly (the zod schemas, the i18n words), hashed assets under
 * dist/assets/. dist/ is what the local server serves and what CDK uploads to S3.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { languageChunks } from './language-chunks.ts';

const webRoot = fileURLToPath(new URL('.', import.meta.url));
const at = (file: string) => fileURLToPath(new URL(file, import.meta.url));

/** The HTML entries; their page routes are in infra/web-site.ts. */
export const PAGE_ENTRIES = {
  index: at('index.html'),
  signin: at('signin.html'),
  act: at('act.html'),
  // The office console: entries of their own, so the form page carries none of their code nor
  // their words (i18n/office-messages.ts, which only these pages import).
  office: at('office-agreements.html'),
  nominations: at('office-nominations.html'),
  partners: at('office-partners.html'),
  // The registry of international activities (Preact), with its own words (i18n/activities-words.ts).
  activities: at('office-activities.html'),
  // People and roles, approval chains: with words of their own (i18n/admin-messages.ts).
  people: at('office-people.html'),
  chains: at('office-chains.html'),
  // The office's statistics: Preact, its words per language (i18n/reports-words.ts).
  reports: at('office-reports.html'),
  // The annual report for the rector (Preact; printed to A4 from the browser).
  annual: at('office-annual.html'),
  // The office's import of past agreements and mobilities (Preact), with its own words (i18n/import-words.ts).
  import: at('office-import.html'),
  // The console's landing page, the office's dashboard (Preact), with its own words (i18n/dashboard-words.ts).
  dashboard: at('office-dashboard.html'),
};

/**
 * The form page (/) is built on its own, after the others, into the same folder. A bundle keeps
 * every part of a shared module (zod/mini's schemas, the shared schemas) that any of its entries
 * uses, and puts it in a chunk they all load: built with the console, the form carried the zod
 * the console's schemas need (records, discriminated unions …), over its 45 KB budget. Alone,
 * it carries only its own.
 */
const FORM_ENTRY = 'index';
const { [FORM_ENTRY]: formEntry, ...otherEntries } = PAGE_ENTRIES;

/** The output's names, the same for both builds. */
const output = {
  // An entry is named after its page; what pages share (the words, the item view) and the
  // one stylesheet get plain names rather than those of whichever module came first.
  // A page's words in one language (language-chunks.ts) are named after their set and language
  // (`act-words-ru-….js`), which the bench reads to count one language per page.
  chunkFileNames: (chunk: { facadeModuleId: string | null }) => {
    const words = /([\w-]+-words)\.ts\?lang=(en|ru|uz)$/.exec(chunk.facadeModuleId ?? '');
    return words ? `assets/${words[1]}-${words[2]}-[hash].js` : 'assets/shared-[hash].js';
  },
  assetFileNames: (asset: { names: string[] }) => (asset.names.some((n) => n.endsWith('.css')) ? 'assets/style-[hash][extname]' : 'assets/[name]-[hash][extname]'),
};

export default defineConfig({
  root: webRoot,
  base: '/',
  publicDir: false,
  logLevel: 'warn',
  // Words per language, one chunk each (language-chunks.ts), for the Preact pages.
  plugins: [languageChunks()],
  // The Preact pages' JSX (tsconfig.json says the same to the type checker).
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  build: {
    outDir: at('dist'),
    emptyOutDir: true,
    // Phones in the region run recent Chrome and Safari; no legacy bundle.
    target: 'es2022',
    // Every page is one entry with few shared chunks; the preload polyfill only costs bytes.
    modulePreload: { polyfill: false },
    reportCompressedSize: false,
  },
  // Two builds into one folder (see FORM_ENTRY): the other pages first, which empties it, then the form.
  environments: {
    client: { build: { rolldownOptions: { input: otherEntries, output } } },
    form: { consumer: 'client', build: { emptyOutDir: false, rolldownOptions: { input: { [FORM_ENTRY]: formEntry }, output } } },
  },
  builder: {
    async buildApp(builder) {
      await builder.build(builder.environments.client!);
      await builder.build(builder.environments.form!);
    },
  },
  server: {
    // The pages import ../shared; the dev server may read the whole repository.
    fs: { allow: [at('..')] },
  },
});
