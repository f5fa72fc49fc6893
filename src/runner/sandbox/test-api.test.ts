import { describe, expect, test } from 'vitest';
import type { TestResult } from '../types.ts';
import { createTestSuite, type RunTestsOptions } from './test-api.ts';
import { LoopTimeout } from './guard.ts';

function options(results: TestResult[], timeLeft = () => 1_000): RunTestsOptions {
  return { onResult: (result) => results.push(result), resolve: () => undefined, now: () => performance.now(), timeLeft };
}

describe('createTestSuite', () => {
  test('runs tests in file order with describe paths and hooks around each test', async () => {
    const { api, run } = createTestSuite();
    const calls: string[] = [];
    api.beforeEach(() => void calls.push('outer before'));
    api.describe('cart', () => {
      api.beforeEach(() => void calls.push('inner before'));
      api.afterEach(() => void calls.push('inner after'));
      api.test('adds', () => void calls.push('adds'));
      api.describe('empty', () => api.it('totals 0', async () => {
        await Promise.resolve();
        calls.push('totals 0');
      }));
    });
    api.test('last', () => void calls.push('last'));
    const results: TestResult[] = [];
    expect(await run(options(results))).toBeUndefined();
    expect(results.map((result) => [result.path, result.name, result.status])).toEqual([
      [['cart'], 'adds', 'passed'],
      [['cart', 'empty'], 'totals 0', 'passed'],
      [[], 'last', 'passed'],
    ]);
    expect(calls).toEqual(['outer before', 'inner before', 'adds', 'inner after', 'outer before', 'inner before', 'totals 0', 'inner after', 'outer before', 'last']);
  });

  test('a failed expectation, a thrown error and a recursion each fail their own test only', async () => {
    const { api, run } = createTestSuite();
    api.test('wrong', () => api.expect(1).toBe(2));
    api.test('throws', () => { throw new TypeError('oops'); });
    api.test('recurses', () => { const f = (): number => f() + 1; f(); });
    api.test('fine', () => undefined);
    const results: TestResult[] = [];
    await run(options(results));
    expect(results.map((result) => result.failure?.message.key ?? result.status)).toEqual([
      'runner:expect.equalNumber', 'runner:testError', 'runner:recursion', 'passed',
    ]);
    expect(results[1]?.failure?.message.params).toEqual({ error: 'TypeError: oops' });
  });

  test('a promise that never settles fails at the deadline and stops the run', async () => {
    const { api, run } = createTestSuite();
    api.test('hangs', () => new Promise(() => undefined));
    api.test('never reached', () => undefined);
    const results: TestResult[] = [];
    const deadline = performance.now() + 50;
    expect(await run(options(results, () => deadline - performance.now()))).toEqual({ reason: 'timeout' });
    expect(results.map((result) => result.failure?.message.key)).toEqual(['runner:testTimeout']);
  });

  test('a runaway loop stops everything, with its place', async () => {
    const { api, run } = createTestSuite();
    api.test('loops', () => { throw new LoopTimeout('cart.js', 4); });
    const results: TestResult[] = [];
    const stop = await run(options(results));
    expect(stop?.error).toMatchObject({ file: 'cart.js', line: 4 });
    expect(results).toEqual([]);
  });
});
