import { readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { openApp } from './support/app.ts';
import { launch } from './support/browser.ts';
import { watchRequests } from './support/network.ts';

const appUrl = inject('appUrl');
const distDir = inject('distDir');
/**
 * JS+CSS gzip bytes of a lesson until its editor answers the first keystroke. HTML's complete support (CodeMirror's
 * HTML package with the CSS and JavaScript grammars inside) follows once the page is idle, and is not counted.
 */
const BUDGET_KB = { web: 265, other: 250 } as const;
const CODE = '.exercise .cm-content :is(.tok-keyword, .tok-typeName)';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/**
 * Byte budgets of the lesson route, measured from what the page really requests (deterministic bytes):
 * CodeMirror only near an exercise, and until the editor shows coloured code, JS+CSS within 265 KB gzip for an
 * HTML file, 250 KB for the others. One lesson per kind of first file: each grammar is its own download.
 */
test.each([
  ['an HTML file (web)', 'front-end/first-page', BUDGET_KB.web, true],
  ['a JavaScript file (js)', 'back-end/values-and-functions', BUDGET_KB.other, false],
  ['a JavaScript handler (http)', 'back-end/request-handlers', BUDGET_KB.other, false],
  ['an SQL file (sql)', 'back-end/sql-select', BUDGET_KB.other, false],
])('a lesson opening on %s, %s, loads CodeMirror only near the exercise, and stays within %i KB gzip', async (_kind, lesson, budget, restFollows) => {
  const context = await browser.newContext({ locale: 'fr-BE', viewport: { width: 360, height: 740 }, serviceWorkers: 'block' });
  const page = await context.newPage();
  // The moment the first coloured code is in the page, noted as it happens (a mutation observer runs before any
  // later task of the page, such as the idle one that fetches HTML's complete support).
  await page.addInitScript((selector) => {
    performance.setResourceTimingBufferSize(1000);
    new MutationObserver((_, observer) => {
      if (!document.querySelector(selector)) return;
      (window as unknown as { codeShownAt: number }).codeShownAt = performance.now();
      observer.disconnect();
    }).observe(document, { childList: true, subtree: true });
  }, CODE);
  const network = watchRequests(page);
  const requested = new Set<string>();
  const local = (url: string) => (url.startsWith(appUrl) ? new URL(url).pathname.slice(new URL(appUrl).pathname.length) : undefined);
  page.on('request', (request) => {
    const file = local(request.url());
    if (file) requested.add(file);
  });

  await openApp(page, `${appUrl}#/lesson/${lesson}`, 'fr');
  await page.locator('article.lesson-body').waitFor();
  await network.settled();
  expect([...requested].filter((file) => file.includes('CodeEditor'))).toEqual([]);

  await page.locator('.exercise').first().scrollIntoViewIfNeeded();
  await page.locator(CODE).first().waitFor();
  await network.settled();
  // Every request has ended, so every one has its timing entry: those started before the code showed.
  const firstFiles = await page.evaluate(() => {
    const shownAt = (window as unknown as { codeShownAt: number }).codeShownAt;
    return performance.getEntriesByType('resource').filter((entry) => entry.startTime <= shownAt).map((entry) => entry.name);
  });
  const code = (files: Iterable<string>) => [...files].filter((file) => ['.js', '.css'].includes(extname(file)));
  const first = code(firstFiles.flatMap((url) => local(url) ?? []));
  expect(first.some((file) => file.includes('CodeEditor'))).toBe(true);
  // HTML's complete support is not left out: it is requested once the page is idle, which may come after the
  // network first settled. The other kinds have nothing more to fetch.
  const laterCode = () => code(requested).filter((file) => !first.includes(file));
  if (restFollows) await expect.poll(() => laterCode().some((file) => file.endsWith('.js'))).toBe(true);
  await network.settled();
  const later = laterCode();

  const gzip = (file: string) => gzipSync(readFileSync(join(distDir, file)), { level: 9 }).length;
  const bytes = (files: string[]) => files.reduce((sum, file) => sum + gzip(file), 0);
  const kb = (files: string[]) => (bytes(files) / 1024).toFixed(1);
  const largest = [...first].sort((a, b) => gzip(b) - gzip(a)).slice(0, 4).map((file) => `${file.replace(/^assets\//, '')} ${(gzip(file) / 1024).toFixed(1)}`);
  console.log(`lesson ${lesson} until its editor shows coloured code: ${first.length} files, ${kb(first)} KB gzip (largest: ${largest.join(', ')}); then ${kb(later)} KB in ${later.length} files`);
  expect(bytes(first)).toBeLessThanOrEqual(budget * 1024);
  expect(later.some((file) => file.endsWith('.js'))).toBe(restFollows);
  await context.close();
});
