/**
 * Progress survives what a browser does to a page: a reload, closing and reopening the browser (same profile
 * folder), leaving the page before the typing pause saved the draft, and an app update taken mid-typing.
 */
import { appendFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { CHROMIUM_ARGS, chromiumPath, launch, openPage } from './support/browser.ts';
import {
  draftText,
  editorOf,
  editorText,
  expectStored,
  findExercise,
  firstVisit,
  LESSON_EXERCISES,
  openExercise,
  passExercise,
  section,
  typeCode,
} from './support/progress.ts';
import { serveStatic } from './support/server.ts';
import { OFFLINE_READY_MS } from './support/app.ts';

const appUrl = inject('appUrl');
const DRAFT = '<p>Ouvert du mardi au dimanche — brouillon à garder</p>';

/** The pass of bakery-title and the opening-hours draft are both on screen. */
async function expectProgressShown(page: Page) {
  await openExercise(page, appUrl, 'opening-hours');
  await expect.poll(() => editorText(page, 'opening-hours')).toBe(DRAFT);
  await section(page, 'bakery-title').getByText('Exercice réussi.').waitFor();
}

describe('progress is kept', () => {
  let browser: Browser;
  let folder: string;
  beforeAll(async () => {
    browser = await launch();
    folder = mkdtempSync(join(tmpdir(), 'sirius-persist-'));
  });
  afterAll(async () => {
    await browser?.close();
    rmSync(folder, { recursive: true, force: true });
  });

  test('across a reload and a browser restart on the same profile folder', async () => {
    const profileDir = join(folder, 'chromium-profile');
    const open = () => chromium.launchPersistentContext(profileDir, { executablePath: chromiumPath()!, args: CHROMIUM_ARGS, locale: 'fr-BE' });
    let context: BrowserContext = await open();
    let { page, errors } = await openPage(context);
    await firstVisit(page, appUrl);
    await passExercise(page, appUrl, 'bakery-title');
    await typeCode(page, 'opening-hours', DRAFT);
    await expectStored(page, (db) => draftText(findExercise(db, 'opening-hours')) === DRAFT);

    await page.reload();
    await expectProgressShown(page);
    expect(errors).toEqual([]);
    await context.close();

    context = await open();
    ({ page, errors } = await openPage(context));
    await page.goto(`${appUrl}#/track/front-end`);
    await page.getByText(`Commencé : 1 sur ${LESSON_EXERCISES}`).waitFor();
    await expectProgressShown(page);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('a reload right after typing (before the save pause) keeps the draft: it is saved on page hide', async () => {
    const context = await browser.newContext({ locale: 'fr-BE' });
    const { page } = await openPage(context);
    await firstVisit(page, appUrl, '#/lesson/front-end/first-page/opening-hours');
    await openExercise(page, appUrl, 'opening-hours');
    await typeCode(page, 'opening-hours', DRAFT);
    // No wait: the 600 ms typing pause has not passed, only `pagehide` can save the draft.
    await page.reload();
    await editorOf(page, 'opening-hours').waitFor();
    await expect.poll(() => editorText(page, 'opening-hours')).toBe(DRAFT);
    // It is in IndexedDB now, and the quick copy kept while the page closed is forgotten.
    await expectStored(page, (db) => draftText(findExercise(db, 'opening-hours')) === DRAFT);
    await expect.poll(() => page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('sirius-learn:unsaved:')))).toEqual([]);
    await context.close();
  });

  test('taking an app update while typing keeps the draft', async () => {
    // A copy of the built app that can be "deployed" again: a changed service worker is a new version.
    const dist = join(folder, 'dist');
    cpSync(inject('distDir'), dist, { recursive: true });
    const { url, server } = await serveStatic(dist, '/update/');
    try {
      const context = await browser.newContext({ locale: 'fr-BE' });
      const { page } = await openPage(context);
      await firstVisit(page, url, '#/lesson/front-end/first-page/opening-hours');
      await page.getByText('Disponible hors ligne').waitFor({ timeout: OFFLINE_READY_MS });
      await page.evaluate(() => navigator.serviceWorker.ready);

      appendFileSync(join(dist, 'sw.js'), '\n// deployed again\n');
      await page.reload();
      const updateButton = page.getByRole('button', { name: 'Mettre à jour' });
      await updateButton.waitFor();

      await typeCode(page, 'opening-hours', DRAFT);
      const reloaded = page.waitForEvent('load');
      await updateButton.click();
      await reloaded;
      await editorOf(page, 'opening-hours').waitFor();
      await expect.poll(() => editorText(page, 'opening-hours')).toBe(DRAFT);
      // The new version is the one running now: no update is waiting any more.
      await page.getByText('Disponible hors ligne').waitFor({ timeout: OFFLINE_READY_MS });
      expect(await updateButton.count()).toBe(0);
      await context.close();
    } finally {
      await new Promise((resolve) => (server as Server).close(resolve));
    }
  });
});
