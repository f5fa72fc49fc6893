import { describe, expect, test } from 'vitest';
import { dayDate, groupByDue, lessonStatus, localDay, statusCounts, type ExerciseState } from './due.ts';

const states = (map: Record<string, ExerciseState>) => (id: string) => map[id] ?? 'not-started';

describe('lessonStatus', () => {
  const exercises = ['a', 'b'];
  test('done when every exercise passed, even after the due day', () => {
    expect(lessonStatus(exercises, states({ a: 'passed', b: 'passed' }), '2026-12-01', '2026-12-07')).toBe('done');
  });
  test('in progress when one is begun, not started when none is', () => {
    expect(lessonStatus(exercises, states({ a: 'passed' }), '2026-12-15', '2026-12-07')).toBe('in-progress');
    expect(lessonStatus(exercises, states({ b: 'started' }), undefined, '2026-12-07')).toBe('in-progress');
    expect(lessonStatus(exercises, states({}), '2026-12-15', '2026-12-07')).toBe('not-started');
  });
  test('late only after the due day, not on it', () => {
    expect(lessonStatus(exercises, states({ a: 'passed' }), '2026-12-06', '2026-12-07')).toBe('late');
    expect(lessonStatus(exercises, states({}), '2026-12-07', '2026-12-07')).toBe('not-started');
  });
  test('a lesson without exercises is never done by itself', () => {
    expect(lessonStatus([], states({}), undefined, '2026-12-07')).toBe('not-started');
  });
});

test('groupByDue: earliest day first, plan order inside a day, undated last', () => {
  const groups = groupByDue([{ lesson: 'x' }, { lesson: 'b', due: '2026-12-15' }, { lesson: 'a', due: '2026-12-08' }, { lesson: 'c', due: '2026-12-15' }]);
  expect(groups).toEqual([
    { due: '2026-12-08', lessons: [{ lesson: 'a', due: '2026-12-08' }] },
    { due: '2026-12-15', lessons: [{ lesson: 'b', due: '2026-12-15' }, { lesson: 'c', due: '2026-12-15' }] },
    { due: undefined, lessons: [{ lesson: 'x' }] },
  ]);
});

test('days are the device calendar days, and a day formats as itself', () => {
  expect(localDay(new Date(2026, 11, 7, 23, 59))).toBe('2026-12-07');
  expect(localDay(dayDate('2026-12-15'))).toBe('2026-12-15');
});

test('statusCounts', () => {
  expect(statusCounts(['done', 'late', 'done'])).toEqual({ done: 2, 'in-progress': 0, 'not-started': 0, late: 1 });
});
