import { describe, expect, test } from 'vitest';
import { mergeExercise, mergeLesson, mergeSets } from './merge.ts';
import { draft, exercise } from './testing.ts';
import { MAX_PREVIOUS_DRAFTS, type ExerciseRecord, type ExerciseStatus, type LessonRecord, type ProgressSet } from './types.ts';

describe('mergeExercise', () => {
  test('a passed exercise stays passed, since the earliest pass', () => {
    const home = exercise({ status: 'passed', passedAt: 20, attempts: 2 });
    const school = exercise({ status: 'passed', passedAt: 10, attempts: 1 });
    const fresh = exercise({ status: 'attempted', attempts: 9 });
    expect(mergeExercise(home, school)).toMatchObject({ status: 'passed', passedAt: 10 });
    expect(mergeExercise(fresh, home)).toMatchObject({ status: 'passed', passedAt: 20, attempts: 9 });
  });

  test('counts take the highest value, a revealed solution stays revealed, the latest run is kept', () => {
    const a = exercise({ status: 'attempted', attempts: 3, hintsUsed: 1, solutionRevealed: true, lastRunAt: 5 });
    const b = exercise({ status: 'attempted', attempts: 1, hintsUsed: 2, solutionRevealed: false, lastRunAt: 8 });
    expect(mergeExercise(a, b)).toMatchObject({ attempts: 3, hintsUsed: 2, solutionRevealed: true, lastRunAt: 8 });
  });

  test('of two drafts the newest is current and the other is recoverable', () => {
    const merged = mergeExercise(exercise({ draft: draft('home', 30) }), exercise({ draft: draft('school', 20) }));
    expect(merged.draft).toEqual(draft('home', 30));
    expect(merged.previousDrafts).toEqual([draft('school', 20)]);
  });

  test('identical drafts are kept once', () => {
    const merged = mergeExercise(exercise({ draft: draft('same', 30) }), exercise({ draft: draft('same', 20), previousDrafts: [draft('same', 10)] }));
    expect(merged.draft).toEqual(draft('same', 30));
    expect(merged.previousDrafts).toEqual([]);
  });

  test('a draft on one side only survives', () => {
    expect(mergeExercise(exercise(), exercise({ draft: draft('mine', 1) })).draft).toEqual(draft('mine', 1));
  });

  test('recoverable versions are bounded, newest kept', () => {
    const a = exercise({ draft: draft('a', 100), previousDrafts: [1, 3, 5, 7, 9].map((t) => draft(`a${t}`, t)) });
    const b = exercise({ draft: draft('b', 50), previousDrafts: [2, 4, 6, 8, 10].map((t) => draft(`b${t}`, t)) });
    const merged = mergeExercise(a, b);
    expect(merged.previousDrafts.map((d) => d.savedAt)).toEqual([50, 10, 9, 8, 7].slice(0, MAX_PREVIOUS_DRAFTS));
  });

  test('returns new objects: changing the result changes neither input', () => {
    const a = exercise({ draft: draft('a', 1) });
    const merged = mergeExercise(a, a);
    merged.draft?.files.push({ name: 'x', content: '' });
    expect(a.draft?.files).toHaveLength(1);
  });
});

describe('mergeLesson', () => {
  test('stays completed, since the first completion', () => {
    expect(mergeLesson({ lessonId: 'l' }, { lessonId: 'l', completedAt: 9 })).toEqual({ lessonId: 'l', completedAt: 9 });
    expect(mergeLesson({ lessonId: 'l', completedAt: 4 }, { lessonId: 'l', completedAt: 9 })).toEqual({ lessonId: 'l', completedAt: 4 });
    expect(mergeLesson({ lessonId: 'l' }, { lessonId: 'l' })).toEqual({ lessonId: 'l' });
  });
});

describe('mergeSets', () => {
  test('is the union of both sides, sorted', () => {
    const a: ProgressSet = { exercises: [exercise({ lessonId: 'b', exerciseId: 'x', status: 'passed', passedAt: 1 })], lessons: [{ lessonId: 'b', completedAt: 1 }] };
    const b: ProgressSet = { exercises: [exercise({ lessonId: 'a', exerciseId: 'y', status: 'attempted' })], lessons: [{ lessonId: 'a' }] };
    expect(mergeSets(a, b)).toEqual({ exercises: [b.exercises[0], a.exercises[0]], lessons: [b.lessons[0], a.lessons[0]] });
  });

  // Every combination drawn from a small pool: the laws must hold for all of them, not for a chosen few.
  const STATUSES: ExerciseStatus[] = ['not-started', 'attempted', 'passed'];
  const POOL = [draft('one', 10), draft('two', 20), draft('one', 30), draft('three', 20)];
  function* records(): Generator<ExerciseRecord> {
    for (const status of STATUSES)
      for (let d = -1; d < POOL.length; d++)
        for (let p = 0; p < 3; p++) {
          const current = POOL[d];
          yield mergeExercise(
            ...([0, 1].map(() =>
              exercise({
                status,
                attempts: d + 1,
                hintsUsed: p,
                solutionRevealed: p === 2,
                draft: current,
                previousDrafts: POOL.slice(0, p),
                ...(status === 'passed' ? { passedAt: 5 + p } : {}),
                ...(d >= 0 ? { lastRunAt: d } : {}),
              }),
            ) as [ExerciseRecord, ExerciseRecord]),
          );
        }
  }
  const all = [...records()];
  const sets: ProgressSet[] = all.map((record, i) => ({
    exercises: [record, exercise({ exerciseId: `other-${i % 3}`, attempts: i })],
    lessons: [{ lessonId: `l${i % 2}`, ...(i % 3 ? { completedAt: i } : {}) } satisfies LessonRecord],
  }));

  test(`is commutative over ${all.length ** 2} pairs`, () => {
    for (const a of all) for (const b of all) expect(mergeExercise(a, b)).toEqual(mergeExercise(b, a));
    for (const a of sets) for (const b of sets) expect(mergeSets(a, b)).toEqual(mergeSets(b, a));
  });

  test('is idempotent, and merging with nothing changes nothing', () => {
    for (const a of sets) {
      expect(mergeSets(a, a)).toEqual(mergeSets(a));
      expect(mergeSets(mergeSets(a), { exercises: [], lessons: [] })).toEqual(mergeSets(a));
    }
  });

  test('is associative (import order does not matter)', () => {
    const sample = sets.filter((_, i) => i % 4 === 0);
    for (const a of sample) for (const b of sample) for (const c of sample) expect(mergeSets(mergeSets(a, b), c)).toEqual(mergeSets(a, mergeSets(b, c)));
  });

  test('never loses a pass or a distinct draft (up to the bound)', () => {
    for (const a of all)
      for (const b of all) {
        const merged = mergeExercise(a, b);
        if (a.status === 'passed' || b.status === 'passed') expect(merged.status).toBe('passed');
        const kept = [merged.draft, ...merged.previousDrafts].map((d) => d?.files[0]?.content);
        for (const d of [a.draft, b.draft]) if (d) expect(kept).toContain(d.files[0]?.content);
      }
  });
});
