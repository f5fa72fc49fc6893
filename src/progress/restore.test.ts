import { describe, expect, test } from 'vitest';
import { MIGRATIONS } from './migrations.ts';
import { restoreRecord, restoreSettings } from './restore.ts';
import { DEFAULT_SETTINGS } from './store.ts';
import { draft, exercise, profile } from './testing.ts';
import { MAX_PREVIOUS_DRAFTS, SCHEMA_VERSION } from './types.ts';

describe('restoreRecord', () => {
  test('a valid exercise comes back equal', () => {
    const record = exercise({ status: 'passed', attempts: 3, hintsUsed: 1, passedAt: 10, lastRunAt: 10, draft: draft('<p>hi</p>', 9) });
    expect(restoreRecord('exercises', record, SCHEMA_VERSION)).toEqual({ ok: true, value: record });
  });

  test('absent optional fields take their defaults', () => {
    const result = restoreRecord('exercises', { lessonId: 'l', exerciseId: 'e', status: 'attempted' }, SCHEMA_VERSION);
    expect(result).toEqual({ ok: true, value: exercise({ lessonId: 'l', exerciseId: 'e', status: 'attempted' }) });
  });

  test.each([
    ['an unknown status', { status: 'done' }, 'status'],
    ['a negative count', { attempts: -1 }, 'attempts'],
    ['a fractional count', { hintsUsed: 1.5 }, 'hintsUsed'],
    ['a draft without time', { draft: { files: [] } }, 'draft.savedAt'],
    ['a file without content', { draft: { files: [{ name: 'a' }], savedAt: 1 } }, 'content'],
    ['an empty lesson id', { lessonId: '' }, 'lessonId'],
    ['a string where a flag goes', { solutionRevealed: 'yes' }, 'solutionRevealed'],
  ])('refuses %s, naming the field', (_name, fields, field) => {
    const result = restoreRecord('exercises', { ...exercise(), ...fields }, SCHEMA_VERSION);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toContain(field);
  });

  test('never throws, whatever it is given', () => {
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new Error('trap');
        },
      },
    );
    const getter = Object.defineProperty({}, 'lessonId', {
      get() {
        throw new Error('getter');
      },
    });
    for (const raw of [null, undefined, 42, 'text', [], [exercise()], hostile, getter, { __proto__: null }]) {
      expect(() => restoreRecord('exercises', raw, SCHEMA_VERSION)).not.toThrow();
      expect(restoreRecord('exercises', raw, SCHEMA_VERSION).ok).toBe(false);
      expect(restoreRecord('profiles', raw, SCHEMA_VERSION).ok).toBe(false);
      expect(restoreRecord('lessons', raw, SCHEMA_VERSION).ok).toBe(false);
    }
  });

  test('keeps the newest draft current and at most the bounded number of distinct older ones', () => {
    const older = Array.from({ length: 8 }, (_, i) => draft(`v${i}`, i));
    const result = restoreRecord('exercises', exercise({ draft: draft('old current', 0), previousDrafts: [...older, draft('v7', 7)] }), SCHEMA_VERSION);
    expect(result.ok && result.value.draft).toEqual(draft('v7', 7));
    expect(result.ok && result.value.previousDrafts.map((d) => d.savedAt)).toEqual([6, 5, 4, 3, 2].slice(0, MAX_PREVIOUS_DRAFTS));
  });

  test('a strange avatar falls back to a known one instead of losing the profile', () => {
    const result = restoreRecord('profiles', { ...profile(), avatar: 'dragon' }, SCHEMA_VERSION);
    expect(result).toEqual({ ok: true, value: profile({ avatar: 'sun' }) });
  });

  test('a second language is kept; a profile without one (older versions) or with a strange one has none', () => {
    expect(restoreRecord('profiles', { ...profile(), secondLocale: 'en' }, SCHEMA_VERSION)).toEqual({ ok: true, value: profile({ secondLocale: 'en' }) });
    expect(restoreRecord('profiles', profile(), SCHEMA_VERSION)).toEqual({ ok: true, value: profile() });
    expect(restoreRecord('profiles', { ...profile(), secondLocale: 42 }, SCHEMA_VERSION)).toEqual({ ok: true, value: profile() });
  });
});

describe('migrations', () => {
  test('there is one step per version', () => {
    expect(MIGRATIONS).toHaveLength(SCHEMA_VERSION);
  });

  test('v0 → v1: `passed` becomes a status and the files map becomes a draft', () => {
    const v0 = { lessonId: 'l', exerciseId: 'e', passed: false, attempts: 2, hintsUsed: 1, solutionRevealed: false, files: { 'index.html': '<h1>', 'style.css': 'h1{}' }, savedAt: 5 };
    expect(restoreRecord('exercises', v0, 0)).toEqual({
      ok: true,
      value: exercise({
        lessonId: 'l',
        exerciseId: 'e',
        status: 'attempted',
        attempts: 2,
        hintsUsed: 1,
        draft: { files: [{ name: 'index.html', content: '<h1>' }, { name: 'style.css', content: 'h1{}' }], savedAt: 5 },
      }),
    });
    const passed = restoreRecord('exercises', { lessonId: 'l', exerciseId: 'e', passed: true, passedAt: 3 }, 0);
    expect(passed.ok && passed.value).toMatchObject({ status: 'passed', passedAt: 3, draft: undefined });
  });

  test('v0 records that do not fit the old shape are refused by validation, not half-read', () => {
    expect(restoreRecord('exercises', { lessonId: 'l', exerciseId: 'e', passed: 'maybe' }, 0).ok).toBe(false);
    expect(restoreRecord('exercises', { lessonId: 'l', exerciseId: 'e', passed: false, files: 7, savedAt: 1 }, 0).ok).toBe(false);
    expect(restoreRecord('exercises', { lessonId: 'l', exerciseId: 'e', passed: false, files: { a: 'b' } }, 0).ok).toBe(false);
    expect(restoreRecord('exercises', { lessonId: 'l', passed: true }, 0).ok).toBe(false);
  });
});

describe('restoreSettings', () => {
  test('keeps known values, replaces unknown ones by defaults', () => {
    expect(restoreSettings({ theme: 'dark', textSize: 'large', locale: 'en', idleMinutes: '5' }, DEFAULT_SETTINGS)).toEqual({ theme: 'dark', textSize: 'large', locale: 'en', idleMinutes: '5' });
    expect(restoreSettings({ theme: 'dark', textSize: 'large', locale: 'en' }, DEFAULT_SETTINGS)).toEqual({ theme: 'dark', textSize: 'large', locale: 'en', idleMinutes: '20' });
    expect(restoreSettings({ ...DEFAULT_SETTINGS, idleMinutes: 7 }, DEFAULT_SETTINGS)).toEqual(DEFAULT_SETTINGS);
    expect(restoreSettings({ theme: 'neon', textSize: 3 }, DEFAULT_SETTINGS)).toEqual(DEFAULT_SETTINGS);
    expect(restoreSettings('garbage', DEFAULT_SETTINGS)).toEqual(DEFAULT_SETTINGS);
  });
});
