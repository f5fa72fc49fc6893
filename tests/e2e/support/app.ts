import type { Page } from 'playwright-core';

/**
 * Answers the question a new device asks first: which language. Every fresh browser context is a first
 * visit, so tests that are about something else pass through it the way a learner does, with one click.
 */
export async function chooseLanguage(page: Page, locale: string): Promise<void> {
  const choice = page.locator('.language-choice');
  await choice.locator(`button[lang="${locale}"]`).click();
  await choice.waitFor({ state: 'detached' });
}

/** Opens the app at `url` on a new device and chooses `locale` on the first-visit screen. */
export async function openApp(page: Page, url: string, locale: string): Promise<void> {
  await page.goto(url);
  await chooseLanguage(page, locale);
}


/**
 * How long the first visit may take to put the app, the lessons in French (about 4.5 MB) and those in the learner's
 * language in the offline cache: on a busy machine, or a slow link, this can take a minute.
 */
export const OFFLINE_READY_MS = 90_000;
