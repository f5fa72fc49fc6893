import { expect, test } from 'vitest';
import { lastChangeAt, needsBackup } from './backup.ts';
import { draft, exercise } from './testing.ts';

const progress = {
  exercises: [exercise({ draft: draft('x', 40), lastRunAt: 30, passedAt: 30, status: 'passed' as const })],
  lessons: [{ lessonId: 'l', completedAt: 50 }],
};

test('the latest change is the newest draft, run, pass or completion', () => {
  expect(lastChangeAt(progress)).toBe(50);
  expect(lastChangeAt({ exercises: [], lessons: [] })).toBeUndefined();
});

test('a backup is needed when there is progress newer than the last export', () => {
  expect(needsBackup({ exercises: [], lessons: [] }, undefined)).toBe(false);
  expect(needsBackup(progress, undefined)).toBe(true);
  expect(needsBackup(progress, 49)).toBe(true);
  expect(needsBackup(progress, 50)).toBe(false);
});
