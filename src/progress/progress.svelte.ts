/**
 * One learner's progress as the UI sees it: reactive reads (status, counts) and the actions of the exercise
 * workspace. Every change shows at once and is written through the store; a write that fails is kept in memory,
 * retried with the next one, flagged by `writeFailed`, and still goes into exports. Knows nothing of the
 * catalog: callers pass lesson and exercise ids.
 */
import { SvelteMap } from 'svelte/reactivity';
import { needsBackup } from './backup.ts';
import { copyDraft } from './draft-history.ts';
import { emptyRecord, withDraft, withHints, withRestoredDraft, withRun, withSolutionRevealed } from './exercise-record.ts';
import { exerciseKey, mergeExercise, mergeLesson, mergeSets } from './merge.ts';
import type { ProgressStore } from './store.ts';
import type { TabChannel, TabMessage } from './tab-channel.ts';
import type { Draft, DraftFile, ExerciseRecord, ExerciseStatus, LessonRecord, Profile, ProgressSnapshot } from './types.ts';
import { storageJournal, type UnsavedJournal } from './unsaved-journal.ts';

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
}

type Change = (record: ExerciseRecord) => ExerciseRecord;

export class Progress {
  #store: ProgressStore;
  #channel: TabChannel | undefined;
  #now: () => number;
  // Raw, not deep: the profile goes to IndexedDB, which cannot clone a proxy.
  #profile = $state.raw() as Profile;
  #exercises = new SvelteMap<string, ExerciseRecord>();
  #lessons = new SvelteMap<string, LessonRecord>();
  #writeFailed = $state(false);
  /** Records whose latest state the store has not taken yet; merged into it on the next write. */
  #pendingExercises = new Map<string, ExerciseRecord>();
  #pendingLessons = new Map<string, LessonRecord>();
  /** Writes under way per exercise: the store's answer is shown only once the last one is back. */
  #inFlight = new Map<string, number>();
  /** Per exercise, the `savedAt` of the draft the editor holds (loaded or last saved). */
  #draftBases = new Map<string, number | undefined>();
  #draftListeners = new Set<DraftChangeListener>();
  #unsubscribe: () => void = () => {};
  #journal: UnsavedJournal | undefined;

  private constructor(store: ProgressStore, profile: Profile, options: ProgressOptions) {
    this.#store = store;
    this.#profile = profile;
    this.#channel = options.channel;
    this.#now = options.now ?? Date.now;
    this.#journal = options.journal === undefined ? (store.kind === 'indexeddb' ? storageJournal() : undefined) : (options.journal ?? undefined);
  }

  /** Loads `profile`'s progress from `store`. */
  static async open(store: ProgressStore, profile: Profile, options: ProgressOptions = {}): Promise<Progress> {
    const progress = new Progress(store, profile, options);
    await progress.#replayJournal();
    await progress.reload();
    if (options.channel) progress.#unsubscribe = options.channel.subscribe((message) => void progress.#onTabMessage(message));
    return progress;
  }

  get profile(): Profile {
    return this.#profile;
  }

  /** Some progress could not be written to storage and lives only in this tab: offer the export file. */
  get writeFailed(): boolean {
    return this.#writeFailed;
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
    try {
      await this.#flush();
      this.#lessons.set(lessonId, await this.#store.completeLesson(this.#profile.id, lessonId, done.completedAt ?? this.#now()));
      this.#channel?.announce({ type: 'lesson', profileId: this.#profile.id, lessonId });
    } catch {
      this.#pendingLessons.set(lessonId, done);
      this.#writeFailed = true;
    }
  }

