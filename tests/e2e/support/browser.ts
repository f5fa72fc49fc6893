import type { BrowserContext, Page } from 'playwright-core';

export { CHROMIUM_ARGS, chromiumPath, launch } from '../../../scripts/lib/chromium.ts';

/** A page whose console errors and uncaught exceptions are collected, so tests can assert there were none. */
export async function openPage(context: BrowserContext): Promise<{ page: Page; errors: string[] }> {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  return { page, errors };
}

/** The lessons folder the app under test was built from (`SIRIUS_LESSONS` overrides `lessons/`). */
export const lessonsRoot = () => process.env.SIRIUS_LESSONS ?? 'lessons';
