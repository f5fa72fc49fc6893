import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { chooseLanguage } from './support/app.ts';
import { launch, lessonsRoot, openPage } from './support/browser.ts';

const appUrl = inject('appUrl');
const TRACK = 'front-end';
// Dari, right to left: Arabic now has every lesson, Dari has the first three of each track and falls back to French.
const LANG = 'prs';

/** The first lesson of the track with no Dari version: a Dari reader gets it in French. */
function firstFallbackLesson(): string {
  const root = join(lessonsRoot(), TRACK);
  const folder = readdirSync(root)
    .filter((name) => /^\d+-/.test(name))
    .sort()
    .find((name) => !existsSync(join(root, name, `${LANG}.md`)));
  if (!folder) throw new Error(`every ${TRACK} lesson exists in ${LANG}: pick another right-to-left language for this test`);
  return `${TRACK}/${folder.replace(/^\d+-/, '')}`;
}

/** Direction and bidi isolation as the browser computes them. */
const bidi = (element: Locator) =>
  element.evaluate((node) => ({ direction: getComputedStyle(node).direction, unicodeBidi: getComputedStyle(node).unicodeBidi }));

/**
 * Where the last character of an element's text is drawn, against the one before it: in a French sentence the
 * final period sits after (right of) the last word; laid out right to left it would jump to the start.
 */
const lastCharacterAfterPrevious = (element: Locator) =>
  element.evaluate((node) => {
    const text = [...node.childNodes].reverse().find((child) => child.nodeType === Node.TEXT_NODE && child.textContent!.trim());
    const content = text!.textContent!.trimEnd();
    const box = (start: number) => {
      const range = document.createRange();
      range.setStart(text!, start);
      range.setEnd(text!, start + 1);
      return range.getBoundingClientRect();
    };
    const last = box(content.length - 1);
    const previous = box(content.length - 2);
    return { character: content.at(-1), after: last.left >= previous.right - 1 && Math.abs(last.top - previous.top) < 2 };
  });

describe('right-to-left pages with left-to-right text inside', () => {
  let browser: Browser;
  let page: Page;
  let errors: string[];
  const lessonId = firstFallbackLesson();

  beforeAll(async () => {
    browser = await launch();
    const context = await browser.newContext({ locale: LANG, viewport: { width: 1100, height: 900 } });
    ({ page, errors } = await openPage(context));
    await page.goto(appUrl);
    await chooseLanguage(page, LANG);
  });
  afterAll(() => browser?.close());

  // Every track has Dari texts today: this guards the cards for a new track that does not yet.
  test('home: a track text not in Dari is isolated and left to right', async () => {
    await page.locator('.track-card').first().waitFor();
    expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
    for (const text of await page.locator('.track-card h3 a, .track-card > p:not(.facts):not(.done)').all()) {
      const lang = await text.getAttribute('lang');
      if (lang === null || lang === LANG) continue;
      expect(await bidi(text)).toEqual({ direction: 'ltr', unicodeBidi: 'isolate' });
    }
    expect(errors).toEqual([]);
  });

  test('track page: a French fallback summary ends with its period on the right', async () => {
    await page.goto(`${appUrl}#/track/${TRACK}`);
    const card = page.locator('.lessons li.card').filter({ has: page.locator(`a[href$="/lesson/${lessonId}"]`) });
    const title = card.locator('h3 a');
    await title.waitFor();
    expect(await title.getAttribute('lang')).toBe('fr');
    expect(await bidi(title)).toEqual({ direction: 'ltr', unicodeBidi: 'isolate' });
    const summary = card.locator('p[lang="fr"]');
    expect(await bidi(summary)).toEqual({ direction: 'ltr', unicodeBidi: 'isolate' });
    expect(await lastCharacterAfterPrevious(summary)).toEqual({ character: '.', after: true });
    // The measure can fail: laid out right to left, the same French text puts its period at the wrong end.
    await summary.evaluate((node) => node.setAttribute('dir', 'rtl'));
    expect(await lastCharacterAfterPrevious(summary)).toEqual({ character: '.', after: false });
    await summary.evaluate((node) => node.setAttribute('dir', 'ltr'));
    // A Dari lesson of the same track is not marked: it is in the page's language.
    expect(await page.locator('.lessons li.card h3 a').first().getAttribute('lang')).toBeNull();
    expect(errors).toEqual([]);
  });

  test('lesson page: the French title, body and pager titles are left to right; code inside Dari prose too', async () => {
    await page.goto(`${appUrl}#/lesson/${lessonId}`);
    const heading = page.locator('h1');
    await page.locator('article.lesson-body[lang="fr"]').waitFor();
    expect(await heading.getAttribute('lang')).toBe('fr');
    expect(await bidi(heading)).toEqual({ direction: 'ltr', unicodeBidi: 'isolate' });
    expect(await bidi(page.locator('article.lesson-body'))).toMatchObject({ direction: 'ltr' });
    // Previous lesson in Dari: unmarked; its French neighbours are marked.
    const previous = page.locator('.pager .previous span[lang]');
    expect(await previous.count()).toBe(0);
    for (const title of await page.locator('.pager span[lang="fr"]').all()) {
      expect(await bidi(title)).toEqual({ direction: 'ltr', unicodeBidi: 'isolate' });
    }

    // A Dari lesson: inline code is read left to right, isolated from the Dari sentence around it.
    await page.locator('.pager .previous').click();
    await page.locator(`article.lesson-body[lang="${LANG}"]`).waitFor();
    const code = page.locator('article.lesson-body :not(pre) > code');
    expect(await code.count()).toBeGreaterThan(0);
    expect(await bidi(code.first())).toEqual({ direction: 'ltr', unicodeBidi: 'isolate' });
    expect(errors).toEqual([]);
  });
});
