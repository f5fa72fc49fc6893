import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { localized } from '../../src/lessons/library.ts';
import { readLessonTree } from '../../src/lessons/tree.ts';
import { openApp, OFFLINE_READY_MS } from './support/app.ts';
import { launch, lessonsRoot, openPage } from './support/browser.ts';

const { catalog } = readLessonTree(lessonsRoot());
const appUrl = inject('appUrl');

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

test('after one visit, the app reloads and opens a never-opened lesson with the network off', async () => {
  const context = await browser.newContext({ locale: 'fr-BE' });
  const { page } = await openPage(context);
  await openApp(page, appUrl, 'fr');
  await page.getByText('Disponible hors ligne').waitFor({ timeout: OFFLINE_READY_MS });
  await page.evaluate(() => navigator.serviceWorker.ready);

  await context.setOffline(true);
  await page.reload();
  await page.getByText('Hors ligne — tout fonctionne').waitFor();

  const track = catalog.tracks.at(-1)!;
  const lesson = track.lessons[0]!;
  await page.getByRole('link', { name: localized(track.title, 'fr'), exact: true }).click();
  await page.getByRole('link', { name: localized(lesson.title, 'fr') }).click();
  await page.locator('article.lesson-body').waitFor();
  expect(await page.locator('.exercise').count()).toBe(lesson.exercises.length);
  await context.close();
});
