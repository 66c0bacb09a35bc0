/**
 * What every Preact page has around its content: the skip link, the header with the brand and the
 * language switcher, and `<main>`; and `mountPage`, which loads the reader's words and then
 * renders the page over the HTML's static fallback (the same frame, "Loading…" and a noscript).
 */
import { render, type ComponentChildren, type FunctionComponent } from 'preact';
import { useEffect } from 'preact/hooks';
import { chooseLanguage, lang, startWords, t, type WordChunks } from '../i18n/live';
import { LanguageSwitcher } from './language-switcher';

type FrameProps = { children: ComponentChildren; /** The brand links home where a person has one (not on the approver's page). */ brandHref?: string };

export function PageFrame({ children, brandHref }: FrameProps) {
  return (
    <>
      <a class="skip-link" href="#main">
        {t('chrome.skip')}
      </a>
      <header class="site">
        {brandHref ? (
          <a class="brand" href={brandHref}>
            Hamkor
          </a>
        ) : (
          <span class="brand">Hamkor</span>
        )}
        <LanguageSwitcher label={t('chrome.language')} value={lang.value} onChoose={(l) => void chooseLanguage(l)} />
      </header>
      <main id="main" tabIndex={-1}>
        {children}
      </main>
    </>
  );
}

/** The tab's title: the page's heading, then the brand (the brand alone while the page knows no more). */
export function useTitle(heading: string): void {
  useEffect(() => {
    document.title = heading === 'Hamkor' ? 'Hamkor' : `${heading} — Hamkor`;
  }, [heading]);
}

/**
 * Loads the words in the reader's language (`preferred`: what the link says, when no choice was
 * made on this device), then renders `Page` in place of the static HTML.
 */
export async function mountPage(Page: FunctionComponent, chunks: WordChunks, preferred?: unknown): Promise<void> {
  await startWords(chunks, preferred);
  document.body.replaceChildren();
  render(<Page />, document.body);
}
