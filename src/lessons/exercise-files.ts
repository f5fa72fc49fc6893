import type { ExerciseFile } from './types.ts';

interface WithFiles {
  starter: ExerciseFile[];
  solution: ExerciseFile[];
}

/** The starter files with saved contents laid over them (saved files never add or drop a file). */
export function filesFrom(exercise: WithFiles, saved: { files: { name: string; content: string }[] } | undefined): ExerciseFile[] {
  return exercise.starter.map((file) => ({
    ...file,
    content: saved?.files.find((candidate) => candidate.name === file.name)?.content ?? file.content,
  }));
}

/** The solution as complete files: files the solution does not list keep their starter content. */
export function solutionFiles(exercise: WithFiles): ExerciseFile[] {
  return exercise.starter.map((file) => exercise.solution.find((solved) => solved.name === file.name) ?? file);
}
