import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { readLessonTree } from '../../src/lessons/tree.ts';
import type { ParsedExercise } from '../../src/lessons/types.ts';
import { openApp } from './support/app.ts';
import { launch, lessonsRoot, openPage } from './support/browser.ts';

const appUrl = inject('appUrl');
const tree = readLessonTree(lessonsRoot());
const lesson = tree.lessons.find((candidate) => candidate.id === 'front-end/first-page' && candidate.locale === 'fr')!;
const exercises = lesson.blocks.flatMap((block) => (block.type === 'exercise' ? [block.exercise] : []));
const first = exercises[0]!;
const solution = (exercise: ParsedExercise) => exercise.solution[0]!.content;

/** The section of an exercise, where its editor, Run button and results live. */
const section = (page: Page, exercise: ParsedExercise) => page.locator(`#exercise-${exercise.id}`);
const editorOf = (page: Page, exercise: ParsedExercise) => section(page, exercise).locator('.cm-content');

describe('the exercise workspace', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(() => browser?.close());

  test('type the solution, Ctrl+Enter, all tests pass; after a reload the code and the pass are still there', async () => {
    const context = await browser.newContext({ locale: 'fr-BE' });
    const { page, errors } = await openPage(context);
    const runnerFetches: string[] = [];
    page.on('request', (request) => {
      if (/\/assets\/runner-[\w-]+\.js$/.test(request.url())) runnerFetches.push(request.url());
    });
    await openApp(page, `${appUrl}#/lesson/${lesson.id}/${first.id}`, 'fr');
    const editor = editorOf(page, first);
    await editor.waitFor();
    expect(runnerFetches).toEqual([]);
    await editor.click();
    await page.keyboard.press('Control+A');
    await page.keyboard.insertText(solution(first));
    // Writing brings the runner in the background: Run does not wait for a download.
    await expect.poll(() => runnerFetches.length).toBeGreaterThan(0);
    await page.keyboard.press('Control+Enter');

    const exercise = section(page, first);
    await exercise.getByText('Exercice réussi.').waitFor();
    // Every string comes from its namespace, loaded with the page: no raw key shows.
    expect(await exercise.locator('.kicker').textContent()).toBe('Exercice');
    const results = exercise.locator('.tests li');
    expect(await results.count()).toBe(2);
    expect(await exercise.locator('.tests li.passed').count()).toBe(2);
    expect(await exercise.getByText('Les 2 tests passent.').count()).toBe(1);

    await page.reload();
    await editorOf(page, first).waitFor();
    await expect.poll(() => editorOf(page, first).innerText()).toContain('<h1>Boulangerie du Marché</h1>');
    await section(page, first).getByText('Exercice réussi.').waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  test('switching the language mid-lesson brings the exercise in that language: hints, starter, tests', async () => {
    const english = tree.lessons.find((candidate) => candidate.id === lesson.id && candidate.locale === 'en')!;
    const firstInEnglish = english.blocks.flatMap((block) => (block.type === 'exercise' ? [block.exercise] : []))[0]!;
    const context = await browser.newContext({ locale: 'fr-BE' });
    const { page, errors } = await openPage(context);
    await openApp(page, `${appUrl}#/lesson/${lesson.id}/${first.id}`, 'fr');
    const exercise = section(page, first);
    await editorOf(page, first).waitFor();
    await exercise.getByRole('button', { name: 'Voir un indice' }).click();
    await exercise.locator('.hints li').first().waitFor();
    expect(await exercise.locator('.hints li').first().innerText()).toContain(first.hints[0]!.markdown.slice(0, 20));

    await page.locator('#header-language').selectOption('en');
    await exercise.getByRole('button', { name: 'Next hint' }).waitFor();
    await expect.poll(() => exercise.locator('.hints li').first().innerText()).toContain(firstInEnglish.hints[0]!.markdown.slice(0, 20));
    await exercise.getByRole('button', { name: 'Run the tests' }).click();
    await exercise.locator('.tests li').first().waitFor();
    expect(await exercise.locator('.tests li').first().innerText()).toContain(firstInEnglish.tests.match(/test\(['"`](.{0,20})/)![1]!);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('in an SQL exercise, completion offers the tables and columns of its database', async () => {
    const sqlLesson = tree.lessons.find((candidate) => candidate.id === 'back-end/sql-select' && candidate.locale === 'fr')!;
    const sqlExercise = sqlLesson.blocks.flatMap((block) => (block.type === 'exercise' ? [block.exercise] : []))[0]!;
    const context = await browser.newContext({ locale: 'fr-BE' });
    const { page, errors } = await openPage(context);
    await openApp(page, `${appUrl}#/lesson/${sqlLesson.id}/${sqlExercise.id}`, 'fr');
    const editor = editorOf(page, sqlExercise);
    await editor.waitFor();
    await editor.click();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('SELECT tit');
    const options = page.locator('.cm-tooltip-autocomplete li');
    await expect.poll(() => options.allTextContents()).toContain('title');
    await page.keyboard.press('Escape');
    await page.keyboard.type('le FROM boo');
    await expect.poll(() => options.allTextContents()).toContain('books');
    expect(errors).toEqual([]);
    await context.close();
  });

  test('the starter fails with a clear, per-test message', async () => {
    const context = await browser.newContext({ locale: 'fr-BE' });
    const { page } = await openPage(context);
    await openApp(page, `${appUrl}#/lesson/${lesson.id}/${first.id}`, 'fr');
    const exercise = section(page, first);
    await editorOf(page, first).waitFor();
    await exercise.getByRole('button', { name: 'Lancer les tests' }).click();
    await exercise.locator('.tests li').first().waitFor();
    expect(await exercise.locator('.tests li.failed').count()).toBeGreaterThan(0);
    expect(await exercise.getByText('Exercice réussi.').count()).toBe(0);
    await context.close();
  });

  test('keyboard only: from the heading into the editor, out of it with Esc then Tab, to Run and the results', async () => {
    const context = await browser.newContext({ locale: 'fr-BE' });
    const { page } = await openPage(context);
    await openApp(page, `${appUrl}#/lesson/${lesson.id}/${first.id}`, 'fr');
    await editorOf(page, first).waitFor();
    const heading = section(page, first).getByRole('heading', { level: 2 });
    await heading.focus();
    const focusedIsEditor = () => page.evaluate(() => document.activeElement?.classList.contains('cm-content') ?? false);
    for (let step = 0; step < 20 && !(await focusedIsEditor()); step++) await page.keyboard.press('Tab');
    expect(await focusedIsEditor()).toBe(true);
    await page.keyboard.press('Control+A');
    await page.keyboard.insertText(solution(first));
    await page.keyboard.press('Tab');
    expect(await focusedIsEditor()).toBe(true);
    await page.keyboard.press('Escape');
    await page.keyboard.press('Tab');
    expect(await focusedIsEditor()).toBe(false);
    const focusedName = () => page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
    for (let step = 0; step < 10 && !(await focusedName()).includes('Lancer les tests'); step++) await page.keyboard.press('Tab');
    expect(await focusedName()).toContain('Lancer les tests');
    await page.keyboard.press('Enter');
    await section(page, first).getByText('Exercice réussi.').waitFor();
    for (let step = 0; step < 10 && !(await focusedName()).startsWith('Tests'); step++) await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('tab');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('tabpanel');
    await context.close();
  });

  test('on a 360×740 phone the workspace is usable', async () => {
    const context = await browser.newContext({ locale: 'fr-BE', viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
    const { page } = await openPage(context);
    await openApp(page, `${appUrl}#/lesson/${lesson.id}/${first.id}`, 'fr');
    const editor = editorOf(page, first);
    await editor.waitFor();
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(360);
    const run = section(page, first).getByRole('button', { name: 'Lancer les tests' });
    const box = await run.boundingBox();
    expect(box?.width).toBeGreaterThanOrEqual(44);
    expect(box?.height).toBeGreaterThanOrEqual(24);
    await section(page, first).screenshot({ path: 'test-results/workspace-360.png' });
    await editor.click();
    await page.keyboard.press('Control+A');
    await page.keyboard.insertText(solution(first));
    await run.tap();
    await section(page, first).getByText('Exercice réussi.').waitFor();
    await context.close();
  });
});
