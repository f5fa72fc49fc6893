/** Opening the progress store at start: IndexedDB if the browser lets us, memory otherwise, never a dead app. */
import { FutureVersionError, IndexedDbStore, type IndexedDbStoreOptions } from './indexeddb-store.ts';
import type { ProgressStore, StoreContents } from './store.ts';

/**
 * Why progress is only kept in memory: IndexedDB is missing or refused (private mode, blocked, broken), or
 * it holds data from a newer version of the app, which this older copy must not touch.
 */
export type StorageProblem = 'unavailable' | 'future-version';

export interface OpenedStore {
  store: ProgressStore;
  contents: StoreContents;
  /** Set when the store is the in-memory fallback: the UI shows the matching `progress.json` warning. */
  problem: StorageProblem | undefined;
  /** The browser's error, for the console. */
  error?: unknown;
}

/** Opens the store and reads what the app needs at start. Never rejects. */
export async function openProgressStore(options: IndexedDbStoreOptions = {}): Promise<OpenedStore> {
  let store: IndexedDbStore | undefined;
  try {
    if (typeof indexedDB === 'undefined') throw new Error('IndexedDB is not available');
    store = await IndexedDbStore.open(options);
    return { store, contents: await store.load(), problem: undefined };
  } catch (error) {
    store?.close();
    // Loaded only when needed: most browsers never fall back to memory.
    const { MemoryStore } = await import('./memory-store.ts');
    const memory = new MemoryStore(options.now ? { now: options.now } : {});
    return {
      store: memory,
      contents: await memory.load(),
      problem: error instanceof FutureVersionError ? 'future-version' : 'unavailable',
      error,
    };
  }
}
