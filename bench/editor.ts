/**
 * The code editor on an old machine: keystroke-to-paint in a long file, and a long session of lessons
 * (see editor-latency.ts and editor-session.ts).
 */
import { rmSync } from 'node:fs';
import { launch } from '../scripts/lib/chromium.ts';
import { buildApp } from '../tests/build/build-app.ts';
import { serveStatic } from '../tests/e2e/support/server.ts';
import { editorLatencyRows } from './editor-latency.ts';
import { editorSessionRows } from './editor-session.ts';
import type { BenchRow } from './row.ts';

export async function editorBench(): Promise<BenchRow[]> {
  const build = buildApp();
  if (build.status !== 0) throw new Error(`the app does not build:\n${build.output}`);
  const app = await serveStatic(build.outDir);
  const browser = await launch();
  try {
    return [...(await editorLatencyRows(browser, app.url)), ...(await editorSessionRows(browser, app.url))];
  } finally {
    await browser.close();
    app.server.close();
    rmSync(build.outDir, { recursive: true, force: true });
  }
}
