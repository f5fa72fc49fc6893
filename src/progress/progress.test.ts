// IndexedDB is a dependency here, not the subject: fake-indexeddb stands in for the browser's.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, test } from 'vitest';
import { exerciseProgress } from './exercise-progress.ts';
import { IndexedDbStore } from './indexeddb-store.ts';
import { MemoryStore } from './memory-store.ts';
import { Progress } from './progress.svelte.ts';
import { openTabChannel, type TabChannel } from './tab-channel.ts';
import type { Draft, ExerciseRecord } from './types.ts';

/** A store whose writes fail while `failing` is set, as when the disk is full. */
class FullDiskStore extends MemoryStore {
  failing = false;
  override async updateExercise(...args: Parameters<MemoryStore['updateExercise']>): Promise<ExerciseRecord> {
    if (this.failing) throw new DOMException('full', 'QuotaExceededError');
    return super.updateExercise(...args);
  }
}

let clock = 0;
const now = () => ++clock;
const files = (content: string) => [{ name: 'index.html', content }];
const amina = { name: 'Amina', avatar: 'sun', locale: 'fr' } as const;

const cleanup: (() => void)[] = [];
afterEach(() => {
  for (const done of cleanup.splice(0)) done();
});

async function memoryProgress(store = new MemoryStore()) {
  const profile = await store.createProfile(amina);
  return { store, progress: await Progress.open(store, profile, { now }) };
}

describe('Progress', () => {
  test('statuses and counts follow runs', async () => {
    const { progress } = await memoryProgress();
    expect(progress.status('l', 'a')).toBe('not-started');
    await progress.recordRun('l', 'a', false);
    expect(progress.status('l', 'a')).toBe('attempted');
    await progress.recordRun('l', 'a', true);
    await progress.recordRun('l', 'a', false);
    expect(progress.status('l', 'a')).toBe('passed');
    expect(progress.record('l', 'a')).toMatchObject({ attempts: 3 });
    expect(progress.lessonCounts('l', ['a', 'b'])).toEqual({ passed: 1, total: 2 });
    expect(progress.trackCounts([{ id: 'l', exercises: ['a', 'b'] }, { id: 'm', exercises: ['c'] }])).toEqual({ passed: 1, total: 3 });
  });

  test('passing the last exercise of a lesson completes it', async () => {
    const { progress, store } = await memoryProgress();
    await progress.recordRun('l', 'a', true, ['a', 'b']);
    expect(progress.lessonCompleted('l')).toBe(false);
    await progress.recordRun('l', 'b', true, ['a', 'b']);
    expect(progress.lessonCompleted('l')).toBe(true);
    expect((await store.readProgress(progress.profile.id)).lessons).toEqual([{ lessonId: 'l', completedAt: expect.any(Number) }]);
  });

  test('hints and revealed solution are recorded and stored', async () => {
    const { progress, store } = await memoryProgress();
    await progress.recordHints('l', 'a', 2);
    await progress.recordSolutionRevealed('l', 'a');
    expect(await store.readExercise(progress.profile.id, 'l', 'a')).toMatchObject({ hintsUsed: 2, solutionRevealed: true });
  });

  test('a failed write loses nothing: kept in memory, flagged, exported, written with the next success', async () => {
    const store = new FullDiskStore();
    const { progress } = await memoryProgress(store);
    store.failing = true;
    await progress.recordRun('l', 'a', true);
    await progress.saveDraft('l', 'a', files('unsaved work'));
    expect(progress.writeFailed).toBe(true);
    expect(progress.status('l', 'a')).toBe('passed');
    expect(await store.readExercise(progress.profile.id, 'l', 'a')).toBeUndefined();
    const snapshot = await progress.exportSnapshot();
    expect(snapshot.progress.exercises[0]).toMatchObject({ status: 'passed', draft: { files: files('unsaved work') } });

    store.failing = false;
    await progress.recordHints('l', 'b', 1);
    expect(progress.writeFailed).toBe(false);
    expect(await store.readExercise(progress.profile.id, 'l', 'a')).toMatchObject({ status: 'passed', draft: { files: files('unsaved work') } });
  });

  test('the backup reminder shows after progress and goes away after an export', async () => {
    const { progress } = await memoryProgress();
    expect(progress.needsBackup).toBe(false);
    await progress.recordRun('l', 'a', false);
    expect(progress.needsBackup).toBe(true);
    await progress.markBackedUp(now());
    expect(progress.needsBackup).toBe(false);
    expect(progress.profile.backedUpAt).toBeDefined();
  });

  test('memory-only storage is visible to the UI', async () => {
    const { progress } = await memoryProgress();
    expect(progress.memoryOnly).toBe(true);
  });

  test('drafts come back through the exercise’s narrow view', async () => {
    const { store, progress } = await memoryProgress();
    const drafts = exerciseProgress(progress, 'l', 'a', ['a']);
    expect(await drafts.loadDraft()).toBeUndefined();
    await drafts.saveDraft(files('<h1>'));
    const again = exerciseProgress(await Progress.open(store, progress.profile, { now }), 'l', 'a', ['a']);
    expect((await again.loadDraft())?.files).toEqual(files('<h1>'));
  });

  test('the view sees only its exercise, and its run completes the lesson', async () => {
    const { progress } = await memoryProgress();
    const a = exerciseProgress(progress, 'l', 'a', ['a']);
    await exerciseProgress(progress, 'l', 'b', ['a']).saveDraft(files('other'));
    expect(a.record).toBeUndefined();
    await a.recordRun(true);
    expect(a.record?.status).toBe('passed');
    expect(progress.lessonCompleted('l')).toBe(true);
  });

  test('a kept version comes back as the draft, and the replaced one is kept in turn', async () => {
    const { store, progress } = await memoryProgress();
    const view = exerciseProgress(progress, 'l', 'a', ['a']);
    await view.loadDraft();
    await view.saveDraft(files('first'));
    await store.updateExercise(progress.profile.id, 'l', 'a', (record) => ({ ...record, previousDrafts: [{ files: files('older'), savedAt: 1 }] }));
    await view.loadDraft();
    await view.restoreDraft({ files: files('older'), savedAt: 1 });
    const stored = await store.readExercise(progress.profile.id, 'l', 'a');
    expect(stored?.draft?.files).toEqual(files('older'));
    expect(stored?.previousDrafts.map((d) => d.files)).toEqual([files('first')]);
    expect(view.record?.draft?.files).toEqual(files('older'));
  });
});

