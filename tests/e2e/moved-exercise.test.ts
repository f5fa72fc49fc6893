/**
 * An exercise that moved to another lesson (`moved-from`) keeps the learner's progress: a record stored under the
 * former lesson, as an older version of the app left it, shows passed, with its code, in the new lesson, in the
 * lesson's and the track's counts, and is stored at the new place. The app is built from a small lesson tree
 * where `back-end/texts-and-modules` took `order-message` from `back-end/values-and-functions`.
 */
import { rmSync } from 'node:fs';
import type { Server } from 'node:http';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { buildApp } from '../build/build-app.ts';
import { launch, openPage } from './support/browser.ts';
import { editorText, expectStored, firstVisit, readDb, section } from './support/progress.ts';
import { serveStatic } from './support/server.ts';

const OLD = 'back-end/values-and-functions';
const NEW = 'back-end/texts-and-modules';
const CODE = 'export const value = () => 1; // mon code';

let browser: Browser;
let server: Server;
let outDir = '';
let appUrl = '';

beforeAll(async () => {
  const build = buildApp('tests/fixtures/lessons-moves');
  outDir = build.outDir;
  if (build.status !== 0) throw new Error(`the test app does not build:\n${build.output}`);
  ({ url: appUrl, server } = await serveStatic(outDir));
  browser = await launch();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  if (server) await new Promise((resolve) => server.close(resolve));
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

/** Writes the record an older version stored: `order-message` passed, with a draft, under the former lesson. */
async function storeUnderFormerLesson(page: Page) {
  const { profiles } = await readDb(page);
  const profileId = profiles[0]!.id;
  await page.evaluate(
    async ({ profileId, lessonId, code }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('sirius-learn');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const at = Date.now() - 86_400_000;
      const record = {
        profileId, lessonId, exerciseId: 'order-message', status: 'passed', attempts: 2, hintsUsed: 1, solutionRevealed: false,
        draft: { files: [{ name: 'main.js', content: code }], savedAt: at }, previousDrafts: [], lastRunAt: at, passedAt: at,
      };
      await new Promise<void>((resolve, reject) => {
        const tx = db.transaction('exercises', 'readwrite');
        tx.objectStore('exercises').put(record);
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    },
    { profileId, lessonId: OLD, code: CODE },
  );
}

test('a pass stored under the former lesson shows in the new lesson and in the track, after a reload', { timeout: 180_000 }, async () => {
  const context = await browser.newContext({ locale: 'fr-BE' });
  const { page, errors } = await openPage(context);
  await firstVisit(page, appUrl);
  await page.locator('.track-card').first().waitFor();
  await storeUnderFormerLesson(page);

  await page.reload();
  await page.getByText('1 exercice réussi sur 3').waitFor();
  await page.goto(`${appUrl}#/track/back-end`);
  await page.getByText('Commencé : 1 sur 2').waitFor();
  await page.goto(`${appUrl}#/lesson/${NEW}/order-message`);
  await section(page, 'order-message').getByText('Exercice réussi.').waitFor();
  await expect.poll(() => editorText(page, 'order-message')).toBe(CODE);

  const db = await expectStored(page, (dump) => dump.exercises.some((record) => record.lessonId === NEW && record.exerciseId === 'order-message'));
  expect(db.exercises.map((record) => [record.lessonId, record.exerciseId, record.status])).toEqual([[NEW, 'order-message', 'passed']]);
  expect(errors).toEqual([]);
  await context.close();
});
