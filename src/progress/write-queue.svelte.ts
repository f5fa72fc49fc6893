/**
 * The writes of one learner's progress to the store, in order. A change is copied to the crash journal at
 * once (before any await), then written; a write that fails stays here, is retried with the next one
 * (merged into what is stored then, so nothing is overwritten), raises `failed`, and still goes into exports.
 */
import { mergeExercise } from './merge.ts';
import type { ProgressStore } from './store.ts';
import type { ExerciseRecord, LessonRecord, ProgressSet } from './types.ts';
import type { UnsavedJournal } from './unsaved-journal.ts';

export class WriteQueue {
  #store: ProgressStore;
  #profileId: string;
  #journal: UnsavedJournal | undefined;
  #now: () => number;
  #failed = $state(false);
  /** Records whose latest state the store has not taken yet, by exercise key / lesson id. */
  #exercises = new Map<string, ExerciseRecord>();
  #lessons = new Map<string, LessonRecord>();
  /** Writes under way per exercise key. */
  #inFlight = new Map<string, number>();

  constructor(store: ProgressStore, profileId: string, journal: UnsavedJournal | undefined, now: () => number) {
    this.#store = store;
    this.#profileId = profileId;
    this.#journal = journal;
    this.#now = now;
  }

  /** Some progress could not be written and lives only in memory. */
  get failed(): boolean {
    return this.#failed;
  }

  /** Whether the exercise has a write under way: what the store holds may be older than what is shown. */
  writing(key: string): boolean {
    return this.#inFlight.has(key);
  }

  /** The unwritten state of an exercise, if a write of it failed. */
  pendingExercise(key: string): ExerciseRecord | undefined {
    return this.#exercises.get(key);
  }

  /** Everything not written yet. */
  pending(): ProgressSet {
    return { exercises: [...this.#exercises.values()], lessons: [...this.#lessons.values()] };
  }

  /**
   * Writes `change` (whose result on screen is `local`) to the exercise's stored record. Resolves the stored
   * record, and whether no other write of the exercise is still under way (only then is it the latest);
   * `undefined` when the write failed (kept here for the next one).
   */
  async exercise(key: string, local: ExerciseRecord, change: (current: ExerciseRecord) => ExerciseRecord, changed: boolean): Promise<{ stored: ExerciseRecord; latest: boolean } | undefined> {
    // Before any await: a save made as the page is hidden must be kept even if the page is gone before the store answers.
    if (changed) this.#journal?.write(this.#profileId, local);
    this.#inFlight.set(key, (this.#inFlight.get(key) ?? 0) + 1);
    try {
      await this.#flush();
      const stored = await this.#store.updateExercise(this.#profileId, local.lessonId, local.exerciseId, change);
      this.#journal?.confirm(this.#profileId, local);
      return { stored, latest: this.#inFlight.get(key) === 1 };
    } catch {
      this.#exercises.set(key, local);
      this.#failed = true;
      return undefined;
    } finally {
      const left = (this.#inFlight.get(key) ?? 1) - 1;
      if (left === 0) this.#inFlight.delete(key);
      else this.#inFlight.set(key, left);
    }
  }

  /** Writes a completed lesson; `undefined` when the write failed (kept for the next one). */
  async lesson(done: LessonRecord): Promise<LessonRecord | undefined> {
    try {
      await this.#flush();
      return await this.#store.completeLesson(this.#profileId, done.lessonId, done.completedAt ?? this.#now());
    } catch {
      this.#lessons.set(done.lessonId, done);
      this.#failed = true;
      return undefined;
    }
  }

  /** Writes what earlier failures left, merged into what is stored (so nothing is overwritten). */
  async #flush(): Promise<void> {
    for (const [key, record] of this.#exercises) {
      await this.#store.updateExercise(this.#profileId, record.lessonId, record.exerciseId, (current) => mergeExercise(current, record));
      this.#exercises.delete(key);
      this.#journal?.confirm(this.#profileId, record);
    }
    for (const [lessonId, record] of this.#lessons) {
      await this.#store.completeLesson(this.#profileId, lessonId, record.completedAt ?? this.#now());
      this.#lessons.delete(lessonId);
    }
    this.#failed = false;
  }
}
