/** A test file written for Jest runs unchanged in the js kind, in real Chromium: skip/only/todo/each, hooks and mocks. */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { exercise, js, openRunnerSession, type RunnerSession } from './fixtures/runner/session.ts';

let session: RunnerSession;
beforeAll(async () => {
  session = await openRunnerSession();
});
afterAll(() => session?.close());

const cart = (total: string) => js('cart.js', `export class EmptyCart extends Error {}
export function total(items) {
  ${total}
}
export function checkout(items, pay) {
  if (items.length === 0) throw new EmptyCart('empty cart');
  return pay(total(items));
}
export const fetchPrice = async (name) => ({ pain: 2, lait: 1 })[name];
`);

const jestSuite = `import { describe, test, it, expect, jest, beforeAll, afterAll, beforeEach } from '@jest/globals';
import { total, checkout, fetchPrice, EmptyCart } from './cart';

let log = [];
beforeAll(() => { log.push('start'); });
afterAll(() => { log.push('end'); });

describe('total', () => {
  beforeEach(() => { log.push('each'); });
  test.each([
    [[], 0],
    [[{ price: 2 }, { price: 3 }], 5],
  ])('total(%j) is %i', (items, expected) => {
    expect(total(items)).toBe(expected);
  });
  test.each\`
    price | count | expected
    \${2}  | \${3}  | \${6}
  \`('$count × $price = $expected', ({ price, count, expected }) => {
    expect(total(Array(count).fill({ price }))).toEqual(expected);
  });
  test.skip('rounds to cents', () => { expect(total([{ price: 0.1 }, { price: 0.2 }])).toBe(0.3); });
  test.todo('applies discounts');
});

describe('checkout', () => {
  it('pays the total once', () => {
    const pay = jest.fn().mockReturnValue('paid');
    expect(checkout([{ price: 4 }], pay)).toBe('paid');
    expect(pay).toHaveBeenCalledTimes(1);
    expect(pay).toHaveBeenCalledWith(expect.any(Number));
    expect(pay.mock.calls[0]).toEqual([4]);
  });
  it('refuses an empty cart', () => {
    expect(() => checkout([], jest.fn())).toThrow(EmptyCart);
    expect(() => checkout([], jest.fn())).toThrowError('empty');
  });
  it('spies on a method and restores it', () => {
    const spy = jest.spyOn(Math, 'round').mockImplementation(() => 42);
    expect(Math.round(1.2)).toBe(42);
    spy.mockRestore();
    expect(Math.round(1.2)).toBe(1);
  });
  xit('sends an email', () => { throw new Error('never runs'); });
});

test('prices arrive later', async () => {
  expect.assertions(2);
  await expect(fetchPrice('pain')).resolves.toBe(2);
  expect({ pain: await fetchPrice('pain'), at: new Date() }).toMatchObject({ pain: expect.closeTo(2) });
});
`;

const names = (result: { tests: { path: string[]; name: string; status: string }[] }) =>
  result.tests.map((t) => [[...t.path, t.name].join(' › '), t.status]);

