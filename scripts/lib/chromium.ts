import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { enginePaths } from './engines.mjs';

/** The system Chromium the tests, the lesson checker and the benchmark drive, or undefined when there is none. */
export function chromiumPath(): string | undefined {
  const path = enginePaths().chromium.browser;
  return existsSync(path) ? path : undefined;
}

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  // Several pages run exercises at once: none may be slowed down for being in the background.
  '--disable-background-timer-throttling',
  '--disable-renderer-backgrounding',
  '--disable-backgrounding-occluded-windows',
];

/** Launches the system Chromium (never a downloaded one), with `extraArgs` after the usual ones. */
export async function launch(extraArgs: readonly string[] = []): Promise<Browser> {
  const executablePath = chromiumPath();
  if (!executablePath) throw new Error("No Chromium: install Debian's chromium (apt-get install chromium) or set CHROMIUM_PATH");
  return chromium.launch({ executablePath, args: [...CHROMIUM_ARGS, ...extraArgs] });
}
