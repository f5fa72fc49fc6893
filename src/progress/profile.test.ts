import { expect, test } from 'vitest';
import { cleanName, newProfileId, startingProfile } from './profile.ts';
import { profile } from './testing.ts';

test('names are trimmed and bounded', () => {
  expect(cleanName('  Amina   Ben  Saïd ')).toBe('Amina Ben Saïd');
  expect(cleanName('   ')).toBeUndefined();
  expect(cleanName('x'.repeat(61))).toBeUndefined();
});

test('the picker is skipped for the last active profile or a single learner', () => {
  const [a, b] = [profile({ id: 'a' }), profile({ id: 'b' })];
  expect(startingProfile([a], undefined)).toBe(a);
  expect(startingProfile([a, b], 'b')).toBe(b);
  expect(startingProfile([a, b], undefined)).toBeUndefined();
  expect(startingProfile([a, b], 'deleted')).toBeUndefined();
  expect(startingProfile([], undefined)).toBeUndefined();
});

test('profile ids are random and URL-safe', () => {
  const ids = new Set(Array.from({ length: 100 }, newProfileId));
  expect(ids.size).toBe(100);
  for (const id of ids) expect(id).toMatch(/^[0-9a-f]{32}$/);
});
