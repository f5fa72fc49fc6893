/**
 * The progress store in memory, for when IndexedDB is unavailable (private mode, blocked, full) or newer than
 * this build: the app keeps working and can export, and the UI warns that closing the tab loses the rest.
 */
import { emptyRecord } from './exercise-record.ts';
import { exerciseKey, mergeLesson, mergeSets } from './merge.ts';
import { byCreation, makeProfile, newProfileId, type NewProfile } from './profile.ts';
import type { Placed, Rehomed } from './rehome.ts';
import { UnknownProfileError, type ImportOptions, type ProfilePatch, type ProgressStore, type StoreContents } from './store.ts';
import type { ExerciseRecord, LessonRecord, Profile, ProgressSet, ProgressSnapshot, QuarantinedRecord, Settings } from './types.ts';

// Copies in and out, as IndexedDB's structured clone does, so callers behave the same with either store.
const copy = <T>(value: T): T => structuredClone(value);

export class MemoryStore implements ProgressStore {
  readonly kind = 'memory';
  readonly persisted = false;
  #profiles = new Map<string, Profile>();
  /** Per profile, records by `exerciseKey` / lesson id. */
  #exercises = new Map<string, Map<string, ExerciseRecord>>();
  #lessons = new Map<string, Map<string, LessonRecord>>();
  #quarantine: QuarantinedRecord[] = [];
  #settings: Settings | undefined;
  #now: () => number;

  constructor(options: { now?: () => number } = {}) {
    this.#now = options.now ?? Date.now;
  }

  async load(): Promise<StoreContents> {
    return {
      profiles: copy([...this.#profiles.values()].sort(byCreation)),
      settings: copy(this.#settings),
      quarantine: copy(this.#quarantine),
      newlyQuarantined: 0,
    };
  }

  async readProgress(profileId: string): Promise<ProgressSet> {
    return copy(this.#set(profileId));
  }

  async readExercise(profileId: string, lessonId: string, exerciseId: string): Promise<ExerciseRecord | undefined> {
    return copy(this.#exercises.get(profileId)?.get(exerciseKey(lessonId, exerciseId)));
  }

  async updateExercise(profileId: string, lessonId: string, exerciseId: string, change: (current: ExerciseRecord) => ExerciseRecord): Promise<ExerciseRecord> {
    const records = this.#table(this.#exercises, profileId);
    const key = exerciseKey(lessonId, exerciseId);
    const current = copy(records.get(key)) ?? emptyRecord(lessonId, exerciseId);
    const next = change(current);
    if (next === current) return copy(current);
    const record = { ...copy(next), lessonId, exerciseId };
    records.set(key, record);
    return copy(record);
  }

  async moveExercises(profileId: string, place: <T extends Placed>(records: readonly T[]) => Omit<Rehomed<T>, 'records'>): Promise<number> {
    const records = this.#table(this.#exercises, profileId);
    const { written, removed } = place([...records.values()]);
    for (const record of removed) records.delete(exerciseKey(record.lessonId, record.exerciseId));
    for (const record of written) records.set(exerciseKey(record.lessonId, record.exerciseId), record);
    return removed.length;
  }

  async completeLesson(profileId: string, lessonId: string, at: number): Promise<LessonRecord> {
    const records = this.#table(this.#lessons, profileId);
    const next = mergeLesson(records.get(lessonId) ?? { lessonId }, { lessonId, completedAt: at });
    records.set(lessonId, next);
    return copy(next);
  }

  async saveSettings(settings: Settings): Promise<void> {
    this.#settings = copy(settings);
  }

  async createProfile(input: NewProfile): Promise<Profile> {
    const profile = makeProfile(input, newProfileId(), this.#now());
    this.#profiles.set(profile.id, profile);
    return copy(profile);
  }

  async updateProfile(id: string, patch: ProfilePatch): Promise<Profile> {
    const profile = this.#profiles.get(id);
    if (!profile) throw new UnknownProfileError(id);
    const name = patch.name === undefined ? profile.name : makeProfile({ ...profile, name: patch.name }, id, 0).name;
    const next: Profile = { ...profile, ...copy(patch), name };
    this.#profiles.set(id, next);
    return copy(next);
  }

  async deleteProfile(id: string): Promise<void> {
    this.#profiles.delete(id);
    this.#exercises.delete(id);
    this.#lessons.delete(id);
    this.#quarantine = this.#quarantine.filter((entry) => entry.profileId !== id);
  }

  async exportSnapshot(profileId: string): Promise<ProgressSnapshot> {
    const profile = this.#profiles.get(profileId);
    if (!profile) throw new UnknownProfileError(profileId);
    return copy({ profile, progress: this.#set(profileId), quarantine: this.#quarantine.filter((entry) => entry.profileId === profileId) });
  }

  async importSnapshot(snapshot: ProgressSnapshot, options: ImportOptions): Promise<Profile> {
    const targetId = options.into ?? snapshot.profile.id;
    const existing = this.#profiles.get(targetId);
    if (!existing && options.into !== undefined) throw new UnknownProfileError(targetId);
    // Everything is computed before anything is assigned, so a failure leaves the store as it was.
    const incoming = copy(snapshot);
    const next = options.mode === 'replace' ? mergeSets(incoming.progress) : mergeSets(this.#set(targetId), incoming.progress);
    const known = new Set(this.#quarantine.map((entry) => JSON.stringify([entry.profileId, entry.raw, entry.reason])));
    const added = incoming.quarantine
      .map((entry) => ({ ...entry, profileId: targetId }))
      .filter((entry) => !known.has(JSON.stringify([entry.profileId, entry.raw, entry.reason])));
    const profile = existing ?? incoming.profile;
    this.#profiles.set(targetId, profile);
    this.#exercises.set(targetId, new Map(next.exercises.map((record) => [exerciseKey(record.lessonId, record.exerciseId), record])));
    this.#lessons.set(targetId, new Map(next.lessons.map((record) => [record.lessonId, record])));
    this.#quarantine.push(...added);
    return copy(profile);
  }

  close(): void {
    // Nothing to release: the data lives as long as the page.
  }

  #set(profileId: string): ProgressSet {
    return mergeSets({
      exercises: [...(this.#exercises.get(profileId)?.values() ?? [])],
      lessons: [...(this.#lessons.get(profileId)?.values() ?? [])],
    });
  }

  #table<T>(tables: Map<string, Map<string, T>>, profileId: string): Map<string, T> {
    let table = tables.get(profileId);
    if (!table) tables.set(profileId, (table = new Map()));
    return table;
  }
}
