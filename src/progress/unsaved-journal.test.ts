import { describe, expect, test } from 'vitest';
import { MemoryStore } from './memory-store.ts';
import { Progress } from './progress.svelte.ts';
import type { ExerciseRecord } from './types.ts';
import { storageJournal } from './unsaved-journal.ts';

/** `localStorage` as the browser has it: strings only. */
class FakeStorage implements Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> {
  items = new Map<string, string>();
  getItem = (key: string) => this.items.get(key) ?? null;
  setItem = (key: string, value: string) => void this.items.set(key, String(value));
  removeItem = (key: string) => void this.items.delete(key);
}

/** A store whose exercise writes never finish while `frozen`: the page is gone before IndexedDB answers. */
class FrozenStore extends MemoryStore {
  frozen = false;
  override updateExercise(...args: Parameters<MemoryStore['updateExercise']>): Promise<ExerciseRecord> {
    return this.frozen ? new Promise(() => {}) : super.updateExercise(...args);
  }
}

const files = (content: string) => [{ name: 'index.html', content }];
let clock = 0;
const now = () => ++clock;

describe('the unsaved journal', () => {
  test('a draft whose write never finished is merged into the store on the next start, then forgotten', async () => {
    const storage = new FakeStorage();
    const journal = storageJournal(storage as unknown as Storage)!;
    const store = new FrozenStore();
    const profile = await store.createProfile({ name: 'Amina', avatar: 'sun', locale: 'fr' });
    const first = await Progress.open(store, profile, { journal, now });
    await first.saveDraft('l', 'a', files('saved'));
    store.frozen = true;
    void first.saveDraft('l', 'a', files('typed as the page closed'));
    expect((await store.readExercise(profile.id, 'l', 'a'))?.draft?.files[0]?.content).toBe('saved');

    store.frozen = false;
    const next = await Progress.open(store, profile, { journal, now });
    expect(next.record('l', 'a')?.draft?.files[0]?.content).toBe('typed as the page closed');
    expect((await store.readExercise(profile.id, 'l', 'a'))?.draft?.files[0]?.content).toBe('typed as the page closed');
    expect(storage.items.size).toBe(0);
  });

  test('a confirmed write leaves nothing behind; an unreadable entry is dropped', async () => {
    const storage = new FakeStorage();
    const journal = storageJournal(storage as unknown as Storage)!;
    const store = new MemoryStore();
    const profile = await store.createProfile({ name: 'Amina', avatar: 'sun', locale: 'fr' });
    const progress = await Progress.open(store, profile, { journal, now });
    await progress.saveDraft('l', 'a', files('x'));
    await progress.recordRun('l', 'a', true);
    expect(storage.items.size).toBe(0);

    storage.setItem(`sirius-learn:unsaved:${profile.id}`, JSON.stringify({ bad: { status: 'strange' } }));
    expect(journal.read(profile.id)).toEqual([]);
    expect(storage.items.size).toBe(0);
  });
});
