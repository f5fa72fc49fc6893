/** Two learners sharing one browser: each keeps their own progress and their own language. */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { launch, openPage } from './support/browser.ts';
import { firstVisit, LESSON, LESSON_EXERCISES, passExercise, readDb } from './support/progress.ts';

const appUrl = inject('appUrl');

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

/** The first lesson's status on the front-end track page, in the page's language. */
async function lessonStatus(page: Page): Promise<string> {
  await page.goto(`${appUrl}#/track/front-end`);
  const status = page.locator('.lessons .lesson-status').first();
  await status.waitFor();
  return (await status.innerText()).replace(/\s+/g, ' ').trim();
}

test('a second learner on the same browser has separate progress and language', async () => {
  const context = await browser.newContext({ locale: 'fr-BE' });
  const { page, errors } = await openPage(context);
  await firstVisit(page, appUrl);
  // The first learner ("Moi", made on the first visit) passes an exercise.
  await passExercise(page, appUrl, 'bakery-title');
  expect(await lessonStatus(page)).toContain(`Commencé : 1 sur ${LESSON_EXERCISES}`);

  // A second learner is added on the Profiles page, and becomes the active one.
  await page.goto(`${appUrl}#/profiles`);
  await page.getByRole('button', { name: 'Ajouter un apprenant' }).click();
  await page.getByLabel('Ton prénom ou un surnom').fill('Amina');
  await page.locator('.avatar-choice').filter({ hasText: /./ }).nth(4).click();
  await page.getByRole('button', { name: 'Créer mon profil' }).click();
  await page.getByRole('link', { name: /Amina/ }).waitFor();
  expect(await lessonStatus(page)).toContain('Pas commencé');

  // Amina switches to English; her progress is still her own.
  await page.getByLabel('Langue').selectOption('en');
  await page.locator('html[lang=en]').waitFor();
  expect(await lessonStatus(page)).toContain('Not started');

  // Back to the first learner: French, and the pass is there.
  await page.goto(`${appUrl}#/profiles`);
  await page.getByRole('button', { name: /^Moi/ }).click();
  await page.locator('html[lang=fr]').waitFor();
  expect(await lessonStatus(page)).toContain(`Commencé : 1 sur ${LESSON_EXERCISES}`);

  // After a reload, the last learner chosen is still the one shown, in their language; and back to Amina.
  await page.reload();
  await page.locator('html[lang=fr]').waitFor();
  expect(await lessonStatus(page)).toContain(`Commencé : 1 sur ${LESSON_EXERCISES}`);
  await page.goto(`${appUrl}#/profiles`);
  await page.getByRole('button', { name: /^Amina/ }).click();
  await page.locator('html[lang=en]').waitFor();
  expect(await lessonStatus(page)).toContain('Not started');

  // What is stored: two profiles, each with its own language; the pass belongs to the first only.
  const db = await readDb(page);
  const byName = Object.fromEntries(db.profiles.map((profile) => [profile.name, profile]));
  expect(byName.Moi?.locale).toBe('fr');
  expect(byName.Amina?.locale).toBe('en');
  expect(db.exercises.filter((r) => r.lessonId === LESSON && r.status === 'passed').map((r) => r.profileId)).toEqual([byName.Moi?.id]);
  expect(errors).toEqual([]);
  await context.close();
});
