import { describe, expect, test } from 'vitest';
import { exportFileName, MAX_FILE_BYTES, parseProgressFile, readProgressFile, serializeProgress } from './export-file.ts';
import { FILE_APP, FILE_KIND } from './keys.ts';
import { draft, exercise, profile } from './testing.ts';
import { SCHEMA_VERSION, type ProgressSnapshot } from './types.ts';

const NOW = 1_700_000_000_000;
const snapshot: ProgressSnapshot = {
  profile: profile({ backedUpAt: 5 }),
  progress: {
    exercises: [
      exercise({ lessonId: 'a', exerciseId: 'x', status: 'passed', attempts: 2, passedAt: 3, lastRunAt: 3, draft: draft('<h1>Salut</h1> — é 😀', 2), previousDrafts: [draft('old', 1)] }),
      exercise({ lessonId: 'b', exerciseId: 'y', status: 'attempted', hintsUsed: 2, solutionRevealed: true }),
    ],
    lessons: [{ lessonId: 'a', completedAt: 4 }, { lessonId: 'b' }],
  },
  quarantine: [{ source: 'exercises', profileId: 'p1', raw: { odd: true }, reason: 'status: unknown', at: 2 }],
};

describe('export file', () => {
  test('round-trips exactly', () => {
    const text = serializeProgress(snapshot, NOW);
    expect(parseProgressFile(text, NOW + 1)).toEqual({ ok: true, snapshot, quarantined: 0, fromVersion: SCHEMA_VERSION });
  });

  test('carries the class part as written, for the class pages to read; a file without one has none', () => {
    const classes = { version: 1, joined: [{ id: 'web-b' }] };
    expect(parseProgressFile(serializeProgress(snapshot, NOW, classes), NOW)).toEqual({ ok: true, snapshot, quarantined: 0, fromVersion: SCHEMA_VERSION, classes });
    expect(JSON.parse(serializeProgress(snapshot, NOW))).not.toHaveProperty('classes');
  });

  test('starts with the header', () => {
    expect(JSON.parse(serializeProgress(snapshot, NOW))).toMatchObject({ app: FILE_APP, kind: FILE_KIND, version: SCHEMA_VERSION, exportedAt: NOW, profile: snapshot.profile });
  });

  test('has a readable, dated name', () => {
    expect(exportFileName('Amina Ben Saïd', NOW)).toBe('sirius-amina-ben-said-2023-11-14.sirius.json');
    expect(exportFileName('محمد', NOW)).toBe('sirius-محمد-2023-11-14.sirius.json');
    expect(exportFileName('!!!', NOW)).toBe('sirius-progress-2023-11-14.sirius.json');
  });
});

describe('a file that is not a good backup is refused with its reason', () => {
  const good = serializeProgress(snapshot, NOW);

  test.each([
    ['malformed JSON', good.slice(0, -20), 'malformed'],
    ['an empty file', '', 'malformed'],
    ["another app's JSON", JSON.stringify({ name: 'todo-app', version: '2.0.0', items: [] }), 'not-ours'],
    ['a future version', good.replace(`"version": ${SCHEMA_VERSION}`, `"version": ${SCHEMA_VERSION + 1}`), 'future-version'],
    ['an invalid profile', good.replace('"name": "Amina"', '"name": 42'), 'invalid'],
  ])('%s', (_name, text, reason) => {
    expect(parseProgressFile(text, NOW)).toMatchObject({ ok: false, reason });
  });

  test('too large, refused before parsing (a 50 MB file)', () => {
    const huge = `{"app":"sirius-learn",${' '.repeat(50 * 1024 * 1024)}`;
    expect(parseProgressFile(huge, NOW)).toMatchObject({ ok: false, reason: 'too-large' });
  });

  test('too large counts bytes, not characters', () => {
    const text = JSON.stringify({ app: FILE_APP, note: 'é'.repeat(MAX_FILE_BYTES / 2 + 10) });
    expect(text.length).toBeLessThan(MAX_FILE_BYTES);
    expect(parseProgressFile(text, NOW)).toMatchObject({ ok: false, reason: 'too-large' });
  });

  test('a picked file over the limit is never read', async () => {
    const file = { size: MAX_FILE_BYTES + 1, text: () => Promise.reject(new Error('must not be read')) } as Blob;
    await expect(readProgressFile(file, NOW)).resolves.toMatchObject({ ok: false, reason: 'too-large' });
  });

  test('a picked file within the limit is read and parsed', async () => {
    await expect(readProgressFile(new Blob([good]), NOW)).resolves.toMatchObject({ ok: true, snapshot });
  });
});
