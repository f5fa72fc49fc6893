/**
 * Merging two progress sets of one learner (an import, a retry after a failed write): nothing earned is ever
 * lost. A pass stays a pass, counts keep their highest value, a revealed solution stays revealed, and of two
 * different drafts the newest becomes current while the other stays recoverable. Pure; commutative,
 * associative and idempotent on restored (normalised) data.
 */
import { copyDraft, distinctDrafts, history } from './draft-history.ts';
import type { Draft, ExerciseRecord, ExerciseStatus, LessonRecord, ProgressSet } from './types.ts';

const RANK: Record<ExerciseStatus, number> = { 'not-started': 0, attempted: 1, passed: 2 };

const earliest = (a: number | undefined, b: number | undefined) => (a === undefined ? b : b === undefined ? a : Math.min(a, b));
const latest = (a: number | undefined, b: number | undefined) => (a === undefined ? b : b === undefined ? a : Math.max(a, b));

/** A key for an exercise record, unique within a profile. */
export const exerciseKey = (lessonId: string, exerciseId: string): string => JSON.stringify([lessonId, exerciseId]);

/** Merges two records of the same exercise. */
export function mergeExercise(a: ExerciseRecord, b: ExerciseRecord): ExerciseRecord {
  const status = RANK[a.status] >= RANK[b.status] ? a.status : b.status;
  const drafts = [a.draft, b.draft, ...a.previousDrafts, ...b.previousDrafts].filter((d): d is Draft => d !== undefined);
  const [draft] = distinctDrafts(drafts);
  const record: ExerciseRecord = {
    lessonId: a.lessonId,
    exerciseId: a.exerciseId,
    status,
    attempts: Math.max(a.attempts, b.attempts),
    hintsUsed: Math.max(a.hintsUsed, b.hintsUsed),
    solutionRevealed: a.solutionRevealed || b.solutionRevealed,
    draft: draft && copyDraft(draft),
    previousDrafts: history(draft, drafts).map(copyDraft),
  };
  const lastRunAt = latest(a.lastRunAt, b.lastRunAt);
  if (lastRunAt !== undefined) record.lastRunAt = lastRunAt;
  const passedAt = earliest(a.passedAt, b.passedAt);
  if (status === 'passed' && passedAt !== undefined) record.passedAt = passedAt;
  return record;
}

/** Merges two records of the same lesson: it stays completed, since the first time. */
export function mergeLesson(a: LessonRecord, b: LessonRecord): LessonRecord {
  const completedAt = earliest(a.completedAt, b.completedAt);
  return completedAt === undefined ? { lessonId: a.lessonId } : { lessonId: a.lessonId, completedAt };
}

function byKey<T>(items: readonly T[], key: (item: T) => string, combine: (a: T, b: T) => T): Map<string, T> {
  const map = new Map<string, T>();
  for (const item of items) {
    const k = key(item);
    const seen = map.get(k);
    map.set(k, seen ? combine(seen, item) : item);
  }
  return map;
}

const compareKeys = ([a]: [string, unknown], [b]: [string, unknown]) => (a < b ? -1 : a > b ? 1 : 0);

/** The union of several progress sets of one profile, records of the same exercise or lesson merged, sorted. */
export function mergeSets(...sets: ProgressSet[]): ProgressSet {
  const exercises = byKey(
    sets.flatMap((set) => set.exercises),
    (record) => exerciseKey(record.lessonId, record.exerciseId),
    mergeExercise,
  );
  const lessons = byKey(
    sets.flatMap((set) => set.lessons),
    (record) => record.lessonId,
    mergeLesson,
  );
  // A record alone still goes through its merge, with itself, so every output is normalised the same way.
  return {
    exercises: [...exercises].sort(compareKeys).map(([, record]) => mergeExercise(record, record)),
    lessons: [...lessons].sort(compareKeys).map(([, record]) => mergeLesson(record, record)),
  };
}
