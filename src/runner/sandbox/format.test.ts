import { describe, expect, test } from 'vitest';
import { describeValue, formatArgs, formatTable, formatValue } from './format.ts';

describe('formatValue', () => {
  test.each([
    [1, '1'], [-0, '-0'], [NaN, 'NaN'], [10n, '10n'], [true, 'true'], [null, 'null'], [undefined, 'undefined'],
    ['a\'b', "'a\\'b'"], [Symbol('s'), 'Symbol(s)'],
  ])('primitive %s', (value, shown) => expect(formatValue(value)).toBe(shown));

  test('objects and arrays, nested', () => {
    expect(formatValue({ a: 1, b: [1, 'x', { c: true }], 'not-id': null })).toBe("{ a: 1, b: [1, 'x', { c: true }], 'not-id': null }");
    expect(formatValue([])).toBe('[]');
    expect(formatValue({})).toBe('{}');
  });

  test('Maps, Sets, errors, dates, regexps, functions and classes', () => {
    expect(formatValue(new Map<unknown, unknown>([['a', 1], [{ k: 1 }, [2]]]))).toBe("Map(2) { 'a' => 1, { k: 1 } => [2] }");
    expect(formatValue(new Set([1, 'two']))).toBe("Set(2) { 1, 'two' }");
    expect(formatValue(new TypeError('bad'))).toBe('TypeError: bad');
    expect(formatValue({ error: new RangeError('far') })).toBe('{ error: RangeError: far }');
    expect(formatValue(new Date(0))).toBe('1970-01-01T00:00:00.000Z');
    expect(formatValue(/a+/g)).toBe('/a+/g');
    expect(formatValue(function named() {})).toBe('[Function: named]');
    expect(formatValue(() => 1)).toBe('[Function: (anonymous)]');
    class Person { name = 'Ana'; }
    expect(formatValue(Person)).toBe('[class Person]');
    expect(formatValue(new Person())).toBe("Person { name: 'Ana' }");
    expect(formatValue(new Uint8Array([1, 2]))).toBe('Uint8Array(2) [1, 2]');
  });

  test('never [object Object], even for cycles, depth, sparse arrays and getters', () => {
    const cyclic: Record<string, unknown> = { name: 'loop' };
    cyclic.self = cyclic;
    expect(formatValue(cyclic)).toBe("{ name: 'loop', self: [Circular] }");
    expect(formatValue({ a: { b: { c: { d: { e: 1 } } } } })).toBe('{ a: { b: { c: [Object] } } }');
    expect(formatValue([1, , 3])).toBe('[1, <empty>, 3]');
    expect(formatValue({ get x() { return 1; } })).toBe('{ x: [Getter] }');
    expect(formatValue(Object.create(null))).toBe('{}');
  });

  test('long arrays say how many items are hidden', () => {
    expect(formatValue(Array.from({ length: 105 }, (_, i) => i))).toMatch(/, 99, … \+5\]$/);
  });

  test('DOM-like nodes show as tags', () => {
    const element = { nodeType: 1, nodeName: 'H1', localName: 'h1', attributes: [{ name: 'class', value: 'title' }] };
    expect(formatValue(element)).toBe('<h1 class="title">');
    expect(formatValue({ nodeType: 3, nodeName: '#text', nodeValue: 'hi' })).toBe("#text 'hi'");
  });
});

describe('formatArgs and describeValue', () => {
  test('top-level strings are raw in the console, quoted inside structures', () => {
    expect(formatArgs(['Total:', 3, ['a']])).toBe("Total: 3 ['a']");
  });
  test('failure messages show text in guillemets, so an empty text is visible', () => {
    expect(describeValue('Bonjour')).toBe('«Bonjour»');
    expect(describeValue('')).toBe('«»');
    expect(describeValue([1, 2])).toBe('[1, 2]');
  });
});

describe('formatTable', () => {
  test('an array of objects becomes a grid with an index column', () => {
    expect(formatTable([{ name: 'Ana', age: 30 }, { name: 'Bo' }])).toBe([
      '┌─────────┬───────┬─────┐',
      '│ (index) │ name  │ age │',
      '├─────────┼───────┼─────┤',
      "│ 0       │ 'Ana' │ 30  │",
      "│ 1       │ 'Bo'  │     │",
      '└─────────┴───────┴─────┘',
    ].join('\n'));
  });
  test('primitive rows go in a Values column; non-tabular data falls back', () => {
    expect(formatTable({ a: 1 })).toContain('│ a       │ 1      │');
    expect(formatTable('text')).toBe('text');
  });
});
