import { readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { chooseLanguage } from '../tests/e2e/support/app.ts';
import { watchRequests } from '../tests/e2e/support/network.ts';

export type AssetKind = 'js' | 'css' | 'wasm' | 'font' | 'other';
export interface RouteBytes {
  route: string;
  raw: Record<AssetKind, number>;
  gzip: Record<AssetKind, number>;
  files: string[];
  /** JS and CSS the page asked for only once it was ready (code loaded when idle), gzip bytes. */
  laterGzip: number;
}

export interface RouteOptions {
  /** Answer the app's first-visit language question first (as a returning learner would have). */
  chooseLanguage?: string;
  viewport?: { width: number; height: number };
  /** Click the first Run button and wait for results (`ready` should then be `RUN_ENDED`). */
  run?: boolean;
}

/** The run summary of an exercise once its run has ended, whatever the kind (a SQL run opens its Results tab). */
export const RUN_ENDED = '.exercise .summary p:is(.passed, .failed, .timeout, .error)';

const KINDS: Record<string, AssetKind> = { '.js': 'js', '.mjs': 'js', '.css': 'css', '.wasm': 'wasm', '.woff2': 'font', '.woff': 'font', '.ttf': 'font' };
const empty = (): Record<AssetKind, number> => ({ js: 0, css: 0, wasm: 0, font: 0, other: 0 });

/**
 * What a route downloads before it is ready: every JS, CSS, wasm and font file the page requests until `ready`
 * shows, measured from the built files (raw, and gzip level 9 as a static host would serve them). What it asks
 * for afterwards (code fetched when the page is idle) is counted apart, as tests/e2e/lesson-budget.test.ts does.
 * The HTTP cache is off and the service worker blocked, so neither earlier pages nor the offline precache hide
 * or add bytes.
 */
export async function routeBytes(browser: Browser, baseUrl: string, distDir: string, route: string, hash: string, ready: string, options: RouteOptions): Promise<RouteBytes> {
  const context = await browser.newContext({ serviceWorkers: 'block', locale: 'fr-BE', ...(options.viewport ? { viewport: options.viewport } : {}) });
  if (options.chooseLanguage) {
    const first = await context.newPage();
    await first.goto(baseUrl);
    await chooseLanguage(first, options.chooseLanguage);
    await first.close();
  }
  const page = await context.newPage();
  const network = watchRequests(page);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  const files = new Set<string>();
  const later = new Set<string>();
  let isReady = false;
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.href.startsWith(baseUrl)) (isReady ? later : files).add(decodeURIComponent(url.pathname.slice(new URL(baseUrl).pathname.length)));
  });
  await page.goto(`${baseUrl}${hash}`);
  if (options.run) {
    const run = page.locator('.exercise .run').first();
    await run.scrollIntoViewIfNeeded();
    await page.locator('.exercise .cm-content').first().waitFor();
    await run.click();
  }
  await page.waitForSelector(ready);
  isReady = true;
  await network.settled();
  await context.close();
  const gzipOf = (path: string) => gzipSync(readFileSync(path), { level: 9 }).length;
  const result: RouteBytes = { route, raw: empty(), gzip: empty(), files: [...files].sort(), laterGzip: 0 };
  for (const file of files) {
    const kind = KINDS[extname(file)];
    if (!kind) continue;
    const path = join(distDir, file);
    result.raw[kind] += statSync(path).size;
    result.gzip[kind] += gzipOf(path);
  }
  for (const file of later) {
    const kind = KINDS[extname(file)];
    if (!files.has(file) && (kind === 'js' || kind === 'css')) result.laterGzip += gzipOf(join(distDir, file));
  }
  return result;
}