describe('two tabs on the same exercise', () => {
  async function twoTabs() {
    const name = `tabs-${Math.random()}`;
    const channelName = `channel-${name}`;
    const stores = await Promise.all([IndexedDbStore.open({ name }), IndexedDbStore.open({ name })]);
    const profile = await stores[0].createProfile(amina);
    const channels: TabChannel[] = [openTabChannel(channelName), openTabChannel(channelName)];
    const [a, b] = await Promise.all(stores.map((store, i) => Progress.open(store, profile, { now, channel: channels[i]! })));
    cleanup.push(() => {
      for (const tab of [a, b]) tab?.dispose();
      for (const channel of channels) channel.close();
      for (const store of stores) store.close();
    });
    return { a: a!, b: b!, store: stores[0] };
  }

  const nextChange = (progress: Progress) =>
    new Promise<Draft>((resolve) => {
      const stop = progress.onDraftChangedElsewhere((_l, _e, draft) => {
        stop();
        resolve(draft);
      });
    });

  test('each hears of the other’s save, and neither draft is lost', async () => {
    const { a, b, store } = await twoTabs();
    const [draftsA, draftsB] = [exerciseProgress(a, 'l', 'e', ['e']), exerciseProgress(b, 'l', 'e', ['e'])];
    await draftsA.loadDraft();
    await draftsB.loadDraft();

    const heardByB = nextChange(b);
    await draftsA.saveDraft(files('typed in A'));
    expect((await heardByB).files).toEqual(files('typed in A'));

    // B keeps editing without taking A's version: A's stays recoverable.
    const heardByA = nextChange(a);
    await draftsB.saveDraft(files('typed in B'));
    expect((await heardByA).files).toEqual(files('typed in B'));

    const stored = await store.readExercise(a.profile.id, 'l', 'e');
    expect(stored?.draft?.files).toEqual(files('typed in B'));
    expect(stored?.previousDrafts.map((d) => d.files)).toEqual([files('typed in A')]);
  });

  test('a pass in one tab shows in the other and survives the other’s later writes', async () => {
    const { a, b, store } = await twoTabs();
    const heard = new Promise<void>((resolve) => b.onDraftChangedElsewhere(() => resolve()));
    await b.loadDraft('l', 'e');
    await a.saveDraft('l', 'e', files('solution'));
    await heard;
    await a.recordRun('l', 'e', true);
    await b.recordHints('l', 'e', 1);
    expect(await store.readExercise(a.profile.id, 'l', 'e')).toMatchObject({ status: 'passed', hintsUsed: 1 });
    expect(b.status('l', 'e')).toBe('passed');
  });

  test('saving the same draft again is not announced as a change', async () => {
    const { a, b } = await twoTabs();
    await b.loadDraft('l', 'e');
    const heard: Draft[] = [];
    b.onDraftChangedElsewhere((_l, _e, d) => heard.push(d));
    const first = nextChange(b);
    await a.saveDraft('l', 'e', files('x'));
    await first;
    await b.loadDraft('l', 'e');
    await a.saveDraft('l', 'e', files('x'));
    const second = nextChange(b);
    await a.saveDraft('l', 'e', files('y'));
    expect((await second).files).toEqual(files('y'));
    expect(heard.map((d) => d.files[0]?.content)).toEqual(['x', 'y']);
  });
});
