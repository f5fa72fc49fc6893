/**
 * The progress database's shape and the helpers that move records in and out of it, shared by the store
 * (`indexeddb-store.ts`) and its whole-profile operations (`indexeddb-transfer.ts`).
 */
import type { DBSchema, IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import { BY_PROFILE, STORES } from './keys.ts';
import { mergeSets } from './merge.ts';
import type { ExerciseRecord, LessonRecord, Profile, ProgressSet, QuarantinedRecord } from './types.ts';

export type ExerciseRow = ExerciseRecord & { profileId: string };
export type LessonRow = LessonRecord & { profileId: string };

export interface ProgressDB extends DBSchema {
  [STORES.profiles]: { key: string; value: Profile };
  [STORES.exercises]: { key: [string, string, string]; value: ExerciseRow; indexes: { [BY_PROFILE]: string } };
  [STORES.lessons]: { key: [string, string]; value: LessonRow; indexes: { [BY_PROFILE]: string } };
  [STORES.quarantine]: { key: number; value: QuarantinedRecord };
  [STORES.meta]: { key: string; value: unknown };
}

export type Database = IDBPDatabase<ProgressDB>;
export type Names = StoreNames<ProgressDB>;
export type WriteTx<S extends Names[]> = IDBPTransaction<ProgressDB, S, 'readwrite'>;

export const withoutProfile = <T extends { profileId: string }>({ profileId: _, ...record }: T): Omit<T, 'profileId'> => record;

export const sortRecords = (set: ProgressSet): ProgressSet => mergeSets(set);

/** Runs `work` in a read-write transaction; aborts it if `work` throws, so a half-done change never commits. */
export async function inTransaction<S extends Names[], T>(db: Database, names: S, work: (tx: WriteTx<S>) => Promise<T>): Promise<T> {
  const tx = db.transaction(names, 'readwrite');
  try {
    const result = await work(tx);
    await tx.done;
    return result;
  } catch (error) {
    // `done` rejects once aborted; that rejection is this same failure, already reported below.
    tx.done.catch(() => undefined);
    try {
      tx.abort();
    } catch {
      // Already finished or aborted by the browser (quota): nothing more to undo.
    }
    throw error;
  }
}
