// The page the lesson checker (and its scale benchmark) drive in Chromium: the app's own runner, nothing else.
import type { Exercise, ExerciseFile } from '../../src/lessons/types.ts';
import { hiddenSandboxFrame } from '../../src/runner/frame-session.ts';
import { createRunner } from '../../src/runner/runner.ts';
import type { RunResult } from '../../src/runner/types.ts';

const runner = createRunner();

// Chromium puts a page's sandboxed frames in a process of their own and ends it with the last such frame:
// every run (one fresh frame each) would start a new process, which took about half of the checker's time.
// One idle frame with the same sandbox keeps that process alive; each run still gets a fresh frame in it.
document.body.append(hiddenSandboxFrame('<!doctype html><title>idle</title>', 'idle sandbox'));

declare global {
  interface Window {
    siriusRun: (exercise: Exercise, files: ExerciseFile[]) => Promise<RunResult>;
  }
}

window.siriusRun = (exercise, files) => runner.run(exercise, files);
document.body.dataset.ready = 'true';
