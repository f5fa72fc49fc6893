import { readdirSync, rmSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { splitCatalog } from '../../src/lessons/catalog.ts';
import { readLessonTree } from '../../src/lessons/tree.ts';
import { buildApp } from './build-app.ts';
import { lessonFileLocale } from '../../src/offline/lesson-files.ts';
import { byteSize, gzipSize, initialFiles, precacheFiles, read } from './bundle.ts';

/** Measured at 4.52 MB (299 files) in December 2026: room for a few more French lessons, not for another language. */
const PRECACHE_MB = 5;

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
  // parts of the Svelte runtime only other pages use with those pages (vite.config.ts). The catalog the home page
  // carries (an entry per lesson: id, languages, exercise ids) is data that grows with the curriculum: it is held
  // per lesson, so that a trainer who adds lessons never fails the code's budget.
  test('the home route: JS + CSS code within 58 KB gzip, and its lesson catalog within 60 bytes gzip a lesson', () => {
    const files = initialFiles(outDir);
    expect(files.some((file) => file.endsWith('.js'))).toBe(true);
    const total = files.reduce((sum, file) => sum + gzipSize(outDir, file), 0);
    const { catalog } = splitCatalog(structuredClone(readLessonTree('lessons').catalog));
    const lessons = catalog.tracks.flatMap((track) => track.lessons);
    // The catalog is in the home route's code, as the build writes it.
    const initial = files.map((file) => read(outDir, file)).join('\n');
    expect(initial).toContain(JSON.stringify(lessons.at(-1)));
    const catalogBytes = gzipSync(JSON.stringify(catalog), { level: 9 }).length;
    const code = total - catalogBytes;
    console.log(`home route: ${files.length} files, ${(total / 1024).toFixed(1)} KB gzip: code ${(code / 1024).toFixed(1)} KB, catalog of ${lessons.length} lessons ${(catalogBytes / 1024).toFixed(1)} KB`);
    expect(code).toBeLessThanOrEqual(58 * 1024);
    expect(catalogBytes / lessons.length).toBeLessThanOrEqual(60);
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

  // The first visit on a school's wifi: the app, the runtimes, every language's texts and the lessons in French.
  // Lessons in the learner's own languages follow once they are known (src/offline/lesson-cache.ts). Before this
  // split the first visit took every lesson in every language: 504 files, 10.0 MB, growing with each translation.
  test('the first visit caches lessons in French only, and stays within PRECACHE_MB', () => {
    const files = precacheFiles(outDir);
    const lessonLocales = new Set(files.map(lessonFileLocale).filter((locale) => locale !== undefined));
    expect([...lessonLocales]).toEqual(['fr']);
    expect(files).toContain('index.html');
    const total = files.reduce((sum, file) => sum + byteSize(outDir, file), 0);
    console.log(`precache: ${files.length} files, ${(total / 1024 / 1024).toFixed(2)} MB`);
    expect(total).toBeLessThanOrEqual(PRECACHE_MB * 1024 * 1024);
  });

  test('the development pseudo-languages are in no built file', () => {
    for (const file of readdirSync(outDir, { recursive: true, encoding: 'utf8' }).filter((name) => /\.(js|json|html)$/.test(name))) {
      const text = read(outDir, file);
      expect(text, file).not.toContain('en-XA');
      expect(text, file).not.toContain('Ƥšéúđó');
    }
  });
});
