// IndexedDB is a dependency here, not the subject: fake-indexeddb stands in for the browser's.
import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { withRun } from './exercise-record.ts';
import { IndexedDbStore } from './indexeddb-store.ts';
import { FutureVersionError } from './store-errors.ts';
import { DB_VERSION, META_KEYS, STORES } from './keys.ts';
import { openProgressStore } from './open-store.ts';
import { exercise } from './testing.ts';
import { SCHEMA_VERSION } from './types.ts';

let databases = 0;
const freshName = () => `idb-test-${++databases}`;
const amina = { name: 'Amina', avatar: 'sun', locale: 'fr' } as const;

/** Writes rows straight into the database, as an older version or a damaged disk would have left them. */
async function writeRaw(name: string, store: string, rows: unknown[], dataVersion?: unknown) {
  const db = await openDB(name, DB_VERSION);
  for (const row of rows) await db.put(store, row);
  if (dataVersion !== undefined) await db.put(STORES.meta, dataVersion, META_KEYS.dataVersion);
  db.close();
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('IndexedDB store', () => {
  test('damaged records are quarantined on load: moved aside, counted, exported with their profile', async () => {
    const name = freshName();
    const store = await IndexedDbStore.open({ name, now: () => 77 });
    const { id } = await store.createProfile(amina);
    await store.updateExercise(id, 'l', 'good', (r) => withRun(r, true, 1));
    store.close();
    const damaged = { profileId: id, lessonId: 'l', exerciseId: 'bad', status: 'lost', attempts: 'many' };
    await writeRaw(name, STORES.exercises, [damaged]);
    await writeRaw(name, STORES.profiles, [{ id: 'ghost', name: 42 }]);

    const reopened = await IndexedDbStore.open({ name, now: () => 77 });
    const contents = await reopened.load();
    expect(contents.newlyQuarantined).toBe(2);
    expect(contents.profiles.map((p) => p.id)).toEqual([id]);
    expect(contents.quarantine).toContainEqual({ source: 'exercises', profileId: id, raw: damaged, reason: expect.stringContaining('status'), at: 77 });
    const exported = await reopened.exportSnapshot(id);
    expect(exported.progress.exercises.map((r) => r.exerciseId)).toEqual(['good']);
    expect(exported.quarantine.map((q) => q.raw)).toEqual([damaged]);
    // Moved, not copied: the next load finds nothing new to set aside.
    expect((await reopened.load()).newlyQuarantined).toBe(0);
    reopened.close();
  });

  test('records written by schema v0 are migrated on load and rewritten', async () => {
    const name = freshName();
    const store = await IndexedDbStore.open({ name });
    const { id } = await store.createProfile(amina);
    store.close();
    const v0 = { profileId: id, lessonId: 'l', exerciseId: 'e', passed: true, passedAt: 4, attempts: 2, files: { 'index.html': '<p>' }, savedAt: 3 };
    await writeRaw(name, STORES.exercises, [v0], 0);

    const reopened = await IndexedDbStore.open({ name });
    expect((await reopened.load()).newlyQuarantined).toBe(0);
    expect(await reopened.readExercise(id, 'l', 'e')).toEqual(
      exercise({ lessonId: 'l', exerciseId: 'e', status: 'passed', passedAt: 4, attempts: 2, draft: { files: [{ name: 'index.html', content: '<p>' }], savedAt: 3 } }),
    );
    reopened.close();
    const db = await openDB(name, DB_VERSION);
    expect(await db.get(STORES.meta, META_KEYS.dataVersion)).toBe(SCHEMA_VERSION);
    expect(await db.get(STORES.exercises, [id, 'l', 'e'])).not.toHaveProperty('passed');
    db.close();
  });

  test('data from a newer version is refused and left untouched; the app falls back to memory', async () => {
    const name = freshName();
    const store = await IndexedDbStore.open({ name });
    const { id } = await store.createProfile(amina);
    store.close();
    await writeRaw(name, STORES.meta, [], SCHEMA_VERSION + 1);

    const reopened = await IndexedDbStore.open({ name });
    await expect(reopened.load()).rejects.toBeInstanceOf(FutureVersionError);
    reopened.close();
    const opened = await openProgressStore({ name });
    expect(opened).toMatchObject({ problem: 'future-version', store: { kind: 'memory' } });
    const db = await openDB(name, DB_VERSION);
    expect(await db.get(STORES.profiles, id)).toMatchObject({ name: 'Amina' });
    db.close();
  });

  test('a database opened by a newer app version falls back to memory with `future-version`', async () => {
    const name = freshName();
    (await openDB(name, DB_VERSION + 1)).close();
    await expect(openProgressStore({ name })).resolves.toMatchObject({ problem: 'future-version', store: { kind: 'memory' } });
  });

  test('without IndexedDB the app still gets a working store, in memory, with a warning', async () => {
    vi.stubGlobal('indexedDB', undefined);
    const opened = await openProgressStore({ name: freshName() });
    expect(opened).toMatchObject({ problem: 'unavailable', store: { kind: 'memory' }, contents: { profiles: [] } });
    const { id } = await opened.store.createProfile(amina);
    await opened.store.updateExercise(id, 'l', 'e', (r) => withRun(r, true, 1));
    expect((await opened.store.exportSnapshot(id)).progress.exercises).toHaveLength(1);
  });

  test('opens normally when IndexedDB works', async () => {
    const opened = await openProgressStore({ name: freshName() });
    expect(opened).toMatchObject({ problem: undefined, store: { kind: 'indexeddb' } });
    opened.store.close();
  });

  test('asks for persistent storage once, after the first saved progress, not before', async () => {
    const requestPersistence = vi.fn(async () => true);
    const store = await IndexedDbStore.open({ name: freshName(), requestPersistence });
    await store.load();
    const { id } = await store.createProfile(amina);
    await store.saveSettings({ theme: 'dark', textSize: 'medium', locale: 'fr', idleMinutes: '20' });
    expect(requestPersistence).not.toHaveBeenCalled();
    await store.updateExercise(id, 'l', 'e', (r) => withRun(r, false, 1));
    await store.updateExercise(id, 'l', 'e', (r) => withRun(r, true, 2));
    await store.completeLesson(id, 'l', 3);
    expect(requestPersistence).toHaveBeenCalledTimes(1);
    // The store's handler was attached first, so it has run once this await resumes.
    await requestPersistence.mock.results[0]?.value;
    expect(store.persisted).toBe(true);
    store.close();
  });

  test('gives way to a newer version opened in another tab, and says so', async () => {
    const name = freshName();
    let notified!: () => void;
    const versionChange = new Promise<void>((resolve) => (notified = resolve));
    await IndexedDbStore.open({ name, onVersionChange: () => notified() });
    const newer = await openDB(name, DB_VERSION + 1);
    await versionChange;
    newer.close();
  });
});
