import { whenIdle } from '../components/idle.ts';
import { filesFrom, solutionFiles } from '../lessons/exercise-files.ts';
import type { Exercise, ExerciseFile } from '../lessons/types.ts';
import type { ExerciseProgress } from '../progress/exercise-progress.ts';
import type { Draft } from '../progress/types.ts';
import type { RunResult, Runner } from '../runner/types.ts';

/** How long typing must pause before a draft is saved (then when the browser is idle; on page hide at once). */
export const DRAFT_DELAY_MS = 600;

export interface WorkspaceOptions {
  exercise: Exercise;
  /** The learner's progress on this exercise only. */
  progress: ExerciseProgress;
  /** The page's runner, created on first use. */
  runner: () => Promise<Runner>;
  /** For a step that continues an earlier exercise (`starter-from`): the learner's latest files there. */
  startFrom?: () => Draft | undefined;
}

/**
 * Why the last run ended without a result the learner can trust, outside the sandbox: the runner could not
 * be downloaded (weak wifi), it crashed, or the result could not be stored. The workspace says so and offers
 * to try again; the learner's files stay as they are.
 */
export type RunFailure = 'download' | 'crash' | 'storage';

/**
 * One exercise being worked on: the learner's files, runs and their results, hints, the solution, and
 * drafts saved as they type. The components only show it and call its methods.
 */
export class ExerciseWorkspace {
  readonly exercise: Exercise;
  #options: WorkspaceOptions;
  #files = $state<ExerciseFile[]>([]);
  #active = $state('');
  #result = $state.raw<RunResult | undefined>(undefined);
  #running = $state(false);
  #hintsShown = $state(0);
  #solutionShown = $state(false);
  #beforeReset = $state.raw<ExerciseFile[] | undefined>(undefined);
  #elsewhere = $state.raw<Draft | undefined>(undefined);
  #loaded = $state(false);
  /** The learner has files of their own here; until then a continued step follows the step before it. */
  #own = $state(false);
  /** Where the exercise starts: the written starter, with the learner's files of the step it continues over it. */
  #start: ExerciseFile[];
  #failure = $state<RunFailure | undefined>(undefined);
  #cancelSave: () => void = () => {};
  #dirty = false;
  #stopListening: () => void = () => {};

  constructor(options: WorkspaceOptions) {
    this.#options = options;
    this.exercise = options.exercise;
    this.#start = $derived(filesFrom(options.exercise, options.startFrom?.()));
    this.#active = options.exercise.starter[0]?.name ?? '';
    const record = options.progress.record;
    this.#hintsShown = record?.hintsUsed ?? 0;
    this.#solutionShown = record?.solutionRevealed ?? false;
  }

  /** Brings back the saved draft and starts listening for saves from other tabs. */
  async load(): Promise<void> {
    const { progress, exercise } = this.#options;
    const draft = await progress.loadDraft();
    if (!this.#dirty && draft) {
      this.#files = filesFrom(exercise, draft);
      this.#own = true;
    }
    this.#loaded = true;
    this.#stopListening = progress.onChangedElsewhere((other) => (this.#elsewhere = other));
  }

