import { describe, expect, test } from 'vitest';
import { equals } from './equality.ts';

describe('equals', () => {
  test('primitives compare like Object.is, so NaN equals NaN', () => {
    expect(equals(NaN, NaN)).toBe(true);
    expect(equals(1, '1')).toBe(false);
  });
  test('nested objects and arrays by content', () => {
    expect(equals({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] })).toBe(true);
    expect(equals({ a: [1, { b: 2 }] }, { a: [1, { b: 3 }] })).toBe(false);
    expect(equals([1, 2], [1, 2, 3])).toBe(false);
  });
  test('toEqual ignores undefined properties; toStrictEqual does not', () => {
    expect(equals({ a: 1, b: undefined }, { a: 1 })).toBe(true);
    expect(equals({ a: 1, b: undefined }, { a: 1 }, true)).toBe(false);
  });
  test('strict compares classes and sparseness', () => {
    class Point { constructor(public x: number) {} }
    expect(equals(new Point(1), { x: 1 })).toBe(true);
    expect(equals(new Point(1), { x: 1 }, true)).toBe(false);
    // eslint-disable-next-line no-sparse-arrays
    expect(equals([, 1], [undefined, 1])).toBe(true);
    // eslint-disable-next-line no-sparse-arrays
    expect(equals([, 1], [undefined, 1], true)).toBe(false);
  });
  test('Maps and Sets, with object keys', () => {
    expect(equals(new Map([[{ k: 1 }, 'v']]), new Map([[{ k: 1 }, 'v']]))).toBe(true);
    expect(equals(new Map([['a', 1]]), new Map([['a', 2]]))).toBe(false);
    expect(equals(new Set([1, { a: 1 }]), new Set([{ a: 1 }, 1]))).toBe(true);
    expect(equals(new Set([1]), new Set([2]))).toBe(false);
    expect(equals(new Map(), {})).toBe(false);
  });
  test('dates, regexps, errors', () => {
    expect(equals(new Date(5), new Date(5))).toBe(true);
    expect(equals(new Date(5), new Date(6))).toBe(false);
    expect(equals(/a/g, /a/g)).toBe(true);
    expect(equals(/a/g, /a/i)).toBe(false);
    expect(equals(new Error('x'), new Error('x'))).toBe(true);
    expect(equals(new Error('x'), new TypeError('x'))).toBe(false);
  });
  test('cycles terminate', () => {
    const a: Record<string, unknown> = { n: 1 };
    a.self = a;
    const b: Record<string, unknown> = { n: 1 };
    b.self = b;
    expect(equals(a, b)).toBe(true);
  });
});
