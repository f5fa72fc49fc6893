import type { Exercise, ExerciseFile } from '../lessons/types.ts';

/**
 * The files of a run: the learner's, plus starter files they do not have (an exercise may hide some).
 * What a run loads is also what the page-weight meter weighs.
 */
export function runFiles(exercise: Pick<Exercise, 'starter'>, files: readonly ExerciseFile[]): ExerciseFile[] {
  const names = new Set(files.map((file) => file.name));
  return [...files, ...exercise.starter.filter((file) => !names.has(file.name))];
}
