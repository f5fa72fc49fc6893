import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import type { TestProject } from 'vitest/node';
import { chromiumPath } from './browser.ts';
import { serveStatic } from './server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The built app, served under a sub-path (ends with "/"). */
    appUrl: string;
    /** The built app's folder, for byte budgets. */
    distDir: string;
  }
}

/** Builds the app once for all browser tests and serves it like a static host would. */
export default async function setup(project: TestProject) {
  if (!chromiumPath()) return;
  const distDir = mkdtempSync(join(tmpdir(), 'sirius-e2e-'));
  await build({ logLevel: 'warn', build: { outDir: distDir, emptyOutDir: true } });
  const { url, server } = await serveStatic(distDir);
  project.provide('appUrl', url);
  project.provide('distDir', distDir);
  return async () => {
    await new Promise((resolve) => server.close(resolve));
    rmSync(distDir, { recursive: true, force: true });
  };
}
