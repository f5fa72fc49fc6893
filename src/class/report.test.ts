import { describe, expect, test } from 'vitest';
import type { ExerciseState } from './due.ts';
import type { ClassPlan } from './plan.ts';
import { makeReport, readReport } from './report.ts';

const known = [
  { id: 'front-end/first-page', exercises: ['title', 'list', 'quiz'] },
  { id: 'front-end/links', exercises: ['link'] },
  { id: 'back-end/hello', exercises: ['hello'] },
];
const plan: ClassPlan = { id: 'class-1', className: 'Web B', trainer: 'Sara', issuedAt: 1, lessons: [{ lesson: 'front-end/first-page', due: '2026-12-15' }, { lesson: 'front-end/links' }] };
const states: Record<string, ExerciseState> = { 'front-end/first-page#title': 'passed', 'front-end/first-page#list': 'started', 'back-end/hello#hello': 'passed' };
const report = makeReport(plan, { id: 'learner-1', name: 'Amina' }, known, (lesson, exercise) => states[`${lesson}#${exercise}`] ?? 'not-started', 5_000);

test('makeReport carries the plan lessons only, states without code, untouched lessons as empty', () => {
  expect(report).toEqual({
    planId: 'class-1',
    className: 'Web B',
    learnerId: 'learner-1',
    learner: 'Amina',
    sentAt: 5_000,
    lessons: { 'front-end/first-page': { title: 'passed', list: 'started' }, 'front-end/links': {} },
  });
});

describe('readReport', () => {
  test('reads a report as it was made', () => {
    expect(readReport(JSON.parse(JSON.stringify(report)), known)).toEqual({ ok: true, report, unknownLessons: [] });
  });
  test('leaves out unknown lessons (reported) and unknown exercises', () => {
    const raw = { ...report, lessons: { ...report.lessons, 'mobile/swift': { a: 'passed' }, 'front-end/links': { link: 'passed', ghost: 'passed' } } };
    const reading = readReport(raw, known);
    expect(reading.ok && reading.report.lessons['front-end/links']).toEqual({ link: 'passed' });
    expect(reading.ok && reading.unknownLessons).toEqual(['mobile/swift']);
  });
  test('a key such as __proto__ is only an unknown lesson', () => {
    const reading = readReport(JSON.parse(`{"planId":"c","className":"C","learnerId":"l","learner":"L","sentAt":1,"lessons":{"__proto__":{"x":"passed"}}}`), known);
    expect(reading).toMatchObject({ ok: true, unknownLessons: ['__proto__'] });
    expect(Object.getPrototypeOf(reading.ok ? reading.report.lessons : null)).toBe(Object.prototype);
  });
  test.each([
    ['not an object', [1, 2]],
    ['no learner', { ...report, learner: '' }],
    ['a learner id that is not an id', { ...report, learnerId: '../x' }],
    ['no time', { ...report, sentAt: 'yesterday' }],
    ['a state that is not one', { ...report, lessons: { 'front-end/links': { link: 'perfect' } } }],
    ['a lesson that is not an object', { ...report, lessons: { 'front-end/links': ['link'] } }],
    ['too many exercises', { ...report, lessons: { 'front-end/links': Object.fromEntries(Array.from({ length: 101 }, (_, i) => [`e${i}`, 'passed'])) } }],
  ])('refuses %s', (_, raw) => {
    expect(readReport(raw, known)).toMatchObject({ ok: false, reason: 'invalid' });
  });
});
