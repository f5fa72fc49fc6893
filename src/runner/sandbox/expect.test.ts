import { describe, expect as vitestExpect, test } from 'vitest';
import { failureOf } from './failure-of.ts';
import { AssertionFailure, createExpect, expect, type Failure } from './expect.ts';

async function asyncFailureOf(assertion: () => Promise<void>): Promise<Failure | undefined> {
  try {
    await assertion();
    return undefined;
  } catch (error) {
    if (error instanceof AssertionFailure) return error.failure;
    throw error;
  }
}

describe('expect', () => {
  test('a text mismatch reads as a sentence a beginner understands', () => {
    vitestExpect(failureOf(() => expect('').toBe('Bonjour'))).toEqual({
      message: { key: 'runner:expect.equalText', params: { expected: '«Bonjour»', received: '«»' } },
      expected: '«Bonjour»',
      received: '«»',
    });
    vitestExpect(failureOf(() => expect(2).toBe(3))?.message.key).toBe('runner:expect.equalNumber');
    vitestExpect(failureOf(() => expect([1]).toEqual([2]))?.message.key).toBe('runner:expect.equal');
  });

  test('toBe on equal objects explains the difference with toEqual', () => {
    vitestExpect(failureOf(() => expect({ a: 1 }).toBe({ a: 1 }))?.message.key).toBe('runner:expect.sameObject');
    vitestExpect(failureOf(() => expect({ a: 1 }).toEqual({ a: 1 }))).toBeUndefined();
    vitestExpect(failureOf(() => expect({ a: 1, b: undefined }).toStrictEqual({ a: 1 }))?.message.key).toBe('runner:expect.strictEqual');
  });

  test('.not flips the outcome and uses the negated message', () => {
    vitestExpect(failureOf(() => expect(1).not.toBe(2))).toBeUndefined();
    vitestExpect(failureOf(() => expect(1).not.toBe(1))?.message.key).toBe('runner:expect.not.equal');
    vitestExpect(failureOf(() => expect(null).not.toBeNull())?.message.key).toBe('runner:expect.not.toBeNull');
  });

  test.each([
    ['toBeTruthy', () => expect(1).toBeTruthy(), () => expect(0).toBeTruthy()],
    ['toBeFalsy', () => expect('').toBeFalsy(), () => expect('x').toBeFalsy()],
    ['toBeNull', () => expect(null).toBeNull(), () => expect(undefined).toBeNull()],
    ['toBeUndefined', () => expect(undefined).toBeUndefined(), () => expect(null).toBeUndefined()],
    ['toBeDefined', () => expect(0).toBeDefined(), () => expect(undefined).toBeDefined()],
    ['toContain', () => expect([1, 2]).toContain(2), () => expect('abc').toContain('d')],
    ['toHaveLength', () => expect('abc').toHaveLength(3), () => expect([1]).toHaveLength(2)],
    ['toMatch', () => expect('hello').toMatch(/ell/), () => expect('hello').toMatch('bye')],
    ['toBeGreaterThan', () => expect(2).toBeGreaterThan(1), () => expect(1).toBeGreaterThan(1)],
    ['toBeGreaterThanOrEqual', () => expect(1).toBeGreaterThanOrEqual(1), () => expect(0).toBeGreaterThanOrEqual(1)],
    ['toBeLessThan', () => expect(1).toBeLessThan(2), () => expect(2).toBeLessThan(2)],
    ['toBeLessThanOrEqual', () => expect(2).toBeLessThanOrEqual(2), () => expect(3).toBeLessThanOrEqual(2)],
    ['toBeCloseTo', () => expect(0.1 + 0.2).toBeCloseTo(0.3), () => expect(0.31).toBeCloseTo(0.3)],
    ['toHaveProperty', () => expect({ a: { b: 2 } }).toHaveProperty('a.b', 2), () => expect({ a: {} }).toHaveProperty('a.b')],
    ['toThrow', () => expect(() => { throw new Error('boom'); }).toThrow('boom'), () => expect(() => undefined).toThrow()],
  ])('%s passes and fails', (name, passing, failing) => {
    vitestExpect(failureOf(passing)).toBeUndefined();
    vitestExpect(failureOf(failing)?.message.key).toBe(`runner:expect.${name}`);
  });

  test('matchers that cannot apply say why, even with .not', () => {
    vitestExpect(failureOf(() => expect(5).toHaveLength(1))?.message.key).toBe('runner:expect.noLength');
    vitestExpect(failureOf(() => expect(5).not.toHaveLength(1))?.message.key).toBe('runner:expect.noLength');
    vitestExpect(failureOf(() => expect('5').toBeGreaterThan(1))?.message.key).toBe('runner:expect.notANumber');
    vitestExpect(failureOf(() => expect(5).toThrow())?.message.key).toBe('runner:expect.notAFunction');
  });

  test('toThrow checks the message, a regexp or the error class', () => {
    const thrower = () => { throw new TypeError('bad input'); };
    vitestExpect(failureOf(() => expect(thrower).toThrow(/bad/))).toBeUndefined();
    vitestExpect(failureOf(() => expect(thrower).toThrow(TypeError))).toBeUndefined();
    vitestExpect(failureOf(() => expect(thrower).toThrow('other'))).toMatchObject({
      message: { key: 'runner:expect.toThrowMessage' },
      received: '«bad input»',
      expected: '«other»',
    });
  });

  test('toHaveLength reports the actual length', () => {
    vitestExpect(failureOf(() => expect([1, 2]).toHaveLength(3))?.message.params).toMatchObject({ expected: '3', length: 2 });
  });

  test('.resolves and .rejects unwrap promises', async () => {
    vitestExpect(await asyncFailureOf(() => expect(Promise.resolve(2)).resolves.toBe(2))).toBeUndefined();
    vitestExpect(await asyncFailureOf(() => expect(Promise.resolve(2)).resolves.not.toBe(3))).toBeUndefined();
    vitestExpect(await asyncFailureOf(() => expect(Promise.reject(new Error('no'))).rejects.toThrow('no'))).toBeUndefined();
    vitestExpect((await asyncFailureOf(() => expect(Promise.reject(new Error('no'))).resolves.toBe(1)))?.message.key).toBe('runner:expect.resolves');
    vitestExpect((await asyncFailureOf(() => expect(Promise.resolve(1)).rejects.toThrow()))?.message.key).toBe('runner:expect.rejects');
    vitestExpect((await asyncFailureOf(() => expect(1).resolves.toBe(1)))?.message.key).toBe('runner:expect.notAPromise');
  });
});

