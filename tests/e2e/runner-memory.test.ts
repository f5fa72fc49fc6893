/** 200 consecutive runs must not grow the app's heap by more than 5 MB: frames, workers, ports and blobs are released. */
import { afterAll, beforeAll, expect, test } from 'vitest';
import { exercise, html, js, openRunnerSession, type RunnerSession } from './fixtures/runner/session.ts';

let session: RunnerSession;
beforeAll(async () => {
  session = await openRunnerSession();
});
afterAll(() => session?.close());

const web = exercise('web', [html('<h1>Bonjour</h1><script>console.log({ page: [1, 2, 3] });</script>')], "test('t', () => expect(text('h1')).toBe('Bonjour'));");
const worker = exercise('js', [js('a.js', "export const total = (xs) => xs.reduce((a, b) => a + b, 0);\nconsole.log('loaded');")], "import { total } from './a.js';\ntest('t', () => expect(total([1, 2])).toBe(3));");

test('200 runs (web and js alternately) grow the heap by at most 5 MB', async () => {
  const cdp = await session.page.context().newCDPSession(session.page);
  await cdp.send('Performance.enable');
  const heap = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    const { metrics } = await cdp.send('Performance.getMetrics');
    return metrics.find((metric) => metric.name === 'JSHeapUsedSize')?.value ?? Number.NaN;
  };
  const runMany = (count: number) => session.page.evaluate(async ([count, web, worker]) => {
    const statuses = new Set<string>();
    for (let i = 0; i < count; i++) statuses.add((await window.runner.run(i % 2 ? worker : web, (i % 2 ? worker : web).starter)).status);
    return [...statuses];
  }, [count, web, worker] as const);

  expect(await runMany(10)).toEqual(['passed']); // warm-up: code compiled, caches filled
  const before = await heap();
  expect(await runMany(200)).toEqual(['passed']);
  const after = await heap();
  expect(after - before).toBeLessThan(5 * 1024 * 1024);
  expect(await session.page.locator('iframe').count()).toBe(1); // the js frame prepared for the next run
  console.log(`heap before ${(before / 1e6).toFixed(2)} MB, after 200 runs ${(after / 1e6).toFixed(2)} MB`);
}, 180_000);
