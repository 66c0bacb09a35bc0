/**
 * What the browser tests check on every page they visit: axe-core finds no serious or critical
 * accessibility violation, the page fits a 360 px wide phone without sideways scrolling, and a
 * screenshot at 360 px and at 1280 px is saved under tests/e2e/.screenshots/ (git-ignored) for
 * a person to look at.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
export const SCREENSHOTS = fileURLToPath(new URL('../e2e/.screenshots/', import.meta.url));

export type AxeFinding = { id: string; impact: string; help: string; nodes: string[] };

/**
 * axe-core's serious and critical violations on the page as it is now. axe is put into the page
 * through the DevTools protocol (page.evaluate) rather than an inline <script>: the local server
 * sends the same content security policy as CloudFront, which refuses inline scripts, and the
 * tests keep it on so that a page breaking it fails here.
 */
export async function seriousA11yViolations(page: Page): Promise<AxeFinding[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document, options: unknown): Promise<{ violations: any[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: String(v.impact), help: v.help, nodes: v.nodes.map((n: { target: string[] }) => n.target.join(' ')) }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/** How far the page is wider than its viewport (0 when nothing scrolls sideways). */
export async function sidewaysOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

/**
 * Saves `<name>-360.png` and `<name>-1280.png` (full page) and answers how far the page
 * overflowed sideways at 360 px. The viewport is put back as it was.
 */
export async function screenshots(page: Page, name: string): Promise<{ overflowAt360: number }> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const before = page.viewportSize() ?? { width: 1280, height: 800 };
  let overflowAt360 = 0;
  for (const width of [360, 1280]) {
    await page.setViewportSize({ width, height: 800 });
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    if (width === 360) overflowAt360 = await sidewaysOverflow(page);
    await page.screenshot({ path: join(SCREENSHOTS, `${name}-${width}.png`), fullPage: true });
  }
  await page.setViewportSize(before);
  return { overflowAt360 };
}

/**
 * The page's quality bars at once: the axe findings and the sideways overflow at 360 px, with
 * the screenshots saved. Assert on the result: `expect(await checkPage(page, 'x')).toEqual(PASSES)`.
 */
export async function checkPage(page: Page, name: string): Promise<{ a11y: AxeFinding[]; overflowAt360: number }> {
  const a11y = await seriousA11yViolations(page);
  const { overflowAt360 } = await screenshots(page, name);
  return { a11y, overflowAt360 };
}

export const PASSES = { a11y: [], overflowAt360: 0 };

/** Script errors and console errors (a refused inline script, a failed module) a page logged. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error' && !/Failed to load resource: the server responded with a status of (4\d\d)/.test(m.text())) errors.push(m.text());
  });
  return errors;
}
