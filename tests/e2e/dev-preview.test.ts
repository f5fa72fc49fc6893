import { readFileSync, writeFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { openApp } from './support/app.ts';
import { launch } from './support/browser.ts';
import { watchRequests } from './support/network.ts';

// `npm run dev` on a lessons folder with mistakes: what a trainer sees while writing lessons.
let server: ViteDevServer;
let browser: Browser;
let url = '';

beforeAll(async () => {
  process.env.SIRIUS_LESSONS = 'tests/fixtures/lessons-dev';
  process.env.LANG = 'fr_BE.UTF-8';
  server = await createServer({ logLevel: 'error', server: { port: 0, host: '127.0.0.1' } });
  await server.listen();
  const address = server.httpServer?.address();
  url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`;
  browser = await launch();
  // The dev server optimises dependencies on the first visit and reloads the page once: visit it before the
  // tests so that they see a settled server.
  const warmUp = await browser.newPage();
  const network = watchRequests(warmUp);
  for (const hash of ['#/', '#/lesson/web/runs/good']) {
    await warmUp.goto(`${url}${hash}`);
    await warmUp.locator('.language-choice').waitFor({ timeout: 90_000 });
    await network.settled();
  }
  await warmUp.close();
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  delete process.env.SIRIUS_LESSONS;
});

test('a broken lesson shows its file:line errors on its page while the others work', { timeout: 120_000 }, async () => {
  const page = await browser.newPage({ locale: 'fr-BE' });
  await openApp(page, `${url}#/lesson/web/broken`, 'fr');
  const error = page.getByRole('alert');
  await error.waitFor({ timeout: 60_000 });
  expect(await error.innerText()).toContain('tests/fixtures/lessons-dev/web/02-broken/fr.md:5:1: clé inconnue « levle »');
  await page.goto(`${url}#/lesson/web/runs`);
  await page.locator('#exercise-good').waitFor({ timeout: 60_000 });
  await page.close();
});

test('the trainer preview runs the tests on the solution and on the starter, as the checker does', { timeout: 120_000 }, async () => {
  const page = await browser.newPage({ locale: 'fr-BE' });
  await openApp(page, `${url}#/lesson/web/runs/good`, 'fr');
  const good = page.locator('#exercise-good');
  await good.locator('.cm-content').waitFor({ timeout: 60_000 });
  await good.getByRole('button', { name: 'Tester la solution' }).click();
  await good.getByText('Exercice réussi.').waitFor({ timeout: 60_000 });
  await good.getByRole('button', { name: 'Tester le code de départ' }).click();
  await good.locator('.tests li.failed').first().waitFor();

  const bad = page.locator('#exercise-bad-solution');
  await bad.scrollIntoViewIfNeeded();
  await bad.getByRole('button', { name: 'Tester la solution' }).click();
  await bad.locator('.tests li.failed').first().waitFor();
  await page.close();
});

test('saving a lesson shows the new text in place: no reload, the trainer keeps their place', { timeout: 120_000 }, async () => {
  const file = 'tests/fixtures/lessons-dev/web/01-runs/fr.md';
  const original = readFileSync(file, 'utf8');
  const page = await browser.newPage({ locale: 'fr-BE', viewport: { width: 360, height: 480 } });
  try {
    await openApp(page, `${url}#/lesson/web/runs`, 'fr');
    await page.locator('#exercise-good .cm-content').waitFor({ timeout: 60_000 });
    const before = await page.evaluate(() => {
      (window as unknown as { kept: boolean }).kept = true;
      window.scrollTo(0, 300);
      return window.scrollY;
    });
    expect(before).toBeGreaterThan(0);
    writeFileSync(file, original.replace('Une leçon pour voir le vérificateur.', 'Une leçon revue par la formatrice.'));
    await page.getByText('Une leçon revue par la formatrice.').waitFor({ timeout: 60_000 });
    expect(await page.evaluate(() => (window as unknown as { kept?: boolean }).kept)).toBe(true);
    expect(await page.evaluate(() => window.scrollY)).toBe(before);
  } finally {
    writeFileSync(file, original);
    await page.close();
  }
});

test('the dev console stays free of framework warnings on every page', { timeout: 180_000 }, async () => {
  const page = await browser.newPage({ locale: 'fr-BE' });
  const noise: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'warning' || message.type() === 'error') noise.push(`${message.type()}: ${message.text()}`);
  });
  await openApp(page, `${url}#/`, 'fr');
  for (const hash of ['#/', '#/track/web', '#/settings', '#/profiles', '#/backup', '#/class', '#/lesson/web/runs/good']) {
    await page.goto(`${url}${hash}`);
    await page.locator('main h1').first().waitFor({ timeout: 60_000 });
  }
  // The workspace, with its tabs used from the keyboard (where a warning used to repeat).
  const good = page.locator('#exercise-good');
  await good.locator('.cm-content').waitFor({ timeout: 60_000 });
  await good.getByRole('button', { name: 'Tester la solution' }).click();
  await good.getByText('Exercice réussi.').waitFor({ timeout: 60_000 });
  const tabs = good.getByRole('tab');
  await tabs.first().focus();
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => tabs.nth(1).evaluate((tab) => tab === document.activeElement)).toBe(true);
  expect(noise).toEqual([]);
  await page.close();
});
