// IndexedDB is a dependency here, not the subject: fake-indexeddb stands in for the browser's.
import 'fake-indexeddb/auto';
import { describe, expect, test } from 'vitest';
import { withDraft, withRun } from './exercise-record.ts';
import { serializeProgress } from './export-file.ts';
import { importProgressFile } from './import-file.ts';
import { IndexedDbStore } from './indexeddb-store.ts';
import { MemoryStore } from './memory-store.ts';
import type { ProgressStore } from './store.ts';
import { draft, exercise } from './testing.ts';
import { SCHEMA_VERSION, type ProgressSnapshot } from './types.ts';

let databases = 0;
const kinds: [string, () => Promise<ProgressStore>][] = [
  ['IndexedDB', () => IndexedDbStore.open({ name: `store-test-${++databases}`, requestPersistence: async () => true })],
  ['memory', async () => new MemoryStore()],
];

const amina = { name: '  Amina   Ben ', avatar: 'sun', locale: 'fr' } as const;
const files = (content: string) => [{ name: 'index.html', content }];

/** Everything a store holds for its profiles, to compare before and after. */
async function everything(store: ProgressStore) {
  const contents = await store.load();
  const progress = await Promise.all(contents.profiles.map((p) => store.exportSnapshot(p.id)));
  return { contents, progress };
}

