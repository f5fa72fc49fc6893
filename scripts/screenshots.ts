// npm run screenshots: rebuilds the app and takes the README's pictures in real Chromium.
import { rmSync } from 'node:fs';
import { buildApp } from '../tests/build/build-app.ts';
import { chooseLanguage } from '../tests/e2e/support/app.ts';
import { serveStatic } from '../tests/e2e/support/server.ts';
import { launch } from './lib/chromium.ts';

const OUT = 'docs/screenshots';
const build = buildApp();
if (build.status !== 0) throw new Error(build.output);
const { url, server } = await serveStatic(build.outDir);
const browser = await launch();

async function shot(name: string, locale: string, hash: string, viewport: { width: number; height: number }, act?: (page: import('playwright-core').Page) => Promise<void>) {
  const context = await browser.newContext({ locale, viewport });
  const page = await context.newPage();
  await page.goto(url);
  await chooseLanguage(page, locale);
  await page.goto(`${url}${hash}`);
  await page.locator('main h1').waitFor();
  await act?.(page);
  await page.screenshot({ path: `${OUT}/${name}.png` });
  await context.close();
}

const runFirstExercise = async (page: import('playwright-core').Page) => {
  const exercise = page.locator('.exercise').first();
  await exercise.locator('.cm-content').waitFor();
  await exercise.locator('.run').click();
  await exercise.locator('.tests li').first().waitFor();
  await exercise.scrollIntoViewIfNeeded();
};

try {
  await shot('home', 'fr', '#/', { width: 1280, height: 800 }, (page) => page.locator('.track-card').first().waitFor());
  await shot('lesson-workspace', 'fr', '#/lesson/front-end/first-page/bakery-title', { width: 1280, height: 900 }, runFirstExercise);
  await shot('phone-workspace', 'fr', '#/lesson/back-end/values-and-functions/line-price', { width: 360, height: 740 }, runFirstExercise);
  await shot('home-arabic', 'fr', '#/', { width: 1280, height: 800 }, async (page) => {
    await page.locator('#header-language').selectOption('ar');
    await page.locator('html[dir="rtl"] .track-card').first().waitFor();
  });
  console.log(`screenshots written to ${OUT}/`);
} finally {
  await browser.close();
  server.close();
  rmSync(build.outDir, { recursive: true, force: true });
}
