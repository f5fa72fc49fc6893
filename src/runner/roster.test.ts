import { describe, expect, test } from 'vitest';
import { reconcile, rosterOf, sameFiles } from './roster.ts';
import type { RunResult, TestResult } from './types.ts';

const passed = (name: string, path: string[] = []): TestResult => ({ name, path, status: 'passed', durationMs: 1 });
const result = (tests: TestResult[], status: RunResult['status'] = 'passed'): RunResult => ({ status, tests, console: [], problems: [], truncated: false, durationMs: 5 });

describe('test roster', () => {
  const roster = rosterOf(result([passed('adds', ['total']), { ...passed('rounds', ['total']), status: 'failed' }], 'failed'))!;

  test('a reference run that got through its tests gives names, paths and order', () => {
    expect(roster).toEqual([{ name: 'adds', path: ['total'], runs: true }, { name: 'rounds', path: ['total'], runs: true }]);
    expect(rosterOf(result([passed('adds')], 'timeout'))).toBeUndefined();
    expect(rosterOf(result([], 'error'))).toBeUndefined();
  });

  test('a pass with exactly the roster\'s tests stays a pass', () => {
    const run = result([passed('adds', ['total']), passed('rounds', ['total'])]);
    expect(reconcile(run, roster)).toBe(run);
  });

  test('a forged report (one made-up test, a missing one, a renamed one, another order) is not a pass', () => {
    for (const tests of [
      [passed('ok')],
      [passed('adds', ['total'])],
      [passed('adds', ['total']), passed('rounds')],
      [passed('rounds', ['total']), passed('adds', ['total'])],
      [passed('adds', ['total']), passed('rounds', ['total']), passed('extra')],
    ]) {
      const checked = reconcile(result(tests), roster);
      expect(checked.status).toBe('error');
      expect(checked.problems.at(-1)?.message).toEqual({ key: 'runner:testsMismatch', params: { expected: 2, received: tests.length } });
    }
  });

  test('a test the exercise runs cannot be reported as skipped to pass', () => {
    const skipped = { ...passed('rounds', ['total']), status: 'skipped' } as unknown as TestResult;
    expect(reconcile(result([passed('adds', ['total']), skipped]), roster).status).toBe('error');
  });

  test('failed runs are left as they are', () => {
    const failed = result([passed('x')], 'failed');
    expect(reconcile(failed, roster)).toBe(failed);
  });

  test('files compare by name and content', () => {
    const a = [{ name: 'a.js', language: 'js' as const, content: '1' }];
    expect(sameFiles(a, [{ ...a[0]! }])).toBe(true);
    expect(sameFiles(a, [{ ...a[0]!, content: '2' }])).toBe(false);
    expect(sameFiles(a, [])).toBe(false);
  });
});
