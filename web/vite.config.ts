/**
 * The pages' build: one HTML entry per page (multi-page, no framework), TypeScript modules under
 * src/ that import shared/ directly (the zod schemas, the i18n words), hashed assets under
 * dist/assets/. dist/ is what the local server serves and what CDK uploads to S3.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

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
  // People and roles, approval chains: with words of their own (i18n/admin-messages.ts).
  people: at('office-people.html'),
  chains: at('office-chains.html'),
};

export default defineConfig({
  root: webRoot,
  base: '/',
  publicDir: false,
  logLevel: 'warn',
  build: {
    outDir: at('dist'),
    emptyOutDir: true,
    // Phones in the region run recent Chrome and Safari; no legacy bundle.
    target: 'es2022',
    // Every page is one entry with few shared chunks; the preload polyfill only costs bytes.
    modulePreload: { polyfill: false },
    reportCompressedSize: false,
    rolldownOptions: {
      input: PAGE_ENTRIES,
      output: {
        // An entry is named after its page; what pages share (the words, the item view) and the
        // one stylesheet get plain names rather than those of whichever module came first.
        chunkFileNames: 'assets/shared-[hash].js',
        assetFileNames: (asset) => (asset.names.some((n) => n.endsWith('.css')) ? 'assets/style-[hash][extname]' : 'assets/[name]-[hash][extname]'),
      },
    },
  },
  server: {
    // The pages import ../shared; the dev server may read the whole repository.
    fs: { allow: [at('..')] },
  },
});
