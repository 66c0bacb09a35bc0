/**
 * The office console at 1280 px, in a real browser (Debian Chromium via playwright-core): the
 * approval chains' choices show their whole text ("The nominee's department", «Заведующий
 * кафедрой»), in English, Russian and Uzbek. (The registry's columns are checked with its views in
 * office-console.test.ts.) A select does not wrap or scroll: text wider than its box is cut off
 * without a sign, so the test compares the chosen option's text with the room the box gives it.
 * The page passes axe-core and fits a 360 px phone.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/browser';
import { startHarness, type Harness } from '../support/harness';
import { checkPage, PASSES } from '../support/pages';
import { openSignedIn } from '../support/signed-in';

let h: Harness;
let browser: Browser;
let admin: string;

beforeAll(async () => {
  h = await startHarness('e2e-office-console-fit');
  admin = await h.signIn('admin@uni.example');
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await h?.stop();
});

/** Each step's select whose chosen text is wider than the room inside it (its padding and arrow kept), as "text: needed > room". */
const clippedSelects = (page: Page) =>
  page.locator('#chain-forms select').evaluateAll((selects) => {
    const ctx = document.createElement('canvas').getContext('2d')!;
    const ARROW = 20; // Chromium's drop-down arrow
    return selects.flatMap((node) => {
      const s = node as HTMLSelectElement;
      const style = getComputedStyle(s);
      ctx.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
      const text = s.selectedOptions[0]?.text ?? '';
      const needed = Math.ceil(ctx.measureText(text).width);
      const room = s.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - ARROW;
      return needed > room ? [`${text}: ${needed} > ${Math.floor(room)}`] : [];
    });
  });

describe('the approval chains at 1280 px', () => {
  it('show every step’s role, scope and policy whole, in English, Russian and Uzbek', async () => {
    // Prepare
    const { context, page, errors } = await openSignedIn(browser, h, admin, '/office/chains', { locale: 'en-US', viewport: { width: 1280, height: 800 } });
    await expect.poll(() => page.locator('#chain-forms select').count(), { timeout: 15_000 }).toBeGreaterThan(5);

    // Act
    const clipped: Record<string, string[]> = { en: await clippedSelects(page) };
    const checked = await checkPage(page, 'office-chains-wide');
    for (const [language, caption] of [['ru', 'Language'], ['uz', 'Язык'], ['en', 'Til']] as const) {
      const kept = page.waitForResponse((r) => r.url().endsWith('/api/me/language') && Boolean(r.request().postData()?.includes(`"${language}"`)));
      await page.getByLabel(caption, { exact: true }).selectOption(language);
      await kept;
      clipped[language] = await clippedSelects(page);
    }
    await context.close();

    // Assess
    expect(clipped).toEqual({ en: [], ru: [], uz: [] });
    expect(errors).toEqual([]);
    expect(checked).toEqual(PASSES);
  });
});
