/**
 * Exercises that moved to another lesson, as the catalog declares them, and the one question the home page
 * needs answered: does this learner have a record at a former place? Only then is the rule that moves records
 * (`rehome.ts`) downloaded. Pure.
 */
import type { LessonMove } from '../lessons/types.ts';
import { exerciseKey } from './merge.ts';

/** Exercise `exerciseId` is now in lesson `to`; learners' records may still say `from`. */
export interface ExerciseMove {
  exerciseId: string;
  from: string;
  to: string;
}

/** Every move these lessons declare (the served catalog carries them, no lesson body is needed). */
export const movesOf = (lessons: readonly { id: string; moves?: readonly LessonMove[] | undefined }[]): ExerciseMove[] =>
  lessons.flatMap((lesson) => (lesson.moves ?? []).map(({ exerciseId, from }) => ({ exerciseId, from, to: lesson.id })));

/** Whether any of `records` sits at the former place of a moved exercise. */
export function hasMovedRecords(records: readonly { lessonId: string; exerciseId: string }[], moves: readonly ExerciseMove[]): boolean {
  if (moves.length === 0) return false;
  const former = new Set(moves.map((move) => exerciseKey(move.from, move.exerciseId)));
  return records.some((record) => former.has(exerciseKey(record.lessonId, record.exerciseId)));
}
