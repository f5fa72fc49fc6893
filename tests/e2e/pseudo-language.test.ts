import type { Browser } from 'playwright-core';
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { openApp } from './support/app.ts';
import { launch } from './support/browser.ts';
import { watchRequests } from './support/network.ts';

// `npm run dev`: the pseudo-languages a developer picks to see untranslated or clipped text (never in a build:
// tests/build/budget.test.ts).
let server: ViteDevServer;
let browser: Browser;
let url = '';

beforeAll(async () => {
  server = await createServer({ logLevel: 'error', server: { port: 0, host: '127.0.0.1' } });
  await server.listen();
  const address = server.httpServer?.address();
  url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`;
  browser = await launch();
  // The dev server optimises dependencies on the first visit and reloads the page once: let it settle first.
  const warmUp = await browser.newPage();
  const network = watchRequests(warmUp);
  await warmUp.goto(url);
  await warmUp.locator('.language-choice').waitFor({ timeout: 90_000 });
  await network.settled();
  await warmUp.close();
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

test('the header offers the pseudo-languages: bracketed accented texts, one right to left', { timeout: 120_000 }, async () => {
  const page = await browser.newPage({ locale: 'fr-BE' });
  await openApp(page, url, 'fr');
  const picker = page.locator('#header-language');
  expect(await picker.locator('option').evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value))).toEqual(
    expect.arrayContaining(['fr', 'ar', 'en-XA', 'en-XB']),
  );

  await picker.selectOption('en-XA');
  await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('en-XA');
  const heading = page.locator('h1');
  await expect.poll(() => heading.innerText()).toMatch(/^\[.*\]$/s);
  expect(await page.locator('html').getAttribute('dir')).toBe('ltr');
  // Every text of the navigation went through the translations: each is bracketed.
  for (const link of await page.locator('.site-header nav a').all()) expect((await link.innerText()).trim()).toMatch(/^\[.*\]$/s);

  await picker.selectOption('en-XB');
  await expect.poll(() => page.locator('html').getAttribute('dir')).toBe('rtl');
  await expect.poll(() => heading.innerText()).toContain('\u202E');
  await page.close();
});
