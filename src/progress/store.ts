/**
 * The progress store: the one interface the app uses to keep progress, with IndexedDB behind it when the
 * browser allows and memory when it does not (private mode, storage blocked or full), so the app always works
 * and can always export.
 */
import type { NewProfile } from './profile.ts';
import type { Placed, Rehomed } from './rehome.ts';
import type { ExerciseRecord, LessonRecord, Profile, ProgressSet, ProgressSnapshot, QuarantinedRecord, Settings } from './types.ts';

/** What the app reads once at start. */
export interface StoreContents {
  profiles: Profile[];
  /** `undefined` on a first visit: the app then suggests a language from the browser. */
  settings: Settings | undefined;
  /** Every record set aside so far, kept for export. */
  quarantine: QuarantinedRecord[];
  /** How many records this load set aside (the app says so once). */
  newlyQuarantined: number;
}

/** What a profile's owner may change. */
export type ProfilePatch = Partial<Pick<Profile, 'name' | 'avatar' | 'locale' | 'secondLocale' | 'backedUpAt'>>;

export interface ImportOptions {
  /** `merge` keeps everything from both sides; `replace` (after the learner confirmed) keeps only the file's. */
  mode: 'merge' | 'replace';
  /** The profile to import into; by default the file's own profile, created if it is not on this device. */
  into?: string;
}

/** Where progress is kept: `memory` means it is lost when the tab closes unless exported. */
export type StorageKind = 'indexeddb' | 'memory';

/**
 * Reads and writes of one device's progress. Every write is one transaction: it happens entirely or not at
 * all. Records are copies: changing a returned object changes nothing stored.
 */
export interface ProgressStore {
  readonly kind: StorageKind;
  /** Whether the browser agreed to keep the data under storage pressure; `undefined` until asked. */
  readonly persisted: boolean | undefined;
  /** Reads profiles and settings; old records are migrated and unreadable ones quarantined on the way. */
  load(): Promise<StoreContents>;
  readProgress(profileId: string): Promise<ProgressSet>;
  readExercise(profileId: string, lessonId: string, exerciseId: string): Promise<ExerciseRecord | undefined>;
  /**
   * Applies `change` to the exercise's record as stored now (an empty one if none) and stores the result, in one
   * transaction: a change made meanwhile by another tab is built upon, never overwritten. Returning the same
   * object writes nothing.
   */
  updateExercise(profileId: string, lessonId: string, exerciseId: string, change: (current: ExerciseRecord) => ExerciseRecord): Promise<ExerciseRecord>;
  /**
   * Puts the profile's records of exercises that moved to another lesson at their new place, in one transaction,
   * so it happens once: `place` is the rule (`rehome.ts`, given by the caller so that the store does not download
   * it with the home page). Returns how many records moved.
   */
  moveExercises(profileId: string, place: <T extends Placed>(records: readonly T[]) => Omit<Rehomed<T>, 'records'>): Promise<number>;
  /** Marks a lesson completed; the first completion time is kept. */
  completeLesson(profileId: string, lessonId: string, at: number): Promise<LessonRecord>;
  saveSettings(settings: Settings): Promise<void>;
  /** Throws `RangeError` for a name `cleanName` refuses. */
  createProfile(input: NewProfile): Promise<Profile>;
  updateProfile(id: string, patch: ProfilePatch): Promise<Profile>;
  /** Deletes a profile with all its progress and quarantined records. */
  deleteProfile(id: string): Promise<void>;
  /** One profile with its progress and quarantined records: what goes into an export file. */
  exportSnapshot(profileId: string): Promise<ProgressSnapshot>;
  /** Brings a restored file in, in one transaction: if anything fails, nothing changes. Returns the target profile. */
  importSnapshot(snapshot: ProgressSnapshot, options: ImportOptions): Promise<Profile>;
  close(): void;
}

/** The settings a first visit starts from (the language is then suggested from the browser). */
export const DEFAULT_SETTINGS: Settings = { theme: 'system', textSize: 'medium', locale: 'fr', idleMinutes: '20' };

/** The profile id is not on this device. */
export class UnknownProfileError extends Error {
  constructor(id: string) {
    super(`no profile ${id}`);
    this.name = 'UnknownProfileError';
  }
}
