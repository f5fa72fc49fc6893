import { afterEach, describe, expect, test } from 'vitest';
import { settle, settleWithin } from './intrinsics.ts';

const then = Promise.prototype.then;
afterEach(() => {
  Promise.prototype.then = then;
  delete (Promise.prototype as { constructor?: unknown }).constructor;
  Object.defineProperty(Promise.prototype, 'constructor', { value: Promise, writable: true, configurable: true });
});

describe('captured promise functions', () => {
  test('settle reports a promise, a thenable or a value, and never rejects', async () => {
    expect(await settle(Promise.resolve(1))).toEqual({ ok: true, value: 1 });
    expect(await settle(Promise.reject(new Error('no')))).toEqual({ ok: false, error: new Error('no') });
    expect(await settle({ then: (resolve: (value: number) => void) => resolve(2) })).toEqual({ ok: true, value: 2 });
    expect(await settle(3)).toEqual({ ok: true, value: 3 });
  });

  test('a replaced Promise.prototype.then and constructor do not change the outcome seen', async () => {
    const failing = Promise.reject(new Error('wrong'));
    failing.catch(() => undefined);
    Promise.prototype.then = function (this: Promise<unknown>, onValue?: (value: unknown) => unknown) {
      return then.call(Promise.resolve('forged'), onValue);
    } as typeof then;
    Object.defineProperty(Promise.prototype, 'constructor', { value: function Fake() { /* learner's */ }, configurable: true, writable: true });
    const outcome = await settle(failing);
    Promise.prototype.then = then;
    expect(outcome).toEqual({ ok: false, error: new Error('wrong') });
  });

  test('settleWithin gives up at the timeout', async () => {
    expect(await settleWithin(new Promise(() => undefined), 5)).toBeUndefined();
    expect(await settleWithin(Promise.resolve(4), 1_000)).toEqual({ ok: true, value: 4 });
  });
});
