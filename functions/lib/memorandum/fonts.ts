/**
 * DejaVu Sans (regular and bold) for the PDF: a TrueType font with Latin, Uzbek Latin (oʻ, gʻ)
 * and Cyrillic glyphs, free to embed (Bitstream Vera licence; DejaVu's changes are in the public
 * domain). In AWS the files lie beside the exports function's bundle (copied there when it is
 * bundled, infra/constructs/api.ts); locally they are read from the npm package dejavu-fonts-ttf.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { MEMORANDUM_FONT } from '../../../shared/memorandum-font';

export type FontFiles = { regular: Uint8Array; bold: Uint8Array };

async function fontFile(name: string): Promise<Uint8Array> {
  try {
    return await readFile(new URL(`./${name}`, import.meta.url));
  } catch {
    return readFile(createRequire(import.meta.url).resolve(`${MEMORANDUM_FONT.packageDir}/${name}`));
  }
}

let loaded: Promise<FontFiles> | undefined;

/** Read once per process: a warm function does not read 1.4 MB again per download. */
export function memorandumFonts(): Promise<FontFiles> {
  loaded ??= Promise.all([fontFile(MEMORANDUM_FONT.files.regular), fontFile(MEMORANDUM_FONT.files.bold)]).then(
    ([regular, bold]) => ({ regular, bold }),
    (e: unknown) => {
      // Not kept: the next download tries again rather than failing for the process's life.
      loaded = undefined;
      throw e;
    },
  );
  return loaded;
}
