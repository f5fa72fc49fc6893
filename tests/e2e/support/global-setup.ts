import { rmSync } from 'node:fs';
import type { Server } from 'node:http';
import type { TestProject } from 'vitest/node';
import { ENGINE_NAMES, missingProgram } from '../../../scripts/lib/engines.mjs';
import { buildApp } from '../../build/build-app.ts';
import { serveStatic } from './server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The built app, served under a sub-path (ends with "/"). */
    appUrl: string;
    /** The built app's folder, for byte budgets. */
    distDir: string;
  }
}

interface Shared {
  app: Promise<{ url: string; outDir: string; server: Server }>;
  users: number;
}
// The e2e and the engines projects each run this setup in the same process: one build serves both.
const scope = globalThis as typeof globalThis & { siriusApp?: Shared };

async function buildAndServe() {
  const build = buildApp();
  if (build.status !== 0) throw new Error(`the app does not build:\n${build.output}`);
  const { url, server } = await serveStatic(build.outDir);
  return { url, server, outDir: build.outDir };
}

/** Builds the app once for all browser tests, exactly as `npm run build` does, and serves it like a static host. */
export default async function setup(project: TestProject) {
  if (ENGINE_NAMES.every((engine) => missingProgram(engine))) return;
  scope.siriusApp ??= { app: buildAndServe(), users: 0 };
  const shared = scope.siriusApp;
  shared.users++;
  const { url, outDir } = await shared.app;
  project.provide('appUrl', url);
  project.provide('distDir', outDir);
  return async () => {
    if (--shared.users > 0) return;
    scope.siriusApp = undefined;
    const { server } = await shared.app;
    await new Promise((resolve) => server.close(resolve));
    rmSync(outDir, { recursive: true, force: true });
  };
}
