/**
 * A copy of the exercise records the store has not confirmed yet, kept where a write is instant. A draft saved
 * on `pagehide` (a reload, a closed tab, an update) must survive the page: an IndexedDB write needs answers
 * from the browser that a page being unloaded never gets, but `localStorage` is written before the handler
 * returns. The next start merges what is left into the store (a merge keeps both drafts if another tab saved
 * meanwhile), then forgets it.
 */
import { UNSAVED_PREFIX } from './keys.ts';
import { exerciseKey, mergeExercise } from './merge.ts';
import { restoreRecord } from './restore.ts';
import type { ProgressStore } from './store.ts';
import { SCHEMA_VERSION, type ExerciseRecord } from './types.ts';

export interface UnsavedJournal {
  /** Remembers `record` as the latest unconfirmed state of its exercise. Never throws (a full storage is ignored). */
  write(profileId: string, record: ExerciseRecord): void;
  /** Forgets the exercise's entry if it is still `record` (a later, unconfirmed one stays). */
  confirm(profileId: string, record: ExerciseRecord): void;
  /**
   * The records left by a page that ended before the store confirmed them (unreadable ones are dropped), each
   * with `forget`, which removes it once merged into the store (unless it was written again meanwhile).
   */
  read(profileId: string): { record: ExerciseRecord; forget: () => void }[];
}

type Entries = Record<string, unknown>;

/** The page's `localStorage`, or undefined where there is none or it is refused (some private modes throw). */
export function pageStorage(): Storage | undefined {
  try {
    return typeof window === 'undefined' ? undefined : window.localStorage;
  } catch {
    return undefined;
  }
}

/** The journal in `storage` (by default the page's `localStorage`), or undefined where there is none. */
export function storageJournal(storage: Storage | undefined = pageStorage()): UnsavedJournal | undefined {
  if (!storage) return undefined;
  const keyOf = (profileId: string) => `${UNSAVED_PREFIX}${profileId}`;
  const load = (profileId: string): Entries => {
    try {
      const parsed: unknown = JSON.parse(storage.getItem(keyOf(profileId)) ?? '{}');
      return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Entries) : {};
    } catch {
      return {};
    }
  };
  const store = (profileId: string, entries: Entries) => {
    try {
      if (Object.keys(entries).length === 0) storage.removeItem(keyOf(profileId));
      else storage.setItem(keyOf(profileId), JSON.stringify(entries));
    } catch {
      // Full or refused: the IndexedDB write under way is then the only copy, as without a journal.
    }
  };
  /** Removes the entry at `key` if it is still the one written as `json`. */
  const forget = (profileId: string, key: string, json: string) => {
    const entries = load(profileId);
    if (!(key in entries) || JSON.stringify(entries[key]) !== json) return;
    delete entries[key];
    store(profileId, entries);
  };
  return {
    write(profileId, record) {
      const entries = load(profileId);
      entries[exerciseKey(record.lessonId, record.exerciseId)] = record;
      store(profileId, entries);
    },
    confirm(profileId, record) {
      forget(profileId, exerciseKey(record.lessonId, record.exerciseId), JSON.stringify(record));
    },
    read(profileId) {
      return Object.entries(load(profileId)).flatMap(([key, raw]) => {
        const restored = restoreRecord('exercises', raw, SCHEMA_VERSION);
        const forgetIt = () => forget(profileId, key, JSON.stringify(raw));
        if (!restored.ok) {
          forgetIt();
          return [];
        }
        return [{ record: restored.value, forget: forgetIt }];
      });
    },
  };
}

/**
 * Merges into the store what a page of this profile saved but never saw confirmed (it was closed first);
 * `saved` runs for each record merged. A record that fails stays for the next start.
 */
export async function replayJournal(journal: UnsavedJournal | undefined, store: ProgressStore, profileId: string, saved: (record: ExerciseRecord) => void): Promise<void> {
  for (const { record, forget } of journal?.read(profileId) ?? []) {
    try {
      await store.updateExercise(profileId, record.lessonId, record.exerciseId, (current) => mergeExercise(current, record));
      forget();
      saved(record);
    } catch {
      // Kept for the next start.
    }
  }
}
