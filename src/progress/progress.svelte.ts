/**
 * One learner's progress as the UI sees it: reactive reads (status, counts) and the actions of the exercise
 * workspace. Every change shows at once and is written through the `WriteQueue` (a write that fails is kept
 * in memory, retried with the next one, flagged by `writeFailed`, and still goes into exports); `TabSync`
 * brings in what other tabs save. Knows nothing of the catalog: callers pass lesson and exercise ids.
 */
import { SvelteMap } from 'svelte/reactivity';
import { needsBackup } from './backup.ts';
import { copyDraft } from './draft-history.ts';
import { emptyRecord, withDraft, withHints, withRestoredDraft, withRun, withSolutionRevealed } from './exercise-record.ts';
import { exerciseKey, mergeExercise, mergeLesson, mergeSets } from './merge.ts';
import { hasMovedRecords, type ExerciseMove } from './exercise-moves.ts';
import type { ProgressStore } from './store.ts';
import type { TabChannel } from './tab-channel.ts';
import { TabSync } from './tab-sync.ts';
import type { Draft, DraftFile, ExerciseRecord, ExerciseStatus, LessonRecord, Profile, ProgressSnapshot } from './types.ts';
import { replayJournal, storageJournal, type UnsavedJournal } from './unsaved-journal.ts';
import { WriteQueue } from './write-queue.svelte.ts';

/** Passed exercises out of a total, for a lesson or a track. */
export interface Counts {
  passed: number;
  total: number;
}

/** A draft of this learner's that another tab (or a save that had not seen it) replaced; still recoverable. */
export type DraftChangeListener = (lessonId: string, exerciseId: string, draft: Draft) => void;

/** A lesson with its exercise ids in order, as the catalog's `LessonSummary` has them. */
export interface LessonExercises {
  id: string;
  exercises: readonly string[];
}

export interface ProgressOptions {
  /** Tells other tabs what this one saved and listens to theirs; without it, this tab works alone. */
  channel?: TabChannel;
  now?: () => number;
  /**
   * Where each change is copied at once until the store confirms it, so a page closed mid-write loses nothing;
   * `null` for none. By default `localStorage` when the store is IndexedDB.
   */
  journal?: UnsavedJournal | null;
  /** Exercises that moved to another lesson (`movesOf(catalog)`): the learner's records follow them. */
  moves?: readonly ExerciseMove[];
}

type Change = (record: ExerciseRecord) => ExerciseRecord;

export class Progress {
  #store: ProgressStore;
  #now: () => number;
  // Raw, not deep: the profile goes to IndexedDB, which cannot clone a proxy.
  #profile = $state.raw() as Profile;
  #exercises = new SvelteMap<string, ExerciseRecord>();
  #lessons = new SvelteMap<string, LessonRecord>();
  #writes: WriteQueue;
  #profileWriteFailed = $state(false);
  #tabs: TabSync;
  #journal: UnsavedJournal | undefined;
  #moves: readonly ExerciseMove[];
  /** Per exercise, the `savedAt` of the draft the editor holds (loaded or last saved). */
  #draftBases = new Map<string, number | undefined>();
  #draftListeners = new Set<DraftChangeListener>();

  private constructor(store: ProgressStore, profile: Profile, options: ProgressOptions) {
    this.#store = store;
    this.#profile = profile;
    this.#now = options.now ?? Date.now;
    this.#moves = options.moves ?? [];
    this.#journal = options.journal === undefined ? (store.kind === 'indexeddb' ? storageJournal() : undefined) : (options.journal ?? undefined);
    this.#writes = new WriteQueue(store, profile.id, this.#journal, this.#now);
    this.#tabs = new TabSync(options.channel, profile.id);
  }

