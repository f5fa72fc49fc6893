import { describe, expect, test } from 'vitest';
import { compareRows, rowShape } from './rows.ts';

const ana = { name: 'Ana', age: 30 };
const bo = { name: 'Bo', age: 25 };
const cy = { name: 'Cy', age: 41 };

describe('compareRows', () => {
  test('order does not matter unless asked', () => {
    expect(compareRows([bo, ana], [ana, bo], false)).toEqual({ missing: [], extra: [] });
    expect(compareRows([bo, ana], [ana, bo], true)).toEqual({ missing: [], extra: [], misplaced: 0 });
    expect(compareRows([ana, bo], [ana, bo], true)).toEqual({ missing: [], extra: [] });
  });

  test('names missing and extra rows, counting duplicates', () => {
    expect(compareRows([ana, cy], [ana, bo], false)).toEqual({ missing: [bo], extra: [cy] });
    expect(compareRows([ana, ana], [ana], false)).toEqual({ missing: [], extra: [ana] });
    expect(compareRows([ana], [ana, { name: 'Ana', age: 30 }], true)).toEqual({ missing: [ana], extra: [] });
  });

  test('rows are compared by content, key order aside', () => {
    expect(compareRows([{ age: 30, name: 'Ana' }], [ana], true)).toEqual({ missing: [], extra: [] });
    expect(compareRows([{ name: 'Ana', age: '30' }], [ana], false).missing).toEqual([ana]);
  });
});

test('rowShape names the columns of a row object', () => {
  expect(rowShape({ name: 'Ana', age: 1 })).toBe('age, name');
  expect(rowShape([1])).toBeUndefined();
});
