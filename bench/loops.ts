/**
 * Loop rows of the runner section: the same loop-heavy function timed inside a js exercise run (loop-guarded,
 * in the runner's worker) and in a bare Worker (unguarded), in the same page and session. Only the loop is
 * timed, on both sides, so the ratio is the guard's cost. Target: ≤ 1.5× for every shape.
 *
 * A single call is a lottery: V8 optimizes `work()` mid-loop, and whether its top tier is ready in time
 * depends on the free CPU, so one side may run in the middle tier and the other in the top one (10× apart).
 * Each run therefore calls `work()` CALLS times and keeps the fastest of the last three: both sides at the
 * same tier, which is what the guard's cost means.
 *
 * Loops with literal bounds keep no count of their own (bounded-loop.ts); the same nest bounded by `.length` is
 * shown too, without a target, so the cost where that does not apply stays in sight.
 */
import type { Page } from 'playwright-core';
import { exercise, js } from '../tests/e2e/fixtures/runner/session.ts';
import { goal, type BenchRow } from './row.ts';
import { interleaved } from './timing.ts';

/** `work()` for each shape, sized to take tens of milliseconds unguarded on a school PC. */
const SHAPES = {
  'tight numeric loop': 'export function work() {\n  let sum = 0;\n  for (let i = 0; i < 20_000_000; i++) sum = (sum + i * 7) | 0;\n  return sum;\n}',
  'nested loops': 'export function work() {\n  let sum = 0;\n  for (let i = 0; i < 3_000; i++) {\n    for (let j = 0; j < 3_000; j++) sum += (i ^ j) & 7;\n  }\n  return sum;\n}',
  'string-building loop': "export function work() {\n  let text = '';\n  for (let i = 0; i < 1_000_000; i++) text += String.fromCharCode(97 + (i % 26));\n  return text.length;\n}",
  'nested loops over an array': 'const rows = Array.from({ length: 3_000 }, (_, i) => i);\nexport function work() {\n  let sum = 0;\n  for (let i = 0; i < rows.length; i++) {\n    for (let j = 0; j < rows.length; j++) sum += (rows[i] ^ rows[j]) & 7;\n  }\n  return sum;\n}',
} as const;

/** The shapes the issue holds to 1.5×; the others are shown for what they tell. */
const TARGETED: ReadonlySet<string> = new Set(['tight numeric loop', 'nested loops', 'string-building loop']);

type Shape = keyof typeof SHAPES;

/** Calls of `work()` per run; the figure is the fastest of the last three (see above). */
const CALLS = 6;

/** `work()` called CALLS times; the fastest of the last three calls, in ms. Same text on both sides. */
const STEADY = `function steady(work) {\n  const times = [];\n  for (let call = 0; call < ${CALLS}; call++) {\n    const started = performance.now();\n    if (typeof work() !== 'number') throw new Error('work() must return a number');\n    times.push(performance.now() - started);\n  }\n  return Math.min(...times.slice(-3));\n}`;

/** The test prints the steady time of `work()` inside the run. */
const TESTS = `import { work } from './loop.js';\n${STEADY}\ntest('works', () => {\n  console.log(String(steady(work)));\n});`;

/** Milliseconds `work()` took in each of `count` runs of the exercise. */
function timeGuarded(page: Page, code: string, count: number): Promise<number[]> {
  // Six calls under a loaded machine may pass the usual 3 s: the bench gives the run more time.
  const target = { ...exercise('js', [js('loop.js', code)], TESTS), timeoutMs: 20_000 };
  return page.evaluate(async ([target, count]) => {
    const times: number[] = [];
    for (let i = 0; i < count; i++) {
      const result = await window.runner.run(target, target.starter);
      const loopMs = Number(result.console[0]?.text);
      if (result.status !== 'passed' || !Number.isFinite(loopMs)) throw new Error(`loop bench did not pass: ${JSON.stringify([result.problems, result.tests])}`);
      times.push(loopMs);
    }
    return times;
  }, [target, count] as const);
}

/**
 * Milliseconds the same `work()` took in each of `count` fresh bare module Workers, with no guard, called
 * as in a run: from a module, once the worker has started and received a message.
 */
function timeBare(page: Page, code: string, count: number): Promise<number[]> {
  const source = `${code}\n${STEADY}\nonmessage = () => postMessage(steady(work));`;
  return page.evaluate(async ([source, count]) => {
    const url = URL.createObjectURL(new Blob([source], { type: 'text/javascript' }));
    const times: number[] = [];
    for (let i = 0; i < count; i++) {
      const worker = new Worker(url, { type: 'module' });
      times.push(await new Promise<number>((resolve) => {
        worker.onmessage = (event: MessageEvent<number>) => resolve(event.data);
        worker.postMessage('go');
      }));
      worker.terminate();
    }
    URL.revokeObjectURL(url);
    return times;
  }, [source, count] as const);
}

export async function loopBench(page: Page): Promise<BenchRow[]> {
  const shapes = Object.keys(SHAPES) as Shape[];
  const timers: Record<string, (count: number) => Promise<number[]>> = {};
  for (const shape of shapes) {
    timers[`bare ${shape}`] = (count) => timeBare(page, SHAPES[shape], count);
    timers[`guarded ${shape}`] = (count) => timeGuarded(page, SHAPES[shape], count);
  }
  const stats = await interleaved(timers, 12, 2);
  return shapes.flatMap((shape): BenchRow[] => {
    const bare = stats[`bare ${shape}`]!;
    const guarded = stats[`guarded ${shape}`]!;
    const ratio = guarded.median / bare.median;
    return [
      { section: 'runner', name: `${shape}, bare Worker (unguarded)`, ...bare, unit: 'ms' },
      { section: 'runner', name: `${shape}, in a js run (guarded)`, ...guarded, unit: 'ms', ratio: `${ratio.toFixed(2)}× bare Worker`, target: TARGETED.has(shape) ? goal(ratio, 1.5, '≤ 1.5×') : undefined },
    ];
  });
}
