import { readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, inject, test } from 'vitest';
import { openApp } from './support/app.ts';
import { launch } from './support/browser.ts';

const appUrl = inject('appUrl');
const distDir = inject('distDir');

/** Byte budgets of the lesson route, measured from what the page really requests (deterministic bytes). */
test('a lesson loads CodeMirror only near an exercise; with the editor, JS+CSS stay within 275 KB gzip (goal 250)', async () => {
  const browser = await launch();
  const context = await browser.newContext({ locale: 'fr-BE', viewport: { width: 360, height: 740 }, serviceWorkers: 'block' });
  const page = await context.newPage();
  const requested = new Set<string>();
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.href.startsWith(appUrl)) requested.add(url.pathname.slice(new URL(appUrl).pathname.length));
  });

  await openApp(page, `${appUrl}#/lesson/front-end/first-page`, 'fr');
  await page.locator('article.lesson-body').waitFor();
  await page.waitForLoadState('networkidle');
  expect([...requested].filter((file) => file.includes('CodeEditor'))).toEqual([]);

  await page.locator('.exercise').first().scrollIntoViewIfNeeded();
  await page.locator('.exercise .cm-content').first().waitFor();
  await page.waitForLoadState('networkidle');
  const code = [...requested].filter((file) => ['.js', '.css'].includes(extname(file)));
  expect(code.some((file) => file.includes('CodeEditor'))).toBe(true);
  const gzip = code.reduce((sum, file) => sum + gzipSync(readFileSync(join(distDir, file)), { level: 9 }).length, 0);
  console.log(`lesson route with the editor: ${code.length} files, ${(gzip / 1024).toFixed(1)} KB gzip`);
  // The goal is 250 KB; CodeMirror with the web grammars is 187 KB of it alone (see the issue notes). This
  // guard keeps the route from growing further while that is worked on.
  expect(gzip).toBeLessThanOrEqual(275 * 1024);
  await browser.close();
});
