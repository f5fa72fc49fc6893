import { describe, expect, test } from 'vitest';
import { EMPTY_TEXT, readableMessage, readableValue } from './readable.ts';
import { describeValue } from './sandbox/format.ts';

const t = (key: string, params?: Record<string, string | number>) => (params ? `${key} ${JSON.stringify(params)}` : key);

describe('readable renderings', () => {
  test('the sandbox renders an empty text as the marker the host names in words', () => {
    expect(describeValue('')).toBe(EMPTY_TEXT);
    expect(readableValue('«»', t)).toBe('runner:value.emptyText');
    expect(readableValue('«a»', t)).toBe('«a»');
  });

  test('every empty-text parameter of a message is named, the others stay', () => {
    expect(readableMessage({ key: 'runner:expect.not.equal', params: { expected: '«»', count: 2, received: "'x'" } }, t))
      .toBe('runner:expect.not.equal {"expected":"runner:value.emptyText","count":2,"received":"\'x\'"}');
    expect(readableMessage({ key: 'runner:noTests' }, t)).toBe('runner:noTests');
  });

  test('a key the runner never sends (a forged message) is shown as sent, never looked up', () => {
    const asked: string[] = [];
    expect(readableMessage({ key: 'runner:madeUp', params: { a: 1 } }, (key) => (asked.push(key), key))).toBe('runner:madeUp');
    expect(asked).toEqual([]);
  });
});
