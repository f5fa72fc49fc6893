/** Reports, stored rosters and backup files made before an exercise moved count it in its new lesson. */
import { expect, test } from 'vitest';
import { emptyRecord, withRun } from '../progress/exercise-record.ts';
import { profile } from '../progress/testing.ts';
import type { ProgressSnapshot } from '../progress/types.ts';
import { memberFromBackup, pickBackup } from './backup.ts';
import { knownLessons } from './links.ts';
import { readReport } from './report.ts';
import { readMember } from './roster.ts';

const OLD = 'back-end/values-and-functions';
const NEW = 'back-end/texts-and-modules';
const catalog = { tracks: [{ lessons: [{ id: OLD, exercises: ['greet'] }, { id: NEW, exercises: ['order-message'], moves: [{ exerciseId: 'order-message', from: OLD }] }] }] };
const known = knownLessons(catalog);

test('the catalog\'s moves reach what reports and files are checked against', () => {
  expect(known[1]).toEqual({ id: NEW, exercises: ['order-message'], moves: [{ exerciseId: 'order-message', from: OLD }] });
  expect('moves' in known[0]!).toBe(false);
});

test('an older report counts the moved exercise in its new lesson; other exercises stay', () => {
  const raw = { planId: 'web-b', className: 'Web B', learnerId: 'amina', learner: 'Amina', sentAt: 5, lessons: { [OLD]: { 'order-message': 'passed', greet: 'started' } } };
  const reading = readReport(raw, known);
  expect(reading).toEqual({
    ok: true,
    unknownLessons: [],
    report: { ...raw, lessons: { [OLD]: { greet: 'started' }, [NEW]: { 'order-message': 'passed' } } },
  });
  expect(readMember({ id: 'amina', name: 'Amina', updatedAt: 5, lessons: raw.lessons }, known).lessons).toEqual({ [OLD]: { greet: 'started' }, [NEW]: { 'order-message': 'passed' } });
});

test('a backup file made before the move imports, and shows in the class, at the new place', () => {
  const passed = withRun(emptyRecord(OLD, 'order-message'), true, 4);
  const snapshot: ProgressSnapshot = { profile: profile({ id: 'amina' }), progress: { exercises: [passed], lessons: [] }, quarantine: [] };
  const read = { ok: true as const, snapshot, quarantined: 0, fromVersion: 1 };
  expect(pickBackup(read, known, 9).snapshot.progress.exercises).toEqual([{ ...passed, lessonId: NEW }]);
  expect(memberFromBackup(read, known).lessons).toEqual({ [NEW]: { 'order-message': 'passed' } });
});
