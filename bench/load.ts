import type { Browser, BrowserContext, Page } from 'playwright-core';
import { chooseLanguage } from '../tests/e2e/support/app.ts';

/**
 * Lighthouse's "slow 4G": 150 ms round trips, 1.6 Mbit/s down, 750 kbit/s up; and a CPU four times slower.
 * Files travel gzip-compressed, as static hosts send them (tests/e2e/support/server.ts).
 */
const SLOW_4G = { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 };
const CPU_SLOWDOWN = 4;

export interface LoadTime {
  fcp: number;
  usable: number;
}

async function throttle(context: BrowserContext, page: Page) {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
}

/** Records, inside the page, when `ready` first matches: the moment a learner can use the route. */
const watchReady = (ready: string) => `
  (() => {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (entry.name === 'first-contentful-paint') window.__fcpAt = entry.startTime;
    }).observe({ type: 'paint', buffered: true });
    const check = () => {
      if (document.querySelector(${JSON.stringify(ready)})) window.__usableAt = performance.now();
      else requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  })();`;

async function measure(page: Page, url: string, ready: string, reload: boolean): Promise<LoadTime> {
  if (reload) await page.reload();
  else await page.goto(url);
  await page.waitForFunction(() => (window as unknown as { __usableAt?: number }).__usableAt !== undefined, undefined, { timeout: 60_000 });
  // Paint timing arrives with the next frame; a page that never paints text has none (NaN in the report).
  await page.waitForFunction(() => (window as unknown as { __fcpAt?: number }).__fcpAt !== undefined, undefined, { timeout: 5_000 }).catch(() => undefined);
  return page.evaluate(() => ({
    fcp: (window as unknown as { __fcpAt?: number }).__fcpAt ?? Number.NaN,
    usable: (window as unknown as { __usableAt: number }).__usableAt,
  }));
}

export interface LoadOptions {
  /** Warm runs come from the app's service worker (otherwise from the HTTP cache). */
  serviceWorker: boolean;
  /** Answer the first-visit language question before measuring, as a returning learner would have. */
  chooseLanguage?: string;
}

async function prepare(context: BrowserContext, url: string, options: LoadOptions) {
  if (!options.chooseLanguage) return;
  const page = await context.newPage();
  await page.goto(url);
  await chooseLanguage(page, options.chooseLanguage);
  await page.close();
}

/**
 * First contentful paint and time until usable under slow 4G and a 4× slower CPU: `cold` with an empty
 * HTTP cache and no service worker, `warm` after one visit (served by the service worker when the app has one).
 */
export async function loadTimes(browser: Browser, url: string, ready: string, runs: number, options: LoadOptions): Promise<{ cold: LoadTime[]; warm: LoadTime[] }> {
  const cold: LoadTime[] = [];
  for (let run = 0; run < runs; run++) {
    const context = await browser.newContext({ locale: 'fr-BE', serviceWorkers: 'block' });
    await prepare(context, url, options);
    const page = await context.newPage();
    await page.addInitScript(watchReady(ready));
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.clearBrowserCache');
    await throttle(context, page);
    cold.push(await measure(page, url, ready, false));
    await context.close();
  }
  const context = await browser.newContext({ locale: 'fr-BE', ...(options.serviceWorker ? {} : { serviceWorkers: 'block' as const }) });
  await prepare(context, url, options);
  const page = await context.newPage();
  await page.addInitScript(watchReady(ready));
  await page.goto(url);
  if (options.serviceWorker) {
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.reload();
    await page.waitForFunction(() => Boolean(navigator.serviceWorker?.controller));
  }
  await throttle(context, page);
  const warm: LoadTime[] = [];
  for (let run = 0; run < runs; run++) warm.push(await measure(page, url, ready, true));
  await context.close();
  return { cold, warm };
}
