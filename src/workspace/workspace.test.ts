// IndexedDB is not the subject: the workspace keeps progress through the memory store, as in private mode.
import { expect, test, vi } from 'vitest';
import type { Exercise } from '../lessons/types.ts';
import { exerciseProgress } from '../progress/exercise-progress.ts';
import { MemoryStore } from '../progress/memory-store.ts';
import { Progress } from '../progress/progress.svelte.ts';
import type { ExerciseRecord } from '../progress/types.ts';
import type { RunResult, Runner } from '../runner/types.ts';
import { ExerciseWorkspace } from './workspace.svelte.ts';

const exercise: Exercise = {
  id: 'title', kind: 'web', title: 'Title', starter: [{ name: 'index.html', language: 'html', content: '<h1></h1>' }],
  solution: [], tests: '', testsLine: 1, timeoutMs: 3000, ordered: false, line: 1, instructionsHtml: '', hintsHtml: [],
};
const passed: RunResult = { status: 'passed', tests: [], console: [], problems: [], truncated: false, durationMs: 1 };
const runnerOf = (run: Runner['run']) => async () => ({ run }) as unknown as Runner;

/** Writes fail while `failing` is set, as when the disk is full. */
class FullDiskStore extends MemoryStore {
  failing = false;
  override async updateExercise(...args: Parameters<MemoryStore['updateExercise']>): Promise<ExerciseRecord> {
    if (this.failing) throw new DOMException('full', 'QuotaExceededError');
    return super.updateExercise(...args);
  }
}

async function workspaceWith(runner: () => Promise<Runner>, store = new FullDiskStore()) {
  const profile = await store.createProfile({ name: 'Amina', avatar: 'sun', locale: 'fr' });
  const progress = await Progress.open(store, profile, { journal: null });
  const workspace = new ExerciseWorkspace({ exercise, progress: exerciseProgress(progress, 'l', 'title', ['title']), runner });
  await workspace.load();
  workspace.edit('index.html', '<h1>Mon titre</h1>');
  return { workspace, progress, store };
}

test('a runner that cannot be downloaded: the failure is kept, the code untouched, and a retry works', async () => {
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
  let online = false;
  const { workspace, progress } = await workspaceWith(async () => {
    if (!online) throw new TypeError('Failed to fetch dynamically imported module');
    return runnerOf(async () => passed)();
  });
  expect(await workspace.run()).toBeUndefined();
  expect(workspace.failure).toBe('download');
  expect(workspace.running).toBe(false);
  expect(workspace.files[0]?.content).toBe('<h1>Mon titre</h1>');
  online = true;
  expect(await workspace.run()).toBe(passed);
  expect(workspace.failure).toBeUndefined();
  expect(progress.status('l', 'title')).toBe('passed');
});

test('a runner that crashes is a failure of its own, not a silent nothing', async () => {
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
  const { workspace, progress } = await workspaceWith(runnerOf(async () => {
    throw new Error("Cannot read properties of undefined (reading 'run')");
  }));
  await workspace.run();
  expect(workspace.failure).toBe('crash');
  expect(workspace.result).toBeUndefined();
  // Not the learner's attempt: nothing is counted.
  expect(progress.record('l', 'title')?.attempts ?? 0).toBe(0);
  expect(workspace.files[0]?.content).toBe('<h1>Mon titre</h1>');
});

test('a result that cannot be stored says so; the pass still shows and goes to the next write', async () => {
  const store = new FullDiskStore();
  const { workspace, progress } = await workspaceWith(runnerOf(async () => passed), store);
  store.failing = true;
  expect(await workspace.run()).toBe(passed);
  expect(workspace.failure).toBe('storage');
  expect(progress.status('l', 'title')).toBe('passed');
  store.failing = false;
  await workspace.run();
  expect(workspace.failure).toBeUndefined();
  expect((await store.readExercise(progress.profile.id, 'l', 'title'))?.status).toBe('passed');
});