describe('the rest of the Jest matchers', () => {
  class Cat {}
  test.each([
    ['toMatchObject', () => expect({ a: 1, b: { c: 2, d: 3 } }).toMatchObject({ b: { c: 2 } }), () => expect({ a: 1 }).toMatchObject({ a: 2 })],
    ['toContainEqual', () => expect([{ id: 1 }]).toContainEqual({ id: 1 }), () => expect([{ id: 1 }]).toContainEqual({ id: 2 })],
    ['toBeInstanceOf', () => expect(new Cat()).toBeInstanceOf(Cat), () => expect({}).toBeInstanceOf(Cat)],
    ['toBeNaN', () => expect(Number('x')).toBeNaN(), () => expect(1).toBeNaN()],
    ['toHaveProperty', () => expect({ a: [{ b: 1 }] }).toHaveProperty(['a', '0', 'b']), () => expect({ a: 1 }).toHaveProperty('b')],
    ['toHavePropertyValue', () => expect({ a: { b: 2 } }).toHaveProperty('a.b', 2), () => expect({ a: { b: 2 } }).toHaveProperty('a.b', 3)],
  ])('%s passes and fails', (name, passing, failing) => {
    vitestExpect(failureOf(passing)).toBeUndefined();
    vitestExpect(failureOf(failing)?.message.key).toBe(`runner:expect.${name}`);
  });

  test('toMatchObject compares arrays item by item and nests', () => {
    vitestExpect(failureOf(() => expect([{ a: 1, b: 2 }]).toMatchObject([{ a: 1 }]))).toBeUndefined();
    vitestExpect(failureOf(() => expect([{ a: 1 }, { a: 2 }]).toMatchObject([{ a: 1 }]))?.message.key).toBe('runner:expect.toMatchObject');
    vitestExpect(failureOf(() => expect({ a: 1 }).not.toMatchObject({ a: 1 }))?.message.key).toBe('runner:expect.not.toMatchObject');
  });

  test('toBeInstanceOf names the class; toThrowError is toThrow', () => {
    vitestExpect(failureOf(() => expect([]).toBeInstanceOf(Cat))?.message.params).toMatchObject({ expected: 'Cat', received: '[]' });
    vitestExpect(failureOf(() => expect(() => { throw new RangeError('big'); }).toThrowError(RangeError))).toBeUndefined();
  });

  test('toThrow accepts an error object (same message) and fails on another class', () => {
    const thrower = () => { throw new TypeError('bad input'); };
    vitestExpect(failureOf(() => expect(thrower).toThrow(new Error('bad input')))).toBeUndefined();
    vitestExpect(failureOf(() => expect(thrower).toThrow(new Error('other')))?.message.key).toBe('runner:expect.toThrowMessage');
    vitestExpect(failureOf(() => expect(thrower).toThrow(RangeError))?.message.params).toMatchObject({ expected: '«RangeError»' });
    vitestExpect(failureOf(() => expect(thrower).not.toThrow())?.message.key).toBe('runner:expect.not.toThrow');
  });

  test('comparisons name the received value first, so the sentence reads true whichever side is the learner\'s', () => {
    vitestExpect(failureOf(() => expect(3000).toBeGreaterThan(4547))?.message).toEqual({
      key: 'runner:expect.toBeGreaterThan', params: { received: '3000', expected: '4547' },
    });
    vitestExpect(failureOf(() => expect(10n).toBeLessThan(5n))?.message.params).toEqual({ received: '10n', expected: '5n' });
  });

  test('an empty text is expected by its own message', () => {
    vitestExpect(failureOf(() => expect('x').toBe(''))?.message).toEqual({ key: 'runner:expect.equalEmptyText', params: { received: '«x»', expected: '«»' } });
  });
});

