/** Opening the progress store at start: IndexedDB if the browser lets us, memory otherwise, never a dead app. */
import { IndexedDbStore, type IndexedDbStoreOptions } from './indexeddb-store.ts';
import { FutureVersionError, UnreadableDataError } from './store-errors.ts';
import type { ProgressStore, StoreContents } from './store.ts';

/**
 * Why progress is only kept in memory: IndexedDB is missing or refused (private mode, blocked, broken), it
 * holds data from a newer version of the app, which this older copy must not touch, or data it cannot read.
 */
export type StorageProblem = 'unavailable' | 'future-version' | 'unreadable';

export interface OpenedStore {
  store: ProgressStore;
  contents: StoreContents;
  /** Set when the store is the in-memory fallback: the UI shows the matching `progress.json` warning. */
  problem: StorageProblem | undefined;
  /**
   * The data left as it was on the device, when there may be some (`raw-dump.ts` saves it to a file): the
   * learner can keep it before deciding anything.
   */
  dataLeftBehind: boolean;
  /** The browser's error, for the console. */
  error?: unknown;
}

/** Opens the store and reads what the app needs at start. Never rejects. */
export async function openProgressStore(options: IndexedDbStoreOptions = {}): Promise<OpenedStore> {
  let store: IndexedDbStore | undefined;
  const available = typeof indexedDB !== 'undefined';
  try {
    if (!available) throw new Error('IndexedDB is not available');
    store = await IndexedDbStore.open(options);
    return { store, contents: await store.load(), problem: undefined, dataLeftBehind: false };
  } catch (error) {
    store?.close();
    // For whoever debugs it; the learner gets a translated notice.
    console.warn(error);
    // Loaded only when needed: most browsers never fall back to memory.
    const { MemoryStore } = await import('./memory-store.ts');
    const memory = new MemoryStore(options.now ? { now: options.now } : {});
    return {
      store: memory,
      contents: await memory.load(),
      problem: error instanceof FutureVersionError ? 'future-version' : error instanceof UnreadableDataError ? 'unreadable' : 'unavailable',
      dataLeftBehind: available,
      error,
    };
  }
}
