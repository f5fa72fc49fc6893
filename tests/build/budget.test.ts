import { readdirSync, rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readLessonTree } from '../../src/lessons/tree.ts';
import { buildApp } from './build-app.ts';
import { gzipSize, initialFiles, read } from './bundle.ts';

/** Byte budgets are deterministic: the same sources always build to the same bytes. */
describe('home route budget', () => {
  let outDir = '';
  let output = '';
  // A full build, and every lesson read: a minute or more on a machine busy with other work.
  beforeAll(() => {
    const result = buildApp();
    if (result.status !== 0) throw new Error(result.output);
    ({ outDir, output } = result);
  }, 180_000);
  afterAll(() => rmSync(outDir, { recursive: true, force: true }));

  test('the build speaks only when something is wrong: no Svelte warning from src/, no timing report', () => {
    expect(output).not.toMatch(/vite-plugin-svelte\] src\//);
    expect(output).not.toContain('PLUGIN_TIMINGS');
  });

  // Track names and descriptions come with the texts of the learner's language (lessons/texts/<locale>.json), storage
  // notices with the first notice, the update prompt when a version waits, backup reading with the backup page, and the
  // parts of the Svelte runtime only other pages use with those pages (vite.config.ts).
  test('JS + CSS of the home route stay within 60 KB gzip', () => {
    const files = initialFiles(outDir);
    expect(files.some((file) => file.endsWith('.js'))).toBe(true);
    const total = files.reduce((sum, file) => sum + gzipSize(outDir, file), 0);
    console.log(`home route: ${files.length} files, ${(total / 1024).toFixed(1)} KB gzip`);
    expect(total).toBeLessThanOrEqual(60 * 1024);
  });

  test('no lesson body, no track text and no editor code in the home route', () => {
    const initial = initialFiles(outDir).map((file) => read(outDir, file)).join('\n');
    const tree = readLessonTree('lessons');
    for (const lesson of tree.lessons) {
      const prose = lesson.blocks.find((block) => block.type === 'prose');
      const sentence = prose?.type === 'prose' ? prose.markdown.split('\n').find((line) => /^[A-Za-zÀ-ÿ]/.test(line) && line.length > 25) : undefined;
      if (sentence) expect(initial).not.toContain(sentence.slice(0, 25));
    }
    expect(initial).not.toContain('cm-content');
    for (const track of tree.catalog.tracks) for (const description of Object.values(track.description)) expect(initial).not.toContain(description);
  }, 60_000);

  test('the development pseudo-languages are in no built file', () => {
    for (const file of readdirSync(outDir, { recursive: true, encoding: 'utf8' }).filter((name) => /\.(js|json|html)$/.test(name))) {
      const text = read(outDir, file);
      expect(text, file).not.toContain('en-XA');
      expect(text, file).not.toContain('Ƥšéúđó');
    }
  });
});
