// IndexedDB is a dependency here, not the subject: fake-indexeddb stands in for the browser's.
import 'fake-indexeddb/auto';
import { describe, expect, test } from 'vitest';
import { withDraft, withRun, emptyRecord } from './exercise-record.ts';
import { IndexedDbStore } from './indexeddb-store.ts';
import { MemoryStore } from './memory-store.ts';
import { Progress } from './progress.svelte.ts';
import type { ExerciseMove } from './exercise-moves.ts';
import { rehome } from './rehome.ts';
import type { ProgressStore } from './store.ts';

const OLD = 'back-end/values-and-functions';
const NEW = 'back-end/texts-and-modules';
const moves: ExerciseMove[] = [{ exerciseId: 'order-message', from: OLD, to: NEW }];
let databases = 0;
const stores: [string, () => Promise<ProgressStore>][] = [
  ['memory', async () => new MemoryStore()],
  ['IndexedDB', () => IndexedDbStore.open({ name: `rehome-test-${++databases}`, requestPersistence: async () => false })],
];

describe.each(stores)('a moved exercise on opening a profile (%s store)', (_name, open) => {
  test('the record stored under the former lesson shows, passed with its draft, in the new lesson, and is stored there once', async () => {
    const store = await open();
    const amina = await store.createProfile({ name: 'Amina', avatar: 'sun', locale: 'fr' });
    const passed = withRun(withDraft(emptyRecord(OLD, 'order-message'), [{ name: 'script.js', content: 'mine' }], 5, undefined).record, true, 6);
    await store.updateExercise(amina.id, OLD, 'order-message', () => passed);
    await store.updateExercise(amina.id, OLD, 'greet', (record) => withRun(record, false, 7));

    const progress = await Progress.open(store, amina, { moves, journal: null });
    expect(progress.status(NEW, 'order-message')).toBe('passed');
    expect(progress.record(NEW, 'order-message')?.draft?.files).toEqual([{ name: 'script.js', content: 'mine' }]);
    expect(progress.lessonCounts(NEW, ['order-message', 'join-texts'])).toEqual({ passed: 1, total: 2 });
    expect(progress.status(OLD, 'order-message')).toBe('not-started');
    expect(progress.status(OLD, 'greet')).toBe('attempted');
    progress.dispose();

    const stored = await store.readProgress(amina.id);
    expect(stored.exercises.map((record) => [record.lessonId, record.exerciseId, record.status])).toEqual([
      [NEW, 'order-message', 'passed'],
      [OLD, 'greet', 'attempted'],
    ]);
    expect(await store.moveExercises(amina.id, (records) => rehome(records, moves))).toBe(0);
    store.close();
  });
});

test('storage that refuses the move still shows the record at its new place', async () => {
  class Refusing extends MemoryStore {
    override async moveExercises(): Promise<number> {
      throw new DOMException('full', 'QuotaExceededError');
    }
  }
  const store = new Refusing();
  const amina = await store.createProfile({ name: 'Amina', avatar: 'sun', locale: 'fr' });
  await store.updateExercise(amina.id, OLD, 'order-message', (record) => withRun(record, true, 3));
  const progress = await Progress.open(store, amina, { moves, journal: null });
  expect(progress.status(NEW, 'order-message')).toBe('passed');
  progress.dispose();
});

test('a learner with no record at a former place never downloads the rule, and a later import is moved too', async () => {
  class Counting extends MemoryStore {
    moved = 0;
    override async moveExercises(...args: Parameters<MemoryStore['moveExercises']>): Promise<number> {
      this.moved++;
      return super.moveExercises(...args);
    }
  }
  const store = new Counting();
  const amina = await store.createProfile({ name: 'Amina', avatar: 'sun', locale: 'fr' });
  await store.updateExercise(amina.id, NEW, 'order-message', (record) => withRun(record, false, 3));
  const progress = await Progress.open(store, amina, { moves, journal: null });
  expect(store.moved).toBe(0);
  // A backup of an older version brings a pass under the former lesson: the next reload puts it in its place.
  await store.updateExercise(amina.id, OLD, 'order-message', (record) => withRun(record, true, 4));
  await progress.reload();
  expect(store.moved).toBe(1);
  expect(progress.status(NEW, 'order-message')).toBe('passed');
  expect((await store.readProgress(amina.id)).exercises.map((record) => record.lessonId)).toEqual([NEW]);
  progress.dispose();
});
