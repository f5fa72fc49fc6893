/**
 * The first visit downloads the app and the lessons in French; the lessons in the learner's own language follow
 * once it is known, and the app says "available offline" only when they are in too.
 */
import type { Browser, BrowserContext, Request } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import ar from '../../src/i18n/locales/ar/app.json';
import { localized } from '../../src/lessons/library.ts';
import { readLessonTree } from '../../src/lessons/tree.ts';
import { openApp, OFFLINE_READY_MS } from './support/app.ts';
import { launch, lessonsRoot, openPage } from './support/browser.ts';

const { catalog } = readLessonTree(lessonsRoot());
const appUrl = inject('appUrl');
/** `…/lessons/<track>/<slug>/<locale>.json`, whoever asks for it: the page or the service worker. */
const lessonFile = (locale: string) => new RegExp(`/lessons/[^/]+/[^/]+/${locale}\\.json(\\?|$)`);
const arabic = (text: string) => text.replace('{{languages}}', '\u2068العربية\u2069');

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

/** Every request the context makes (pages and service worker) whose URL matches `pattern`. */
function countRequests(context: BrowserContext, pattern: RegExp): () => number {
  const seen: Request[] = [];
  context.on('request', (request) => {
    if (pattern.test(request.url())) seen.push(request);
  });
  return () => seen.length;
}

test('a learner who chose Arabic opens an Arabic lesson never seen before with the network off', async () => {
  const context = await browser.newContext({ locale: 'ar' });
  const { page, errors } = await openPage(context);
  await openApp(page, appUrl, 'ar');
  await page.getByText(ar.offline.ready, { exact: true }).waitFor({ timeout: OFFLINE_READY_MS });
  await page.evaluate(() => navigator.serviceWorker.ready);

  await context.setOffline(true);
  await page.reload();
  await page.getByText(ar.offline.offlineWorking, { exact: true }).waitFor();
  const track = catalog.tracks.findLast((candidate) => candidate.lessons.some((lesson) => lesson.locales.includes('ar')))!;
  const lesson = track.lessons.findLast((candidate) => candidate.locales.includes('ar'))!;
  await page.getByRole('link', { name: localized(track.title, 'ar'), exact: true }).click();
  await page.getByRole('link', { name: localized(lesson.title, 'ar') }).click();
  await page.locator('article.lesson-body[lang="ar"]').waitFor();
  await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(localized(lesson.title, 'ar'));
  expect(await page.locator('.exercise').count()).toBe(lesson.exercises.length);
  expect(errors).toEqual([]);
  await context.close();
});

test('the first visit in French downloads no Arabic lesson', async () => {
  const context = await browser.newContext({ locale: 'fr-BE' });
  const arabicLessons = countRequests(context, lessonFile('ar'));
  const frenchLessons = countRequests(context, lessonFile('fr'));
  const { page } = await openPage(context);
  await openApp(page, appUrl, 'fr');
  await page.getByText('Disponible hors ligne', { exact: true }).waitFor({ timeout: OFFLINE_READY_MS });
  // The service worker's downloads are seen: every French lesson went into the offline cache.
  const french = catalog.tracks.flatMap((track) => track.lessons).filter((lesson) => lesson.locales.includes('fr')).length;
  expect(frenchLessons()).toBeGreaterThanOrEqual(french);
  expect(arabicLessons()).toBe(0);
  await context.close();
});

test('until the Arabic lessons are in, the app does not say it works offline, and it fetches them when the network is back', async () => {
  const context = await browser.newContext({ locale: 'ar' });
  // The school wifi lets the app through but drops every Arabic lesson.
  const arabicFile = lessonFile('ar');
  await context.route(arabicFile, (route) => route.abort('internetdisconnected'));
  const { page } = await openPage(context);
  await openApp(page, appUrl, 'ar');
  await page.getByText(arabic(ar.offline.lessonsMissing), { exact: true }).waitFor({ timeout: OFFLINE_READY_MS });
  expect(await page.getByText(ar.offline.ready, { exact: true }).count()).toBe(0);

  await context.setOffline(true);
  await page.getByText(arabic(ar.offline.offlineLessonsMissing), { exact: true }).waitFor();
  await context.unroute(arabicFile);
  await context.setOffline(false);
  await page.getByText(ar.offline.ready, { exact: true }).waitFor({ timeout: OFFLINE_READY_MS });
  await context.close();
});
