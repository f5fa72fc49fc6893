/**
 * A class keeps the app open all day: a new version deployed meanwhile is found without a reload (here, as
 * the network comes back), and the prompt is in view wherever the learner has scrolled to.
 */
import { appendFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Server } from 'node:http';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, openPage } from './support/browser.ts';
import { firstVisit } from './support/progress.ts';
import { serveStatic } from './support/server.ts';
import { OFFLINE_READY_MS } from './support/app.ts';

let browser: Browser;
let folder: string;
beforeAll(async () => {
  browser = await launch();
  folder = mkdtempSync(join(tmpdir(), 'sirius-updates-'));
});
afterAll(async () => {
  await browser?.close();
  rmSync(folder, { recursive: true, force: true });
});

test('a new version is found while the app stays open, and its prompt is seen at the bottom of a long lesson', async () => {
  const dist = join(folder, 'dist');
  cpSync(inject('distDir'), dist, { recursive: true });
  const { url, server } = await serveStatic(dist, '/class/');
  try {
    const context = await browser.newContext({ locale: 'fr-BE', viewport: { width: 1024, height: 700 } });
    const { page } = await openPage(context);
    await firstVisit(page, url, '#/lesson/front-end/first-page');
    await page.getByText('Disponible hors ligne').waitFor({ timeout: OFFLINE_READY_MS });
    await page.evaluate(() => navigator.serviceWorker.ready);

    appendFileSync(join(dist, 'sw.js'), '\n// deployed again\n');
    await page.locator('.lesson-body .exercise').last().waitFor();
    await page.locator('nav.pager').scrollIntoViewIfNeeded();
    // No reload: the wifi drops and comes back, and the app looks for a new version at once.
    await context.setOffline(true);
    await context.setOffline(false);
    const prompt = page.getByRole('button', { name: 'Mettre à jour' });
    await prompt.waitFor();
    const box = (await prompt.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(700);
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    await context.close();
  } finally {
    await new Promise((resolve) => (server as Server).close(resolve));
  }
});