describe.each(kinds)('%s store', (_kind, open) => {
  test('profiles: create, list, rename, delete', async () => {
    const store = await open();
    expect((await store.load()).profiles).toEqual([]);
    const a = await store.createProfile(amina);
    expect(a).toMatchObject({ name: 'Amina Ben', avatar: 'sun', locale: 'fr' });
    const b = await store.createProfile({ name: 'Yonas', avatar: 'moon', locale: 'en' });
    expect(a.id).not.toBe(b.id);
    await expect(store.createProfile({ ...amina, name: '   ' })).rejects.toThrow(RangeError);
    expect(await store.updateProfile(a.id, { name: 'Amina B.' })).toMatchObject({ id: a.id, name: 'Amina B.' });
    expect(await store.load()).toMatchObject({ profiles: [{ name: 'Amina B.' }, { name: 'Yonas' }] });
    await store.updateExercise(b.id, 'l', 'e', (r) => withRun(r, true, 1));
    await store.deleteProfile(b.id);
    expect((await store.load()).profiles).toMatchObject([{ id: a.id }]);
    expect((await store.readProgress(b.id)).exercises).toEqual([]);
    await expect(store.updateProfile('nobody', { name: 'x' })).rejects.toThrow('no profile');
  });

  test('each profile keeps its own progress', async () => {
    const store = await open();
    const a = await store.createProfile(amina);
    const b = await store.createProfile({ ...amina, name: 'Yonas' });
    await store.updateExercise(a.id, 'l', 'e', (r) => withRun(r, true, 1));
    expect(await store.readExercise(a.id, 'l', 'e')).toMatchObject({ status: 'passed' });
    expect(await store.readExercise(b.id, 'l', 'e')).toBeUndefined();
  });

  test('updateExercise builds on what is stored, so a pass from elsewhere is not overwritten', async () => {
    const store = await open();
    const { id } = await store.createProfile(amina);
    const staleCopy = exercise({ lessonId: 'l', exerciseId: 'e' });
    await store.updateExercise(id, 'l', 'e', (r) => withRun(r, true, 5)); // the other tab passes
    const after = await store.updateExercise(id, 'l', 'e', (r) => withDraft(r, files('x'), 6, staleCopy.draft?.savedAt).record);
    expect(after).toMatchObject({ status: 'passed', passedAt: 5, draft: draft('x', 6) });
  });

  test('a change that returns the record unchanged writes nothing', async () => {
    const store = await open();
    const { id } = await store.createProfile(amina);
    await store.updateExercise(id, 'l', 'e', (r) => r);
    expect(await store.readExercise(id, 'l', 'e')).toBeUndefined();
  });

  test('records handed out are copies', async () => {
    const store = await open();
    const { id } = await store.createProfile(amina);
    const record = await store.updateExercise(id, 'l', 'e', (r) => withDraft(r, files('x'), 1, undefined).record);
    record.draft?.files.push({ name: 'evil', content: '' });
    expect((await store.readExercise(id, 'l', 'e'))?.draft?.files).toHaveLength(1);
  });

  test('a lesson keeps its first completion; settings are kept', async () => {
    const store = await open();
    const { id } = await store.createProfile(amina);
    await store.completeLesson(id, 'l', 9);
    expect(await store.completeLesson(id, 'l', 12)).toEqual({ lessonId: 'l', completedAt: 9 });
    expect((await store.load()).settings).toBeUndefined();
    await store.saveSettings({ theme: 'contrast', textSize: 'x-large', locale: 'en', idleMinutes: '10' });
    expect((await store.load()).settings).toEqual({ theme: 'contrast', textSize: 'x-large', locale: 'en', idleMinutes: '10' });
  });

  test('export → import into a fresh store round-trips exactly', async () => {
    const school = await open();
    const { id } = await school.createProfile(amina);
    await school.updateExercise(id, 'l', 'e', (r) => withDraft(withRun(r, true, 3), files('done'), 4, undefined).record);
    await school.completeLesson(id, 'l', 5);
    const exported = await school.exportSnapshot(id);
    const home = await open();
    const outcome = await importProgressFile(home, serializeProgress(exported, 10), { mode: 'merge' }, 11);
    expect(outcome).toMatchObject({ ok: true, profile: exported.profile, quarantined: 0 });
    expect(await home.exportSnapshot(id)).toEqual(exported);
  });

  test('merging two divergent exports keeps every pass and both drafts', async () => {
    const store = await open();
    const { id } = await store.createProfile(amina);
    await store.updateExercise(id, 'l', 'one', (r) => withDraft(withRun(r, true, 1), files('home'), 30, undefined).record);
    const school: ProgressSnapshot = {
      profile: { ...(await store.exportSnapshot(id)).profile, name: 'ignored' },
      progress: {
        exercises: [
          exercise({ lessonId: 'l', exerciseId: 'one', status: 'attempted', attempts: 4, draft: draft('school', 20) }),
          exercise({ lessonId: 'l', exerciseId: 'two', status: 'passed', passedAt: 2, attempts: 1 }),
        ],
        lessons: [{ lessonId: 'l', completedAt: 3 }],
      },
      quarantine: [],
    };
    await store.importSnapshot(school, { mode: 'merge' });
    const { progress, profile } = await store.exportSnapshot(id);
    expect(profile.name).toBe('Amina Ben');
    expect(progress.exercises).toEqual([
      exercise({ lessonId: 'l', exerciseId: 'one', status: 'passed', passedAt: 1, attempts: 4, lastRunAt: 1, draft: draft('home', 30), previousDrafts: [draft('school', 20)] }),
      exercise({ lessonId: 'l', exerciseId: 'two', status: 'passed', passedAt: 2, attempts: 1 }),
    ]);
    expect(progress.lessons).toEqual([{ lessonId: 'l', completedAt: 3 }]);
  });

  test('replace keeps only the file’s progress; `into` imports into another profile', async () => {
    const store = await open();
    const home = await store.createProfile(amina);
    await store.updateExercise(home.id, 'l', 'mine', (r) => withRun(r, true, 1));
    const file: ProgressSnapshot = {
      profile: { id: 'school-pc-id', name: 'Amina (école)', avatar: 'star', locale: 'fr', createdAt: 1 },
      progress: { exercises: [exercise({ lessonId: 'l', exerciseId: 'theirs', status: 'attempted' })], lessons: [] },
      quarantine: [{ source: 'file', raw: 'x', reason: 'r', at: 1 }],
    };
    expect(await store.importSnapshot(file, { mode: 'replace', into: home.id })).toEqual(home);
    const after = await store.exportSnapshot(home.id);
    expect(after.progress.exercises.map((r) => r.exerciseId)).toEqual(['theirs']);
    expect(after.quarantine).toEqual([{ source: 'file', profileId: home.id, raw: 'x', reason: 'r', at: 1 }]);
    await store.importSnapshot(file, { mode: 'merge', into: home.id });
    expect((await store.exportSnapshot(home.id)).quarantine).toHaveLength(1);
    await expect(store.importSnapshot(file, { mode: 'merge', into: 'nobody' })).rejects.toThrow('no profile');
  });

  test('a file’s unknown profile is created', async () => {
    const store = await open();
    const file: ProgressSnapshot = { profile: { id: 'p9', name: 'Sara', avatar: 'fish', locale: 'en', createdAt: 1 }, progress: { exercises: [], lessons: [] }, quarantine: [] };
    await store.importSnapshot(file, { mode: 'merge' });
    expect((await store.load()).profiles).toEqual([file.profile]);
  });

  test.each([
    ['malformed JSON', '{"app": "sirius-learn", '],
    ["another app's JSON", '{"name": "other", "version": "1.0.0"}'],
    ['a future version', JSON.stringify({ app: 'sirius-learn', kind: 'progress', version: SCHEMA_VERSION + 1, profile: {}, exercises: [], lessons: [] })],
    ['a 50 MB file', `{"app":"sirius-learn","pad":"${'x'.repeat(50 * 1024 * 1024)}"}`],
  ])('%s is refused and nothing changes', async (_name, text) => {
    const store = await open();
    const { id } = await store.createProfile(amina);
    await store.updateExercise(id, 'l', 'e', (r) => withDraft(withRun(r, true, 1), files('keep me'), 2, undefined).record);
    const before = await everything(store);
    const outcome = await importProgressFile(store, text, { mode: 'replace', into: id }, 3);
    expect(outcome.ok).toBe(false);
    expect(await everything(store)).toEqual(before);
  });

  test('an import that fails half-way changes nothing', async () => {
    const store = await open();
    const { id } = await store.createProfile(amina);
    await store.updateExercise(id, 'l', 'e', (r) => withRun(r, true, 1));
    const before = await everything(store);
    const poisoned: ProgressSnapshot = {
      profile: before.contents.profiles[0]!,
      progress: {
        exercises: [
          exercise({ lessonId: 'a', exerciseId: 'fine', status: 'passed', passedAt: 1 }),
          // A value storage cannot clone: the write fails after the first records went in.
          exercise({ lessonId: 'z', exerciseId: 'poison', draft: { files: [{ name: 'f', content: (() => '') as unknown as string }], savedAt: 1 } }),
        ],
        lessons: [],
      },
      quarantine: [],
    };
    await expect(store.importSnapshot(poisoned, { mode: 'replace' })).rejects.toThrow();
    expect(await everything(store)).toEqual(before);
  });
});
