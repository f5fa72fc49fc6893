/**
 * An exercise that moved to another lesson (`moved-from` in the lesson format) keeps its id: every record stored
 * under `[former lesson, id]` goes to `[new lesson, id]`. One rule for the device's records, backup files and the
 * trainer's class reports. Pure; idempotent (once moved, nothing is left at the former place); records no move
 * names are never touched.
 */
import type { ExerciseMove } from './exercise-moves.ts';
import { exerciseKey } from './merge.ts';
import type { ExerciseRecord, ProgressSet } from './types.ts';

/** What the rule reads of a record: where it is, whether it passed, and when the learner last touched it. */
export interface Placed {
  lessonId: string;
  exerciseId: string;
  status: string;
  lastRunAt?: number | undefined;
  passedAt?: number | undefined;
  draft?: { savedAt: number } | undefined;
}

export interface Rehomed<T> {
  records: T[];
  /** Records now at a new place (to store). */
  written: T[];
  /** Records of the former places, as they were (to delete). */
  removed: T[];
}

const touchedAt = (record: Placed) => Math.max(record.draft?.savedAt ?? 0, record.lastRunAt ?? 0, record.passedAt ?? 0);
const passed = (record: Placed) => record.status === 'passed';

/** Of a record already at the new place and one arriving: passed beats not passed, then the newest; a tie stays. */
function better<T extends Placed>(present: T, arriving: T): T {
  if (passed(present) !== passed(arriving)) return passed(present) ? present : arriving;
  return touchedAt(arriving) > touchedAt(present) ? arriving : present;
}

/** `records` with every record of a moved exercise at its new place; the kept record keeps its drafts and history. */
export function rehome<T extends Placed>(records: readonly T[], moves: readonly ExerciseMove[]): Rehomed<T> {
  const byKey = new Map(records.map((record) => [exerciseKey(record.lessonId, record.exerciseId), record]));
  const written: T[] = [];
  const removed: T[] = [];
  for (const move of moves) {
    const fromKey = exerciseKey(move.from, move.exerciseId);
    const former = byKey.get(fromKey);
    if (!former) continue;
    const toKey = exerciseKey(move.to, move.exerciseId);
    const present = byKey.get(toKey);
    const arriving: T = { ...former, lessonId: move.to };
    const kept = present ? better(present, arriving) : arriving;
    byKey.delete(fromKey);
    removed.push(former);
    byKey.set(toKey, kept);
    if (kept !== present) written.push(kept);
  }
  return { records: removed.length === 0 ? [...records] : [...byKey.values()], written, removed };
}

const byPlace = (a: ExerciseRecord, b: ExerciseRecord) => {
  const [ka, kb] = [exerciseKey(a.lessonId, a.exerciseId), exerciseKey(b.lessonId, b.exerciseId)];
  return ka < kb ? -1 : ka > kb ? 1 : 0;
};

/** A learner's whole progress with moved exercises at their new place (lesson records stay: a lesson id never changes). */
export function rehomeProgress(progress: ProgressSet, moves: readonly ExerciseMove[]): { progress: ProgressSet } & Omit<Rehomed<ExerciseRecord>, 'records'> {
  const { records, written, removed } = rehome(progress.exercises, moves);
  if (removed.length === 0) return { progress, written, removed };
  return { progress: { exercises: records.sort(byPlace), lessons: progress.lessons }, written, removed };
}
