/** Steps shared by the portfolio tests: passing the first step of the front-end track's project lesson. */
import type { Page } from 'playwright-core';
import { readLessonTree } from '../../../src/lessons/tree.ts';
import { lessonsRoot } from './browser.ts';
import { expectStored } from './progress.ts';

export const PROJECT_LESSON = 'front-end/portfolio-project';
export const PROJECT_EXERCISE = 'portfolio-structure';

const tree = readLessonTree(lessonsRoot());
const exercise = tree.lessons
  .find((lesson) => lesson.id === PROJECT_LESSON && lesson.locale === 'fr')!
  .blocks.flatMap((block) => (block.type === 'exercise' ? [block.exercise] : []))
  .find((candidate) => candidate.id === PROJECT_EXERCISE)!;

export const projectSection = (page: Page) => page.locator(`#exercise-${PROJECT_EXERCISE}`);

/** Opens the project exercise, types the trainer's solution in each file, runs the tests, waits for the stored pass. */
export async function passProject(page: Page, appUrl: string): Promise<void> {
  await page.goto(`${appUrl}#/lesson/${PROJECT_LESSON}/${PROJECT_EXERCISE}`);
  const section = projectSection(page);
  await section.locator('.cm-content').waitFor();
  for (const file of exercise.solution) {
    await section.getByRole('tab', { name: file.name, exact: true }).click();
    await section.locator('.cm-content').click();
    await page.keyboard.press('Control+A');
    await page.keyboard.insertText(file.content);
  }
  await section.getByRole('button', { name: 'Lancer les tests' }).click();
  await section.getByText('Exercice réussi.').waitFor();
  await expectStored(page, (db) => db.exercises.some((r) => r.exerciseId === PROJECT_EXERCISE && r.status === 'passed'));
}
