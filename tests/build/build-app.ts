import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** Runs `vite build` as a trainer would, into a fresh folder; `lessons` overrides the lessons folder. */
export function buildApp(lessons?: string): { outDir: string; status: number | null; output: string } {
  const outDir = mkdtempSync(join(tmpdir(), 'sirius-build-'));
  // Vitest sets NODE_ENV=test, which would make Vite build a development bundle.
  const env = { ...process.env, NODE_ENV: 'production', ...(lessons ? { SIRIUS_LESSONS: resolve(lessons) } : {}) };
  const result = spawnSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--outDir', outDir, '--emptyOutDir'], {
    env,
    encoding: 'utf8',
  });
  return { outDir, status: result.status, output: `${result.stdout}\n${result.stderr}` };
}
