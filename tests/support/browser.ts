/**
 * Debian's Chromium driven by playwright-core, with the flags this closed network needs
 * (no background networking, no component updates), as root (no sandbox).
 */
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions } from 'playwright-core';
import { existsSync } from 'node:fs';

export const CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));

export async function launchChromium(): Promise<Browser> {
  if (!CHROMIUM) throw new Error('Chromium is not installed: apt-get install -y chromium (.ci/run does this)');
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/**
 * A browser context carrying a session cookie the API issued (`hamkor_session=…`, from
 * `Harness.signIn`), for the signed-in pages.
 */
export async function signedInContext(browser: Browser, appUrl: string, cookie: string, options: BrowserContextOptions = {}): Promise<BrowserContext> {
  const context = await browser.newContext(options);
  await context.addCookies([{ name: cookie.slice(0, cookie.indexOf('=')), value: cookie.slice(cookie.indexOf('=') + 1), url: appUrl }]);
  return context;
}
