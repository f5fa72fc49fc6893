import { describe, expect, test } from 'vitest';
import { movesOf, type ExerciseMove } from './exercise-moves.ts';
import { rehome, rehomeProgress } from './rehome.ts';
import { draft, exercise } from './testing.ts';
import type { ExerciseRecord, ProgressSet } from './types.ts';

const OLD = 'back-end/values-and-functions';
const NEW = 'back-end/texts-and-modules';
const MOVE: ExerciseMove = { exerciseId: 'order-message', from: OLD, to: NEW };
const at = (lessonId: string, fields: Partial<ExerciseRecord> = {}) => exercise({ lessonId, exerciseId: 'order-message', ...fields });
const set = (...exercises: ExerciseRecord[]): ProgressSet => ({ exercises, lessons: [{ lessonId: OLD, completedAt: 5 }] });

describe('rehome', () => {
  test('a record of the former lesson moves, whole, to the new place when that place is empty', () => {
    const passed = at(OLD, { status: 'passed', passedAt: 10, attempts: 3, hintsUsed: 2, solutionRevealed: true, draft: draft('mine', 12), previousDrafts: [draft('older', 11)] });
    const { progress, written, removed } = rehomeProgress(set(passed), [MOVE]);
    expect(progress.exercises).toEqual([{ ...passed, lessonId: NEW }]);
    expect(written).toEqual([{ ...passed, lessonId: NEW }]);
    expect(removed).toEqual([passed]);
    expect(progress.lessons).toEqual([{ lessonId: OLD, completedAt: 5 }]);
  });

  test('when both places hold a record, a pass wins over a newer try, with its own drafts and history', () => {
    const passedBefore = at(OLD, { status: 'passed', passedAt: 10, draft: draft('passing', 10), previousDrafts: [draft('first', 9)] });
    const newerTry = at(NEW, { status: 'attempted', lastRunAt: 50, draft: draft('new try', 50) });
    expect(rehomeProgress(set(passedBefore, newerTry), [MOVE]).progress.exercises).toEqual([{ ...passedBefore, lessonId: NEW }]);
    const passedHere = at(NEW, { status: 'passed', passedAt: 3, draft: draft('here', 3) });
    const result = rehomeProgress(set(at(OLD, { status: 'attempted', lastRunAt: 90 }), passedHere), [MOVE]);
    expect(result.progress.exercises).toEqual([passedHere]);
    expect(result.written).toEqual([]);
    expect(result.removed).toHaveLength(1);
  });

  test('between two passes, or two tries, the newest is kept', () => {
    const older = at(NEW, { status: 'attempted', lastRunAt: 10, draft: draft('older', 10) });
    const newer = at(OLD, { status: 'attempted', lastRunAt: 5, draft: draft('newer', 40) });
    expect(rehomeProgress(set(older, newer), [MOVE]).progress.exercises).toEqual([{ ...newer, lessonId: NEW }]);
    const passOld = at(OLD, { status: 'passed', passedAt: 10 });
    const passNew = at(NEW, { status: 'passed', passedAt: 20 });
    expect(rehomeProgress(set(passOld, passNew), [MOVE]).progress.exercises).toEqual([passNew]);
  });

  test('running it again changes nothing, and other records are never touched', () => {
    const other = exercise({ lessonId: OLD, exerciseId: 'greet', status: 'passed', passedAt: 1 });
    const elsewhere = exercise({ lessonId: 'front-end/first-page', exerciseId: 'order-message', status: 'attempted' });
    const first = rehomeProgress(set(other, at(OLD, { status: 'passed', passedAt: 4 }), elsewhere), [MOVE]);
    expect(first.progress.exercises).toContainEqual(other);
    expect(first.progress.exercises).toContainEqual(elsewhere);
    const again = rehomeProgress(first.progress, [MOVE]);
    expect(again.progress).toBe(first.progress);
    expect([again.written, again.removed]).toEqual([[], []]);
    const none = set(other);
    expect(rehomeProgress(none, [MOVE]).progress).toBe(none);
  });

  test('works on any record with a place and a state (a class report)', () => {
    const reported = [{ lessonId: OLD, exerciseId: 'order-message', status: 'passed' }, { lessonId: OLD, exerciseId: 'greet', status: 'started' }];
    expect(rehome(reported, [MOVE]).records).toEqual([{ lessonId: OLD, exerciseId: 'greet', status: 'started' }, { lessonId: NEW, exerciseId: 'order-message', status: 'passed' }]);
  });
});

test('movesOf lists every move of the lessons with the lesson it goes to', () => {
  expect(movesOf([{ id: OLD }, { id: NEW, moves: [{ exerciseId: 'order-message', from: OLD }] }])).toEqual([MOVE]);
});
