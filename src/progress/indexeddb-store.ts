/**
 * The progress store on IndexedDB, through `idb`. Thin on purpose: the rules (restore, merge, record changes)
 * are pure modules; this file only moves records in and out of transactions.
 */
import { openDB } from 'idb';
import { emptyRecord } from './exercise-record.ts';
import { inTransaction, sortRecords, withoutProfile, type Database, type ProgressDB } from './indexeddb-schema.ts';
import { BY_PROFILE, DB_NAME, DB_VERSION, META_KEYS, STORES } from './keys.ts';
import { mergeLesson } from './merge.ts';
import { byCreation, makeProfile, newProfileId, type NewProfile } from './profile.ts';
import type { Placed, Rehomed } from './rehome.ts';
import { checkVersion, quarantined, restoreRecord, restoreSettings } from './restore.ts';
import { FutureVersionError, UnreadableDataError } from './store-errors.ts';
import { DEFAULT_SETTINGS, UnknownProfileError, type ImportOptions, type ProfilePatch, type ProgressStore, type StoreContents } from './store.ts';
import {
  SCHEMA_VERSION,
  type ExerciseRecord,
  type LessonRecord,
  type Profile,
  type ProgressSet,
  type ProgressSnapshot,
  type QuarantinedRecord,
  type QuarantineSource,
  type Settings,
} from './types.ts';

export interface IndexedDbStoreOptions {
  /** Database name; tests use a fresh one each. */
  name?: string;
  /** Asks the browser to keep our data under storage pressure; called once, after the first saved progress. */
  requestPersistence?: () => Promise<boolean>;
  /** A newer version of the app opened in another tab needs this connection closed; it is, then this runs. */
  onVersionChange?: () => void;
  now?: () => number;
}

const persistWithNavigator = async (): Promise<boolean> =>
  typeof navigator !== 'undefined' && navigator.storage?.persist ? navigator.storage.persist() : false;

export class IndexedDbStore implements ProgressStore {
  readonly kind = 'indexeddb';
  #db: Database;
  #now: () => number;
  #requestPersistence: () => Promise<boolean>;
  #persisted: boolean | undefined;

  private constructor(db: Database, options: IndexedDbStoreOptions) {
    this.#db = db;
    this.#now = options.now ?? Date.now;
    this.#requestPersistence = options.requestPersistence ?? persistWithNavigator;
  }

  /** Opens (creating or upgrading) the database. Rejects when IndexedDB is unavailable or the data is newer. */
  static async open(options: IndexedDbStoreOptions = {}): Promise<IndexedDbStore> {
    const db = await openDB<ProgressDB>(options.name ?? DB_NAME, DB_VERSION, {
      upgrade(database, oldVersion, _newVersion, tx) {
        if (oldVersion < 1) {
          database.createObjectStore(STORES.profiles, { keyPath: 'id' });
          database.createObjectStore(STORES.exercises, { keyPath: ['profileId', 'lessonId', 'exerciseId'] }).createIndex(BY_PROFILE, 'profileId');
          database.createObjectStore(STORES.lessons, { keyPath: ['profileId', 'lessonId'] }).createIndex(BY_PROFILE, 'profileId');
          database.createObjectStore(STORES.quarantine, { autoIncrement: true });
          database.createObjectStore(STORES.meta);
          void tx.objectStore(STORES.meta).put(SCHEMA_VERSION, META_KEYS.dataVersion);
        }
      },
      blocking(_current, _blocked, event) {
        (event.target as IDBDatabase).close();
        options.onVersionChange?.();
      },
    }).catch((error: unknown) => {
      if (error instanceof DOMException && error.name === 'VersionError') throw new FutureVersionError(error.message);
      throw error;
    });
    return new IndexedDbStore(db, options);
  }

  get persisted(): boolean | undefined {
    return this.#persisted;
  }