describe('asymmetric matchers inside equality matchers', () => {
  test('nested in toEqual, at any depth', () => {
    const order = { id: 7, total: 12.499, lines: [{ name: 'pain', price: 2 }], created: new Date(0), note: 'livraison rapide' };
    vitestExpect(failureOf(() => expect(order).toEqual({
      id: expect.any(Number),
      total: expect.closeTo(12.5, 2),
      lines: expect.arrayContaining([expect.objectContaining({ name: expect.stringMatching(/^pa/) })]),
      created: expect.anything(),
      note: expect.stringContaining('rapide'),
    }))).toBeUndefined();
    vitestExpect(failureOf(() => expect(order).toEqual({ ...order, id: expect.any(String) }))?.message.key).toBe('runner:expect.equal');
  });

  test('their .not forms', () => {
    vitestExpect(failureOf(() => expect({ a: 'x', b: [1] }).toEqual({
      a: expect.not.stringContaining('y'),
      b: expect.not.arrayContaining([2]),
    }))).toBeUndefined();
    vitestExpect(failureOf(() => expect('abc').toEqual(expect.not.stringMatching('b')))?.message.key).toBe('runner:expect.equal');
    vitestExpect(failureOf(() => expect({ a: 1 }).toEqual(expect.not.objectContaining({ a: 2 })))).toBeUndefined();
    vitestExpect(failureOf(() => expect(0.3).toEqual(expect.not.closeTo(0.1 + 0.2)))?.message.key).toBe('runner:expect.equal');
  });

  test('in toContainEqual, toMatchObject and toHaveProperty, and rendered readably', () => {
    vitestExpect(failureOf(() => expect([{ id: 1 }]).toContainEqual({ id: expect.any(Number) }))).toBeUndefined();
    vitestExpect(failureOf(() => expect({ user: { id: 1, name: 'Ana' } }).toMatchObject({ user: { name: expect.any(String) } }))).toBeUndefined();
    vitestExpect(failureOf(() => expect({ a: 'x' }).toHaveProperty('a', expect.anything()))).toBeUndefined();
    vitestExpect(failureOf(() => expect(1).toEqual(expect.any(String)))?.expected).toBe('Any<String>');
    vitestExpect(failureOf(() => expect('a').toEqual(expect.stringContaining('b')))?.expected).toBe("StringContaining 'b'");
  });

  test('expect.any matches primitives through their wrapper and classes by prototype', () => {
    class Dog {}
    vitestExpect(failureOf(() => expect([1, 'a', true, () => 1, new Dog(), {}]).toEqual([
      expect.any(Number), expect.any(String), expect.any(Boolean), expect.any(Function), expect.any(Dog), expect.any(Object),
    ]))).toBeUndefined();
    vitestExpect(failureOf(() => expect(null).toEqual(expect.anything()))?.message.key).toBe('runner:expect.equal');
  });
});

