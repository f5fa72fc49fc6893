/**
 * The loop guard that transformed learner code calls every TURNS_PER_CALL loop turns or function calls
 * (see loop-guard.ts). Code in a frame cannot be killed from outside without losing the frame, so
 * the loop stops itself: once the current task has run longer than the budget (or the run's deadline
 * passed) the guard throws `LoopTimeout`.
 *
 * Reading the clock costs hundreds of nanoseconds in a browser, far more than a loop turn, so the guard
 * only counts calls and reads the clock every `stride` calls. The stride adapts to the time measured
 * between two reads (aiming at CHECK_MS): a loop whose turns get slower (a growing array, garbage
 * collection) is read more often.
 */

import { TURNS_PER_CALL } from '../protocol.ts';

/** Why the guard stopped a loop: one task ran past its budget, or the run's deadline passed. */
export type TripReason = 'budget' | 'deadline';

/** Thrown out of a runaway loop; catching it gains nothing: the guard keeps throwing until the task ends. */
export class LoopTimeout extends Error {
  constructor(readonly file: string, readonly line: number, readonly reason: TripReason = 'budget') {
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
  onTrip: (file: string, line: number, reason: TripReason) => void;
}

/** The guard transformed code calls, and `newTask()` for the runner's own task boundaries. */
export interface Guard {
  (file: string, line: number): void;
  /** Function calls left before guarded code calls the guard again; every guard call resets it. */
  calls: number;
  /** Starts a fresh budget, as if the current task had ended (the runner between two tests). */
  newTask: () => void;
}

/** Aimed time between two clock reads, in ms. */
export const CHECK_MS = 2;
/**
 * The stride never grows past this many calls between two reads, nor by more than doubling at once, and
 * starts again at 1 in every task: a loop whose turns suddenly take much longer than the turns measured
 * before it overshoots by at most MAX_STRIDE calls (× TURNS_PER_CALL turns, 64 K turns), once.
 */
export const MAX_STRIDE = 32;

/** How much longer than the last gap between two reads the next one may be (a copy 1.5× bigger, a GC on top). */
const GAP_GROWTH = 3;

/** Creates the function transformed code calls as `guard(file, line)`. */
export function createGuard(options: GuardOptions): Guard {
  const { budgetMs, deadline, now, later, onTrip } = options;
  let countdown = 0;
  let stride = 1;
  let taskStart = -1;
  let lastRead = 0;
  let gap = 0;
  let tripped: LoopTimeout | undefined;

  const endTask = () => {
    taskStart = -1;
    tripped = undefined;
    countdown = 0;
  };

  // The slow path: a new task, a clock read, or a loop already stopped.
  const check = (file: string, line: number) => {
    if (tripped) throw tripped;
    const time = now();
    if (taskStart < 0) {
      taskStart = time;
      stride = 1;
      gap = 0;
      later(endTask);
    } else {
      const elapsed = time - lastRead;
      gap = elapsed;
      const scaled = elapsed > 0 ? Math.floor((stride * CHECK_MS) / elapsed) : stride * 2;
      stride = Math.max(1, Math.min(scaled, stride * 2, MAX_STRIDE));
    }
    lastRead = time;
    countdown = stride;
    // The next read may come as late as GAP_GROWTH times the last gap (a growing array's copy takes longer each
    // time): stop now rather than after the limit, so the report still arrives before the host gives up.
    const late = time + GAP_GROWTH * gap;
    const overBudget = late - taskStart >= budgetMs;
    if (!overBudget && late < deadline) return;
    tripped = new LoopTimeout(file, line, overBudget ? 'budget' : 'deadline');
    countdown = 0;
    onTrip(file, line, tripped.reason);
    throw tripped;
  };

  const guard = ((file: string, line: number) => {
    guard.calls = TURNS_PER_CALL - 1;
    if (--countdown > 0) return;
    check(file, line);
  }) as Guard;
  // 0: the first function call of the run calls the guard, which starts the task's clock.
  guard.calls = 0;
  guard.newTask = endTask;
  return guard;
}
