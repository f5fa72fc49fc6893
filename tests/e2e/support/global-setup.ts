import { rmSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { buildApp } from '../../build/build-app.ts';
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

/** Builds the app once for all browser tests, exactly as `npm run build` does, and serves it like a static host. */
export default async function setup(project: TestProject) {
  if (!chromiumPath()) return;
  const build = buildApp();
  if (build.status !== 0) throw new Error(`the app does not build:\n${build.output}`);
  const { url, server } = await serveStatic(build.outDir);
  project.provide('appUrl', url);
  project.provide('distDir', build.outDir);
  return async () => {
    await new Promise((resolve) => server.close(resolve));
    rmSync(build.outDir, { recursive: true, force: true });
  };
}
