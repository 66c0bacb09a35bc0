/**
 * The item's page (item-page.tsx, Preact) drawn into the hand-built form page (pages/app.ts) in
 * place of its `<main>`'s content, until the page's own Preact entry lands: the page's words
 * (i18n/home-words.ts) in the reader's language only, following the older switcher (chrome.ts).
 * Loaded beside the item's reads, never before the form page's scripts.
 */
import { render } from 'preact';
import type { Me } from '../api-types';
import { lang as pageLanguage, onLanguageChange } from '../i18n';
import { storedLanguage } from '../i18n/choice';
import { chooseLanguage, lang, preferLanguage, startWords, type Language, type WordChunks } from '../i18n/live';
import { ItemPage, itemPage, type ItemAddress } from './item-page';

const WORDS: WordChunks = {
  en: () => import('../i18n/home-words?lang=en'),
  ru: () => import('../i18n/home-words?lang=ru'),
  uz: () => import('../i18n/home-words?lang=uz'),
};

/** Draws the item at `address` into `main`, then reads it. */
export async function showItemPage(main: HTMLElement, address: ItemAddress, me: Me): Promise<void> {
  const model = itemPage(address, me);
  const loading = model.load();
  const follow = (next: Language) => (storedLanguage() ? chooseLanguage(next) : preferLanguage(next));
  onLanguageChange((next) => void follow(next));
  await startWords(WORDS, pageLanguage());
  // A switch made while the words were on their way.
  if (lang.value !== pageLanguage()) await follow(pageLanguage());
  main.replaceChildren();
  render(<ItemPage model={model} />, main);
  await loading;
}
