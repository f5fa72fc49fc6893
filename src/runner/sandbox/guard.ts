/**
 * The loop guard that transformed learner code calls at the top of every loop body. Code in a frame
 * cannot be killed from outside without losing the frame, so the loop stops itself: once the current
 * task has run longer than the budget (or the run's deadline passed) the guard throws `LoopTimeout`.
 */

/** Thrown out of a runaway loop; catching it gains nothing: the guard keeps throwing until the task ends. */
export class LoopTimeout extends Error {
  constructor(readonly file: string, readonly line: number) {
    super(`Loop stopped after running too long (${file}:${line})`);
    this.name = 'LoopTimeout';
  }
}

export interface GuardOptions {
  /** Longest a single task may loop, in ms. */
  budgetMs: number;
  /** Absolute time (same clock as `now`) after which every loop stops; Infinity for a live preview. */
  deadline: number;
  now: () => number;
  /** Schedules the end-of-task reset; a task that never yields never sees it. */
  later: (callback: () => void) => void;
  /** Called when the guard trips (once per runaway task). */
  onTrip: (file: string, line: number) => void;
}

/** Creates the function transformed code calls as `guard(file, line)`. */
export function createGuard(options: GuardOptions): (file: string, line: number) => void {
  let taskStart = -1;
  let tripped: LoopTimeout | undefined;
  return (file, line) => {
    if (tripped) throw tripped;
    if (taskStart < 0) {
      taskStart = options.now();
      options.later(() => {
        taskStart = -1;
        tripped = undefined;
      });
    }
    // The clock is read on every iteration (~25 ns): sparser checks let a growing array eat
    // hundreds of megabytes, and long GC pauses, between two reads.
    const now = options.now();
    if (now - taskStart < options.budgetMs && now < options.deadline) return;
    tripped = new LoopTimeout(file, line);
    options.onTrip(file, line);
    throw tripped;
  };
}
