/**
 * An exercise that moved to another lesson (`moved-from`) keeps the learner's progress: a record stored under the
 * former lesson, as an older version of the app left it, shows passed, with its code, in the new lesson, in the
 * lesson's and the track's counts, and is stored at the new place. In the curriculum, `back-end/texts-and-modules`
 * took `order-message` from `back-end/values-and-functions` when that lesson was split in two.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { launch, openPage } from './support/browser.ts';
import { editorText, expectStored, firstVisit, readDb, section } from './support/progress.ts';

const appUrl = inject('appUrl');
const OLD = 'back-end/values-and-functions';
const NEW = 'back-end/texts-and-modules';
const CODE = "export function orderReady(name, number) {\n  return `${name}, ta commande ${number} est prête`; // mon code\n}\n";

let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
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
        draft: { files: [{ name: 'cart.js', content: code }], savedAt: at }, previousDrafts: [], lastRunAt: at, passedAt: at,
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
  await page.locator('.track-card[data-track="back-end"]').getByText(/^1 exercice réussi sur \d+$/).waitFor();
  await page.goto(`${appUrl}#/track/back-end`);
  await page.getByText('Commencé : 1 sur 3').waitFor();
  await page.goto(`${appUrl}#/lesson/${NEW}/order-message`);
  await section(page, 'order-message').getByText('Exercice réussi.').waitFor();
  await expect.poll(() => editorText(page, 'order-message')).toBe(CODE);

  const db = await expectStored(page, (dump) => dump.exercises.some((record) => record.lessonId === NEW && record.exerciseId === 'order-message'));
  expect(db.exercises.map((record) => [record.lessonId, record.exerciseId, record.status])).toEqual([[NEW, 'order-message', 'passed']]);
  expect(errors).toEqual([]);
  await context.close();
});
