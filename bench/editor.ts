/**
 * The code editor on an old machine: keystroke-to-paint in a long file next to bare CodeMirror, and a long
 * session of lessons (see editor-latency.ts and editor-session.ts). Says on stderr what it is doing: on a
 * busy machine the section takes minutes, and a stuck step must be visible as such.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { launch } from '../scripts/lib/chromium.ts';
import { buildApp } from '../tests/build/build-app.ts';
import { serveStatic } from '../tests/e2e/support/server.ts';
import { editorLatencyRows } from './editor-latency.ts';
import { editorSessionRows } from './editor-session.ts';
import type { BenchRow } from './row.ts';

/** Builds the page of floor editors (editor-floor/) into a fresh folder; returns it. */
async function buildFloor(): Promise<string> {
  const outDir = mkdtempSync(join(tmpdir(), 'sirius-editor-floor-'));
  await build({
    root: fileURLToPath(new URL('./editor-floor', import.meta.url)),
    configFile: false,
    base: './',
    logLevel: 'error',
    build: { outDir, emptyOutDir: true, target: 'es2022', reportCompressedSize: false, chunkSizeWarningLimit: 4096 },
  });
  return outDir;
}

export async function editorBench(): Promise<BenchRow[]> {
  const started = performance.now();
  const progress = (step: string) => console.error(`bench: editor: ${step} (${((performance.now() - started) / 1000).toFixed(0)} s)`);
  progress('building the app and the floor page');
  const build = buildApp();
  if (build.status !== 0) throw new Error(`the app does not build:\n${build.output}`);
  const floorDir = await buildFloor();
  const app = await serveStatic(build.outDir);
  const floor = await serveStatic(floorDir);
  const browser = await launch();
  try {
    return [...(await editorLatencyRows(browser, app.url, floor.url, progress)), ...(await editorSessionRows(browser, app.url, progress))];
  } finally {
    await browser.close();
    app.server.close();
    floor.server.close();
    rmSync(build.outDir, { recursive: true, force: true });
    rmSync(floorDir, { recursive: true, force: true });
  }
}
