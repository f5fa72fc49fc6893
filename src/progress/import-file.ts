/** Importing a backup file, start to finish: what the import page calls once the learner chose a file and a mode. */
import { parseProgressFile, readProgressFile } from './export-file.ts';
import type { ImportOptions, ProgressStore } from './store.ts';
import type { Profile, Refusal } from './types.ts';

export type ImportOutcome = { ok: true; profile: Profile; quarantined: number } | Refusal;

/**
 * Reads, checks and imports `file` into `store`. A refused file never reaches the store, and the import itself
 * is one transaction, so on any refusal or failure the learner's progress is exactly as it was. Rejects only
 * when the store fails (the page then says the import did not happen).
 */
export async function importProgressFile(store: ProgressStore, file: Blob | string, options: ImportOptions, now: number): Promise<ImportOutcome> {
  const read = typeof file === 'string' ? parseProgressFile(file, now) : await readProgressFile(file, now);
  if (!read.ok) return read;
  const profile = await store.importSnapshot(read.snapshot, options);
  return { ok: true, profile, quarantined: read.quarantined };
}
