import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { readLessonTree } from '../src/lessons/tree.ts';

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