  /** Loads `profile`'s progress from `store`. */
  static async open(store: ProgressStore, profile: Profile, options: ProgressOptions = {}): Promise<Progress> {
    const progress = new Progress(store, profile, options);
    await replayJournal(progress.#journal, store, profile.id, (record) => progress.#tabs.exerciseSaved(record.lessonId, record.exerciseId, true));
    await progress.reload();
    progress.#tabs.follow(store, {
      lesson: (record) => progress.#lessons.set(record.lessonId, record),
      exercise: (stored, draftChanged) => progress.#fromOtherTab(stored, draftChanged),
    });
    return progress;
  }

  get profile(): Profile {
    return this.#profile;
  }

  /** Some progress could not be written to storage and lives only in this tab: offer the export file. */
  get writeFailed(): boolean {
    return this.#writes.failed || this.#profileWriteFailed;
  }

  /** Storage is memory only (private mode, storage refused): everything is lost with the tab unless exported. */
  get memoryOnly(): boolean {
    return this.#store.kind === 'memory';
  }

  /** There is progress newer than the last export file. */
  get needsBackup(): boolean {
    return needsBackup({ exercises: [...this.#exercises.values()], lessons: [...this.#lessons.values()] }, this.#profile.backedUpAt);
  }

  status(lessonId: string, exerciseId: string): ExerciseStatus {
    return this.#exercises.get(exerciseKey(lessonId, exerciseId))?.status ?? 'not-started';
  }

  /** The whole record (hints used, solution revealed, recoverable drafts …), if the learner touched the exercise. */
  record(lessonId: string, exerciseId: string): ExerciseRecord | undefined {
    return this.#exercises.get(exerciseKey(lessonId, exerciseId));
  }

  lessonCompleted(lessonId: string): boolean {
    return this.#lessons.get(lessonId)?.completedAt !== undefined;
  }

  /** Passed out of `exerciseIds` in one lesson. */
  lessonCounts(lessonId: string, exerciseIds: readonly string[]): Counts {
    const passed = exerciseIds.filter((exerciseId) => this.status(lessonId, exerciseId) === 'passed').length;
    return { passed, total: exerciseIds.length };
  }

  /** Passed out of all exercises of `lessons` (a track's lessons from the catalog fit as they are). */
  trackCounts(lessons: readonly LessonExercises[]): Counts {
    return lessons.reduce(
      (sum, lesson) => {
        const counts = this.lessonCounts(lesson.id, lesson.exercises);
        return { passed: sum.passed + counts.passed, total: sum.total + counts.total };
      },
      { passed: 0, total: 0 },
    );
  }

  /**
   * Records a run of the exercise's tests. With `lessonExercises` (the lesson's exercise ids), a pass that
   * completes them all also completes the lesson.
   */
  async recordRun(lessonId: string, exerciseId: string, passed: boolean, lessonExercises?: readonly string[]): Promise<void> {
    const at = this.#now();
    await this.#update(lessonId, exerciseId, (record) => withRun(record, passed, at), false);
    if (passed && lessonExercises && this.lessonCounts(lessonId, lessonExercises).passed === lessonExercises.length) {
      await this.completeLesson(lessonId);
    }
  }

  /** Records that `shown` hints are now visible. */
  async recordHints(lessonId: string, exerciseId: string, shown: number): Promise<void> {
    await this.#update(lessonId, exerciseId, (record) => withHints(record, shown), false);
  }

  async recordSolutionRevealed(lessonId: string, exerciseId: string): Promise<void> {
    await this.#update(lessonId, exerciseId, withSolutionRevealed, false);
  }

  async completeLesson(lessonId: string): Promise<void> {
    const done = mergeLesson(this.#lessons.get(lessonId) ?? { lessonId }, { lessonId, completedAt: this.#now() });
    this.#lessons.set(lessonId, done);
    const stored = await this.#writes.lesson(done);
    if (!stored) return;
    this.#lessons.set(lessonId, stored);
    this.#tabs.lessonCompleted(lessonId);
  }

  /**
   * The draft to open in the editor, read fresh from storage (another tab may have saved since). Later saves
   * are checked against it, so a draft written elsewhere in between is kept, not overwritten.
   */
  async loadDraft(lessonId: string, exerciseId: string): Promise<Draft | undefined> {
    const key = exerciseKey(lessonId, exerciseId);
    try {
      const stored = await this.#store.readExercise(this.#profile.id, lessonId, exerciseId);
      if (stored && !this.#writes.pendingExercise(key) && !this.#writes.writing(key)) this.#exercises.set(key, stored);
    } catch {
      // Unreadable storage: the copy in memory is the best we have.
    }
    const draft = this.#exercises.get(key)?.draft;
    this.#draftBases.set(key, draft?.savedAt);
    return draft && copyDraft(draft);
  }

  /** Saves the editor's files as the exercise's draft. */
  async saveDraft(lessonId: string, exerciseId: string, files: readonly DraftFile[]): Promise<void> {
    const key = exerciseKey(lessonId, exerciseId);
    const now = this.#now();
    const base = this.#draftBases.get(key);
    let displaced: Draft | undefined;
    const record = await this.#update(
      lessonId,
      exerciseId,
      (current) => {
        const save = withDraft(current, files, now, base);
        displaced = save.displaced;
        return save.changed ? save.record : current;
      },
      true,
    );
    this.#draftBases.set(key, record.draft?.savedAt);
    if (displaced) this.#emitDraftChange(lessonId, exerciseId, displaced);
  }

  /** Makes a kept version the exercise's draft; the one it replaces is kept in turn. */
  async restoreDraft(lessonId: string, exerciseId: string, version: Draft): Promise<void> {
    const now = this.#now();
    const record = await this.#update(lessonId, exerciseId, (current) => withRestoredDraft(current, version, now), true);
    this.#draftBases.set(exerciseKey(lessonId, exerciseId), record.draft?.savedAt);
  }

  /**
   * Calls `listener` when another tab saved a different draft for an exercise (or this tab's save replaced
   * one it had not seen, which stays in `previousDrafts`). The workspace offers "changed in another tab".
   */
  onDraftChangedElsewhere(listener: DraftChangeListener): () => void {
    this.#draftListeners.add(listener);
    return () => this.#draftListeners.delete(listener);
  }

  /** Re-reads everything from the store (after an import), keeping changes not yet written. */
  async reload(): Promise<void> {
    let stored = await this.#store.readProgress(this.#profile.id);
    if (hasMovedRecords(stored.exercises, this.#moves)) {
      // Records of an exercise that moved (an older version's, an imported backup's) go to its new lesson: stored
      // once, in one transaction; if storage refuses, they still show at their new place.
      const { rehome, rehomeProgress } = await import('./rehome.ts');
      await this.#store.moveExercises(this.#profile.id, (records) => rehome(records, this.#moves)).catch(() => 0);
      stored = rehomeProgress(stored, this.#moves).progress;
    }
    const merged = mergeSets(stored, this.#writes.pending());
    this.#exercises.clear();
    for (const record of merged.exercises) this.#exercises.set(exerciseKey(record.lessonId, record.exerciseId), record);
    this.#lessons.clear();
    for (const record of merged.lessons) this.#lessons.set(record.lessonId, record);
  }

  /**
   * Everything to put in an export file, including changes only in memory. Works even when storage fails.
   */
  async exportSnapshot(): Promise<ProgressSnapshot> {
    const inMemory = { exercises: [...this.#exercises.values()], lessons: [...this.#lessons.values()] };
    try {
      const stored = await this.#store.exportSnapshot(this.#profile.id);
      return { ...stored, progress: mergeSets(stored.progress, inMemory) };
    } catch {
      return { profile: this.#profile, progress: mergeSets(inMemory), quarantine: [] };
    }
  }

  /** Records that an export file was saved at `at` (the backup reminder goes away). */
  async markBackedUp(at: number): Promise<void> {
    this.#profile = { ...this.#profile, backedUpAt: at };
    try {
      this.#profile = await this.#store.updateProfile(this.#profile.id, { backedUpAt: at });
    } catch {
      this.#profileWriteFailed = true;
    }
  }

  /** Stops listening to other tabs. */
  dispose(): void {
    this.#tabs.stop();
    this.#draftListeners.clear();
  }

  /** Shows `change` at once, then writes it through the queue; returns the record as stored (or as shown). */
  async #update(lessonId: string, exerciseId: string, change: Change, draftChanged: boolean): Promise<ExerciseRecord> {
    const key = exerciseKey(lessonId, exerciseId);
    const before = this.#exercises.get(key) ?? emptyRecord(lessonId, exerciseId);
    const local = change(before);
    this.#exercises.set(key, local);
    const written = await this.#writes.exercise(key, local, change, local !== before);
    if (!written) return local;
    if (written.latest) this.#exercises.set(key, written.stored);
    this.#tabs.exerciseSaved(lessonId, exerciseId, draftChanged);
    return written.stored;
  }

  /** Another tab stored this exercise: show it (with this tab's unwritten changes), and tell of a new draft. */
  #fromOtherTab(stored: ExerciseRecord, draftChanged: boolean): void {
    const key = exerciseKey(stored.lessonId, stored.exerciseId);
    const pending = this.#writes.pendingExercise(key);
    if (!this.#writes.writing(key)) this.#exercises.set(key, pending ? mergeExercise(stored, pending) : stored);
    const theirs = stored.draft;
    if (draftChanged && theirs && this.#draftBases.has(key) && theirs.savedAt !== this.#draftBases.get(key)) {
      this.#emitDraftChange(stored.lessonId, stored.exerciseId, theirs);
    }
  }

  #emitDraftChange(lessonId: string, exerciseId: string, draft: Draft): void {
    for (const listener of this.#draftListeners) listener(lessonId, exerciseId, copyDraft(draft));
  }
}
