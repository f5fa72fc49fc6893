import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { readLessonTree } from '../../src/lessons/tree.ts';
import { launch, lessonsRoot, openPage } from './support/browser.ts';
import arWorkspace from '../../src/i18n/locales/ar/workspace.json';

const appUrl = inject('appUrl');
const tree = readLessonTree(lessonsRoot());
const lesson = tree.lessons.find((candidate) => candidate.id === 'front-end/first-page' && candidate.locale === 'ar')!;
const exercise = lesson.blocks.flatMap((block) => (block.type === 'exercise' ? [block.exercise] : []))[0]!;

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

test('keyboard only, in Arabic: choose the language, reach the exercise, type the solution, run, pass', async () => {
  const context = await browser.newContext({ locale: 'ar' });
  const { page, errors } = await openPage(context);
  await page.goto(`${appUrl}#/lesson/${lesson.id}/${exercise.id}`);
  const focused = () => page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    return { lang: element?.getAttribute('lang') ?? '', text: element?.textContent?.trim() ?? '', editor: element?.classList.contains('cm-content') ?? false };
  });

  // First visit: Tab to the Arabic button (the suggested one) and press Enter.
  await page.locator('.language-choice').waitFor();
  for (let step = 0; step < 40 && (await focused()).lang !== 'ar'; step++) await page.keyboard.press('Tab');
  expect((await focused()).lang).toBe('ar');
  await page.keyboard.press('Enter');
  await page.locator('article.lesson-body[lang="ar"]').waitFor();
  expect(await page.locator('html').getAttribute('dir')).toBe('rtl');

  // Tab on (from wherever focus landed: the heading, or the exercise the link points to) to the editor.
  const section = page.locator(`#exercise-${exercise.id}`);
  // The editor loads when its exercise comes near the screen (the link scrolled there).
  await section.locator('.cm-content').waitFor();
  for (let step = 0; step < 200 && !(await focused()).editor; step++) await page.keyboard.press('Tab');
  expect((await focused()).editor).toBe(true);
  expect(await section.evaluate((element) => element.contains(document.activeElement))).toBe(true);
  await page.keyboard.press('Control+A');
  await page.keyboard.insertText(exercise.solution[0]!.content);

  // Out of the editor with Esc then Tab (a first Esc may only close a completion list), on to Run, in Arabic.
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Tab');
  expect((await focused()).editor).toBe(false);
  for (let step = 0; step < 15 && !(await focused()).text.includes(arWorkspace.run); step++) await page.keyboard.press('Tab');
  expect((await focused()).text).toContain(arWorkspace.run);
  await page.keyboard.press('Enter');
  await section.locator('.tests li.passed').first().waitFor();
  expect(await section.locator('.tests li.failed').count()).toBe(0);
  expect(errors).toEqual([]);
  await context.close();
});
