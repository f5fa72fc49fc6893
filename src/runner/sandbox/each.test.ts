import { describe, expect, test } from 'vitest';
import { eachCases, interpolate, printf } from './each.ts';

describe('.each titles as Jest writes them', () => {
  test('printf placeholders take the arguments in order', () => {
    expect(printf('%s has %d items at %f, index %# (%$), %%', ['cart', 3, 1.5], 4)).toBe('cart has 3 items at 1.5, index 4 (5), %');
    expect(printf('%i and %d', [2.7, '4'], 0)).toBe('2 and 4');
    expect(printf('%p %o %j', [{ a: 'x' }, [1], { b: 2 }], 0)).toBe("{ a: 'x' } [1] {\"b\":2}");
    expect(printf('%s and %s', ['one'], 0)).toBe('one and %s');
    expect(printf('%s', [''], 0)).toBe('');
    expect(printf('%d', [-0], 0)).toBe('-0');
  });

  test('$name and $a.b take values from the row, $# its index', () => {
    expect(interpolate('$name is $age ($#)', { name: 'Ana', age: 30 }, 2)).toBe("'Ana' is 30 (2)");
    expect(interpolate('$user.name lives in $user.city.name', { user: { name: 'Bo', city: { name: 'Liège' } } }, 0)).toBe("'Bo' lives in 'Liège'");
    expect(interpolate('$missing stays', { a: 1 }, 0)).toBe('$missing stays');
  });

  test('an array table: rows are spread as arguments, a single value is one argument', () => {
    expect(eachCases([[1, 2], [3, 4]], [], 'add %i %i')).toEqual([{ title: 'add 1 2', args: [1, 2] }, { title: 'add 3 4', args: [3, 4] }]);
    expect(eachCases(['a', 'b'], [], 'letter %s')).toEqual([{ title: 'letter a', args: ['a'] }, { title: 'letter b', args: ['b'] }]);
    expect(eachCases([{ n: 1 }], [], 'n is $n')).toEqual([{ title: 'n is 1', args: [{ n: 1 }] }]);
  });

  test('a tagged template table: the first line names the columns, each row is one object', () => {
    const table = Object.assign(['\n  a | b | expected\n  ', ' | ', ' | ', '\n  ', ' | ', ' | ', '\n'], { raw: [] as string[] }) as unknown as TemplateStringsArray;
    expect(eachCases(table, [1, 1, 2, 2, 3, 5], '$a + $b = $expected')).toEqual([
      { title: '1 + 1 = 2', args: [{ a: 1, b: 1, expected: 2 }] },
      { title: '2 + 3 = 5', args: [{ a: 2, b: 3, expected: 5 }] },
    ]);
    expect(() => eachCases(table, [1, 2], 'x')).toThrow(/3 columns/);
  });
});
