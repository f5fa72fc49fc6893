// The page the lesson checker (and the benchmark) drive in Chromium: the app's own runner, nothing else.
import type { Exercise, ExerciseFile } from '../../src/lessons/types.ts';
import { createRunner } from '../../src/runner/runner.ts';
import type { RunResult } from '../../src/runner/types.ts';

const runner = createRunner();

declare global {
  interface Window {
    siriusRun: (exercise: Exercise, files: ExerciseFile[]) => Promise<RunResult>;
  }
}

window.siriusRun = (exercise, files) => runner.run(exercise, files);
document.body.dataset.ready = 'true';
