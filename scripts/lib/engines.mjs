// The three browser engines the suite drives, all from Debian's packages (never a downloaded browser).
// Plain JavaScript: `scripts/test.mjs` reads it before any TypeScript tooling runs.
import { existsSync } from 'node:fs';

/** @typedef {'chromium' | 'firefox' | 'webkit'} EngineName */

/** @type {readonly EngineName[]} */
export const ENGINE_NAMES = ['chromium', 'firefox', 'webkit'];

/** The programs each engine needs, from the environment or the Debian package's place. */
export function enginePaths() {
  return {
    chromium: { browser: process.env.CHROMIUM_PATH || '/usr/bin/chromium' },
    firefox: { browser: process.env.FIREFOX_PATH || '/usr/bin/firefox-esr' },
    webkit: {
      driver: process.env.WEBKIT_DRIVER_PATH || '/usr/bin/WebKitWebDriver',
      browser: process.env.WEBKIT_BROWSER_PATH || '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
      // MiniBrowser refuses --headless: it runs on a virtual display.
      display: '/usr/bin/xvfb-run',
    },
  };
}

/** The Debian package that brings each engine. */
export const ENGINE_PACKAGES = { chromium: 'chromium', firefox: 'firefox-esr', webkit: 'webkit2gtk-driver xvfb' };

/**
 * Why `engine` cannot run here (the first missing program), or undefined when it can.
 * @param {EngineName} engine
 * @returns {string | undefined}
 */
export function missingProgram(engine) {
  return Object.values(enginePaths()[engine]).find((path) => !existsSync(path));
}
