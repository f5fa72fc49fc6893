import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { openApp, OFFLINE_READY_MS } from './support/app.ts';
import { launch } from './support/browser.ts';
import { watchRequests } from './support/network.ts';

const appUrl = inject('appUrl');
const SQL_LESSON = '#/lesson/back-end/sql-select/title-author';
const WEB_LESSON = '#/lesson/front-end/first-page/bakery-title';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

/** Runs the first exercise on the page with `solution` typed in, and waits for its results. */
async function runWith(page: import('playwright-core').Page, solution: string) {
  const exercise = page.locator('.exercise').first();
  await exercise.locator('.cm-content').click();
  await page.keyboard.press('Control+A');
  await page.keyboard.insertText(solution);
  await exercise.locator('.run').click();
  return exercise;
}

test('SQLite is downloaded only by a lesson with SQL, not by the home page or a web lesson', async () => {
  const context = await browser.newContext({ locale: 'fr-BE', serviceWorkers: 'block' });
  const page = await context.newPage();
  const network = watchRequests(page);
  const wasm: string[] = [];
  page.on('request', (request) => {
    if (/\.wasm$|sql-runtime/.test(new URL(request.url()).pathname)) wasm.push(request.url());
  });
  await openApp(page, appUrl, 'fr');
  await page.locator('.track-card').first().waitFor();
  await page.goto(`${appUrl}${WEB_LESSON}`);
  const web = await runWith(page, '<h1>Boulangerie du Marché</h1>');
  await web.getByText('Exercice réussi.').waitFor();
  await network.settled();
  expect(wasm).toEqual([]);

  await page.goto(`${appUrl}${SQL_LESSON}`);
  const sql = await runWith(page, 'SELECT title, author FROM books;');
  await sql.getByText('Exercice réussi.').waitFor();
  expect(wasm.some((url) => url.endsWith('.wasm'))).toBe(true);
  await context.close();
});

test('after one visit, a SQL exercise never opened before runs with the network off; bad SQL shows SQLite’s error', async () => {
  const context = await browser.newContext({ locale: 'fr-BE' });
  const page = await context.newPage();
  await openApp(page, appUrl, 'fr');
  await page.getByText('Disponible hors ligne').waitFor({ timeout: OFFLINE_READY_MS });
  await page.evaluate(() => navigator.serviceWorker.ready);
  // The page itself is served by the worker from now on, without a reload.
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);

  await context.setOffline(true);
  await page.goto(`${appUrl}${SQL_LESSON}`);
  const exercise = await runWith(page, 'SELEC title FROM books;');
  await exercise.locator('.problem').first().waitFor();
  expect(await exercise.locator('.problem').first().innerText()).toMatch(/syntax error/);

  await runWith(page, 'SELECT title, author FROM books;');
  await exercise.getByText('Exercice réussi.').waitFor();
  expect(await exercise.locator('.tests li.failed').count()).toBe(0);
  await context.close();
});
