/**
 * The changes a learner makes to an exercise record, as pure functions. The store applies them to the record
 * as currently stored, inside one transaction, so a change made in another tab is built upon, not overwritten.
 */
import { copyDraft, history, sameFiles } from './draft-history.ts';
import type { Draft, DraftFile, ExerciseRecord } from './types.ts';

/** The record of an exercise nobody has touched. */
export const emptyRecord = (lessonId: string, exerciseId: string): ExerciseRecord => ({
  lessonId,
  exerciseId,
  status: 'not-started',
  attempts: 0,
  hintsUsed: 0,
  solutionRevealed: false,
  draft: undefined,
  previousDrafts: [],
});

/** After a run of the tests: one more attempt; a pass is recorded once and never undone by a later failure. */
export function withRun(record: ExerciseRecord, passed: boolean, at: number): ExerciseRecord {
  const next: ExerciseRecord = { ...record, attempts: record.attempts + 1, lastRunAt: at };
  if (passed && record.status !== 'passed') return { ...next, status: 'passed', passedAt: at };
  if (record.status === 'not-started') next.status = 'attempted';
  return next;
}

/** After the learner revealed hints: `shown` is how many are visible now (it never goes down). */
export const withHints = (record: ExerciseRecord, shown: number): ExerciseRecord => ({
  ...record,
  hintsUsed: Math.max(record.hintsUsed, Math.floor(shown)),
});

export const withSolutionRevealed = (record: ExerciseRecord): ExerciseRecord => ({ ...record, solutionRevealed: true });

/** The outcome of saving a draft. */
export interface DraftSave {
  record: ExerciseRecord;
  /** Whether anything changed (saving the same files again does not). */
  changed: boolean;
  /**
   * The stored draft this save replaced without having seen it (another tab wrote it since this one loaded):
   * it is kept in `previousDrafts`, and the workspace can offer it back.
   */
  displaced: Draft | undefined;
}

/**
 * Saves `files` as the current draft. `basedOn` is the `savedAt` of the draft the editor started from (the one
 * it loaded or last saved): if the stored draft is a different one, it was written elsewhere and is kept.
 */
export function withDraft(record: ExerciseRecord, files: readonly DraftFile[], now: number, basedOn: number | undefined): DraftSave {
  const current = record.draft;
  if (current && sameFiles(current.files, files)) return { record, changed: false, displaced: undefined };
  // The current draft must stay the newest even if another device's clock ran ahead of ours.
  const savedAt = current ? Math.max(now, current.savedAt + 1) : now;
  const draft = copyDraft({ files: [...files], savedAt });
  const displaced = current && current.savedAt !== basedOn ? current : undefined;
  const kept = displaced ? [displaced, ...record.previousDrafts] : record.previousDrafts;
  return {
    record: {
      ...record,
      status: record.status === 'not-started' ? 'attempted' : record.status,
      draft,
      previousDrafts: history(draft, kept),
    },
    changed: true,
    displaced,
  };
}

/**
 * Brings back a kept version of the draft (from "Versions précédentes"): it becomes the current draft, saved
 * now, and the draft it replaces joins the kept versions, so restoring can itself be undone.
 */
export function withRestoredDraft(record: ExerciseRecord, version: Draft, now: number): ExerciseRecord {
  const current = record.draft;
  if (current && sameFiles(current.files, version.files)) return record;
  const savedAt = current ? Math.max(now, current.savedAt + 1) : now;
  const draft = copyDraft({ files: version.files, savedAt });
  const kept = current ? [current, ...record.previousDrafts] : record.previousDrafts;
  return { ...record, draft, previousDrafts: history(draft, kept) };
}
