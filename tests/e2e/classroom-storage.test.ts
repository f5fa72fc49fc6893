/**
 * Stored data the app cannot read (a damaged or a newer version record) never gives a blank page: the app
 * starts with a message, the data stays exactly as it was, and the learner can save it all to a file.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { chooseLanguage } from './support/app.ts';
import { violations as axeViolations } from './support/axe.ts';
import { launch, openPage } from './support/browser.ts';
import { expectStored, firstVisit, passExercise, readDb } from './support/progress.ts';

const appUrl = inject('appUrl');

describe('a version record that cannot be read', () => {
  let browser: Browser;
  let folder: string;
  beforeAll(async () => {
    browser = await launch();
    folder = mkdtempSync(join(tmpdir(), 'sirius-storage-'));
  });
  afterAll(async () => {
    await browser?.close();
    rmSync(folder, { recursive: true, force: true });
  });

  for (const [label, version, message] of [
    ['garbage', 'pas un nombre', 'n\'arrive pas à lire les données'],
    ['a future number', 99, 'Une version plus récente de Sirius Learn'],
  ] as const) {
    test(`${label}: the app starts, says so, and saves the untouched data to a file`, async () => {
      const context = await browser.newContext({ locale: 'fr-BE', acceptDownloads: true });
      const { page } = await openPage(context);
      await firstVisit(page, appUrl);
      await passExercise(page, appUrl, 'bakery-title');
      await page.evaluate(async (value) => {
        const db = await new Promise<IDBDatabase>((resolve, reject) => {
          const request = indexedDB.open('sirius-learn');
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        });
        await new Promise<void>((resolve, reject) => {
          const tx = db.transaction('meta', 'readwrite');
          tx.objectStore('meta').put(value, 'data-version');
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
        });
        db.close();
      }, version);
      const before = await readDb(page);

      await page.goto(`${appUrl}#/`);
      await page.reload();
      const alert = page.getByRole('alert').filter({ hasText: message });
      await alert.waitFor();
      await page.getByRole('banner').getByRole('link', { name: 'Sirius Learn' }).waitFor();
      const [download] = await Promise.all([page.waitForEvent('download'), alert.getByRole('button', { name: 'Enregistrer les données de cet appareil' }).click()]);
      const path = join(folder, download.suggestedFilename());
      await download.saveAs(path);
      await alert.getByText('Le fichier est téléchargé.').waitFor();
      expect(await axeViolations(page)).toEqual([]);

      const file = JSON.parse(readFileSync(path, 'utf8'));
      expect(file).toMatchObject({ app: 'sirius-learn', kind: 'raw-data' });
      expect(file.stores.meta).toContainEqual(['data-version', version]);
      expect(file.stores.exercises.map(([, record]: [unknown, { exerciseId: string; status: string }]) => [record.exerciseId, record.status])).toEqual([['bakery-title', 'passed']]);
      expect(file.stores.profiles).toHaveLength(before.profiles.length);

      // The app runs on memory meanwhile (a new device to it: it asks for the language), and the data on the
      // device stays exactly as it was.
      await chooseLanguage(page, 'fr');
      await page.locator('.track-card a').first().click();
      await page.getByRole('heading', { level: 1 }).waitFor();
      await expectStored(page, (db) => JSON.stringify(db) === JSON.stringify(before));
      await context.close();
    });
  }
});
