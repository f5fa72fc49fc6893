/**
 * The small interface the exercise workspace keeps its drafts through, so it never sees IndexedDB, profiles or
 * other tabs: `load` when an exercise opens, `save` (debounced, and on page hide) as the learner types.
 */
import type { DraftChangeListener, Progress } from './progress.svelte.ts';
import type { Draft, DraftFile } from './types.ts';

export interface DraftStore {
  /** The saved draft, if any; later saves are checked against it, so another tab's save is never overwritten. */
  load(lessonId: string, exerciseId: string): Promise<Draft | undefined>;
  /** Saves the editor's files (only `name` and `content` are kept). Never rejects: a failed write stays in memory. */
  save(lessonId: string, exerciseId: string, files: readonly DraftFile[]): Promise<void>;
  /**
   * `listener` hears of a different draft saved for an exercise elsewhere (another tab), so the workspace can
   * show "changed in another tab" and offer that version. Returns the unsubscribe function.
   */
  onChangedElsewhere(listener: DraftChangeListener): () => void;
}

/** The learner's drafts, kept with the rest of their progress. */
export function progressDrafts(progress: Progress): DraftStore {
  return {
    load: (lessonId, exerciseId) => progress.loadDraft(lessonId, exerciseId),
    save: (lessonId, exerciseId, files) => progress.saveDraft(lessonId, exerciseId, files),
    onChangedElsewhere: (listener) => progress.onDraftChangedElsewhere(listener),
  };
}