describe('toMatchRows', () => {
  const ana = { name: 'Ana', age: 30 };
  const bo = { name: 'Bo', age: 25 };
  const ordered = createExpect({ orderedRows: true });

  test('compares rows in any order, unless the exercise says order matters', () => {
    vitestExpect(failureOf(() => expect([bo, ana]).toMatchRows([ana, bo]))).toBeUndefined();
    vitestExpect(failureOf(() => ordered([ana, bo]).toMatchRows([ana, bo]))).toBeUndefined();
    vitestExpect(failureOf(() => ordered([bo, ana]).toMatchRows([ana, bo]))?.message).toEqual({
      key: 'runner:expect.rowsOrder', params: { position: 1, expected: "{ name: 'Ana', age: 30 }", received: "{ name: 'Bo', age: 25 }" },
    });
  });

  test('names the missing and the extra rows', () => {
    vitestExpect(failureOf(() => expect([ana]).toMatchRows([ana, bo]))?.message).toEqual({ key: 'runner:expect.rowsMissing', params: { missing: "[{ name: 'Bo', age: 25 }]", extra: '[]' } });
    vitestExpect(failureOf(() => expect([ana, bo]).toMatchRows([ana]))?.message.key).toBe('runner:expect.rowsExtra');
    vitestExpect(failureOf(() => expect([{ name: 'Cy', age: 1 }]).toMatchRows([ana]))?.message.key).toBe('runner:expect.toMatchRows');
  });

  test('points at the columns first when they differ', () => {
    vitestExpect(failureOf(() => expect([{ name: 'Ana' }]).toMatchRows([ana]))?.message).toEqual({ key: 'runner:expect.rowsColumns', params: { received: 'name', expected: 'age, name' } });
  });

  test('needs a list of rows; .not and .resolves work', async () => {
    vitestExpect(failureOf(() => expect(3).toMatchRows([ana]))?.message.key).toBe('runner:expect.notRows');
    vitestExpect(failureOf(() => expect([ana]).not.toMatchRows([ana]))?.message.key).toBe('runner:expect.not.toMatchRows');
    vitestExpect(await asyncFailureOf(() => ordered(Promise.resolve([bo, ana])).resolves.toMatchRows([ana, bo]))).toMatchObject({ message: { key: 'runner:expect.rowsOrder' } });
  });
});
