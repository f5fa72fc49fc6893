import { describe, expect, test } from 'vitest';
import { catalog } from '../../tests/fixtures/catalog.ts';
import { localized } from '../lessons/library.ts';
import type { LessonEntry, LessonSummary } from '../lessons/types.ts';
import { buildClassTable, classTableCsv } from './class-table.ts';
import type { ExerciseRecord, ProgressSnapshot } from './types.ts';

const record = (lessonId: string, exerciseId: string, status: ExerciseRecord['status']): ExerciseRecord => ({
  lessonId, exerciseId, status, attempts: 1, hintsUsed: 0, solutionRevealed: false, draft: undefined, previousDrafts: [],
});
const learner = (name: string, exercises: ExerciseRecord[]): ProgressSnapshot => ({
  profile: { id: name, name, avatar: 'sun', locale: 'fr', createdAt: 0 },
  progress: { exercises, lessons: [] },
  quarantine: [],
});

const frenchTitle = (lesson: LessonEntry) => localized((lesson as LessonSummary).title, 'fr');

const snapshots = [
  learner('Amina', [record('front-end/first-page', 'title', 'passed'), record('front-end/first-page', 'paragraph', 'passed'), record('front-end/links', 'link', 'attempted')]),
  learner('=Bob', [record('front-end/first-page', 'title', 'passed')]),
  learner('Chen', []),
];

describe('class view', () => {
  test('one row per learner with each lesson state and totals per track', () => {
    const table = buildClassTable(catalog, snapshots, frenchTitle);
    expect(table.lessons.map((lesson) => lesson.title)).toEqual(['Ma première page', 'Les liens']);
    expect(table.rows).toEqual([
      { learner: 'Amina', lessons: { 'front-end/first-page': 'done', 'front-end/links': 'started' }, tracks: { 'front-end': { passed: 2, total: 3 } }, passed: 2 },
      { learner: '=Bob', lessons: { 'front-end/first-page': 'started', 'front-end/links': 'not-started' }, tracks: { 'front-end': { passed: 1, total: 3 } }, passed: 1 },
      { learner: 'Chen', lessons: { 'front-end/first-page': 'not-started', 'front-end/links': 'not-started' }, tracks: { 'front-end': { passed: 0, total: 3 } }, passed: 0 },
    ]);
  });

  test('CSV quotes what a spreadsheet would split or run as a formula', () => {
    const table = buildClassTable(catalog, snapshots, frenchTitle);
    const csv = classTableCsv(table, ['front-end'], { learner: 'Apprenant', state: { done: 'fini', started: 'commencé', 'not-started': '—' } });
    expect(csv).toBe(
      'Apprenant,Ma première page,Les liens,front-end\r\nAmina,fini,commencé,2/3\r\n\'=Bob,commencé,—,1/3\r\nChen,—,—,0/3\r\n',
    );
  });
});
