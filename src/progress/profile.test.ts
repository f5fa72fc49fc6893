import { expect, test } from 'vitest';
import { cleanName, freeAvatar, newProfileId, startingProfile } from './profile.ts';
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

test('a new profile gets a picture nobody on the device has, then the least used one', () => {
  expect(freeAvatar([])).toBe('sun');
  expect(freeAvatar([profile({ avatar: 'sun' }), profile({ avatar: 'star' })])).toBe('moon');
  const everyOnce = ['sun', 'moon', 'star', 'leaf', 'tree', 'flower', 'wave', 'mountain', 'bird', 'fish', 'cat', 'book'] as const;
  const all = everyOnce.map((avatar) => profile({ avatar }));
  expect(freeAvatar([...all, profile({ avatar: 'sun' })])).toBe('moon');
});
