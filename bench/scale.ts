import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { exerciseItems, startExerciseRunner } from '../scripts/lib/exercise-runner.ts';
import { splitCatalog } from '../src/lessons/catalog.ts';
import { readLessonTree } from '../src/lessons/tree.ts';
import { goal, type BenchRow } from './row.ts';

const LOCALES = ['fr', 'en', 'ar'];

/**
 * A generated curriculum of `count` lessons in three languages, made from a real lesson of ours (its text,
 * exercises and tests), spread over three tracks.
 */
export function generateCurriculum(target: string, count: number, template: string): void {
  rmSync(target, { recursive: true, force: true });
  const source = readFileSync(template, 'utf8');
  const tracks = ['alpha', 'beta', 'gamma'];
  for (const [index, track] of tracks.entries()) {
    mkdirSync(join(target, track), { recursive: true });
    writeFileSync(join(target, track, 'track.yaml'), `id: ${track}\norder: ${index + 1}\ntitle: { fr: ${track}, en: ${track} }\ndescription: { fr: généré, en: generated }\n`);
  }
  for (let lesson = 0; lesson < count; lesson++) {
    const folder = join(target, tracks[lesson % 3]!, `${String(lesson + 1).padStart(3, '0')}-lesson-${lesson + 1}`);
    mkdirSync(folder, { recursive: true });
    for (const locale of LOCALES) writeFileSync(join(folder, `${locale}.md`), source.replace(/^prerequisites:.*$/m, 'prerequisites: []'));
  }
}

/** Builds the app on a lessons folder like `npm run build` does; returns seconds and the output folder's size. */
export function timedBuild(lessons: string, outDir: string): { seconds: number; status: number | null; output: string } {
  const started = performance.now();
  const result = spawnSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--outDir', outDir, '--emptyOutDir'], {
    env: { ...process.env, NODE_ENV: 'production', SIRIUS_LESSONS: lessons },
    encoding: 'utf8',
  });
  return { seconds: (performance.now() - started) / 1000, status: result.status, output: result.stderr };
}

/** The catalog the home page loads, raw and gzipped, for a lessons folder. */
export function catalogSize(lessons: string): { raw: number; gzip: number } {
  const json = JSON.stringify(readLessonTree(lessons).catalog);
  return { raw: Buffer.byteLength(json), gzip: gzipSync(json, { level: 9 }).length };
}

export function folderSize(folder: string): number {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .reduce((sum, entry) => sum + statSync(join(entry.parentPath, entry.name)).size, 0);
}

const SCALE_LESSONS = 500;
const CHECKED_EXERCISES = 40;

/**
 * Scale: the build and the catalog for a generated curriculum of 500 lessons in three languages, and the
 * checker's time per exercise on our own curriculum (4 Chromium pages, as `npm run lessons:check` runs).
 */
export async function scaleBench(): Promise<BenchRow[]> {
  const work = join(process.cwd(), 'bench', '.work-scale');
  const lessons = join(work, 'lessons');
  const template = join(process.cwd(), 'lessons/front-end/01-first-page/fr.md');
  generateCurriculum(lessons, SCALE_LESSONS, template);
  const real = timedBuild(resolve('lessons'), join(work, 'dist-real'));
  const large = timedBuild(lessons, join(work, 'dist'));
  if (large.status !== 0) throw new Error(`the generated curriculum does not build:\n${large.output}`);
  const catalog = catalogSize(lessons);
  const entries = entriesSize(lessons);
  const rows: BenchRow[] = [
    { section: 'scale', name: `build of our curriculum (${readLessonTree('lessons').lessons.length} lesson files)`, median: real.seconds, unit: 's' },
    { section: 'scale', name: `build of ${SCALE_LESSONS} lessons × 3 languages`, median: large.seconds, unit: 's', ratio: `${(large.seconds / real.seconds).toFixed(1)}× our curriculum`, target: goal(large.seconds, 60, '≤ 60 s') },
    { section: 'scale', name: `catalog loaded by the home page, ${SCALE_LESSONS} lessons (entries only; texts load per language)`, median: entries.gzip / 1024, unit: 'KB gzip', ratio: `${(entries.raw / 1024).toFixed(0)} KB raw` },
    { section: 'scale', name: `full catalog with every title and summary, ${SCALE_LESSONS} lessons`, median: catalog.gzip / 1024, unit: 'KB gzip', ratio: `${(catalog.raw / 1024).toFixed(0)} KB raw` },
    { section: 'scale', name: `built output, ${SCALE_LESSONS} lessons`, median: folderSize(join(work, 'dist')) / (1024 * 1024), unit: 'MB' },
  ];
  rmSync(work, { recursive: true, force: true });

  const items = exerciseItems(readLessonTree('lessons'), (lesson) => lesson.locale === 'fr').items.slice(0, CHECKED_EXERCISES);
  const runner = await startExerciseRunner({ jobs: 4 });
  try {
    const started = performance.now();
    await runner.verify(items);
    const perExercise = (performance.now() - started) / items.length;
    rows.push({ section: 'scale', name: `lessons:check, per exercise (starter + solution, ${items.length} exercises, 4 pages)`, median: perExercise, unit: 'ms', ratio: `${((perExercise * 100) / 1000).toFixed(1)} s per 100 exercises` });
  } finally {
    await runner.close();
  }
  return rows;
}

/** The catalog the home page really loads: lesson entries without titles and summaries. */
function entriesSize(lessons: string): { raw: number; gzip: number } {
  const json = JSON.stringify(splitCatalog(readLessonTree(lessons).catalog).catalog);
  return { raw: Buffer.byteLength(json), gzip: gzipSync(json, { level: 9 }).length };
}
