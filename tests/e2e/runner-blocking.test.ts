/**
 * Where a sandboxed frame shares the app's thread (Firefox, Safari, most phones; Chromium with the flags
 * below), a page that never yields would freeze the app. Each of these runaway pages is stopped after about
 * 300 ms of one task, with the message naming its line, and a click on the app is handled within 500 ms.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { exercise, html, js, openRunnerSession, SHARED_THREAD_ARGS, type RunnerSession } from './fixtures/runner/session.ts';

let session: RunnerSession;
beforeAll(async () => {
  session = await openRunnerSession(SHARED_THREAD_ARGS);
});
afterAll(() => session?.close());

/** Page scripts whose line 2 never lets the browser breathe. */
const RUNAWAYS = {
  'while(true){}': 'let count = 0;\nwhile (true) { count++; }',
  'for(;;){}': 'let count = 0;\nfor (;;) { count++; }',
  'a microtask loop': 'let count = 0;\nfunction spin() { count++; Promise.resolve().then(spin); }\nspin();',
  'a console flood': 'let count = 0;\nfor (let i = 0; i < 1e9; i++) console.log("line", i);',
};

describe('a runaway page with the frame on the app\'s thread', () => {
  test.each(Object.entries(RUNAWAYS))('%s is stopped with its line, and the app answers a click within 500 ms', async (_, code) => {
    const { page } = session;
    const box = await page.locator('#app-button').boundingBox();
    if (!box) throw new Error('no app button');
    const before = await page.evaluate(() => ({ clicks: window.clicks.length, started: window.runStarted ?? -1, origin: performance.timeOrigin }));
    const target = exercise('web', [html('<h1>x</h1>\n<script src="script.js"></script>'), js('script.js', code)], "test('h1', () => expect(text('h1')).toBe('x'));");
    const running = session.run(target);
    await page.waitForFunction((started) => (window.runStarted ?? -1) > started, before.started, { polling: 20 });
    // Raw mouse clicks, as a person makes them, while the page is loading and running away.
    const delays: number[] = [];
    for (let click = 1; click <= 3; click++) {
      const issued = Date.now();
      await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
      await page.waitForFunction((count) => window.clicks.length >= count, before.clicks + click, { polling: 'raf' });
      const handled = await page.evaluate(() => performance.timeOrigin + (window.clicks.at(-1) ?? 0));
      delays.push(handled - issued);
    }
    const { result } = await running;

    expect(Math.max(...delays)).toBeLessThanOrEqual(500);
    expect(result.status).toBe('timeout');
    const line = 2;
    expect(result.problems[0]).toMatchObject({ kind: 'timeout', file: 'script.js', line, message: { key: 'runner:pageBlocked', params: { ms: 300, line, file: 'script.js' } } });
    expect(result.durationMs).toBeLessThan(1_500);
  });
});
