import { readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';

export type AssetKind = 'js' | 'css' | 'wasm' | 'font' | 'other';
export interface RouteBytes {
  route: string;
  raw: Record<AssetKind, number>;
  gzip: Record<AssetKind, number>;
  files: string[];
}

const KINDS: Record<string, AssetKind> = { '.js': 'js', '.mjs': 'js', '.css': 'css', '.wasm': 'wasm', '.woff2': 'font', '.woff': 'font', '.ttf': 'font' };
const empty = (): Record<AssetKind, number> => ({ js: 0, css: 0, wasm: 0, font: 0, other: 0 });

/**
 * What a route downloads before it is ready: every JS, CSS, wasm and font file the page requests, measured from
 * the built files (raw, and gzip level 9 as a static host would serve them). `ready` is a selector that says
 * the route is usable. The service worker is blocked so it cannot prefetch the whole app into the figures.
 */
export async function routeBytes(browser: Browser, baseUrl: string, distDir: string, route: string, hash: string, ready: string): Promise<RouteBytes> {
  const context = await browser.newContext({ serviceWorkers: 'block', locale: 'fr-BE' });
  const page = await context.newPage();
  const files = new Set<string>();
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.href.startsWith(baseUrl)) files.add(decodeURIComponent(url.pathname.slice(new URL(baseUrl).pathname.length)));
  });
  await page.goto(`${baseUrl}${hash}`);
  await page.waitForSelector(ready);
  await page.waitForLoadState('networkidle');
  await context.close();
  const result: RouteBytes = { route, raw: empty(), gzip: empty(), files: [...files].sort() };
  for (const file of files) {
    const kind = KINDS[extname(file)];
    if (!kind) continue;
    const path = join(distDir, file);
    result.raw[kind] += statSync(path).size;
    result.gzip[kind] += gzipSync(readFileSync(path), { level: 9 }).length;
  }
  return result;
}
