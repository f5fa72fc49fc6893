import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { readLessonTree } from '../../src/lessons/tree.ts';
import { openApp } from './support/app.ts';
import { launch, lessonsRoot } from './support/browser.ts';

const appUrl = inject('appUrl');
const lesson = readLessonTree(lessonsRoot()).lessons.find((candidate) => candidate.id === 'back-end/routing' && candidate.locale === 'fr')!;
const exercise = lesson.blocks.flatMap((block) => (block.type === 'exercise' && block.exercise.id === 'add-appointment' ? [block.exercise] : []))[0]!;

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

test('the HTTP client panel sends a POST with a JSON body to the learner’s handler and shows status, headers and body', async () => {
  const context = await browser.newContext({ locale: 'fr-BE' });
  const page = await context.newPage();
  await openApp(page, `${appUrl}#/lesson/${lesson.id}/${exercise.id}`, 'fr');
  const section = page.locator(`#exercise-${exercise.id}`);
  await section.locator('.cm-content').click();
  await page.keyboard.press('Control+A');
  await page.keyboard.insertText(exercise.solution[0]!.content);

  await section.getByRole('tab', { name: 'Client HTTP' }).click();
  await section.getByLabel('Méthode').selectOption('POST');
  await section.getByLabel('Chemin').fill('/appointments');
  await section.getByLabel('Corps de la requête').fill('{ "name": "Amina", "category": "bike" }');
  await section.getByRole('button', { name: 'Envoyer' }).click();

  const response = section.getByRole('region', { name: 'Réponse' });
  await response.waitFor();
  const text = await response.innerText();
  expect(text).toMatch(/POST \/appointments → 201/);
  expect(text).toMatch(/content-type: application\/json/);
  expect(text).toContain('"name": "Amina"');
  // The request is kept in the history, to send again.
  await section.getByRole('button', { name: 'POST /appointments' }).waitFor();
  await context.close();
});
