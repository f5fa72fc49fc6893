/**
 * Timing helpers shared by the runner and SQL sections: runs of an exercise in the runner harness page,
 * the bare-Worker floor, and sampling several measures in turn.
 */
import type { Page } from 'playwright-core';
import type { Exercise } from '../src/lessons/types.ts';
import { summarize } from './row.ts';

/** Milliseconds for each of `count` runs of `target` (which must pass), after `pauseMs` each. */
export function timeRuns(page: Page, target: Exercise, count: number, pauseMs = 0): Promise<number[]> {
  return page.evaluate(async ([target, count, pauseMs]) => {
    const times: number[] = [];
    for (let i = 0; i < count; i++) {
      if (pauseMs) await new Promise((resolve) => setTimeout(resolve, pauseMs));
      const start = performance.now();
      const result = await window.runner.run(target, target.starter);
      if (result.status !== 'passed') throw new Error(`bench exercise did not pass: ${JSON.stringify([result.problems, result.tests])}`);
      times.push(performance.now() - start);
    }
    return times;
  }, [target, count, pauseMs] as const);
}

/** The floor: a Worker that posts one message, created and terminated each time. */
export function timeBareWorkers(page: Page, count: number): Promise<number[]> {
  return page.evaluate(async (count) => {
    const url = URL.createObjectURL(new Blob(["postMessage('done')"], { type: 'text/javascript' }));
    const times: number[] = [];
    for (let i = 0; i < count; i++) {
      const start = performance.now();
      const worker = new Worker(url);
      await new Promise((resolve) => { worker.onmessage = resolve; });
      worker.terminate();
      times.push(performance.now() - start);
    }
    URL.revokeObjectURL(url);
    return times;
  }, count);
}

/**
 * Warms every timer up, then samples them in turn, one run each per round, so that every measure sees the
 * same machine conditions. Median and p95 by timer name.
 */
export async function interleaved<Name extends string>(
  timers: Record<Name, (count: number) => Promise<number[]>>,
  rounds = 40,
  warmUp = 5,
): Promise<Record<Name, { median: number; p95: number }>> {
  const names = Object.keys(timers) as Name[];
  const samples = new Map(names.map((name) => [name, [] as number[]]));
  for (const name of names) await timers[name](warmUp);
  for (let round = 0; round < rounds; round++) {
    for (const name of names) samples.get(name)!.push(...(await timers[name](1)));
  }
  return Object.fromEntries(names.map((name) => [name, summarize(samples.get(name)!)])) as Record<Name, { median: number; p95: number }>;
}
