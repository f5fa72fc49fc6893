import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { readLessonTree } from '../../src/lessons/tree.ts';
import { chooseLanguage } from './support/app.ts';
import { violations } from './support/axe.ts';
import { launch, lessonsRoot } from './support/browser.ts';

const appUrl = inject('appUrl');
const { catalog } = readLessonTree(lessonsRoot());
const track = catalog.tracks[0]!;
const lesson = track.lessons.find((candidate) => candidate.exercises.length > 0)!;

const PAGES = {
  home: '#/',
  track: `#/track/${track.id}`,
  lesson: `#/lesson/${lesson.id}`,
  settings: '#/settings',
};
// Right-to-left must be as accessible as left-to-right.
const LOCALES = ['fr', 'ar'];
const THEMES = ['light', 'dark', 'contrast'] as const;

/** The editor loads when its exercise comes near the screen: bring it there, so axe checks it too. */
async function showEditor(page: Page) {
  await page.locator('.exercise').first().scrollIntoViewIfNeeded();
  await page.locator('.exercise .cm-content').first().waitFor();
}

describe('axe-core finds no WCAG 2.2 AA violation', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(() => browser?.close());

  for (const locale of LOCALES) {
    for (const theme of THEMES) {
      test(`first visit, ${Object.keys(PAGES).join(', ')} in ${locale}, ${theme} theme`, async () => {
        const context = await browser.newContext({ locale, colorScheme: theme === 'light' ? 'light' : 'dark' });
        const page = await context.newPage();
        const found: Record<string, string[]> = {};
        const check = async (name: string) => {
          const list = await violations(page);
          if (list.length > 0) found[name] = list;
        };

        // The language question of a new device, then the language chosen there.
        await page.goto(appUrl);
        await page.locator('.language-choice h1').waitFor();
        await check('language choice');
        await chooseLanguage(page, locale);
        if (theme === 'contrast') {
          await page.goto(`${appUrl}#/settings`);
          await page.locator('input[name="theme"][value="contrast"]').check();
          await expect.poll(() => page.locator('html').getAttribute('data-theme')).toBe('contrast');
        }

        for (const [name, hash] of Object.entries(PAGES)) {
          await page.goto(`${appUrl}${hash}`);
          await page.locator('main h1').waitFor();
          if (name === 'lesson') await showEditor(page);
          await expect.poll(() => page.locator('html').getAttribute('lang')).toBe(locale);
          await check(name);
        }

        // The lesson's reading aids: a glossary word open, and (in Arabic) the French column beside.
        await page.goto(`${appUrl}#/lesson/back-end/conditions-and-loops`);
        const term = page.locator('article.lesson-body dfn.term').first();
        await term.click();
        await page.locator('.term-popover').waitFor();
        if (locale !== 'fr') {
          await page.locator('.tools input[type="checkbox"]').check();
          await page.locator('.prose.companion').first().waitFor();
        }
        await showEditor(page);
        await check('lesson with glossary and bilingual view');

        // Writing code: the completion list open in an HTML file.
        await page.goto(`${appUrl}#/lesson/${lesson.id}`);
        await showEditor(page);
        await page.locator('.exercise .cm-content').first().click();
        await page.keyboard.press('Control+End');
        await page.keyboard.type('\n<str');
        await page.locator('.cm-tooltip-autocomplete').waitFor();
        await check('editor with its completion list');

        expect(found).toEqual({});
        await context.close();
      });
    }
  }
});
