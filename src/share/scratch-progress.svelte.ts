/**
 * The progress behind a help copy: the exercise opened from a help link runs, records hints and keeps the edits
 * in memory for the life of the page, through the same `ExerciseProgress` the workspace always gets. It never
 * reaches storage or other tabs, so the learner's own progress and drafts stay exactly as they were.
 */
import type { ExerciseProgress } from '../progress/exercise-progress.ts';
import { emptyRecord, withDraft, withHints, withRestoredDraft, withRun, withSolutionRevealed } from '../progress/exercise-record.ts';
import type { Draft, DraftFile, ExerciseRecord } from '../progress/types.ts';

export class ScratchProgress implements ExerciseProgress {
  #record = $state.raw<ExerciseRecord>(emptyRecord('', ''));
  #now: () => number;

  /** Starts from `files`, the code the link carried. */
  constructor(lessonId: string, exerciseId: string, files: readonly DraftFile[], now: () => number = Date.now) {
    this.#now = now;
    this.#record = { ...emptyRecord(lessonId, exerciseId), draft: { files: files.map((file) => ({ ...file })), savedAt: now() } };
  }

  get record(): ExerciseRecord {
    return this.#record;
  }
  readonly writeFailed = false;

  async loadDraft(): Promise<Draft | undefined> {
    return this.#record.draft;
  }
  async saveDraft(files: readonly DraftFile[]): Promise<void> {
    this.#record = withDraft(this.#record, files, this.#now(), this.#record.draft?.savedAt).record;
  }
  async restoreDraft(version: Draft): Promise<void> {
    this.#record = withRestoredDraft(this.#record, version, this.#now());
  }
  async recordRun(passed: boolean): Promise<void> {
    this.#record = withRun(this.#record, passed, this.#now());
  }
  async recordHints(shown: number): Promise<void> {
    this.#record = withHints(this.#record, shown);
  }
  async recordSolutionRevealed(): Promise<void> {
    this.#record = withSolutionRevealed(this.#record);
  }
  /** A copy has no other tab. */
  onChangedElsewhere(): () => void {
    return () => {};
  }
}
