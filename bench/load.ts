import type { Browser, BrowserContext, Page } from 'playwright-core';

/** Lighthouse's "slow 4G": 150 ms round trips, 1.6 Mbit/s down, 750 kbit/s up; and a CPU four times slower. */
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
  return page.evaluate(() => ({
    fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN,
    usable: (window as unknown as { __usableAt: number }).__usableAt,
  }));
}

/**
 * First contentful paint and time until usable under slow 4G and a 4× slower CPU: `cold` with empty caches
 * (a new browser context each time), `warm` served by the service worker after one visit.
 */
export async function loadTimes(browser: Browser, url: string, ready: string, runs: number): Promise<{ cold: LoadTime[]; warm: LoadTime[] }> {
  const cold: LoadTime[] = [];
  for (let run = 0; run < runs; run++) {
    const context = await browser.newContext({ locale: 'fr-BE', serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.addInitScript(watchReady(ready));
    await throttle(context, page);
    cold.push(await measure(page, url, ready, false));
    await context.close();
  }
  const context = await browser.newContext({ locale: 'fr-BE' });
  const page = await context.newPage();
  await page.addInitScript(watchReady(ready));
  await page.goto(url);
  await page.waitForFunction(async () => {
    const registration = await navigator.serviceWorker?.getRegistration();
    return Boolean(registration?.active);
  });
  await page.reload();
  await page.waitForFunction(() => Boolean(navigator.serviceWorker?.controller));
  await throttle(context, page);
  const warm: LoadTime[] = [];
  for (let run = 0; run < runs; run++) warm.push(await measure(page, url, ready, true));
  await context.close();
  return { cold, warm };
}
