import { describe, expect, test } from 'vitest';
import { TAB_FOCUS_KEY, TabFocus } from './tab-focus.svelte.ts';

function memoryStorage(initial: Record<string, string> = {}) {
  const items = new Map(Object.entries(initial));
  return { getItem: (key: string) => items.get(key) ?? null, setItem: (key: string, value: string) => void items.set(key, value), items };
}

describe('the Tab-moves-focus choice', () => {
  test('off at first: Tab indents', () => {
    expect(new TabFocus(memoryStorage()).moves).toBe(false);
    expect(new TabFocus(undefined).moves).toBe(false);
  });

  test('is remembered for the next visit', () => {
    const storage = memoryStorage();
    const first = new TabFocus(storage);
    first.toggle();
    expect(first.moves).toBe(true);
    expect(storage.items.get(TAB_FOCUS_KEY)).toBe('on');
    expect(new TabFocus(storage).moves).toBe(true);
    first.set(false);
    expect(new TabFocus(storage).moves).toBe(false);
  });

  test('a storage that refuses still lets the learner switch for this visit', () => {
    const refusing = {
      getItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
    };
    const choice = new TabFocus(refusing);
    expect(choice.moves).toBe(false);
    choice.toggle();
    expect(choice.moves).toBe(true);
  });
});
