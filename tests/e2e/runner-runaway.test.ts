/**
 * Runaway code in either kind ends within the exercise's 3 s with a message naming the line, while the
 * app stays responsive: a click on an app button during the run is handled long before the run ends.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { ExerciseKind } from '../../src/lessons/types.ts';
import { exercise, html, js, openRunnerSession, type RunnerSession } from './fixtures/runner/session.ts';

let session: RunnerSession;
beforeAll(async () => {
  session = await openRunnerSession();
});
afterAll(() => session?.close());

/** Learner code whose line 3 runs away. */
const RUNAWAYS = {
  'while(true){}': 'let count = 0;\nexport function go() {\n  while (true) { count++; }\n}',
  'for(;;){}': 'let count = 0;\nexport function go() {\n  for (;;) { count++; }\n}',
  'unbounded recursion': 'let count = 0;\nexport function go() {\n  return go() + 1;\n}',
  'array-growing loop': 'const list = [];\nexport function go() {\n  while (true) list.push(list.length);\n}',
};

/** The same code as a web page script (no `export`) or a js module, called at load and by a test. */
function runaway(kind: ExerciseKind, code: string) {
  if (kind === 'web') {
    return exercise('web', [html('<h1>x</h1>\n<script src="script.js"></script>'), js('script.js', `${code.replace('export ', '')}\ngo();`)], "test('calls go', () => go());");
  }
  return exercise('js', [js('main.js', `${code}\ngo();`)], "import { go } from './main.js';\ntest('calls go', () => go());");
}

describe.each(['web', 'js'] as const)('%s kind', (kind) => {
  test.each(Object.entries(RUNAWAYS))('%s ends within 3 s with the line, and the app button still works', async (_, code) => {
    const { clicksBefore, startedBefore } = await session.page.evaluate(() => ({ clicksBefore: window.clicks.length, startedBefore: window.runStarted ?? -1 }));
    const box = await session.page.locator('#app-button').boundingBox();
    if (!box) throw new Error('no app button');
    const running = session.run(runaway(kind, code));
    await session.page.waitForFunction((before) => (window.runStarted ?? -1) > before, startedBefore, { polling: 20 });
    // A raw mouse click, as a person would make it (page.click would also wait for animation frames).
    await session.page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    const { result, start, end } = await running;
    const { clicks, delays } = await session.page.evaluate(() => ({ clicks: window.clicks, delays: window.clickDelays }));

    expect(result.durationMs).toBeLessThan(3_300);
    const file = kind === 'web' ? 'script.js' : 'main.js';
    const problem = result.problems[0];
    if (code.includes('return go()')) {
      // V8 reports the overflow at the call or at the function's start: either names the culprit.
      expect(problem).toMatchObject({ message: { key: 'runner:recursion' }, file });
      expect([2, 3]).toContain(problem?.line);
      expect(result.status).toBe(kind === 'web' ? 'failed' : 'error');
    } else if (code.includes('push') && result.status === 'error') {
      // A fast machine fills the array to V8's limit before the 3 s are up: that too is named, with the line.
      expect(problem).toMatchObject({ kind: 'memory', line: 3, file, message: { key: 'runner:memory' } });
    } else {
      expect(result.status).toBe('timeout');
      // A page stops after one long task (it would freeze the app where the frame shares its thread).
      const message = kind === 'web' ? { key: 'runner:pageBlocked', params: { ms: 300, line: 3, file } } : { key: 'runner:timeout', params: { seconds: 3, line: 3, file } };
      expect(problem).toMatchObject({ kind: 'timeout', line: 3, message });
    }
    // Handled while learner code was still running, not queued behind it.
    expect(clicks).toHaveLength(clicksBefore + 1);
    const clickedAt = clicks[clicks.length - 1] ?? Infinity;
    expect(clickedAt).toBeGreaterThan(start);
    if (result.status === 'timeout') expect(clickedAt).toBeLessThan(end);
    // The click waited for no learner code: from the moment the browser received it to its handler.
    expect(delays.at(-1)).toBeLessThan(500);
    // The run's frame is gone (a js run leaves one prepared frame for the next run).
    expect(await session.page.locator('iframe').count()).toBeLessThanOrEqual(kind === 'js' ? 1 : 0);
  });
});

describe('a timeout says which', () => {
  test('a promise that never settles, in a test or in a module, is named as such', async () => {
    for (const target of [
      exercise('js', [js('main.js', 'export const wait = () => new Promise(() => {});')], "import { wait } from './main.js';\ntest('waits', async () => { await wait(); });"),
      exercise('js', [js('main.js', 'await new Promise(() => {});\nexport const x = 1;')], "import { x } from './main.js';\ntest('x', () => expect(x).toBe(1));"),
      exercise('web', [html('<h1>x</h1>')], "test('waits', () => new Promise(() => {}));"),
    ]) {
      const { result } = await session.run(target);
      expect(result.status).toBe('timeout');
      expect(result.problems[0]?.message.key).toBe('runner:promiseTimeout');
    }
  });

  test('a worker that closes itself is reported at once, with the line', async () => {
    const { result } = await session.run(exercise('js', [js('main.js', 'export const x = 1;\nclose();')], "import { x } from './main.js';\ntest('x', () => expect(x).toBe(1));"));
    expect(result.status).toBe('error');
    expect(result.problems[0]).toMatchObject({ message: { key: 'runner:workerClosed' }, file: 'main.js', line: 2 });
    expect(result.durationMs).toBeLessThan(2_000);
  });
});
