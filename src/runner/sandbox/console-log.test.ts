import { expect, test } from 'vitest';
import { CONSOLE_LIMITS, ConsoleLog } from './console-log.ts';

test('keeps 1,000 entries, then drops and flags the output as truncated', () => {
  const log = new ConsoleLog();
  for (let i = 0; i < CONSOLE_LIMITS.entries + 5; i++) log.add({ level: 'log', text: String(i) });
  expect(log.entries).toHaveLength(CONSOLE_LIMITS.entries);
  expect(log.entries.at(-1)?.text).toBe('999');
  expect(log.truncated).toBe(true);
});

test('caps the total text near 1 MB, shortening the entry that crosses it', () => {
  const log = new ConsoleLog();
  const big = 'x'.repeat(400_000);
  for (let i = 0; i < 3; i++) log.add({ level: 'log', text: big });
  expect(log.entries.map((entry) => entry.text.length)).toEqual([400_000, 400_000, 200_000]);
  expect(log.truncated).toBe(true);
  expect(log.add({ level: 'log', text: 'more' })).toBe(false);
});

test('a small output is not truncated', () => {
  const log = new ConsoleLog();
  log.add({ level: 'warn', text: 'careful' });
  expect(log.truncated).toBe(false);
});
