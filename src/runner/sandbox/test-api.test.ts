import { describe, expect, test } from 'vitest';
import type { TestResult } from '../types.ts';
import { LoopTimeout } from './guard.ts';
import { HandlerFailure } from './http-server.ts';
import { createTestSuite, type RunTestsOptions } from './test-api.ts';

function options(results: TestResult[], timeLeft = () => 1_000): RunTestsOptions {
  return { onResult: (result) => results.push(result), resolve: () => undefined, now: () => performance.now(), timeLeft };
}

/** Runs a suite built by `build` and returns [path › name, status or failure key] pairs. */
async function outcomes(build: (api: ReturnType<typeof createTestSuite>['api']) => void): Promise<[string, string][]> {
  const { api, run } = createTestSuite();
  build(api);
  const results: TestResult[] = [];
  await run(options(results));
  return results.map((result) => [[...result.path, result.name].join(' › '), result.failure?.message.key ?? result.status]);
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

  test('beforeAll and afterAll wrap the tests of their describe, once', async () => {
    const calls: string[] = [];
    expect(await outcomes((api) => {
      api.beforeAll(() => void calls.push('all before'));
      api.afterAll(() => void calls.push('all after'));
      api.describe('a', () => {
        api.beforeAll(async () => { await Promise.resolve(); calls.push('a before'); });
        api.afterAll(() => void calls.push('a after'));
        api.test('one', () => void calls.push('one'));
        api.test('two', () => void calls.push('two'));
      });
      api.describe('skipped suite', () => {
        api.beforeAll(() => void calls.push('never'));
        api.test.skip('three', () => void calls.push('never'));
      });
      api.test('four', () => void calls.push('four'));
    })).toEqual([['a › one', 'passed'], ['a › two', 'passed'], ['skipped suite › three', 'skipped'], ['four', 'passed']]);
    expect(calls).toEqual(['all before', 'a before', 'one', 'two', 'a after', 'four', 'all after']);
  });

  test('a failing beforeAll fails the tests of its describe; a failing afterAll is reported', async () => {
    expect(await outcomes((api) => {
      api.describe('db', () => {
        api.beforeAll(() => { throw new Error('no database'); });
        api.test('reads', () => undefined);
      });
      api.describe('files', () => {
        api.afterAll(() => { throw new Error('cleanup'); });
        api.test('writes', () => undefined);
      });
    })).toEqual([['db › reads', 'runner:thrown.error'], ['files › writes', 'passed'], ['files › afterAll', 'runner:thrown.error']]);
  });

  test('.skip, xtest, xit, xdescribe and .todo are reported without running', async () => {
    let ran = false;
    const body = () => { ran = true; };
    expect(await outcomes((api) => {
      api.test.skip('a', body);
      api.xtest('b', body);
      api.xit('c', body);
      api.xdescribe('d', () => api.test('e', body));
      api.describe.skip('f', () => api.it('g', body));
      api.test.todo('h');
      api.it.todo('i');
      api.test('runs', () => undefined);
    })).toEqual([['a', 'skipped'], ['b', 'skipped'], ['c', 'skipped'], ['d › e', 'skipped'], ['f › g', 'skipped'], ['h', 'todo'], ['i', 'todo'], ['runs', 'passed']]);
    expect(ran).toBe(false);
  });

  test('.only, fit and fdescribe focus the run: the other tests are skipped', async () => {
    expect(await outcomes((api) => {
      api.test('a', () => undefined);
      api.test.only('b', () => undefined);
      api.fit('c', () => undefined);
      api.fdescribe('d', () => api.test('e', () => undefined));
      api.describe.only('f', () => api.test.skip('g', () => undefined));
      api.describe('h', () => api.test('i', () => undefined));
    })).toEqual([['a', 'skipped'], ['b', 'passed'], ['c', 'passed'], ['d › e', 'passed'], ['f › g', 'skipped'], ['h › i', 'skipped']]);
  });

  test('test.each and describe.each make one test per case, with Jest titles and arguments', async () => {
    const seen: unknown[] = [];
    expect(await outcomes((api) => {
      api.test.each([[1, 1, 2], [2, 3, 5]])('add(%i, %i) -> %i', (a, b, sum) => api.expect((a as number) + (b as number)).toBe(sum));
      api.it.each([{ name: 'Ana', age: 3 }])('$name is $age', (person) => void seen.push(person));
      api.test.each`
        a    | b    | expected
        ${1} | ${1} | ${3}
      `('$a + $b = $expected (#$#)', ({ a, b, expected }: { a: number; b: number; expected: number }) => api.expect(a + b).toBe(expected));
      api.describe.each([['fr'], ['en']])('in %s', (lang) => api.test('says hi', () => void seen.push(lang)));
      api.test.skip.each([1])('skipped %d', () => undefined);
    })).toEqual([
      ['add(1, 1) -> 2', 'passed'], ['add(2, 3) -> 5', 'passed'], ["'Ana' is 3", 'passed'], ['1 + 1 = 3 (#0)', 'runner:expect.equalNumber'],
      ['in fr › says hi', 'passed'], ['in en › says hi', 'passed'], ['skipped 1', 'skipped'],
    ]);
    expect(seen).toEqual([{ name: 'Ana', age: 3 }, 'fr', 'en']);
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
      'runner:expect.equalNumber', 'runner:thrown.error', 'runner:recursion', 'passed',
    ]);
    expect(results[1]?.failure).toEqual({ message: { key: 'runner:thrown.error', params: { error: 'TypeError: oops' } } });
  });

  test('an error thrown by learner code names the learner file and line, in beginner words', async () => {
    const { api, run } = createTestSuite();
    const error = new ReferenceError('totl is not defined');
    error.stack = 'ReferenceError: totl is not defined\n    at total (blob:cart:3:10)\n    at exercise.test.js:2:5';
    api.test('total', () => { throw error; });
    const results: TestResult[] = [];
    await run({ ...options(results), resolve: (name) => (name === 'exercise.test.js' ? name : undefined), resolveAll: (name) => (name === 'blob:cart' ? 'cart.js' : name === 'exercise.test.js' ? name : undefined) });
    expect(results[0]?.failure).toEqual({
      message: { key: 'runner:thrown.notDefined', params: { name: 'totl' } },
      detail: 'ReferenceError: totl is not defined',
      line: 2,
      source: { file: 'cart.js', line: 3, column: 10 },
    });
  });

  test("an http handler's failure points at the handler's line", async () => {
    const { api, run } = createTestSuite();
    api.test('GET /', () => { throw new HandlerFailure({ message: { key: 'runner:http.threw' } }, { file: 'server.js', line: 4, column: 5 }); });
    const results: TestResult[] = [];
    await run(options(results));
    expect(results[0]?.failure).toEqual({ message: { key: 'runner:http.threw' }, source: { file: 'server.js', line: 4, column: 5 } });
  });

  test('a failed assertion fails its test even when code catches it', async () => {
    expect(await outcomes((api) => {
      const swallow = (check: () => void) => { try { check(); } catch { /* learner code hiding the failure */ } };
      api.test('hidden', () => swallow(() => api.expect(1).toBe(2)));
      api.test('fine', () => swallow(() => api.expect(1).toBe(1)));
    })).toEqual([['hidden', 'runner:expect.equalNumber'], ['fine', 'passed']]);
  });

  test('expect.assertions and expect.hasAssertions check how many assertions ran', async () => {
    expect(await outcomes((api) => {
      api.test('two of three', () => { api.expect.assertions(3); api.expect(1).toBe(1); api.expect(2).toBe(2); });
      api.test('none', () => api.expect.hasAssertions());
      api.test('enough', async () => { api.expect.assertions(1); await api.expect(Promise.resolve(1)).resolves.toBe(1); });
    })).toEqual([['two of three', 'runner:expect.assertions'], ['none', 'runner:expect.hasAssertions'], ['enough', 'passed']]);
  });

  test("Jest's done callback: the test ends when done is called, fails when done gets an error", async () => {
    expect(await outcomes((api) => {
      api.test('later', (done) => { setTimeout(() => (done as () => void)(), 1); });
      api.test('fails', (done) => { setTimeout(() => (done as (error: Error) => void)(new Error('no')), 1); });
    })).toEqual([['later', 'passed'], ['fails', 'runner:thrown.error']]);
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

  test('declarations are refused whenever fromTestsFile says the test file is not the one declaring', async () => {
    let declaring = true;
    const { api, run, count } = createTestSuite(undefined, () => declaring);
    api.describe('cart', () => api.test('sums', () => undefined));
    declaring = false;
    expect(() => api.fit('forged', () => undefined)).toThrow("test() can only be used in the exercise's test file");
    expect(() => api.describe.only('forged', () => undefined)).toThrow("describe() can only be used in the exercise's test file");
    expect(count()).toBe(1);
    const results: TestResult[] = [];
    await run(options(results));
    expect(results.map((result) => [result.name, result.status])).toEqual([['sums', 'passed']]);
  });

  test('the API is frozen: learner code cannot rewire it', () => {
    const { api } = createTestSuite();
    for (const value of [api, api.test, api.test.skip, api.describe, api.expect, api.expect(1), api.expect(1).not, api.jest]) {
      expect(Object.isFrozen(value)).toBe(true);
    }
    expect(() => { (api.expect as unknown as Record<string, unknown>).any = () => true; }).toThrow(TypeError);
    expect(api.jest).toBe(api.vi);
  });
});
