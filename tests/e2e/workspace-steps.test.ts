/** Project steps that continue each other, and help that waits for a first try. */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { readLessonTree } from '../../src/lessons/tree.ts';
import type { ParsedExercise } from '../../src/lessons/types.ts';
import { openApp } from './support/app.ts';
import { launch, lessonsRoot, openPage } from './support/browser.ts';

const appUrl = inject('appUrl');
const tree = readLessonTree(lessonsRoot());
const exercisesOf = (id: string) =>
  tree.lessons.find((lesson) => lesson.id === id && lesson.locale === 'fr')!.blocks.flatMap((block) => (block.type === 'exercise' ? [block.exercise] : []));
const section = (page: Page, exercise: ParsedExercise) => page.locator(`#exercise-${exercise.id}`);
const editorOf = async (page: Page, exercise: ParsedExercise) => {
  await section(page, exercise).scrollIntoViewIfNeeded();
  const editor = section(page, exercise).locator('.cm-content');
  await editor.waitFor();
  return editor;
};

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

test('portfolio step 2 opens with the learner\'s own step-1 files, on the page and after a reload', async () => {
  const [structure, cards] = exercisesOf('front-end/portfolio-project');
  expect(cards?.starterFrom).toBe(structure?.id);
  const context = await browser.newContext({ locale: 'fr-BE' });
  const { page, errors } = await openPage(context);
  await openApp(page, `${appUrl}#/lesson/front-end/portfolio-project/${structure!.id}`, 'fr');
  const mine = structure!.solution.find((file) => file.name === 'index.html')!.content.replaceAll('Samira Haddad', 'Amina Diallo');
  const first = await editorOf(page, structure!);
  await first.click();
  await page.keyboard.press('Control+A');
  await page.keyboard.insertText(mine);

  // Step 2 has no files of its own yet: it follows step 1 as soon as step 1 is saved.
  await expect.poll(async () => (await editorOf(page, cards!)).innerText()).toContain('Amina Diallo');
  expect(await (await editorOf(page, cards!)).innerText()).not.toContain('Samira Haddad');

  await page.reload();
  await expect.poll(async () => (await editorOf(page, cards!)).innerText()).toContain('Amina Diallo');
  expect(errors).toEqual([]);
  await context.close();
});

test('the last hint and the solution stay locked until the learner has run the code once', async () => {
  const [exercise] = exercisesOf('front-end/first-page');
  expect(exercise!.hints.length).toBeGreaterThan(1);
  const context = await browser.newContext({ locale: 'fr-BE' });
  const { page, errors } = await openPage(context);
  await openApp(page, `${appUrl}#/lesson/front-end/first-page/${exercise!.id}`, 'fr');
  await editorOf(page, exercise!);
  const help = section(page, exercise!).getByRole('region', { name: 'Aide' });
  const locked = help.getByText('Essaie d\'abord : clique une fois sur « Lancer les tests ».');
  await locked.waitFor();
  for (let shown = 0; shown < exercise!.hints.length - 1; shown++) {
    await help.getByRole('button', { name: shown === 0 ? 'Voir un indice' : 'Indice suivant' }).click();
  }
  await expect.poll(() => help.locator('.hints li').count()).toBe(exercise!.hints.length - 1);
  expect(await help.getByRole('button', { name: /Indice suivant|Voir un indice/ }).count()).toBe(0);
  expect(await help.getByRole('button', { name: 'Voir la solution' }).count()).toBe(0);

  await section(page, exercise!).getByRole('button', { name: 'Lancer les tests' }).click();
  await help.getByRole('button', { name: 'Indice suivant' }).click();
  await expect.poll(() => help.locator('.hints li').count()).toBe(exercise!.hints.length);
  expect(await locked.count()).toBe(0);
  await help.getByRole('button', { name: 'Voir la solution' }).waitFor();
  expect(errors).toEqual([]);
  await context.close();
});
