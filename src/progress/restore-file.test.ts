import { describe, expect, test } from 'vitest';
import { FILE_APP, FILE_KIND } from './keys.ts';
import { restoreSnapshot } from './restore-file.ts';
import { exercise, profile } from './testing.ts';
import { SCHEMA_VERSION } from './types.ts';

const NOW = 50_000;
const doc = (fields: Record<string, unknown> = {}) => ({
  app: FILE_APP,
  kind: FILE_KIND,
  version: SCHEMA_VERSION,
  exportedAt: NOW,
  profile: profile(),
  exercises: [],
  lessons: [],
  quarantine: [],
  ...fields,
});

describe('restoreSnapshot', () => {
  test('reads a document of ours', () => {
    const record = exercise({ status: 'attempted', attempts: 1 });
    const result = restoreSnapshot(doc({ exercises: [record], lessons: [{ lessonId: 'l', completedAt: 4 }] }), NOW);
    expect(result).toEqual({
      ok: true,
      snapshot: { profile: profile(), progress: { exercises: [record], lessons: [{ lessonId: 'l', completedAt: 4 }] }, quarantine: [] },
      quarantined: 0,
      fromVersion: SCHEMA_VERSION,
    });
  });

  test.each([
    ['a list', [1, 2]],
    ['a number', 3],
    ['null', null],
    ["another app's JSON", { name: 'my-app', version: '1.0.0', dependencies: {} }],
    ['our app, another kind of file', doc({ kind: 'class' })],
  ])('refuses %s as not ours', (_name, raw) => {
    expect(restoreSnapshot(raw, NOW)).toMatchObject({ ok: false, reason: 'not-ours' });
  });

  test('refuses a newer version', () => {
    expect(restoreSnapshot(doc({ version: SCHEMA_VERSION + 1 }), NOW)).toMatchObject({ ok: false, reason: 'future-version' });
  });

  test.each([
    ['a version that is not a number', { version: '1' }],
    ['a profile without a name', { profile: { ...profile(), name: '' } }],
    ['exercises that are not a list', { exercises: {} }],
    ['no lessons', { lessons: undefined }],
  ])('refuses %s as invalid', (_name, fields) => {
    expect(restoreSnapshot(doc(fields), NOW)).toMatchObject({ ok: false, reason: 'invalid' });
  });

  test('quarantines a bad record, raw and owned, and keeps the others', () => {
    const good = exercise({ exerciseId: 'good', status: 'passed', passedAt: 1 });
    const bad = { lessonId: 'l', exerciseId: 'bad', status: 'weird' };
    const result = restoreSnapshot(doc({ exercises: [bad, good], lessons: [{ lessonId: 7 }] }), NOW);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.snapshot.progress.exercises).toEqual([good]);
    expect(result.quarantined).toBe(2);
    expect(result.snapshot.quarantine[0]).toMatchObject({ source: 'file', profileId: 'p1', raw: bad, at: NOW });
    expect(result.snapshot.quarantine[1]).toMatchObject({ raw: { lessonId: 7 } });
  });

  test('keeps quarantined records the file already carried', () => {
    const carried = { source: 'exercises', raw: { x: 1 }, reason: 'old', at: 3 };
    const result = restoreSnapshot(doc({ quarantine: [carried, 'junk'] }), NOW);
    expect(result.ok && result.snapshot.quarantine).toEqual([
      { source: 'exercises', profileId: 'p1', raw: { x: 1 }, reason: 'old', at: 3 },
      { source: 'file', profileId: 'p1', raw: 'junk', reason: 'unreadable quarantine entry', at: NOW },
    ]);
    expect(result.ok && result.quarantined).toBe(0);
  });

  test('folds two records of one exercise together instead of letting the last win', () => {
    const passed = exercise({ status: 'passed', attempts: 2, passedAt: 5 });
    const later = exercise({ status: 'attempted', attempts: 4 });
    const result = restoreSnapshot(doc({ exercises: [passed, later] }), NOW);
    expect(result.ok && result.snapshot.progress.exercises).toEqual([exercise({ status: 'passed', attempts: 4, passedAt: 5 })]);
  });

  test('migrates a v0 document', () => {
    const result = restoreSnapshot(doc({ version: 0, exercises: [{ lessonId: 'l', exerciseId: 'e', passed: true, passedAt: 2 }] }), NOW);
    expect(result).toMatchObject({ ok: true, fromVersion: 0 });
    expect(result.ok && result.snapshot.progress.exercises[0]?.status).toBe('passed');
  });
});
