/**
 * The unit project's Preact pages and components render into a fresh element of happy-dom's
 * document, in a page's words (English unless said), with nothing left from the test before:
 * no language chosen on the device, no stubbed fetch, nothing rendered.
 */
import { render } from 'preact';
import { vi } from 'vitest';
import { startWords, type Language, type WordChunks } from '../../web/src/i18n/live';

export async function freshRoot(words: WordChunks, language: Language = 'en'): Promise<HTMLElement> {
  localStorage.clear();
  const root = document.createElement('div');
  document.body.replaceChildren(root);
  await startWords(words, language);
  return root;
}

export function clearRoot(root: HTMLElement | undefined): void {
  if (root) render(null, root);
  vi.unstubAllGlobals();
}
