import { describe, expect, test } from 'vitest';
import { JOINED_PREFIX, UNSAVED_PREFIX } from './keys.ts';
import { MemoryStore } from './memory-store.ts';
import { profileKeys } from './profile-storage.ts';
import { LearnerSession } from './session.svelte.ts';
import { memoryVisits } from './visit.ts';

/** `localStorage` as the browser has it: strings by key. */
class FakeStorage {
  items = new Map<string, string>();
  setItem = (key: string, value: string) => void this.items.set(key, value);
  removeItem = (key: string) => void this.items.delete(key);
}

async function sessionWith(storage: FakeStorage) {
  const store = new MemoryStore();
  return LearnerSession.start({
    suggestedLocale: 'fr',
    defaultName: 'Moi',
    visits: memoryVisits(),
    storage,
    open: async () => ({ store, contents: await store.load(), problem: undefined, dataLeftBehind: false }),
  });
}

describe('deleting a profile', () => {
  test('removes every value the profile kept in localStorage, and only its own', async () => {
    const storage = new FakeStorage();
    const session = await sessionWith(storage);
    const first = session.profile!;
    const second = await session.create('Amina', 'moon');
    for (const profile of [first, second]) {
      storage.setItem(`${JOINED_PREFIX}${profile.id}`, '[{"id":"web-b"}]');
      storage.setItem(`${UNSAVED_PREFIX}${profile.id}`, '{}');
    }
    storage.setItem('sirius-learn:class', '{"plans":[],"members":[]}');

    await session.remove(second.id);

    expect(session.profiles.map((profile) => profile.id)).toEqual([first.id]);
    expect([...storage.items.keys()].sort()).toEqual([`${UNSAVED_PREFIX}${first.id}`, 'sirius-learn:class', `${JOINED_PREFIX}${first.id}`].sort());
    // The active learner was the one deleted: the picker is shown.
    expect(session.profile).toBeUndefined();
  });

  test('lists the joined plans and the unsaved drafts among a profile’s keys', () => {
    expect(profileKeys('p1')).toEqual([`${UNSAVED_PREFIX}p1`, `${JOINED_PREFIX}p1`]);
  });
});