  /**
   * The draft to open in the editor, read fresh from storage (another tab may have saved since). Later saves
   * are checked against it, so a draft written elsewhere in between is kept, not overwritten.
   */
  async loadDraft(lessonId: string, exerciseId: string): Promise<Draft | undefined> {
    const key = exerciseKey(lessonId, exerciseId);
    try {
      const stored = await this.#store.readExercise(this.#profile.id, lessonId, exerciseId);
      if (stored && !this.#pendingExercises.has(key) && !this.#inFlight.has(key)) this.#exercises.set(key, stored);
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
    const stored = await this.#store.readProgress(this.#profile.id);
    const pending = { exercises: [...this.#pendingExercises.values()], lessons: [...this.#pendingLessons.values()] };
    const merged = mergeSets(stored, pending);
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
      this.#writeFailed = true;
    }
  }

  /** Stops listening to other tabs. */
  dispose(): void {
    this.#unsubscribe();
    this.#draftListeners.clear();
  }

  /** Shows `change` at once, then writes it through the store; on failure keeps it as pending. */
  async #update(lessonId: string, exerciseId: string, change: Change, draftChanged: boolean): Promise<ExerciseRecord> {
    const key = exerciseKey(lessonId, exerciseId);
    const before = this.#exercises.get(key) ?? emptyRecord(lessonId, exerciseId);
    const local = change(before);
    this.#exercises.set(key, local);
    // Before any await: a save made as the page is hidden must be kept even if the page is gone before the store answers.
    if (local !== before) this.#journal?.write(this.#profile.id, local);
    this.#inFlight.set(key, (this.#inFlight.get(key) ?? 0) + 1);
    try {
      await this.#flush();
      const stored = await this.#store.updateExercise(this.#profile.id, lessonId, exerciseId, change);
      if (this.#inFlight.get(key) === 1) this.#exercises.set(key, stored);
      this.#journal?.confirm(this.#profile.id, local);
      this.#channel?.announce({ type: 'exercise', profileId: this.#profile.id, lessonId, exerciseId, draftChanged });
      return stored;
    } catch {
      this.#pendingExercises.set(key, local);
      this.#writeFailed = true;
      return local;
    } finally {
      const left = (this.#inFlight.get(key) ?? 1) - 1;
      if (left === 0) this.#inFlight.delete(key);
      else this.#inFlight.set(key, left);
    }
  }

  /** Writes what earlier failures left in memory, merged into what is stored (so nothing is overwritten). */
  async #flush(): Promise<void> {
    for (const [key, record] of this.#pendingExercises) {
      await this.#store.updateExercise(this.#profile.id, record.lessonId, record.exerciseId, (current) => mergeExercise(current, record));
      this.#pendingExercises.delete(key);
      this.#journal?.confirm(this.#profile.id, record);
    }
    for (const [lessonId, record] of this.#pendingLessons) {
      await this.#store.completeLesson(this.#profile.id, lessonId, record.completedAt ?? this.#now());
      this.#pendingLessons.delete(lessonId);
    }
    this.#writeFailed = false;
  }

  /** Merges into the store what a page of this profile saved but never saw confirmed (it was closed first). */
  async #replayJournal(): Promise<void> {
    for (const { record, forget } of this.#journal?.read(this.#profile.id) ?? []) {
      try {
        await this.#store.updateExercise(this.#profile.id, record.lessonId, record.exerciseId, (current) => mergeExercise(current, record));
        forget();
        this.#channel?.announce({ type: 'exercise', profileId: this.#profile.id, lessonId: record.lessonId, exerciseId: record.exerciseId, draftChanged: true });
      } catch {
        // Kept for the next start.
      }
    }
  }

  async #onTabMessage(message: TabMessage): Promise<void> {
    if (message.profileId !== this.#profile.id) return;
    try {
      if (message.type === 'lesson') {
        const set = await this.#store.readProgress(this.#profile.id);
        const lesson = set.lessons.find((record) => record.lessonId === message.lessonId);
        if (lesson) this.#lessons.set(lesson.lessonId, lesson);
        return;
      }
      const key = exerciseKey(message.lessonId, message.exerciseId);
      const stored = await this.#store.readExercise(this.#profile.id, message.lessonId, message.exerciseId);
      if (!stored) return;
      const pending = this.#pendingExercises.get(key);
      if (!this.#inFlight.has(key)) this.#exercises.set(key, pending ? mergeExercise(stored, pending) : stored);
      const theirs = stored.draft;
      if (message.draftChanged && theirs && this.#draftBases.has(key) && theirs.savedAt !== this.#draftBases.get(key)) {
        this.#emitDraftChange(message.lessonId, message.exerciseId, theirs);
      }
    } catch {
      // The next load or write reads the store again; a missed notice loses nothing.
    }
  }

  #emitDraftChange(lessonId: string, exerciseId: string, draft: Draft): void {
    for (const listener of this.#draftListeners) listener(lessonId, exerciseId, copyDraft(draft));
  }
}
