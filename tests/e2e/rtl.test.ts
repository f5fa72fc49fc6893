import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { chooseLanguage } from './support/app.ts';
import { launch, openPage } from './support/browser.ts';
import { watchRequests } from './support/network.ts';

const appUrl = inject('appUrl');
// A lesson with an Arabic version, an exercise and glossary words.
const LESSON = 'back-end/values-and-functions';

async function layout(page: Page) {
  const brand = (await page.locator('.site-header .brand').boundingBox())!;
  const nav = (await page.locator('.site-header nav').boundingBox())!;
  return { brand, nav };
}

describe('right-to-left', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(() => browser?.close());

  test('Arabic mirrors the page, the code stays left to right; a screenshot per direction', async () => {
    const context = await browser.newContext({ locale: 'fr-BE', viewport: { width: 1100, height: 900 } });
    const { page, errors } = await openPage(context);
    await page.goto(`${appUrl}#/lesson/${LESSON}`);
    await chooseLanguage(page, 'fr');
    // The editor loads when its exercise comes near the screen.
    await page.locator('.exercise').first().scrollIntoViewIfNeeded();
    const editor = page.locator('.exercise .cm-content').first();
    await editor.waitFor();
    await page.evaluate(() => window.scrollTo(0, 0));
    expect(await page.locator('html').getAttribute('dir')).toBe('ltr');
    const ltr = await layout(page);
    expect(ltr.brand.x + ltr.brand.width).toBeLessThanOrEqual(ltr.nav.x);
    await page.screenshot({ path: 'test-results/ltr-fr.png', fullPage: false });

    // The header's picker: one step from any page.
    await page.locator('#header-language').selectOption('ar');
    await expect.poll(() => page.locator('html').getAttribute('dir')).toBe('rtl');
    expect(await page.locator('html').getAttribute('lang')).toBe('ar');
    await page.locator('article.lesson-body[lang="ar"]').waitFor();
    await page.locator('.exercise').first().scrollIntoViewIfNeeded();
    await editor.waitFor();
    await page.evaluate(() => window.scrollTo(0, 0));

    // Mirrored: the brand now sits on the right of the navigation, the page's start side.
    const rtl = await layout(page);
    expect(rtl.brand.x).toBeGreaterThanOrEqual(rtl.nav.x + rtl.nav.width);
    expect(await page.locator('article.lesson-body').evaluate((element) => getComputedStyle(element).direction)).toBe('rtl');
    // Code is read left to right whatever the page's direction: editor, code blocks.
    expect(await editor.evaluate((element) => getComputedStyle(element).direction)).toBe('ltr');
    for (const block of await page.locator('article.lesson-body pre.code').all()) {
      expect(await block.evaluate((element) => getComputedStyle(element).direction)).toBe('ltr');
    }
    // Back/next arrows flip; check marks would not (they have no direction).
    const arrow = page.locator('.pager .arrow').first();
    if ((await arrow.count()) > 0) expect(await arrow.evaluate((element) => getComputedStyle(element).transform)).toBe('matrix(-1, 0, 0, 1, 0, 0)');
    // The Arabic font is self-hosted: loaded with the language, so nothing shows as boxes offline.
    await expect.poll(() => page.evaluate(() => document.fonts.check('16px "Sirius Arabic"', 'عربي'))).toBe(true);
    await expect.poll(() => page.evaluate(() => [...document.fonts].some((face) => face.family.includes('Sirius Arabic') && face.status === 'loaded'))).toBe(true);
    await page.screenshot({ path: 'test-results/rtl-ar.png', fullPage: false });
    expect(errors).toEqual([]);
    await context.close();
  });

  test('a French device downloads no font; Tigrinya brings the Ethiopic one', async () => {
    const context = await browser.newContext({ locale: 'fr-BE', serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.goto(appUrl);
    // The first-visit screen names every language in its own script: it may use every font. Not afterwards.
    await chooseLanguage(page, 'fr');
    const network = watchRequests(page);
    const fonts: string[] = [];
    page.on('request', (request) => {
      if (request.url().endsWith('.woff2')) fonts.push(request.url());
    });
    await page.reload();
    await page.locator('.track-card').first().waitFor();
    await network.settled();
    expect(fonts).toEqual([]);
    await page.locator('#header-language').selectOption('ti');
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('ti');
    await expect.poll(() => fonts.filter((url) => url.includes('ethiopic')).length).toBeGreaterThan(0);
    await context.close();
  });

  test('resting the mouse on a glossary word shows its meaning, which stays while the mouse is on it; a click keeps it', async () => {
    const context = await browser.newContext({ locale: 'ar' });
    const { page, errors } = await openPage(context);
    // The pauses before showing and hiding are timers: a controlled clock runs them without waiting.
    await page.clock.install();
    await page.goto(`${appUrl}#/lesson/${LESSON}`);
    await chooseLanguage(page, 'ar');
    const term = page.locator('article.lesson-body dfn.term').first();
    await term.waitFor();
    await term.scrollIntoViewIfNeeded();
    const popover = page.locator('.term-popover');
    const away = page.locator('h1');

    await term.hover();
    await page.clock.runFor(350);
    await popover.waitFor();
    expect(await term.getAttribute('aria-expanded')).toBe('true');
    // On its way to the meaning the pointer leaves the word; on the meaning, it stays.
    await popover.hover();
    await page.clock.runFor(2000);
    expect(await popover.count()).toBe(1);
    await away.hover();
    await page.clock.runFor(450);
    await popover.waitFor({ state: 'detached' });
    expect(await term.getAttribute('aria-expanded')).toBe('false');

    await term.hover();
    await page.clock.runFor(350);
    await popover.waitFor();
    await term.click();
    await away.hover();
    await page.clock.runFor(2000);
    expect(await popover.count()).toBe(1);
    await page.keyboard.press('Escape');
    await popover.waitFor({ state: 'detached' });
    expect(errors).toEqual([]);
    await context.close();
  });

  test('glossary words open their meaning in Arabic and in French; Escape closes; the bilingual view shows both', async () => {
    const context = await browser.newContext({ locale: 'ar' });
    const { page, errors } = await openPage(context);
    await page.goto(`${appUrl}#/lesson/${LESSON}`);
    await chooseLanguage(page, 'ar');
    const term = page.locator('article.lesson-body dfn.term').first();
    await term.waitFor();
    expect(await term.getAttribute('role')).toBe('button');
    expect(await term.getAttribute('tabindex')).toBe('0');
    await term.focus();
    await page.keyboard.press('Enter');
    expect(await term.getAttribute('aria-expanded')).toBe('true');
    const popover = page.locator('.term-popover');
    await popover.waitFor();
    await expect.poll(() => popover.locator('p[lang="ar"]').count()).toBe(1);
    expect(await popover.locator('[lang="fr"]').count()).toBe(1);
    await page.keyboard.press('Escape');
    await popover.waitFor({ state: 'detached' });
    expect(await term.getAttribute('aria-expanded')).toBe('false');
    expect(await term.evaluate((element) => element === document.activeElement)).toBe(true);
    await term.click();
    await popover.waitFor();
    await page.locator('h1').click();
    await popover.waitFor({ state: 'detached' });

    await page.getByLabel('اعرض الدرس بالفرنسية أيضًا').check();
    const french = page.locator('.lesson-body .companion[lang="fr"]');
    await french.first().waitFor();
    expect(await page.locator('.lesson-body .prose.companion[lang="fr"]').count()).toBeGreaterThan(0);
    // One workspace per code exercise (a quiz has its own view): the French column has the instructions only.
    expect(await page.locator('.exercise .workspace').count()).toBe(await page.locator('.exercise:not([data-kind="quiz"])').count());
    expect(await page.locator('.companion .workspace').count()).toBe(0);
    // Side by side on a wide screen: the French column is beside (left of, in Arabic) the Arabic one.
    const pair = page.locator('.lesson-body .pair').filter({ has: page.locator('.prose.companion') }).first();
    const own = (await pair.locator('.prose:not(.companion)').boundingBox())!;
    const other = (await pair.locator('.prose.companion').boundingBox())!;
    expect(other.x + other.width).toBeLessThanOrEqual(own.x + 1);
    expect(errors).toEqual([]);
    await context.close();
  });
});
