/**
 * The one narrow view of a learner's progress the exercise workspace gets: its own exercise, nothing else. It
 * never sees IndexedDB, profiles, other exercises or other tabs.
 */
import type { Progress } from './progress.svelte.ts';
import type { Draft, DraftFile, ExerciseRecord } from './types.ts';

export interface ExerciseProgress {
  /** The stored record (status, hints used, solution revealed, kept draft versions), if the learner touched it. */
  readonly record: ExerciseRecord | undefined;
  /** Some progress could not be written to storage and lives only in this tab (the results say so). */
  readonly writeFailed: boolean;
  /** The saved draft, if any; later saves are checked against it, so another tab's save is never overwritten. */
  loadDraft(): Promise<Draft | undefined>;
  /** Saves the editor's files (only `name` and `content` are kept). Never rejects: a failed write stays in memory. */
  saveDraft(files: readonly DraftFile[]): Promise<void>;
  /** Brings back a kept version as the current draft; the current one joins the kept versions. */
  restoreDraft(version: Draft): Promise<void>;
  /** A run of the tests; a pass of the lesson's last exercise completes the lesson. */
  recordRun(passed: boolean): Promise<void>;
  recordHints(shown: number): Promise<void>;
  recordSolutionRevealed(): Promise<void>;
  /** `listener` hears of a different draft saved for this exercise elsewhere (another tab). Returns the unsubscribe. */
  onChangedElsewhere(listener: (draft: Draft) => void): () => void;
}

/** `exerciseId` of `lessonId` in `progress`; `lessonExercises` are the lesson's exercise ids, in order. */
export function exerciseProgress(progress: Progress, lessonId: string, exerciseId: string, lessonExercises: readonly string[]): ExerciseProgress {
  return {
    get record() {
      return progress.record(lessonId, exerciseId);
    },
    get writeFailed() {
      return progress.writeFailed;
    },
    loadDraft: () => progress.loadDraft(lessonId, exerciseId),
    saveDraft: (files) => progress.saveDraft(lessonId, exerciseId, files),
    restoreDraft: (version) => progress.restoreDraft(lessonId, exerciseId, version),
    recordRun: (passed) => progress.recordRun(lessonId, exerciseId, passed, lessonExercises),
    recordHints: (shown) => progress.recordHints(lessonId, exerciseId, shown),
    recordSolutionRevealed: () => progress.recordSolutionRevealed(lessonId, exerciseId),
    onChangedElsewhere: (listener) =>
      progress.onDraftChangedElsewhere((lesson, exercise, draft) => {
        if (lesson === lessonId && exercise === exerciseId) listener(draft);
      }),
  };
}
