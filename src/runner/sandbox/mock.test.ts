import { describe, expect as vitestExpect, test } from 'vitest';
import { failureOf } from './failure-of.ts';
import { expect } from './expect.ts';
import { createMockApi, isMock } from './mock.ts';

describe('jest.fn / vi.fn', () => {
  const jest = createMockApi();

  test('records calls, results and this; returns what it is told', () => {
    const fn = jest.fn((a: unknown, b: unknown) => Number(a) + Number(b));
    vitestExpect(fn(1, 2)).toBe(3);
    vitestExpect(() => fn.mockImplementation(() => { throw new Error('no'); })(0)).toThrow('no');
    vitestExpect(fn.mock.calls).toEqual([[1, 2], [0]]);
    vitestExpect(fn.mock.results).toEqual([{ type: 'return', value: 3 }, { type: 'throw', value: new Error('no') }]);
    vitestExpect(fn.mock.lastCall).toEqual([0]);
    vitestExpect(isMock(fn)).toBe(true);
    vitestExpect(isMock(() => 1)).toBe(false);
  });

  test('mockReturnValue(Once), mockImplementation(Once), mockResolvedValue(Once), mockRejectedValue', async () => {
    const fn = jest.fn().mockReturnValue('always').mockReturnValueOnce('first');
    vitestExpect([fn(), fn(), fn()]).toEqual(['first', 'always', 'always']);
    const impl = jest.fn().mockImplementation(() => 'impl').mockImplementationOnce(() => 'once');
    vitestExpect([impl(), impl()]).toEqual(['once', 'impl']);
    const load = jest.fn().mockResolvedValue({ ok: true }).mockResolvedValueOnce({ ok: false });
    vitestExpect([await load(), await load()]).toEqual([{ ok: false }, { ok: true }]);
    await vitestExpect(jest.fn().mockRejectedValue(new Error('down'))()).rejects.toThrow('down');
  });

  test('mockClear forgets the calls; mockReset also the implementation', () => {
    const fn = jest.fn(() => 1);
    fn();
    fn.mockClear();
    vitestExpect(fn.mock.calls).toEqual([]);
    vitestExpect(fn()).toBe(1);
    fn.mockReset();
    vitestExpect(fn()).toBeUndefined();
    vitestExpect(fn.mock.calls).toEqual([[]]);
  });

  test('spyOn wraps a method (still calling it) until mockRestore; restoreAllMocks puts every spy back', () => {
    const cart = { total: (n: number) => n * 2 };
    const original = cart.total;
    const spy = jest.spyOn(cart, 'total');
    vitestExpect(cart.total(2)).toBe(4);
    vitestExpect(spy.mock.calls).toEqual([[2]]);
    spy.mockReturnValue(0);
    vitestExpect(cart.total(2)).toBe(0);
    spy.mockRestore();
    vitestExpect(cart.total).toBe(original);
    jest.spyOn(Math, 'random').mockReturnValue(0.5);
    vitestExpect(Math.random()).toBe(0.5);
    jest.restoreAllMocks();
    vitestExpect(isMock(Math.random)).toBe(false);
    vitestExpect(() => jest.spyOn(cart, 'missing')).toThrow(TypeError);
  });
});

describe('mock matchers', () => {
  const jest = createMockApi();

  test.each([
    ['toHaveBeenCalled', (fn: ReturnType<typeof jest.fn>) => expect(fn).toHaveBeenCalled()],
    ['toHaveBeenCalledTimes', (fn: ReturnType<typeof jest.fn>) => expect(fn).toHaveBeenCalledTimes(2)],
    ['toHaveBeenCalledWith', (fn: ReturnType<typeof jest.fn>) => expect(fn).toHaveBeenCalledWith(1, expect.any(String))],
    ['toHaveBeenLastCalledWith', (fn: ReturnType<typeof jest.fn>) => expect(fn).toHaveBeenLastCalledWith(2, 'b')],
    ['toHaveBeenNthCalledWith', (fn: ReturnType<typeof jest.fn>) => expect(fn).toHaveBeenNthCalledWith(1, 1, 'a')],
    ['toHaveReturned', (fn: ReturnType<typeof jest.fn>) => expect(fn).toHaveReturned()],
    ['toHaveReturnedTimes', (fn: ReturnType<typeof jest.fn>) => expect(fn).toHaveReturnedTimes(2)],
    ['toHaveReturnedWith', (fn: ReturnType<typeof jest.fn>) => expect(fn).toHaveReturnedWith('1a')],
    ['toHaveLastReturnedWith', (fn: ReturnType<typeof jest.fn>) => expect(fn).toHaveLastReturnedWith('2b')],
  ])('%s passes on a mock that was used, and its .not fails', (name, assertion) => {
    const fn = jest.fn((n: unknown, s: unknown) => `${String(n)}${String(s)}`);
    fn(1, 'a');
    fn(2, 'b');
    vitestExpect(failureOf(() => assertion(fn))).toBeUndefined();
    const unused = jest.fn().mockName('unused');
    const failure = failureOf(() => assertion(unused));
    vitestExpect(failure?.message.key).toMatch(new RegExp(`^runner:expect\\.(${name}|neverCalled)$`));
    vitestExpect(failure?.message.params?.name).toBe('unused');
  });

  test('the message shows how the function was really called', () => {
    const add = jest.fn().mockName('add');
    add(1, 2);
    vitestExpect(failureOf(() => expect(add).toHaveBeenCalledWith(2, 2))).toMatchObject({
      message: { key: 'runner:expect.toHaveBeenCalledWith', params: { name: 'add', expected: '(2, 2)', received: '(1, 2)' } },
    });
    vitestExpect(failureOf(() => expect(add).not.toHaveBeenCalled())?.message).toMatchObject({ key: 'runner:expect.not.toHaveBeenCalled', params: { count: 1 } });
    vitestExpect(failureOf(() => expect(add).toHaveBeenCalledTimes(3))?.message.params).toMatchObject({ expected: 3, count: 1 });
  });

  test('a plain function is not a mock: the test says what it needs, even with .not', () => {
    vitestExpect(failureOf(() => expect(() => 1).toHaveBeenCalled())?.message.key).toBe('runner:expect.notAMock');
    vitestExpect(failureOf(() => expect(() => 1).not.toHaveBeenCalled())?.message.key).toBe('runner:expect.notAMock');
  });

  test("Jest's older names work too", () => {
    const fn = jest.fn(() => 3);
    fn(1);
    vitestExpect(failureOf(() => {
      expect(fn).toBeCalled();
      expect(fn).toBeCalledTimes(1);
      expect(fn).toBeCalledWith(1);
      expect(fn).lastCalledWith(1);
      expect(fn).toReturnWith(3);
    })).toBeUndefined();
  });
});
