/**
 * The IndexedDB store's whole-profile operations: deleting a learner and bringing a backup in. Each is one
 * transaction. They load on first use (the profiles and backup pages), not with the home page.
 */
import { inTransaction, sortRecords, withoutProfile, type Database, type Names, type WriteTx } from './indexeddb-schema.ts';
import { BY_PROFILE, META_KEYS, STORES } from './keys.ts';
import { mergeSets } from './merge.ts';
import { UnknownProfileError, type ImportOptions } from './store.ts';
import type { Profile, ProgressSet, ProgressSnapshot } from './types.ts';

async function deleteProgress(tx: WriteTx<Names[]>, profileId: string): Promise<void> {
  for (const name of [STORES.exercises, STORES.lessons] as const) {
    let cursor = await tx.objectStore(name).index(BY_PROFILE).openCursor(profileId);
    while (cursor) {
      await cursor.delete();
      cursor = await cursor.continue();
    }
  }
}

/** Deletes a profile with all its progress and quarantined records. */
export async function deleteProfile(db: Database, id: string): Promise<void> {
  await inTransaction(db, [STORES.profiles, STORES.exercises, STORES.lessons, STORES.quarantine, STORES.meta], async (tx) => {
    await tx.objectStore(STORES.profiles).delete(id);
    await deleteProgress(tx, id);
    let cursor = await tx.objectStore(STORES.quarantine).openCursor();
    while (cursor) {
      if (cursor.value.profileId === id) await cursor.delete();
      cursor = await cursor.continue();
    }
    const meta = tx.objectStore(STORES.meta);
    if ((await meta.get(META_KEYS.activeProfile)) === id) await meta.delete(META_KEYS.activeProfile);
  });
}

/** Brings a restored file in: if anything fails, nothing changes. Returns the target profile. */
export async function importSnapshot(db: Database, snapshot: ProgressSnapshot, options: ImportOptions): Promise<Profile> {
  const targetId = options.into ?? snapshot.profile.id;
  return inTransaction(db, [STORES.profiles, STORES.exercises, STORES.lessons, STORES.quarantine], async (tx) => {
    const profiles = tx.objectStore(STORES.profiles);
    let profile = await profiles.get(targetId);
    if (!profile) {
      if (options.into !== undefined) throw new UnknownProfileError(targetId);
      profile = { ...snapshot.profile };
      await profiles.put(profile);
    }
    const exercises = tx.objectStore(STORES.exercises);
    const lessons = tx.objectStore(STORES.lessons);
    const local: ProgressSet = {
      exercises: (await exercises.index(BY_PROFILE).getAll(targetId)).map(withoutProfile),
      lessons: (await lessons.index(BY_PROFILE).getAll(targetId)).map(withoutProfile),
    };
    const next = options.mode === 'replace' ? sortRecords(snapshot.progress) : mergeSets(local, snapshot.progress);
    if (options.mode === 'replace') await deleteProgress(tx, targetId);
    for (const record of next.exercises) await exercises.put({ ...record, profileId: targetId });
    for (const record of next.lessons) await lessons.put({ ...record, profileId: targetId });
    const quarantine = tx.objectStore(STORES.quarantine);
    const known = new Set((await quarantine.getAll()).map((entry) => JSON.stringify([entry.profileId, entry.raw, entry.reason])));
    for (const entry of snapshot.quarantine) {
      const owned = { ...entry, profileId: targetId };
      if (!known.has(JSON.stringify([owned.profileId, owned.raw, owned.reason]))) await quarantine.add(owned);
    }
    return profile;
  });
}
