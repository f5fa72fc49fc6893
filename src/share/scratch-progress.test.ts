import { describe, expect, test } from 'vitest';
import { ScratchProgress } from './scratch-progress.svelte.ts';

const files = [{ name: 'index.html', content: '<h1>Aide</h1>' }];

describe('the progress of a help copy', () => {
  test('starts from the files the link carried, untouched', async () => {
    const scratch = new ScratchProgress('front-end/first-page', 'say-hello', files, () => 5);
    expect(await scratch.loadDraft()).toEqual({ files, savedAt: 5 });
    expect(scratch.record).toMatchObject({ lessonId: 'front-end/first-page', exerciseId: 'say-hello', status: 'not-started', attempts: 0 });
  });

  test('keeps edits, runs, hints and the solution in memory, as the learner’s own record would', async () => {
    let now = 1;
    const scratch = new ScratchProgress('front-end/first-page', 'say-hello', files, () => now++);
    await scratch.saveDraft([{ name: 'index.html', content: '<h1>Réponse</h1>' }]);
    await scratch.recordRun(false);
    await scratch.recordRun(true);
    await scratch.recordHints(2);
    await scratch.recordSolutionRevealed();
    expect(scratch.record).toMatchObject({ status: 'passed', attempts: 2, hintsUsed: 2, solutionRevealed: true });
    expect((await scratch.loadDraft())?.files).toEqual([{ name: 'index.html', content: '<h1>Réponse</h1>' }]);
  });

  test('does not share the link’s file objects: edits never reach the decoded payload', async () => {
    const carried = [{ name: 'index.html', content: 'a' }];
    const scratch = new ScratchProgress('front-end/first-page', 'say-hello', carried);
    (await scratch.loadDraft())!.files[0]!.content = 'b';
    expect(carried[0]!.content).toBe('a');
  });
});
