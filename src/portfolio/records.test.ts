import { expect, test } from 'vitest';
import type { Catalog, LessonEntry } from '../lessons/types.ts';
import { emptyRecord } from '../progress/exercise-record.ts';
import type { ExerciseRecord } from '../progress/types.ts';
import { projectWork, trackWork, type RecordReader } from './records.ts';

const lesson = (id: string, exercises: string[]): LessonEntry => ({ id, track: id.split('/')[0]!, order: 1, locales: ['fr'], duration: 10, level: 'beginner', prerequisites: [], exercises });
const catalog: Catalog = {
  tracks: [
    { id: 'front-end', order: 1, title: { fr: 'Front' }, description: { fr: '' }, lessons: [lesson('front-end/first', ['a', 'b']), lesson('front-end/project', ['s1', 's2', 's3'])] },
    { id: 'back-end', order: 2, title: { fr: 'Back' }, description: { fr: '' }, lessons: [lesson('back-end/project', ['x'])] },
  ],
};

function reader(records: Partial<ExerciseRecord>[]): RecordReader {
  const all = records.map((record) => ({ ...emptyRecord(record.lessonId!, record.exerciseId!), ...record }));
  return (lessonId, exerciseId) => all.find((record) => record.lessonId === lessonId && record.exerciseId === exerciseId);
}

test('a project is the furthest step saved or passed in the last lesson of a track, dated by its pass', () => {
  const read = reader([
    { lessonId: 'front-end/project', exerciseId: 's1', status: 'passed', passedAt: 100, draft: { files: [], savedAt: 90 } },
    { lessonId: 'front-end/project', exerciseId: 's2', status: 'attempted', draft: { files: [], savedAt: 200 } },
    { lessonId: 'front-end/first', exerciseId: 'a', status: 'passed', passedAt: 50 },
  ]);
  expect(projectWork(catalog, read)).toEqual([{ track: 'front-end', lesson: catalog.tracks[0]!.lessons[1], exerciseId: 's2', passed: false, date: 200 }]);
});

test('no project without work: untouched project lessons are left out', () => {
  expect(projectWork(catalog, reader([{ lessonId: 'back-end/project', exerciseId: 'x', status: 'not-started' }]))).toEqual([]);
});

test('an exercise marked project is listed once touched, besides the project lesson, and never twice', () => {
  const first = { ...lesson('front-end/first', ['a', 'b']), projects: ['b'] };
  const last = { ...lesson('front-end/project', ['s1', 's2', 's3']), projects: ['s1', 's3'] };
  const marked: Catalog = { tracks: [{ ...catalog.tracks[0]!, lessons: [first, last] }] };
  const read = reader([
    { lessonId: 'front-end/first', exerciseId: 'a', status: 'passed', passedAt: 40 },
    { lessonId: 'front-end/first', exerciseId: 'b', status: 'attempted', draft: { files: [], savedAt: 60 } },
    { lessonId: 'front-end/project', exerciseId: 's1', status: 'passed', passedAt: 100 },
    { lessonId: 'front-end/project', exerciseId: 's3', status: 'passed', passedAt: 300 },
  ]);
  expect(projectWork(marked, read)).toEqual([
    { track: 'front-end', lesson: first, exerciseId: 'b', passed: false, date: 60 },
    { track: 'front-end', lesson: last, exerciseId: 's1', passed: true, date: 100 },
    { track: 'front-end', lesson: last, exerciseId: 's3', passed: true, date: 300 },
  ]);
  expect(projectWork(marked, reader([{ lessonId: 'front-end/first', exerciseId: 'b', status: 'not-started' }]))).toEqual([]);
});

test('the attestation lists lessons with a pass, each pass dated, a lesson complete when all passed', () => {
  const read = reader([
    { lessonId: 'front-end/first', exerciseId: 'a', status: 'passed', passedAt: 50 },
    { lessonId: 'front-end/first', exerciseId: 'b', status: 'passed', passedAt: 70 },
    { lessonId: 'front-end/project', exerciseId: 's2', status: 'passed', passedAt: 300 },
    { lessonId: 'front-end/project', exerciseId: 's1', status: 'attempted' },
  ]);
  const [first, project] = trackWork(catalog.tracks[0]!, read);
  expect(first).toEqual({ lesson: catalog.tracks[0]!.lessons[0], exercises: [{ id: 'a', passedAt: 50 }, { id: 'b', passedAt: 70 }], completedAt: 70 });
  expect(project).toEqual({ lesson: catalog.tracks[0]!.lessons[1], exercises: [{ id: 's2', passedAt: 300 }] });
  expect(trackWork(catalog.tracks[1]!, read)).toEqual([]);
});
