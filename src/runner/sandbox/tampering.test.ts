/**
 * Learner code that tampers with built-ins or the test API after the sandbox captured them cannot turn a
 * failing test into a pass. Each case tampers as learner code would (between collecting and running the
 * tests, or inside a test body) and puts the built-in back afterwards, so the rest of this file is unaffected.
 */
import { afterEach, describe, expect, test } from 'vitest';
import type { TestResult } from '../types.ts';
import { createTestSuite } from './test-api.ts';

type Api = ReturnType<typeof createTestSuite>['api'];
const restores: (() => void)[] = [];
const restoreAll = () => {
  while (restores.length) restores.pop()?.();
};
afterEach(restoreAll);

/** Replaces `target[key]` until the end of the test. */
function tamper(target: object, key: PropertyKey, descriptor: PropertyDescriptor): void {
  const own = Object.getOwnPropertyDescriptor(target, key);
  restores.push(() => (own ? Object.defineProperty(target, key, own) : delete (target as Record<PropertyKey, unknown>)[key]));
  Object.defineProperty(target, key, { configurable: true, ...('value' in descriptor ? { writable: true } : {}), ...descriptor });
}

/** Collects `tests`, lets `learner` tamper (as a learner module loaded after the sandbox would), runs them. */
async function statuses(tests: (api: Api) => void, learner: () => void = () => undefined): Promise<string[]> {
  const { api, run } = createTestSuite();
  tests(api);
  learner();
  const results: TestResult[] = [];
  await run({ onResult: (result) => results.push(result), resolve: () => undefined, now: () => 0, timeLeft: () => 1_000 });
  // Put back before this async function returns: its own result would meet the tampering otherwise.
  restoreAll();
  return results.map((result) => result.failure?.message.key ?? result.status);
}

const failing = (api: Api) => api.test('wrong', () => api.expect(1).toBe(2));

describe('results no code can forge', () => {
  test('replacing Promise.race, Promise.resolve or setTimeout changes nothing', async () => {
    expect(await statuses(failing, () => {
      tamper(Promise, 'race', { value: () => Promise.resolve() });
      tamper(Promise, 'resolve', { value: () => ({ then: (resolve: () => void) => resolve() }) });
      tamper(globalThis, 'setTimeout', { value: (callback: () => void) => callback() });
    })).toEqual(['runner:builtinChanged']);
  });

  test('a then that resolves everything at once cannot pass a failing test, even restored before the check', async () => {
    const then = Promise.prototype.then;
    expect(await statuses((api) => api.test('async wrong', async () => {
      // Every await now "succeeds"; the fake puts the real `then` back on first use, to leave no trace.
      tamper(Promise.prototype, 'then', {
        value(this: Promise<unknown>, onValue?: (value: unknown) => unknown) {
          restoreAll();
          then.call(this, undefined, () => undefined);
          return then.call(Promise.resolve(undefined), onValue);
        },
      });
      tamper(Promise.prototype, 'constructor', { value: function Fake() { /* makes await look `then` up */ } });
      await api.expect(Promise.resolve(1)).resolves.toBe(2);
    }))).toEqual(['runner:expect.equalNumber']);
  });

  test('a then added to Object.prototype is never called by the runner, and fails the test', async () => {
    let called = 0;
    expect(await statuses((api) => api.test('throws', () => {
      tamper(Object.prototype, 'then', {
        value(resolve: (value: unknown) => void) {
          called++;
          delete (Object.prototype as { then?: unknown }).then;
          resolve(undefined);
        },
        enumerable: false,
      });
      throw new Error('wrong total');
    }))).toEqual(['runner:builtinChanged']);
    expect(called).toBe(0);
  });

  test('setters on Object.prototype cannot catch the matchers', async () => {
    expect(await statuses(failing, () => {
      tamper(Object.prototype, 'toBe', { get: () => () => undefined, set: () => undefined });
    })).toEqual(['runner:builtinChanged']);
  });

  test('an Array.prototype.forEach that skips the assertions fails the test', async () => {
    expect(await statuses((api) => api.test('each item', () => {
      [1, 2].forEach((n) => api.expect(n).toBe(3));
    }), () => tamper(Array.prototype, 'forEach', { value: () => undefined }))).toEqual(['runner:builtinChanged']);
  });

  test('Function.prototype.call, Reflect.apply and JSON.stringify replaced by learner code are noticed', async () => {
    for (const [target, key] of [[Function.prototype, 'call'], [Reflect, 'apply'], [JSON, 'stringify']] as const) {
      expect(await statuses(failing, () => tamper(target, key, { value: () => undefined }))).toEqual(['runner:builtinChanged']);
      restores.pop()?.();
    }
  });

  test('Symbol.hasInstance on a class cannot disguise an error as something else', async () => {
    expect(await statuses(failing, () => tamper(Error, Symbol.hasInstance, { value: () => false }))).toEqual(['runner:expect.equalNumber']);
  });

  test('a fake asymmetric matcher returned by learner code is compared as plain data', async () => {
    const fake = { asymmetricMatch: () => true, $$typeof: Symbol.for('jest.asymmetricMatcher') };
    expect(await statuses((api) => api.test('total', () => api.expect(fake).toEqual(42)))).toEqual(['runner:expect.equalNumber']);
  });

  test('a method a beginner adds to Array.prototype is allowed; a spy the tests set is too', async () => {
    expect(await statuses((api) => {
      api.test('sum', () => api.expect((Array.prototype as unknown as { sum: () => number }).sum.call([1, 2])).toBe(3));
      api.test('spied', () => {
        const spy = api.jest.spyOn(JSON, 'stringify');
        JSON.stringify(1);
        api.expect(spy).toHaveBeenCalledWith(1);
        spy.mockRestore();
      });
    }, () => tamper(Array.prototype, 'sum', { value(this: number[]) { return this.reduce((a, b) => a + b, 0); }, enumerable: false }))).toEqual(['passed', 'passed']);
  });
});