  async load(): Promise<StoreContents> {
    const now = this.#now();
    return inTransaction(this.#db, [STORES.profiles, STORES.exercises, STORES.lessons, STORES.quarantine, STORES.meta], async (tx) => {
      const meta = tx.objectStore(STORES.meta);
      const version = (await meta.get(META_KEYS.dataVersion)) ?? SCHEMA_VERSION;
      const refusal = checkVersion(version);
      if (refusal) throw refusal.reason === 'future-version' ? new FutureVersionError(refusal.detail) : new UnreadableDataError(refusal.detail);
      const from = version as number;
      const setAside: QuarantinedRecord[] = [];
      const sweep = async (kind: 'profiles' | 'exercises' | 'lessons', ownerOf: (key: unknown) => string | undefined) => {
        let cursor = await tx.objectStore(kind).openCursor();
        while (cursor) {
          const row: unknown = cursor.value;
          const { profileId, ...fields } = (row ?? {}) as Record<string, unknown>;
          const result = kind === 'profiles' ? restoreRecord(kind, row, from) : restoreRecord(kind, fields, from);
          if (!result.ok) {
            setAside.push(quarantined(kind as QuarantineSource, row, result.reason, now, ownerOf(cursor.key)));
            await cursor.delete();
          } else if (from < SCHEMA_VERSION) {
            await cursor.update((kind === 'profiles' ? result.value : { ...result.value, profileId }) as never);
          }
          cursor = await cursor.continue();
        }
      };
      await sweep('profiles', (key) => (typeof key === 'string' ? key : undefined));
      const firstOfKey = (key: unknown) => (Array.isArray(key) && typeof key[0] === 'string' ? key[0] : undefined);
      await sweep('exercises', firstOfKey);
      await sweep('lessons', firstOfKey);
      const quarantine = tx.objectStore(STORES.quarantine);
      for (const entry of setAside) await quarantine.add(entry);
      if (from < SCHEMA_VERSION) await meta.put(SCHEMA_VERSION, META_KEYS.dataVersion);

      const rawSettings = await meta.get(META_KEYS.settings);
      const profiles = (await tx.objectStore(STORES.profiles).getAll()).sort(byCreation);
      return {
        profiles,
        settings: rawSettings === undefined ? undefined : restoreSettings(rawSettings, DEFAULT_SETTINGS),
        quarantine: await quarantine.getAll(),
        newlyQuarantined: setAside.length,
      };
    });
  }

  async readProgress(profileId: string): Promise<ProgressSet> {
    const tx = this.#db.transaction([STORES.exercises, STORES.lessons], 'readonly');
    const [exercises, lessons] = await Promise.all([
      tx.objectStore(STORES.exercises).index(BY_PROFILE).getAll(profileId),
      tx.objectStore(STORES.lessons).index(BY_PROFILE).getAll(profileId),
    ]);
    return sortRecords({ exercises: exercises.map(withoutProfile), lessons: lessons.map(withoutProfile) });
  }

  async readExercise(profileId: string, lessonId: string, exerciseId: string): Promise<ExerciseRecord | undefined> {
    const row = await this.#db.get(STORES.exercises, [profileId, lessonId, exerciseId]);
    return row && withoutProfile(row);
  }

  async updateExercise(profileId: string, lessonId: string, exerciseId: string, change: (current: ExerciseRecord) => ExerciseRecord): Promise<ExerciseRecord> {
    const { record, wrote } = await inTransaction(this.#db, [STORES.exercises], async (tx) => {
      const store = tx.objectStore(STORES.exercises);
      const row = await store.get([profileId, lessonId, exerciseId]);
      const current = row ? withoutProfile(row) : emptyRecord(lessonId, exerciseId);
      const next = change(current);
      if (next === current) return { record: current, wrote: false };
      await store.put({ ...next, lessonId, exerciseId, profileId });
      return { record: { ...next, lessonId, exerciseId }, wrote: true };
    });
    if (wrote) this.#askPersistence();
    return record;
  }

  async moveExercises(profileId: string, place: <T extends Placed>(records: readonly T[]) => Omit<Rehomed<T>, 'records'>): Promise<number> {
    return inTransaction(this.#db, [STORES.exercises], async (tx) => {
      const store = tx.objectStore(STORES.exercises);
      const { written, removed } = place(await store.index(BY_PROFILE).getAll(profileId));
      for (const row of removed) await store.delete([profileId, row.lessonId, row.exerciseId]);
      for (const row of written) await store.put({ ...row, profileId });
      return removed.length;
    });
  }

  async completeLesson(profileId: string, lessonId: string, at: number): Promise<LessonRecord> {
    const result = await inTransaction(this.#db, [STORES.lessons], async (tx) => {
      const store = tx.objectStore(STORES.lessons);
      const row = await store.get([profileId, lessonId]);
      const next = mergeLesson(row ? withoutProfile(row) : { lessonId }, { lessonId, completedAt: at });
      await store.put({ ...next, profileId });
      return next;
    });
    this.#askPersistence();
    return result;
  }

  async saveSettings(settings: Settings): Promise<void> {
    await this.#db.put(STORES.meta, { ...settings }, META_KEYS.settings);
  }

  async createProfile(input: NewProfile): Promise<Profile> {
    const profile = makeProfile(input, newProfileId(), this.#now());
    await this.#db.add(STORES.profiles, profile);
    return profile;
  }

  async updateProfile(id: string, patch: ProfilePatch): Promise<Profile> {
    return inTransaction(this.#db, [STORES.profiles], async (tx) => {
      const store = tx.objectStore(STORES.profiles);
      const profile = await store.get(id);
      if (!profile) throw new UnknownProfileError(id);
      const name = patch.name === undefined ? profile.name : makeProfile({ ...profile, name: patch.name }, id, 0).name;
      const next: Profile = { ...profile, ...patch, name };
      await store.put(next);
      return next;
    });
  }

  // Whole-profile operations load on first use: the home page never needs them.
  async deleteProfile(id: string): Promise<void> {
    await (await import('./indexeddb-transfer.ts')).deleteProfile(this.#db, id);
  }

  async exportSnapshot(profileId: string): Promise<ProgressSnapshot> {
    const profile = await this.#db.get(STORES.profiles, profileId);
    if (!profile) throw new UnknownProfileError(profileId);
    const quarantine = (await this.#db.getAll(STORES.quarantine)).filter((entry) => entry.profileId === profileId);
    return { profile, progress: await this.readProgress(profileId), quarantine };
  }

  async importSnapshot(snapshot: ProgressSnapshot, options: ImportOptions): Promise<Profile> {
    return (await import('./indexeddb-transfer.ts')).importSnapshot(this.#db, snapshot, options);
  }

  close(): void {
    this.#db.close();
  }

  /** Asked after the first saved progress, not at start: browsers grant it more readily to a site in use. */
  #askPersistence(): void {
    if (this.#persisted !== undefined) return;
    this.#persisted = false;
    this.#requestPersistence().then(
      (granted) => (this.#persisted = granted),
      () => undefined,
    );
  }
}
