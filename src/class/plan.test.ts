import { describe, expect, test } from 'vitest';
import { isDay, keepPlan, planChange, readPlan, readPlans, type ClassPlan } from './plan.ts';

const known = new Set(['front-end/first-page', 'front-end/links', 'back-end/hello']);
const plan: ClassPlan = {
  id: 'c0ffee00c0ffee00',
  className: 'Web 2026 B',
  trainer: 'Sara',
  issuedAt: 1_000,
  lessons: [{ lesson: 'front-end/first-page', due: '2026-12-15' }, { lesson: 'front-end/links' }],
};

describe('readPlan', () => {
  test('reads a plan as it was made', () => {
    expect(readPlan(structuredClone(plan), known)).toEqual({ ok: true, plan, unknownLessons: [] });
  });

  test('leaves out and reports lessons this device does not know', () => {
    const reading = readPlan({ ...plan, lessons: [...plan.lessons, { lesson: 'mobile/swift' }] }, known);
    expect(reading).toEqual({ ok: true, plan, unknownLessons: ['mobile/swift'] });
  });

  test('refuses a plan with no known lesson', () => {
    expect(readPlan({ ...plan, lessons: [{ lesson: 'mobile/swift' }] }, known)).toMatchObject({ ok: false, reason: 'no-lessons' });
  });

  test('names are plain text, trimmed; control and direction-override characters are refused', () => {
    const reading = readPlan({ ...plan, className: '  <b>Web</b>   B ', trainer: 'سارة' }, known);
    expect(reading.ok && [reading.plan.className, reading.plan.trainer]).toEqual(['<b>Web</b> B', 'سارة']);
    expect(readPlan({ ...plan, trainer: 'Sara\u202e' }, known)).toMatchObject({ ok: false, reason: 'invalid' });
    expect(readPlan({ ...plan, className: 'a\nb' }, known)).toMatchObject({ ok: false, reason: 'invalid' });
  });

  test.each([
    ['not an object', 'plan'],
    ['no id', { ...plan, id: undefined }],
    ['an id with spaces', { ...plan, id: 'a b' }],
    ['an empty class name', { ...plan, className: '   ' }],
    ['a class name too long', { ...plan, className: 'x'.repeat(61) }],
    ['no time', { ...plan, issuedAt: undefined }],
    ['lessons not a list', { ...plan, lessons: {} }],
    ['a lesson twice', { ...plan, lessons: [plan.lessons[0], plan.lessons[0]] }],
    ['too many lessons', { ...plan, lessons: Array.from({ length: 101 }, (_, i) => ({ lesson: `x/${i}` })) }],
    ['a due day that does not exist', { ...plan, lessons: [{ lesson: 'front-end/links', due: '2026-02-30' }] }],
    ['a due time instead of a day', { ...plan, lessons: [{ lesson: 'front-end/links', due: 1_000 }] }],
  ])('refuses %s', (_, raw) => {
    expect(readPlan(raw, known)).toMatchObject({ ok: false, reason: 'invalid' });
  });
});

test('isDay accepts real calendar days only', () => {
  expect(['2026-12-15', '2028-02-29'].map(isDay)).toEqual([true, true]);
  expect(['2027-02-29', '2026-13-01', '26-12-15', '2026-12-15T00:00', '1999-01-01'].map(isDay)).toEqual([false, false, false, false, false]);
});

describe('a newer plan for the same class replaces the older', () => {
  const newer = { ...plan, issuedAt: 2_000, lessons: [{ lesson: 'back-end/hello' }] };
  test('keepPlan adds, updates, and ignores an older or the same version', () => {
    expect(planChange([], plan)).toBe('added');
    expect(keepPlan([], plan)).toEqual([plan]);
    expect(planChange([plan], newer)).toBe('updated');
    expect(keepPlan([plan], newer)).toEqual([newer]);
    expect(planChange([newer], plan)).toBe('older');
    expect(keepPlan([newer], plan)).toEqual([newer]);
    expect(planChange([plan], plan)).toBe('same');
  });
  test('several classes live side by side', () => {
    const other = { ...plan, id: 'another-class', className: 'Design' };
    expect(keepPlan([plan], other)).toEqual([plan, other]);
  });
});

test('readPlans keeps the stored plans that still read', () => {
  expect(readPlans([plan, { nonsense: true }, { ...plan, id: 'gone', lessons: [{ lesson: 'mobile/swift' }] }], known)).toEqual([plan]);
  expect(readPlans('nope', known)).toEqual([]);
});