describe('a Jest test file in the js kind', () => {
  test('passes with a correct module: every case reported, skipped and todo shown as such', async () => {
    const { result } = await session.run(exercise('js', [cart('return items.reduce((sum, item) => sum + item.price, 0);')], jestSuite));
    expect(result.problems).toEqual([]);
    expect(names(result)).toEqual([
      ['total › total([]) is 0', 'passed'],
      ['total › total([{"price":2},{"price":3}]) is 5', 'passed'],
      ['total › 3 × 2 = 6', 'passed'],
      ['total › rounds to cents', 'skipped'],
      ['total › applies discounts', 'todo'],
      ['checkout › pays the total once', 'passed'],
      ['checkout › refuses an empty cart', 'passed'],
      ['checkout › spies on a method and restores it', 'passed'],
      ['checkout › sends an email', 'skipped'],
      ['prices arrive later', 'passed'],
    ]);
    expect(result.status).toBe('passed');
  });

  test('fails with a wrong module, in beginner words, pointing at the learner line', async () => {
    const { result } = await session.run(exercise('js', [cart('return items.reduce((sum, item) => sum + item.prize, 0);')], jestSuite));
    expect(result.status).toBe('failed');
    const byName = new Map(result.tests.map((t) => [t.name, t]));
    expect(byName.get('total([]) is 0')?.status).toBe('passed');
    expect(byName.get('total([{"price":2},{"price":3}]) is 5')?.failure).toMatchObject({
      message: { key: 'runner:expect.equalNumber', params: { expected: '5', received: 'NaN' } },
    });
    // NaN is a Number for expect.any: the next line of the test catches it.
    expect(byName.get('pays the total once')?.failure).toMatchObject({ message: { key: 'runner:expect.equal' }, received: '[NaN]', line: 32 });
  });

  test('an error thrown by learner code during a test is translated, with its file and line', async () => {
    const { result } = await session.run(exercise('js', [cart('return totl;')], "import { total } from './cart.js';\ntest('total', () => {\n  expect(total([])).toBe(0);\n});"));
    expect(result.tests[0]?.failure).toMatchObject({
      message: { key: 'runner:thrown.notDefined', params: { name: 'totl' } },
      detail: 'ReferenceError: totl is not defined',
      line: 3,
      source: { file: 'cart.js', line: 3 },
    });
  });

  test(".only and fit focus the run; vi comes from 'vitest'", async () => {
    const { result } = await session.run(exercise('js', [cart('return 0;')], `import { test, fit, expect, vi } from 'vitest';
test('not focused', () => { expect(1).toBe(2); });
test.only('focused', () => { const fn = vi.fn(); fn('a'); expect(fn).toHaveBeenLastCalledWith('a'); });
fit('also focused', () => { expect([1, 2]).toContainEqual(2); });`));
    expect(names(result)).toEqual([['not focused', 'skipped'], ['focused', 'passed'], ['also focused', 'passed']]);
    expect(result.status).toBe('passed');
  });

  test('CommonJS gets one clear message to use export and import', async () => {
    const { result } = await session.run(exercise('js', [js('cart.js', 'function total() { return 0; }\nmodule.exports = { total };')], "const { total } = require('./cart');\ntest('t', () => expect(total()).toBe(0));"));
    expect(result.status).toBe('error');
    expect(result.tests).toEqual([]);
    expect(result.problems.map((problem) => [problem.message.key, problem.file, problem.line])).toEqual([
      ['runner:commonJs', 'cart.js', 2], ['runner:commonJs', 'exercise.test.js', 1],
    ]);
  });

  test('learner code cannot declare tests: a fit() in a learner module does not skip the trainer tests', async () => {
    const { result } = await session.run(exercise('js', [js('cart.js', "export const total = () => 0;\nfit('mine', () => {});")],
      "import { total } from './cart.js';\ntest('total', () => expect(total()).toBe(3));"));
    expect(result.status).not.toBe('passed');
    expect(result.tests.filter((t) => t.status === 'passed')).toEqual([]);
    expect(result.problems[0]).toMatchObject({ file: 'cart.js', line: 2 });
  });

  test('learner code replacing built-ins the tests rely on cannot make them pass', async () => {
    const { result } = await session.run(exercise('js', [js('cart.js', `export const total = () => 0;
Promise.race = () => Promise.resolve();
Array.prototype.forEach = function () {};
Object.defineProperty(Object.prototype, 'toBe', { get: () => () => undefined, set() {}, configurable: true });`)],
    "import { total } from './cart.js';\ntest('total', () => { [[1, 1]].forEach(([n, sum]) => expect(total(n)).toBe(sum)); });\ntest('again', () => expect(total()).toBe(3));"));
    expect(result.status).toBe('failed');
    expect(result.tests.map((t) => [t.status, t.failure?.message.key])).toEqual([
      ['failed', 'runner:builtinChanged'], ['failed', 'runner:builtinChanged'],
    ]);
  });
});
