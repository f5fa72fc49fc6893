import { describe, expect, test } from 'vitest';
import { withDraft, withHints, withRestoredDraft, withRun, withSolutionRevealed } from './exercise-record.ts';
import { draft, exercise } from './testing.ts';

const files = (content: string) => [{ name: 'index.html', content }];

describe('withRun', () => {
  test('a failed run counts an attempt and marks the exercise attempted', () => {
    expect(withRun(exercise(), false, 7)).toMatchObject({ status: 'attempted', attempts: 1, lastRunAt: 7 });
  });

  test('a pass is recorded with its time', () => {
    expect(withRun(exercise({ attempts: 2, status: 'attempted' }), true, 9)).toMatchObject({ status: 'passed', attempts: 3, passedAt: 9 });
  });

  test('a failure after a pass leaves it passed, at the first pass time', () => {
    const passed = withRun(exercise(), true, 9);
    expect(withRun(passed, false, 12)).toMatchObject({ status: 'passed', attempts: 2, passedAt: 9, lastRunAt: 12 });
    expect(withRun(passed, true, 15)).toMatchObject({ passedAt: 9 });
  });
});

test('hints used never go down; a revealed solution stays revealed', () => {
  expect(withHints(withHints(exercise(), 2), 1).hintsUsed).toBe(2);
  expect(withSolutionRevealed(exercise()).solutionRevealed).toBe(true);
});

describe('withDraft', () => {
  test('the first save creates the draft and marks the exercise attempted', () => {
    const save = withDraft(exercise(), files('<p>'), 5, undefined);
    expect(save).toMatchObject({ changed: true, displaced: undefined, record: { status: 'attempted', draft: draft('<p>', 5), previousDrafts: [] } });
  });

  test('saving over the draft this editor loaded replaces it without keeping it', () => {
    const save = withDraft(exercise({ draft: draft('a', 5) }), files('ab'), 6, 5);
    expect(save.record.draft).toEqual(draft('ab', 6));
    expect(save.record.previousDrafts).toEqual([]);
    expect(save.displaced).toBeUndefined();
  });

  test('saving over a draft written elsewhere keeps that one recoverable and reports it', () => {
    const save = withDraft(exercise({ draft: draft('other tab', 8) }), files('mine'), 9, 5);
    expect(save.record.draft).toEqual(draft('mine', 9));
    expect(save.record.previousDrafts).toEqual([draft('other tab', 8)]);
    expect(save.displaced).toEqual(draft('other tab', 8));
  });

  test('saving the same files again changes nothing', () => {
    const record = exercise({ draft: draft('same', 8) });
    expect(withDraft(record, files('same'), 9, undefined)).toEqual({ record, changed: false, displaced: undefined });
  });

  test('a new save stays current even when the stored draft is dated in the future (another device’s clock)', () => {
    const save = withDraft(exercise({ draft: draft('from fast clock', 1_000) }), files('now'), 10, 1_000);
    expect(save.record.draft?.savedAt).toBe(1_001);
  });

  test('keeps only name and content of the files it is given', () => {
    const save = withDraft(exercise(), [{ name: 'a.js', content: 'x', language: 'js' } as { name: string; content: string }], 1, undefined);
    expect(save.record.draft?.files).toEqual([{ name: 'a.js', content: 'x' }]);
  });
});

describe('withRestoredDraft', () => {
  test('the kept version becomes current and the replaced draft is kept in its place', () => {
    const older = draft('<h1>old', 5);
    const record = exercise({ draft: draft('<h1>new', 10), previousDrafts: [older] });
    const restored = withRestoredDraft(record, older, 20);
    expect(restored.draft).toEqual({ files: files('<h1>old'), savedAt: 20 });
    expect(restored.previousDrafts).toEqual([draft('<h1>new', 10)]);
  });

  test('restoring the files already current changes nothing', () => {
    const record = exercise({ draft: draft('<h1>same', 10) });
    expect(withRestoredDraft(record, draft('<h1>same', 3), 20)).toBe(record);
  });

  test('stays the newest draft even when the current one was saved on a clock ahead of ours', () => {
    const record = exercise({ draft: draft('<h1>ahead', 100), previousDrafts: [draft('<h1>old', 5)] });
    expect(withRestoredDraft(record, draft('<h1>old', 5), 20).draft?.savedAt).toBe(101);
  });
});
