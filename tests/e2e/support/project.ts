/** Steps shared by the portfolio tests: passing a step of a lesson with the trainer's solution in each file. */
import type { Page } from 'playwright-core';
import { exercisesOf } from '../../../src/lessons/exercises-of.ts';
import { readLessonTree } from '../../../src/lessons/tree.ts';
import { lessonsRoot } from './browser.ts';
import { expectStored } from './progress.ts';

/** The front-end track's project lesson (its last), and its first step. */
export const PROJECT_LESSON = 'front-end/portfolio-project';
export const PROJECT_EXERCISE = 'portfolio-structure';
/** An exercise of another lesson that its lesson marks `project`: it shows in "Mes projets" too. */
export const MARKED_LESSON = 'front-end/talking-to-a-server';
export const MARKED_EXERCISE = 'send-an-order';

const tree = readLessonTree(lessonsRoot());
/** An exercise as the French lesson writes it. */
export const exerciseOf = (lessonId: string, exerciseId: string) =>
  exercisesOf(tree.lessons.find((lesson) => lesson.id === lessonId && lesson.locale === 'fr')!).find((candidate) => candidate.id === exerciseId)!;

export const projectSection = (page: Page, exerciseId = PROJECT_EXERCISE) => page.locator(`#exercise-${exerciseId}`);

/** Opens a step, types the trainer's solution in each file, runs the tests, waits for the stored pass. */
export async function passWithSolution(page: Page, appUrl: string, lessonId: string, exerciseId: string): Promise<void> {
  await page.goto(`${appUrl}#/lesson/${lessonId}/${exerciseId}`);
  const section = projectSection(page, exerciseId);
  await section.locator('.cm-content').waitFor();
  for (const file of exerciseOf(lessonId, exerciseId).solution) {
    await section.getByRole('tab', { name: file.name, exact: true }).click();
    await section.locator('.cm-content').click();
    await page.keyboard.press('Control+A');
    await page.keyboard.insertText(file.content);
  }
  await section.getByRole('button', { name: 'Lancer les tests' }).click();
  await section.getByText('Exercice réussi.').waitFor();
  await expectStored(page, (db) => db.exercises.some((r) => r.exerciseId === exerciseId && r.status === 'passed'));
}

/** Passes the first step of the front-end project. */
export const passProject = (page: Page, appUrl: string) => passWithSolution(page, appUrl, PROJECT_LESSON, PROJECT_EXERCISE);
