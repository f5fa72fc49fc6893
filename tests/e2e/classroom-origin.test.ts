/**
 * A class server on plain HTTP (`npx vite preview --host`, learners on `http://192.168.x.y:4173/`) is a
 * non-secure origin: no `crypto.randomUUID`, no service worker. Everything but offline use must work there.
 * And a run that fails before the sandbox (the runner chunk not downloaded on weak wifi) says so and can be
 * tried again, the learner's code untouched.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { chromium } from 'playwright-core';
import { violations as axeViolations } from './support/axe.ts';
import { CHROMIUM_ARGS, chromiumPath, launch, openPage } from './support/browser.ts';
import { draftText, editorText, expectStored, findExercise, firstVisit, passExercise, section, typeCode } from './support/progress.ts';

const appUrl = inject('appUrl');
/** The same server under a name that is not `localhost` or `127.0.0.1`: for the browser, a non-secure origin. */
const schoolUrl = appUrl.replace('127.0.0.1', 'school.test');

const JS_LESSON = '#/lesson/back-end/values-and-functions/line-price';
const SQL_LESSON = '#/lesson/back-end/sql-select/title-author';
const DRAFT = '<p>Ouvert le samedi — brouillon de la classe</p>';

/** Runs the first exercise of the page and waits until a result (or a failure) is shown. */
async function runFirst(page: Page, code?: string) {
  const exercise = page.locator('.exercise').first();
  await exercise.locator('.cm-content').waitFor();
  if (code !== undefined) {
    await exercise.locator('.cm-content').click();
    await page.keyboard.press('Control+A');
    await page.keyboard.insertText(code);
  }
  await exercise.getByRole('button', { name: 'Lancer les tests' }).click();
  return exercise;
}

describe('on a plain-HTTP class server', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: chromiumPath()!, args: [...CHROMIUM_ARGS, '--host-resolver-rules=MAP school.test 127.0.0.1'] });
  });
  afterAll(() => browser?.close());

  test('web, js and sql exercises run; a pass and a draft survive a reload; offline is said to be impossible here', async () => {
    const context = await browser.newContext({ locale: 'fr-BE' });
    const { page, errors } = await openPage(context);
    await firstVisit(page, schoolUrl);
    expect(await page.evaluate(() => [window.isSecureContext, typeof crypto.randomUUID])).toEqual([false, 'undefined']);
    const notice = page.getByRole('banner').getByText('Pas de hors ligne ici');
    await notice.click();
    await page.getByText('ouvre-le depuis une adresse qui commence par https://').waitFor();
    expect(await axeViolations(page)).toEqual([]);

    await passExercise(page, schoolUrl, 'bakery-title');
    await typeCode(page, 'opening-hours', DRAFT);
    await expectStored(page, (db) => draftText(findExercise(db, 'opening-hours')) === DRAFT);

    await page.goto(`${schoolUrl}${JS_LESSON}`);
    const js = await runFirst(page);
    await js.locator('.tests li').first().waitFor();
    await page.goto(`${schoolUrl}${SQL_LESSON}`);
    const sql = await runFirst(page, 'SELECT title, author FROM books;');
    await sql.getByText('Exercice réussi.').waitFor();

    await page.goto(`${schoolUrl}#/lesson/front-end/first-page/opening-hours`);
    await page.reload();
    await section(page, 'bakery-title').getByText('Exercice réussi.').waitFor();
    await expect.poll(() => editorText(page, 'opening-hours')).toBe(DRAFT);
    await page.getByRole('banner').getByText('Pas de hors ligne ici').waitFor();
    expect(await page.evaluate(() => navigator.serviceWorker?.controller ?? null)).toBeNull();
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('a run that cannot start', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(() => browser?.close());

  test('the runner chunk blocked: Run says so in words; Réessayer works once it downloads; the code is kept', async () => {
    // No service worker: it would serve the chunk from its cache, as it should offline.
    const context = await browser.newContext({ locale: 'fr-BE', serviceWorkers: 'block' });
    const { page } = await openPage(context);
    let blocked = true;
    await context.route(/\/assets\/runner-[^/]*\.js$/, (route) => (blocked ? route.abort('internetdisconnected') : route.continue()));
    await firstVisit(page, appUrl, '#/lesson/front-end/first-page/bakery-title');
    const exercise = await runFirst(page, '<h1>Boulangerie du Marché</h1>');
    const failure = exercise.getByRole('alert').filter({ hasText: "n'a pas pu être téléchargé" });
    await failure.waitFor();
    await failure.getByText('Ton code est gardé.').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    expect(await editorText(page, 'bakery-title')).toBe('<h1>Boulangerie du Marché</h1>');
    await expect.poll(() => exercise.getByText('Lance les tests pour voir le résultat ici.').isVisible()).toBe(true);

    blocked = false;
    await failure.getByRole('button', { name: 'Réessayer' }).click();
    await exercise.getByText('Exercice réussi.').waitFor();
    await failure.waitFor({ state: 'detached' });
    expect(await page.evaluate(() => document.activeElement?.tagName)).not.toBe('BODY');
    expect(await editorText(page, 'bakery-title')).toBe('<h1>Boulangerie du Marché</h1>');
    await context.close();
  });
});
