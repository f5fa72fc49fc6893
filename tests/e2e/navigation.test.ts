import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { localized } from '../../src/lessons/library.ts';
import { readLessonTree } from '../../src/lessons/tree.ts';
import { chooseLanguage, openApp } from './support/app.ts';
import { launch, lessonsRoot, openPage } from './support/browser.ts';

const { catalog } = readLessonTree(lessonsRoot());
const appUrl = inject('appUrl');

describe('walking the app from a static host under a sub-path', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(() => browser?.close());

  for (const locale of ['fr', 'en']) {
    test(`home → track → lesson → back, in ${locale}`, async () => {
      const context = await browser.newContext({ locale: locale === 'fr' ? 'fr-BE' : 'en-GB' });
      const { page, errors } = await openPage(context);
      await page.goto(appUrl);
      expect(new URL(page.url()).pathname).toBe('/some/sub/path/');
      // The browser's language is only a suggestion: highlighted on the first-visit screen, then chosen.
      await expect.poll(() => page.locator('html').getAttribute('lang')).toBe(locale);
      expect(await page.locator(`.language-choice button.suggested`).getAttribute('lang')).toBe(locale);
      expect(await page.locator('.language-choice button').count()).toBe(10);
      await chooseLanguage(page, locale);

      const cards = page.locator('.track-card h3');
      await cards.first().waitFor();
      expect(await cards.allTextContents()).toEqual(catalog.tracks.map((track) => localized(track.title, locale)));

      const track = catalog.tracks[0]!;
      const lesson = track.lessons[0]!;
      await page.getByRole('link', { name: localized(track.title, locale), exact: true }).click();
      const trackHeading = page.getByRole('heading', { level: 1, name: localized(track.title, locale) });
      await trackHeading.waitFor();
      await expect.poll(() => trackHeading.evaluate((h) => h === document.activeElement)).toBe(true);
      expect(await page.title()).toBe(`${localized(track.title, locale)} · Sirius Learn`);

      await page.getByRole('link', { name: localized(lesson.title, locale) }).click();
      await page.getByRole('heading', { level: 1, name: localized(lesson.title, locale) }).waitFor();
      const body = page.locator('article.lesson-body');
      await body.waitFor();
      expect(await body.getAttribute('lang')).toBe(locale);
      expect(await page.locator('.exercise').count()).toBe(lesson.exercises.length);

      await page.goBack();
      await trackHeading.waitFor();
      await page.goBack();
      await page.getByRole('heading', { level: 1 }).filter({ hasText: locale === 'fr' ? 'Apprendre' : 'Learn' }).waitFor();
      expect(errors).toEqual([]);
      await context.close();
    });
  }

  test('a lesson deep link survives a reload, and an exercise link scrolls to it', async () => {
    const context = await browser.newContext({ locale: 'fr-BE' });
    const { page, errors } = await openPage(context);
    const lesson = catalog.tracks[0]!.lessons[0]!;
    const exercise = lesson.exercises[0]!;
    await openApp(page, `${appUrl}#/lesson/${lesson.id}/${exercise}`, 'fr');
    const section = page.locator(`#exercise-${exercise}`);
    await section.waitFor();
    await page.reload();
    await section.waitFor();
    await page.getByRole('heading', { level: 1, name: localized(lesson.title, 'fr') }).waitFor();
    await expect.poll(() => section.evaluate((element) => element.getBoundingClientRect().top)).toBeLessThan(200);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('choosing English in the header switches the page and is remembered', async () => {
    const context = await browser.newContext({ locale: 'fr-BE' });
    const { page } = await openPage(context);
    await openApp(page, appUrl, 'fr');
    await page.getByLabel('Langue').selectOption('en');
    await page.getByRole('heading', { level: 1, name: 'Learn to code, step by step' }).waitFor();
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Learn to code, step by step' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await context.close();
  });

  test('an unknown address shows a page that leads home', async () => {
    const context = await browser.newContext({ locale: 'en-GB' });
    const { page } = await openPage(context);
    await openApp(page, `${appUrl}#/lesson/front-end/does-not-exist`, 'en');
    await page.getByRole('heading', { level: 1, name: 'Page not found' }).waitFor();
    await page.getByRole('link', { name: 'Back to home' }).click();
    await page.getByRole('heading', { level: 1, name: 'Learn to code, step by step' }).waitFor();
    await context.close();
  });
});
