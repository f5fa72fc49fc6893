import { describe, expect, test } from 'vitest';
import { RunRecorder } from './recorder.ts';
import type { TestResult } from './types.ts';

const passed: TestResult = { name: 'a', path: [], status: 'passed', durationMs: 1 };
const failed: TestResult = { name: 'b', path: [], status: 'failed', durationMs: 1, failure: { message: { key: 'runner:expect.equal' } } };

describe('RunRecorder', () => {
  test('passed only when every test passed; failed otherwise', () => {
    const all = new RunRecorder(3000);
    all.accept({ type: 'test', result: passed });
    expect(all.result(5).status).toBe('passed');
    const some = new RunRecorder(3000);
    some.accept({ type: 'test', result: passed });
    some.accept({ type: 'test', result: failed });
    expect(some.result(5)).toMatchObject({ status: 'failed', tests: [passed, failed], durationMs: 5 });
  });
  test('skipped and todo tests did not run: they neither fail a run nor pass it alone', () => {
    const skipped: TestResult = { name: 's', path: [], status: 'skipped', durationMs: 0 };
    const todo: TestResult = { name: 't', path: [], status: 'todo', durationMs: 0 };
    const mixed = new RunRecorder(3000);
    for (const result of [passed, skipped, todo]) mixed.accept({ type: 'test', result });
    expect(mixed.result(1).status).toBe('passed');
    const none = new RunRecorder(3000);
    for (const result of [skipped, todo]) none.accept({ type: 'test', result });
    expect(none.result(1).status).toBe('failed');
  });
  test('a syntax error, or no test at all, is an error', () => {
    const syntax = new RunRecorder(3000);
    syntax.accept({ type: 'test', result: passed });
    syntax.addProblem({ kind: 'syntax', message: { key: 'runner:syntax' } });
    expect(syntax.result(1).status).toBe('error');
    expect(new RunRecorder(3000).result(1).status).toBe('error');
  });
  test('a runtime error in a page does not hide passing tests', () => {
    const recorder = new RunRecorder(3000);
    recorder.accept({ type: 'test', result: passed });
    recorder.addProblem({ kind: 'runtime', message: { key: 'runner:uncaught' } });
    expect(recorder.result(1).status).toBe('passed');
  });
  test('a timeout message ends the run, names the line and keeps earlier results', () => {
    const recorder = new RunRecorder(3000);
    recorder.accept({ type: 'test', result: passed });
    expect(recorder.accept({ type: 'timeout', cause: 'loop', file: 'script.js', line: 4 })).toBe(true);
    expect(recorder.result(3000)).toMatchObject({
      status: 'timeout',
      tests: [passed],
      problems: [{ kind: 'timeout', message: { key: 'runner:timeout', params: { seconds: 3, line: 4, file: 'script.js' } }, line: 4 }],
    });
  });
  test('a timeout says which: a page that blocked, a promise that never settled, tests too slow', () => {
    const cases = [
      [{ type: 'timeout', cause: 'blocked', file: 'script.js', line: 7 }, { key: 'runner:pageBlocked', params: { ms: 300, line: 7, file: 'script.js' } }],
      [{ type: 'timeout', cause: 'promise' }, { key: 'runner:promiseTimeout', params: { seconds: 3 } }],
      [{ type: 'timeout', cause: 'slow' }, { key: 'runner:tooSlow', params: { seconds: 3 } }],
    ] as const;
    for (const [incoming, expected] of cases) {
      const recorder = new RunRecorder(3000);
      recorder.accept(incoming);
      expect(recorder.result(1)).toMatchObject({ status: 'timeout', problems: [{ kind: 'timeout', message: expected }] });
    }
  });
  test('a timeout without a place uses the general message', () => {
    const recorder = new RunRecorder(2500);
    recorder.timedOut();
    expect(recorder.result(1).problems[0]?.message).toEqual({ key: 'runner:timeoutUnknownLine', params: { seconds: 2.5 } });
  });
  test('the host caps the console again and keeps the truncated flag', () => {
    const recorder = new RunRecorder(3000);
    for (let i = 0; i < 1_005; i++) recorder.accept({ type: 'console', entry: { level: 'log', text: 'x' } });
    expect(recorder.result(1)).toMatchObject({ truncated: true });
    expect(recorder.result(1).console).toHaveLength(1_000);
  });
  test('a timeout called by the host names the SQL statement that was running', () => {
    const recorder = new RunRecorder(3000, { sql: true });
    recorder.accept({ type: 'sql', table: { sql: 'SELECT 1', line: 1, columns: ['1'], rows: [[1]], total: 1 } });
    recorder.accept({ type: 'position', file: 'query.sql', line: 2 });
    recorder.timedOut();
    expect(recorder.result(3000)).toMatchObject({
      status: 'timeout',
      sql: [{ line: 1 }],
      problems: [{ kind: 'timeout', file: 'query.sql', line: 2, message: { key: 'runner:sqlTimeout', params: { seconds: 3, line: 2, file: 'query.sql' } } }],
    });
    const cleared = new RunRecorder(3000);
    cleared.accept({ type: 'position', file: 'query.sql', line: 2 });
    cleared.accept({ type: 'position' });
    cleared.timedOut();
    expect(cleared.result(1).problems[0]?.message.key).toBe('runner:timeoutUnknownLine');
    expect(cleared.result(1).sql).toBeUndefined();
  });
});
