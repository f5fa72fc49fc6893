import type { Page, Request } from 'playwright-core';

/**
 * Keeps the page's requests in flight, so that a test waits until every request the page started since
 * this call has ended — not for a quiet moment on the network, which a loaded machine may never give (or
 * give too early).
 */
export function watchRequests(page: Page): { settled: () => Promise<void> } {
  const pending = new Set<Request>();
  let waiting: (() => void)[] = [];
  const ended = (request: Request) => {
    pending.delete(request);
    if (pending.size > 0) return;
    for (const resolve of waiting) resolve();
    waiting = [];
  };
  page.on('request', (request) => pending.add(request));
  page.on('requestfinished', ended);
  page.on('requestfailed', ended);
  return { settled: () => (pending.size === 0 ? Promise.resolve() : new Promise((resolve) => waiting.push(resolve))) };
}