  get files(): ExerciseFile[] {
    return this.#own ? this.#files : this.#start;
  }
  get loaded(): boolean {
    return this.#loaded;
  }
  get active(): ExerciseFile | undefined {
    return this.files.find((file) => file.name === this.#active) ?? this.files[0];
  }
  get result(): RunResult | undefined {
    return this.#result;
  }
  get running(): boolean {
    return this.#running;
  }
  get passed(): boolean {
    return this.#result?.status === 'passed' || this.#options.progress.record?.status === 'passed';
  }
  /** The last run's failure outside the sandbox, until the next run. */
  get failure(): RunFailure | undefined {
    return this.#failure;
  }
  /** Earlier versions of the learner's files kept for this exercise (after a merge or another tab's save), newest first. */
  get previousVersions(): readonly Draft[] {
    return this.#options.progress.record?.previousDrafts ?? [];
  }
  get hintsShown(): number {
    return this.#hintsShown;
  }
  get solutionShown(): boolean {
    return this.#solutionShown;
  }
  /** The learner has run the code at least once, in this visit or before. */
  get hasRun(): boolean {
    return this.#result !== undefined || (this.#options.progress.record?.attempts ?? 0) > 0;
  }
  /** The last hint and the solution wait for a first run: trying comes before reading the answer (`hints=open` lifts it). */
  get answerLocked(): boolean {
    return !this.exercise.hintsOpen && !this.hasRun;
  }
  /** The files as they were before "reset to starter", while the reset can be undone. */
  get canUndoReset(): boolean {
    return this.#beforeReset !== undefined;
  }
  /** A different draft saved in another tab, until the learner picks one. */
  get changedElsewhere(): Draft | undefined {
    return this.#elsewhere;
  }

  select(name: string): void {
    this.#active = name;
  }

  /** The learner's first change makes the files theirs (a continued step stops following the step before). */
  #adopt(): void {
    if (this.#own) return;
    this.#files = this.#start.map((file) => ({ ...file }));
    this.#own = true;
  }

  edit(name: string, content: string): void {
    this.#adopt();
    const file = this.#files.find((candidate) => candidate.name === name);
    if (!file || file.content === content) return;
    file.content = content;
    this.#beforeReset = undefined;
    this.#scheduleSave();
    // The learner is writing, Run comes next: the runner downloads now, in the background, not on the click.
    // A failure here is reported by the run itself.
    this.#options.runner().catch(() => undefined);
  }

  #scheduleSave() {
    this.#dirty = true;
    this.#cancelSave();
    // A save (storage, the crash journal, the page's progress) never holds up a keystroke: it waits for a pause
    // in typing, then for a moment when the browser has nothing to show.
    const timer = setTimeout(() => (this.#cancelSave = whenIdle(() => void this.flush())), DRAFT_DELAY_MS);
    this.#cancelSave = () => clearTimeout(timer);
  }

  /** Saves the draft now if it changed (on page hide, before a reload, when leaving the lesson). */
  async flush(): Promise<void> {
    this.#cancelSave();
    if (!this.#dirty) return;
    this.#dirty = false;
    await this.#options.progress.saveDraft($state.snapshot(this.#files).map(({ name, content }) => ({ name, content })));
  }

  /**
   * Runs the trainer's tests on the learner's files and records the attempt. Never rejects: a failure outside
   * the sandbox is kept in `failure` (and logged for whoever debugs it); the files are untouched.
   */
  async run(): Promise<RunResult | undefined> {
    const result = await this.#runOn($state.snapshot(this.files));
    if (!result) return undefined;
    const { progress } = this.#options;
    try {
      await Promise.all([progress.recordRun(result.status === 'passed'), this.flush()]);
    } catch (error) {
      console.error(error);
    }
    if (progress.writeFailed) this.#failure = 'storage';
    return result;
  }

  /**
   * For trainers previewing a lesson (`npm run dev`): runs the tests on the trainer's solution or on the
   * starter, as the lesson checker does, without touching the learner's files or progress.
   */
  async check(which: 'solution' | 'starter'): Promise<RunResult | undefined> {
    return this.#runOn(which === 'solution' ? solutionFiles(this.exercise) : filesFrom(this.exercise, undefined));
  }

  async #runOn(files: ExerciseFile[]): Promise<RunResult | undefined> {
    this.#running = true;
    this.#failure = undefined;
    let stage: RunFailure = 'download';
    try {
      const runner = await this.#options.runner();
      stage = 'crash';
      this.#result = await runner.run(this.exercise, files);
      return this.#result;
    } catch (error) {
      console.error(error);
      this.#failure = stage;
      return undefined;
    } finally {
      this.#running = false;
    }
  }

  showNextHint(): void {
    const total = this.exercise.hintsHtml.length;
    if (this.#hintsShown >= total || (this.#hintsShown === total - 1 && this.answerLocked)) return;
    this.#hintsShown++;
    void this.#options.progress.recordHints(this.#hintsShown);
  }

  revealSolution(): void {
    if (this.answerLocked) return;
    this.#solutionShown = true;
    void this.#options.progress.recordSolutionRevealed();
  }

  /** Puts the starting files back (a continued step: the step before); the learner's files stay available to `undoReset`. */
  resetToStarter(): void {
    this.#adopt();
    this.#beforeReset = $state.snapshot(this.#files);
    this.#files = this.#start.map((file) => ({ ...file }));
    this.#result = undefined;
    this.#scheduleSave();
  }

  undoReset(): void {
    if (!this.#beforeReset) return;
    this.#files = this.#beforeReset;
    this.#beforeReset = undefined;
    this.#scheduleSave();
  }

  /** Takes the version saved in another tab (the current one is kept in the draft history by the store). */
  useOtherVersion(): void {
    if (!this.#elsewhere) return;
    this.#files = filesFrom(this.exercise, this.#elsewhere);
    this.#own = true;
    this.#elsewhere = undefined;
    this.#scheduleSave();
  }

  /** Brings back a kept version (from "Versions précédentes"); the current files become a kept version. */
  async restoreVersion(version: Draft): Promise<void> {
    await this.flush();
    await this.#options.progress.restoreDraft(version);
    this.#files = filesFrom(this.exercise, version);
    this.#own = true;
    this.#beforeReset = undefined;
  }

  keepMine(): void {
    this.#elsewhere = undefined;
    this.#scheduleSave();
  }

  dispose(): void {
    void this.flush();
    this.#stopListening();
  }
}
