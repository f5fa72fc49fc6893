import { describe, expect, test } from 'vitest';
import { VISIT_KEY } from './keys.ts';
import { askWhoIsLearning, memoryVisits, sessionVisits } from './visit.ts';

const MINUTE = 60_000;

describe('askWhoIsLearning', () => {
  test('one learner alone is never asked', () => {
    expect(askWhoIsLearning(1, undefined, 0, 20 * MINUTE)).toBe(false);
    expect(askWhoIsLearning(0, undefined, 0, 20 * MINUTE)).toBe(false);
  });

  test('with two learners, a new browser session asks', () => {
    expect(askWhoIsLearning(2, undefined, 0, 20 * MINUTE)).toBe(true);
  });

  test('with two learners, a pause of the idle time asks, a shorter one does not', () => {
    const visit = { profileId: 'a', lastActive: 1_000 };
    expect(askWhoIsLearning(2, visit, 1_000 + 20 * MINUTE - 1, 20 * MINUTE)).toBe(false);
    expect(askWhoIsLearning(2, visit, 1_000 + 20 * MINUTE, 20 * MINUTE)).toBe(true);
  });
});

/** A `Storage` in memory, as `sessionStorage` behaves. */
function fakeStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (index) => [...items.keys()][index] ?? null,
    removeItem: (key) => void items.delete(key),
    setItem: (key, value) => void items.set(key, value),
  };
}

describe('sessionVisits', () => {
  test('writes, reads back and forgets the visit', () => {
    const storage = fakeStorage();
    const visits = sessionVisits(storage);
    expect(visits.read()).toBeUndefined();
    visits.write({ profileId: 'a', lastActive: 5 });
    expect(sessionVisits(storage).read()).toEqual({ profileId: 'a', lastActive: 5 });
    visits.write(undefined);
    expect(visits.read()).toBeUndefined();
  });

  test('a damaged entry reads as no visit (the picker is asked, nothing breaks)', () => {
    const storage = fakeStorage();
    storage.setItem(VISIT_KEY, '{not json');
    expect(sessionVisits(storage).read()).toBeUndefined();
    storage.setItem(VISIT_KEY, JSON.stringify({ profileId: 3 }));
    expect(sessionVisits(storage).read()).toBeUndefined();
  });

  test('without sessionStorage, the page remembers the visit itself', () => {
    const visits = memoryVisits();
    visits.write({ profileId: 'a', lastActive: 1 });
    expect(visits.read()).toEqual({ profileId: 'a', lastActive: 1 });
  });
});
